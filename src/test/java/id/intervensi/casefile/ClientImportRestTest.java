package id.intervensi.casefile;

import static id.intervensi.cycle.InterventionCycle.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.intervensi.CaseData;
import id.intervensi.e2e.Rest;
import id.intervensi.e2e.RunningApp;
import id.intervensi.security.Cases;
import java.nio.charset.Charset;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * A home's existing residents imported from a spreadsheet: each row checked as the start form
 * checks it and reported, broken rows refused with their reasons, a re-run creating nobody twice.
 */
@RunningApp
class ClientImportRestTest {

  @LocalServerPort int port;
  @Autowired ClientRegistry registry;
  @Autowired CaseFiles caseFiles;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  Rest.Answer upload(String user, String fileName, byte[] file) {
    RestClient client =
        RestClient.builder()
            .baseUrl("http://localhost:" + port)
            .defaultHeaders(h -> h.setBasicAuth(user, Cases.password(user)))
            .build();
    return client
        .post()
        .uri("/api/clients/imports?fileName=" + fileName)
        .contentType(MediaType.parseMediaType("text/csv"))
        .body(file)
        .exchange(
            (request, response) ->
                new Rest.Answer(response.getStatusCode().value(), response.bodyTo(Map.class)));
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> finished(String id) {
    return await()
        .atMost(Duration.ofMinutes(2))
        .until(
            () -> new Cases(port).as("supervisor1").get("/api/clients/imports/" + id).map(),
            report -> report.get("finishedAt") != null);
  }

  @SuppressWarnings("unchecked")
  static Map<Long, Map<String, Object>> rows(Map<String, Object> report) {
    Map<Long, Map<String, Object>> byLine = new TreeMap<>();
    for (Map<String, Object> row : (List<Map<String, Object>>) report.get("rows")) {
      byLine.put(((Number) row.get("line")).longValue(), row);
    }
    return byLine;
  }

  @Test
  void aListWithBrokenRowsIsReportedRowByRowAndARerunCreatesNobodyTwice() {
    int serial = ThreadLocalRandom.current().nextInt(1000, 9999);
    String siti = CaseData.nikFor(LocalDate.of(1950, 3, 12), "F");
    String mans = siti.substring(0, 6) + "12" + siti.substring(8); // day 12 without 40: a man
    String name = "Warsini Wi" + Integer.toString(serial, 36);
    String csv =
        "Nama Lengkap;NIK;Tgl Lahir;JK;Alamat;Alasan tanpa NIK;Tahun lahir perkiraan\r\n"
            + "Siti Aminah;"
            + siti
            + ";12/03/1950;P;Jl. Cibeunying 7, Bandung;;\r\n"
            + "Siti Aminah;"
            + mans
            + ";12/03/1950;P;Jl. Cibeunying 7, Bandung;;\r\n"
            + "Siti Aminah;"
            + siti
            + ";12/03/1950;P;Jl. Cibeunying 7, Bandung;;\r\n"
            + name
            + ";;;P;Kolong jembatan Pasar Baru, dekat kafé;dibawa polisi, identitas tidak diketahui;1944\r\n"
            + "Tanpa Tanggal;;;P;Bandung;tidak membawa KTP;\r\n"
            + "Salah Bulan;3273035213500001;12/13/1950;P;Bandung;;\r\n"
            + "<b>Tebal</b>;;;L;Bandung;lainnya;1950\r\n";
    byte[] file = csv.getBytes(Charset.forName("windows-1252"));

    Rest.Answer started = upload("supervisor1", "penghuni.csv", file);
    assertThat(started.status()).as(String.valueOf(started.body())).isEqualTo(202);
    assertThat(started.map()).containsEntry("total", 7).containsEntry("encoding", "windows-1252");
    Map<String, Object> report = finished((String) started.map().get("id"));
    assertThat(report).containsEntry("processed", 7);
    Map<Long, Map<String, Object>> rows = rows(report);
    assertThat(rows.get(2L)).containsEntry("status", "ADDED");
    assertThat(rows.get(3L)).containsEntry("status", "REFUSED");
    assertThat((String) rows.get(3L).get("message")).contains("NIK ini milik seorang laki-laki");
    assertThat(rows.get(4L)).containsEntry("status", "REFUSED");
    assertThat((String) rows.get(4L).get("message")).contains("NIK sama dengan baris 2");
    assertThat(rows.get(5L)).containsEntry("status", "ADDED");
    assertThat((String) rows.get(6L).get("message"))
        .contains("«tanggal_lahir» atau «tahun_lahir_perkiraan» wajib diisi");
    assertThat((String) rows.get(7L).get("message"))
        .contains("«tanggal_lahir» \"12/13/1950\" tidak terbaca");
    assertThat((String) rows.get(8L).get("message")).contains("tidak boleh berisi tag HTML");
    Client imported = registry.findByNik(siti).orElseThrow();
    assertThat(imported.fullName()).isEqualTo("Siti Aminah");
    Client withoutPapers =
        registry.findById(((Number) rows.get(5L).get("clientId")).longValue()).orElseThrow();
    assertThat(withoutPapers.nik()).isNull();
    assertThat(withoutPapers.nikMissingReason()).isEqualTo("IDENTITY_UNKNOWN");
    assertThat(withoutPapers.birthYearEstimate()).isEqualTo(1944);
    assertThat(registry.changesOf(withoutPapers.id()))
        .singleElement()
        .satisfies(c -> assertThat(c.newValue()).isEqualTo("penghuni.csv, baris 5"));

    // the same file again: nobody twice
    Map<String, Object> again =
        finished((String) upload("supervisor1", "penghuni.csv", file).map().get("id"));
    Map<Long, Map<String, Object>> second = rows(again);
    assertThat(second.get(2L)).containsEntry("status", "ALREADY_REGISTERED");
    assertThat(second.get(5L))
        .containsEntry("status", "ALREADY_REGISTERED")
        .containsEntry("clientId", ((Number) rows.get(5L).get("clientId")).intValue());
    assertThat(((Map<?, ?>) again.get("counts")).get("ADDED")).isEqualTo(0);
  }

  @Test
  void aFileThatCannotBeTakenIsRefusedAtOnceAndOnlyImportersImport() {
    byte[] noName = "NIK;Alamat\r\n1;2\r\n".getBytes(Charset.forName("windows-1252"));
    Rest.Answer refused = upload("supervisor1", "x.csv", noName);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.message()).contains("Kolom nama, jenis_kelamin");
    assertThat(upload("supervisor1", "x.csv", "nama,alamat\n".getBytes()).message())
        .contains("tidak berisi baris data");
    for (String user : List.of("peksos1", "manajer1", "auditor1")) {
      assertThat(upload(user, "x.csv", "nama\nA\n".getBytes()).status()).as(user).isEqualTo(403);
    }
  }

