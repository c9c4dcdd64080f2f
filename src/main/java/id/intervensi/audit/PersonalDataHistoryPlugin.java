package id.intervensi.audit;

import id.intervensi.EngineHooks;
import id.intervensi.casefile.CaseNumberOnTasks;
import id.intervensi.casefile.ClientIdentityFields;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Full history for auditors, minus client identity: the start form's identity fields exist as
 * variables for a moment (until CaseOpeningListener moves them to the client table) and must not be
 * copied into the history tables, where they would outlive any correction or erasure.
 *
 * <p>Also keeps out of the history the copy of the case number each task carries for Tasklist
 * ({@link CaseNumberOnTasks}): it repeats the case's business key and its process variable (both in
 * the history), and writing it cost four history statements per task (issue 14).
 */
@Component
@Order(EngineHooks.PERSONAL_DATA_HISTORY)
public class PersonalDataHistoryPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setEnableDefaultDbHistoryEventHandler(false);
    List<HistoryEventHandler> handlers =
        configuration.getCustomHistoryEventHandlers() == null
            ? new ArrayList<>()
            : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
    handlers.add(new PersonalDataFilter(new DbHistoryEventHandler()));
    configuration.setCustomHistoryEventHandlers(handlers);
  }

  static final class PersonalDataFilter implements HistoryEventHandler {

    private final HistoryEventHandler delegate;

    PersonalDataFilter(HistoryEventHandler delegate) {
      this.delegate = delegate;
    }

    @Override
    public void handleEvent(HistoryEvent event) {
      if (!isPersonalData(event) && !isCaseNumberCopy(event)) {
        delegate.handleEvent(event);
      }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
      events.forEach(this::handleEvent);
    }

    static boolean isCaseNumberCopy(HistoryEvent event) {
      return event instanceof HistoricVariableUpdateEventEntity variable
          && CaseNumberOnTasks.isCopy(variable.getVariableName(), variable.getTaskId());
    }

    static boolean isPersonalData(HistoryEvent event) {
      if (event instanceof HistoricVariableUpdateEventEntity variable) {
        return ClientIdentityFields.ALL.contains(variable.getVariableName());
      }
      // the engine also records each submitted form field as a history detail
      return event instanceof HistoricFormPropertyEventEntity formField
          && ClientIdentityFields.ALL.contains(formField.getPropertyId());
    }
  }
}
