package dev.articles.api;

import com.google.protobuf.Any;
import com.google.rpc.BadRequest;
import com.google.rpc.ErrorInfo;
import dev.articles.ingest.Issue;
import dev.articles.store.StoreException;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The one place that turns exceptions into gRPC errors: a {@code google.rpc.Status} with its details. */
public final class ErrorMapper {
  private static final Logger log = Logger.getLogger(ErrorMapper.class.getName());

  private ErrorMapper() {}

  /** The gRPC error for a failure; unexpected ones are logged and become INTERNAL without internals. */
  public static StatusRuntimeException toStatus(Throwable t) {
    if (t instanceof ServiceException e) {
      return status(e.code(), e.reason(), e.getMessage(), e.metadata(), e.field());
    }
    if (t instanceof StatusRuntimeException e) {
      return e;
    }
    if (t instanceof StoreException) {
      log.log(Level.SEVERE, "storage failure", t);
      return status(Status.Code.UNAVAILABLE, "STORAGE_UNAVAILABLE",
          "the article store could not answer; retry with backoff", Map.of(), null);
    }
    log.log(Level.SEVERE, "unexpected failure", t);
    return status(Status.Code.INTERNAL, "INTERNAL", "internal error", Map.of(), null);
  }

  /** Builds the error for a code and reason, with ErrorInfo and, for a field, BadRequest. */
  public static StatusRuntimeException status(Status.Code code, String reason, String message,
                                              Map<String, String> metadata, String field) {
    com.google.rpc.Status.Builder s = com.google.rpc.Status.newBuilder()
        .setCode(code.value())
        .setMessage(message)
        .addDetails(Any.pack(ErrorInfo.newBuilder()
            .setReason(reason)
            .setDomain(Issue.DOMAIN)
            .putAllMetadata(metadata)
            .build()));
    if (field != null) {
      s.addDetails(Any.pack(BadRequest.newBuilder()
          .addFieldViolations(BadRequest.FieldViolation.newBuilder()
              .setField(field)
              .setDescription(message)
              .setReason(reason))
          .build()));
    }
    return StatusProto.toStatusRuntimeException(s.build());
  }
}
