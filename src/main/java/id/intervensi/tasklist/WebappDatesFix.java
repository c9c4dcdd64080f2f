package id.intervensi.tasklist;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves Cockpit's and Admin's own scripts (Camunda 7.24's, read from the webjar) with the language
 * of their dates fixed, as {@link TasklistBundleFix} does for Tasklist. Both offer Bahasa Indonesia
 * first and as their fallback, and English ({@code scripts/config.js}); each locale file they load
 * (the user's language and the fallback) sets the language of every date (moment), and the last to
 * arrive wins: an English Cockpit could show "17 Agustus 2026", an Indonesian one "2 days ago". A
 * locale file other than the user's language now leaves the language of dates as it was. The app
 * refuses to start if the expression to fix is not found exactly once (another Camunda version).
 */
@RestController
class WebappDatesFix {

  static final String COCKPIT =
      "META-INF/resources/webjars/camunda/app/cockpit/camunda-cockpit-bootstrap.js";
  static final String ADMIN =
      "META-INF/resources/webjars/camunda/app/admin/camunda-admin-bootstrap.js";

  /**
   * Camunda's locale callback in each script, and the fixed one. The names differ per script
   * (minified): in Cockpit the translate provider is {@code e}, in Admin {@code t}; the callback's
   * first parameter is renamed so that the provider can be reached.
   */
  static final Map<String, TasklistBundleFix.Fix> FIXES =
      Map.of(
          COCKPIT,
          new TasklistBundleFix.Fix(
              "callback:function(e,t,n){if(!e&&t&&t.dateLocales){var a=n||s;"
                  + "i.locales().indexOf(a)>-1?i.updateLocale(a,t.dateLocales):i.defineLocale(a,t.dateLocales)}}",
              "callback:function(x,t,n){if(!x&&t&&t.dateLocales){var a=n||s,g=i.locale();"
                  + "i.locales().indexOf(a)>-1?i.updateLocale(a,t.dateLocales):i.defineLocale(a,t.dateLocales);"
                  + "a!==e.preferredLanguage()&&i.locale(g)}}"),
          ADMIN,
          new TasklistBundleFix.Fix(
              "callback:function(t,e,n){if(!t&&e&&e.dateLocales){var r=n||s;"
                  + "a.locales().indexOf(r)>-1?a.updateLocale(r,e.dateLocales):a.defineLocale(r,e.dateLocales)}}",
              "callback:function(x,e,n){if(!x&&e&&e.dateLocales){var r=n||s,g=a.locale();"
                  + "a.locales().indexOf(r)>-1?a.updateLocale(r,e.dateLocales):a.defineLocale(r,e.dateLocales);"
                  + "r!==t.preferredLanguage()&&a.locale(g)}}"));

  private final String cockpit;
  private final String admin;

  WebappDatesFix() {
    this.cockpit = fix(COCKPIT, read(COCKPIT));
    this.admin = fix(ADMIN, read(ADMIN));
  }

  static String fix(String path, String original) {
    TasklistBundleFix.Fix fix = FIXES.get(path);
    int at = original.indexOf(fix.broken());
    if (at < 0 || original.indexOf(fix.broken(), at + 1) >= 0) {
      throw new IllegalStateException(
          path
              + " is not the script of Camunda 7.24 that "
              + WebappDatesFix.class.getName()
              + " fixes: check how its locale files set the language of dates");
    }
    return original.replace(fix.broken(), fix.fixed());
  }

  @GetMapping(
      path =
          "${camunda.bpm.webapp.application-path:/camunda}/app/cockpit/camunda-cockpit-bootstrap.js",
      produces = "text/javascript;charset=UTF-8")
  ResponseEntity<String> cockpit() {
    return serve(cockpit);
  }

  @GetMapping(
      path = "${camunda.bpm.webapp.application-path:/camunda}/app/admin/camunda-admin-bootstrap.js",
      produces = "text/javascript;charset=UTF-8")
  ResponseEntity<String> admin() {
    return serve(admin);
  }

  private static ResponseEntity<String> serve(String script) {
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noCache())
        .contentType(MediaType.parseMediaType("text/javascript;charset=UTF-8"))
        .body(script);
  }

  private static String read(String path) {
    try (InputStream in = new ClassPathResource(path).getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + path, e);
    }
  }
}
