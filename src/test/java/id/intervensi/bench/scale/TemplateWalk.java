package id.intervensi.bench.scale;

import id.intervensi.CaseData;
import id.intervensi.CycleLookups;
import id.intervensi.casefile.CaseNotes;
import id.intervensi.casefile.CaseVariables;
import id.intervensi.cycle.InterventionCycle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The template cases of the scale harness, walked through the app as it runs (its listeners, form
 * rules, authorization provider), each step done by the demo user whose role does it in Tasklist: a
 * social worker or supervisor claims the task, then completes it. So the copies carry the same user
 * operation log, identity links and authorization rows as real cases.
 */
final class TemplateWalk {

  /** One walked case: its process instance and whether it is closed. */
  record Template(String processInstanceId, boolean closed, String label) {}

  private static final String WORKER_GROUP = "social-workers";
  private static final String SUPERVISOR_GROUP = "supervisors";

  private final ProcessEngine engine;
  private final CaseNotes notes;
  private final String definitionId;

  TemplateWalk(ConfigurableApplicationContext app) {
    this.engine = app.getBean(ProcessEngine.class);
    this.notes = app.getBean(CaseNotes.class);
    this.definitionId = CycleLookups.latestDefinitionId(engine);
  }

  /**
   * Open cases stopped at each stage (intake, admission, contract, assessment, plan, plan approval,
   * two during the activities with their evaluation timer, one whose evaluation fell due), and
   * closed cases walked to their end (goals reached; an admission refused).
   */
  List<Template> walkAll() {
    List<Template> all = new ArrayList<>();
    String[] openLabels = {
      "intake interview",
      "admission approval",
      "service contract",
      "assessment",
      "plan",
      "plan approval",
      "first activity",
      "second activity"
    };
    for (int stop = 0; stop < openLabels.length; stop++) {
      String worker = stop % 2 == 0 ? "peksos1" : "peksos2";
      all.add(new Template(walk(stop, worker), false, "open: " + openLabels[stop]));
    }
    String due = walk(6, "peksos1");
    fireEvaluationTimer(due);
    all.add(new Template(due, false, "open: evaluation follow-up (timer fired)"));
    all.add(new Template(walk(STEPS, "peksos1"), true, "closed: goals reached"));
    all.add(new Template(walk(STEPS, "peksos2"), true, "closed: goals reached (other worker)"));
    all.add(new Template(refusedAdmission(), true, "closed: admission refused"));
    return all;
  }

  private static final int STEPS = 10;

  /** Starts a case as {@code worker} and takes it through the first {@code steps} tasks. */
  private String walk(int steps, String worker) {
    String pi = start(worker);
    for (int step = 0; step < steps; step++) {
      switch (step) {
        case 0 ->
            complete(pi, InterventionCycle.TASK_INTAKE_INTERVIEW, CaseData.intake(true), worker);
        case 1 ->
            complete(
                pi,
                InterventionCycle.TASK_APPROVE_ADMISSION,
                CaseData.with(CaseData.admissionApproval(true), "assignedWorker", worker),
                "supervisor1");
        case 2 ->
            complete(
                pi,
                InterventionCycle.TASK_SIGN_SERVICE_CONTRACT,
                CaseData.serviceContract(true),
                worker);
        case 3 -> complete(pi, InterventionCycle.TASK_ASSESS_CLIENT, CaseData.assessment(), worker);
        case 4 -> complete(pi, InterventionCycle.TASK_PLAN_INTERVENTION, CaseData.plan(), worker);
        case 5 ->
            complete(
                pi,
                InterventionCycle.TASK_APPROVE_PLAN,
                CaseData.planApproval(true),
                "supervisor1");
        case 6, 7 ->
            complete(
                pi, InterventionCycle.TASK_CARRY_OUT_ACTIVITY, CaseData.activityReport(), worker);
        case 8 ->
            complete(
                pi,
                InterventionCycle.TASK_EVALUATE_INTERVENTION,
                CaseData.evaluation("GOALS_REACHED"),
                worker);
        case 9 ->
            complete(pi, InterventionCycle.TASK_TERMINATE, CaseData.termination(false), worker);
        default -> throw new IllegalStateException("no step " + step);
      }
      if (step == 2) {
        note(pi, worker, "Keluarga menelepon menanyakan jadwal kunjungan.");
      }
      if (step == 5) {
        note(pi, worker, "Klien mengeluh nyeri lutut pada malam hari; perawat sudah memeriksa.");
      }
    }
    boolean ended =
        engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi).count() == 0;
    if (steps == STEPS && !ended) {
      throw new IllegalStateException("case " + pi + " did not end after the walk");
    }
    return pi;
  }

  private String refusedAdmission() {
    String pi = start("peksos2");
    complete(pi, InterventionCycle.TASK_INTAKE_INTERVIEW, CaseData.intake(true), "peksos2");
    complete(
        pi,
        InterventionCycle.TASK_APPROVE_ADMISSION,
        CaseData.admissionApproval(false),
        "supervisor1");
    // a refused admission may ask for a referral before the case closes
    for (int guard = 0; guard < 3; guard++) {
      List<Task> open = engine.getTaskService().createTaskQuery().processInstanceId(pi).list();
      if (open.isEmpty()) {
        break;
      }
      Task task = open.get(0);
      Map<String, Object> data =
          "Task_ReferToOtherResource".equals(task.getTaskDefinitionKey())
              ? CaseData.referral()
              : Map.of();
      complete(pi, task.getTaskDefinitionKey(), data, "peksos2");
    }
    return pi;
  }

  private String start(String worker) {
    return as(
        worker,
        WORKER_GROUP,
        () ->
            engine
                .getFormService()
                .submitStartForm(definitionId, CaseData.caseOpening(CaseData.randomNik()))
                .getId());
  }

  private void complete(String pi, String taskKey, Map<String, Object> data, String user) {
    String group = user.startsWith("supervisor") ? SUPERVISOR_GROUP : WORKER_GROUP;
    as(
        user,
        group,
        () -> {
          Task task = CycleLookups.openTask(engine, pi, taskKey);
          if (task.getAssignee() == null) {
            engine.getTaskService().claim(task.getId(), user);
          }
          engine.getTaskService().complete(task.getId(), data);
          return null;
        });
  }

  private void note(String pi, String worker, String text) {
    String caseNumber =
        (String) engine.getRuntimeService().getVariable(pi, CaseVariables.CASE_NUMBER);
    as(
        worker,
        WORKER_GROUP,
        () -> notes.write(caseNumber, new CaseNotes.NewCaseNote(LocalDate.now(), text)));
  }

  private void fireEvaluationTimer(String pi) {
    Job timer =
        engine
            .getManagementService()
            .createJobQuery()
            .processInstanceId(pi)
            .timers()
            .list()
            .stream()
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no evaluation timer on " + pi));
    engine.getManagementService().executeJob(timer.getId());
  }

  private <T> T as(String user, String group, Supplier<T> work) {
    engine.getIdentityService().setAuthentication(user, List.of(group));
    try {
      return work.get();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }
}
