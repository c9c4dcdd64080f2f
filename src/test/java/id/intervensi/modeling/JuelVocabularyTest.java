package id.intervensi.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import id.intervensi.cycle.UsableInModels;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticApplicationContext;

/**
 * The deployment check's reading of single expressions: the repository's own pass, ways out do not.
 */
class JuelVocabularyTest {

  /** A bean the app offers to models, with one method for them and one not. */
  @UsableInModels("test")
  public static class Offered {
    @UsableInModels("test")
    public String allowed(Object value) {
      return "ok";
    }

    public String internal() {
      return "no";
    }
  }

  /** A bean the app has but does not offer (like identityService). */
  public static class Hidden {}

  private final ModelVocabulary vocabulary = vocabulary();

  private static ModelVocabulary vocabulary() {
    StaticApplicationContext context = new StaticApplicationContext();
    context.registerSingleton("offered", Offered.class);
    context.registerSingleton("identityService", Hidden.class);
    context.refresh();
    return new ModelVocabulary(context);
  }

  private List<String> problems(String body) {
    return JuelVocabulary.problemsIn(body, vocabulary, Set.of("goals", "activity", "activities"));
  }

  @Test
  void theShapesTheCycleUsesPass() {
    for (String body :
        List.of(
            "eligible",
            "!admissionApproved",
            "evaluationOutcome == 'GOALS_REACHED'",
            "execution.setVariable('admissionOutcome', 'ADMITTED')",
            "execution.getVariable('x') != null",
            "decisionResult.getSingleResult().get('eligible')",
            "activity.prop('name').stringValue()",
            "activities.elements()",
            "offered.allowed(execution)",
            "offered.allowed(goals)",
            "task.name",
            "execution.processInstanceId",
            "client.address",
            "S(json).prop('x')",
            "dateTime().plusDays(7).toDate()",
            "goals[0]",
            "loopCounter + 1",
            "empty goals ? 'a' : 'b'")) {
      assertThat(problems(body)).as(body).isEmpty();
    }
  }

  @Test
  void reflectionEngineServicesAndHiddenBeansAreNamed() {
    assertThat(problems("execution.getClass().forName('java.lang.Runtime')"))
        .first()
        .asString()
        .contains(
            "${execution.getClass().forName('java.lang.Runtime')}", "'getClass'", "execution");
    assertThat(problems("''.getClass()"))
        .singleElement()
        .asString()
        .contains("'getClass'", "nilai variabel");
    assertThat(problems("x.class.forName('a')"))
        .anySatisfy(p -> assertThat(p).contains("properti 'class'"));
    assertThat(problems("execution.processEngineServices.identityService"))
        .anySatisfy(p -> assertThat(p).contains("properti 'processEngineServices'"));
    assertThat(problems("execution['processEngineServices']"))
        .singleElement()
        .asString()
        .contains("properti 'processEngineServices'");
    assertThat(problems("execution[name]"))
        .singleElement()
        .asString()
        .contains("dihitung saat berjalan");
    assertThat(problems("execution['get' += 'Class']()")).isNotEmpty();
    assertThat(problems("task.getProcessEngineServices()"))
        .singleElement()
        .asString()
        .contains("'getProcessEngineServices'", "task");
    assertThat(problems("identityService.createMembership('a', 'b')"))
        .anySatisfy(p -> assertThat(p).contains("'identityService'", "tidak boleh dipakai model"));
    assertThat(problems("identityService"))
        .singleElement()
        .asString()
        .contains("'identityService'");
    assertThat(problems("offered.internal()"))
        .singleElement()
        .asString()
        .contains("'internal'", "bean 'offered'");
    assertThat(problems("offered.class")).singleElement().asString().contains("properti 'class'");
    assertThat(problems("fn:exit(1)")).singleElement().asString().contains("fungsi 'fn:exit'");
    assertThat(problems("unknownBean.run()"))
        .singleElement()
        .asString()
        .contains("memanggil 'unknownBean'", "tidak punya bean 'unknownBean'");
    assertThat(problems("a +")).singleElement().asString().contains("tidak bisa dibaca");
  }
}
