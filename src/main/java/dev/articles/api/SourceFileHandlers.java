package dev.articles.api;

import com.google.protobuf.InvalidProtocolBufferException;
import dev.articles.query.Filter;
import dev.articles.query.FilterSchema;
import dev.articles.store.SourceFileReads;
import dev.articles.v1.GetSourceFileRequest;
import dev.articles.v1.ListSourceFilesRequest;
import dev.articles.v1.ListSourceFilesResponse;
import dev.articles.v1.SourceFile;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The source-file RPCs of {@link ArticleService}: what operators query to see refused files. */
final class SourceFileHandlers {
  private static final String PREFIX = "sourceFiles/";
  private static final Pattern FILE_NAME = Pattern.compile("[^/\\p{Cntrl}]{1,255}");

  private final SourceFileReads files;
  private final Cursors cursors;

  SourceFileHandlers(SourceFileReads files, Cursors cursors) {
    this.files = files;
    this.cursors = cursors;
  }

  SourceFile get(GetSourceFileRequest request) {
    String name = request.getName();
    if (!name.startsWith(PREFIX) || !FILE_NAME.matcher(name.substring(PREFIX.length())).matches()) {
      throw ServiceException.invalid("name", "INVALID_NAME", "name \"" + Printable.of(name)
          + "\" is not a valid name; expected sourceFiles/{file name}", Map.of("name", Printable.of(name)));
    }
    return files.find(name.substring(PREFIX.length())).map(SourceFileHandlers::parse)
        .orElseThrow(() -> ServiceException.notFound("SOURCE_FILE_NOT_FOUND", name));
  }

  ListSourceFilesResponse list(ListSourceFilesRequest request) {
    int size = Requests.pageSize(request.getPageSize());
    Filter filter = Requests.filter(request.getFilter(), FilterSchema.SOURCE_FILES);
    Cursors.Scope scope = new Cursors.Scope(Cursors.Collection.SOURCE_FILES, "", request.getFilter());
    String after = cursors.decodeArticle(request.getPageToken(), scope, "page_token");
    List<SourceFileReads.Row> rows = files.page(filter, after, size + 1);
    ListSourceFilesResponse.Builder response = ListSourceFilesResponse.newBuilder();
    for (SourceFileReads.Row row : rows.subList(0, Math.min(size, rows.size()))) {
      response.addSourceFiles(parse(row.proto()));
    }
    if (rows.size() > size) {
      response.setNextPageToken(cursors.article(scope, rows.get(size - 1).fileName()));
    }
    return response.build();
  }

  private static SourceFile parse(byte[] proto) {
    try {
      return SourceFile.parseFrom(proto);
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalStateException("stored source file does not parse", e);
    }
  }
}
