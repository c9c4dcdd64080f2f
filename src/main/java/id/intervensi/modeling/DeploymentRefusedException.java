package id.intervensi.modeling;

import id.intervensi.refusal.WordedForUsers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.engine.impl.bpmn.parser.ResourceReportImpl;

/**
 * Refuses a deployment that would break running cases or the app. A {@link ParseException} on
 * purpose: Camunda's REST API answers it with 400 Bad Request, its message, and per resource the
 * problems with their element ids ("details"), which Camunda Modeler shows to the manager.
 */
public class DeploymentRefusedException extends ParseException implements WordedForUsers {

  private final List<DeploymentProblem> problems;

  public DeploymentRefusedException(List<DeploymentProblem> problems) {
    super(message(problems), null, List.of(), List.of());
    this.problems = List.copyOf(problems);
    this.resorceReports = reports(problems);
  }

  public List<DeploymentProblem> getProblems() {
    return problems;
  }

  private static String message(List<DeploymentProblem> problems) {
    StringBuilder message =
        new StringBuilder("Deployment ditolak: ")
            .append(problems.size())
            .append(
                " masalah akan merusak kasus yang berjalan atau aplikasi. Perbaiki model lalu deploy lagi.");
    problems.forEach(problem -> message.append("\n- ").append(problem.describe()));
    return message.toString();
  }

  private static List<ResourceReport> reports(List<DeploymentProblem> problems) {
    Map<String, List<Problem>> byResource = new LinkedHashMap<>();
    problems.forEach(
        problem ->
            byResource.computeIfAbsent(problem.resource(), r -> new ArrayList<>()).add(problem));
    List<ResourceReport> reports = new ArrayList<>();
    byResource.forEach(
        (resource, errors) -> reports.add(new ResourceReportImpl(resource, errors, List.of())));
    return reports;
  }
}
