package dev.articles.pipeline;

import dev.articles.facts.ExtractedFact;
import dev.articles.facts.FactExtractor;
import dev.articles.facts.Gazetteer;
import dev.articles.facts.Span;
import dev.articles.ingest.Block;
import dev.articles.ingest.Issue;
import dev.articles.ingest.ParsedArticle;
import dev.articles.ingest.SeedFile;
import dev.articles.store.StoredArticle;
import dev.articles.store.StoredFact;
import dev.articles.text.MatchText;
import dev.articles.v1.Article;
import dev.articles.v1.BlockKind;
import dev.articles.v1.Dateline;
import dev.articles.v1.EntityRef;
import dev.articles.v1.EntityType;
import dev.articles.v1.Image;
import dev.articles.v1.MonthNaming;
import dev.articles.v1.TextDirection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds the stored form of an article: its API messages, pre-serialized, and its filterable values. */
final class ArticleAssembler {
  private ArticleAssembler() {}

  private static final FactExtractor EXTRACTOR = new FactExtractor(Gazetteer.standard());

  /** The stored form of a parsed seed: its facts extracted, its messages built and serialized. */
  static StoredArticle assemble(SeedFile seed, ParsedArticle parsed, Instant ingestTime) {
    FactExtractor.Extraction extraction = EXTRACTOR.extract(parsed);
    FactAssembler facts = new FactAssembler(seed.articleId(), seed.digest());
    List<StoredFact> stored = new ArrayList<>(extraction.facts().size());
    for (ExtractedFact f : extraction.facts()) {
      stored.add(facts.assemble(f, partText(parsed, f.span())));
    }
    Article.Builder builder = article(seed, parsed, ingestTime).toBuilder().setFactCount(stored.size());
    List<String> entityIds = new ArrayList<>();
    Map<String, String> aliases = new HashMap<>();
    for (FactExtractor.EntityCount e : extraction.entities()) {
      builder.addEntities(EntityRef.newBuilder()
          .setId(e.entity().id())
          .setCanonicalName(e.entity().canonicalName())
          .setType(EntityType.valueOf("ENTITY_TYPE_" + e.entity().type().name()))
          .setMentionCount(e.mentions()));
      entityIds.add(e.entity().id());
      if (Gazetteer.standard().keysOf(e.entity().id()).isEmpty()) {
        // Gazetteer names are stored once for all articles (Backend); only speakers it lacks are added here.
        aliases.put(e.entity().id(), e.entity().id());
        aliases.put(MatchText.key(e.entity().canonicalName()), e.entity().id());
        e.aliases().forEach(a -> aliases.putIfAbsent(MatchText.key(a), e.entity().id()));
      }
    }
    Article full = builder.build();
    Article basic = full.toBuilder().clearBody().build();
    List<String> sourceKeys = parsed.sources().stream().map(MatchText::key).toList();
    return new StoredArticle(seed.articleId(), seed.fileName(), seed.digest(),
        parsed.dateline() == null ? null : parsed.dateline().date(), parsed.languageCode(), sourceKeys,
        entityIds, aliases, basic.toByteArray(), full.toByteArray(), stored);
  }

  /** The stored text a span's offsets index into. */
  static String partText(ParsedArticle p, Span span) {
    switch (span.part()) {
      case TITLE:
        return p.title();
      case SUBTITLE:
        return p.subtitle();
      case LEAD:
        return p.lead();
      case IMAGE_CAPTION:
        return p.imageCaption();
      default:
        return p.body().get(span.block()).text();
    }
  }

  static Article article(SeedFile seed, ParsedArticle p, Instant ingestTime) {
    Article.Builder a = Article.newBuilder()
        .setName("articles/" + seed.articleId())
        .setTitle(p.title())
        .setSubtitle(p.subtitle())
        .setLead(p.lead())
        .setLanguageCode(p.languageCode())
        .setTextDirection(p.rightToLeft() ? TextDirection.TEXT_DIRECTION_RTL : TextDirection.TEXT_DIRECTION_LTR)
        .addAllSources(p.sources())
        .setWordCount(p.wordCount())
        .setContentDigest(seed.digest())
        .setSourceFile(seed.fileName())
        .setIngestTime(Protos.timestamp(ingestTime));
    if (p.dateline() != null) {
      Dateline.Builder d = Dateline.newBuilder()
          .setRawText(p.dateline().rawText())
          .setWeekday(p.dateline().weekday());
      p.dateline().namings().forEach(n -> d.addMonthNamings(MonthNaming.valueOf("MONTH_NAMING_" + n.name())));
      a.setDateline(d);
      if (p.dateline().date() != null) {
        a.setPublishedDate(Protos.date(p.dateline().date()));
      }
    }
    if (!p.imageCaption().isEmpty() || !p.imageCredit().isEmpty()) {
      a.setImage(Image.newBuilder().setCaption(p.imageCaption()).setCredit(p.imageCredit()));
    }
    for (Block b : p.body()) {
      a.addBodyBuilder()
          .setKind(b.kind() == Block.Kind.HEADING ? BlockKind.BLOCK_KIND_HEADING : BlockKind.BLOCK_KIND_PARAGRAPH)
          .setText(b.text());
    }
    for (Issue w : p.warnings()) {
      a.addWarnings(Protos.issue(w));
    }
    return a.build();
  }
}
