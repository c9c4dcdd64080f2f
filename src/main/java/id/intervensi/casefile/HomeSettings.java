package id.intervensi.casefile;

import java.time.Period;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * The home this installation serves (application.yaml, {@code intervensi.home.*}).
 *
 * @param name the home's name, shown in the webapps
 * @param timeZone the home's time zone: case numbers and ages are counted on its calendar
 * @param trialStay how long a new resident stays on trial after entering (e.g. P6M); P0D when the
 *     home has no trial stay
 */
@ConfigurationProperties("intervensi.home")
public record HomeSettings(String name, String timeZone, Period trialStay) {

  @ConstructorBinding
  public HomeSettings {
    name = name == null ? "Panti Sosial Tresna Werdha" : name;
    timeZone = timeZone == null ? "Asia/Jakarta" : timeZone;
    trialStay = trialStay == null ? Period.ZERO : trialStay;
  }

  public HomeSettings(String name, String timeZone) {
    this(name, timeZone, null);
  }

  public ZoneId zoneId() {
    return ZoneId.of(timeZone);
  }
}
