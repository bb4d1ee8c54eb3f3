package dev.articles.store;

/**
 * One fact, ready to store.
 *
 * @param factId the fact ID, unique within its article
 * @param kind the kind, such as {@code QUOTE}
 * @param speakerKey a quote's normalized speaker name, or null
 * @param entityId the entity the fact is about or by, or null
 * @param proto the serialized {@code Fact}
 */
public record StoredFact(String factId, String kind, String speakerKey, String entityId, byte[] proto) {}
