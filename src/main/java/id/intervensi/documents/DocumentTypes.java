package id.intervensi.documents;

import java.util.Map;
import java.util.Optional;
import org.apache.tika.Tika;
import org.apache.tika.mime.MimeTypes;
import org.springframework.stereotype.Component;

/**
 * What a file is, told by its bytes (Apache Tika's magic numbers), never by its name or the type
 * its sender declares: an .exe renamed .pdf is an .exe. A case file takes PDF, PNG and JPEG only.
 */
@Component
class DocumentTypes {

  /** The media types taken, each with the file name extension it is stored with. */
  static final Map<String, String> TAKEN =
      Map.of("application/pdf", ".pdf", "image/png", ".png", "image/jpeg", ".jpg");

  /** The longest file name kept, without its extension. */
  static final int MAX_NAME = 100;

  private final Tika tika = new Tika(MimeTypes.getDefaultMimeTypes());

  /** The media type of the content if it is one the case file takes. */
  Optional<String> takenTypeOf(byte[] content) {
    String type = tika.detect(content);
    return TAKEN.containsKey(type) ? Optional.of(type) : Optional.empty();
  }

  /**
   * The name a file is kept and downloaded under: the sender's name without folders, with only
   * letters, digits, spaces and {@code ._()-} (others become "_"), at most 100 characters, ending
   * in the extension of its real type ("ktp budi.PDF.exe" of a PDF becomes "ktp budi.PDF.pdf");
   * {@code fallback} when nothing of the name is left.
   */
  static String fileName(String sent, String fallback, String mediaType) {
    String name =
        sent == null
            ? ""
            : sent.substring(Math.max(sent.lastIndexOf('/'), sent.lastIndexOf('\\')) + 1);
    int dot = name.lastIndexOf('.');
    if (dot >= 0) {
      name = name.substring(0, dot);
    }
    name = name.replaceAll("[^A-Za-z0-9 ._()-]", "_").replaceAll("\\s+", " ").strip();
    name = name.replaceAll("^[._ ]+", "");
    if (name.length() > MAX_NAME) {
      name = name.substring(0, MAX_NAME).strip();
    }
    if (name.replace("_", "").isBlank()) {
      name = fallback;
    }
    return name + TAKEN.get(mediaType);
  }
}
