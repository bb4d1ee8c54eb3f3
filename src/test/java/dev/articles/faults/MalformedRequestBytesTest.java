package dev.articles.faults;

import static dev.articles.faults.Rpcs.assertClientError;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.rpc.ErrorInfo;
import dev.articles.testing.RunningServer;
import dev.articles.testing.Seeds;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Request bytes no generated client would send: invalid UTF-8 in a string field (a lone surrogate as CESU-8,
 * an overlong form), a truncated message, a length prefix past the end, a zero tag, groups nested past
 * protobuf's recursion limit. Each is INVALID_ARGUMENT with ErrorInfo, never INTERNAL, for every RPC.
 */
class MalformedRequestBytesTest {
  @TempDir
  Path seeds;

  /** Malformed encodings of a request: invalid UTF-8 in its first string field, and broken framing. */
  static Map<String, byte[]> malformed(MethodDescriptor<?, ?> method) {
    int field = Rpcs.prototype(method).getDescriptorForType().getFields().stream()
        .filter(f -> f.getType() == FieldDescriptor.Type.STRING).findFirst().orElseThrow().getNumber();
    Map<String, byte[]> out = new LinkedHashMap<>();
    out.put("lone surrogate as CESU-8", string(field, new byte[] {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80}));
    out.put("overlong NUL", string(field, new byte[] {(byte) 0xC0, (byte) 0x80}));
    out.put("bare continuation byte", string(field, new byte[] {(byte) 0x80, 'x'}));
    out.put("0xFF", string(field, new byte[] {(byte) 0xFF}));
    out.put("truncated message", new byte[] {0x0A, 0x05, 'a'});
    out.put("length past 2 GB", new byte[] {0x0A, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x07});
    out.put("truncated varint", new byte[] {0x10, (byte) 0x80});
    out.put("field number 0", new byte[] {0x02, 0x00});
    ByteArrayOutputStream groups = new ByteArrayOutputStream();
    for (int i = 0; i < 1000; i++) {
      groups.write(0x7B); // start group, field 15
    }
    out.put("groups nested 1000 deep", groups.toByteArray());
    return out;
  }

  /** A string field's encoding with these bytes as its value. */
  private static byte[] string(int field, byte[] payload) {
    byte[] out = new byte[payload.length + 2];
    out[0] = (byte) (field << 3 | 2);
    out[1] = (byte) payload.length;
    System.arraycopy(payload, 0, out, 2, payload.length);
    return out;
  }

  @Test
  void everyRpc_malformedBytes_isInvalidArgumentNeverInternal() throws Exception {
    Seeds.copySeed(seeds);
    try (RunningServer s = RunningServer.start(seeds)) {
      int calls = 0;
      for (MethodDescriptor<?, ?> method : Rpcs.methods()) {
        for (Map.Entry<String, byte[]> m : malformed(method).entrySet()) {
          String what = method.getBareMethodName() + " with " + m.getKey();
          ErrorInfo info = assertClientError(Rpcs.raw(s.channel, method, m.getValue()), what,
              Status.Code.INVALID_ARGUMENT);
          assertEquals("MALFORMED_REQUEST", info == null ? "OK" : info.getReason(), what);
          calls++;
        }
      }
      System.out.println("[faults] malformed request bytes: " + calls + " calls, each INVALID_ARGUMENT");
    }
  }
}
