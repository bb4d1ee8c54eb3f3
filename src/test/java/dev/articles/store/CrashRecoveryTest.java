package dev.articles.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database the last process never closed: the next open sets the crashed file aside, starts a new one and
 * carries the settings over; a cleanly closed one is opened as it is.
 */
class CrashRecoveryTest {
  @TempDir
  Path dir;

  @Test
  void databaseLeftOpen_isSetAside_andANewFileKeepsTheSettings() throws Exception {
    String url = "jdbc:h2:" + dir.resolve("articles");
    byte[] key = "signing key".getBytes(StandardCharsets.UTF_8);
    Database first = Database.open(url, 2);
    first.putSetting("page_token_key", key);
    try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
      s.execute("CHECKPOINT SYNC"); // what a running server has long written, the open marker with it
      s.execute("SHUTDOWN IMMEDIATELY"); // a kill: the file is closed without the clean close's marker removal
    } catch (java.sql.SQLException expected) {
      // the statement closes the database under its own connection
    }

    Database second = Database.open(url, 2);
    try {
      assertTrue(Files.exists(dir.resolve("articles.crashed.mv.db")), "the crashed file is kept, aside");
      assertTrue(Files.exists(dir.resolve("articles.mv.db")), "a new file is in its place");
      assertArrayEquals(key, second.setting("page_token_key"), "the settings are carried over");
      assertNotNull(second.setting(CrashRecovery.MARKER), "the new file is marked open");
    } finally {
      second.close();
    }
    Database third = Database.open(url, 2);
    try {
      assertArrayEquals(key, third.setting("page_token_key"));
    } finally {
      third.close();
    }
    assertEquals(1, Files.list(dir).filter(p -> p.toString().endsWith(".crashed.mv.db")).count(),
        "a clean close leaves nothing more to set aside");
  }

  @Test
  void fileOfAnEmbeddedUrl_isItsMvDbFile_andOtherUrlsHaveNone() {
    assertEquals(Path.of("./data/articles.mv.db"), CrashRecovery.fileOf("jdbc:h2:./data/articles"));
    assertEquals(Path.of("/srv/db/articles.mv.db"),
        CrashRecovery.fileOf("jdbc:h2:file:/srv/db/articles;DB_CLOSE_ON_EXIT=FALSE"));
    assertNull(CrashRecovery.fileOf("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1"));
    assertNull(CrashRecovery.fileOf("jdbc:h2:tcp://localhost/articles"));
    assertFalse(CrashRecovery.setAside("jdbc:h2:mem:nothing"), "nothing to set aside in memory");
  }
}
