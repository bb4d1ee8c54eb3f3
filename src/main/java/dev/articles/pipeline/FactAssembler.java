package dev.articles.pipeline;

import dev.articles.facts.ExtractedFact;
import dev.articles.facts.Span;
import dev.articles.ingest.SeedReader;
import dev.articles.store.StoredFact;
import dev.articles.text.MatchText;
import dev.articles.v1.ArticlePart;
import dev.articles.v1.Bound;
import dev.articles.v1.EntityMention;
import dev.articles.v1.EntityType;
import dev.articles.v1.Evidence;
import dev.articles.v1.Fact;
import dev.articles.v1.FactKind;
import dev.articles.v1.Figure;
import dev.articles.v1.Granularity;
import dev.articles.v1.MonthNaming;
import dev.articles.v1.PeriodPart;
import dev.articles.v1.Quote;
import dev.articles.v1.Speaker;
import dev.articles.v1.SpeakerType;
import dev.articles.v1.TemporalExpression;
import dev.articles.v1.TextSpan;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Builds {@code Fact} messages and their stored rows from extracted facts. */
final class FactAssembler {
  private final String articleId;
  private final String digest;
  private final Map<String, Integer> occurrences = new HashMap<>();

  FactAssembler(String articleId, String digest) {
    this.articleId = articleId;
    this.digest = digest;
  }

  /**
   * The stored form of one fact. Its ID comes from its kind and normalized text (and, for repeats, how
   * many times that text came before), so re-ingesting an unchanged file gives the same names, and an
   * edit elsewhere in the article does not rename it.
   */
  StoredFact assemble(ExtractedFact f, String fullText) {
    String id = id(f);
    Fact.Builder fact = Fact.newBuilder()
        .setName("articles/" + articleId + "/facts/" + id)
        .setKind(FactKind.valueOf("FACT_KIND_" + f.kind().name()))
        .setText(f.text())
        .setEvidence(Evidence.newBuilder()
            .setSpan(span(f.span(), fullText))
            .setText(f.text())
            .setContentDigest(digest));
    String speakerKey = null;
    String entityId = null;
    switch (f.kind()) {
      case QUOTE:
        ExtractedFact.Speaker s = f.quote().speaker();
        fact.setQuote(Quote.newBuilder()
            .setSpeaker(Speaker.newBuilder().setName(s.name()).setRole(s.role())
                .setType(SpeakerType.valueOf("SPEAKER_TYPE_" + (s.type() == ExtractedFact.SpeakerType.UNKNOWN
                    ? "UNSPECIFIED" : s.type().name())))
                .setEntityId(s.entityId()))
            .setReportingVerb(f.quote().verb())
            .setSpeakerInferred(f.quote().inferred()));
        speakerKey = s.name().isEmpty() ? null : MatchText.key(s.name());
        entityId = s.entityId().isEmpty() ? null : s.entityId();
        break;
      case FIGURE:
        fact.setFigure(Figure.newBuilder()
            .setValue(f.figure().value())
            .setUnit(f.figure().unit())
            .setApproximate(f.figure().approximate())
            .setBound(f.figure().bound() == ExtractedFact.Bound.EXACT ? Bound.BOUND_UNSPECIFIED
                : Bound.valueOf("BOUND_" + f.figure().bound().name()))
            .setUpperValue(f.figure().upper()));
        break;
      case DATE:
        fact.setDate(date(f.date()));
        break;
      case ENTITY:
        fact.setEntity(EntityMention.newBuilder()
            .setEntityId(f.entity().id())
            .setCanonicalName(f.entity().canonicalName())
            .setType(EntityType.valueOf("ENTITY_TYPE_" + f.entity().type().name())));
        entityId = f.entity().id();
        break;
      default:
        throw new IllegalArgumentException("unknown kind " + f.kind());
    }
    return new StoredFact(id, f.kind().name(), speakerKey, entityId, fact.build().toByteArray());
  }

  private String id(ExtractedFact f) {
    String prefix = f.kind().name().toLowerCase(java.util.Locale.ROOT);
    if (f.kind() == ExtractedFact.Kind.ENTITY) {
      return prefix + "-" + f.entity().id();
    }
    String key = prefix + "\u0000" + MatchText.key(f.text());
    int n = occurrences.merge(key, 1, Integer::sum);
    return prefix + "-" + SeedReader.sha256((key + "\u0000" + n).getBytes(StandardCharsets.UTF_8)).substring(0, 10);
  }

  /** The span in code points of the part's stored text, as the API defines offsets. */
  static TextSpan span(Span s, String partText) {
    return TextSpan.newBuilder()
        .setPart(ArticlePart.valueOf("ARTICLE_PART_" + s.part().name()))
        .setBlockIndex(s.block())
        .setStartOffset(partText.codePointCount(0, s.start()))
        .setEndOffset(partText.codePointCount(0, s.end()))
        .build();
  }

  private static TemporalExpression date(ExtractedFact.DateMention d) {
    TemporalExpression.Builder t = TemporalExpression.newBuilder()
        .setGranularity(Granularity.valueOf("GRANULARITY_" + (d.granularity() == ExtractedFact.Granularity.NONE
            ? "UNSPECIFIED" : d.granularity().name())))
        .setRelative(d.relative())
        .setPeriodPart(d.periodPart() == ExtractedFact.PeriodPart.WHOLE ? PeriodPart.PERIOD_PART_UNSPECIFIED
            : PeriodPart.valueOf("PERIOD_PART_" + d.periodPart().name()));
    d.namings().forEach(n -> t.addMonthNamings(MonthNaming.valueOf("MONTH_NAMING_" + n.name())));
    if (d.date() != null) {
      com.google.type.Date.Builder date = com.google.type.Date.newBuilder().setYear(d.date().getYear());
      if (d.granularity() != ExtractedFact.Granularity.YEAR) {
        date.setMonth(d.date().getMonthValue());
      }
      if (d.granularity() == ExtractedFact.Granularity.DAY) {
        date.setDay(d.date().getDayOfMonth());
      }
      t.setDate(date);
    }
    return t.build();
  }
}
