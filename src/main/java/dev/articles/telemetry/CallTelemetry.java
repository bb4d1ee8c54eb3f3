package dev.articles.telemetry;

import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;

/**
 * One interceptor for the request log and the RPC metrics, so each call is wrapped and timed once.
 *
 * <p>It must run outermost, so that calls refused by other interceptors are logged and counted too. Either
 * part may be off (null). Bytes come from {@link WireBytes}, which the server must register alongside.
 */
public final class CallTelemetry implements ServerInterceptor {
  private final RequestLog log;
  private final RpcMetrics metrics;

  CallTelemetry(RequestLog log, RpcMetrics metrics) {
    this.log = log;
    this.metrics = metrics;
  }

  @Override
  public <ReqT, RespT> ServerCall.Listener<ReqT> interceptCall(ServerCall<ReqT, RespT> call, Metadata headers,
                                                               ServerCallHandler<ReqT, RespT> next) {
    ObservedCall<ReqT, RespT> observed = new ObservedCall<>(call, this,
        metrics == null ? null : metrics.method(call.getMethodDescriptor()));
    ServerCall.Listener<ReqT> listener;
    try {
      listener = next.startCall(observed, headers);
    } catch (RuntimeException | Error e) {
      // The server closes the call itself and no listener of ours will hear of it.
      finished(observed, Status.fromThrowable(e).getCode(), System.nanoTime());
      throw e;
    }
    return observed.listen(listener);
  }

  /** Called exactly once per call, when it completes or is cancelled. */
  void finished(ObservedCall<?, ?> call, Status.Code code, long endNanos) {
    long nanos = endNanos - call.startNanos;
    if (call.metrics != null) {
      call.metrics.finished(code, nanos, call.wire);
    }
    if (log != null) {
      log.write(call, code, nanos);
    }
  }
}
