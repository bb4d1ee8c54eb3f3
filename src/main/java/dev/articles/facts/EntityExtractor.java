package dev.articles.facts;

import java.util.ArrayList;
import java.util.List;

/** Finds mentions of gazetteer entities, through clitics (والعراق, بالعراق, للعراق), longest name first. */
final class EntityExtractor {
  private final Gazetteer gazetteer;
  /** Amman, for a bare عمان in a story from Jordan. */
  private final ExtractedFact.Entity amman;

  EntityExtractor(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.amman = gazetteer.lookup("العاصمة الأردنية عمان");
  }

  /** One mention: the entity, and the fact-shaped evidence of where it stands. */
  record Mention(ExtractedFact.Entity entity, Span span, String text) {}

  List<Mention> mentions(List<TextUnit> units) {
    List<Mention> out = new ArrayList<>();
    for (TextUnit unit : units) {
      Tokens t = unit.tokens();
      int i = 0;
      while (i < t.size()) {
        i = matchAt(unit, t, i, out);
      }
    }
    return ammanInJordan(units, out);
  }

  /**
   * عمان is Oman, and عمّان Amman, once harakat are dropped; the gazetteer gives the bare name to Oman. In
   * an article that mentions Jordan and nothing that is only Oman's (سلطنة عمان, مسقط, العماني), the bare
   * name is Amman: {@code للصحفيين في عمان} in a story from Jordan.
   */
  private List<Mention> ammanInJordan(List<TextUnit> units, List<Mention> out) {
    boolean jordan = false;
    boolean bareOman = false;
    for (Mention m : out) {
      String id = m.entity().id();
      jordan |= id.equals("jordan") || id.startsWith("jordan-");
      if (id.equals("muscat") || id.equals("oman") && m.text().contains("سلطن")) {
        return out;
      }
      bareOman |= id.equals("oman");
    }
    if (!jordan || !bareOman || amman == null || mentionsOmani(units)) {
      return out;
    }
    List<Mention> remapped = new ArrayList<>(out.size());
    for (Mention m : out) {
      remapped.add(m.entity().id().equals("oman") ? new Mention(amman, m.span(), m.text()) : m);
    }
    return remapped;
  }

  private static boolean mentionsOmani(List<TextUnit> units) {
    for (TextUnit unit : units) {
      for (Tokens.Token tok : unit.tokens().list()) {
        String w = tok.norm();
        if (w.endsWith("عماني") || w.endsWith("عمانيه") || w.endsWith("عمانيين") || w.endsWith("عمانيون")) {
          return true;
        }
      }
    }
    return false;
  }

  private int matchAt(TextUnit unit, Tokens t, int i, List<Mention> out) {
    if (!t.get(i).word()) {
      return i + 1;
    }
    for (Clitics.Bare bare : Clitics.forms(t.get(i).norm())) {
      for (Gazetteer.Alias alias : gazetteer.startingWith(bare.form())) {
        int n = alias.words().length;
        if (i + n <= t.size() && NameWords.matches(t, i, alias.words())) {
          // Evidence leaves out a stripped conjunction or preposition, except in لل, which merges into the word.
          boolean merged = bare.form().length() > t.get(i).norm().length() - bare.stripped();
          int s = t.get(i).start() + (merged ? 0 : originalLength(t, i, bare.stripped()));
          int e = t.get(i + n - 1).end();
          out.add(new Mention(alias.entity(), unit.span(s, e), unit.text().substring(s, e)));
          return i + n;
        }
      }
    }
    return i + 1;
  }

  /** How many original chars of token {@code i} make up its first {@code normalizedChars} normalized ones. */
  private static int originalLength(Tokens t, int i, int normalizedChars) {
    if (normalizedChars == 0) {
      return 0;
    }
    String original = t.original(i, i + 1);
    dev.articles.text.MatchText m = dev.articles.text.MatchText.of(original);
    return m.originStart(normalizedChars);
  }
}
