-- Version 3: a fact is found by name through the primary key's article_id prefix (an article has tens of
-- facts), so the separate unique index on (article_id, fact_id) costs every insert without paying back.
-- Fact IDs stay unique per article by construction (kind, text and occurrence).

ALTER TABLE fact DROP CONSTRAINT fact_name;
