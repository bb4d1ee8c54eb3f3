package dev.articles.api;

import dev.articles.store.ChangeLog;
import dev.articles.v1.WatchArticlesRequest;
import dev.articles.v1.WatchArticlesResponse;
import io.grpc.Status;
import io.grpc.stub.ServerCallStreamObserver;
import java.util.Map;

/** The WatchArticles RPC of {@link ArticleService}: checks the resume token and starts a {@link WatchStream}. */
final class WatchHandlers {
  private final ChangeLog changes;
  private final Cursors cursors;
  private final WatchHub hub;

  WatchHandlers(ChangeLog changes, Cursors cursors, WatchHub hub) {
    this.changes = changes;
    this.cursors = cursors;
    this.hub = hub;
  }

  void watch(WatchArticlesRequest request, ServerCallStreamObserver<WatchArticlesResponse> call) {
    long start;
    if (request.getResumeToken().isEmpty()) {
      start = changes.head();
    } else {
      start = cursors.decodeWatch(request.getResumeToken(), "resume_token");
      if (start > changes.head()) {
        throw Cursors.invalid("resume_token", "names a change this database never made; it was issued for "
            + "another database");
      }
      if (start < changes.prunedThrough()) {
        throw expired(start, changes.prunedThrough());
      }
    }
    WatchStream.start(call, changes, cursors, hub, start);
  }

  /** OUT_OF_RANGE for a position whose following changes were pruned: the client must list again. */
  static ServiceException expired(long position, long prunedThrough) {
    return ServiceException.of(Status.Code.OUT_OF_RANGE, "WATCH_TOKEN_EXPIRED", "the changes after change "
        + position + " are no longer kept (the oldest kept position is change " + prunedThrough + "); list the "
        + "articles again and watch from that listing's watch_resume_token", Map.of(
            "resume_sequence", Long.toString(position),
            "oldest_resume_sequence", Long.toString(prunedThrough),
            "action", "re-list with ListArticles or StreamArticles, then watch from its watch_resume_token"));
  }
}
