package id.intervensi.documents;

import static id.intervensi.CaseData.*;
import static id.intervensi.cycle.InterventionCycle.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.intervensi.e2e.Rest;
import id.intervensi.e2e.RunningApp;
import id.intervensi.security.Cases;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * The papers of a case: a PDF and a picture kept and given back byte for byte, files told by their
 * bytes (an .exe or a web page named .pdf or .png is refused), the size limit, who may read and who
 * may add, a closed case, and every upload and download recorded with who.
 */
@RunningApp
class CaseDocumentRestTest {

  static final String WORKER = "peksos1";
  static final String OTHER_WORKER = "peksos2";

  /** A minimal PDF: one empty page. */
  static final byte[] PDF =
      """
      %PDF-1.4
      1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj
      2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj
      3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 200 200]>> endobj
      trailer <</Root 1 0 R>>
      %%EOF
      """
          .getBytes(StandardCharsets.US_ASCII);

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired JdbcClient jdbc;
  @Autowired DocumentSettings settings;

  @Test
  void theWorkerKeepsTheCasesPapersAndGetsThemBackByteForByteEveryAccessRecorded()
      throws Exception {
    Cases cases = new Cases(port);
    String caseNumber = caseNumber(cases.open(WORKER));
    byte[] png = image("png");

    Rest.Answer pdf =
        upload(
            WORKER,
            caseNumber,
            "KTP",
            "KTP Ibu Siti Aminah",
            "ktp siti.pdf",
            PDF,
            "application/pdf");
    assertThat(pdf.status()).as(pdf.message()).isEqualTo(201);
    assertThat(pdf.map())
        .containsEntry("caseNumber", caseNumber)
        .containsEntry("kind", "KTP")
        .containsEntry("title", "KTP Ibu Siti Aminah")
        .containsEntry("fileName", "ktp siti.pdf")
        .containsEntry("mediaType", "application/pdf")
        .containsEntry("sizeBytes", PDF.length)
        .containsEntry("sha256", sha256(PDF))
        .containsEntry("uploadedBy", WORKER)
        .containsEntry("downloads", 0)
        .containsKey("uploadedAt");
    // the name and declared type say nothing; the bytes say PNG, and the kind's label is the title
    Rest.Answer picture =
        upload(
            WORKER,
            caseNumber,
            "kk",
            null,
            "../../scan kk <1>.PNG",
            png,
            "application/octet-stream");
    assertThat(picture.status()).as(picture.message()).isEqualTo(201);
    assertThat(picture.map())
        .containsEntry("kind", "KK")
        .containsEntry("title", "Kartu Keluarga")
        .containsEntry("fileName", "scan kk _1_.png")
        .containsEntry("mediaType", "image/png");
    long pdfId = id(pdf);
    long pngId = id(picture);

    assertThat(list(WORKER, caseNumber))
        .as("the newest first")
        .extracting(d -> id(d))
        .containsExactly(pngId, pdfId);

    Download got = download(WORKER, caseNumber, pdfId);
    assertThat(got.status()).isEqualTo(200);
    assertThat(got.body()).isEqualTo(PDF);
    assertThat(got.headers().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    assertThat(got.headers().getFirst(HttpHeaders.CONTENT_DISPOSITION))
        .isEqualTo("attachment; filename=\"ktp siti.pdf\"");
    assertThat(got.headers().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    Download gotPng = download("supervisor1", caseNumber, pngId);
    assertThat(gotPng.body()).isEqualTo(png);
    assertThat(gotPng.headers().getContentType()).isEqualTo(MediaType.IMAGE_PNG);
    download(WORKER, caseNumber, pdfId);

    Map<String, Object> listed =
        list(WORKER, caseNumber).stream().filter(d -> id(d) == pdfId).findFirst().orElseThrow();
    assertThat(listed).containsEntry("downloads", 2).containsEntry("uploadedBy", WORKER);
    assertThat(access(pdfId))
        .containsExactly("UPLOAD " + WORKER, "DOWNLOAD " + WORKER, "DOWNLOAD " + WORKER);
    assertThat(access(pngId)).containsExactly("UPLOAD " + WORKER, "DOWNLOAD supervisor1");
  }

  @Test
  void onlyPdfPngAndJpegAsTheirBytesSayNotAsTheirNames() throws Exception {
    Cases cases = new Cases(port);
    String caseNumber = caseNumber(cases.open(WORKER));
    byte[] exe = new byte[512];
    byte[] header =
        "MZ\u0090\u0000This program cannot be run in DOS mode."
            .getBytes(StandardCharsets.ISO_8859_1);
    System.arraycopy(header, 0, exe, 0, header.length);
    byte[] html =
        "<!DOCTYPE html><html><body><script>alert('x')</script></body></html>"
            .getBytes(StandardCharsets.UTF_8);

    for (Rest.Answer refused :
        List.of(
            upload(WORKER, caseNumber, "KTP", null, "ktp.pdf", exe, "application/pdf"),
            upload(WORKER, caseNumber, "KK", null, "kk.png", html, "image/png"),
            upload(
                WORKER,
                caseNumber,
                "OTHER",
                null,
                "catatan.jpg",
                "teks biasa".getBytes(StandardCharsets.UTF_8),
                "image/jpeg"))) {
      assertThat(refused.status()).isEqualTo(400);
      assertThat(refused.message()).contains("bukan PDF, PNG atau JPEG");
    }
    Rest.Answer empty =
        upload(WORKER, caseNumber, "KTP", null, "ktp.pdf", new byte[0], "application/pdf");
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.message()).contains("«Berkas» wajib dilampirkan");
    Rest.Answer unknownKind =
        upload(WORKER, caseNumber, "PASPOR", null, "p.pdf", PDF, "application/pdf");
    assertThat(unknownKind.status()).isEqualTo(400);
    assertThat(unknownKind.message()).contains("«Jenis dokumen» harus salah satu dari: KTP, KK");
    Rest.Answer markup =
        upload(
            WORKER,
            caseNumber,
            "KTP",
            "<img src=x onerror=alert(1)>",
            "ktp.pdf",
            PDF,
            "application/pdf");
    assertThat(markup.status()).isEqualTo(400);
    assertThat(markup.message()).contains("«Judul»");
    assertThat(list(WORKER, caseNumber)).as("nothing refused is kept").isEmpty();
    assertThat(stored(caseNumber)).isZero();

    Rest.Answer jpeg =
        upload(
            WORKER,
            caseNumber,
            "MEDICAL_CERTIFICATE",
            "Surat dokter Puskesmas",
            "surat.pdf",
            image("jpeg"),
            "application/pdf");
    assertThat(jpeg.status()).as(jpeg.message()).isEqualTo(201);
    assertThat(jpeg.map())
        .as("kept as what its bytes are, under a name that says so")
        .containsEntry("mediaType", "image/jpeg")
        .containsEntry("fileName", "surat.jpg");
    assertThat(download(WORKER, caseNumber, id(jpeg)).headers().getContentType())
        .isEqualTo(MediaType.IMAGE_JPEG);
  }

  @Test
  void aFileOverTheLimitIsRefusedWithTheLimitAndNothingIsStored() {
    Cases cases = new Cases(port);
    String caseNumber = caseNumber(cases.open(WORKER));
    assertThat(settings.maxSize().toMegabytes()).as("application.yaml's default").isEqualTo(10);
    byte[] large = Arrays.copyOf(PDF, (int) settings.maxSize().toBytes() + 1);

    // RestClient names the file's length in its part: the server refuses before reading it, and
    // must read the rest anyway or its close resets the connection and the answer is lost (which
    // happens to about every second request: hence five)
    for (int i = 0; i < 5; i++) {
      Rest.Answer refused =
          upload(WORKER, caseNumber, "OTHER", null, "besar.pdf", large, "application/pdf");
      assertThat(refused.status()).isEqualTo(413);
      assertThat(refused.message()).contains("Berkas terlalu besar: paling besar 10 MB");
    }
    assertThat(stored(caseNumber)).isZero();

    Rest.Answer atTheLimit =
        upload(
            WORKER,
            caseNumber,
            "OTHER",
            null,
            "pas.pdf",
            Arrays.copyOf(PDF, (int) settings.maxSize().toBytes()),
            "application/pdf");
    assertThat(atTheLimit.status()).as(atTheLimit.message()).isEqualTo(201);
    assertThat(atTheLimit.map()).containsEntry("sizeBytes", (int) settings.maxSize().toBytes());
  }

  @Test
  void theCasesWorkerAndSupervisorsAddAuditorsAndManagersOnlyReadOtherWorkersNothing() {
    Cases cases = new Cases(port);
    String caseNumber = caseNumber(cases.open(WORKER));
    long id =
        id(
            upload(
                WORKER,
                caseNumber,
                "REFERRAL_LETTER",
                null,
                "rujukan.pdf",
                PDF,
                "application/pdf"));

    // a social worker of another case: neither the list, the file nor an upload, and no trace
    assertThat(cases.as(OTHER_WORKER).get(path(caseNumber)).status()).isEqualTo(403);
    assertThat(download(OTHER_WORKER, caseNumber, id).status()).isEqualTo(403);
    assertThat(download(OTHER_WORKER, caseNumber, id).body()).asString().doesNotContain("%PDF");
    assertThat(
            upload(OTHER_WORKER, caseNumber, "OTHER", null, "x.pdf", PDF, "application/pdf")
                .status())
        .isEqualTo(403);

    Rest.Answer bySupervisor =
        upload(
            "supervisor1",
            caseNumber,
            "SIGNED_CONTRACT",
            null,
            "kontrak.pdf",
            PDF,
            "application/pdf");
    assertThat(bySupervisor.status()).as(bySupervisor.message()).isEqualTo(201);
    assertThat(bySupervisor.map()).containsEntry("uploadedBy", "supervisor1");

    Rest.Answer byAdmin =
        upload("admin", caseNumber, "OTHER", null, "lain.pdf", PDF, "application/pdf");
    assertThat(byAdmin.status()).as(byAdmin.message()).isEqualTo(201);

    for (String reader : List.of("auditor1", "manajer1")) {
      assertThat(list(reader, caseNumber)).as(reader).hasSize(3);
      assertThat(download(reader, caseNumber, id).body()).as(reader).isEqualTo(PDF);
      Rest.Answer refused =
          upload(reader, caseNumber, "OTHER", null, "x.pdf", PDF, "application/pdf");
      assertThat(refused.status()).as(reader).isEqualTo(403);
      assertThat(refused.message()).contains("hanya membacanya");
    }
    assertThat(stored(caseNumber)).isEqualTo(3);
    assertThat(access(id))
        .containsExactly("UPLOAD " + WORKER, "DOWNLOAD auditor1", "DOWNLOAD manajer1");

    // a document is reached only through its own case
    String otherCase = caseNumber(cases.open(WORKER));
    assertThat(download(WORKER, otherCase, id).status()).isEqualTo(404);
    assertThat(cases.as(WORKER).get(path("PSTW-1999-99999")).status()).isEqualTo(404);
    assertThat(access(id)).hasSize(3);
  }

  @Test
  void aClosedCaseKeepsItsPapersAndTakesNoMore() {
    Cases cases = new Cases(port);
    String pi = cases.open(WORKER);
    String caseNumber = caseNumber(pi);
    long id = id(upload(WORKER, caseNumber, "KTP", null, "ktp.pdf", PDF, "application/pdf"));
    Rest.Answer exit =
        cases
            .as(WORKER)
            .post("/api/cases/" + caseNumber + "/client-exit", Map.of("reason", "DECEASED"));
    assertThat(exit.status()).as(exit.message()).isEqualTo(204);
    cases.work(WORKER, pi, TASK_TERMINATE, termination(false));

    Rest.Answer late =
        upload(WORKER, caseNumber, "DEATH_CERTIFICATE", null, "akta.pdf", PDF, "application/pdf");
    assertThat(late.status()).isEqualTo(409);
    assertThat(late.message()).isEqualTo("Kasus " + caseNumber + " sudah ditutup.");
    assertThat(list(WORKER, caseNumber)).extracting(d -> id(d)).containsExactly(id);
    assertThat(download(WORKER, caseNumber, id).body()).isEqualTo(PDF);
    assertThat(download("auditor1", caseNumber, id).body()).isEqualTo(PDF);
  }

  // --- helpers

  record Download(int status, HttpHeaders headers, byte[] body) {}

  static String path(String caseNumber) {
    return "/api/cases/" + caseNumber + "/documents";
  }

  String caseNumber(String processInstanceId) {
    return (String) runtimeService.getVariable(processInstanceId, "caseNumber");
  }

  Rest.Answer upload(
      String user,
      String caseNumber,
      String kind,
      String title,
      String fileName,
      byte[] content,
      String declaredType) {
    HttpHeaders fileHeaders = new HttpHeaders();
    fileHeaders.setContentType(MediaType.parseMediaType(declaredType));
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add(
        "file",
        new HttpEntity<>(
            new ByteArrayResource(content) {
              @Override
              public String getFilename() {
                return fileName;
              }
            },
            fileHeaders));
    parts.add("kind", kind);
    if (title != null) {
      parts.add("title", title);
    }
    return client(user)
        .post()
        .uri(path(caseNumber))
        .contentType(MediaType.MULTIPART_FORM_DATA)
        .body(parts)
        .exchange(
            (request, response) -> {
              String text = new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8);
              Object body =
                  text.startsWith("{") || text.startsWith("[")
                      ? new ObjectMapper().readValue(text, Object.class)
                      : text;
              return new Rest.Answer(response.getStatusCode().value(), body);
            });
  }

