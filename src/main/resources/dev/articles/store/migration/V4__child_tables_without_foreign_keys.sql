-- Version 4: the child tables of article lose their foreign keys and secondary indexes. Each foreign key
-- made H2 keep a second index on article_id beside the primary key that already starts with it, and check
-- the parent on every insert; the writer deletes an article's children itself, in the same transaction.
-- The by-entity and by-source indexes served no query: filters probe (article_id, …) per article.

CREATE TABLE fact_v4 (
  article_id  VARCHAR(128) NOT NULL,
  ordinal     INT          NOT NULL,
  fact_id     VARCHAR(64)  NOT NULL,
  kind        VARCHAR(16)  NOT NULL,
  speaker_key VARCHAR(255),
  entity_id   VARCHAR(128),
  proto       VARBINARY    NOT NULL,
  PRIMARY KEY (article_id, ordinal)
);
INSERT INTO fact_v4 SELECT article_id, ordinal, fact_id, kind, speaker_key, entity_id, proto FROM fact;
DROP TABLE fact;
ALTER TABLE fact_v4 RENAME TO fact;

CREATE TABLE article_source_v4 (
  article_id VARCHAR(128) NOT NULL,
  source_key VARCHAR(255) NOT NULL,
  PRIMARY KEY (article_id, source_key)
);
INSERT INTO article_source_v4 SELECT article_id, source_key FROM article_source;
DROP TABLE article_source;
ALTER TABLE article_source_v4 RENAME TO article_source;

CREATE TABLE article_entity_v4 (
  article_id VARCHAR(128) NOT NULL,
  entity_id  VARCHAR(128) NOT NULL,
  PRIMARY KEY (article_id, entity_id)
);
INSERT INTO article_entity_v4 SELECT article_id, entity_id FROM article_entity;
DROP TABLE article_entity;
ALTER TABLE article_entity_v4 RENAME TO article_entity;
