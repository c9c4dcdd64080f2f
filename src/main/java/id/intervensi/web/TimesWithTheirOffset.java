package id.intervensi.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The app's tables keep moments as the server's local date and time (a {@code timestamp} column
 * read as LocalDateTime); its answers carry them with the server's offset, e.g. {@code
 * 2026-12-02T15:46:10+00:00}, so that Tasklist shows them in the reader's zone like the engine's
 * own times, whatever zone the server runs in.
 */
@Configuration
class TimesWithTheirOffset {

  @Bean
  Jackson2ObjectMapperBuilderCustomizer localDateTimesWithOffset() {
    return builder -> builder.serializerByType(LocalDateTime.class, new WithOffset());
  }

  static final class WithOffset extends StdSerializer<LocalDateTime> {

    WithOffset() {
      super(LocalDateTime.class);
    }

    @Override
    public void serialize(LocalDateTime value, JsonGenerator json, SerializerProvider provider)
        throws IOException {
      json.writeString(value.atZone(ZoneId.systemDefault()).toOffsetDateTime().toString());
    }
  }
}
