package dev.articles.server;

import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import java.util.concurrent.TimeUnit;

/** Applies {@link LimitOptions} to a Netty server builder. */
final class ServerLimits {
  private ServerLimits() {}

  static NettyServerBuilder apply(NettyServerBuilder b, LimitOptions o) {
    b.maxInboundMessageSize(o.maxMessageBytes)
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
