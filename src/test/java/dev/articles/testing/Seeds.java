package dev.articles.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes seed files for tests: the real seed, and variants of it. */
public final class Seeds {
  /** The seed every test starts from, as shipped in {@code seeds/}. */
  public static final Path SEED = Path.of("seeds/000_eb0e55b8ce852041.txt");
  public static final String SEED_ID = "000_eb0e55b8ce852041";
  public static final String SEED_NAME = "articles/" + SEED_ID;

  private Seeds() {}

  /** The real seed's text. */
  public static String seedText() throws IOException {
    return Files.readString(SEED, StandardCharsets.UTF_8);
  }

  /** Copies the real seed into {@code dir}. */
  public static Path copySeed(Path dir) throws IOException {
    return Files.copy(SEED, dir.resolve(SEED.getFileName()));
  }

  /** Writes a variant of the seed as {@code id.txt}, with another date line and sources line. */
  public static Path variant(Path dir, String id, String dateline, String sources) throws IOException {
    String text = seedText()
        .replace("الثلاثاء 16 أبريل / أبريل 2024", dateline)
        .replace("العربي، وكالات", sources);
    return write(dir, id, text);
  }

  /** Writes {@code text} as {@code id.txt} in UTF-8. */
  public static Path write(Path dir, String id, String text) throws IOException {
    return Files.writeString(dir.resolve(id + ".txt"), text, StandardCharsets.UTF_8);
  }
}
