package dev.articles.facts;

import dev.articles.ingest.SeedParser;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Short articles for the tests of this package: a dated title, a lead, the given body paragraphs and a source
 * list, read by the standard extractor, with the facts or the quotations' speakers it finds in them.
 */
final class FactFixtures {
  private static final Gazetteer GAZETTEER = Gazetteer.standard();

  private FactFixtures() {}

  /** The facts of an article made of a title and body paragraphs. */
  static List<ExtractedFact> facts(String title, String... paragraphs) throws Exception {
    return factsWithDek(title, "مسؤولون يتحدثون عن الأوضاع في المنطقة", paragraphs);
  }

  /** The speakers of an article's quotations, with a dek of its own. */
  static List<String> speakersWithDek(String title, String dek, String... paragraphs) throws Exception {
    return speakerNames(factsWithDek(title, dek, paragraphs));
  }

  private static List<ExtractedFact> factsWithDek(String title, String dek, String... paragraphs) throws Exception {
    String text = "الأحد 3 مارس 2024\n\n" + title + "\n\n" + dek + "\n" + dek + " (رويترز)\n"
        + "تحدث مسؤولون عن الأوضاع الراهنة في المنطقة.\n\n" + String.join("\n\n", paragraphs)
        + "\n\nالمصادر:\nرويترز\n";
    return new FactExtractor(GAZETTEER).extract(SeedParser.parse("t.txt", text.getBytes(StandardCharsets.UTF_8)))
        .facts();
  }

  /** The quotations of an article made of a title and body paragraphs, in reading order. */
  static List<ExtractedFact> quotes(String title, String... paragraphs) throws Exception {
    return facts(title, paragraphs).stream().filter(f -> f.kind() == ExtractedFact.Kind.QUOTE).toList();
  }

  /** The speakers of an article's quotations, in reading order. */
  static List<String> speakers(String title, String... paragraphs) throws Exception {
    return speakerNames(facts(title, paragraphs));
  }

  /** The texts of an article's quotations, in reading order. */
  static List<String> quoteTexts(String title, String... paragraphs) throws Exception {
    return quotes(title, paragraphs).stream().map(ExtractedFact::text).toList();
  }

  private static List<String> speakerNames(List<ExtractedFact> facts) {
    return facts.stream().filter(f -> f.kind() == ExtractedFact.Kind.QUOTE).map(f -> f.quote().speaker().name())
        .toList();
  }
}
