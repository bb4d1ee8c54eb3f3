package dev.articles.telemetry;

import io.grpc.Context;
import io.grpc.Deadline;
import io.grpc.ForwardingServerCall;
import io.grpc.ForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.Status;
import java.util.concurrent.TimeUnit;

/**
 * One call as {@link CallTelemetry} sees it: when it started, what it sent and received, how it ended.
 *
 * <p>gRPC calls a {@code ServerCall}'s methods from one thread at a time and a listener's likewise, but the
 * two sides may be different threads, so what the sending side writes and the listener reads is volatile.
 */
final class ObservedCall<ReqT, RespT> extends ForwardingServerCall.SimpleForwardingServerCall<ReqT, RespT> {
  /**
   * A cancellation this close to the call's deadline is reported as DEADLINE_EXCEEDED: the client's own
   * deadline timer fires at the same moment as ours, and its RST_STREAM often arrives first. The client's
   * timer started before ours, by however long the request took to arrive and be dispatched, which on a busy
   * machine is more than this; so the slack is also a quarter of the time the call was given, up to a second.
   */
  static final long DEADLINE_SLACK_NANOS = TimeUnit.MILLISECONDS.toNanos(20);
  private static final long MAX_SLACK_NANOS = TimeUnit.SECONDS.toNanos(1);

  final long startNanos = System.nanoTime();
  final RpcMetrics.Method metrics;
  final WireBytes wire;
  private final CallTelemetry telemetry;
  private final Deadline deadline;
  private final long slackNanos;
  private volatile long sent;
  private long received; // listener thread only
  private volatile Status.Code closedWith;
  private boolean failed; // the handler threw; the server cancels the call with UNKNOWN

  ObservedCall(ServerCall<ReqT, RespT> call, CallTelemetry telemetry, RpcMetrics.Method metrics) {
    super(call);
    this.telemetry = telemetry;
    this.metrics = metrics;
    this.wire = WireBytes.KEY.get();
    this.deadline = Context.current().getDeadline();
    this.slackNanos = deadline == null ? DEADLINE_SLACK_NANOS
        : Math.max(DEADLINE_SLACK_NANOS, Math.min(MAX_SLACK_NANOS, deadline.timeRemaining(TimeUnit.NANOSECONDS) / 4));
    if (metrics != null) {
      metrics.started.inc();
    }
  }

  long sent() {
    return sent;
  }

  long received() {
    return received;
  }

  @Override
  public void sendMessage(RespT message) {
    sent++; // not atomic, and need not be: gRPC forbids concurrent sendMessage calls
    if (metrics != null) {
      metrics.sent.inc();
    }
    super.sendMessage(message);
  }

  @Override
  public void close(Status status, Metadata trailers) {
    closedWith = status.getCode();
    super.close(status, trailers);
  }

  ServerCall.Listener<ReqT> listen(ServerCall.Listener<ReqT> delegate) {
    return new Listener(delegate);
  }

  private Status.Code cancelCode() {
    if (failed) {
      return Status.Code.UNKNOWN;
    }
    if (deadline != null && deadline.timeRemaining(TimeUnit.NANOSECONDS) <= slackNanos) {
      return Status.Code.DEADLINE_EXCEEDED;
    }
    return Status.Code.CANCELLED;
  }

  private final class Listener extends ForwardingServerCallListener.SimpleForwardingServerCallListener<ReqT> {
    Listener(ServerCall.Listener<ReqT> delegate) {
      super(delegate);
    }

    @Override
    public void onMessage(ReqT message) {
      received++;
      if (metrics != null) {
        metrics.received.inc();
      }
      try {
        super.onMessage(message);
      } catch (RuntimeException | Error e) {
        failed = true;
        throw e;
      }
    }

    @Override
    public void onHalfClose() {
      try {
        super.onHalfClose();
      } catch (RuntimeException | Error e) {
        failed = true;
        throw e;
      }
    }

    @Override
    public void onComplete() {
      long end = System.nanoTime();
      try {
        super.onComplete();
      } finally {
        Status.Code code = closedWith;
        telemetry.finished(ObservedCall.this, code == null ? Status.Code.UNKNOWN : code, end);
      }
    }

    @Override
    public void onCancel() {
      long end = System.nanoTime();
      try {
        super.onCancel();
      } finally {
        telemetry.finished(ObservedCall.this, cancelCode(), end);
      }
    }
  }
}
