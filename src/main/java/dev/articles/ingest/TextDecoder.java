package dev.articles.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a seed file's bytes into text, or refuses them.
 *
 * <p>UTF-8 is expected. A UTF-16 file with a byte-order mark is decoded with a warning. A file that is not
 * UTF-8 but reads as Arabic in windows-1256, the common legacy Arabic encoding, is decoded with a warning
 * rather than refused, because its text is recoverable without guessing; anything else that is not UTF-8 is
 * refused with the offset of the first bad byte. Empty files and binary content are refused.
 */
public final class TextDecoder {
  private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");

  /** The share of letters that must be Arabic for a non-UTF-8 file to be read as windows-1256. */
  static final double MIN_ARABIC_SHARE = 0.6;

  /** The share of control bytes above which content is binary. */
  static final double MAX_CONTROL_SHARE = 0.005;

  private TextDecoder() {}

  /** Decoded text and the warnings decoding raised. */
  public record Decoded(String text, List<Issue> warnings) {}

  public static Decoded decode(String fileName, byte[] bytes) throws RefusedFileException {
    if (bytes.length == 0) {
      throw new RefusedFileException(fileName, "EMPTY_FILE", "the file is empty");
    }
    List<Issue> warnings = new ArrayList<>();
    Charset utf16 = utf16ByBom(bytes);
    String text;
    if (utf16 != null) {
      text = new String(bytes, 2, bytes.length - 2, utf16);
      warnings.add(Issue.warning(fileName, "DECODED_UTF16", "decoded as " + utf16.name() + " by its byte-order mark",
          Map.of("encoding", utf16.name())));
    } else {
      refuseBinary(fileName, bytes);
      text = decodeUtf8OrLegacy(fileName, bytes, warnings);
    }
    if (text.isBlank()) {
      throw new RefusedFileException(fileName, "EMPTY_FILE", "the file holds only whitespace");
    }
    return new Decoded(text, warnings);
  }

  private static Charset utf16ByBom(byte[] b) {
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  private static void refuseBinary(String fileName, byte[] bytes) throws RefusedFileException {
    int controls = 0;
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        throw new RefusedFileException(fileName, "BINARY_CONTENT",
            "binary content (NUL byte at offset " + i + ")", Map.of("offset", Integer.toString(i)));
      }
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' || b == 0x7F) {
        controls++;
      }
    }
    if (controls > Math.max(2, bytes.length * MAX_CONTROL_SHARE)) {
      throw new RefusedFileException(fileName, "BINARY_CONTENT",
          "binary content (" + controls + " control bytes in " + bytes.length + ")",
          Map.of("control_bytes", Integer.toString(controls)));
    }
  }

  private static String decodeUtf8OrLegacy(String fileName, byte[] bytes, List<Issue> warnings)
      throws RefusedFileException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      decoder.flush(out);
      return out.flip().toString();
    }
    int offset = in.position();
    String badByte = String.format("0x%02X", bytes[offset] & 0xFF);
    String legacy = new String(bytes, WINDOWS_1256);
    if (arabicShare(legacy) >= MIN_ARABIC_SHARE) {
      warnings.add(Issue.warning(fileName, "DECODED_WINDOWS_1256",
          "not UTF-8 (invalid byte " + badByte + " at offset " + offset + "); decoded as windows-1256",
          Map.of("offset", Integer.toString(offset), "byte", badByte, "encoding", "windows-1256")));
      return legacy;
    }
    throw new RefusedFileException(fileName, "NOT_UTF8",
        "not UTF-8 (invalid byte " + badByte + " at offset " + offset + ") and not windows-1256 Arabic",
        Map.of("offset", Integer.toString(offset), "byte", badByte));
  }

  /** The share of letters in a text that are Arabic. */
  static double arabicShare(String text) {
    int letters = 0;
    int arabic = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (c >= '\u0600' && c <= '\u06FF') { // the Arabic block
          arabic++;
        }
      }
    }
    return letters == 0 ? 0 : (double) arabic / letters;
  }
}
