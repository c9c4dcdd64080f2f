package id.intervensi;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * Valid form data for each step of the cycle, as a social worker would enter it. Shared by the
 * process tests (Java API) and the end-to-end tests (REST API, via {@link #toRest(Map)}).
 */
public final class CaseData {

  /**
   * The home's time zone (intervensi.home.time-zone): ages and "today" are counted in it, as the
   * app does.
   */
  public static final ZoneId HOME_ZONE = ZoneId.of("Asia/Jakarta");

  /**
   * Serials of the NIKs handed out in this JVM: from a random start, never the same twice (up to
   * 10,000).
   */
  private static final AtomicInteger NEXT_SERIAL =
      new AtomicInteger(ThreadLocalRandom.current().nextInt(10_000));

  private CaseData() {}

  /**
   * A NIK of a woman born on 12 March 1950 (day 12 + 40) with a serial of its own, so every case of
   * the tests that share an app has its own client (two open cases of one client are refused).
   */
  /** A NIK that agrees with the birth date and sex ("F" or "M"), with a serial of its own. */
  public static String nikFor(LocalDate birthDate, String sex) {
    int day = birthDate.getDayOfMonth() + ("F".equals(sex) ? 40 : 0);
    return "327301"
        + String.format(
            "%02d%02d%02d%04d",
            day,
            birthDate.getMonthValue(),
            birthDate.getYear() % 100,
            NEXT_SERIAL.getAndIncrement() % 10_000);
  }

  public static String randomNik() {
    return "327301" + "520350" + String.format("%04d", NEXT_SERIAL.getAndIncrement() % 10_000);
  }

  public static Map<String, Object> caseOpening(String nik) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("referralSource", "FAMILY");
    v.put("referrerName", "Wati Suryani (anak)");
    v.put("referrerContact", "081234567890");
    v.put(
        "referralReason",
        "Ibu tinggal sendiri sejak suami meninggal; anak bekerja di luar kota dan tidak dapat merawat.");
    v.put("clientName", "Siti Aminah");
    v.put("clientNik", nik);
    v.put("clientBirthDate", "1950-03-12");
    v.put("clientSex", "F");
    v.put("clientAddress", "Jl. Sukajadi No. 12, RT 03/RW 05, Bandung");
    v.put("familyContactName", "Wati Suryani");
    v.put("familyContactRelation", "Anak");
    v.put("familyContactPhone", "+6281234567890");
    return v;
  }

  public static Map<String, Object> intake(boolean eligible) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("intakeDate", today());
    v.put("neglected", true);
    v.put("hasAbleCaregiver", false);
    v.put("dtsenDecile", eligible ? 2L : 8L);
    v.put("communicableDisease", false);
    v.put("needsIntensiveCare", false);
    v.put("clientExpectations", "Ingin tinggal di tempat yang aman dan punya teman.");
    v.put("intakeNotes", "Klien kooperatif, mandiri dalam sebagian besar aktivitas.");
    return v;
  }

  public static Map<String, Object> admissionApproval(boolean approved) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("admissionApproved", approved);
    v.put(
        "admissionComments",
        approved
            ? "Disetujui, masa percobaan enam bulan."
            : "Kuota wisma penuh; rujuk ke panti lain.");
    if (!approved) {
      v.put("admissionRefusalReason", "Kuota wisma penuh.");
    }
    return v;
  }

  public static Map<String, Object> referral() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("referralResourceType", "OTHER_HOME");
    v.put("referralResourceName", "PSTW Ciparay");
    v.put("referralNotes", "Surat rujukan dikirim ke Dinas Sosial.");
    return v;
  }

  public static Map<String, Object> serviceContract(boolean consent) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("servicesAgreed", json("[\"BASIC_NEEDS\",\"HEALTH_CARE\",\"SOCIAL_GUIDANCE\"]"));
    v.put("contractStartDate", today());
    v.put("consentGiven", consent);
    if (consent) {
      v.put("consentGivenBy", "CLIENT");
    } else {
      v.put("consentRefusalReason", "Klien memilih tinggal bersama keponakan.");
    }
    return v;
  }

  public static Map<String, Object> assessment() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("problemStatement", "Klien kesepian dan mulai menarik diri.");
    v.put("problemCauses", "Kehilangan pasangan; jauh dari anak.");
    v.put("problemEffects", "Nafsu makan menurun, jarang bersosialisasi.");
    v.put("needs", json("[\"SOCIAL_RELATIONS\",\"HEALTH\"]"));
    v.put("assessmentInformant", "Klien sendiri dan Wati Suryani (anak)");
    v.put("assessmentInformationDate", today());
    v.putAll(instrumentAnswers());
    return v;
  }

  /**
   * Barthel 85 (moderate), Lawton 6, GDS 6 (mild): the functioning-level table answers
   * MODERATE_DEPENDENCE, MEDIUM.
   */
  public static Map<String, Object> instrumentAnswers() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("barthelFeeding", "10");
    v.put("barthelBathing", "0");
    v.put("barthelGrooming", "5");
    v.put("barthelDressing", "10");
    v.put("barthelBowels", "10");
    v.put("barthelBladder", "5");
    v.put("barthelToilet", "10");
    v.put("barthelTransfers", "15");
    v.put("barthelMobility", "15");
    v.put("barthelStairs", "5");
    for (String item :
        new String[] {
          "Telephone", "Shopping", "FoodPreparation", "Housekeeping", "Laundry", "Medication"
        }) {
      v.put("lawton" + item, "1");
    }
    v.put("lawtonTransportation", "0");
    v.put("lawtonFinances", "0");
    // "YES" on items 1..15 except the six below; depressive: 2,3,4 (yes), 9,10 (yes) = 5, plus item
    // 7 "NO" = 6
    String[] answers = {
      "YES", "YES", "YES", "YES", "YES", "NO", "NO", "NO", "YES", "YES", "YES", "NO", "YES", "NO",
      "NO"
    };
    for (int i = 0; i < 15; i++) {
      v.put(String.format("gds%02d", i + 1), answers[i]);
    }
    return v;
  }

  public static Map<String, Object> plan() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put(
        "goals",
        json(
            "[{\"goal\":\"Klien aktif dalam kegiatan kelompok\",\"indicator\":\"Jumlah kehadiran\",\"target\":\"4 kali sebulan\"}]"));
    v.put(
        "activities",
        json(
            "[{\"name\":\"Bimbingan sosial perorangan\",\"welfareFunction\":\"CURATIVE\",\"method\":\"CASE_WORK\",\"atensiComponent\":\"THERAPY\","
                + "\"responsible\":\"Sari Wulandari\",\"schedule\":\""
                + today()
                + "\"},"
                + "{\"name\":\"Senam lansia bersama\",\"welfareFunction\":\"DEVELOPMENT\",\"method\":\"GROUP_WORK\",\"atensiComponent\":\"SOCIAL_CARE\","
                + "\"responsible\":\"Dedi Kurniawan\",\"schedule\":\""
                + today()
                + "\"}]"));
    v.put("evaluationInterval", "P30D");
    return v;
  }

  public static Map<String, Object> planApproval(boolean approved) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("planApproved", approved);
    if (!approved) {
      v.put("planReviewComments", "Tambahkan target yang terukur untuk kegiatan kelompok.");
    }
    return v;
  }

  public static Map<String, Object> activityReport() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("activityDate", today());
    v.put("attendance", "PRESENT");
    v.put("caseNote", "Klien hadir dan aktif bercerita tentang keluarganya.");
    return v;
  }

  public static Map<String, Object> evaluationFollowUp() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("followUpDate", today());
    v.put("progressNotes", "Klien mulai mengikuti senam pagi dua kali seminggu.");
    return v;
  }

  public static Map<String, Object> overdueReview() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("overdueAction", "REMINDED");
    v.put("overdueNotes", "Pekerja sosial diingatkan; evaluasi dijadwalkan besok.");
    return v;
  }

  public static Map<String, Object> evaluation(String outcome) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put(
        "goalAttainment",
        json(
            "[{\"goal\":\"Klien aktif dalam kegiatan kelompok\",\"attainment\":\"PARTIAL\",\"notes\":\"Hadir 3 kali\"}]"));
    v.put("obstacles", "Nyeri lutut saat cuaca dingin.");
    v.put("evaluationInformant", "Klien sendiri");
    v.put("evaluationInformationDate", today());
    v.putAll(instrumentAnswers());
    v.put("evaluationOutcome", outcome);
    v.put("evaluationNotes", "Lanjutkan pendampingan.");
    return v;
  }

  public static Map<String, Object> termination(boolean afterCare) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("terminationSummary", "Tujuan intervensi tercapai; klien aktif dan mandiri.");
    v.put("afterCarePlan", "Kunjungan keluarga sebulan sekali.");
    v.put("familyInformed", true);
    v.put("afterCareFollowUp", afterCare);
    if (afterCare) {
      v.put("afterCareInterval", "P90D");
    }
    return v;
  }

  public static Map<String, Object> afterCare() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("afterCareDate", today());
    v.put("afterCareCondition", "WELL");
    v.put("afterCareNotes", "Klien sehat dan rutin dikunjungi keluarga.");
    return v;
  }

  public static Map<String, Object> serviceReferral() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("serviceReferralResourceType", "HEALTH");
    v.put("serviceReferralResourceName", "Puskesmas Cibeunying");
    v.put("serviceReferralReason", "Pemeriksaan nyeri lutut yang tidak membaik.");
    v.put("serviceReferralDate", today());
    return v;
  }

  public static Map<String, Object> referralFollowUp(String outcome) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("referralOutcome", outcome);
    v.put("referralFollowUpNotes", "Petugas puskesmas dihubungi melalui telepon.");
    return v;
  }

  public static Map<String, Object> groupSessionStart() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("groupSessionKind", "EXERCISE");
    v.put("groupSessionDate", today());
    v.put("groupSessionFacilitator", "Dedi Kurniawan");
    v.put("groupSessionTopic", "Senam lansia pagi");
    return v;
  }

  /** The attendance form: each case number with its attendance (PRESENT, PARTIAL, ABSENT). */
  public static Map<String, Object> groupSession(String... caseAndAttendance) {
    StringBuilder rows = new StringBuilder("[");
    for (int i = 0; i < caseAndAttendance.length; i += 2) {
      rows.append(i == 0 ? "" : ",")
          .append("{\"participantCase\":\"")
          .append(caseAndAttendance[i])
          .append("\",\"participantAttendance\":\"")
          .append(caseAndAttendance[i + 1])
          .append("\"}");
    }
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("participants", json(rows.append(']').toString()));
    v.put("groupSessionNotes", "Semua peserta mengikuti gerakan dengan semangat.");
    return v;
  }

  public static TypedValue json(String json) {
    return SpinValues.jsonValue(json).create();
  }

  public static Map<String, Object> with(Map<String, Object> data, String key, Object value) {
    Map<String, Object> copy = new LinkedHashMap<>(data);
    if (value == null) {
      copy.remove(key);
    } else {
      copy.put(key, value);
    }
    return copy;
  }

  private static String today() {
    return LocalDate.now(HOME_ZONE).toString();
  }

  /** The REST API's variable map: {"name": {"value": ..., "type": ...}}. */
  public static Map<String, Object> toRest(Map<String, Object> data) {
    Map<String, Object> rest = new LinkedHashMap<>();
    data.forEach(
        (name, value) -> {
          Map<String, Object> dto = new LinkedHashMap<>();
          if (value instanceof TypedValue typed) {
            dto.put("value", ((SerializableValue) typed).getValueSerialized());
            dto.put("type", "Json");
          } else {
            dto.put("value", value);
            dto.put(
                "type",
                value instanceof Long ? "Long" : value instanceof Boolean ? "Boolean" : "String");
          }
          rest.put(name, dto);
        });
    return rest;
  }
}
