package id.intervensi.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.intervensi.IntervensiApplication;
import id.intervensi.e2e.Rest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The app as production runs it (prod profile, administrator password from the environment), over
 * HTTP.
 */
// starts whole apps of its own: runs in a JVM of its own (pom.xml, surefire execution own-apps)
@Tag("own-apps")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductionProfileTest {

  static final String ADMIN_PASSWORD = "Panti-Werdha-2026-rahasia";
  static final Pattern STACK_FRAME = Pattern.compile("\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\(");

  ConfigurableApplicationContext app;
  int port;
  String engineName;
  final HttpClient http = HttpClient.newHttpClient();

  static SpringApplicationBuilder prod() {
    return new SpringApplicationBuilder(IntervensiApplication.class).profiles("prod");
  }

  static String[] args(String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:intervensi-prod-"
                    + System.nanoTime()
                    + ";DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE",
                "--camunda.bpm.process-engine-name=prodtest" + System.nanoTime(),
                "--camunda.bpm.job-execution.enabled=false",
                "--intervensi.allow-root=true"));
    args.addAll(List.of(more));
    return args.toArray(new String[0]);
  }

  /**
   * The REST API and the webapps find engines by name in a JVM-wide registry, where the app the
   * other tests share is "default": this one gets a name of its own, and the test addresses it by
   * that name (/engine-rest/engine/{name}/..., /camunda/app/welcome/{name}/).
   */
  @BeforeAll
  void start() {
    app = prod().run(args("--INTERVENSI_ADMIN_PASSWORD=" + ADMIN_PASSWORD));
    port = ((WebServerApplicationContext) app).getWebServer().getPort();
    engineName = app.getBean(ProcessEngine.class).getName();
  }

  @AfterAll
  void stop() {
    app.close();
  }

  String rest() {
    return "/engine-rest/engine/" + engineName;
  }

  HttpResponse<String> get(String path) {
    try {
      return http.send(
          HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void doesNotStartWithoutARealAdministratorPassword() {
    assertThatThrownBy(() -> prod().run(args()).close())
        .hasStackTraceContaining("Set INTERVENSI_ADMIN_PASSWORD");
    assertThatThrownBy(() -> prod().run(args("--INTERVENSI_ADMIN_PASSWORD=admin")).close())
        .hasStackTraceContaining("Set INTERVENSI_ADMIN_PASSWORD");
    assertThatThrownBy(
            () ->
                prod()
                    .profiles("demo")
                    .run(args("--INTERVENSI_ADMIN_PASSWORD=" + ADMIN_PASSWORD))
                    .close())
        .hasStackTraceContaining("demo profile");
  }

  @Test
  void doesNotStartAsRoot() {
    Assumptions.assumeTrue(
        "root".equals(System.getProperty("user.name")), "only a JVM running as root can show it");
    List<String> withoutAllowance =
        new ArrayList<>(List.of(args("--INTERVENSI_ADMIN_PASSWORD=" + ADMIN_PASSWORD)));
    withoutAllowance.remove("--intervensi.allow-root=true");
    assertThatThrownBy(() -> prod().run(withoutAllowance.toArray(new String[0])).close())
        .hasStackTraceContaining("does not run as root");
  }

  @Test
  void hasNoDemoUsersAndTheAdministratorFromTheEnvironment() {
    ProcessEngine engine = app.getBean(ProcessEngine.class);
    assertThat(engine.getIdentityService().createUserQuery().list())
        .extracting(u -> u.getId())
        .containsExactly("admin");
    assertThat(Rest.as(port, "peksos1", "demo").get(rest() + "/task").status()).isEqualTo(401);
    assertThat(Rest.as(port, "admin", ADMIN_PASSWORD).get(rest() + "/user?maxResults=100").status())
        .isEqualTo(200);
    // the groups and their grants exist: an administrator only has to add people
    assertThat(
            engine
                .getIdentityService()
                .createGroupQuery()
                .groupIdIn(Groups.ALL.toArray(new String[0]))
                .count())
        .isEqualTo(Groups.ALL.size());
  }

  @Test
  void sessionAndCsrfCookiesAreSecureAndSameSite() {
    HttpResponse<String> page = get("/camunda/app/welcome/" + engineName + "/");
    List<String> cookies = page.headers().allValues("Set-Cookie");
    assertThat(cookies)
        .as("cookies of the welcome page")
        .anySatisfy(c -> assertThat(c).startsWith("XSRF-TOKEN="));
    for (String cookie : cookies) {
      List<String> attributes =
          Arrays.stream(cookie.split(";")).map(String::trim).map(String::toLowerCase).toList();
      assertThat(attributes).as(cookie).contains("secure", "samesite=strict");
    }
    assertThat(cookies)
        .filteredOn(c -> c.startsWith("JSESSIONID="))
        .isNotEmpty()
        .allSatisfy(c -> assertThat(c.toLowerCase()).contains("httponly"));
  }

  @Test
  void securityHeadersOnWebappsAndRestApis() {
    HttpResponse<String> page = get("/camunda/app/welcome/" + engineName + "/");
    assertThat(page.headers().firstValue("Content-Security-Policy"))
        .get()
        .asString()
        .contains("frame-ancestors 'none'");
    assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(page.headers().firstValue("Strict-Transport-Security"))
        .get()
        .asString()
        .contains("max-age=31536000");

    for (String path :
        List.of(rest() + "/task", "/api/cases/PSTW-2026-00001/termination-request")) {
      HttpResponse<String> rest = get(path);
      assertThat(rest.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
      assertThat(rest.headers().firstValue("Cache-Control")).as(path).contains("no-store");
      assertThat(rest.headers().firstValue("X-Frame-Options")).as(path).contains("DENY");
      assertThat(rest.headers().firstValue("Strict-Transport-Security")).as(path).isPresent();
    }
  }

  @Test
  void noH2Console() {
    assertThat(get("/h2-console/").statusCode()).isEqualTo(404);
    assertThat(get("/h2-console/login.do").statusCode()).isEqualTo(404);
  }

  @Test
  void errorResponsesCarryNoStackTraces() {
    Rest admin = Rest.as(port, "admin", ADMIN_PASSWORD);
    List<Rest.Answer> errors =
        List.of(
            admin.get("/tidak-ada"),
            admin.get(rest() + "/tidak-ada"),
            admin.postRaw(rest() + "/task", "{bukan json"),
            admin.postRaw(
                rest() + "/process-definition/key/intervention-cycle/submit-form",
                "{\"variables\": 42}"),
            admin.get(rest() + "/task/tidak-ada"),
            admin.get(rest() + "/task?sortBy=nonsense&sortOrder=asc"),
            admin.postRaw(rest() + "/deployment/create", "bukan multipart"),
            // /api/* logs in against the engine named "default", which here is the other tests'
            // app:
            // no real user's password is sent there (a wrong one would lock that user out)
            Rest.anonymous(port).postRaw("/api/cases/PSTW-2026-00001/client-exit", "{bukan json"),
            Rest.as(port, "tidak-ada", "salah").get("/api/cases/PSTW-2026-00001/client-exit"),
            Rest.anonymous(port).get(rest() + "/task"));
    for (Rest.Answer error : errors) {
      assertThat(error.status()).as(String.valueOf(error.body())).isBetween(400, 599);
      String body = String.valueOf(error.body());
      assertThat(STACK_FRAME.matcher(body).find()).as("stack frame in %s", body).isFalse();
      assertThat(body).doesNotContain("trace").doesNotContain("Caused by");
    }
  }
}
