package dev.articles.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The telemetry flags, as both the default command and {@code serve} parse them. */
class TelemetryOptionsTest {
  private static TelemetryOptions parse(String... args) {
    CommandLine cli = Main.commandLine();
    cli.parseArgs(args);
    Main main = cli.getCommand();
    return main.serve.telemetry;
  }

  @Test
  void defaults_requestLogOnMetricsOn9464() {
    // The environment twins are unset in the build; if they were, these would be their values.
    if (System.getenv("ARTICLES_REQUEST_LOG") == null && System.getenv("ARTICLES_METRICS_PORT") == null) {
      TelemetryOptions o = parse();
      assertTrue(o.requestLog);
      assertEquals(9464, o.metricsPort);
      assertEquals(" request-log=true metrics-port=9464", o.describe());
    }
  }

  @Test
  void flags_turnEachPartOffOrMoveIt() {
    assertFalse(parse("--no-request-log").requestLog);
    assertTrue(parse("--request-log").requestLog);
    assertEquals(-1, parse("--metrics-port", "-1").metricsPort);
    assertEquals(0, parse("--metrics-port=0").metricsPort);
    assertEquals(9100, parse("--metrics-port", "9100").metricsPort);
  }

  @Test
  void serveSubcommand_hasTheSameFlags() {
    CommandLine cli = Main.commandLine();
    CommandLine.ParseResult r = cli.parseArgs("serve", "--no-request-log", "--metrics-port", "-1");
    ServeCommand serve = r.subcommand().commandSpec().commandLine().getCommand();
    assertFalse(serve.options.telemetry.requestLog);
    assertEquals(-1, serve.options.telemetry.metricsPort);
  }

  @Test
  void badMetricsPort_printsUsageAndExits2() {
    for (String bad : new String[] {"70000", "-2", "http"}) {
      CommandLine cli = Main.commandLine();
      StringWriter err = new StringWriter();
      cli.setErr(new PrintWriter(err));
      assertEquals(2, cli.execute("--metrics-port", bad), bad);
      assertTrue(err.toString().contains("--metrics-port"), err.toString());
      assertTrue(err.toString().contains("Usage:"), err.toString());
    }
  }
}
