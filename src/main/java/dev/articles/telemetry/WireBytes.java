package dev.articles.telemetry;

import io.grpc.Context;
import io.grpc.Metadata;
import io.grpc.ServerStreamTracer;

/**
 * Counts the bytes of one call's messages as the transport framed them (after compression, without the
 * 5-byte gRPC message header), and hands itself to {@link CallTelemetry} through the call's {@link Context}.
 *
 * <p>The transport is the only place that knows wire sizes: a {@code ServerCall} wrapper sees message
 * objects, and the list and stream RPCs send raw {@code byte[]} through their own marshaller. The transport
 * calls a tracer from one thread at a time per direction, so a volatile field is enough. The in-process
 * transport serializes nothing and reports no sizes; then bytes are unknown, not zero.
 */
final class WireBytes extends ServerStreamTracer {
  static final Context.Key<WireBytes> KEY = Context.key("articles-wire-bytes");

  /** Registers one per call with {@code ServerBuilder.addStreamTracerFactory}. */
  static final ServerStreamTracer.Factory FACTORY = new ServerStreamTracer.Factory() {
    @Override
    public ServerStreamTracer newServerStreamTracer(String fullMethodName, Metadata headers) {
      return new WireBytes();
    }
  };

  private volatile long sent;
  private volatile long received;
  private volatile boolean unknown;

  @Override
  public Context filterContext(Context context) {
    return context.withValue(KEY, this);
  }

  @Override
  public void outboundWireSize(long bytes) {
    if (bytes >= 0) {
      sent += bytes;
    } else {
      unknown = true; // the in-process transport cannot tell, and says -1
    }
  }

  @Override
  public void inboundWireSize(long bytes) {
    if (bytes >= 0) {
      received += bytes;
    } else {
      unknown = true;
    }
  }

  /** Whether the transport reported every size; the in-process one reports none. */
  boolean known() {
    return !unknown;
  }

  long sent() {
    return sent;
  }

  long received() {
    return received;
  }
}