  @Test
  void residentsEnterTheCycleAtTheStageTheListGivesOnce() {
    String newcomer = CaseData.nikFor(LocalDate.of(1948, 7, 1), "F");
    String resident = CaseData.nikFor(LocalDate.of(1945, 2, 2), "M");
    String name =
        "Karsih Wi" + Integer.toString(ThreadLocalRandom.current().nextInt(1000, 9999), 36);
    String csv =
        "nama,nik,tanggal_lahir,jenis_kelamin,alamat,tahap,alasan_tanpa_nik,tahun_lahir_perkiraan\n"
            + "Painem,"
            + newcomer
            + ",01/07/1948,P,Sleman,intake,,\n"
            + "Sukardi,"
            + resident
            + ",02/02/1945,L,Wisma Melati 2,asesmen,,\n"
            + name
            + ",,,P,Wisma Mawar 1,asesmen,tidak membawa KTP,1940\n"
            + "Tanpa Tahap,,,P,Wisma Mawar 2,pulang,lainnya,1941\n";
    Map<String, Object> report =
        finished(
            (String) upload("supervisor1", "penghuni-tahap.csv", csv.getBytes()).map().get("id"));
    Map<Long, Map<String, Object>> rows = rows(report);
    assertThat((String) rows.get(2L).get("message")).contains("dibuka di tahap intake");
    assertThat((String) rows.get(3L).get("message")).contains("dibuka di tahap asesmen");
    assertThat((String) rows.get(4L).get("message"))
        .as(String.valueOf(rows.get(4L)))
        .contains("dibuka di tahap asesmen");
    assertThat(rows.get(5L)).containsEntry("status", "REFUSED");
    assertThat((String) rows.get(5L).get("message")).contains("«tahap» \"pulang\" tidak dikenal");

    assertThat(openTaskOf(registry.findByNik(newcomer).orElseThrow().id()))
        .isEqualTo(TASK_INTAKE_INTERVIEW);
    long residentId = registry.findByNik(resident).orElseThrow().id();
    assertThat(openTaskOf(residentId)).isEqualTo(TASK_ASSESS_CLIENT);
    String pi = caseFiles.casesOf(residentId).get(0).processInstanceId();
    assertThat(runtimeService.getVariables(pi))
        .containsEntry("admissionApproved", true)
        .containsEntry("eligible", true)
        .containsEntry("caseOpenedBy", "supervisor1");
    assertThat(openTaskOf(((Number) rows.get(4L).get("clientId")).longValue()))
        .as("a resident without papers too")
        .isEqualTo(TASK_ASSESS_CLIENT);

    Map<String, Object> again =
        finished(
            (String) upload("supervisor1", "penghuni-tahap.csv", csv.getBytes()).map().get("id"));
    assertThat(rows(again).get(3L))
        .containsEntry("status", "ALREADY_REGISTERED")
        .satisfies(r -> assertThat((String) r.get("message")).doesNotContain("dibuka"));
    assertThat(caseFiles.casesOf(residentId)).as("one case, not two").hasSize(1);
  }

  String openTaskOf(long clientId) {
    String pi = caseFiles.casesOf(clientId).get(0).processInstanceId();
    return taskService
        .createTaskQuery()
        .processInstanceId(pi)
        .singleResult()
        .getTaskDefinitionKey();
  }
}
