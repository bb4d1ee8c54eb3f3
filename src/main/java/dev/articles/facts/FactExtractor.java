package dev.articles.facts;

import dev.articles.facts.ExtractedFact.Entity;
import dev.articles.facts.ExtractedFact.EntityType;
import dev.articles.facts.ExtractedFact.Speaker;
import dev.articles.facts.ExtractedFact.SpeakerType;
import dev.articles.ingest.ParsedArticle;
import dev.articles.ingest.SeedReader;
import dev.articles.text.MatchText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads every fact of a parsed article: quotes with their speakers, figures, dates and entities. Pure
 * computation over the stored text; each fact's span is exact.
 */
public final class FactExtractor {
  private final Gazetteer gazetteer;

  public FactExtractor(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** An entity the article mentions, how often, and where first. */
  public record EntityCount(Entity entity, int mentions, Span first, String firstText, List<String> aliases) {}

  /** The facts of an article in reading order, and the entities it mentions, most mentioned first. */
  public record Extraction(List<ExtractedFact> facts, List<EntityCount> entities) {}

  public Extraction extract(ParsedArticle article) {
    List<TextUnit> units = TextUnit.of(article);
    LocalDate date = article.dateline() == null ? null : article.dateline().date();
    List<ExtractedFact> facts = new ArrayList<>();
    facts.addAll(new QuoteExtractor(gazetteer).extract(units));
    facts.addAll(new FigureExtractor().extract(units));
    facts.addAll(new DateExtractor(date).extract(units));

    Map<String, EntityCount> entities = new LinkedHashMap<>();
    for (EntityExtractor.Mention m : new EntityExtractor(gazetteer).mentions(units)) {
      entities.merge(m.entity().id(), new EntityCount(m.entity(), 1, m.span(), m.text(), List.of()),
          (a, b) -> new EntityCount(a.entity(), a.mentions() + 1, a.first(), a.firstText(), List.of()));
    }
    addSpeakers(units, facts, entities);
    for (EntityCount e : entities.values()) {
      facts.add(new ExtractedFact(ExtractedFact.Kind.ENTITY, e.first(), e.firstText(), null, null, null, e.entity()));
    }
    facts.sort(readingOrder(units));
    List<EntityCount> ranked = new ArrayList<>(entities.values());
    ranked.sort(Comparator.comparingInt(EntityCount::mentions).reversed());
    return new Extraction(facts, ranked);
  }

  /** Speakers the gazetteer does not know become entities too, so filters by speaker and entity find them. */
  private void addSpeakers(List<TextUnit> units, List<ExtractedFact> facts, Map<String, EntityCount> entities) {
    for (int k = 0; k < facts.size(); k++) {
      ExtractedFact f = facts.get(k);
      if (f.kind() != ExtractedFact.Kind.QUOTE) {
        continue;
      }
      Speaker s = f.quote().speaker();
      if (s.name().isEmpty() || s.type() == SpeakerType.DOCUMENT || s.type() == SpeakerType.UNKNOWN
          || s.type() == SpeakerType.PERSON && s.name().equals(s.role())) {
        continue; // an unnamed source (مسؤول حكومي) is no one to list or filter by
      }
      String id = s.entityId();
      if (id.isEmpty()) {
        String bare = withoutRank(s.name());
        EntityType type = s.type() == SpeakerType.ORGANIZATION ? EntityType.ORGANIZATION : EntityType.PERSON;
        id = (type == EntityType.PERSON ? "person-" : "org-") + SeedReader.sha256(
            MatchText.key(bare).getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 10);
        Entity entity = new Entity(id, bare, type);
        Span first = firstOccurrence(units, s.name());
        if (!entities.containsKey(id) && first != null) {
          entities.put(id, new EntityCount(entity, 1, first, s.name(), List.of(s.name(), bare)));
        }
      }
      facts.set(k, new ExtractedFact(f.kind(), f.span(), f.text(), new ExtractedFact.Quote(
          new Speaker(s.name(), s.role(), s.type(), id), f.quote().verb(), f.quote().inferred()), null, null, null));
    }
  }

  private static String withoutRank(String name) {
    List<Tokens.Token> tokens = Tokens.of(name).list();
    if (tokens.size() > 1 && Lexicon.RANKS.contains(tokens.get(0).norm())) {
      return name.substring(tokens.get(1).start());
    }
    return name;
  }

  /** Where a speaker's name first appears, or null. */
  private static Span firstOccurrence(List<TextUnit> units, String name) {
    for (TextUnit u : units) {
      int at = u.text().indexOf(name);
      if (at >= 0) {
        return u.span(at, at + name.length());
      }
    }
    return null;
  }

  private static Comparator<ExtractedFact> readingOrder(List<TextUnit> units) {
    Map<String, Integer> order = new LinkedHashMap<>();
    for (int i = 0; i < units.size(); i++) {
      order.put(units.get(i).part() + "/" + units.get(i).block(), i);
    }
    return Comparator.<ExtractedFact>comparingInt(f -> order.getOrDefault(f.span().part() + "/" + f.span().block(), 0))
        .thenComparingInt(f -> f.span().start())
        .thenComparing(f -> f.kind());
  }
}
