package dev.articles.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articles.query.FilterParser;
import dev.articles.query.FilterSchema;
import dev.articles.testing.StoreFixtures;
import dev.articles.v1.FactKind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChangeLogTest {
  private static final Instant T0 = Instant.parse("2024-04-16T08:00:00Z");

  private Database db;
  private ChangeLog log;

  @BeforeEach
  void open() {
    db = Database.open("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", 4);
    log = db.changes();
    at(T0);
  }

  @AfterEach
  void close() {
    db.close();
  }

  private void at(Instant now) {
    log.useClock(Clock.fixed(now, ZoneOffset.UTC));
  }

  private List<ChangeLog.Event> events() {
    return log.after(0, 100);
  }

  private List<String> articlesAt(long snapshot) throws Exception {
    return new ArticleReads(db).page(FilterParser.parse("", FilterSchema.ARTICLES), "", 100, false, snapshot)
        .stream().map(ArticleReads.Row::id).toList();
  }

  @Test
  void writes_numberEachChange_withItsKindAndDigest() {
    StoreFixtures.articleWithFacts(db, "a", FactKind.FACT_KIND_QUOTE);
    StoreFixtures.articleWithFacts(db, "a", FactKind.FACT_KIND_FIGURE);
    new ArticleWriter(db).apply(new ArticleWriter.Batch(List.of(), List.of("a", "never-stored"), List.of(), List.of()));

    List<ChangeLog.Event> events = events();
    assertEquals(List.of(1L, 2L, 3L), events.stream().map(ChangeLog.Event::seq).toList());
    assertEquals(List.of(ChangeLog.Kind.CREATED, ChangeLog.Kind.UPDATED, ChangeLog.Kind.DELETED),
        events.stream().map(ChangeLog.Event::kind).toList());
    assertEquals("0".repeat(64), events.get(1).contentDigest());
    assertNull(events.get(2).contentDigest(), "a delete has no new digest; an unknown ID is no change");
    assertEquals(T0.toEpochMilli(), events.get(0).timeMillis());
    assertEquals(3, log.head());
  }

  @Test
  void snapshotReads_seeEachVersionInItsOwnRange() throws Exception {
    StoreFixtures.articleWithFacts(db, "a", FactKind.FACT_KIND_QUOTE);
    StoreFixtures.articleWithFacts(db, "b", FactKind.FACT_KIND_QUOTE);
    StoreFixtures.articleWithFacts(db, "a", FactKind.FACT_KIND_FIGURE, FactKind.FACT_KIND_DATE);
    new ArticleWriter(db).apply(new ArticleWriter.Batch(List.of(), List.of("b"), List.of(), List.of()));

    assertEquals(List.of(), articlesAt(0));
    assertEquals(List.of("a"), articlesAt(1));
    assertEquals(List.of("a", "b"), articlesAt(3));
    assertEquals(List.of("a"), articlesAt(4));
    FactReads facts = new FactReads(db);
    var all = FilterParser.parse("", FilterSchema.FACTS);
    assertEquals(1, facts.page("a", all, FactReads.Key.START, 100, 2).size(), "a's first version had one fact");
    assertEquals(2, facts.page("a", all, FactReads.Key.START, 100, 3).size());
    assertEquals(1, facts.page("b", all, FactReads.Key.START, 100, 3).size(), "b's facts outlive b at 3");
    assertTrue(new ArticleReads(db).existsAt("b", 3));
    assertTrue(!new ArticleReads(db).existsAt("b", 4));
  }

  @Test
  void pruning_dropsEventsAndPreImagesOlderThanTheWindow() throws Exception {
    log.retain(Duration.ofMinutes(10), 1000);
    StoreFixtures.articleWithFacts(db, "a", FactKind.FACT_KIND_QUOTE);
    StoreFixtures.articleWithFacts(db, "a", FactKind.FACT_KIND_FIGURE);
    at(T0.plus(Duration.ofMinutes(5)));
    StoreFixtures.articleWithFacts(db, "b", FactKind.FACT_KIND_QUOTE);
    assertEquals(0, log.prunedThrough(), "nothing is older than ten minutes yet");
    assertEquals(List.of("a"), articlesAt(1), "a's first version is still kept");

    at(T0.plus(Duration.ofMinutes(11)));
    StoreFixtures.articleWithFacts(db, "c", FactKind.FACT_KIND_QUOTE);
    assertEquals(2, log.prunedThrough(), "the two changes at T0 are past the window; the one at T0+5 is not");
    assertEquals(List.of(3L, 4L), events().stream().map(ChangeLog.Event::seq).toList());
    assertEquals(List.of(), articlesAt(1), "the pre-image a snapshot at 1 needed is gone");
  }

  @Test
  void pruning_keepsAtMostTheEventCap() {
    log.retain(Duration.ofDays(1), 2);
    for (String id : List.of("a", "b", "c", "d", "e")) {
      StoreFixtures.articleWithFacts(db, id, FactKind.FACT_KIND_QUOTE);
    }
    assertEquals(3, log.prunedThrough());
    assertEquals(List.of(4L, 5L), events().stream().map(ChangeLog.Event::seq).toList());
  }

  @Test
  void head_andHorizon_surviveAReopen() {
    String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    try (Database first = Database.open(url, 2)) {
      first.changes().retain(Duration.ofDays(1), 1);
      StoreFixtures.articleWithFacts(first, "a", FactKind.FACT_KIND_QUOTE);
      StoreFixtures.articleWithFacts(first, "b", FactKind.FACT_KIND_QUOTE);
      StoreFixtures.articleWithFacts(first, "c", FactKind.FACT_KIND_QUOTE);
    }
    try (Database again = Database.open(url, 2)) {
      assertEquals(3, again.changes().head());
      assertEquals(2, again.changes().prunedThrough());
    }
  }
}
