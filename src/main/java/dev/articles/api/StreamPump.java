package dev.articles.api;

import io.grpc.stub.ServerCallStreamObserver;
import java.util.ArrayDeque;
import java.util.List;

/**
 * Sends a server stream page by page, only as fast as the client reads.
 *
 * <p>It sends while the call is ready, and when it is not, it simply returns: the {@code onReady} handler
 * resumes it. Each page is one short query whose connection is returned before anything is sent, so a slow
 * or vanished client holds no database resource, and a cancel or an expired deadline just ends the loop.
 * gRPC runs the handler, {@code onReady} and {@code onCancel} one at a time, so the pump needs no locks.
 *
 * @param <T> the message type
 */
final class StreamPump<T> implements Runnable {
  /** Fetches the next page after the last one it returned; an empty or short page means the end. */
  interface Pages<T> {
    List<T> next(int limit);
  }

  private final ServerCallStreamObserver<T> call;
  private final Pages<T> pages;
  private final int pageSize;
  private final ArrayDeque<T> buffer = new ArrayDeque<>();
  private boolean exhausted;
  private boolean finished;

  private StreamPump(ServerCallStreamObserver<T> call, Pages<T> pages, int pageSize) {
    this.call = call;
    this.pages = pages;
    this.pageSize = pageSize;
  }

  /** Starts streaming {@code pages} to {@code call}. */
  static <T> void start(ServerCallStreamObserver<T> call, Pages<T> pages, int pageSize) {
    StreamPump<T> pump = new StreamPump<>(call, pages, pageSize);
    call.setOnCancelHandler(() -> pump.finished = true);
    call.setOnReadyHandler(pump);
    pump.run();
  }

  @Override
  public void run() {
    if (finished) {
      return;
    }
    try {
      while (call.isReady() && !call.isCancelled()) {
        if (buffer.isEmpty()) {
          if (exhausted) {
            finished = true;
            call.onCompleted();
            return;
          }
          List<T> page = pages.next(pageSize);
          exhausted = page.size() < pageSize;
          buffer.addAll(page);
          continue;
        }
        call.onNext(buffer.poll());
      }
    } catch (RuntimeException e) {
      finished = true;
      buffer.clear();
      if (!call.isCancelled()) {
        call.onError(ErrorMapper.toStatus(e));
      }
    }
  }
}
