package dev.articles.api;

import io.grpc.Status;
import java.util.Map;

/**
 * A request the service turns down: the one exception handlers throw for clients' mistakes. {@link
 * ErrorMapper} turns it into a {@code google.rpc.Status} with an {@code ErrorInfo}, plus a {@code BadRequest}
 * field violation when {@link #field()} is set.
 */
public final class ServiceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final Status.Code code;
  private final String reason;
  private final String field;
  private final transient Map<String, String> metadata;

  private ServiceException(Status.Code code, String reason, String field, String message,
                           Map<String, String> metadata) {
    super(message);
    this.code = code;
    this.reason = reason;
    this.field = field;
    this.metadata = Map.copyOf(metadata);
  }

  /** INVALID_ARGUMENT for one request field. */
  public static ServiceException invalid(String field, String reason, String message, Map<String, String> metadata) {
    return new ServiceException(Status.Code.INVALID_ARGUMENT, reason, field, message, metadata);
  }

  /** NOT_FOUND for a resource name. */
  public static ServiceException notFound(String reason, String name) {
    return new ServiceException(Status.Code.NOT_FOUND, reason, null, name + " does not exist",
        Map.of("name", Printable.of(name)));
  }

  /** RESOURCE_EXHAUSTED for a limit. */
  public static ServiceException exhausted(String reason, String message, Map<String, String> metadata) {
    return new ServiceException(Status.Code.RESOURCE_EXHAUSTED, reason, null, message, metadata);
  }

  /** Any other code, for the interceptors: UNAUTHENTICATED, OUT_OF_RANGE and the like. */
  public static ServiceException of(Status.Code code, String reason, String message, Map<String, String> metadata) {
    return new ServiceException(code, reason, null, message, metadata);
  }

  public Status.Code code() {
    return code;
  }

  /** The UPPER_SNAKE_CASE reason for {@code ErrorInfo}. */
  public String reason() {
    return reason;
  }

  /** The offending request field, or null. */
  public String field() {
    return field;
  }

  public Map<String, String> metadata() {
    return metadata;
  }
}
