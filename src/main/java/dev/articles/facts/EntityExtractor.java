package dev.articles.facts;

import java.util.ArrayList;
import java.util.List;

/** Finds mentions of gazetteer entities, through clitics (والعراق, بالعراق, للعراق), longest name first. */
final class EntityExtractor {
  private final Gazetteer gazetteer;

  EntityExtractor(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
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
    return out;
  }

  private int matchAt(TextUnit unit, Tokens t, int i, List<Mention> out) {
    if (!t.get(i).word()) {
      return i + 1;
    }
    for (Clitics.Bare bare : Clitics.forms(t.get(i).norm())) {
      for (Gazetteer.Alias alias : gazetteer.startingWith(bare.form())) {
        int n = alias.words().length;
        if (i + n <= t.size() && SpeakerParser.matches(t, i, alias.words())) {
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
