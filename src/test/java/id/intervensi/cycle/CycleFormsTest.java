package id.intervensi.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link CycleForms} names exactly the forms in forms/: a form renamed or added fails the build
 * here.
 */
class CycleFormsTest {

  @Test
  void theConstantsAreTheIdsOfTheFormFiles() throws IOException {
    List<String> constants =
        Stream.of(CycleForms.class.getDeclaredFields())
            .filter(
                field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
            .map(CycleFormsTest::value)
            .toList();
    List<String> ids;
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      ids =
          files
              .filter(file -> file.toString().endsWith(".form"))
              .map(CycleFormsTest::formId)
              .toList();
    }
    assertThat(ids).isNotEmpty();
    assertThat(constants).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids);
  }

  private static String formId(Path file) {
    try {
      return new ObjectMapper().readTree(Files.readString(file)).path("id").asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String value(Field field) {
    try {
      return (String) field.get(null);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
