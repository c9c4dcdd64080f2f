package id.intervensi.documents;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The papers a case file keeps, each with the title a document of that kind gets by default. */
public enum DocumentKind {
  KTP("Kartu Tanda Penduduk"),
  KK("Kartu Keluarga"),
  MEDICAL_CERTIFICATE("Surat keterangan dokter"),
  REFERRAL_LETTER("Surat rujukan"),
  SIGNED_CONTRACT("Kontrak layanan yang ditandatangani"),
  DEATH_CERTIFICATE("Akta kematian"),
  OTHER("Dokumen lain");

  private final String label;

  DocumentKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The kind a request names (case-insensitive), or null when it names none. */
  static DocumentKind named(String name) {
    if (name == null) {
      return null;
    }
    return Arrays.stream(values())
        .filter(kind -> kind.name().equals(name.strip().toUpperCase(Locale.ROOT)))
        .findFirst()
        .orElse(null);
  }

  /** "KTP, KK, ...": every kind, for a message. */
  static String all() {
    return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
  }
}
