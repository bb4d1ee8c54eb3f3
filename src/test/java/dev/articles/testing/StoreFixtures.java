package dev.articles.testing;

import dev.articles.store.ArticleWriter;
import dev.articles.store.Database;
import dev.articles.store.StoredArticle;
import dev.articles.store.StoredFact;
import dev.articles.v1.Article;
import dev.articles.v1.Fact;
import dev.articles.v1.FactKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes articles and facts straight into a store, for tests of the read side. */
public final class StoreFixtures {
  private StoreFixtures() {}

  /** Stores article {@code id} with {@code kinds.length} facts named {@code f0, f1, …} of those kinds. */
  public static void articleWithFacts(Database db, String id, FactKind... kinds) {
    Article article = Article.newBuilder().setName("articles/" + id).setTitle("title " + id).build();
    List<StoredFact> facts = new ArrayList<>();
    for (int i = 0; i < kinds.length; i++) {
      Fact fact = Fact.newBuilder().setName("articles/" + id + "/facts/f" + i).setKind(kinds[i])
          .setText("fact " + i).build();
      facts.add(new StoredFact("f" + i, kinds[i].name().substring("FACT_KIND_".length()), null, null,
          fact.toByteArray()));
    }
    new ArticleWriter(db).apply(new ArticleWriter.Batch(List.of(new StoredArticle(id, id + ".txt", "0".repeat(64),
        LocalDate.of(2024, 1, 1), "ar", List.of(), List.of(), Map.of(), article.toByteArray(), article.toByteArray(),
        facts)), List.of(), List.of(), List.of()));
  }
}
