-- Version 2: the reasons of each seed file's issues, so operators can filter files by what went wrong.

CREATE TABLE source_file_reason (
  file_name VARCHAR(255) NOT NULL REFERENCES source_file (file_name) ON DELETE CASCADE,
  reason    VARCHAR(64)  NOT NULL,
  PRIMARY KEY (file_name, reason)
);
CREATE INDEX source_file_reason_by_reason ON source_file_reason (reason, file_name);
