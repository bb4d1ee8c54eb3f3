package dev.articles.testing;

import io.grpc.StatusRuntimeException;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A client of a server stream that keeps what it receives, for tests: with automatic flow control, or with
 * manual flow control, asking for a given number of messages up front and more with {@link #request}.
 *
 * @param <Q> the request type
 * @param <R> the response type
 */
public final class StreamCollector<Q, R> implements ClientResponseObserver<Q, R> {
  private final int initial;
  private final LinkedBlockingQueue<R> unread = new LinkedBlockingQueue<>();
  private final List<R> all = java.util.Collections.synchronizedList(new ArrayList<>());
  /** Completes with null when the stream ends normally, or with its error. */
  private final CompletableFuture<Throwable> done = new CompletableFuture<>();
  private volatile ClientCallStreamObserver<Q> call;

  private StreamCollector(int initial) {
    this.initial = initial;
  }

  /** A client that reads as fast as messages come. */
  public static <Q, R> StreamCollector<Q, R> automatic() {
    return new StreamCollector<>(-1);
  }

  /** A client that asks for {@code initial} messages, then only for what {@link #request} adds. */
  public static <Q, R> StreamCollector<Q, R> manual(int initial) {
    return new StreamCollector<>(initial);
  }

  @Override
  public void beforeStart(ClientCallStreamObserver<Q> call) {
    this.call = call;
    if (initial >= 0) {
      call.disableAutoRequestWithInitial(initial);
    }
  }

  @Override
  public void onNext(R value) {
    all.add(value);
    unread.add(value);
  }

  @Override
  public void onError(Throwable t) {
    done.complete(t);
  }

  @Override
  public void onCompleted() {
    done.complete(null);
  }

  /** The next message not yet taken; fails when none comes within {@link Await#DEFAULT}. */
  public R next() throws InterruptedException {
    R r = unread.poll(Await.DEFAULT.toSeconds(), TimeUnit.SECONDS);
    if (r == null) {
      throw new AssertionError("no message within " + Await.DEFAULT.toSeconds() + " s; stream ended: "
          + done.getNow(null));
    }
    return r;
  }

  /** Every message received so far, in order. */
  public List<R> received() {
    synchronized (all) {
      return List.copyOf(all);
    }
  }

  public void request(int n) {
    call.request(n);
  }

  public void cancel() {
    call.cancel("the test is done with it", null);
  }

  /** Waits for the stream to end normally; fails if it ends with an error or does not end. */
  public List<R> awaitCompleted() throws Exception {
    Throwable t = done.get(Await.DEFAULT.toSeconds(), TimeUnit.SECONDS);
    if (t != null) {
      throw new AssertionError("the stream failed", t);
    }
    return received();
  }

  /** Waits for the stream to fail, and returns its error. */
  public StatusRuntimeException awaitError() throws Exception {
    Throwable t = done.get(Await.DEFAULT.toSeconds(), TimeUnit.SECONDS);
    if (t == null) {
      throw new AssertionError("the stream ended without an error");
    }
    return t instanceof StatusRuntimeException e ? e : io.grpc.Status.fromThrowable(t).asRuntimeException();
  }
}
