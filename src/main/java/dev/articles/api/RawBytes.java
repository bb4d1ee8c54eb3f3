package dev.articles.api;

import io.grpc.Drainable;
import io.grpc.KnownLength;
import io.grpc.MethodDescriptor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * A marshaller that passes bytes through as they are: the server's raw responses ({@link RawResponses}),
 * and clients that send what no generated stub would or read a response without parsing it.
 */
public final class RawBytes implements MethodDescriptor.Marshaller<byte[]> {
  public static final RawBytes MARSHALLER = new RawBytes();

  private RawBytes() {}

  @Override
  public InputStream stream(byte[] value) {
    return new Bytes(value);
  }

  @Override
  public byte[] parse(InputStream stream) {
    try {
      if (stream instanceof KnownLength) { // grpc's own message streams: one array of the right size
        byte[] bytes = new byte[stream.available()];
        if (stream.readNBytes(bytes, 0, bytes.length) == bytes.length && stream.read() == -1) {
          return bytes;
        }
        throw new IOException("a message stream's length was not what it said");
      }
      return stream.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The bytes as a stream that grpc-java writes straight into its frame buffer ({@link Drainable}) at a
   * known size ({@link KnownLength}), as protobuf's own streams are: without it, each response is copied
   * through a fresh 8 KB buffer.
   */
  private static final class Bytes extends ByteArrayInputStream implements Drainable, KnownLength {
    Bytes(byte[] bytes) {
      super(bytes);
    }

    @Override
    public int drainTo(OutputStream target) throws IOException {
      int n = count - pos;
      target.write(buf, pos, n);
      pos = count;
      return n;
    }
  }
}
