package id.intervensi.documents;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Documents on a case file (application.yaml, {@code intervensi.documents.*}).
 *
 * @param maxSize the largest file taken (default 10MB); Spring's multipart limits follow it ({@link
 *     DocumentUploadLimits})
 */
@ConfigurationProperties("intervensi.documents")
public record DocumentSettings(DataSize maxSize) {

  public DocumentSettings {
    maxSize = maxSize == null ? DataSize.ofMegabytes(10) : maxSize;
    if (maxSize.toBytes() < 1) {
      throw new IllegalArgumentException("intervensi.documents.max-size must be positive");
    }
  }

  /** The limit as a person reads it: "10 MB", "512 KB", "1000 byte". */
  String limit() {
    long bytes = maxSize.toBytes();
    if (bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
      return maxSize.toMegabytes() + " MB";
    }
    if (bytes % DataSize.ofKilobytes(1).toBytes() == 0) {
      return maxSize.toKilobytes() + " KB";
    }
    return bytes + " byte";
  }

  /** The refusal's words for a file over the limit. */
  String tooLarge() {
    return "Berkas terlalu besar: paling besar " + limit() + ". Berkas tidak disimpan.";
  }
}
