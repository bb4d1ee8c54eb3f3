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
}
