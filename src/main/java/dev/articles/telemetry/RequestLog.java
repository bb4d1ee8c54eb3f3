package dev.articles.telemetry;

import io.grpc.Grpc;
import io.grpc.Status;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Writes one line per finished call, as {@code key=value} pairs so it greps and parses easily:
 *
 * <pre>
 * rpc method=articles.v1.ArticleService/GetArticle code=OK ms=0.412 peer=127.0.0.1:53412 sent=1 received=1
 *     bytes_sent=5120 bytes_received=31
 * </pre>
 *
 * <p>It is on the path of every call, so the line is built with one {@code StringBuilder} and handed to
 * {@link AsyncLog}, which formats and writes it off the call's thread. The source class and method are set,
 * or the formatter would walk the stack to find them. The logger is {@code dev.articles.telemetry.RequestLog};
 * setting its level to WARNING in the logging config silences it.
 */
final class RequestLog implements AutoCloseable {
  private static final Logger log = Logger.getLogger(RequestLog.class.getName());

  private final AsyncLog out = new AsyncLog(log);

  void write(ObservedCall<?, ?> call, Status.Code code, long nanos) {
    if (log.isLoggable(Level.INFO)) {
      LogRecord r = new LogRecord(Level.INFO, line(call, code, nanos));
      r.setLoggerName(log.getName());
      r.setSourceClassName(RequestLog.class.getName());
      r.setSourceMethodName("write");
      out.offer(r);
    }
  }

  /** Lines dropped so far because the writer fell behind. */
  long dropped() {
    return out.dropped();
  }

  /** Writes the lines still queued. */
  @Override
  public void close() {
    out.close();
  }

  static String line(ObservedCall<?, ?> call, Status.Code code, long nanos) {
    StringBuilder b = new StringBuilder(192)
        .append("rpc method=").append(call.getMethodDescriptor().getFullMethodName())
        .append(" code=").append(code.name())
        .append(" ms=");
    appendMillis(b, nanos);
    b.append(" peer=");
    appendPeer(b, call.getAttributes().get(Grpc.TRANSPORT_ATTR_REMOTE_ADDR));
    b.append(" sent=").append(call.sent()).append(" received=").append(call.received());
    if (call.wire != null && call.wire.known()) {
      b.append(" bytes_sent=").append(call.wire.sent()).append(" bytes_received=").append(call.wire.received());
    }
    return b.toString();
  }

  /** Milliseconds with three decimals, without String.format. */
  static void appendMillis(StringBuilder b, long nanos) {
    long micros = nanos / 1000;
    long fraction = micros % 1000;
    b.append(micros / 1000).append('.');
    if (fraction < 100) {
      b.append(fraction < 10 ? "00" : "0");
    }
    b.append(fraction);
  }

  private static void appendPeer(StringBuilder b, SocketAddress address) {
    if (address instanceof InetSocketAddress inet && inet.getAddress() != null) {
      boolean v6 = inet.getAddress() instanceof Inet6Address;
      b.append(v6 ? "[" : "").append(inet.getAddress().getHostAddress()).append(v6 ? "]:" : ":").append(inet.getPort());
    } else {
      b.append(address == null ? "-" : address.toString().replace(' ', '_'));
    }
  }
}
