package id.intervensi.history;

import id.intervensi.casefile.CaseStage;
import id.intervensi.termination.ExitReason;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** The Indonesian words of the history for the codes it holds. */
final class Words {

  /** Why a case ended (case_file.closure_reason, casefile/CaseClosureListener). */
  static final Map<String, String> CLOSURE_REASONS =
      Map.of(
          "GOALS_REACHED", "Tujuan tercapai",
          "CLIENT_REQUEST", "Permintaan klien",
          "OTHER_FACTORS", "Faktor lain",
          "NOT_ADMITTED", "Tidak diterima",
          "CONSENT_REFUSED", "Persetujuan ditolak");

  static final Map<String, String> STATUSES = Map.of("OPEN", "Aktif", "CLOSED", "Selesai");

  /** Camunda's user operation types the timeline shows, in Indonesian. */
  private static final Map<String, String> OPERATIONS =
      Map.ofEntries(
          Map.entry("Suspend", "Kasus dihentikan sementara"),
          Map.entry("SuspendJob", "Pekerjaan mesin dihentikan sementara"),
          Map.entry("Activate", "Kasus dilanjutkan"),
          Map.entry("ActivateJob", "Pekerjaan mesin dilanjutkan"),
          Map.entry("Migrate", "Kasus dipindahkan ke versi proses lain"),
          Map.entry("ModifyProcessInstance", "Kasus dipindahkan ke langkah lain"),
          Map.entry("RestartProcessInstance", "Kasus dimulai ulang"),
          Map.entry("Delete", "Dihapus"),
          Map.entry("DeleteHistory", "Riwayat dihapus"),
          Map.entry("SetJobRetries", "Percobaan ulang pekerjaan diatur"),
          Map.entry("SetDueDate", "Tenggat pekerjaan diubah"),
          Map.entry("RecalculateDueDate", "Tenggat pekerjaan dihitung ulang"),
          Map.entry("SetRemovalTime", "Waktu penghapusan riwayat diatur"),
          Map.entry("Resolve", "Insiden diselesaikan"),
          Map.entry("SetAnnotation", "Catatan insiden ditulis"),
          Map.entry("ClearAnnotation", "Catatan insiden dihapus"),
          Map.entry("CreateComment", "Komentar ditulis"),
          Map.entry("AddAttachment", "Lampiran ditambahkan"),
          Map.entry("DeleteAttachment", "Lampiran dihapus"),
          Map.entry("AddUserLink", "Pengguna ditautkan ke tugas"),
          Map.entry("DeleteUserLink", "Tautan pengguna dihapus"),
          Map.entry("AddGroupLink", "Kelompok ditautkan ke tugas"),
          Map.entry("DeleteGroupLink", "Tautan kelompok dihapus"),
          Map.entry("SetOwner", "Pemilik tugas diubah"),
          Map.entry("SetPriority", "Prioritas tugas diubah"),
          Map.entry("Update", "Tugas diubah"),
          Map.entry("Correlate", "Pesan dikorelasikan"));

  private Words() {}

  static String operation(String type) {
    return OPERATIONS.getOrDefault(type, "Operasi " + type);
  }

  static String stage(String code) {
    return code == null ? null : CaseStage.labelOf(code, false);
  }

  static String closureReason(String code) {
    return code == null ? null : CLOSURE_REASONS.getOrDefault(code, code);
  }

  static String exitReason(String code) {
    if (code == null) {
      return null;
    }
    for (ExitReason reason : ExitReason.values()) {
      if (reason.name().equals(code)) {
        return reason.label();
      }
    }
    return code;
  }

  /** Every reason a case ends with: closure reasons, then the client's exit reasons. */
  static Map<String, String> endingReasons() {
    Map<String, String> all = new LinkedHashMap<>();
    for (String code :
        new String[] {
          "GOALS_REACHED", "CLIENT_REQUEST", "OTHER_FACTORS", "NOT_ADMITTED", "CONSENT_REFUSED"
        }) {
      all.put(code, CLOSURE_REASONS.get(code));
    }
    for (ExitReason reason : ExitReason.values()) {
      all.put(reason.name(), "Klien keluar: " + reason.label());
    }
    return all;
  }

  /** "3 hari 4 jam", "2 jam 5 menit", "kurang dari 1 menit". */
  static String duration(Duration duration) {
    long minutes = Math.max(0, duration.toMinutes());
    long days = minutes / (24 * 60);
    long hours = (minutes / 60) % 24;
    long rest = minutes % 60;
    if (days > 0) {
      return days + " hari" + (hours > 0 ? " " + hours + " jam" : "");
    }
    if (hours > 0) {
      return hours + " jam" + (rest > 0 ? " " + rest + " menit" : "");
    }
    return rest > 0 ? rest + " menit" : "kurang dari 1 menit";
  }
}
