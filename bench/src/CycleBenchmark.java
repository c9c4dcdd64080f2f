import com.sun.management.ThreadMXBean;
import id.intervensi.CaseData;
import id.intervensi.IntervensiApplication;
import id.intervensi.cycle.InterventionCycle;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Speed and memory of a whole case in Intervensi, as ratios against a bare Camunda engine running
 * the same number of user tasks per instance, in the same JVM and the same run (interleaved rounds,
 * so machine noise hits both sides alike). See bench/README.md.
 */
public class CycleBenchmark {

  static final int TASKS_PER_CASE = 11;

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
    int casesPerRound = args.length > 1 ? Integer.parseInt(args[1]) : 40;

    ProcessEngine bare = bareEngine();
    try (ConfigurableApplicationContext app =
        new SpringApplicationBuilder(IntervensiApplication.class)
            .profiles("test")
            .run(
                "--server.port=0",
                "--logging.level.root=WARN",
                "--logging.level.id.intervensi=WARN",
                "--spring.datasource.url=jdbc:h2:mem:bench-app;DB_CLOSE_DELAY=-1",
                "--camunda.bpm.job-execution.enabled=false")) {
      ProcessEngine intervensi = app.getBean(ProcessEngine.class);

      // warm-up: JIT, caches
      for (int i = 0; i < 2; i++) {
        runBare(bare, casesPerRound);
        runCycle(intervensi, casesPerRound);
      }
      List<Double> speedRatios = new ArrayList<>();
      List<Double> memoryRatios = new ArrayList<>();
      for (int round = 0; round < rounds; round++) {
        Measurement b = runBare(bare, casesPerRound);
        Measurement c = runCycle(intervensi, casesPerRound);
        speedRatios.add(c.casesPerSecond() / b.casesPerSecond());
        memoryRatios.add((double) c.bytesPerCase() / b.bytesPerCase());
        System.out.printf(
            "round %d: bare %.1f cases/s %,d B/case | intervensi %.1f cases/s %,d B/case%n",
            round + 1, b.casesPerSecond(), b.bytesPerCase(), c.casesPerSecond(), c.bytesPerCase());
      }
      System.out.println();
      System.out.println(
          "| measure (intervensi / bare engine, "
              + TASKS_PER_CASE
              + " user tasks per case) | median | min | max |");
      System.out.println("| --- | --- | --- | --- |");
      row("throughput (cases per second)", speedRatios);
      row("memory allocated per case", memoryRatios);
    } finally {
      bare.close();
    }
  }

  record Measurement(double casesPerSecond, long bytesPerCase) {}

  static void row(String name, List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    System.out.printf(
        "| %s | %.2f | %.2f | %.2f |%n",
        name, sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1));
  }

  static long allocatedBytes() {
    return ((ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
  }

  // ---- baseline: a bare engine, same number of user tasks, history full, no forms or listeners
  // ----

  static ProcessEngine bareEngine() {
    ProcessEngine engine =
        ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
            .setJdbcUrl("jdbc:h2:mem:bench-bare;DB_CLOSE_DELAY=-1")
            .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
            .setJobExecutorActivate(false)
            .setProcessEngineName("bench-bare")
            .buildProcessEngine();
    AbstractFlowNodeBuilder<?, ?> builder =
        Bpmn.createExecutableProcess("bare").camundaHistoryTimeToLive(1).startEvent();
    for (int i = 0; i < TASKS_PER_CASE; i++) {
      builder = builder.userTask("task" + i).camundaCandidateGroups("social-workers");
    }
    engine
        .getRepositoryService()
        .createDeployment()
        .addModelInstance("bare.bpmn", builder.endEvent().done())
        .deploy();
    return engine;
  }

  static Measurement runBare(ProcessEngine engine, int cases) {
    long bytes = allocatedBytes();
    long start = System.nanoTime();
    TaskService tasks = engine.getTaskService();
    for (int i = 0; i < cases; i++) {
      String pi =
          engine
              .getRuntimeService()
              .startProcessInstanceByKey("bare", "bare-" + i, Map.of("referralReason", "x"))
              .getId();
      for (int t = 0; t < TASKS_PER_CASE; t++) {
        Task task = tasks.createTaskQuery().processInstanceId(pi).singleResult();
        tasks.complete(task.getId(), Map.of("note" + t, "Catatan " + t));
      }
    }
    return measurement(cases, start, bytes);
  }

  // ---- Intervensi: a whole case through the Java API, with validation, listeners, decisions ----

  static Measurement runCycle(ProcessEngine engine, int cases) {
    long bytes = allocatedBytes();
    long start = System.nanoTime();
    String definitionId =
        engine
            .getRepositoryService()
            .createProcessDefinitionQuery()
            .processDefinitionKey(InterventionCycle.PROCESS_ID)
            .latestVersion()
            .singleResult()
            .getId();
    for (int i = 0; i < cases; i++) {
      String pi =
          engine
              .getFormService()
              .submitStartForm(definitionId, CaseData.caseOpening(CaseData.randomNik()))
              .getId();
      complete(engine, pi, InterventionCycle.TASK_INTAKE_INTERVIEW, CaseData.intake(true));
      complete(
          engine, pi, InterventionCycle.TASK_APPROVE_ADMISSION, CaseData.admissionApproval(true));
      complete(
          engine, pi, InterventionCycle.TASK_SIGN_SERVICE_CONTRACT, CaseData.serviceContract(true));
      complete(engine, pi, InterventionCycle.TASK_ASSESS_CLIENT, CaseData.assessment());
      complete(engine, pi, InterventionCycle.TASK_PLAN_INTERVENTION, CaseData.plan());
      complete(engine, pi, InterventionCycle.TASK_APPROVE_PLAN, CaseData.planApproval(true));
      complete(engine, pi, InterventionCycle.TASK_CARRY_OUT_ACTIVITY, CaseData.activityReport());
      complete(engine, pi, InterventionCycle.TASK_CARRY_OUT_ACTIVITY, CaseData.activityReport());
      complete(
          engine,
          pi,
          InterventionCycle.TASK_EVALUATE_INTERVENTION,
          CaseData.evaluation("GOALS_REACHED"));
      complete(engine, pi, InterventionCycle.TASK_TERMINATE, CaseData.termination(false));
    }
    return measurement(cases, start, bytes);
  }

  static void complete(ProcessEngine engine, String pi, String taskKey, Map<String, Object> data) {
    Task task =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceId(pi)
            .taskDefinitionKey(taskKey)
            .listPage(0, 1)
            .get(0);
    engine.getTaskService().complete(task.getId(), data);
  }

  static Measurement measurement(int cases, long startNanos, long startBytes) {
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    return new Measurement(cases / seconds, (allocatedBytes() - startBytes) / cases);
  }
}
