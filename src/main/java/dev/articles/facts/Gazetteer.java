package dev.articles.facts;

import dev.articles.text.MatchText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The curated list of people, organizations and places, with their aliases, from {@code gazetteer.tsv}.
 * Aliases are indexed by their first normalized word, so matching a text costs one map lookup per word.
 */
public final class Gazetteer {
  /** An alias as normalized words, and the entity it names. */
  record Alias(String[] words, ExtractedFact.Entity entity) {}

  private final Map<String, List<Alias>> byFirstWord = new HashMap<>();
  private final Map<String, ExtractedFact.Entity> byKey = new HashMap<>();
  private final Map<String, List<String>> aliasKeys = new HashMap<>();

  private static final Gazetteer DEFAULT = load("gazetteer.tsv");

  /** How a section of the gazetteer opens: {@code # --- Arab League member states ---}. */
  private static final String SECTION = "# --- ";

  private final java.util.Set<String> countries = new java.util.HashSet<>();

  /** The gazetteer shipped with the service. */
  public static Gazetteer standard() {
    return DEFAULT;
  }

  static Gazetteer load(String resource) {
    Gazetteer g = new Gazetteer();
    InputStream in = Gazetteer.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing resource " + resource);
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      boolean states = false;
      for (String line; (line = r.readLine()) != null; ) {
        if (line.startsWith(SECTION)) {
          states = line.contains("states"); // "Arab League member states", "Other states"
        }
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        ExtractedFact.Entity e = new ExtractedFact.Entity(cols[0].strip(),
            cols[2].strip(), ExtractedFact.EntityType.valueOf(cols[1].strip()));
        g.add(e, e.canonicalName());
        if (states && e.type() == ExtractedFact.EntityType.PLACE) {
          g.countries.add(e.id());
        }
        if (cols.length > 3) {
          for (String alias : cols[3].split("\\|")) {
            if (!alias.isBlank()) {
              g.add(e, alias.strip());
            }
          }
        }
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    g.byFirstWord.values().forEach(list -> list.sort((a, b) -> b.words().length - a.words().length));
    return g;
  }

  private void add(ExtractedFact.Entity e, String name) {
    String key = MatchText.key(name);
    String[] words = key.split(" ");
    byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Alias(words, e));
    byKey.putIfAbsent(key, e);
    aliasKeys.computeIfAbsent(e.id(), k -> new ArrayList<>()).add(key);
  }

  /** Aliases whose first word is {@code word}, longest first. */
  List<Alias> startingWith(String word) {
    return byFirstWord.getOrDefault(word, List.of());
  }

  /** Whether a whole name is a country's (listed under a section of states): السودان, مملكة البحرين. */
  public boolean isCountry(String name) {
    ExtractedFact.Entity e = lookup(name);
    return e != null && countries.contains(e.id());
  }

  /** The entity a whole name stands for, by canonical name or alias, or null. */
  public ExtractedFact.Entity lookup(String name) {
    return byKey.get(MatchText.key(name));
  }

  /** Every normalized word of every name, for analyzers that must leave names intact. */
  public java.util.Set<String> words() {
    java.util.Set<String> words = new java.util.HashSet<>();
    byFirstWord.values().forEach(list -> list.forEach(a -> words.addAll(List.of(a.words()))));
    return words;
  }

  /** Every normalized name of every entity, and its ID as a name too, by name: for the alias table. */
  public java.util.Map<String, String> aliasTable() {
    java.util.Map<String, String> table = new java.util.HashMap<>();
    aliasKeys.forEach((id, keys) -> {
      table.putIfAbsent(id, id);
      keys.forEach(k -> table.putIfAbsent(k, id));
    });
    return table;
  }

  /** Every normalized name of an entity: its canonical name and its aliases. */
  public Collection<String> keysOf(String entityId) {
    return aliasKeys.getOrDefault(entityId, List.of());
  }
}
