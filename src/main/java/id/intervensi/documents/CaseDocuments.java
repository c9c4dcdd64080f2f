package id.intervensi.documents;

import id.intervensi.casefile.CaseFile;
import id.intervensi.casefile.CaseFiles;
import id.intervensi.documents.CaseDocumentRows.NewDocument;
import id.intervensi.refusal.Refusal;
import id.intervensi.security.Groups;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The papers of a case (KTP, KK, a doctor's letter, a referral, the signed contract, a death
 * certificate), kept with the case file, never in process variables. The case's social worker,
 * supervisors and administrators add them, while the case is open; managers and auditors read them
 * too. Which cases a user reaches at all is decided before ({@code security.CaseApiAccess}: a
 * social worker only the cases they work on). A file is taken only if its bytes are a PDF, PNG or
 * JPEG, up to {@code intervensi.documents.max-size}. Every upload and download is recorded with who
 * and when.
 */
@Service
public class CaseDocuments {

  private static final Logger LOG = LoggerFactory.getLogger(CaseDocuments.class);

  /** Who adds documents (auditors change nothing, managers run the processes, not the cases). */
  public static final List<String> UPLOADERS =
      List.of(Groups.SOCIAL_WORKERS, Groups.SUPERVISORS, Groups.ADMINS);

  static final String NOT_A_READER =
      "Dokumen kasus hanya untuk pekerja sosial kasus ini, supervisor, manajer dan auditor.";

  static final String NOT_AN_UPLOADER =
      "Dokumen kasus diunggah oleh pekerja sosial kasus ini atau supervisor; auditor dan manajer"
          + " hanya membacanya.";

  /** Who lists and downloads them. */
  static final List<String> READERS =
      List.of(
          Groups.SOCIAL_WORKERS,
          Groups.SUPERVISORS,
          Groups.MANAGERS,
          Groups.AUDITORS,
          Groups.ADMINS);

  /** A document's metadata: who uploaded it when, and how often it was downloaded since. */
  public record Document(
      long id,
      String caseNumber,
      String kind,
      String title,
      String fileName,
      String mediaType,
      long sizeBytes,
      String sha256,
      LocalDateTime uploadedAt,
      String uploadedBy,
      long downloads) {}

  /** A document's bytes and what a download needs to send them. */
  public record Content(String fileName, String mediaType, byte[] bytes) {}

  /** A file as it was sent: the sender's name for it and its bytes. */
  public record SentFile(String name, byte[] bytes) {}

  private final CaseDocumentRows rows;
  private final CaseFiles caseFiles;
  private final DocumentTypes types;
  private final DocumentSettings settings;
  private final IdentityService identityService;

  CaseDocuments(
      CaseDocumentRows rows,
      CaseFiles caseFiles,
      DocumentTypes types,
      DocumentSettings settings,
      IdentityService identityService) {
    this.rows = rows;
    this.caseFiles = caseFiles;
    this.types = types;
    this.settings = settings;
    this.identityService = identityService;
  }

  /** The documents of a case, the newest first. */
  public List<Document> of(String caseNumber) {
    user(READERS, NOT_A_READER);
    find(caseNumber);
    return rows.of(caseNumber);
  }

  @Transactional
  public Document upload(String caseNumber, String kind, String title, SentFile file) {
    String user = user(UPLOADERS, NOT_AN_UPLOADER);
    CaseFile caseFile = find(caseNumber);
    if (caseFile.isClosed()) {
      throw Refusal.conflict("Kasus " + caseNumber + " sudah ditutup.");
    }
    DocumentKind documentKind = DocumentKind.named(kind);
    if (documentKind == null) {
      throw Refusal.invalid(
          "«Jenis dokumen» harus salah satu dari: " + DocumentKind.all() + " (kind).");
    }
    if (file == null || file.bytes() == null || file.bytes().length == 0) {
      throw Refusal.invalid("«Berkas» wajib dilampirkan: PDF, PNG atau JPEG (file).");
    }
    if (file.bytes().length > settings.maxSize().toBytes()) {
      throw Refusal.invalid(settings.tooLarge());
    }
    String mediaType =
        types
            .takenTypeOf(file.bytes())
            .orElseThrow(
                () ->
                    Refusal.invalid(
                        "Berkas ini bukan PDF, PNG atau JPEG (dilihat dari isinya, bukan dari"
                            + " namanya). Unggah dokumen sebagai PDF atau foto PNG/JPEG."));
    String cleanTitle = title == null || title.isBlank() ? documentKind.label() : title.strip();
    long id =
        rows.insert(
            new NewDocument(
                caseNumber,
                documentKind,
                cleanTitle,
                DocumentTypes.fileName(
                    file.name(), documentKind.name().toLowerCase(Locale.ROOT), mediaType),
                mediaType,
                sha256(file.bytes()),
                file.bytes(),
                user));
    LOG.info(
        "Document {} ({}, {}, {} bytes) uploaded to case {} by {}",
        id,
        documentKind,
        mediaType,
        file.bytes().length,
        caseNumber,
        user);
    return rows.find(caseNumber, id).orElseThrow();
  }

  /** A document's bytes; the download is recorded. */
  @Transactional
  public Content content(String caseNumber, long id) {
    String user = user(READERS, NOT_A_READER);
    find(caseNumber);
    rows.find(caseNumber, id)
        .orElseThrow(
            () -> Refusal.notFound("Dokumen " + id + " tidak ada pada kasus " + caseNumber + "."));
    rows.recordDownload(id, user);
    return rows.content(id);
  }

  private CaseFile find(String caseNumber) {
    return caseFiles
        .find(caseNumber)
        .orElseThrow(() -> Refusal.notFound("Kasus " + caseNumber + " tidak ditemukan."));
  }

  private String user(List<String> groups, String refusal) {
    Authentication user = identityService.getCurrentAuthentication();
    if (user == null
        || user.getGroupIds() == null
        || user.getGroupIds().stream().noneMatch(groups::contains)) {
      throw Refusal.notAllowed(refusal);
    }
    return user.getUserId();
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
