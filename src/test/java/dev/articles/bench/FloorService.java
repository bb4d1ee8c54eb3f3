package dev.articles.bench;

import dev.articles.api.RawBytes;
import dev.articles.v1.StreamArticlesRequest;
import io.grpc.MethodDescriptor;
import io.grpc.ServerServiceDefinition;
import io.grpc.ServiceDescriptor;
import io.grpc.protobuf.ProtoUtils;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.ServerCalls;
import java.io.IOException;
import java.util.List;

/**
 * The streaming floor, registered only by the benchmark: it streams pre-serialized StreamArticles messages
 * from memory, with the same flow control as the real stream, so the difference is what the service adds.
 */
final class FloorService {
  static final String SERVICE = "bench.Floor";

  /** The client's view of a floor method: the same request and response types as the real stream. */
  static <T extends com.google.protobuf.Message> MethodDescriptor<StreamArticlesRequest, T> clientMethod(String name,
                                                                                                     T prototype) {
    return MethodDescriptor.<StreamArticlesRequest, T>newBuilder()
        .setType(MethodDescriptor.MethodType.SERVER_STREAMING)
        .setFullMethodName(MethodDescriptor.generateFullMethodName(SERVICE, name))
        .setRequestMarshaller(ProtoUtils.marshaller(StreamArticlesRequest.getDefaultInstance()))
        .setResponseMarshaller(ProtoUtils.marshaller(prototype))
        .build();
  }

  private FloorService() {}

  /** A service whose method {@code name} streams {@code count} messages per call, cycling through its list. */
  static ServerServiceDefinition of(java.util.Map<String, List<byte[]>> byMethod, int count) {
    ServiceDescriptor.Builder descriptor = ServiceDescriptor.newBuilder(SERVICE);
    java.util.Map<String, MethodDescriptor<StreamArticlesRequest, byte[]>> methods = new java.util.LinkedHashMap<>();
    for (String name : byMethod.keySet()) {
      MethodDescriptor<StreamArticlesRequest, byte[]> m = MethodDescriptor.<StreamArticlesRequest, byte[]>newBuilder()
          .setType(MethodDescriptor.MethodType.SERVER_STREAMING)
          .setFullMethodName(MethodDescriptor.generateFullMethodName(SERVICE, name))
          .setRequestMarshaller(ProtoUtils.marshaller(StreamArticlesRequest.getDefaultInstance()))
          .setResponseMarshaller(RawBytes.MARSHALLER)
          .build();
      methods.put(name, m);
      descriptor.addMethod(m);
    }
    ServerServiceDefinition.Builder b = ServerServiceDefinition.builder(descriptor.build());
    methods.forEach((name, m) -> b.addMethod(m, ServerCalls.asyncServerStreamingCall((request, observer) ->
        replay((ServerCallStreamObserver<byte[]>) observer, byMethod.get(name), count))));
    return b.build();
  }

  private static void replay(ServerCallStreamObserver<byte[]> call, List<byte[]> messages, int count) {
    int[] sent = {0};
    boolean[] done = {false};
    Runnable pump = () -> {
      while (!done[0] && call.isReady() && !call.isCancelled()) {
        if (sent[0] == count) {
          done[0] = true;
          call.onCompleted();
          return;
        }
        call.onNext(messages.get(sent[0]++ % messages.size()));
      }
    };
    call.setOnCancelHandler(() -> done[0] = true);
    call.setOnReadyHandler(pump);
    pump.run();
  }
}
