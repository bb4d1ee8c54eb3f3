package dev.articles.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.google.protobuf.Message;
import com.google.rpc.ErrorInfo;
import dev.articles.api.RawBytes;
import dev.articles.testing.Errors;
import dev.articles.v1.ArticleServiceGrpc;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.Context;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ClientCalls;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Calls any method of ArticleService by its descriptor, with a message or with raw request bytes, and
 * classifies the outcome: what the hostile-request tests and the fuzz test need to drive every RPC alike.
 */
final class Rpcs {
  /** Sends and receives bytes as they are, so a client can send what no generated stub would. */
  static final MethodDescriptor.Marshaller<byte[]> BYTES = RawBytes.MARSHALLER;

  /** The most stream messages a call reads; a hostile request must not get more than a page anyway. */
  static final int MAX_STREAM_READ = 64;

  private Rpcs() {}

  /** Every method of the service, unary and server-streaming. */
  static List<MethodDescriptor<?, ?>> methods() {
    return List.copyOf(ArticleServiceGrpc.getServiceDescriptor().getMethods());
  }

  /** The empty request message of a method, to build on. */
  static Message prototype(MethodDescriptor<?, ?> method) {
    return (Message) ((MethodDescriptor.PrototypeMarshaller<?>) method.getRequestMarshaller()).getMessagePrototype();
  }

  /** What a call came to: OK with how many messages, or the error. */
  record Outcome(Status.Code code, int messages, StatusRuntimeException error) {
    boolean ok() {
      return code == Status.Code.OK;
    }
  }

  /** Calls {@code method} with a message; a stream is read up to {@link #MAX_STREAM_READ} messages. */
  static Outcome call(Channel channel, MethodDescriptor<?, ?> method, Message request) {
    return raw(channel, method, request.toByteArray());
  }

  /** Calls {@code method} with raw request bytes. */
  static Outcome raw(Channel channel, MethodDescriptor<?, ?> method, byte[] request) {
    MethodDescriptor<byte[], byte[]> bytes = method.toBuilder(BYTES, BYTES).build();
    CallOptions options = CallOptions.DEFAULT.withDeadlineAfter(30, TimeUnit.SECONDS);
    try {
      if (method.getType() == MethodDescriptor.MethodType.UNARY) {
        ClientCalls.blockingUnaryCall(channel, bytes, options, request);
        return new Outcome(Status.Code.OK, 1, null);
      }
      // Read in a context cancelled afterwards, so a stream left unread does not stay open.
      try (Context.CancellableContext ctx = Context.current().withCancellation()) {
        return ctx.call(() -> {
          Iterator<byte[]> it = ClientCalls.blockingServerStreamingCall(channel, bytes, options, request);
          // A watch never ends by itself; its first message, a progress message, is sent at once.
          int max = method.getBareMethodName().equals("WatchArticles") ? 1 : MAX_STREAM_READ;
          int n = 0;
          while (n < max && it.hasNext()) {
            it.next();
            n++;
          }
          return new Outcome(Status.Code.OK, n, null);
        });
      }
    } catch (StatusRuntimeException e) {
      return new Outcome(e.getStatus().getCode(), 0, e);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /**
   * Asserts an outcome is one a hostile request may get: a client error with this service's ErrorInfo, never
   * INTERNAL or UNKNOWN, and returns the ErrorInfo (null when the call succeeded).
   */
  static ErrorInfo assertClientError(Outcome o, String what, Status.Code... allowed) {
    assertNotEquals(Status.Code.INTERNAL, o.code(), what + ": " + o.error());
    assertNotEquals(Status.Code.UNKNOWN, o.code(), what + ": " + o.error());
    if (o.ok()) {
      return null;
    }
    if (!List.of(allowed).contains(o.code())) {
      throw new AssertionError(what + ": got " + o.error().getStatus() + ", expected one of " + List.of(allowed));
    }
    ErrorInfo info = Errors.errorInfo(o.error());
    assertEquals("articles.internal", info.getDomain(), what);
    return info;
  }
}
