package dev.articles.telemetry;

import io.grpc.MethodDescriptor;
import io.grpc.Status;
import io.prometheus.metrics.core.datapoints.CounterDataPoint;
import io.prometheus.metrics.core.datapoints.DistributionDataPoint;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.Unit;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The RPC metric families, named and labelled as go-grpc-prometheus names them so that existing gRPC
 * dashboards work: {@code grpc_service}, {@code grpc_method}, {@code grpc_type} and, on the handled count and
 * the latency, {@code grpc_code}.
 *
 * <p>Each method's time series are looked up once and kept, so a call costs a map read and a few adder
 * increments, not a label lookup. The label values are bounded: the server runs interceptors only for the
 * methods it serves, never for unknown ones.
 */
final class RpcMetrics {
  private static final String[] LABELS = {"grpc_service", "grpc_method", "grpc_type"};
  private static final String[] LABELS_WITH_CODE = {"grpc_service", "grpc_method", "grpc_type", "grpc_code"};
  private static final Status.Code[] CODES = Status.Code.values();

  private final Counter started;
  private final Counter handled;
  private final Histogram seconds;
  private final Counter sent;
  private final Counter received;
  private final Counter sentBytes;
  private final ConcurrentHashMap<String, Method> methods = new ConcurrentHashMap<>();

  RpcMetrics(PrometheusRegistry registry) {
    started = Counter.builder().name("grpc_server_started_total")
        .help("RPCs started on the server.")
        .labelNames(LABELS).withoutExemplars().register(registry);
    handled = Counter.builder().name("grpc_server_handled_total")
        .help("RPCs completed on the server, by status code, including those cancelled or past their deadline.")
        .labelNames(LABELS_WITH_CODE).withoutExemplars().register(registry);
    // Unary reads take well under a millisecond; whole-corpus streams take minutes.
    seconds = Histogram.builder().name("grpc_server_handling_seconds").unit(Unit.SECONDS)
        .help("Time from the start of an RPC to its end on the server, by status code.")
        .classicOnly()
        .classicUpperBounds(0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1,
            2.5, 5, 10, 30, 60, 300)
        .labelNames(LABELS_WITH_CODE).withoutExemplars().register(registry);
    sent = Counter.builder().name("grpc_server_msg_sent_total")
        .help("Messages sent by the server: one per unary response, one per streamed item.")
        .labelNames(LABELS).withoutExemplars().register(registry);
    received = Counter.builder().name("grpc_server_msg_received_total")
        .help("Messages received by the server.")
        .labelNames(LABELS).withoutExemplars().register(registry);
    sentBytes = Counter.builder().name("grpc_server_sent_bytes_total").unit(Unit.BYTES)
        .help("Bytes of the messages sent by the server, as framed on the wire (after compression, without the "
            + "5-byte message header); counted when the RPC ends.")
        .labelNames(LABELS).withoutExemplars().register(registry);
  }

  /** The time series of one method, created on its first call. */
  Method method(MethodDescriptor<?, ?> descriptor) {
    Method m = methods.get(descriptor.getFullMethodName());
    return m != null ? m : methods.computeIfAbsent(descriptor.getFullMethodName(), k -> new Method(descriptor));
  }

  static String type(MethodDescriptor.MethodType type) {
    return switch (type) {
      case UNARY -> "unary";
      case CLIENT_STREAMING -> "client_stream";
      case SERVER_STREAMING -> "server_stream";
      case BIDI_STREAMING -> "bidi_stream";
      default -> type.name().toLowerCase(Locale.ROOT);
    };
  }

  /** One method's counters; the per-code series are created on the first call to end with that code. */
  final class Method {
    private final String[] labels;
    final CounterDataPoint started;
    final CounterDataPoint sent;
    final CounterDataPoint received;
    private final CounterDataPoint sentBytes;
    private final AtomicReferenceArray<CounterDataPoint> handled = new AtomicReferenceArray<>(CODES.length);
    private final AtomicReferenceArray<DistributionDataPoint> seconds = new AtomicReferenceArray<>(CODES.length);

    private Method(MethodDescriptor<?, ?> d) {
      String service = d.getServiceName();
      String full = d.getFullMethodName();
      String name = service == null ? full : full.substring(service.length() + 1);
      labels = new String[] {service == null ? "" : service, name, type(d.getType())};
      started = RpcMetrics.this.started.labelValues(labels);
      sent = RpcMetrics.this.sent.labelValues(labels);
      received = RpcMetrics.this.received.labelValues(labels);
      sentBytes = RpcMetrics.this.sentBytes.labelValues(labels);
    }

    void finished(Status.Code code, long nanos, WireBytes wire) {
      int i = code.ordinal();
      CounterDataPoint h = handled.get(i);
      DistributionDataPoint s = seconds.get(i);
      if (h == null || s == null) {
        // Racing threads get the same series back from the registry, so a lost race is harmless.
        String[] withCode = {labels[0], labels[1], labels[2], code.name()};
        h = RpcMetrics.this.handled.labelValues(withCode);
        s = RpcMetrics.this.seconds.labelValues(withCode);
        handled.set(i, h);
        seconds.set(i, s);
      }
      h.inc();
      s.observe(nanos / 1e9);
      if (wire != null && wire.known()) {
        sentBytes.inc(wire.sent());
      }
    }
  }
}
