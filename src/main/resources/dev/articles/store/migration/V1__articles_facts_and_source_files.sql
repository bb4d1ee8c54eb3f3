-- Version 1: articles, their facts, sources and entities, and the outcome of every seed file.
-- Each article row holds its response messages pre-serialized (BASIC and FULL views), so reads do no
-- reassembly; typed columns exist only for what is filtered or sorted.

CREATE TABLE article (
  id             VARCHAR(128) PRIMARY KEY,
  source_file    VARCHAR(255) NOT NULL,
  content_digest CHAR(64)     NOT NULL,
  published_date DATE,
  language_code  VARCHAR(35)  NOT NULL,
  basic_view     VARBINARY    NOT NULL,
  full_view      VARBINARY    NOT NULL
);

-- Sources and entities are stored by their normalized key, for exact filters.
CREATE TABLE article_source (
  article_id VARCHAR(128) NOT NULL REFERENCES article (id) ON DELETE CASCADE,
  source_key VARCHAR(255) NOT NULL,
  PRIMARY KEY (article_id, source_key)
);
CREATE INDEX article_source_by_key ON article_source (source_key, article_id);

CREATE TABLE article_entity (
  article_id VARCHAR(128) NOT NULL REFERENCES article (id) ON DELETE CASCADE,
  entity_id  VARCHAR(128) NOT NULL,
  PRIMARY KEY (article_id, entity_id)
);
CREATE INDEX article_entity_by_entity ON article_entity (entity_id, article_id);

-- Every name and alias of an entity, normalized, so filters accept any of them.
CREATE TABLE entity_alias (
  alias_key VARCHAR(255) NOT NULL,
  entity_id VARCHAR(128) NOT NULL,
  PRIMARY KEY (alias_key, entity_id)
);

-- Facts in article order: (article_id, ordinal) is both the key and the list order.
CREATE TABLE fact (
  article_id  VARCHAR(128) NOT NULL REFERENCES article (id) ON DELETE CASCADE,
  ordinal     INT          NOT NULL,
  fact_id     VARCHAR(64)  NOT NULL,
  kind        VARCHAR(16)  NOT NULL,
  speaker_key VARCHAR(255),
  entity_id   VARCHAR(128),
  proto       VARBINARY    NOT NULL,
  PRIMARY KEY (article_id, ordinal),
  CONSTRAINT fact_name UNIQUE (article_id, fact_id)
);

-- The last outcome for every seed file: ingested or refused, with the stat used for cheap change checks.
CREATE TABLE source_file (
  file_name      VARCHAR(255) PRIMARY KEY,
  article_id     VARCHAR(128),
  refused        BOOLEAN      NOT NULL,
  content_digest CHAR(64),
  size_bytes     BIGINT       NOT NULL,
  modified_ms    BIGINT       NOT NULL,
  proto          VARBINARY    NOT NULL
);

-- Server-wide settings, such as the key that signs page tokens and cursors.
CREATE TABLE setting (
  name  VARCHAR(64) PRIMARY KEY,
  setting_value VARBINARY NOT NULL
);
