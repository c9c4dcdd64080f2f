package id.intervensi.modeling;

import id.intervensi.refusal.WordedForUsers;
import org.camunda.bpm.engine.ProcessEngineException;

/**
 * An expression or a script in a deployed model tried to do what no model may (see {@link
 * ModelVocabulary}): refused while the engine runs it, so nothing it asked for happens.
 */
public class ModelExpressionRefusedException extends ProcessEngineException
    implements WordedForUsers {

  public ModelExpressionRefusedException(String message) {
    super(
        message
            + " Model hanya boleh memakai kosakata yang dijelaskan di docs/expression-vocabulary.md.");
  }
}
