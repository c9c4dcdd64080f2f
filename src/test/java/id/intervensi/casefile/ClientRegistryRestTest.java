package id.intervensi.casefile;

import static id.intervensi.CaseData.*;
import static id.intervensi.cycle.InterventionCycle.*;
import static org.assertj.core.api.Assertions.assertThat;

import id.intervensi.e2e.Rest;
import id.intervensi.e2e.RunningApp;
import id.intervensi.security.Cases;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One record per resident, through the REST API as the demo users: the NIK is checked for what it
 * encodes, a known NIK never takes over another person's record, a returning client's new address
 * is recorded with who, when and why, and a supervisor corrects a stored identity deliberately.
 */
@RunningApp
class ClientRegistryRestTest {

  static final String WORKER = "peksos1";
  static final String OPENING =
      "/engine-rest/process-definition/key/" + PROCESS_ID + "/submit-form";

  @LocalServerPort int port;
  @Autowired ClientRegistry registry;
  @Autowired RuntimeService runtimeService;
  @Autowired JdbcClient jdbc;

  Cases cases() {
    return new Cases(port);
  }

  Rest.Answer open(Map<String, Object> opening) {
    return cases().as(WORKER).post(OPENING, Map.of("variables", toRest(opening)));
  }

  @Test
  void aNikThatDisagreesWithTheBirthDateOrSexIsRefusedSayingWhichPart() {
    String nik = nikFor(LocalDate.of(1950, 3, 12), "F");
    Rest.Answer swapped = open(with(caseOpening(nik), "clientBirthDate", "1950-12-03"));
    assertThat(swapped.status()).isEqualTo(400);
    assertThat(swapped.message())
        .contains("Tanggal lahir pada NIK (digit ke-7 dan ke-8: 52, yaitu tanggal 12)")
        .contains("Bulan lahir pada NIK (digit ke-9 dan ke-10: 03)");
    Rest.Answer man = open(with(caseOpening(nik), "clientSex", "M"));
    assertThat(man.status()).isEqualTo(400);
    assertThat(man.message()).contains("NIK ini milik seorang perempuan");
    Rest.Answer region = open(caseOpening("00" + nik.substring(2)));
    assertThat(region.status()).isEqualTo(400);
    assertThat(region.message()).contains("bukan kode provinsi");
    assertThat(registry.findByNik(nik)).as("nothing registered").isEmpty();
  }

  @Test
  void aKnownNikWithAnotherNameTakesNothingOver() {
    String nik = nikFor(LocalDate.of(1950, 3, 12), "F");
    String first = (String) open(caseOpening(nik)).map().get("id");
    Client stored = registry.findByNik(nik).orElseThrow();
    long casesBefore = runtimeService.createProcessInstanceQuery().count();

    Rest.Answer other = open(with(caseOpening(nik), "clientName", "Sumiati"));
    assertThat(other.status()).isEqualTo(400);
    assertThat(other.message())
        .contains("NIK " + nik + " sudah terdaftar atas nama Siti Aminah (lahir 12/03/1950")
        .contains("berbeda pada nama");
    assertThat(registry.findByNik(nik)).contains(stored);
    assertThat(registry.changesOf(stored.id())).isEmpty();
    assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(casesBefore);
    assertThat(first).isNotNull();

    Rest.Answer again = open(with(caseOpening(nik), "clientName", "  siti   AMINAH "));
    assertThat(again.message())
        .as("the same name written otherwise is the same person, who has a case open")
        .contains("sudah memiliki kasus aktif");
  }

