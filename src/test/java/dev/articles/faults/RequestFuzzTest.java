package dev.articles.faults;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.articles.generate.CorpusGenerator;
import dev.articles.testing.RunningServer;
import dev.articles.testing.Seeds;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Timeout;

/**
 * Any bytes, sent as the request of any RPC, get an answer or a client error with ErrorInfo: never INTERNAL,
 * never UNKNOWN. The first byte picks the RPC (in the order of {@link Rpcs#methods()}), the rest is the
 * request. A plain test run replays {@code RequestFuzzTestInputs/}; {@code JAZZER_FUZZ=1} fuzzes:
 * {@code JAZZER_FUZZ=1 ./mvnw test -Dtest=RequestFuzzTest -Djunit.jupiter.execution.timeout.mode=disabled}.
 */
class RequestFuzzTest {
  private static final List<MethodDescriptor<?, ?>> METHODS = Rpcs.methods().stream()
      .sorted((a, b) -> a.getFullMethodName().compareTo(b.getFullMethodName())).toList();
  private static RunningServer server;

  /** One in-process server for every input: starting one per input would be all the fuzzer measured. */
  private static synchronized RunningServer server() throws Exception {
    if (server == null) {
      Path seeds = Files.createTempDirectory("request-fuzz");
      new CorpusGenerator(13).write(seeds, 20);
      Seeds.copySeed(seeds);
      server = RunningServer.start(seeds);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          server.close();
        } catch (Exception e) {
          // the JVM is exiting; nothing to release
        }
      }));
    }
    return server;
  }

  @FuzzTest(maxDuration = "10m")
  @Timeout(30)
  void anyRpc_anyRequestBytes_neverInternalOrUnknown(byte[] input) throws Exception {
    if (input.length == 0) {
      return;
    }
    MethodDescriptor<?, ?> method = METHODS.get(Byte.toUnsignedInt(input[0]) % METHODS.size());
    byte[] request = Arrays.copyOfRange(input, 1, input.length);
    Rpcs.Outcome o = Rpcs.raw(server().channel, method, request);
    Rpcs.assertClientError(o, method.getBareMethodName(), Status.Code.INVALID_ARGUMENT, Status.Code.NOT_FOUND,
        Status.Code.RESOURCE_EXHAUSTED);
  }
}
