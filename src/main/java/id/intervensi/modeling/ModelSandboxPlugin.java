package id.intervensi.modeling;

import id.intervensi.EngineHooks;
import id.intervensi.engine.CommandFields;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptEngineManager;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.CallableElementActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.behavior.ClassDelegateActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.behavior.ExternalTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmmn.model.CmmnCaseDefinition;
import org.camunda.bpm.engine.impl.cmmn.transformer.AbstractCmmnTransformListener;
import org.camunda.bpm.engine.impl.core.model.CoreModelElement;
import org.camunda.bpm.engine.impl.delegate.ClassDelegate;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.PvmTransition;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.pvm.process.TransitionImpl;
import org.camunda.bpm.engine.impl.scripting.ExecutableScript;
import org.camunda.bpm.engine.impl.scripting.ScriptFactory;
import org.camunda.bpm.engine.impl.scripting.engine.ScriptEngineResolver;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.model.cmmn.instance.Case;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The engine half of "a model changes the cycle, not the server": whatever the deployment check
 * ({@link DeploymentGuard}) let through, or what was deployed before it existed, the engine itself
 * evaluates only the vocabulary of {@link ModelVocabulary} ({@link ModelExpressionManager}), runs
 * no script in any language (BPMN, DMN, JUEL as a script), instantiates no Java class named in a
 * model ({@code camunda:class}, variable mapping classes), hands no work to external workers, and
 * runs no CMMN. The last three are refused when the engine reads the model, so such a process never
 * starts.
 */
@Component
@Order(EngineHooks.MODEL_SANDBOX)
class ModelSandboxPlugin extends AbstractProcessEnginePlugin {

  private static final Field CALLED_ELEMENT_CLASS =
      CommandFields.field(CallableElementActivityBehavior.class, "className");
  private static final Field TIMEOUT_LISTENERS =
      CommandFields.field(TaskDefinition.class, "timeoutTaskListeners");

  private final ModelVocabulary vocabulary;

  ModelSandboxPlugin(ModelVocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setExpressionManager(new ModelExpressionManager(vocabulary));
    configuration.setScriptEngineResolver(new NoScriptEngines());
    configuration.setScriptFactory(new NoScripts());
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new NoJavaClassesOrExternalWork());
    if (configuration.getCustomPreCmmnTransformListeners() == null) {
      configuration.setCustomPreCmmnTransformListeners(new ArrayList<>());
    }
    configuration.getCustomPreCmmnTransformListeners().add(new NoCaseModels());
  }

  static ModelExpressionRefusedException scriptRefused(String language) {
    return new ModelExpressionRefusedException(
        "Skrip ditolak: model tidak boleh menjalankan skrip (bahasa '" + language + "').");
  }

  /**
   * Script tasks, script listeners, script conditions and script mappings fail when the model is
   * read.
   */
  private static final class NoScripts extends ScriptFactory {

    @Override
    public ExecutableScript createScriptFromResource(String language, String resource) {
      throw scriptRefused(language);
    }

    @Override
    public ExecutableScript createScriptFromResource(
        String language, Expression resourceExpression) {
      throw scriptRefused(language);
    }

    @Override
    public ExecutableScript createScriptFromSource(String language, String source) {
      throw scriptRefused(language);
    }

    @Override
    public ExecutableScript createScriptFromSource(String language, Expression sourceExpression) {
      throw scriptRefused(language);
    }
  }

  /**
   * No script engine for anyone: DMN expressions in a script language and anything that asks later.
   */
  private static final class NoScriptEngines implements ScriptEngineResolver {

    private final ScriptEngineManager empty = new ScriptEngineManager(null);

    @Override
    public void addScriptEngineFactory(ScriptEngineFactory scriptEngineFactory) {
      // none is ever used
    }

    @Override
    public ScriptEngineManager getScriptEngineManager() {
      return empty;
    }

    @Override
    public ScriptEngine getScriptEngine(String language, boolean resolveFromCache) {
      throw scriptRefused(language);
    }
  }

  private static final class NoCaseModels extends AbstractCmmnTransformListener {

    @Override
    public void transformCase(Case element, CmmnCaseDefinition caseDefinition) {
      throw new ModelExpressionRefusedException(
          "Model CMMN '"
              + caseDefinition.getId()
              + "' ditolak: Intervensi tidak menjalankan CMMN.");
    }
  }

  /** Walks every parsed process for Java classes and external tasks. */
  private static final class NoJavaClassesOrExternalWork extends AbstractBpmnParseListener {

    @Override
    public void parseRootElement(
        Element rootElement, List<ProcessDefinitionEntity> processDefinitions) {
      for (ProcessDefinitionEntity process : processDefinitions) {
        checkListeners(process, process.getKey());
        checkScope(process);
      }
    }

    private void checkScope(ScopeImpl scope) {
      for (ActivityImpl activity : scope.getActivities()) {
        String where = activity.getId();
        Object behavior = activity.getActivityBehavior();
        if (behavior instanceof ClassDelegateActivityBehavior) {
          throw refused(where, "memanggil kelas Java (camunda:class)");
        }
        if (behavior instanceof ExternalTaskActivityBehavior) {
          throw refused(where, "menyerahkan pekerjaan ke pekerja eksternal (external task)");
        }
        if (behavior instanceof CallableElementActivityBehavior call
            && CommandFields.read(CALLED_ELEMENT_CLASS, call) != null) {
          throw refused(where, "memanggil kelas Java (camunda:variableMappingClass)");
        }
        if (behavior instanceof UserTaskActivityBehavior userTask) {
          checkTaskListeners(userTask.getTaskDefinition(), where);
        }
        checkListeners(activity, where);
        for (PvmTransition transition : activity.getOutgoingTransitions()) {
          checkListeners((TransitionImpl) transition, transition.getId());
        }
        checkScope(activity);
      }
    }

    private static void checkListeners(CoreModelElement element, String where) {
      for (Collection<?> listeners : element.getListeners().values()) {
        if (listeners.stream().anyMatch(ClassDelegate.class::isInstance)) {
          throw refused(where, "memanggil kelas Java sebagai listener (camunda:class)");
        }
      }
    }

    private static void checkTaskListeners(TaskDefinition task, String where) {
      List<TaskListener> all = new ArrayList<>();
      task.getTaskListeners().values().forEach(all::addAll);
      @SuppressWarnings("unchecked")
      Map<String, TaskListener> timeouts =
          (Map<String, TaskListener>) CommandFields.read(TIMEOUT_LISTENERS, task);
      if (timeouts != null) {
        all.addAll(timeouts.values());
      }
      if (all.stream().anyMatch(ClassDelegate.class::isInstance)) {
        throw refused(where, "memanggil kelas Java sebagai task listener (camunda:class)");
      }
    }

    private static ModelExpressionRefusedException refused(String where, String what) {
      return new ModelExpressionRefusedException(
          "Model ditolak: elemen '" + where + "' " + what + ".");
    }
  }
}
