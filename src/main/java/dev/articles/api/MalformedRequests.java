package dev.articles.api;

import io.grpc.ForwardingServerCall;
import io.grpc.KnownLength;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerMethodDefinition;
import io.grpc.ServerServiceDefinition;
import io.grpc.ServiceDescriptor;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Answers a request whose bytes do not parse (invalid UTF-8 in a string, a truncated message, a wrong wire
 * type) with INVALID_ARGUMENT {@code MALFORMED_REQUEST}.
 *
 * <p>grpc-java parses a request before any handler or interceptor sees it, and a parse failure there ends the
 * call as UNKNOWN "Application error processing RPC": a client's mistake reported as the server's. So each
 * method's request marshaller is wrapped to hand a failure on as a value, and the call is closed with the
 * client error before the handler is told anything.
 */
final class MalformedRequests {
  private MalformedRequests() {}

  /** A request that did not parse, with why. */
  private record Malformed(String problem) {}

  /** A request larger than the limit, left unparsed. */
  private record TooLarge(int bytes, int limit) {}

  /**
   * The definition with every method's requests parsed this way, and any request over {@code maxRequestBytes}
   * refused, unparsed, with RESOURCE_EXHAUSTED {@code REQUEST_TOO_LARGE}: the transport's own limit sits above
   * this one ({@code ServerLimits}), so that a client learns the limit from an ErrorInfo, not a bare status.
   */
  static ServerServiceDefinition guard(ServerServiceDefinition service, int maxRequestBytes) {
    ServiceDescriptor old = service.getServiceDescriptor();
    List<ServerMethodDefinition<?, ?>> methods = new ArrayList<>();
    ServiceDescriptor.Builder descriptor = ServiceDescriptor.newBuilder(old.getName())
        .setSchemaDescriptor(old.getSchemaDescriptor());
    for (ServerMethodDefinition<?, ?> m : service.getMethods()) {
      ServerMethodDefinition<?, ?> guarded = guard(m, maxRequestBytes);
      methods.add(guarded);
      descriptor.addMethod(guarded.getMethodDescriptor());
    }
    ServerServiceDefinition.Builder b = ServerServiceDefinition.builder(descriptor.build());
    methods.forEach(b::addMethod);
    return b.build();
  }

  private static <Q, R> ServerMethodDefinition<Object, R> guard(ServerMethodDefinition<Q, R> definition,
                                                                int maxRequestBytes) {
    MethodDescriptor<Q, R> method = definition.getMethodDescriptor();
    MethodDescriptor.Marshaller<Q> requests = method.getRequestMarshaller();
    MethodDescriptor<Object, R> guarded = method.toBuilder(new MethodDescriptor.Marshaller<Object>() {
      @Override
      @SuppressWarnings("unchecked")
      public InputStream stream(Object value) {
        return requests.stream((Q) value);
      }

      @Override
      public Object parse(InputStream stream) {
        try {
          int bytes = stream instanceof KnownLength ? stream.available() : -1;
          if (bytes > maxRequestBytes) {
            return new TooLarge(bytes, maxRequestBytes);
          }
          return requests.parse(stream);
        } catch (java.io.IOException e) {
          return new Malformed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        } catch (RuntimeException e) {
          Throwable cause = e.getCause() != null ? e.getCause() : e;
          return new Malformed(cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
        }
      }
    }, method.getResponseMarshaller()).build();
    String type = method.getFullMethodName().substring(method.getFullMethodName().lastIndexOf('/') + 1)
        + "Request";
    return ServerMethodDefinition.create(guarded, (call, headers) -> start(definition, type, call, headers));
  }

  private static <Q, R> ServerCall.Listener<Object> start(ServerMethodDefinition<Q, R> definition, String type,
                                                         ServerCall<Object, R> call, Metadata headers) {
    ServerCallHandler<Q, R> handler = definition.getServerCallHandler();
    ServerCall<Q, R> typed = new ForwardingServerCall.SimpleForwardingServerCall<Q, R>(cast(call)) {
      @Override
      public MethodDescriptor<Q, R> getMethodDescriptor() {
        return definition.getMethodDescriptor();
      }
    };
    ServerCall.Listener<Q> delegate = handler.startCall(typed, headers);
    return new ServerCall.Listener<>() {
      private boolean refused;

      @Override
      @SuppressWarnings("unchecked")
      public void onMessage(Object message) {
        if (refused) {
          return;
        }
        if (message instanceof TooLarge big) {
          refused = true;
          StatusRuntimeException e = ErrorMapper.status(Status.Code.RESOURCE_EXHAUSTED, "REQUEST_TOO_LARGE",
              "the request is " + big.bytes() + " bytes; the limit is " + big.limit(),
              Map.of("bytes", Integer.toString(big.bytes()), "limit", Integer.toString(big.limit())), null);
          call.close(e.getStatus(), e.getTrailers() == null ? new Metadata() : e.getTrailers());
          return;
        }
        if (message instanceof Malformed m) {
          refused = true;
          StatusRuntimeException e = ErrorMapper.status(Status.Code.INVALID_ARGUMENT, "MALFORMED_REQUEST",
              "the request is not a valid articles.v1." + type + ": " + m.problem(), Map.of("type", type), null);
          call.close(e.getStatus(), e.getTrailers() == null ? new Metadata() : e.getTrailers());
          return;
        }
        delegate.onMessage((Q) message);
      }

      @Override
      public void onHalfClose() {
        if (!refused) {
          delegate.onHalfClose();
        }
      }

      @Override
      public void onReady() {
        if (!refused) {
          delegate.onReady();
        }
      }

      @Override
      public void onCancel() {
        delegate.onCancel();
      }

      @Override
      public void onComplete() {
        delegate.onComplete();
      }
    };
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static <Q, R> ServerCall<Q, R> cast(ServerCall<Object, R> call) {
    return (ServerCall) call;
  }
}
