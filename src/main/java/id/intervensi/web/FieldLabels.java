package id.intervensi.web;

import java.util.Map;

/**
 * The words a user knows for the fields of the app's own endpoints, for refusals: "«Alasan» wajib
 * diisi (reason)" reads for a worker in a dialog and still names the field for an API caller.
 */
final class FieldLabels {

  private static final Map<String, String> LABELS =
      Map.ofEntries(
          Map.entry("address", "Alamat"),
          Map.entry("birthDate", "Tanggal lahir"),
          Map.entry("entryDate", "Tanggal masuk"),
          Map.entry("familyContactName", "Nama kontak keluarga"),
          Map.entry("familyContactPhone", "Telepon kontak keluarga"),
          Map.entry("familyContactRelation", "Hubungan kontak keluarga"),
          Map.entry("fullName", "Nama lengkap"),
          Map.entry("kind", "Jenis dokumen"),
          Map.entry("livingUnit", "Wisma"),
          Map.entry("name", "Nama"),
          Map.entry("nik", "NIK"),
          Map.entry("note", "Catatan"),
          Map.entry("noteDate", "Tanggal catatan"),
          Map.entry("phone", "Telepon"),
          Map.entry("reason", "Alasan"),
          Map.entry("relation", "Hubungan"),
          Map.entry("room", "Kamar"),
          Map.entry("sex", "Jenis kelamin"),
          Map.entry("text", "Catatan"),
          Map.entry("title", "Judul"),
          Map.entry("worker", "Pekerja sosial"));

  private FieldLabels() {}

  /** "«Alasan» wajib diisi (reason)", or "«field» message" for a field without a label. */
  static String refusal(String field, String message) {
    String label = LABELS.get(field);
    return label == null
        ? "«" + field + "» " + message
        : "«" + label + "» " + message + " (" + field + ")";
  }
}
