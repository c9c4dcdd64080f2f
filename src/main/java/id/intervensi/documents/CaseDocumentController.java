package id.intervensi.documents;

import id.intervensi.documents.CaseDocuments.Content;
import id.intervensi.documents.CaseDocuments.Document;
import id.intervensi.documents.CaseDocuments.SentFile;
import id.intervensi.forms.NoMarkup;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

/**
 * The papers of a case (HTTP basic login; a user reaches only the cases they may read, as for every
 * /api/cases endpoint):
 *
 * <ul>
 *   <li>{@code POST /api/cases/{caseNumber}/documents}, multipart with {@code file}, {@code kind}
 *       (KTP, KK, MEDICAL_CERTIFICATE, REFERRAL_LETTER, SIGNED_CONTRACT, DEATH_CERTIFICATE, OTHER)
 *       and an optional {@code title}: stores a PDF, PNG or JPEG (told by its bytes) and answers
 *       201 with its metadata; 400 for another kind of file, 413 over the size limit, 409 for a
 *       closed case. The case's social worker, supervisors, administrators.
 *   <li>{@code GET /api/cases/{caseNumber}/documents}: every document's metadata, the newest first,
 *       with who uploaded it when and how often it was downloaded; managers and auditors too.
 *   <li>{@code GET /api/cases/{caseNumber}/documents/{id}/content}: the file, as an attachment.
 * </ul>
 */
@RestController
@RequestMapping("/api/cases/{caseNumber}/documents")
class CaseDocumentController {

  /** The multipart form of an upload. */
  record UploadForm(
      MultipartFile file,
      String kind,
      @Size(max = 200, message = "maksimal 200 karakter") @NoMarkup String title) {}

  record ApiError(String type, String message) {}

  private final CaseDocuments documents;
  private final DocumentSettings settings;

  CaseDocumentController(CaseDocuments documents, DocumentSettings settings) {
    this.documents = documents;
    this.settings = settings;
  }

  @GetMapping
  List<Document> list(@PathVariable String caseNumber) {
    return documents.of(caseNumber);
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<Document> upload(
      @PathVariable String caseNumber, @Valid @ModelAttribute UploadForm form) {
    SentFile file =
        form.file() == null
            ? null
            : new SentFile(form.file().getOriginalFilename(), bytes(form.file()));
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(documents.upload(caseNumber, form.kind(), form.title(), file));
  }

  @GetMapping("/{documentId}/content")
  ResponseEntity<byte[]> content(@PathVariable String caseNumber, @PathVariable long documentId) {
    Content content = documents.content(caseNumber, documentId);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(content.mediaType()))
        .contentLength(content.bytes().length)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(content.fileName()).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(content.bytes());
  }

  /**
   * A file over the limit, found while the request is read (the multipart is read lazily, after the
   * case and the user are checked).
   */
  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<ApiError> tooLarge(HttpServletRequest request) {
    readToTheEnd(request);
    return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
        .body(new ApiError(HttpStatus.PAYLOAD_TOO_LARGE.name(), settings.tooLarge()));
  }

  /**
   * Reads what is left of a refused upload, up to the largest request taken. A client that names
   * the file's length in its part (Spring's RestClient does) is refused before the file is read;
   * Tomcat closes the connection after a 413 and, with megabytes still unread, the close resets it
   * and the client loses the answer. Beyond the largest request the rest is left unread.
   */
  private void readToTheEnd(HttpServletRequest request) {
    long limit = DocumentUploadLimits.maxRequestBytes(settings);
    byte[] buffer = new byte[8192];
    try {
      InputStream in = request.getInputStream();
      long read = 0;
      int n;
      while (read <= limit && (n = in.read(buffer)) >= 0) {
        read += n;
      }
    } catch (IOException | IllegalStateException ignored) {
      // already read to the end by the server, or the connection is gone: nothing to do
    }
  }

  private static byte[] bytes(MultipartFile file) {
    try {
      return file.getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