  @Test
  void aReturningClientKeepsTheirRecordAndTheNewAddressIsRecorded() {
    String nik = nikFor(LocalDate.of(1950, 3, 12), "F");
    String first = (String) open(caseOpening(nik)).map().get("id");
    Cases cases = cases();
    // the client goes home with her family; the case ends
    String caseNumber = (String) runtimeService.getVariable(first, "caseNumber");
    Rest.Answer exit =
        cases
            .as(WORKER)
            .post(
                "/api/cases/" + caseNumber + "/client-exit",
                Map.of("reason", "RETURNED_TO_FAMILY", "note", "Dijemput anaknya."));
    assertThat(exit.status()).as(exit.message()).isEqualTo(204);
    cases.work(WORKER, first, TASK_TERMINATE, termination(false));
    Client stored = registry.findByNik(nik).orElseThrow();

    // a year later she is referred again, from her daughter's house
    Rest.Answer readmitted =
        open(with(caseOpening(nik), "clientAddress", "Jl. Cibeunying No. 7, Bandung"));
    assertThat(readmitted.status()).as(readmitted.message()).isEqualTo(200);
    String second = (String) readmitted.map().get("id");
    assertThat(runtimeService.getVariable(second, "clientId")).isEqualTo(stored.id());
    String secondNumber = (String) runtimeService.getVariable(second, "caseNumber");

    Map<String, Object> record = cases.as("supervisor1").get("/api/clients/" + stored.id()).map();
    assertThat(cases(record)).containsExactly(secondNumber, caseNumber);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> changes = (List<Map<String, Object>>) record.get("changes");
    assertThat(changes)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c)
                  .containsEntry("field", "address")
                  .containsEntry("oldValue", stored.address())
                  .containsEntry("newValue", "Jl. Cibeunying No. 7, Bandung")
                  .containsEntry("changedBy", WORKER)
                  .containsEntry("reason", "Pembukaan kasus " + secondNumber);
              assertThat(c.get("changedAt")).isNotNull();
            });
  }

  @SuppressWarnings("unchecked")
  static List<Object> cases(Map<String, Object> record) {
    return ((List<Map<String, Object>>) record.get("cases"))
        .stream().map(c -> c.get("caseNumber")).toList();
  }

  @Test
  void aSupervisorCorrectsAStoredIdentityAndTheChangeIsKept() {
    String nik = nikFor(LocalDate.of(1950, 3, 12), "F");
    open(caseOpening(nik));
    Client stored = registry.findByNik(nik).orElseThrow();
    String path = "/api/clients/" + stored.id();
    Map<String, Object> correction =
        Map.of("fullName", "Sitti Aminah", "reason", "Ejaan sesuai KTP yang dibawa keluarga.");

    for (String user : List.of(WORKER, "manajer1", "auditor1")) {
      Rest.Answer refused = cases().as(user).patch(path, correction);
      assertThat(refused.status()).as(user).isEqualTo(403);
      assertThat(refused.message()).as(user).startsWith("Identitas klien hanya dapat diperbaiki");
    }
    assertThat(cases().as(WORKER).get(path).status())
        .as("workers use the case file")
        .isEqualTo(403);
    assertThat(cases().as("auditor1").get(path).status()).isEqualTo(200);

    Rest.Answer noReason =
        cases().as("supervisor1").patch(path, Map.of("fullName", "Sitti Aminah"));
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.message()).contains("«Alasan» wajib diisi");
    Rest.Answer wrongDate =
        cases()
            .as("supervisor1")
            .patch(path, Map.of("birthDate", "1950-03-13", "reason", "Salah ketik."));
    assertThat(wrongDate.status()).isEqualTo(400);
    assertThat(wrongDate.message()).contains("Tanggal lahir pada NIK");
    assertThat(registry.changesOf(stored.id())).as("nothing refused is kept").isEmpty();

    Rest.Answer corrected = cases().as("supervisor1").patch(path, correction);
    assertThat(corrected.status()).as(corrected.message()).isEqualTo(200);
    assertThat(registry.findById(stored.id()).orElseThrow().fullName()).isEqualTo("Sitti Aminah");
    assertThat(registry.changesOf(stored.id()))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.field()).isEqualTo("fullName");
              assertThat(c.oldValue()).isEqualTo("Siti Aminah");
              assertThat(c.newValue()).isEqualTo("Sitti Aminah");
              assertThat(c.changedBy()).isEqualTo("supervisor1");
              assertThat(c.reason()).isEqualTo("Ejaan sesuai KTP yang dibawa keluarga.");
            });

    String othersNik = nikFor(LocalDate.of(1950, 3, 12), "F");
    open(caseOpening(othersNik));
    Rest.Answer taken =
        cases().as("supervisor1").patch(path, Map.of("nik", othersNik, "reason", "Salah ketik."));
    assertThat(taken.status()).isEqualTo(409);
    assertThat(cases().as("supervisor1").get("/api/clients/999999").status()).isEqualTo(404);
  }

  /** The start form's data of an elderly man brought by the police without papers. */
  static Map<String, Object> withoutPapers(int estimatedBirthYear) {
    Map<String, Object> opening = new LinkedHashMap<>(caseOpening(null));
    opening.remove("clientNik");
    opening.remove("clientBirthDate");
    opening.put("referralSource", "POLICE");
    opening.put("clientName", "Mbah Karto (nama panggilan)");
    opening.put("clientSex", "M");
    opening.put("clientNikUnknown", true);
    opening.put("nikMissingReason", "IDENTITY_UNKNOWN");
    opening.put("clientBirthDateUnknown", true);
    opening.put("clientBirthYearEstimate", (long) estimatedBirthYear);
    return opening;
  }

  @Test
  void anElderlyPersonWithoutPapersIsRegisteredAndTheNikAddedLater() {
    int thisYear = LocalDate.now(HOME_ZONE).getYear();
    Rest.Answer opened = open(withoutPapers(thisYear - 75));
    assertThat(opened.status()).as(opened.message()).isEqualTo(200);
    String pi = (String) opened.map().get("id");
    assertThat(runtimeService.getVariable(pi, "clientAge"))
        .as("age from the estimate")
        .isEqualTo(75L);
    long clientId = (Long) runtimeService.getVariable(pi, "clientId");
    Client stored = registry.findById(clientId).orElseThrow();
    assertThat(stored.nik()).isNull();
    assertThat(stored.birthDate()).isNull();
    assertThat(stored.birthYearEstimate()).isEqualTo(thisYear - 75);
    assertThat(stored.nikMissingReason()).isEqualTo("IDENTITY_UNKNOWN");
    assertThat(runtimeService.getVariables(pi))
        .as("identity stays out of the case")
        .doesNotContainKeys("clientNikUnknown", "nikMissingReason", "clientBirthYearEstimate");

    // his family finds him; his KTP gives the NIK and the exact birth date
    LocalDate born = LocalDate.of(thisYear - 75, 8, 17);
    String nik = "3273031708" + String.format("%02d", born.getYear() % 100) + "0007";
    Rest.Answer added =
        cases()
            .as("supervisor1")
            .patch(
                "/api/clients/" + clientId,
                Map.of(
                    "nik",
                    nik,
                    "birthDate",
                    born.toString(),
                    "fullName",
                    "Kartosuwiryo",
                    "reason",
                    "KTP dibawa anaknya."));
    assertThat(added.status()).as(added.message()).isEqualTo(200);
    Client found = registry.findById(clientId).orElseThrow();
    assertThat(found.nik()).isEqualTo(nik);
    assertThat(found.birthDate()).isEqualTo(born);
    assertThat(found.birthYearEstimate()).isNull();
    assertThat(registry.changesOf(clientId))
        .extracting(ClientRegistry.Change::field)
        .containsExactlyInAnyOrder(
            "nik", "fullName", "birthDate", "birthYearEstimate", "nikMissingReason");
  }

  @Test
  void withoutPapersTheReasonAndAPlausibleEstimateAreRequired() {
    int thisYear = LocalDate.now(HOME_ZONE).getYear();
    Rest.Answer noReason = open(with(withoutPapers(1950), "nikMissingReason", null));
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.message()).contains("Alasan NIK tidak ada");
    Rest.Answer future = open(withoutPapers(thisYear + 1));
    assertThat(future.status()).isEqualTo(400);
    assertThat(future.message()).contains("Perkiraan tahun lahir harus tahun antara");
    Rest.Answer both =
        open(with(withoutPapers(1950), "clientNik", nikFor(LocalDate.of(1950, 1, 1), "M")));
    assertThat(both.status()).isEqualTo(400);
    assertThat(both.message()).contains("NIK diisi padahal ditandai tidak ada");
    Rest.Answer yearOff =
        open(
            with(
                with(withoutPapers(1951), "clientNikUnknown", false),
                "clientNik",
                nikFor(LocalDate.of(1950, 1, 1), "M")));
    assertThat(yearOff.status()).isEqualTo(400);
    assertThat(yearOff.message()).contains("perkiraan tahun lahir yang diisi (1951)");
  }

  /** A woman brought without papers, her birth year estimated. */
  static Map<String, Object> womanWithoutPapers(String name, int estimatedBirthYear) {
    Map<String, Object> opening = withoutPapers(estimatedBirthYear);
    opening.put("clientName", name);
    opening.put("clientSex", "F");
    return opening;
  }

  @Test
  void aLikelyDuplicateIsShownAndTheWorkerDecides() {
    int year = 1930 + ThreadLocalRandom.current().nextInt(20);
    String name = "Noor Hasanah " + suffix();
    Rest.Answer first = open(womanWithoutPapers(name, year));
    assertThat(first.status()).as(first.message()).isEqualTo(200);
    String firstPi = (String) first.map().get("id");
    long firstClient = (Long) runtimeService.getVariable(firstPi, "clientId");

    // the same spelling variant, the same year: shown, nothing registered
    String variant = name.replace("Noor", "Nur");
    long clientsBefore = countClients();
    Rest.Answer shown = open(womanWithoutPapers(variant, year));
    assertThat(shown.status()).isEqualTo(400);
    assertThat(shown.message())
        .contains("Kemungkinan orang yang sama sudah terdaftar: #" + firstClient + " " + name)
        .contains("lahir sekitar " + year)
        .contains("(aktif)")
        .contains("«Nomor klien terdaftar»");
    assertThat(countClients()).isEqualTo(clientsBefore);

    // the worker says it is another woman: registered, and the decision is kept
    Rest.Answer other = open(with(womanWithoutPapers(variant, year), "notADuplicate", true));
    assertThat(other.status()).as(other.message()).isEqualTo(200);
    long otherClient =
        (Long) runtimeService.getVariable((String) other.map().get("id"), "clientId");
    assertThat(otherClient).isNotEqualTo(firstClient);
    assertThat(registry.changesOf(otherClient))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.field()).isEqualTo("duplicateCheck");
              assertThat(c.newValue()).isEqualTo("bukan orang yang sama dengan #" + firstClient);
              assertThat(c.changedBy()).isEqualTo(WORKER);
            });

    // the first woman's case ends; her KTP turns up with her NIK when she is referred again
    String caseNumber = (String) runtimeService.getVariable(firstPi, "caseNumber");
    assertThat(
            cases()
                .as(WORKER)
                .post(
                    "/api/cases/" + caseNumber + "/client-exit",
                    Map.of("reason", "RETURNED_TO_FAMILY", "note", "Dijemput keluarga."))
                .status())
        .isEqualTo(204);
    cases().work(WORKER, firstPi, TASK_TERMINATE, termination(false));
    LocalDate born = LocalDate.of(year, 5, 5);
    Map<String, Object> withKtp =
        with(
            with(
                with(caseOpening(nikFor(born, "F")), "clientName", name),
                "clientBirthDate",
                born.toString()),
            "knownClientId",
            firstClient);
    Rest.Answer wrongNumber = open(with(withKtp, "knownClientId", otherClient + 1000));
    assertThat(wrongNumber.status()).isEqualTo(400);
    assertThat(wrongNumber.message()).contains("bukan kemungkinan orang yang sama");
    Rest.Answer linked = open(withKtp);
    assertThat(linked.status()).as(linked.message()).isEqualTo(200);
    assertThat(runtimeService.getVariable((String) linked.map().get("id"), "clientId"))
        .isEqualTo(firstClient);
    Client found = registry.findById(firstClient).orElseThrow();
    assertThat(found.nik()).as("the NIK the record lacked").isEqualTo(withKtp.get("clientNik"));
    assertThat(found.nikMissingReason()).isNull();
    assertThat(registry.changesOf(firstClient))
        .extracting(ClientRegistry.Change::field)
        .contains("nik", "nikMissingReason");
  }

  static String suffix() {
    // a third name of its own, so that the test's people meet no other test's
    String letters = "abcdefghijklmnoprstuwy";
    StringBuilder word = new StringBuilder("Wi");
    for (int i = 0; i < 6; i++) {
      word.append(letters.charAt(ThreadLocalRandom.current().nextInt(letters.length())));
    }
    return word.toString();
  }

  long countClients() {
    return jdbc.sql("select count(*) from client").query(Long.class).single();
  }
}
