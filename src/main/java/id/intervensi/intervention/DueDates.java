package id.intervensi.intervention;

import id.intervensi.cycle.Periods;
import id.intervensi.cycle.UsableInModels;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * {@code ${dueDates.after('P7D')}} in the BPMN: due dates of follow-up and escalation tasks, the
 * same period as the timer that escalates them, so Tasklist shows and sorts by when a task is late.
 */
@UsableInModels("Tenggat tugas dihitung dari sekarang.")
@Component("dueDates")
public class DueDates {

  @UsableInModels("after('P7D'): tanggal setelah jangka ISO-8601, untuk camunda:dueDate")
  public Date after(String period) {
    return Periods.after(period);
  }
}
