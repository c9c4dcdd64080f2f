package id.intervensi.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * Calls the running app's REST API as one user, with HTTP basic login, and keeps the status and
 * body of each answer.
 */
public final class Rest {

  public record Answer(int status, Object body) {
    @SuppressWarnings("unchecked")
    public Map<String, Object> map() {
      return (Map<String, Object>) body;
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> list() {
      return (List<Map<String, Object>>) body;
    }

    public String message() {
      return body instanceof Map<?, ?> m ? String.valueOf(m.get("message")) : String.valueOf(body);
    }
  }

  private final RestClient client;

  private Rest(RestClient client) {
    this.client = client;
  }

  public static Rest as(int port, String user, String password) {
    String credentials =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new Rest(
        RestClient.builder()
            .baseUrl("http://localhost:" + port)
            .defaultHeader("Authorization", "Basic " + credentials)
            .build());
  }

  public static Rest anonymous(int port) {
    return new Rest(RestClient.builder().baseUrl("http://localhost:" + port).build());
  }

  public Answer get(String path) {
    return client
        .get()
        .uri(path)
        .exchange((request, response) -> answer(response.getStatusCode(), read(response)));
  }

  public Answer post(String path, Object body) {
    return client
        .post()
        .uri(path)
        .contentType(MediaType.APPLICATION_JSON)
        .body(body == null ? Map.of() : body)
        .exchange((request, response) -> answer(response.getStatusCode(), read(response)));
  }

  public Answer put(String path, Object body) {
    return client
        .put()
        .uri(path)
        .contentType(MediaType.APPLICATION_JSON)
        .body(body)
        .exchange((request, response) -> answer(response.getStatusCode(), read(response)));
  }

  public Answer patch(String path, Object body) {
    return client
        .patch()
        .uri(path)
        .contentType(MediaType.APPLICATION_JSON)
        .body(body)
        .exchange((request, response) -> answer(response.getStatusCode(), read(response)));
  }

  public Answer postRaw(String path, String json) {
    return client
        .post()
        .uri(path)
        .contentType(MediaType.APPLICATION_JSON)
        .body(json)
        .exchange((request, response) -> answer(response.getStatusCode(), read(response)));
  }

  private static Object read(RestClient.RequestHeadersSpec.ConvertibleClientHttpResponse response) {
    try {
      byte[] bytes = response.getBody().readAllBytes();
      if (bytes.length == 0) {
        return null;
      }
      String text = new String(bytes, StandardCharsets.UTF_8);
      return text.startsWith("{") || text.startsWith("[")
          ? new ObjectMapper().readValue(text, Object.class)
          : text;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Answer answer(HttpStatusCode status, Object body) {
    return new Answer(status.value(), body);
  }
}
