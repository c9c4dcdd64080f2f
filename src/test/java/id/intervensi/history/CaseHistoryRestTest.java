package id.intervensi.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import id.intervensi.CaseData;
import id.intervensi.e2e.Rest;
import id.intervensi.e2e.RunningApp;
import id.intervensi.security.Cases;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.web.client.RestClient;

/**
 * The case history API (docs/case-history.md) on one case driven through the REST API
 * (HistoryScenario): its timeline in order with the claims, reassignment, submitted values,
 * variable changes old → new, decisions with their matched rules, the client's exit message and the
 * ending; who reads it, who searches and exports, that nobody writes through it; the CSV and PDF
 * exports read back, and every export recorded.
 */
@RunningApp
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseHistoryRestTest {

  static final List<String> EVERY_CASE = List.of("auditor1", "supervisor1", "manajer1", "admin");

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  Cases cases;
  HistoryScenario scenario;

  @BeforeAll
  void driveACase() {
    cases = new Cases(port);
    scenario = HistoryScenario.run(cases, runtimeService, taskService);
  }

  String path() {
    return "/api/history/cases/" + scenario.caseNumber();
  }

  @Test
  void theTimelineTellsTheWholeCaseInOrder() {
    Rest.Answer read = cases.as("auditor1").get(path());
    assertThat(read.status()).as(read.message()).isEqualTo(200);
    Map<String, Object> history = read.map();
    assertThat(history)
        .containsEntry("caseNumber", scenario.caseNumber())
        .containsEntry("clientName", "Siti Aminah")
        .containsEntry("status", "CLOSED")
        .containsEntry("closureReason", "OTHER_FACTORS")
        .containsEntry("closureReasonLabel", "Faktor lain")
        .containsEntry("exitReason", "RETURNED_TO_FAMILY")
        .containsEntry("exitReasonLabel", "kembali ke keluarga");
    List<Map<String, Object>> entries = list(history, "entries");

    // in order of time, from the opening to the end
    List<Instant> times = entries.stream().map(e -> Instant.parse((String) e.get("at"))).toList();
    assertThat(times).isSorted();
    assertThat(entries.get(0))
        .containsEntry("kind", "CASE_OPENED")
        .containsEntry("actor", "peksos1");
    assertThat(entries.stream().map(e -> e.get("kind")).toList())
        .containsSubsequence(
            "CASE_OPENED",
            "TASK_CREATED",
            "TASK_CLAIMED",
            "TASK_COMPLETED",
            "DECISION",
            "STAGE_ENTERED",
            "MESSAGE",
            "TASK_COMPLETED",
            "CASE_ENDED");

    // claims, the case's worker given its tasks, the supervisor's reassignment
    assertThat(entries)
        .anySatisfy(
            e ->
                assertThat(e)
                    .containsEntry("kind", "TASK_CLAIMED")
                    .containsEntry("title", "Tugas diklaim: Wawancara intake")
                    .containsEntry("actor", "peksos1"));
    assertThat(entries)
        .anySatisfy(
            e ->
                assertThat(e)
                    .containsEntry("kind", "TASK_CLAIMED")
                    .containsEntry("title", "Tugas diklaim: Setujui penerimaan klien")
                    .containsEntry("actor", "supervisor1"));
    assertThat(entries)
        .filteredOn(
            e -> "TASK_ASSIGNED".equals(e.get("kind")) && "supervisor1".equals(e.get("actor")))
        .singleElement()
        .satisfies(
            e -> {
              assertThat((String) e.get("title")).startsWith("Tugas ditugaskan kepada peksos2");
              assertThat(items(e))
                  .containsExactly(item("penanggung jawab tugas", "peksos1", "peksos2"));
            });
    assertThat(entries)
        .anySatisfy(
            e ->
                assertThat(e)
                    .containsEntry("kind", "TASK_ASSIGNED")
                    .containsEntry("title", "Tugas diberikan kepada peksos1: Terminasi kasus")
                    .doesNotContainKey("actor"));

    // the data submitted at each step, with who completed it
    assertThat(entries)
        .filteredOn(e -> "Tugas selesai: Wawancara intake".equals(e.get("title")))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e).containsEntry("actor", "peksos1");
              assertThat(items(e))
                  .contains(
                      item("dtsenDecile", null, "2"),
                      item("neglected", null, "ya"),
                      item(
                          "intakeNotes",
                          null,
                          "Klien kooperatif, mandiri dalam sebagian besar aktivitas."));
            });
    // a variable changed by a later step: old and new value
    assertThat(entries)
        .filteredOn(e -> "Tugas selesai: Susun rencana intervensi".equals(e.get("title")))
        .hasSize(2)
        .last()
        .satisfies(e -> assertThat(items(e)).contains(item("evaluationInterval", "P30D", "P14D")));
    assertThat(entries)
        .filteredOn(e -> "DATA_CHANGED".equals(e.get("kind")))
        .anySatisfy(e -> assertThat(items(e)).contains(item("planApproved", "tidak", "ya")));

    // decisions: inputs, the rule that matched, outputs
    assertThat(entries)
        .filteredOn(e -> "DECISION".equals(e.get("kind")))
        .hasSize(2)
        .anySatisfy(
            e -> {
              assertThat((String) e.get("title")).contains("Kelayakan penerimaan");
              assertThat((String) e.get("detail")).startsWith("aturan yang cocok: aturan ");
              assertThat(items(e))
                  .contains(
                      item(
                          "masukan: Desil DTSEN (tes kepemilikan/kekayaan; kosong bila tidak terdaftar)",
                          null,
                          "2"),
                      item("keluaran: eligible", null, "ya"));
            })
        .anySatisfy(
            e ->
                assertThat(items(e))
                    .contains(
                        item("masukan: Skor Barthel (0-100)", null, "85"),
                        item("keluaran: functioningLevel", null, "MODERATE_DEPENDENCE")));

    // the client's exit: the message, its data, the tasks it cancelled, the ending and why
    assertThat(entries)
        .filteredOn(e -> "MESSAGE".equals(e.get("kind")))
        .singleElement()
        .satisfies(e -> assertThat(e).containsEntry("title", "Pesan diterima: Klien keluar"));
    assertThat(entries)
        .filteredOn(e -> "DATA_CHANGED".equals(e.get("kind")))
        .anySatisfy(
            e ->
                assertThat(items(e))
                    .contains(
                        item("exitReason", null, "RETURNED_TO_FAMILY"),
                        item("exitNote", null, HistoryScenario.EXIT_NOTE)));
    assertThat(entries).filteredOn(e -> "TASK_CANCELLED".equals(e.get("kind"))).hasSize(2);
    assertThat(entries)
        .filteredOn(e -> "CASE_ENDED".equals(e.get("kind")))
        .singleElement()
        .satisfies(
            e ->
                assertThat((String) e.get("detail"))
                    .isEqualTo("alasan: Faktor lain; klien keluar: kembali ke keluarga"));

    // the time in each stage; a plan sent back is a second stay in planning
    Map<String, Object> stageTimes = map(history, "stageTimes");
    assertThat(list(stageTimes, "visits"))
        .extracting(v -> v.get("stage"))
        .containsExactly(
            "INTAKE", "ASSESSMENT", "PLANNING", "PLANNING", "INTERVENTION", "TERMINATION");
    assertThat(list(stageTimes, "visits")).allSatisfy(v -> assertThat(v).containsKey("to"));
    assertThat(list(stageTimes, "totals"))
        .filteredOn(t -> "PLANNING".equals(t.get("stage")))
        .singleElement()
        .satisfies(t -> assertThat(t).containsEntry("visits", 2));

    // no client identity beyond the name
    assertThat(read.body().toString()).doesNotContain("327301", "Sukajadi", "1950-03-12");
  }

  @Test
  void aManagersSuspensionIsAnOperationOfTheTimeline() {
    String pi = cases.open("peksos1");
    String caseNumber = (String) runtimeService.getVariable(pi, "caseNumber");
    for (boolean suspended : new boolean[] {true, false}) {
      Rest.Answer changed =
          cases
              .as("manajer1")
              .put(
                  "/engine-rest/process-instance/" + pi + "/suspended",
                  Map.of("suspended", suspended));
      assertThat(changed.status()).as(changed.message()).isEqualTo(204);
    }
    assertThat(list(cases.as("auditor1").get("/api/history/cases/" + caseNumber).map(), "entries"))
        .filteredOn(e -> "OPERATION".equals(e.get("kind")))
        .extracting(e -> e.get("title"), e -> e.get("actor"))
        .containsExactly(
            tuple("Kasus dihentikan sementara", "manajer1"),
            tuple("Kasus dilanjutkan", "manajer1"));
  }

  @Test
  void aCorrectionOfTheClientsIdentityShowsWithoutItsValues() {
    String pi = cases.open("peksos1");
    String caseNumber = (String) runtimeService.getVariable(pi, "caseNumber");
    Object clientId = runtimeService.getVariable(pi, "clientId");
    Rest.Answer corrected =
        cases
            .as("supervisor1")
            .patch(
                "/api/clients/" + clientId,
                Map.of(
                    "fullName", "Sitti Aminah",
                    "address", "Jl. Cihampelas No. 7, Bandung",
                    "reason", "Sesuai KTP yang dibawa keluarga."));
    assertThat(corrected.status()).as(corrected.message()).isEqualTo(200);

    Rest.Answer read = cases.as("auditor1").get("/api/history/cases/" + caseNumber);
    assertThat(list(read.map(), "entries"))
        .filteredOn(e -> "CLIENT_CHANGED".equals(e.get("kind")))
        .extracting(e -> e.get("actor"), e -> e.get("detail"), e -> items(e).get(0))
        .containsExactlyInAnyOrder(
            tuple(
                "supervisor1",
                "Sesuai KTP yang dibawa keluarga.",
                item("fullName", "Siti Aminah", "Sitti Aminah")),
            tuple(
                "supervisor1",
                "Sesuai KTP yang dibawa keluarga.",
                item("address", null, "(diubah; nilainya di data klien)")));
    assertThat(read.body().toString()).doesNotContain("Cihampelas", "Sukajadi");
  }

  @Test
  void supervisorsManagersAuditorsReadEveryCaseAWorkerTheirOwn() {
    for (String user : EVERY_CASE) {
      assertThat(cases.as(user).get(path()).status()).as(user).isEqualTo(200);
    }
    assertThat(cases.as("peksos1").get(path()).status()).as("the case's worker").isEqualTo(200);
    Rest.Answer other = cases.as("peksos2").get(path());
    // peksos2 was given one task of it by the supervisor, so the engine lets them read it too
    assertThat(other.status()).isEqualTo(200);
    String stranger = cases.open("peksos2");
    String strangerCase = (String) runtimeService.getVariable(stranger, "caseNumber");
    Rest.Answer refused = cases.as("peksos1").get("/api/history/cases/" + strangerCase);
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.message()).contains("riwayat kasus yang ditanganinya");
    assertThat(cases.as("auditor1").get("/api/history/cases/PSTW-1999-99999").status())
        .isEqualTo(404);
  }

  @Test
  void supervisorsManagersAuditorsSearchOpenAndClosedCases() {
    for (String user : EVERY_CASE) {
      Rest.Answer found =
          cases.as(user).get("/api/history/cases?caseNumber=" + scenario.caseNumber());
      assertThat(found.status()).as(user + ": " + found.message()).isEqualTo(200);
      assertThat(list(found.map(), "rows"))
          .singleElement()
          .satisfies(
              r ->
                  assertThat(r)
                      .containsEntry("clientName", "Siti Aminah")
                      .containsEntry("status", "CLOSED")
                      .containsEntry("exitReason", "RETURNED_TO_FAMILY")
                      .containsEntry("assignedWorker", "peksos1"));
    }
    String today = LocalDate.now(CaseData.HOME_ZONE).toString();
    Rest.Answer filtered =
        cases
            .as("auditor1")
            .get(
                "/api/history/cases?clientName=siti&worker=peksos1&status=CLOSED"
                    + "&reason=RETURNED_TO_FAMILY&stage=TERMINATION&from="
                    + today
                    + "&to="
                    + today
                    + "&maxResults=200");
    assertThat(filtered.status()).as(filtered.message()).isEqualTo(200);
    assertThat(list(filtered.map(), "rows"))
        .extracting(r -> r.get("caseNumber"))
        .contains(scenario.caseNumber());
    assertThat(
            list(
                cases.as("auditor1").get("/api/history/cases?status=OPEN&maxResults=200").map(),
                "rows"))
        .extracting(r -> r.get("caseNumber"))
        .doesNotContain(scenario.caseNumber());
    assertThat(cases.as("auditor1").get("/api/history/cases?maxResults=201").status())
        .isEqualTo(400);
    assertThat(cases.as("auditor1").get("/api/history/cases?reason=BOSAN").status()).isEqualTo(400);
    assertThat(cases.as("auditor1").get("/api/history/cases?from=kemarin").status()).isEqualTo(400);
    for (String worker : List.of("peksos1", "peksos2")) {
      assertThat(cases.as(worker).get("/api/history/cases").status()).as(worker).isEqualTo(403);
      assertThat(cases.as(worker).get("/api/history/cases.csv").status()).isEqualTo(403);
      assertThat(cases.as(worker).get(path() + "/export.pdf").status()).isEqualTo(403);
      assertThat(cases.as(worker).get(path() + "/export.csv").status()).isEqualTo(403);
    }
  }

  @Test
  void nobodyWritesThroughTheHistory() {
    for (String user : List.of("auditor1", "supervisor1", "manajer1", "peksos1", "admin")) {
      for (HttpMethod method : List.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE)) {
        for (String target :
            List.of(path(), "/api/history/cases", path() + "/export.pdf", "/api/history/exports")) {
          assertThat(status(user, method, target))
              .as("%s %s %s", user, method, target)
              .isEqualTo(405);
        }
      }
    }
  }

  @Test
  void aCaseExportedAsCsvAndPdfAndASearchAsCsvEachRecorded() throws IOException {
    byte[] csv = download("auditor1", path() + "/export.csv");
    String text = new String(csv, StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFFnomor_kasus,waktu,jenis,peristiwa,oleh");
    List<CSVRecord> rows =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(text.substring(1)))
            .getRecords();
    assertThat(rows)
        .allSatisfy(r -> assertThat(r.get("nomor_kasus")).isEqualTo(scenario.caseNumber()));
    assertThat(rows)
        .anySatisfy(
            r -> {
              assertThat(r.get("data")).isEqualTo("evaluationInterval");
              assertThat(r.get("nilai_lama")).isEqualTo("P30D");
              assertThat(r.get("nilai_baru")).isEqualTo("P14D");
            });
    assertThat(rows).anySatisfy(r -> assertThat(r.get("jenis")).isEqualTo("Kasus berakhir"));

    byte[] pdf = download("auditor1", path() + "/export.pdf");
    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    PdfReader reader = new PdfReader(pdf);
    int pages = reader.getNumberOfPages();
    assertThat(pages).isGreaterThan(1);
    PdfTextExtractor extractor = new PdfTextExtractor(reader);
    String first = extractor.getTextFromPage(1);
    assertThat(first)
        .contains(
            "Panti Sosial Tresna Werdha Budi Pertiwi (demo)",
            "Riwayat Kasus " + scenario.caseNumber(),
            "Riwayat kasus " + scenario.caseNumber(),
            "Lestari Putri (auditor1)",
            "Halaman 1 dari " + pages,
            "Siti Aminah",
            "Faktor lain");
    assertThat(first).containsPattern("Dibuat \\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}:\\d{2}");
    for (int page = 2; page <= pages; page++) {
      assertThat(extractor.getTextFromPage(page))
          .contains(
              "Riwayat kasus " + scenario.caseNumber(),
              "Panti Sosial Tresna Werdha Budi Pertiwi (demo)",
              "Halaman " + page + " dari " + pages);
    }
    String all = String.join("\n", extractor.getTextFromPage(pages), first);
    assertThat(all).doesNotContain("327301");
    reader.close();

    byte[] search = download("supervisor1", "/api/history/cases.csv?clientName=Siti&status=CLOSED");
    String searchText = new String(search, StandardCharsets.UTF_8);
    assertThat(searchText).startsWith("\uFEFFnomor_kasus,nama_klien,status");
    assertThat(searchText).contains(scenario.caseNumber() + ",Siti Aminah,Selesai");

    List<Map<String, Object>> recorded =
        cases.as("manajer1").get("/api/history/exports?caseNumber=" + scenario.caseNumber()).list();
    assertThat(recorded)
        .extracting(r -> r.get("kind"), r -> r.get("exportedBy"))
        .contains(tuple("CASE_CSV", "auditor1"), tuple("CASE_PDF", "auditor1"));
    assertThat(cases.as("manajer1").get("/api/history/exports?maxResults=200").list())
        .anySatisfy(
            r ->
                assertThat(r)
                    .containsEntry("kind", "SEARCH_CSV")
                    .containsEntry("exportedBy", "supervisor1")
                    .containsEntry("criteria", "nama=Siti; status=CLOSED"));
    // the case's own timeline shows its exports
    assertThat(list(cases.as("auditor1").get(path()).map(), "entries"))
        .filteredOn(e -> "EXPORT".equals(e.get("kind")))
        .extracting(e -> e.get("title"), e -> e.get("actor"))
        .contains(tuple("Riwayat kasus diekspor sebagai PDF", "auditor1"));
  }

  private byte[] download(String user, String path) {
    return client(user)
        .get()
        .uri(path)
        .exchange(
            (request, response) -> {
              assertThat(response.getStatusCode().value()).as(path).isEqualTo(200);
              assertThat(response.getHeaders().getFirst("Content-Disposition"))
                  .startsWith("attachment");
              return response.getBody().readAllBytes();
            });
  }

  private int status(String user, HttpMethod method, String path) {
    return client(user)
        .method(method)
        .uri(path)
        .exchange((request, response) -> response.getStatusCode().value());
  }

  private RestClient client(String user) {
    String credentials =
        Base64.getEncoder()
            .encodeToString((user + ":" + Cases.password(user)).getBytes(StandardCharsets.UTF_8));
    return RestClient.builder()
        .baseUrl("http://localhost:" + port)
        .defaultHeader("Authorization", "Basic " + credentials)
        .build();
  }

  static Map<String, Object> item(String name, String before, String after) {
    LinkedHashMap<String, Object> item = new LinkedHashMap<>();
    item.put("name", name);
    if (before != null) {
      item.put("before", before);
    }
    if (after != null) {
      item.put("after", after);
    }
    return item;
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> items(Map<String, Object> entry) {
    return (List<Map<String, Object>>) entry.getOrDefault("items", List.of());
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Map<String, Object> m, String key) {
    return (Map<String, Object>) m.get(key);
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> list(Map<String, Object> m, String key) {
    return (List<Map<String, Object>>) m.get(key);
  }
}
