package dev.articles.pipeline;

import com.google.protobuf.Timestamp;
import com.google.rpc.ErrorInfo;
import dev.articles.ingest.Issue;
import dev.articles.v1.IngestIssue;
import dev.articles.v1.Severity;
import java.time.Instant;
import java.time.LocalDate;

/** Conversions from ingest values to API messages that more than one assembler needs. */
final class Protos {
  private Protos() {}

  static IngestIssue issue(Issue issue) {
    return IngestIssue.newBuilder()
        .setSeverity(issue.severity() == Issue.Severity.ERROR ? Severity.SEVERITY_ERROR : Severity.SEVERITY_WARNING)
        .setMessage(issue.message())
        .setErrorInfo(ErrorInfo.newBuilder()
            .setReason(issue.reason())
            .setDomain(Issue.DOMAIN)
            .putAllMetadata(issue.metadata()))
        .build();
  }

  static Timestamp timestamp(Instant instant) {
    return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
  }

  static com.google.type.Date date(LocalDate date) {
    return com.google.type.Date.newBuilder()
        .setYear(date.getYear()).setMonth(date.getMonthValue()).setDay(date.getDayOfMonth()).build();
  }
}
