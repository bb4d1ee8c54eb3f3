package dev.articles.telemetry;

import io.grpc.Grpc;
import io.grpc.Status;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes one line per finished call, as {@code key=value} pairs so it greps and parses easily:
 *
 * <pre>
 * rpc method=articles.v1.ArticleService/GetArticle code=OK ms=0.412 peer=127.0.0.1:53412 sent=1 received=1
 *     bytes_sent=5120 bytes_received=31
 * </pre>
 *
 * <p>It is on the path of every call, so the line is built with one {@code StringBuilder}, and the source
 * class and method are given, because otherwise the formatter would walk the stack to find them. Set the
 * {@code dev.articles.telemetry.RequestLog} logger's level to WARNING to silence it from logging config.
 */
final class RequestLog {
  private static final Logger log = Logger.getLogger(RequestLog.class.getName());

  void write(ObservedCall<?, ?> call, Status.Code code, long nanos) {
    if (log.isLoggable(Level.INFO)) {
      log.logp(Level.INFO, RequestLog.class.getName(), "write", line(call, code, nanos));
    }
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
    if (call.wire != null) {
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
