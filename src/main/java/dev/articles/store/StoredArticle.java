package dev.articles.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One article version, ready to store: its serialized views, its facts, and the typed values filters use.
 *
 * @param id the article ID
 * @param sourceFile the seed file's name
 * @param contentDigest the SHA-256 of the seed bytes
 * @param publishedDate the publication date, or null
 * @param languageCode the BCP-47 language
 * @param sourceKeys the normalized names of the sources
 * @param entityIds the IDs of the entities mentioned
 * @param entityAliases every normalized name and alias of those entities, by alias
 * @param basicView the serialized {@code Article} in the BASIC view
 * @param fullView the serialized {@code Article} in the FULL view
 * @param facts the facts, in article order
 */
public record StoredArticle(
    String id,
    String sourceFile,
    String contentDigest,
    LocalDate publishedDate,
    String languageCode,
    List<String> sourceKeys,
    List<String> entityIds,
    Map<String, String> entityAliases,
    byte[] basicView,
    byte[] fullView,
    List<StoredFact> facts) {

  public StoredArticle {
    sourceKeys = List.copyOf(sourceKeys);
    entityIds = List.copyOf(entityIds);
    entityAliases = Map.copyOf(entityAliases);
    facts = List.copyOf(facts);
  }
}
