package id.intervensi.casefile;

import id.intervensi.forms.FormDates;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Whether the person entered with a known NIK is the one stored with it. */
final class ReturningClient {

  private ReturningClient() {}

  /** The identity fields (in Bahasa Indonesia) where the entered person differs from the stored. */
  static List<String> identityDifferences(Client stored, Client entered) {
    List<String> differing = new ArrayList<>();
    if (!sameName(stored.fullName(), entered.fullName())) {
      differing.add("nama");
    }
    if (!Objects.equals(stored.birthDate(), entered.birthDate())
        || !Objects.equals(stored.birthYearEstimate(), entered.birthYearEstimate())) {
      differing.add("tanggal lahir");
    }
    if (!Objects.equals(stored.sex(), entered.sex())) {
      differing.add("jenis kelamin");
    }
    return differing;
  }

  /** Names written with other capitals or spaces are the same name. */
  static boolean sameName(String a, String b) {
    return normalized(a).equals(normalized(b));
  }

  private static String normalized(String name) {
    return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  static String refusal(Client stored, List<String> differing) {
    return "NIK "
        + stored.nik()
        + " sudah terdaftar atas nama "
        + stored.fullName()
        + " (lahir "
        + (stored.birthDate() != null
            ? stored.birthDate().format(FormDates.SHOWN)
            : "sekitar tahun " + stored.birthYearEstimate())
        + ", "
        + (Nik.FEMALE.equals(stored.sex()) ? "perempuan" : "laki-laki")
        + "); yang diisi berbeda pada "
        + String.join(", ", differing)
        + ". Periksa kembali NIK. Bila data yang tersimpan keliru, supervisor dapat "
        + "memperbaikinya; identitas klien tidak diubah dari formulir pembukaan kasus.";
  }
}
