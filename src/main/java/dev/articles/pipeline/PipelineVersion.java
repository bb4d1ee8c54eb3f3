package dev.articles.pipeline;

import dev.articles.store.Database;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The version of what ingestion produces. When the parser or the extractors change what they make of the
 * same bytes, bump {@link #CURRENT}: the next pass then re-parses every file instead of trusting the
 * recorded stat and digest.
 */
final class PipelineVersion {
  static final String CURRENT = "171";
  private static final String SETTING = "pipeline_version";

  private PipelineVersion() {}

  static boolean isCurrent(Database db) {
    return Arrays.equals(db.setting(SETTING), bytes());
  }

  static void markCurrent(Database db) {
    db.putSetting(SETTING, bytes());
  }

  private static byte[] bytes() {
    return CURRENT.getBytes(StandardCharsets.UTF_8);
  }
}
