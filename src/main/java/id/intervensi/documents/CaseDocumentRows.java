package id.intervensi.documents;

import id.intervensi.casefile.RecordRows;
import id.intervensi.documents.CaseDocuments.Content;
import id.intervensi.documents.CaseDocuments.Document;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The {@code case_document} and {@code case_document_access} tables. Lists never read the content;
 * only a download does.
 */
@Repository
class CaseDocumentRows {

  private static final RecordRows<Document> DOCUMENT_ROWS = RecordRows.of(Document.class);
  private static final RecordRows<Content> CONTENT_ROWS = RecordRows.of(Content.class);

  static final String UPLOAD = "UPLOAD";
  static final String DOWNLOAD = "DOWNLOAD";

  private static final String METADATA =
      """
      select d.id, d.case_number, d.kind, d.title, d.file_name, d.media_type, d.size_bytes, d.sha256,
             d.uploaded_at, d.uploaded_by,
             (select count(*) from case_document_access a
               where a.document_id = d.id and a.action = 'DOWNLOAD') as downloads
        from case_document d""";

  /** A new document. */
  record NewDocument(
      String caseNumber,
      DocumentKind kind,
      String title,
      String fileName,
      String mediaType,
      String sha256,
      byte[] content,
      String uploadedBy) {}

  private final JdbcClient jdbc;

  CaseDocumentRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The documents of a case, the newest first. */
  List<Document> of(String caseNumber) {
    return jdbc.sql(METADATA + " where d.case_number = ? order by d.uploaded_at desc, d.id desc")
        .param(caseNumber)
        .query(DOCUMENT_ROWS)
        .list();
  }

  /** A document of this case; empty when there is none or it belongs to another case. */
  Optional<Document> find(String caseNumber, long id) {
    return jdbc.sql(METADATA + " where d.case_number = ? and d.id = ?")
        .params(caseNumber, id)
        .query(DOCUMENT_ROWS)
        .optional();
  }

  Content content(long id) {
    return jdbc.sql(
            "select file_name, media_type, content as bytes from case_document where id = ?")
        .param(id)
        .query(CONTENT_ROWS)
        .single();
  }

  /** Stores the document and its upload in the access record; returns its id. */
  long insert(NewDocument document) {
    Timestamp now = Timestamp.from(Instant.now());
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
        insert into case_document (case_number, kind, title, file_name, media_type, size_bytes,
                                   sha256, content, uploaded_at, uploaded_by)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            document.caseNumber(),
            document.kind().name(),
            document.title(),
            document.fileName(),
            document.mediaType(),
            document.content().length,
            document.sha256(),
            document.content(),
            now,
            document.uploadedBy())
        // only the id back: PostgreSQL would otherwise return every column, the content too
        .update(keys, "id");
    long id = keys.getKeyAs(Number.class).longValue();
    recordAccess(id, UPLOAD, document.uploadedBy(), now);
    return id;
  }

  void recordDownload(long id, String user) {
    recordAccess(id, DOWNLOAD, user, Timestamp.from(Instant.now()));
  }

  private void recordAccess(long id, String action, String user, Timestamp at) {
    jdbc.sql(
            "insert into case_document_access (document_id, action, at, by_user)"
                + " values (?, ?, ?, ?)")
        .params(id, action, at, user)
        .update();
  }
}
