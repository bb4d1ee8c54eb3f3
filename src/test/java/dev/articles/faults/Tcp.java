package dev.articles.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Counts a local server's established TCP connections from the kernel's tables, as {@code ss} would. */
final class Tcp {
  private static final String ESTABLISHED = "01";

  private Tcp() {}

  /** Established connections whose local end is {@code port}: the server's side of each client connection. */
  static int established(int port) {
    int n = 0;
    for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
      Path file = Path.of(table);
      if (!Files.exists(file)) {
        continue;
      }
      try {
        for (String line : Files.readAllLines(file)) {
          String[] f = line.trim().split("\\s+");
          // sl local_address rem_address st ...; addresses are hex IP:port
          if (f.length > 3 && f[1].contains(":") && f[3].equals(ESTABLISHED)
              && Integer.parseInt(f[1].substring(f[1].indexOf(':') + 1), 16) == port) {
            n++;
          }
        }
      } catch (IOException e) {
        throw new AssertionError("cannot read " + table, e);
      }
    }
    return n;
  }
}
