-- Version 5: a sequence number per article change, the change log that WatchArticles serves, and the
-- pre-images that let a listing or a stream read the corpus as of the moment it started.
--
-- Every change to an article (created, updated, deleted) takes the next number, in commit order: the writer
-- commits one change set at a time. The article row and its facts carry the number of the change that wrote
-- them. When a later change replaces or deletes them, the old rows are copied, in that change's transaction,
-- to the *_history tables, valid from their own number up to (not including) the superseding change's.
-- A reader at snapshot S sees current rows with seq <= S, plus history rows with valid_from <= S < valid_to.
-- Rows written before this version have seq 0.

ALTER TABLE article ADD COLUMN seq BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE fact ADD COLUMN seq BIGINT DEFAULT 0 NOT NULL;

-- One event per change, for WatchArticles; kind is CREATED, UPDATED or DELETED, the digest is null on delete.
CREATE TABLE change_log (
  seq            BIGINT       PRIMARY KEY,
  article_id     VARCHAR(128) NOT NULL,
  kind           VARCHAR(8)   NOT NULL,
  content_digest CHAR(64),
  change_ms      BIGINT       NOT NULL
);
-- Pruning by age finds the newest expired event through this index instead of scanning the log.
CREATE INDEX change_log_by_time ON change_log (change_ms);

-- One row: the last number used, and the number through which events and pre-images have been pruned
-- (tokens and snapshots older than it are refused, never answered with gaps).
CREATE TABLE change_head (
  id             INT    PRIMARY KEY,
  last_seq       BIGINT NOT NULL,
  pruned_through BIGINT NOT NULL
);
INSERT INTO change_head (id, last_seq, pruned_through) VALUES (1, 0, 0);

-- Superseded article versions, with the stored views, so snapshot reads stay a splice of stored bytes.
CREATE TABLE article_history (
  id             VARCHAR(128) NOT NULL,
  valid_to       BIGINT       NOT NULL,
  valid_from     BIGINT       NOT NULL,
  source_file    VARCHAR(255) NOT NULL,
  content_digest CHAR(64)     NOT NULL,
  published_date DATE,
  language_code  VARCHAR(35)  NOT NULL,
  basic_view     VARBINARY    NOT NULL,
  full_view      VARBINARY    NOT NULL,
  PRIMARY KEY (id, valid_to)
);
CREATE INDEX article_history_by_valid_to ON article_history (valid_to);

-- What the article filters test (sources, entities) for each superseded version, keyed like its row.
CREATE TABLE article_source_history (
  article_id VARCHAR(128) NOT NULL,
  valid_to   BIGINT       NOT NULL,
  source_key VARCHAR(255) NOT NULL,
  PRIMARY KEY (article_id, valid_to, source_key)
);
CREATE INDEX article_source_history_by_valid_to ON article_source_history (valid_to);

CREATE TABLE article_entity_history (
  article_id VARCHAR(128) NOT NULL,
  valid_to   BIGINT       NOT NULL,
  entity_id  VARCHAR(128) NOT NULL,
  PRIMARY KEY (article_id, valid_to, entity_id)
);
CREATE INDEX article_entity_history_by_valid_to ON article_entity_history (valid_to);

-- Superseded facts, in list order: (article_id, ordinal) first, so keyset pages scan the primary key.
CREATE TABLE fact_history (
  article_id  VARCHAR(128) NOT NULL,
  ordinal     INT          NOT NULL,
  valid_to    BIGINT       NOT NULL,
  valid_from  BIGINT       NOT NULL,
  fact_id     VARCHAR(64)  NOT NULL,
  kind        VARCHAR(16)  NOT NULL,
  speaker_key VARCHAR(255),
  entity_id   VARCHAR(128),
  proto       VARBINARY    NOT NULL,
  PRIMARY KEY (article_id, ordinal, valid_to)
);
CREATE INDEX fact_history_by_valid_to ON fact_history (valid_to);
