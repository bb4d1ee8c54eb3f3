package dev.articles.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.protobuf.Any;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.rpc.BadRequest;
import com.google.rpc.ErrorInfo;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import org.junit.jupiter.api.function.Executable;

/** Assertions on gRPC errors: the status code and the ErrorInfo reason, never the wording. */
public final class Errors {
  private Errors() {}

  /** Runs {@code call}, asserts it fails with {@code code} and {@code reason}, and returns the ErrorInfo. */
  public static ErrorInfo assertError(Status.Code code, String reason, Executable call) {
    StatusRuntimeException e = assertThrows(StatusRuntimeException.class, call);
    assertEquals(code, e.getStatus().getCode(), e.getStatus().toString());
    ErrorInfo info = errorInfo(e);
    assertEquals(reason, info.getReason(), e.getStatus().toString());
    assertEquals("articles.internal", info.getDomain());
    return info;
  }

  /** The ErrorInfo detail of an error; fails when there is none. */
  public static ErrorInfo errorInfo(StatusRuntimeException e) {
    return detail(e, ErrorInfo.class);
  }

  /** The BadRequest detail of an error; fails when there is none. */
  public static BadRequest badRequest(StatusRuntimeException e) {
    return detail(e, BadRequest.class);
  }

  private static <T extends com.google.protobuf.Message> T detail(StatusRuntimeException e, Class<T> type) {
    com.google.rpc.Status status = StatusProto.fromThrowable(e);
    if (status == null) {
      throw new AssertionError("no google.rpc.Status in " + e);
    }
    for (Any any : status.getDetailsList()) {
      if (any.is(type)) {
        try {
          return any.unpack(type);
        } catch (InvalidProtocolBufferException ex) {
          throw new AssertionError(ex);
        }
      }
    }
    throw new AssertionError("no " + type.getSimpleName() + " in " + status);
  }
}
