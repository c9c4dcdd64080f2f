package id.intervensi.tasklist;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.intervensi.casefile.HomeSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the webapps' {@code scripts/config.js} (Tasklist, Cockpit, Admin, Welcome) with the home's
 * name from {@code intervensi.home.name}: the app's own config.js files (which override those of
 * Camunda's webjar) start with {@code const home = '...';}, and that line gets the configured name.
 * Tasklist's also gets the home's time zone ({@code intervensi.home.time-zone}) and its Indonesian
 * name (WIB, WITA, WIT) on the lines {@code const homeTimeZone} and {@code const homeTimeZoneName}.
 * Everything else of the file is served as it is, so it stays the one place to configure the
 * webapps (locales, custom scripts, app name).
 */
@RestController
class WebappConfigController {

  static final Pattern HOME_LINE = Pattern.compile("^const home = .*;$", Pattern.MULTILINE);
  static final Pattern ZONE_LINE = Pattern.compile("^const homeTimeZone = .*;$", Pattern.MULTILINE);
  static final Pattern ZONE_NAME_LINE =
      Pattern.compile("^const homeTimeZoneName = .*;$", Pattern.MULTILINE);

  /** Indonesia's three time zones by their names, as Indonesians say them; no summer time. */
  private static final Map<String, String> INDONESIAN_ZONES =
      Map.of(
          "Asia/Jakarta", "WIB",
          "Asia/Pontianak", "WIB",
          "Asia/Makassar", "WITA",
          "Asia/Ujung_Pandang", "WITA",
          "Asia/Jayapura", "WIT");

  private static final String CONFIG =
      "META-INF/resources/webjars/camunda/app/%s/scripts/config.js";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String homeLine;
  private final String zoneLine;
  private final String zoneNameLine;
  private final Map<String, String> configs = new ConcurrentHashMap<>();

  WebappConfigController(HomeSettings home) {
    this.homeLine = "const home = " + jsString(home.name()) + ";";
    this.zoneLine = "const homeTimeZone = " + jsString(home.zoneId().getId()) + ";";
    this.zoneNameLine = "const homeTimeZoneName = " + jsString(zoneName(home.zoneId())) + ";";
  }

  /** WIB, WITA or WIT for a zone of Indonesia; another zone by its id (e.g. Asia/Singapore). */
  static String zoneName(ZoneId zone) {
    return INDONESIAN_ZONES.getOrDefault(zone.getId(), zone.getId());
  }

  @GetMapping(
      path =
          "${camunda.bpm.webapp.application-path:/camunda}/app/{app:tasklist|cockpit|admin|welcome}/scripts/config.js",
      produces = "text/javascript;charset=UTF-8")
  ResponseEntity<String> config(@PathVariable String app) {
    String config = configs.computeIfAbsent(app, this::withHomeName);
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noCache())
        .contentType(MediaType.parseMediaType("text/javascript;charset=UTF-8"))
        .body(config);
  }

  private String withHomeName(String app) {
    String config = read(CONFIG.formatted(app));
    config = HOME_LINE.matcher(config).replaceFirst(Matcher.quoteReplacement(homeLine));
    config = ZONE_LINE.matcher(config).replaceFirst(Matcher.quoteReplacement(zoneLine));
    return ZONE_NAME_LINE.matcher(config).replaceFirst(Matcher.quoteReplacement(zoneNameLine));
  }

  private static String read(String path) {
    try (InputStream in = new ClassPathResource(path).getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + path, e);
    }
  }

  /** A JavaScript string literal (JSON's is one): quotes, backslashes and line breaks escaped. */
  static String jsString(String text) {
    try {
      return JSON.writeValueAsString(text)
          .replace("\u2028", "\\u2028")
          .replace("\u2029", "\\u2029");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
