package dev.articles.api;

import com.google.protobuf.Timestamp;
import dev.articles.store.ChangeLog;
import dev.articles.v1.ArticleChange;
import dev.articles.v1.WatchArticlesResponse;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ServerCallStreamObserver;
import java.util.ArrayDeque;
import java.util.List;

/**
 * One WatchArticles call: sends the change log from a position on, a page at a time, only while the client
 * is ready, then parks in the {@link WatchHub} until the next commit.
 *
 * <p>It runs on gRPC's threads (the handler and {@code onReady}) and on the hub's (a commit, a heartbeat,
 * a shutdown); its methods are synchronized so the call is never used from two at once. Between pages it
 * holds at most one page of events and no database resource.
 */
final class WatchStream implements Runnable {
  /** Events per change-log read. */
  static final int PAGE = 256;

  private final ServerCallStreamObserver<WatchArticlesResponse> call;
  private final ChangeLog changes;
  private final Cursors cursors;
  private final WatchHub hub;
  private final ArrayDeque<ChangeLog.Event> buffer = new ArrayDeque<>();
  /** The number of the last change sent, or of the starting point. */
  private long position;
  private boolean progressDue = true;
  private boolean finished;

  private WatchStream(ServerCallStreamObserver<WatchArticlesResponse> call, ChangeLog changes, Cursors cursors,
                      WatchHub hub, long position) {
    this.call = call;
    this.changes = changes;
    this.cursors = cursors;
    this.hub = hub;
    this.position = position;
  }

  /** Starts sending the changes after {@code position}, beginning with a progress message. */
  static void start(ServerCallStreamObserver<WatchArticlesResponse> call, ChangeLog changes, Cursors cursors,
                    WatchHub hub, long position) {
    WatchStream s = new WatchStream(call, changes, cursors, hub, position);
    call.setOnCancelHandler(s::cancelled);
    call.setOnReadyHandler(s);
    if (!hub.add(s)) {
      throw ErrorMapper.status(io.grpc.Status.Code.UNAVAILABLE, "SHUTTING_DOWN", "the server is shutting down; "
          + "watch again on another replica", java.util.Map.of(), null);
    }
    s.run();
  }

  @Override
  public synchronized void run() {
    try {
      while (!finished && call.isReady() && !call.isCancelled()) {
        if (!buffer.isEmpty()) {
          ChangeLog.Event e = buffer.poll();
          position = e.seq();
          call.onNext(WatchArticlesResponse.newBuilder().setChange(change(e))
              .setResumeToken(cursors.watch(e.seq())).build());
        } else if (progressDue) {
          progressDue = false;
          call.onNext(WatchArticlesResponse.newBuilder().setResumeToken(cursors.watch(position)).build());
        } else if (!fill()) {
          hub.park(this);
          if (changes.head() <= position) {
            return; // a commit from here on finds this stream parked and wakes it
          }
          // A commit landed between the read and parking: read again (a later wake-up finds nothing).
        }
      }
    } catch (StatusRuntimeException e) {
      end(e);
    } catch (RuntimeException e) {
      end(ErrorMapper.toStatus(e));
    }
  }

  /** Reads the next page of events; false when there is none yet. Refuses to skip pruned events. */
  private boolean fill() {
    List<ChangeLog.Event> page = changes.after(position, PAGE);
    boolean gap = page.isEmpty() ? position < changes.prunedThrough() : page.get(0).seq() != position + 1;
    if (gap) {
      throw WatchHandlers.expired(position, changes.prunedThrough());
    }
    buffer.addAll(page);
    return !page.isEmpty();
  }

  /** Marks a progress message as due, for an idle stream. */
  synchronized void progressDue() {
    progressDue = true;
  }

  /** Ends the stream with an error, unless it has ended already. */
  synchronized void end(StatusRuntimeException error) {
    if (finished) {
      return;
    }
    finished = true;
    buffer.clear();
    hub.remove(this);
    if (!call.isCancelled()) {
      call.onError(error);
    }
  }

  private synchronized void cancelled() {
    finished = true;
    buffer.clear();
    hub.remove(this);
  }

  private static ArticleChange change(ChangeLog.Event e) {
    ArticleChange.Kind kind = switch (e.kind()) {
      case CREATED -> ArticleChange.Kind.KIND_CREATED;
      case UPDATED -> ArticleChange.Kind.KIND_UPDATED;
      case DELETED -> ArticleChange.Kind.KIND_DELETED;
    };
    return ArticleChange.newBuilder()
        .setArticle("articles/" + e.articleId())
        .setKind(kind)
        .setContentDigest(e.contentDigest() == null ? "" : e.contentDigest())
        .setChangeTime(Timestamp.newBuilder().setSeconds(Math.floorDiv(e.timeMillis(), 1000))
            .setNanos((int) Math.floorMod(e.timeMillis(), 1000) * 1_000_000))
        .setSequence(e.seq())
        .build();
  }
}
