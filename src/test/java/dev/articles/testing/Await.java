package dev.articles.testing;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/** Waits for a condition that another thread (the seed watcher, a stream) makes true, polling it. */
public final class Await {
  /** Long enough for a debounced reload on a loaded machine; a passing test never waits it out. */
  public static final Duration DEFAULT = Duration.ofSeconds(20);

  private Await() {}

  /** Polls {@code probe} until it returns a value, and returns it; fails after {@link #DEFAULT}. */
  public static <T> T value(String what, Supplier<Optional<T>> probe) throws InterruptedException {
    long deadline = System.nanoTime() + DEFAULT.toNanos();
    while (true) {
      Optional<T> v = probe.get();
      if (v.isPresent()) {
        return v.get();
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out after " + DEFAULT.toSeconds() + " s waiting for " + what);
      }
      Thread.sleep(20);
    }
  }

  /** Polls {@code condition} until it holds; fails after {@link #DEFAULT}. */
  public static void until(String what, Supplier<Boolean> condition) throws InterruptedException {
    value(what, () -> condition.get() ? Optional.of(true) : Optional.empty());
  }
}
