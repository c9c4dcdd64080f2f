package id.intervensi.casefile;

import static id.intervensi.cycle.InterventionCycle.*;

import java.util.Arrays;
import java.util.Optional;

/**
 * The stages of the intervention cycle a case goes through, each entered when the engine reaches
 * its first element (CaseStages). The labels are the seed's terms.
 */
public enum CaseStage {
  INTAKE(SUBPROCESS_INTAKE, "Keterlibatan, intake dan kontrak"),
  ASSESSMENT(TASK_ASSESS_CLIENT, "Asesmen"),
  PLANNING(TASK_PLAN_INTERVENTION, "Perencanaan intervensi"),
  INTERVENTION(SUBPROCESS_INTERVENTION, "Intervensi"),
  EVALUATION(TASK_EVALUATE_INTERVENTION, "Evaluasi"),
  TERMINATION(TASK_TERMINATE, "Terminasi"),
  AFTER_CARE(TIMER_AFTER_CARE_DUE, "Bimbingan lanjut (pasca-layanan)");

  private final String activityId;
  private final String label;

  CaseStage(String activityId, String label) {
    this.activityId = activityId;
    this.label = label;
  }

  public String activityId() {
    return activityId;
  }

  public String label() {
    return label;
  }

  /** The stage an element of the cycle starts, if it starts one. */
  public static Optional<CaseStage> startedBy(String activityId) {
    return Arrays.stream(values()).filter(s -> s.activityId.equals(activityId)).findFirst();
  }

  /** The label of a stored stage code; a closed case is "Selesai". */
  public static String labelOf(String code, boolean closed) {
    if (closed) {
      return "Selesai";
    }
    return Arrays.stream(values())
        .filter(s -> s.name().equals(code))
        .map(CaseStage::label)
        .findFirst()
        .orElse("Belum diketahui");
  }
}