  List<Map<String, Object>> list(String user, String caseNumber) {
    Rest.Answer listed = new Cases(port).as(user).get(path(caseNumber));
    assertThat(listed.status()).as(listed.message()).isEqualTo(200);
    return listed.list();
  }

  Download download(String user, String caseNumber, long id) {
    return client(user)
        .get()
        .uri(path(caseNumber) + "/" + id + "/content")
        .exchange(
            (request, response) ->
                new Download(
                    response.getStatusCode().value(),
                    response.getHeaders(),
                    response.getBody().readAllBytes()));
  }

  /** "ACTION user" for each access of the document, in order. */
  List<String> access(long documentId) {
    return jdbc.sql(
            "select action, by_user from case_document_access where document_id = ? order by id")
        .param(documentId)
        .query((rs, row) -> rs.getString("action") + " " + rs.getString("by_user"))
        .list();
  }

  long stored(String caseNumber) {
    return jdbc.sql("select count(*) from case_document where case_number = ?")
        .param(caseNumber)
        .query(Long.class)
        .single();
  }

  static long id(Rest.Answer answer) {
    return id(answer.map());
  }

  static long id(Map<String, Object> document) {
    return ((Number) document.get("id")).longValue();
  }

  RestClient client(String user) {
    String credentials =
        Base64.getEncoder()
            .encodeToString((user + ":" + Cases.password(user)).getBytes(StandardCharsets.UTF_8));
    return RestClient.builder()
        .baseUrl("http://localhost:" + port)
        .defaultHeader("Authorization", "Basic " + credentials)
        .build();
  }

  static byte[] image(String format) throws IOException {
    BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
    image.setRGB(3, 3, 0xff8800);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(ImageIO.write(image, format, out)).isTrue();
    return out.toByteArray();
  }

  static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
