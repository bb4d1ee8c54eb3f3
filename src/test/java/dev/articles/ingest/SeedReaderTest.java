package dev.articles.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedReaderTest {
  @TempDir
  Path dir;

  @Test
  void read_smallFile_returnsBytesAndTheirDigest() throws Exception {
    Path f = Files.writeString(dir.resolve("a-1.txt"), "abc");
    SeedFile seed = new SeedReader(10).read(f);
    assertEquals("a-1", seed.articleId());
    assertArrayEquals("abc".getBytes(), seed.bytes());
    assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", seed.digest());
  }

  @Test
  void read_overTheSizeLimit_isRefused() throws Exception {
    Path f = Files.write(dir.resolve("big.txt"), new byte[11]);
    RefusedFileException e = assertThrows(RefusedFileException.class, () -> new SeedReader(10).read(f));
    assertEquals("FILE_TOO_LARGE", e.reason());
    assertEquals("10", e.issue().metadata().get("limit_bytes"));
  }

  @Test
  void read_fileThatVanished_isRefused() {
    RefusedFileException e = assertThrows(RefusedFileException.class,
        () -> new SeedReader(10).read(dir.resolve("gone.txt")));
    assertEquals("FILE_VANISHED", e.reason());
  }

  @Test
  void read_somethingThatCannotBeRead_isRefused() throws Exception {
    // A folder named like a seed cannot be read as a file, even by root, for whom permissions do not apply.
    Path folder = Files.createDirectory(dir.resolve("folder.txt"));
    RefusedFileException e = assertThrows(RefusedFileException.class, () -> new SeedReader(10).read(folder));
    assertEquals("FILE_UNREADABLE", e.reason());
  }

  @Test
  void read_nameThatIsNoArticleId_isRefused() throws Exception {
    Path f = Files.writeString(dir.resolve("my article.txt"), "x");
    assertEquals("INVALID_FILE_NAME",
        assertThrows(RefusedFileException.class, () -> new SeedReader(10).read(f)).reason());
  }
}
