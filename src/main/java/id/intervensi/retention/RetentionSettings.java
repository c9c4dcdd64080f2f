package id.intervensi.retention;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * How long the history of a closed case is kept (application.yaml, {@code
 * intervensi.history.retention-days}). The same property sets the engine's default history
 * time-to-live ({@code camunda.bpm.generic-properties.properties.history-time-to-live}), and {@link
 * HistoryRetention} gives every deployed process and decision this time-to-live at start-up.
 *
 * @param retentionDays days a closed case stays readable after it ended; then history cleanup
 *     removes it
 */
@ConfigurationProperties("intervensi.history")
public record RetentionSettings(Integer retentionDays) {

  public static final int DEFAULT_DAYS = 3650;

  @ConstructorBinding
  public RetentionSettings {
    retentionDays = retentionDays == null ? DEFAULT_DAYS : retentionDays;
    if (retentionDays < 1) {
      throw new IllegalArgumentException(
          "intervensi.history.retention-days must be at least 1, not " + retentionDays);
    }
  }
}
