package dev.articles.testing;

import io.grpc.Status;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A client of a server stream that asks for one message at a time and is slow about it: after every
 * {@code pauseEvery} messages it waits {@code pauseMillis} before asking for the next, or, when stalled,
 * never asks again after the first. It keeps only a count, so it can read millions of messages; a
 * per-message consumer keeps what a test needs. The tests of flow control, stream limits and bounded
 * memory use it.
 *
 * @param <Q> the request type
 * @param <R> the response type
 */
public final class PacedReader<Q, R> implements ClientResponseObserver<Q, R> {
  /** Messages received so far. */
  public final AtomicInteger received = new AtomicInteger();
  /** Completes when the first message arrives. */
  public final CompletableFuture<Void> first = new CompletableFuture<>();
  /** Completes with how the stream ended: OK, or its error's status. */
  public final CompletableFuture<Status> ended = new CompletableFuture<>();
  /** The stream's error, once it ended with one; null otherwise. */
  public volatile Throwable error;

  private final long pauseMillis;
  private final int pauseEvery;
  private final Consumer<R> each;
  private volatile ClientCallStreamObserver<Q> call;

  private PacedReader(long pauseMillis, int pauseEvery, Consumer<R> each) {
    this.pauseMillis = pauseMillis;
    this.pauseEvery = pauseEvery;
    this.each = each;
  }

  /** Waits {@code pauseMillis} after every {@code pauseEvery} messages, handing each to {@code each}. */
  public static <Q, R> PacedReader<Q, R> paced(long pauseMillis, int pauseEvery, Consumer<R> each) {
    return new PacedReader<>(pauseMillis, pauseEvery, each);
  }

  /** Reads the first message, then never asks for another. */
  public static <Q, R> PacedReader<Q, R> stalled() {
    return new PacedReader<>(-1, 1, m -> {});
  }

  @Override
  public void beforeStart(ClientCallStreamObserver<Q> call) {
    this.call = call;
    call.disableAutoRequestWithInitial(1);
  }

  @Override
  public void onNext(R message) {
    each.accept(message);
    int n = received.incrementAndGet();
    first.complete(null);
    if (pauseMillis < 0) {
      return;
    }
    if (n % pauseEvery == 0) {
      CompletableFuture.delayedExecutor(pauseMillis, TimeUnit.MILLISECONDS).execute(() -> call.request(1));
    } else {
      call.request(1);
    }
  }

  @Override
  public void onError(Throwable t) {
    error = t;
    ended.complete(Status.fromThrowable(t));
  }

  @Override
  public void onCompleted() {
    ended.complete(Status.OK);
  }

  /** Cancels the stream from the client's side. */
  public void cancel() {
    call.cancel("the test is done with it", null);
  }
}
