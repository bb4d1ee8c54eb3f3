package dev.articles.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a running JVM's live heap and thread count with {@code jcmd}, from outside the process. */
public final class Jcmd {
  private static final Pattern TOTAL = Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)\\s*$");
  private static final Pattern LIVE_THREADS = Pattern.compile("java\\.threads\\.live=(\\d+)");

  private Jcmd() {}

  /**
   * The bytes of live objects, in KB: the total of a class histogram, which the JVM takes right after a full
   * GC in one safepoint. (A GC and a separate heap query would count what a busy server allocates between
   * the two attaches, about a second apart.)
   */
  public static long liveHeapKb(long pid) {
    return Long.parseLong(find(TOTAL, run(pid, "GC.class_histogram"))) / 1024;
  }

  /** The JVM's live threads, as its own counter reports them. */
  public static int liveThreads(long pid) {
    return Integer.parseInt(find(LIVE_THREADS, run(pid, "PerfCounter.print")));
  }

  private static String find(Pattern p, String out) {
    Matcher m = p.matcher(out);
    if (!m.find()) {
      throw new AssertionError("no " + p + " in jcmd output: " + out);
    }
    return m.group(1);
  }

  private static String run(long pid, String command) {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    try {
      Process p = new ProcessBuilder(jcmd.toString(), Long.toString(pid), command).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new AssertionError("jcmd " + command + " failed: " + out);
      }
      return out;
    } catch (IOException e) {
      throw new AssertionError("cannot run jcmd", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
