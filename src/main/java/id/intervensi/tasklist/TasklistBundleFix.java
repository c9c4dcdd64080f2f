package id.intervensi.tasklist;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves Tasklist 7.24's own script with one defect fixed: a Camunda Form with a dynamic list could
 * not be completed. Tasklist disables "Complete" while form-js reports any error, and decides that
 * by counting the keys of form-js's error state; but form-js 1.8.7 keeps an empty entry
 * ({@code {"Field_goal": []}}) for every dynamic-list field once a row was edited, even when that
 * field is valid. So the plan and evaluation forms stayed blocked however well they were filled
 * in. Here Tasklist counts only real messages. The script is Camunda's, read from its webjar, with
 * this one expression replaced; the app refuses to start if the expression is not found (another
 * Tasklist version), rather than serving Tasklist unfixed.
 */
@RestController
class TasklistBundleFix {

  static final String SCRIPT = "META-INF/resources/webjars/camunda/app/tasklist/camunda-tasklist-bootstrap.js";
  static final String BROKEN = "var t=!!Object.keys(e.errors).length;h.notifyFormValidated(t)";
  static final String FIXED = "var t=function m(x){return Array.isArray(x)?x.some(m):x!==null&&typeof x===\"object\""
      + "?Object.keys(x).some(function(k){return m(x[k])}):!!x}(e.errors);h.notifyFormValidated(t)";

  private final String script;

  TasklistBundleFix() {
    this.script = fix(read());
  }

  static String fix(String original) {
    int at = original.indexOf(BROKEN);
    if (at < 0 || original.indexOf(BROKEN, at + 1) >= 0) {
      throw new IllegalStateException("Tasklist's script is not the one of Camunda 7.24 that " + TasklistBundleFix.class.getName()
          + " fixes (the expression to fix is missing or appears twice): check whether the dynamic-list defect is still there");
    }
    return original.replace(BROKEN, FIXED);
  }

  @GetMapping(path = "${camunda.bpm.webapp.application-path:/camunda}/app/tasklist/camunda-tasklist-bootstrap.js",
      produces = "text/javascript;charset=UTF-8")
  ResponseEntity<String> script() {
    return ResponseEntity.ok().cacheControl(CacheControl.noCache())
        .contentType(MediaType.parseMediaType("text/javascript;charset=UTF-8")).body(script);
  }

  private static String read() {
    try (InputStream in = new ClassPathResource(SCRIPT).getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + SCRIPT, e);
    }
  }
}
