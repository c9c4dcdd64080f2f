package id.intervensi.casefile;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The home this installation serves (application.yaml, {@code intervensi.home.*}).
 *
 * @param name the home's name, shown in the webapps
 * @param timeZone the home's time zone: case numbers and ages are counted on its calendar
 */
@ConfigurationProperties("intervensi.home")
public record HomeSettings(String name, String timeZone) {

  public HomeSettings {
    name = name == null ? "Panti Sosial Tresna Werdha" : name;
    timeZone = timeZone == null ? "Asia/Jakarta" : timeZone;
  }

  public ZoneId zoneId() {
    return ZoneId.of(timeZone);
  }
}
