package id.intervensi.modeling;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.intervensi.e2e.Rest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * Deploys as Camunda Modeler 5 does ("Deploy to Camunda 7", endpoint http://host/engine-rest, basic
 * auth): one multipart POST to /engine-rest/deployment/create with deployment-name,
 * deployment-source "Camunda Modeler", deploy-changed-only and enable-duplicate-filtering, the
 * diagram as a text/xml part and every attached file (decisions, forms) as a part named by its file
 * name.
 */
final class ModelerClient {

  private final RestClient client;

  ModelerClient(int port, String user, String password) {
    String credentials =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    this.client =
        RestClient.builder()
            .baseUrl("http://localhost:" + port + "/engine-rest")
            .defaultHeader("Authorization", "Basic " + credentials)
            .build();
  }

  /** The first .bpmn file is the diagram Modeler has open; the other files are its attachments. */
  Rest.Answer deploy(String deploymentName, ModelFiles files) {
    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("deployment-name", deploymentName);
    form.add("deployment-source", "Camunda Modeler");
    form.add("deploy-changed-only", "true");
    form.add("enable-duplicate-filtering", "true");
    Map<String, byte[]> bytes = files.bytes();
    String diagram =
        bytes.keySet().stream()
            .filter(name -> name.endsWith(".bpmn"))
            .findFirst()
            .orElse(bytes.keySet().iterator().next());
    form.add(diagram, file(diagram, bytes.get(diagram), MediaType.TEXT_XML));
    bytes.forEach(
        (name, content) -> {
          if (!name.equals(diagram)) {
            form.add(name, file(name, content, MediaType.APPLICATION_OCTET_STREAM));
          }
        });
    return client
        .post()
        .uri("/deployment/create")
        .accept(MediaType.APPLICATION_JSON)
        .contentType(MediaType.MULTIPART_FORM_DATA)
        .body(form)
        .exchange(
            (request, response) -> {
              byte[] body = response.getBody().readAllBytes();
              String text = new String(body, StandardCharsets.UTF_8);
              Object parsed =
                  text.startsWith("{") ? new ObjectMapper().readValue(text, Object.class) : text;
              return new Rest.Answer(response.getStatusCode().value(), parsed);
            });
  }

  /** A file part as a browser's FormData sends it: form-data; name="x.bpmn"; filename="x.bpmn". */
  private static HttpEntity<ByteArrayResource> file(String name, byte[] content, MediaType type) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentDisposition(ContentDisposition.formData().name(name).filename(name).build());
    headers.setContentType(type);
    return new HttpEntity<>(new ByteArrayResource(content), headers);
  }
}
