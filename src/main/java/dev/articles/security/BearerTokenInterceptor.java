package dev.articles.security;

import dev.articles.api.ErrorMapper;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.Map;
import java.util.Set;

/**
 * Lets a call through only with {@code authorization: Bearer <token>} naming one of the accepted tokens;
 * otherwise it ends UNAUTHENTICATED with an ErrorInfo, before any handler runs. The services in {@code open}
 * (health, for load-balancer probes) need no token.
 */
public final class BearerTokenInterceptor implements ServerInterceptor {
  static final Metadata.Key<String> AUTHORIZATION =
      Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);
  private static final Metadata.Key<String> WWW_AUTHENTICATE =
      Metadata.Key.of("www-authenticate", Metadata.ASCII_STRING_MARSHALLER);
  private static final String SCHEME = "Bearer ";

  private final BearerTokens tokens;
  private final Set<String> open;

  public BearerTokenInterceptor(BearerTokens tokens, Set<String> openServices) {
    this.tokens = tokens;
    this.open = Set.copyOf(openServices);
  }

  @Override
  public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
                                                     ServerCallHandler<Q, R> next) {
    if (open.contains(call.getMethodDescriptor().getServiceName())) {
      return next.startCall(call, headers);
    }
    String value = headers.get(AUTHORIZATION);
    if (value == null) {
      return refuse(call, "TOKEN_MISSING", "this service needs an 'authorization: Bearer <token>' header");
    }
    if (value.length() <= SCHEME.length() || !value.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
      return refuse(call, "TOKEN_MALFORMED", "the authorization header must be 'Bearer <token>'");
    }
    if (!tokens.accepts(value.substring(SCHEME.length()).strip())) {
      return refuse(call, "TOKEN_INVALID", "the bearer token is not one this service accepts");
    }
    return next.startCall(call, headers);
  }

  private static <Q, R> ServerCall.Listener<Q> refuse(ServerCall<Q, R> call, String reason, String message) {
    StatusRuntimeException e = ErrorMapper.status(Status.Code.UNAUTHENTICATED, reason, message, Map.of(), null);
    Metadata trailers = e.getTrailers() != null ? e.getTrailers() : new Metadata();
    trailers.put(WWW_AUTHENTICATE, "Bearer realm=\"articles\"");
    call.close(e.getStatus(), trailers);
    return new ServerCall.Listener<>() {};
  }
}
