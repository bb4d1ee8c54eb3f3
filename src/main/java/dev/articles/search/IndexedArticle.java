package dev.articles.search;

import dev.articles.text.MatchText;
import dev.articles.v1.Article;
import dev.articles.v1.Block;
import dev.articles.v1.Fact;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;

/**
 * One article as the index holds it: a document for the article, and one for each of its facts, built
 * from the same messages the API serves.
 *
 * @param article the article in the FULL view
 * @param facts its facts
 * @param entityKeys for each entity ID the article mentions, every normalized name it goes by
 */
public record IndexedArticle(Article article, List<Fact> facts, Map<String, List<String>> entityKeys) {

  String id() {
    return article.getName().substring("articles/".length());
  }

  List<Document> documents() {
    List<Document> docs = new ArrayList<>(1 + facts.size());
    docs.add(articleDocument());
    for (Fact f : facts) {
      docs.add(factDocument(f));
    }
    return docs;
  }

  private Document articleDocument() {
    Document d = common(id());
    // One field, so that a query's words are scored together and Lucene can skip the documents that cannot
    // make the page (a disjunction over several fields per word could not: every match was scored). The
    // title, dek and lead go in twice, so that they weigh more; one value per part, so no phrase spans two.
    for (int i = 0; i < 2; i++) {
      d.add(new TextField(IndexFields.ARTICLE_TEXT, article.getTitle(), Field.Store.NO));
      d.add(new TextField(IndexFields.ARTICLE_TEXT, article.getSubtitle(), Field.Store.NO));
      d.add(new TextField(IndexFields.ARTICLE_TEXT, article.getLead(), Field.Store.NO));
    }
    for (Block b : article.getBodyList()) {
      d.add(new TextField(IndexFields.ARTICLE_TEXT, b.getText(), Field.Store.NO));
    }
    if (article.hasPublishedDate()) {
      var date = article.getPublishedDate();
      d.add(new LongPoint(IndexFields.PUBLISHED_DAY,
          java.time.LocalDate.of(date.getYear(), date.getMonth(), date.getDay()).toEpochDay()));
    }
    d.add(new StringField(IndexFields.LANGUAGE, article.getLanguageCode(), Field.Store.NO));
    for (String source : article.getSourcesList()) {
      d.add(new StringField(IndexFields.SOURCE, MatchText.key(source), Field.Store.NO));
    }
    entityKeys.forEach((id, keys) -> addEntity(d, id, keys));
    return d;
  }

  /** Facts are short: length norms would cost a value per document and say little, so they are left out. */
  private static final FieldType SHORT_TEXT = shortText();

  private static FieldType shortText() {
    FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
    t.setOmitNorms(true);
    t.freeze();
    return t;
  }

  private Document factDocument(Fact f) {
    String factId = f.getName().substring(f.getName().lastIndexOf('/') + 1);
    Document d = common(id() + "/" + factId);
    d.add(new StringField(IndexFields.KIND, f.getKind().name().substring("FACT_KIND_".length()), Field.Store.NO));
    d.add(new Field(IndexFields.FACT_TEXT, f.getText(), SHORT_TEXT));
    String entityId = "";
    String named = "";
    if (f.hasQuote()) {
      var s = f.getQuote().getSpeaker();
      named = s.getName() + "\n" + s.getRole();
      d.add(new StringField(IndexFields.SPEAKER_KEY, MatchText.key(s.getName()), Field.Store.NO));
      entityId = s.getEntityId();
    } else if (f.hasEntity()) {
      named = f.getEntity().getCanonicalName();
      entityId = f.getEntity().getEntityId();
    }
    if (!named.isEmpty()) {
      // Twice, so that a speaker or an entity weighs more than a word of the text (see ARTICLE_TEXT).
      d.add(new Field(IndexFields.FACT_TEXT, named, SHORT_TEXT));
      d.add(new Field(IndexFields.FACT_TEXT, named, SHORT_TEXT));
    }
    if (!entityId.isEmpty()) {
      addEntity(d, entityId, entityKeys.getOrDefault(entityId, List.of()));
    }
    return d;
  }

  private Document common(String id) {
    Document d = new Document();
    d.add(new StringField(IndexFields.ID, id, Field.Store.YES));
    d.add(new SortedDocValuesField(IndexFields.ID, new BytesRef(id)));
    d.add(new StringField(IndexFields.ARTICLE, id(), Field.Store.NO));
    d.add(new StoredField(IndexFields.DIGEST, article.getContentDigest()));
    // Also a doc value, so the startup check reads every digest without decompressing stored documents.
    d.add(new BinaryDocValuesField(IndexFields.DIGEST, new BytesRef(article.getContentDigest())));
    return d;
  }

  private static void addEntity(Document d, String id, Collection<String> keys) {
    d.add(new StringField(IndexFields.ENTITY, id, Field.Store.NO));
    for (String key : keys) {
      d.add(new StringField(IndexFields.ENTITY, key, Field.Store.NO));
    }
  }
}
