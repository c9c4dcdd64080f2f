package id.intervensi.dashboard;

import static id.intervensi.CaseData.activityReport;
import static id.intervensi.cycle.InterventionCycle.TASK_CARRY_OUT_ACTIVITY;
import static org.assertj.core.api.Assertions.assertThat;

import id.intervensi.CaseData;
import id.intervensi.casefile.HomeSettings;
import id.intervensi.e2e.Rest;
import id.intervensi.e2e.RunningApp;
import id.intervensi.planning.AtensiComponents;
import id.intervensi.security.Cases;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * GET /api/reports/monthly?month=YYYY-MM (docs/dashboard.md): the .xlsx opened with Apache POI and
 * its cells read, before and after cases driven through the REST API this month (an admission still
 * open, an admission ended by the client's return to the family, a case in the intake); residents
 * at the month's end are those at its start plus admissions less terminations, and the end of last
 * month is the start of this one; the home's name and who made it; every download recorded in
 * history_export; a bad month refused in Bahasa Indonesia with nothing recorded; who may download
 * it.
 */
@RunningApp
class MonthlyReportRestTest {

  static final String[] MONTHS = {
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember"
  };

  /** The key suffix of a row's column C. */
  static final String RESIDENTS = " | PM dilayani";

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired JdbcClient jdbc;
  @Autowired HomeSettings home;

  static String path(YearMonth month) {
    return "/api/reports/monthly?month=" + month;
  }

  /**
   * The report's cells: the text of column A to the value of column B; a number in column C (part
   * C's residents per ATENSI component) under the text of column A followed by {@link #RESIDENTS}.
   */
  Map<String, Object> report(String user, YearMonth month) throws IOException {
    DashboardCases.Download download = DashboardCases.download(port, user, path(month));
    assertThat(download.status()).as(download.text()).isEqualTo(200);
    assertThat(download.type())
        .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(download.disposition()).contains("attachment", "laporan-bulanan-" + month + ".xlsx");
    Map<String, Object> cells = new LinkedHashMap<>();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
      assertThat(book.getNumberOfSheets()).isEqualTo(1);
      Sheet sheet = book.getSheet("Laporan bulanan");
      assertThat(sheet).isNotNull();
      for (Row row : sheet) {
        Cell label = row.getCell(0);
        Cell value = row.getCell(1);
        assertThat(label.getCellType()).isEqualTo(CellType.STRING);
        Cell third = row.getCell(2);
        if (third != null && third.getCellType() == CellType.NUMERIC) {
          cells.put(label.getStringCellValue() + RESIDENTS, (long) third.getNumericCellValue());
        }
        if (value == null) {
          cells.put(label.getStringCellValue(), null);
        } else if (value.getCellType() == CellType.NUMERIC) {
          cells.put(label.getStringCellValue(), (long) value.getNumericCellValue());
        } else {
          assertThat(value.getCellType()).isEqualTo(CellType.STRING);
          cells.put(label.getStringCellValue(), value.getStringCellValue());
        }
      }
    }
    return cells;
  }

  static long n(Map<String, Object> cells, String label) {
    assertThat(cells).containsKey(label);
    return (Long) cells.get(label);
  }

  long delta(Map<String, Object> before, Map<String, Object> after, String label) {
    return n(after, label) - n(before, label);
  }

  long exports() {
    return jdbc.sql("select count(*) from history_export").query(Long.class).single();
  }

  @Test
  void theMonthsFiguresInTheMinistrysTerms() throws IOException {
    YearMonth month = YearMonth.now(CaseData.HOME_ZONE);
    Map<String, Object> before = report("manajer1", month);
    DashboardCases driven = new DashboardCases(new Cases(port), runtimeService, taskService, jdbc);
    String pi = driven.inIntervention();
    // one planned activity carried out
    String activity =
        taskService
            .createTaskQuery()
            .processInstanceId(pi)
            .taskDefinitionKey(TASK_CARRY_OUT_ACTIVITY)
            .list()
            .get(0)
            .getId();
    String component =
        taskService.getVariable(activity, "activity").toString().contains("THERAPY")
            ? "Terapi (fisik, psikososial, mental spiritual)"
            : "Perawatan sosial dan/atau pengasuhan";
    Cases cases = new Cases(port);
    cases.claim(DashboardCases.WORKER, activity);
    Rest.Answer reported = cases.submit(DashboardCases.WORKER, activity, activityReport());
    assertThat(reported.status()).as(reported.message()).isEqualTo(204);
    // the other planned activity as a plan drafted before the ATENSI component existed
    Task older =
        taskService
            .createTaskQuery()
            .processInstanceId(pi)
            .taskDefinitionKey(TASK_CARRY_OUT_ACTIVITY)
            .singleResult();
    runtimeService.setVariableLocal(
        older.getExecutionId(),
        "activity",
        SpinValues.jsonValue("{\"name\":\"Senam lansia bersama\",\"method\":\"GROUP_WORK\"}")
            .create());
    cases.claim(DashboardCases.WORKER, older.getId());
    reported = cases.submit(DashboardCases.WORKER, older.getId(), activityReport());
    assertThat(reported.status()).as(reported.message()).isEqualTo(204);
    driven.returnedToFamily();
    driven.inIntake();
    Map<String, Object> after = report("manajer1", month);

    assertThat(after)
        .containsEntry("Laporan Bulanan Pelayanan Sosial Lanjut Usia", null)
        .containsEntry("Nama panti", home.name())
        .containsEntry("Bulan laporan", MONTHS[month.getMonthValue() - 1] + " " + month.getYear())
        .containsKeys(
            "A. Jumlah penerima manfaat (PM)",
            "B. Terminasi menurut alasan",
            "C. Layanan rehabilitasi sosial (ATENSI)",
            "D. Rujukan dan permohonan masuk");
    assertThat((String) after.get("Dibuat")).endsWith("oleh Bambang Setiawan (manajer1)");

    assertThat(delta(before, after, "PM pada awal bulan")).isZero();
    assertThat(delta(before, after, "PM masuk (diterima) bulan ini")).isEqualTo(2);
    assertThat(delta(before, after, "PM keluar (terminasi) bulan ini")).isEqualTo(1);
    assertThat(delta(before, after, "PM pada akhir bulan")).isEqualTo(1);
    assertThat(delta(before, after, "Kembali ke keluarga")).isEqualTo(1);
    assertThat(delta(before, after, "Meninggal dunia")).isZero();
    assertThat(delta(before, after, "Pindah ke layanan lain")).isZero();
    assertThat(delta(before, after, "Jumlah terminasi")).isEqualTo(1);
    assertThat(delta(before, after, "Asesmen keberfungsian sosial")).isEqualTo(2);
    assertThat(delta(before, after, "Evaluasi intervensi")).isZero();
    assertThat(delta(before, after, "Kegiatan intervensi yang dilaksanakan")).isEqualTo(2);
    assertThat(delta(before, after, "PM yang menerima kegiatan intervensi")).isEqualTo(1);
    // part C per ATENSI component: the activity's own, and "belum ditentukan" for the older one
    assertThat(after)
        .containsEntry("Menurut komponen ATENSI", "Kegiatan dilaksanakan")
        .containsKeys(
            AtensiComponents.LABELS.values().stream()
                .map(l -> l + RESIDENTS)
                .toArray(String[]::new));
    assertThat(delta(before, after, component)).isEqualTo(1);
    assertThat(delta(before, after, component + RESIDENTS)).isEqualTo(1);
    assertThat(delta(before, after, "Belum ditentukan")).isEqualTo(1);
    assertThat(delta(before, after, "Belum ditentukan" + RESIDENTS)).isEqualTo(1);
    assertThat(delta(before, after, "Dukungan keluarga")).isZero();
    assertThat(delta(before, after, "Kasus baru dibuka (intake)")).isEqualTo(3);
    assertThat(delta(before, after, "Tidak diterima atau menolak kontrak layanan")).isZero();
    for (Map<String, Object> report : List.of(before, after)) {
      assertThat(n(report, "PM pada akhir bulan"))
          .isEqualTo(
              n(report, "PM pada awal bulan")
                  + n(report, "PM masuk (diterima) bulan ini")
                  - n(report, "PM keluar (terminasi) bulan ini"));
      long reasons =
          EndingReasons.LABELS.values().stream().mapToLong(label -> n(report, label)).sum();
      assertThat(reasons).isEqualTo(n(report, "Jumlah terminasi"));
      long byComponent =
          AtensiComponents.LABELS.values().stream().mapToLong(label -> n(report, label)).sum()
              + n(report, "Belum ditentukan");
      assertThat(byComponent).isEqualTo(n(report, "Kegiatan intervensi yang dilaksanakan"));
    }

    Map<String, Object> last = report("auditor1", month.minusMonths(1));
    assertThat(n(last, "PM pada akhir bulan")).isEqualTo(n(after, "PM pada awal bulan"));
    assertThat((String) last.get("Dibuat")).endsWith("oleh Lestari Putri (auditor1)");
  }

  @Test
  void everyDownloadIsRecordedWithWhoAndTheMonth() throws IOException {
    YearMonth month = YearMonth.now(CaseData.HOME_ZONE).minusMonths(2);
    report("supervisor1", month);
    Rest.Answer recorded = new Cases(port).as("auditor1").get("/api/history/exports?maxResults=1");
    assertThat(recorded.status()).as(recorded.message()).isEqualTo(200);
    assertThat(recorded.list())
        .singleElement()
        .satisfies(
            e ->
                assertThat(e)
                    .containsEntry("kind", "MONTHLY_XLSX")
                    .containsEntry("criteria", "bulan=" + month)
                    .containsEntry("exportedBy", "supervisor1")
                    .doesNotContainKey("caseNumber"));
  }

  @Test
  void aBadMonthIsRefusedInIndonesianAndNothingIsRecorded() {
    long exports = exports();
    String future = YearMonth.now(CaseData.HOME_ZONE).plusMonths(1).toString();
    for (String month :
        List.of("2026-13", "2026-00", "2026-1", "Desember", "", "1999-12", "2026-11-01", future)) {
      DashboardCases.Download refused =
          DashboardCases.download(port, "manajer1", "/api/reports/monthly?month=" + month);
      assertThat(refused.status()).as(month).isEqualTo(400);
      assertThat(refused.text()).as(month).contains("Bulan laporan harus ditulis TTTT-BB");
    }
    DashboardCases.Download missing =
        DashboardCases.download(port, "manajer1", "/api/reports/monthly");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(exports()).isEqualTo(exports);
  }

  @Test
  void aSocialWorkerIsRefusedAndAStrangerAskedToLogIn() {
    long exports = exports();
    String path = path(YearMonth.now(CaseData.HOME_ZONE));
    DashboardCases.Download worker = DashboardCases.download(port, "peksos1", path);
    assertThat(worker.status()).isEqualTo(403);
    assertThat(worker.text()).contains(DashboardController.NOT_ALLOWED);
    assertThat(DashboardCases.download(port, null, path).status()).isEqualTo(401);
    assertThat(exports()).isEqualTo(exports);
  }
}
