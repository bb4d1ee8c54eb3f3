package dev.articles.pipeline;

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
import dev.articles.v1.Image;
import dev.articles.v1.MonthNaming;
import dev.articles.v1.TextDirection;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Builds the stored form of an article: its API messages, pre-serialized, and its filterable values. */
final class ArticleAssembler {
  private ArticleAssembler() {}

  static StoredArticle assemble(SeedFile seed, ParsedArticle parsed, Instant ingestTime) {
    Article full = article(seed, parsed, ingestTime);
    Article basic = full.toBuilder().clearBody().build();
    List<String> sourceKeys = parsed.sources().stream().map(MatchText::key).toList();
    return new StoredArticle(seed.articleId(), seed.fileName(), seed.digest(),
        parsed.dateline() == null ? null : parsed.dateline().date(), parsed.languageCode(), sourceKeys,
        List.of(), Map.of(), basic.toByteArray(), full.toByteArray(), List.<StoredFact>of());
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
