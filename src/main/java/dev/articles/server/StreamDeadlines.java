package dev.articles.server;

import dev.articles.api.ErrorMapper;
import io.grpc.Context;
import io.grpc.ForwardingServerCall.SimpleForwardingServerCall;
import io.grpc.ForwardingServerCallListener.SimpleForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Gives a server stream whose client set no deadline the server's default one, so a forgotten stream to a
 * client that stopped reading cannot hold its slot forever. When it expires the call ends DEADLINE_EXCEEDED
 * with an ErrorInfo, and the handler sees it as cancelled, as it would a client's own deadline.
 *
 * <p>A client that has stopped reading altogether receives that status only when it reads again, because
 * HTTP/2 sends it behind the messages its flow-control window holds back; the server's work for the stream
 * ends at the deadline all the same, and the connection itself goes at its maximum age.
 */
final class StreamDeadlines implements ServerInterceptor, AutoCloseable {
  private final Duration deadline;
  private final ScheduledThreadPoolExecutor timers = new ScheduledThreadPoolExecutor(1, r -> {
    Thread t = new Thread(r, "stream-deadlines");
    t.setDaemon(true);
    return t;
  });

  StreamDeadlines(Duration deadline) {
    this.deadline = deadline;
    timers.setRemoveOnCancelPolicy(true);
  }

  @Override
  public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
                                                     ServerCallHandler<Q, R> next) {
    if (call.getMethodDescriptor().getType().serverSendsOneMessage() || Context.current().getDeadline() != null) {
      return next.startCall(call, headers);
    }
    GuardedCall<Q, R> guarded = new GuardedCall<>(call, deadline);
    ScheduledFuture<?> timer = timers.schedule(guarded::expire, deadline.toMillis(), TimeUnit.MILLISECONDS);
    return new SimpleForwardingServerCallListener<>(next.startCall(guarded, headers)) {
      @Override
      public void onComplete() {
        timer.cancel(false);
        super.onComplete();
      }

      @Override
      public void onCancel() {
        timer.cancel(false);
        super.onCancel();
      }
    };
  }

  @Override
  public void close() {
    timers.shutdownNow();
  }

  /** A call that the timer may close while the handler is still sending; the lock keeps the two apart. */
  private static final class GuardedCall<Q, R> extends SimpleForwardingServerCall<Q, R> {
    private final Duration deadline;
    private boolean closed;

    GuardedCall(ServerCall<Q, R> call, Duration deadline) {
      super(call);
      this.deadline = deadline;
    }

    synchronized void expire() {
      if (closed) {
        return;
      }
      closed = true;
      StatusRuntimeException e = ErrorMapper.status(Status.Code.DEADLINE_EXCEEDED, "STREAM_DEADLINE_EXCEEDED",
          "the stream ran longer than the server's default deadline of " + deadline.toSeconds()
              + " s for calls without one; set a deadline, or resume from the last cursor received",
          Map.of("deadline_seconds", Long.toString(deadline.toSeconds())), null);
      super.close(e.getStatus(), e.getTrailers() != null ? e.getTrailers() : new Metadata());
    }

    @Override
    public synchronized void sendHeaders(Metadata headers) {
      if (!closed) {
        super.sendHeaders(headers);
      }
    }

    @Override
    public synchronized void sendMessage(R message) {
      if (!closed) {
        super.sendMessage(message);
      }
    }

    @Override
    public synchronized void close(Status status, Metadata trailers) {
      if (!closed) {
        closed = true;
        super.close(status, trailers);
      }
    }

    @Override
    public synchronized boolean isReady() {
      return !closed && super.isReady();
    }

    @Override
    public synchronized boolean isCancelled() {
      return closed || super.isCancelled();
    }
  }
}
