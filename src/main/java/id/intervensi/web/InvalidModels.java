package id.intervensi.web;

import id.intervensi.EngineHooks;
import id.intervensi.refusal.WordedForUsers;
import java.util.ArrayList;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.DeployCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A manager deploying a file the engine cannot read (BPMN or DMN that is not XML, a form that is
 * not JSON) gets a ProcessEngineException, which the REST API answers with 500 as if the server had
 * failed. It is the file that is wrong, and nothing was deployed: this answers 400 with a message
 * in Bahasa Indonesia instead (ParseException, for BPMN the engine can read but not accept, is
 * already a 400; {@link RestErrorMessages} words it).
 */
@Component
@Order(EngineHooks.INVALID_MODELS)
public class InvalidModels extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPreCommandInterceptorsTxRequired().add(new Translator());
  }

  /** 400 Bad Request in the REST API. */
  public static class InvalidModelException extends BadUserRequestException
      implements WordedForUsers {
    InvalidModelException(ProcessEngineException cause) {
      super("Model tidak valid dan tidak di-deploy: " + cause.getMessage(), cause);
    }
  }

  static class Translator extends CommandInterceptor {
    @Override
    public <T> T execute(Command<T> command) {
      if (!(command instanceof DeployCmd)) {
        return next.execute(command);
      }
      try {
        return next.execute(command);
      } catch (AuthorizationException
          | ParseException
          | BadUserRequestException
          | OptimisticLockingException
          | ProcessEnginePersistenceException e) {
        throw e;
      } catch (ProcessEngineException e) {
        throw new InvalidModelException(e);
      }
    }
  }
}
