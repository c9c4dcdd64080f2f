package id.intervensi.modeling;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The repository's models as a manager has them in Camunda Modeler: file name to content, with
 * edits made on the XML text as Modeler would save them.
 */
final class ModelFiles {

  static final String CYCLE = "intervention-cycle.bpmn";
  static final String ELIGIBILITY = "admission-eligibility.dmn";
  static final String FUNCTIONING = "functioning-level.dmn";

  private final Map<String, String> files = new LinkedHashMap<>();

  private ModelFiles() {}

  /** processes/*.bpmn, processes/*.dmn and forms/*.form, by file name. */
  static ModelFiles all() {
    ModelFiles models = new ModelFiles();
    for (String folder : new String[] {"processes", "forms"}) {
      try (Stream<Path> paths = Files.list(Path.of(folder))) {
        paths.sorted().forEach(path -> models.files.put(path.getFileName().toString(), read(path)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return models;
  }

  /** No files yet: a deployment built with {@link #with}. */
  static ModelFiles empty() {
    return new ModelFiles();
  }

  static ModelFiles only(String... names) {
    ModelFiles all = all();
    ModelFiles some = new ModelFiles();
    for (String name : names) {
      some.files.put(name, all.get(name));
    }
    return some;
  }

  String get(String name) {
    String content = files.get(name);
    if (content == null) {
      throw new IllegalArgumentException("No model " + name);
    }
    return content;
  }

  /** Replaces one exact text in a file; fails if it is not there, so a test never edits nothing. */
  ModelFiles replace(String name, String text, String replacement) {
    String content = get(name);
    if (!content.contains(text)) {
      throw new IllegalArgumentException(name + " does not contain " + text);
    }
    files.put(name, content.replace(text, replacement));
    return this;
  }

  ModelFiles edit(String name, UnaryOperator<String> edit) {
    String before = get(name);
    String after = edit.apply(before);
    if (after.equals(before)) {
      throw new IllegalArgumentException("The edit changed nothing in " + name);
    }
    files.put(name, after);
    return this;
  }

  ModelFiles with(String name, String content) {
    files.put(name, content);
    return this;
  }

  ModelFiles without(String name) {
    get(name);
    files.remove(name);
    return this;
  }

  Map<String, byte[]> bytes() {
    Map<String, byte[]> bytes = new LinkedHashMap<>();
    files.forEach((name, content) -> bytes.put(name, content.getBytes(StandardCharsets.UTF_8)));
    return bytes;
  }

  static String resource(String path) {
    return read(Path.of("src/test/resources").resolve(path));
  }

  private static String read(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
