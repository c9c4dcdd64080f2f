package id.intervensi.validation;

import static id.intervensi.CaseData.*;
import static id.intervensi.cycle.InterventionCycle.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.intervensi.cycle.CycleForms;
import id.intervensi.forms.FieldValues;
import id.intervensi.forms.HideConditions;
import id.intervensi.forms.InvalidSubmissionException;
import id.intervensi.groupwork.GroupSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every input field of every form in forms/, read from the form files themselves: missing when
 * required, of the wrong type, longer than allowed, out of range, not one of the options, with
 * markup in free text, plus a variable that is not in the form. Each submission is refused with a
 * message that names the field, and the task (or the start) changes nothing. A field added to a
 * form later is covered without touching this test.
 */
@SpringBootTest
@ActiveProfiles("test")
class EveryFormFieldTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HideConditions HIDE = new HideConditions();

  @Autowired ProcessEngine engine;

  /**
   * A valid submission of a form, and how to find the task it completes (null for the start form).
   */
  private record Stage(String formId, List<Map<String, Object>> validData, Supplier<Task> task) {}

  /** {@code missingKey}: the variant leaves out this top-level field (null for other variants). */
  private record Variant(
      String name, Map<String, Object> data, String expectedText, String missingKey) {
    Variant(String name, Map<String, Object> data, String expectedText) {
      this(name, data, expectedText, null);
    }
  }

  @TestFactory
  List<DynamicNode> everyFieldOfEveryFormIsCheckedOnTheServer() throws IOException {
    List<DynamicNode> forms = new ArrayList<>();
    for (Stage stage : stages()) {
      JsonNode form = JSON.readTree(Files.readString(Path.of("forms", stage.formId() + ".form")));
      List<DynamicTest> tests = new ArrayList<>();
      for (Variant variant : variants(form, stage.validData())) {
        tests.add(DynamicTest.dynamicTest(variant.name(), () -> assertRefused(stage, variant)));
      }
      assertThat(tests).as("bad inputs of %s", stage.formId()).isNotEmpty();
      forms.add(DynamicContainer.dynamicContainer(stage.formId(), tests));
    }
    assertThat(forms).hasSize(18);
    return forms;
  }

  private void assertRefused(Stage stage, Variant variant) {
    Task task = stage.task() == null ? null : stage.task().get();
    // counted once the task is reached: reaching it may start a process (a group session)
    long casesBefore = engine.getRuntimeService().createProcessInstanceQuery().count();
    // a required field may be left out when the case already holds its answer: the evaluation
    // re-scores the assessment's items, and Tasklist shows the earlier answers to start from
    Assumptions.assumeTrue(
        task == null
            || variant.missingKey() == null
            || engine.getTaskService().getVariable(task.getId(), variant.missingKey()) == null,
        "the case already holds " + variant.missingKey());
    Map<String, String> before = task == null ? Map.of() : variables(task);

    Throwable refusal =
        catchThrowable(
            () -> {
              if (task == null) {
                engine
                    .getFormService()
                    .submitStartForm(definitionIdOf(stage.formId()), variant.data());
              } else {
                engine.getTaskService().complete(task.getId(), variant.data());
              }
            });

    assertThat(refusal).isInstanceOf(InvalidSubmissionException.class);
    assertThat(refusal.getMessage()).contains(variant.expectedText());
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count())
        .isEqualTo(casesBefore);
    if (task != null) {
      assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count())
          .as("task still open")
          .isEqualTo(1);
      assertThat(variables(task)).as("nothing saved").isEqualTo(before);
    }
  }

  /** The task's variables as text (Json values compare by their JSON, not by object identity). */
  private Map<String, String> variables(Task task) {
    Map<String, String> text = new TreeMap<>();
    engine
        .getTaskService()
        .getVariables(task.getId())
        .forEach((name, value) -> text.put(name, String.valueOf(value)));
    return text;
  }

  // ---- the bad inputs, derived from each field of the form ----

  private List<Variant> variants(JsonNode form, List<Map<String, Object>> validData) {
    List<Variant> variants = new ArrayList<>();
    Map<String, Object> anyValid = validData.get(0);
    variants.add(
        new Variant(
            "a variable that is not in the form",
            with(anyValid, "tidakDikenal", "x"),
            "«tidakDikenal»"));
    collectFields(
        form.path("components"),
        null,
        field -> {
          Map<String, Object> base = visibleIn(field.component(), field.listPath(), validData);
          if (base == null) {
            return;
          }
          JsonNode c = field.component();
          String key = c.path("key").asText();
          String label = "«" + c.path("label").asText(c.path("dateLabel").asText(key)) + "»";
          String type = c.path("type").asText();
          JsonNode validate = c.path("validate");
          // a missing field with a default gets the default, as Tasklist would send it
          // (FormDefaults)
          if (validate.path("required").asBoolean(false) && !c.has("defaultValue")) {
            variants.add(
                new Variant(
                    key + " missing",
                    put(base, field.listPath(), key, null),
                    label + " wajib diisi",
                    field.listPath() == null ? key : null));
          }
          Object wrongType =
              switch (type) {
                case "textfield", "textarea" -> 42L;
                case "number" -> "dua";
                case "datetime" -> 20260101L;
                case "checkbox" -> "ya";
                case "radio", "select" -> "TIDAK_ADA";
                case "checklist", "taglist" -> json("[\"TIDAK_ADA\"]");
                default -> null;
              };
          if (wrongType != null) {
            variants.add(
                new Variant(
                    key + " of the wrong type or not an option",
                    put(base, field.listPath(), key, wrongType),
                    label));
          }
          if (validate.has("maxLength")) {
            variants.add(
                new Variant(
                    key + " too long",
                    put(
                        base,
                        field.listPath(),
                        key,
                        "a".repeat(validate.get("maxLength").asInt() + 1)),
                    label + " maksimal"));
          }
          if (validate.has("min")) {
            variants.add(
                new Variant(
                    key + " below its minimum",
                    put(base, field.listPath(), key, validate.get("min").asLong() - 1),
                    label));
          }
          if (validate.has("max")) {
            variants.add(
                new Variant(
                    key + " above its maximum",
                    put(base, field.listPath(), key, validate.get("max").asLong() + 1),
                    label));
          }
          if (type.equals("textfield") || type.equals("textarea")) {
            variants.add(
                new Variant(
                    key + " with a script",
                    put(base, field.listPath(), key, "<script>alert(1)</script>"),
                    label + " tidak boleh berisi tag HTML"));
          }
        });
    return variants;
  }

  private record Field(JsonNode component, String listPath) {}

  private static void collectFields(JsonNode components, String listPath, Consumer<Field> each) {
    for (JsonNode c : components) {
      String type = c.path("type").asText();
      if (type.equals("group")) {
        collectFields(c.path("components"), listPath, each);
      } else if (type.equals("dynamiclist")) {
        collectFields(c.path("components"), c.path("path").asText(), each);
      } else if (c.hasNonNull("key")
          && !c.path("readonly").asBoolean(false)
          && !c.path("disabled").asBoolean(false)) {
        each.accept(new Field(c, listPath));
      }
    }
  }

  /**
   * The first valid submission in which the field is shown (conditional fields need the right one).
   */
  private static Map<String, Object> visibleIn(
      JsonNode c, String listPath, List<Map<String, Object>> validData) {
    String hide = c.path("conditional").path("hide").asText(null);
    for (Map<String, Object> data : validData) {
      if (listPath != null && !data.containsKey(listPath)) {
        continue;
      }
      FieldValues values = key -> data.get(key) instanceof TypedValue typed ? null : data.get(key);
      if (!HIDE.isHidden(hide, values)) {
        return data;
      }
    }
    return null;
  }

  /**
   * The data with one field changed (null removes it); a field of a dynamic list is changed in its
   * first row.
   */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> put(
      Map<String, Object> data, String listPath, String key, Object value) {
    if (listPath == null) {
      return with(data, key, value);
    }
    try {
      String serialized = ((SerializableValue) data.get(listPath)).getValueSerialized();
      List<Map<String, Object>> rows = JSON.readValue(serialized, List.class);
      Map<String, Object> first = new LinkedHashMap<>(rows.get(0));
      if (value == null) {
        first.remove(key);
      } else {
        first.put(
            key,
            value instanceof TypedValue typed
                ? JSON.readValue(((SerializableValue) typed).getValueSerialized(), Object.class)
                : value);
      }
      rows.set(0, first);
      return with(data, listPath, json(JSON.writeValueAsString(rows)));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---- one case walked through every stage; each stage's task is tried before it is completed
  // ----

  private String definitionId() {
    return engine
        .getRepositoryService()
        .createProcessDefinitionQuery()
        .processDefinitionKey(PROCESS_ID)
        .latestVersion()
        .singleResult()
        .getId();
  }

  /** The process a start form opens: the group session's or the cycle's. */
  private String definitionIdOf(String startFormId) {
    return startFormId.equals(CycleForms.GROUP_SESSION_START)
        ? engine
            .getRepositoryService()
            .createProcessDefinitionQuery()
            .processDefinitionKey(GroupSession.PROCESS_ID)
            .latestVersion()
            .singleResult()
            .getId()
        : definitionId();
  }

  private List<Stage> stages() {
    ProcessInstance referring =
        engine.getFormService().submitStartForm(definitionId(), caseOpening(randomNik()));
    ProcessInstance grouped =
        engine.getFormService().submitStartForm(definitionId(), caseOpening(randomNik()));
    ProcessInstance admitted =
        engine.getFormService().submitStartForm(definitionId(), caseOpening(randomNik()));
    ProcessInstance referred =
        engine.getFormService().submitStartForm(definitionId(), caseOpening(randomNik()));
    ProcessInstance exited =
        engine.getFormService().submitStartForm(definitionId(), caseOpening(randomNik()));
    List<Stage> stages = new ArrayList<>();
    stages.add(new Stage(CycleForms.CASE_OPENING, List.of(caseOpening(randomNik())), null));
    stages.add(
        stage(CycleForms.INTAKE_INTERVIEW, admitted, TASK_INTAKE_INTERVIEW, List.of(intake(true))));
    stages.add(
        stage(
            CycleForms.ADMISSION_APPROVAL,
            admitted,
            TASK_APPROVE_ADMISSION,
            List.of(admissionApproval(true), admissionApproval(false))));
    stages.add(
        stage(
            CycleForms.SERVICE_CONTRACT,
            admitted,
            TASK_SIGN_SERVICE_CONTRACT,
            List.of(serviceContract(true), serviceContract(false))));
    stages.add(stage(CycleForms.ASSESSMENT, admitted, TASK_ASSESS_CLIENT, List.of(assessment())));
    stages.add(
        stage(CycleForms.INTERVENTION_PLAN, admitted, TASK_PLAN_INTERVENTION, List.of(plan())));
    stages.add(
        stage(
            CycleForms.PLAN_APPROVAL,
            admitted,
            TASK_APPROVE_PLAN,
            List.of(planApproval(true), planApproval(false))));
    stages.add(
        stage(
            CycleForms.ACTIVITY_REPORT,
            admitted,
            TASK_CARRY_OUT_ACTIVITY,
            List.of(activityReport())));
    stages.add(
        timerStage(
            CycleForms.EVALUATION_FOLLOW_UP,
            admitted,
            TIMER_EVALUATION_DUE,
            TASK_EVALUATION_FOLLOW_UP,
            List.of(evaluationFollowUp())));
    stages.add(
        timerStage(
            CycleForms.OVERDUE_EVALUATION_REVIEW,
            admitted,
            TIMER_EVALUATION_OVERDUE,
            TASK_REVIEW_OVERDUE_EVALUATION,
            List.of(overdueReview())));
    stages.add(
        stage(
            CycleForms.EVALUATION,
            admitted,
            TASK_EVALUATE_INTERVENTION,
            List.of(evaluation("GOALS_REACHED"))));
    stages.add(
        stage(CycleForms.REFERRAL, referred, TASK_REFER_TO_OTHER_RESOURCE, List.of(referral())));
    stages.add(
        new Stage(
            CycleForms.TERMINATION,
            List.of(termination(true), termination(false)),
            () -> {
              if (taskOf(exited, TASK_TERMINATE) == null) {
                engine
                    .getRuntimeService()
                    .createMessageCorrelation(MESSAGE_CLIENT_EXITED)
                    .processInstanceBusinessKey(exited.getBusinessKey())
                    .setVariable("exitReason", "DECEASED")
                    .correlate();
              }
              return taskOf(exited, TASK_TERMINATE);
            }));
    stages.add(
        new Stage(
            CycleForms.SERVICE_REFERRAL,
            List.of(serviceReferral()),
            () -> {
              if (taskOf(referring, TASK_REFER_TO_RESOURCE_SYSTEM) == null) {
                reach(referring, TASK_ASSESS_CLIENT);
                engine
                    .getRuntimeService()
                    .createMessageCorrelation(MESSAGE_REFERRAL_REQUESTED)
                    .processInstanceBusinessKey(referring.getBusinessKey())
                    .correlate();
              }
              return taskOf(referring, TASK_REFER_TO_RESOURCE_SYSTEM);
            }));
    stages.add(
        new Stage(
            CycleForms.REFERRAL_FOLLOW_UP,
            List.of(referralFollowUp("ACCEPTED"), referralFollowUp("PENDING")),
            () -> {
              Task referral = taskOf(referring, TASK_REFER_TO_RESOURCE_SYSTEM);
              if (referral != null) {
                engine.getTaskService().complete(referral.getId(), serviceReferral());
              }
              return timerStage(
                      CycleForms.REFERRAL_FOLLOW_UP,
                      referring,
                      TIMER_REFERRAL_FOLLOW_UP_DUE,
                      TASK_REFERRAL_FOLLOW_UP,
                      List.of())
                  .task()
                  .get();
            }));
    stages.add(new Stage(CycleForms.GROUP_SESSION_START, List.of(groupSessionStart()), null));
    stages.add(
        new Stage(
            CycleForms.GROUP_SESSION,
            List.of(groupSession(grouped.getBusinessKey(), "PRESENT")),
            () -> {
              reach(grouped, TASK_CARRY_OUT_ACTIVITY);
              List<Task> open =
                  engine
                      .getTaskService()
                      .createTaskQuery()
                      .processDefinitionKey(GroupSession.PROCESS_ID)
                      .taskDefinitionKey(GroupSession.TASK_RECORD_ATTENDANCE)
                      .list();
              if (!open.isEmpty()) {
                return open.get(0);
              }
              ProcessInstance session =
                  engine
                      .getFormService()
                      .submitStartForm(
                          definitionIdOf(CycleForms.GROUP_SESSION_START), groupSessionStart());
              return engine
                  .getTaskService()
                  .createTaskQuery()
                  .processInstanceId(session.getId())
                  .singleResult();
            }));
    stages.add(
        new Stage(
            CycleForms.AFTER_CARE_FOLLOW_UP,
            List.of(afterCare()),
            () -> {
              Task terminate = taskOf(exited, TASK_TERMINATE);
              if (terminate != null) {
                engine.getTaskService().complete(terminate.getId(), termination(true));
              }
              return timerStage(
                      CycleForms.AFTER_CARE_FOLLOW_UP,
                      exited,
                      TIMER_AFTER_CARE_DUE,
                      TASK_AFTER_CARE_FOLLOW_UP,
                      List.of())
                  .task()
                  .get();
            }));
    return stages;
  }

  private Stage stage(
      String formId, ProcessInstance pi, String taskKey, List<Map<String, Object>> validData) {
    return new Stage(formId, validData, () -> reach(pi, taskKey));
  }

  private Stage timerStage(
      String formId,
      ProcessInstance pi,
      String timerId,
      String taskKey,
      List<Map<String, Object>> validData) {
    return new Stage(
        formId,
        validData,
        () -> {
          if (taskOf(pi, taskKey) == null) {
            String jobId =
                engine
                    .getManagementService()
                    .createJobQuery()
                    .processInstanceId(pi.getId())
                    .activityId(timerId)
                    .list()
                    .get(0)
                    .getId();
            engine.getManagementService().executeJob(jobId);
          }
          return taskOf(pi, taskKey);
        });
  }

  private Task taskOf(ProcessInstance pi, String taskKey) {
    List<Task> tasks =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceId(pi.getId())
            .taskDefinitionKey(taskKey)
            .list();
    return tasks.isEmpty() ? null : tasks.get(0);
  }

  /**
   * Completes the case's open tasks validly, stage by stage, until a task with {@code taskKey} is
   * open.
   */
  private Task reach(ProcessInstance pi, String taskKey) {
    for (int step = 0; step < 20; step++) {
      Task wanted = taskOf(pi, taskKey);
      if (wanted != null) {
        return wanted;
      }
      Task next =
          engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).list().stream()
              .filter(
                  t ->
                      !t.getTaskDefinitionKey().equals(TASK_EVALUATION_FOLLOW_UP)
                          && !t.getTaskDefinitionKey().equals(TASK_REVIEW_OVERDUE_EVALUATION))
              .findFirst()
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "case " + pi.getBusinessKey() + " has no task before " + taskKey));
      engine
          .getTaskService()
          .complete(next.getId(), validFor(next.getTaskDefinitionKey(), taskKey));
    }
    throw new IllegalStateException(taskKey + " not reached");
  }

  private Map<String, Object> validFor(String openTask, String wantedTask) {
    return switch (openTask) {
      case TASK_INTAKE_INTERVIEW -> intake(!wantedTask.equals(TASK_REFER_TO_OTHER_RESOURCE));
      case TASK_APPROVE_ADMISSION -> admissionApproval(true);
      case TASK_SIGN_SERVICE_CONTRACT -> serviceContract(true);
      case TASK_ASSESS_CLIENT -> assessment();
      case TASK_PLAN_INTERVENTION -> plan();
      case TASK_APPROVE_PLAN -> planApproval(true);
      case TASK_CARRY_OUT_ACTIVITY -> activityReport();
      case TASK_EVALUATION_FOLLOW_UP -> evaluationFollowUp();
      default ->
          throw new IllegalStateException(
              "no valid data for " + openTask + " on the way to " + wantedTask);
    };
  }
}
