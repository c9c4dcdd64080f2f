package id.intervensi.gate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.impl.AbstractNativeQuery;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.interceptor.Command;

/**
 * The kind of every command class of Camunda that a user can cause, read from {@code
 * engine-commands.tsv} (next to this class; how it was made: docs/engine-commands-inventory.md).
 * Queries are reads by their superclass unless listed. A command class that is not listed has no
 * kind: the gate refuses it, so a command added by a later Camunda version is refused until someone
 * classifies it.
 */
final class EngineCommands {

  static final String TABLE = "engine-commands.tsv";

  /** Lambdas have no stable class name: they are listed by the class that declares them. */
  static final String LAMBDA = "$$Lambda";

  private final Map<String, CommandKind> kinds;

  private EngineCommands(Map<String, CommandKind> kinds) {
    this.kinds = Map.copyOf(kinds);
  }

  /** The table shipped with the app; a row naming a class that is not there stops the start. */
  static EngineCommands load() {
    try (InputStream in = EngineCommands.class.getResourceAsStream(TABLE)) {
      if (in == null) {
        throw new IllegalStateException("missing " + TABLE + " next to " + EngineCommands.class);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static EngineCommands parse(String table) {
    Map<String, CommandKind> kinds = new HashMap<>();
    try (BufferedReader lines = new BufferedReader(new StringReader(table))) {
      String line = lines.readLine(); // header
      while ((line = lines.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] columns = line.split("\t", -1);
        if (columns.length < 2) {
          throw new IllegalStateException(TABLE + ": a row needs a class and a kind: " + line);
        }
        CommandKind kind = CommandKind.valueOf(columns[1].trim());
        if (kinds.put(columns[0].trim(), kind) != null) {
          throw new IllegalStateException(TABLE + ": " + columns[0] + " is listed twice");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new EngineCommands(kinds);
  }

  /** The kind of this command, or empty when the table does not know it. */
  Optional<CommandKind> kindOf(Command<?> command) {
    String name = command.getClass().getName();
    int lambda = name.indexOf(LAMBDA);
    if (lambda >= 0) {
      name = name.substring(0, lambda + LAMBDA.length());
    }
    // a listed class wins over the query rule (the schema log is a query for Cockpit users only)
    CommandKind listed = kinds.get(name);
    if (listed != null) {
      return Optional.of(listed);
    }
    if (command instanceof AbstractQuery<?, ?> || command instanceof AbstractNativeQuery<?, ?>) {
      return Optional.of(CommandKind.READ);
    }
    return Optional.empty();
  }

  /** Every class the table lists, with its kind. */
  Map<String, CommandKind> all() {
    return kinds;
  }
}
