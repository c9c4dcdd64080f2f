package id.intervensi.intervention;

import id.intervensi.cycle.Periods;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * {@code ${dueDates.after('P7D')}} in the BPMN: due dates of follow-up and escalation tasks, the same
 * period as the timer that escalates them, so Tasklist shows and sorts by when a task is late.
 */
@Component("dueDates")
public class DueDates {

  public Date after(String period) {
    return Periods.after(period);
  }
}
