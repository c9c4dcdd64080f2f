package id.intervensi.tasklist;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves Tasklist 7.24's own script with two defects of its Camunda Forms integration (form-js
 * 1.8.7), and the language of its dates, fixed. The script is Camunda's, read from its webjar, with
 * a few expressions replaced; the app refuses to start if one is not found exactly once (another
 * Tasklist version), rather than serving Tasklist unfixed.
 *
 * <ol>
 *   <li>A form with a dynamic list could not be completed. Tasklist disables "Complete" while
 *       form-js reports any error, and decides that by counting the keys of form-js's error state;
 *       but form-js keeps an empty entry ({@code {"Field_goal": []}}) for every dynamic-list field
 *       once a row was edited, even when it is valid. Tasklist now counts only real messages.
 *   <li>A Date variable did not show in a date field. Tasklist hands a Date to form-js as local
 *       date and time ({@code 2026-03-12T19:00:00}); form-js accepts only {@code yyyy-MM-dd} for a
 *       date field and drops the value. For date fields Tasklist now hands over the local day.
 *   <li>Relative times ("2 menit yang lalu") could be English in Indonesian Tasklist: each locale
 *       file Tasklist loads (Indonesian, and English as the fallback) sets the language of its
 *       dates (moment), the last to arrive winning. Only the user's language sets it now.
 * </ol>
 *
 * <p>It also leaves out the *Buat tugas* (create task) action: every task comes from a case's
 * cycle; and it loads a Camunda Form's variables again once the user may work on the task (claimed
 * it): before that, a candidate of a group task gets only what the task list shows of the case
 * (gate.TaskDataReads), and Tasklist 7.24 would otherwise keep showing that.
 */
@RestController
class TasklistBundleFix {

  static final String SCRIPT =
      "META-INF/resources/webjars/camunda/app/tasklist/camunda-tasklist-bootstrap.js";

  /** Plugins of Tasklist that Intervensi leaves out, as pluginPoint:pluginId. */
  static final String EXCLUDED_PLUGINS = "tasklist.navbar.action:create-task-action";

  record Fix(String broken, String fixed) {}

  static final List<Fix> FIXES =
      List.of(
          new Fix(
              "var t=!!Object.keys(e.errors).length;h.notifyFormValidated(t)",
              "var t=function m(x){return Array.isArray(x)?x.some(m):x!==null&&typeof x===\"object\""
                  + "?Object.keys(x).some(function(k){return m(x[k])}):!!x}(e.errors);h.notifyFormValidated(t)"),
          new Fix(
              "w=function(e){var t=new Set(e.components.map(",
              "w=function(e){var dk=function f(cs,o){(cs||[]).forEach(function(c){c.type===\"datetime\""
                  + "&&(c.subtype||\"date\")===\"date\"&&c.key&&o.push(c.key);f(c.components,o)});return o}(e.components,[]);"
                  + "var t=new Set(e.components.map("),
          new Fix(
              "\"Date\"===r.type?r.value=a(r.value):",
              "\"Date\"===r.type?r.value=dk.indexOf(i)>=0&&r.value?a(r.value).slice(0,10):a(r.value):"),
          // Tasklist's own way to leave a plugin out (the cam-exclude-plugins attribute of its
          // page),
          // as its default: nobody creates standalone tasks (the command gate refuses them), so
          // "Buat tugas" is not offered
          new Fix(
              "r=a(\"base\").attr(\"cam-exclude-plugins\")||\"\"",
              "r=a(\"base\").attr(\"cam-exclude-plugins\")||\"" + EXCLUDED_PLUGINS + "\""),
          // the Camunda Forms directive loads the form and its variables once per task; when the
          // form is enabled (the user claimed the task) it now drops the form and loads it again
          new Fix(
              "o.$watch(\"asynchronousFormKey\",(function(e){fetch(",
              "o.$watch(function(){return h.getOptions().disableForm},function(n,d){!n&&d&&y"
                  + "&&o.intervensiLoadForm&&(v&&v.destroy(),v=null,"
                  + "o.intervensiLoadForm(o.asynchronousFormKey))}),"
                  + "o.$watch(\"asynchronousFormKey\",o.intervensiLoadForm=(function(e){fetch("),
          // counts the loads on the form's element (data-form-loads), so that a page script or a
          // browser test can tell when the form shown is the one loaded after the claim
          new Fix(
              "case 6:h.notifyFormInitialized(),",
              "case 6:l[0].setAttribute(\"data-form-loads\","
                  + "+(l[0].getAttribute(\"data-form-loads\")||0)+1),h.notifyFormInitialized(),"),
          // every locale file Tasklist loads (the user's language and the fallback, English) sets
          // moment's language for all dates, and the last to arrive wins: Indonesian Tasklist then
          // said "2 minutes ago". A locale file other than the user's language now leaves
          // moment's language as it was
          new Fix(
              "callback:function(e,t,n){if(!e&&t&&t.dateLocales){var a=n||s;"
                  + "i.locales().indexOf(a)>-1?i.updateLocale(a,t.dateLocales):i.defineLocale(a,t.dateLocales)}}",
              "callback:function(x,t,n){if(!x&&t&&t.dateLocales){var a=n||s,g=i.locale();"
                  + "i.locales().indexOf(a)>-1?i.updateLocale(a,t.dateLocales):i.defineLocale(a,t.dateLocales);"
                  + "a!==e.preferredLanguage()&&i.locale(g)}}"));

  private final String script;

  TasklistBundleFix() {
    this.script = fix(read());
  }

  static String fix(String original) {
    String fixed = original;
    for (Fix fix : FIXES) {
      int at = fixed.indexOf(fix.broken());
      if (at < 0 || fixed.indexOf(fix.broken(), at + 1) >= 0) {
        throw new IllegalStateException(
            "Tasklist's script is not the one of Camunda 7.24 that "
                + TasklistBundleFix.class.getName()
                + " fixes (an expression to fix is missing or appears twice): check whether the dynamic-list and date defects"
                + " are still there, how plugins are left out, how a Camunda Form is loaded and how"
                + " locale files set the language of dates");
      }
      fixed = fixed.replace(fix.broken(), fix.fixed());
    }
    return fixed;
  }

  @GetMapping(
      path =
          "${camunda.bpm.webapp.application-path:/camunda}/app/tasklist/camunda-tasklist-bootstrap.js",
      produces = "text/javascript;charset=UTF-8")
  ResponseEntity<String> script() {
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noCache())
        .contentType(MediaType.parseMediaType("text/javascript;charset=UTF-8"))
        .body(script);
  }

  private static String read() {
    try (InputStream in = new ClassPathResource(SCRIPT).getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + SCRIPT, e);
    }
  }
}
