package dev.articles.server;

import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import java.util.concurrent.TimeUnit;

/** Applies {@link LimitOptions} to a Netty server builder. */
final class ServerLimits {
  private ServerLimits() {}

  /**
   * The transport's own limit on a request: four times the article service's, and at least 1 MiB above it. A
   * request between the two reaches the service, which refuses it with RESOURCE_EXHAUSTED and an ErrorInfo
   * naming the limit; one above this is refused by grpc-java before it is read, with a bare status.
   */
  static int transportLimit(int maxMessageBytes) {
    return (int) Math.min(Integer.MAX_VALUE, Math.max(4L * maxMessageBytes, maxMessageBytes + (1L << 20)));
  }

  static NettyServerBuilder apply(NettyServerBuilder b, LimitOptions o) {
    b.maxInboundMessageSize(transportLimit(o.maxMessageBytes))
        .maxInboundMetadataSize(o.maxMetadataBytes)
        .maxConcurrentCallsPerConnection(o.maxConcurrentCallsPerConnection)
        .permitKeepAliveTime(o.permitKeepAliveSeconds, TimeUnit.SECONDS)
        .permitKeepAliveWithoutCalls(true)
        .handshakeTimeout(o.handshakeTimeoutSeconds, TimeUnit.SECONDS);
    if (o.maxConnectionAgeSeconds > 0) {
      b.maxConnectionAge(o.maxConnectionAgeSeconds, TimeUnit.SECONDS)
          .maxConnectionAgeGrace(o.maxConnectionAgeGraceSeconds, TimeUnit.SECONDS);
    }
    return b;
  }
}
