package dev.articles.api;

import dev.articles.search.SearchIndex;
import dev.articles.store.FactReads;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Page tokens and stream cursors: one format for both, so a {@code next_page_token} and a stream message's
 * {@code cursor} are interchangeable within a collection.
 *
 * <p>A cursor holds the last position returned (the article ID, plus the ordinal for facts), the change
 * number of the snapshot its listing reads at, and a fingerprint of the collection, parent and filter it was
 * issued under, signed with HMAC-SHA256 and encoded as base64url. A tampered cursor fails the signature, and
 * one reused with another filter fails the fingerprint; both are INVALID_ARGUMENT, never a wrong page.
 * WatchArticles resume tokens are the same format, holding a change number only.
 */
final class Cursors {
  /** Version 2 adds the snapshot; version 1 tokens (from before it) are still read, as "no snapshot". */
  private static final byte VERSION = 2;
  private static final byte VERSION_WITHOUT_SNAPSHOT = 1;
  /** The snapshot of a token that has none: read at the current head. */
  static final long NO_SNAPSHOT = -1;
  private static final int FINGERPRINT_BYTES = 8;
  private static final int MAC_BYTES = 16;
  /** The longest token accepted, in characters; real ones are far shorter. */
  static final int MAX_TOKEN_LENGTH = 1024;

  /** What a cursor walks over. */
  enum Collection {
    ARTICLES,
    FACTS,
    SOURCE_FILES,
    ARTICLE_SEARCH,
    FACT_SEARCH,
    WATCH
  }

  /** Where a token resumes: after this key, in the snapshot of that change number. */
  record Position(String id, int ordinal, long snapshot) {}

  private static final Scope WATCH_SCOPE = new Scope(Collection.WATCH, "", "");

  private final ThreadLocal<Mac> mac;

  Cursors(byte[] key) {
    byte[] copy = key.clone();
    this.mac = ThreadLocal.withInitial(() -> {
      try {
        Mac m = Mac.getInstance("HmacSHA256");
        m.init(new SecretKeySpec(copy, "HmacSHA256"));
        return m;
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("HmacSHA256 is in every JVM", e);
      }
    });
  }

  /** The scope a cursor is valid in: a collection under a parent, with a filter. */
  record Scope(Collection collection, String parent, String filter) {
    byte[] fingerprint() {
      try {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update((collection + "\0" + parent + "\0" + filter.strip()).getBytes(StandardCharsets.UTF_8));
        return Arrays.copyOf(sha.digest(), FINGERPRINT_BYTES);
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** A cursor after an article, or after any other row keyed by one string. */
  String article(Scope scope, String lastId) {
    return encode(scope, lastId, 0, NO_SNAPSHOT);
  }

  /** A cursor after an article, in a listing that reads at {@code snapshot}. */
  String article(Scope scope, String lastId, long snapshot) {
    return encode(scope, lastId, 0, snapshot);
  }

  /** A cursor after a fact, in a listing that reads at {@code snapshot}. */
  String fact(Scope scope, FactReads.Key last, long snapshot) {
    return encode(scope, last.articleId(), last.ordinal(), snapshot);
  }

  /** A cursor after a search hit: its ID and score. */
  String scored(Scope scope, String id, float score) {
    return encode(scope, id, Float.floatToIntBits(score), NO_SNAPSHOT);
  }

  /** A WatchArticles resume token: the position just after change {@code seq}. */
  String watch(long seq) {
    return encode(WATCH_SCOPE, "", 0, seq);
  }

  /** The change number a resume token stands after. */
  long decodeWatch(String token, String field) {
    Position p = decode(token, WATCH_SCOPE, field);
    if (p.snapshot() < 0) {
      throw invalid(field, "is not a resume token");
    }
    return p.snapshot();
  }

  /** Where a list or stream token resumes, or null for an empty token (the start). */
  Position decodePosition(String token, Scope scope, String field) {
    return token.isEmpty() ? null : decode(token, scope, field);
  }

  /** The search hit a token resumes after, or null for an empty token. */
  SearchIndex.After decodeScored(String token, Scope scope, String field) {
    if (token.isEmpty()) {
      return null;
    }
    Position p = decode(token, scope, field);
    return new SearchIndex.After(Float.intBitsToFloat(p.ordinal()), p.id());
  }

  /** The article ID (or other string key) a token resumes after; "" for an empty token. */
  String decodeArticle(String token, Scope scope, String field) {
    return token.isEmpty() ? "" : decode(token, scope, field).id();
  }

  private String encode(Scope scope, String id, int ordinal, long snapshot) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(VERSION);
      out.writeByte(scope.collection().ordinal());
      out.write(scope.fingerprint());
      out.writeUTF(id);
      out.writeInt(ordinal);
      out.writeLong(snapshot);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] payload = bytes.toByteArray();
    byte[] signed = Arrays.copyOf(payload, payload.length + MAC_BYTES);
    System.arraycopy(sign(payload), 0, signed, payload.length, MAC_BYTES);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(signed);
  }

  private Position decode(String token, Scope scope, String field) {
    if (token.length() > MAX_TOKEN_LENGTH) {
      throw invalid(field, "is " + token.length() + " characters; no token this service issues is that long");
    }
    byte[] signed;
    try {
      signed = Base64.getUrlDecoder().decode(token);
    } catch (IllegalArgumentException e) {
      throw invalid(field, "is not a token this service issued (not base64url)");
    }
    if (signed.length < 2 + FINGERPRINT_BYTES + 2 + 4 + MAC_BYTES) {
      throw invalid(field, "is not a token this service issued (too short)");
    }
    byte[] payload = Arrays.copyOf(signed, signed.length - MAC_BYTES);
    byte[] tag = Arrays.copyOfRange(signed, payload.length, signed.length);
    if (!MessageDigest.isEqual(tag, sign(payload))) {
      throw invalid(field, "was altered, or was issued by a server with another key");
    }
    // The signature holds, so the payload is one we wrote; what remains is whether it fits this request.
    ByteBuffer in = ByteBuffer.wrap(payload);
    byte version = in.get();
    byte collection = in.get();
    byte[] fingerprint = new byte[FINGERPRINT_BYTES];
    in.get(fingerprint);
    if ((version != VERSION && version != VERSION_WITHOUT_SNAPSHOT) || collection != scope.collection().ordinal()
        || !MessageDigest.isEqual(fingerprint, scope.fingerprint())) {
      throw invalid(field, "was issued for another collection, parent or filter; repeat the request that "
          + "issued it, or start again without one");
    }
    int idLength = in.getShort() & 0xFFFF;
    String id = new String(payload, in.position(), idLength, StandardCharsets.UTF_8);
    in.position(in.position() + idLength);
    int ordinal = in.getInt();
    return new Position(id, ordinal, version == VERSION ? in.getLong() : NO_SNAPSHOT);
  }

  private byte[] sign(byte[] payload) {
    return Arrays.copyOf(mac.get().doFinal(payload), MAC_BYTES);
  }

  static ServiceException invalid(String field, String problem) {
    String reason = switch (field) {
      case "page_token" -> "INVALID_PAGE_TOKEN";
      case "resume_token" -> "INVALID_RESUME_TOKEN";
      default -> "INVALID_CURSOR";
    };
    return ServiceException.invalid(field, reason, field + " " + problem, Map.of("field", field));
  }
}
