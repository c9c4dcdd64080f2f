package id.intervensi.casefile;

import id.intervensi.casefile.TaskResidents.ResidentOfTask;
import id.intervensi.casefile.TaskResidents.TaskCase;
import id.intervensi.refusal.Refusal;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/tasks/{taskId}/resident}: the resident a task is about (case number, name, age,
 * living unit and room), to users who read the task's case; 204 (nothing to show) to a candidate
 * who has not claimed it yet; {@code {"noCase": true}} for a task the user sees that belongs to no
 * case (a group session's attendance); 404 for a task the user cannot see. Tasklist shows it above
 * the task's form (intervensi-forms.js), with the user's Tasklist session.
 */
@RestController
class TaskResidentController {

  private final TaskResidents residents;

  TaskResidentController(TaskResidents residents) {
    this.residents = residents;
  }

  /** Most cards Tasklist shows on a page, with room to spare. */
  static final int MAX_TASKS = 50;

  /**
   * {@code GET /api/tasks/residents?taskId=...&taskId=...}: the residents of Tasklist's task cards
   * in one request, by task id; tasks the user does not see or whose case they do not read are left
   * out.
   */
  @GetMapping("/api/tasks/residents")
  Map<String, ResidentOfTask> residents(@RequestParam("taskId") List<String> taskIds) {
    if (taskIds.size() > MAX_TASKS) {
      throw Refusal.invalid("Paling banyak " + MAX_TASKS + " tugas sekaligus.");
    }
    return residents.ofTasks(taskIds);
  }

  @GetMapping("/api/tasks/{taskId}/resident")
  ResponseEntity<Object> resident(@PathVariable String taskId) {
    TaskCase found = residents.caseOf(taskId);
    if (found.noCase()) {
      return ResponseEntity.ok(Map.of("noCase", true));
    }
    return found.resident() == null
        ? ResponseEntity.noContent().build()
        : ResponseEntity.ok(found.resident());
  }
}
