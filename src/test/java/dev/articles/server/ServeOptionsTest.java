package dev.articles.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ServeOptionsTest {
  private static ServeOptions parse(String... args) {
    ServeCommand command = new ServeCommand();
    new CommandLine(command).parseArgs(args);
    return command.options;
  }

  @Test
  void watch_isOnByDefault_andNegatable() {
    // The environment of the build does not set ARTICLES_WATCH; these are the flag's own defaults.
    assertTrue(parse().watch);
    assertFalse(parse("--no-watch").watch);
    assertTrue(parse("--watch").watch);
    assertTrue(parse().describe().contains("watch=true"));
  }

  @Test
  void changeRetention_hasDocumentedDefaults_andTakesFlags() {
    ServeOptions defaults = parse();
    assertEquals(3600, defaults.changeRetentionSeconds);
    assertEquals(100_000, defaults.changeRetentionEvents);
    ServeOptions set = parse("--change-retention-seconds", "60", "--change-retention-events", "500");
    assertEquals(60, set.changeRetentionSeconds);
    assertEquals(500, set.changeRetentionEvents);
  }

  @Test
  void cache_isAQuarterOfTheHeapByDefault_warmed_andTakesMegabytes() {
    ServeOptions defaults = parse();
    assertEquals(Runtime.getRuntime().maxMemory() / 4, defaults.cacheBytes);
    assertTrue(defaults.warmCache);
    assertEquals(64L << 20, parse("--cache-mb", "64").cacheBytes);
    assertEquals(0, parse("--cache-mb=0", "--no-warm-cache").cacheBytes);
    assertFalse(parse("--no-warm-cache").warmCache);
    assertTrue(parse("--cache-mb", "64").describe().contains("cache-mb=64 warm-cache=true"));
  }

  @Test
  void cache_refusesWhatIsNotASize() {
    for (String bad : new String[] {"lots", "-1", "1.5"}) {
      CommandLine.ParameterException e = org.junit.jupiter.api.Assertions.assertThrows(
          CommandLine.ParameterException.class, () -> parse("--cache-mb", bad), bad);
      assertTrue(e.getMessage().contains("--cache-mb") && e.getMessage().contains(bad), e.getMessage());
    }
  }
}
