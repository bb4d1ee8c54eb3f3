package dev.articles.api;

import com.google.protobuf.CodedOutputStream;
import io.grpc.MethodDescriptor;
import io.grpc.ServerCallHandler;
import io.grpc.ServerMethodDefinition;
import io.grpc.ServerServiceDefinition;
import io.grpc.ServiceDescriptor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Answers the list and stream RPCs with responses assembled from the stored bytes of each article or fact,
 * spliced into the response's wire format, instead of parsing them into messages only to serialize them
 * again. Clients see the same messages: the method names and the schema (which reflection serves) are the
 * generated ones; only the server's response marshaller passes bytes through.
 */
final class RawResponses {
  /** A marshaller that sends bytes as they are. */
  static final MethodDescriptor.Marshaller<byte[]> BYTES = RawBytes.MARSHALLER;

  private RawResponses() {}

  /** The wire form of {@code {1: message, 2: text}}: a stream item with its cursor. */
  static byte[] item(byte[] message, String text) {
    return item(message, text, "");
  }

  /** The wire form of {@code {1: message, 2: text, 3: extra}}, with field 3 left out when empty. */
  static byte[] item(byte[] message, String text, String extra) {
    try {
      byte[] out = new byte[CodedOutputStream.computeByteArraySize(1, message)
          + CodedOutputStream.computeStringSize(2, text)
          + (extra.isEmpty() ? 0 : CodedOutputStream.computeStringSize(3, extra))];
      CodedOutputStream c = CodedOutputStream.newInstance(out);
      c.writeByteArray(1, message);
      c.writeString(2, text);
      if (!extra.isEmpty()) {
        c.writeString(3, extra);
      }
      c.checkNoSpaceLeft();
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The wire form of {@code {1: [messages…], 2: text}}: a page with its next-page token. */
  static byte[] page(List<byte[]> messages, String token) {
    return page(messages, token, "");
  }

  /** The wire form of {@code {1: [messages…], 2: text, 3: extra}}, with empty strings left out. */
  static byte[] page(List<byte[]> messages, String token, String extra) {
    try {
      int size = (token.isEmpty() ? 0 : CodedOutputStream.computeStringSize(2, token))
          + (extra.isEmpty() ? 0 : CodedOutputStream.computeStringSize(3, extra));
      for (byte[] m : messages) {
        size += CodedOutputStream.computeByteArraySize(1, m);
      }
      byte[] out = new byte[size];
      CodedOutputStream c = CodedOutputStream.newInstance(out);
      for (byte[] m : messages) {
        c.writeByteArray(1, m);
      }
      if (!token.isEmpty()) {
        c.writeString(2, token);
      }
      if (!extra.isEmpty()) {
        c.writeString(3, extra);
      }
      c.checkNoSpaceLeft();
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The generated definition, with the named methods answered by raw handlers. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static ServerServiceDefinition rebind(ServerServiceDefinition generated, Map<String, ServerCallHandler<?, byte[]>> raw) {
    ServiceDescriptor old = generated.getServiceDescriptor();
    ServiceDescriptor.Builder descriptor = ServiceDescriptor.newBuilder(old.getName())
        .setSchemaDescriptor(old.getSchemaDescriptor());
    Map<String, MethodDescriptor<?, ?>> methods = new java.util.LinkedHashMap<>();
    for (MethodDescriptor<?, ?> m : old.getMethods()) {
      MethodDescriptor<?, ?> bound = raw.containsKey(m.getFullMethodName())
          ? m.toBuilder(m.getRequestMarshaller(), BYTES).build() : m;
      methods.put(m.getFullMethodName(), bound);
      descriptor.addMethod(bound);
    }
    ServerServiceDefinition.Builder b = ServerServiceDefinition.builder(descriptor.build());
    for (Map.Entry<String, MethodDescriptor<?, ?>> m : methods.entrySet()) {
      ServerCallHandler handler = raw.get(m.getKey());
      if (handler != null) {
        b.addMethod((MethodDescriptor) m.getValue(), handler);
      } else {
        ServerMethodDefinition<?, ?> def = generated.getMethod(m.getKey());
        b.addMethod(def);
      }
    }
    return b.build();
  }
}
