package id.intervensi.security;

import static id.intervensi.engine.CommandFields.field;
import static id.intervensi.engine.CommandFields.read;

import id.intervensi.refusal.WordedForUsers;
import java.lang.reflect.Field;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.cmd.SaveFilterCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.camunda.bpm.engine.query.Query;

/**
 * Expressions in task queries are code run on the server: Camunda refuses them only at the top of
 * an ad-hoc query, evaluates them when nested in {@code orQueries}, and stores them in filters.
 * This interceptor sees every query and filter command before the engine runs it and refuses any
 * expression except the two identity functions Tasklist filters need, {@code ${currentUser()}} and
 * {@code ${currentUserGroups()}} (each the whole expression): in ad-hoc queries, nested orQueries,
 * saved filters, the query a filter is run with, and the stored query of a filter run (which may
 * predate this guard).
 */
class QueryExpressionGuard extends CommandInterceptor {

  static final Set<String> ALLOWED = Set.of("${currentUser()}", "${currentUserGroups()}");

  // the commands keep what they run in protected fields without getters
  private static final Field SAVED_FILTER = field(SaveFilterCmd.class, "filter");
  private static final Field FILTER_ID = field(AbstractExecuteFilterCmd.class, "filterId");
  private static final Field EXTENDING_QUERY =
      field(AbstractExecuteFilterCmd.class, "extendingQuery");

  @Override
  public <T> T execute(Command<T> command) {
    if (command instanceof AbstractQuery<?, ?> query) {
      check(query);
    } else if (command instanceof SaveFilterCmd save) {
      check(filterOf(save));
    } else if (command instanceof AbstractExecuteFilterCmd run) {
      check(extendingQuery(run));
      String filterId = filterId(run);
      if (filterId != null) {
        FilterEntity stored =
            next.execute(context -> context.getFilterManager().findFilterById(filterId));
        if (stored != null) {
          check(stored.getQuery());
        }
      }
    }
    return next.execute(command);
  }

  static void check(Query<?, ?> query) {
    if (query instanceof TaskQueryImpl task) {
      for (TaskQueryImpl part : task.getQueries()) {
        checkExpressions(part.getExpressions());
      }
    } else if (query instanceof AbstractQuery<?, ?> other) {
      checkExpressions(other.getExpressions());
    }
  }

  private static void checkExpressions(Map<String, String> expressions) {
    if (expressions == null) {
      return;
    }
    for (String expression : expressions.values()) {
      if (!ALLOWED.contains(expression)) {
        throw new ForbiddenQueryExpressionException();
      }
    }
  }

  private static Query<?, ?> filterOf(SaveFilterCmd save) {
    Filter filter = (Filter) read(SAVED_FILTER, save);
    return filter == null ? null : filter.getQuery();
  }

  private static Query<?, ?> extendingQuery(AbstractExecuteFilterCmd run) {
    return (Query<?, ?>) read(EXTENDING_QUERY, run);
  }

  private static String filterId(AbstractExecuteFilterCmd run) {
    return (String) read(FILTER_ID, run);
  }

  /** 400 Bad Request in the REST API, with the message in Bahasa Indonesia. */
  static class ForbiddenQueryExpressionException extends BadUserRequestException
      implements WordedForUsers {
    ForbiddenQueryExpressionException() {
      super(
          "Ekspresi tidak diizinkan dalam kueri atau filter tugas. Hanya ${currentUser()} dan "
              + "${currentUserGroups()} yang boleh dipakai, masing-masing sebagai seluruh nilai.");
    }
  }
}
