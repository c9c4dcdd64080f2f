package id.intervensi.tasklist;

import id.intervensi.casefile.CaseStage;
import id.intervensi.documents.DocumentKind;
import id.intervensi.forms.OptionLabels;
import id.intervensi.termination.ExitReason;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/labels}: the words for the codes a case file holds, so that Tasklist shows a
 * worker's answers as the forms offered them: every option list of the forms by field key, and the
 * stages, exit and closure reasons, document kinds, functioning and risk levels. Any logged-in
 * user.
 */
@RestController
class CaseLabelsController {

  /** The functioning-level decision table's outputs (processes/functioning-level.dmn). */
  static final Map<String, String> FUNCTIONING_LEVELS =
      Map.of(
          "INDEPENDENT", "Mandiri",
          "SLIGHT_DEPENDENCE", "Ketergantungan ringan",
          "MODERATE_DEPENDENCE", "Ketergantungan sedang",
          "SEVERE_DEPENDENCE", "Ketergantungan berat",
          "TOTAL_DEPENDENCE", "Ketergantungan total");

  static final Map<String, String> RISK_LEVELS =
      Map.of("LOW", "Rendah", "MEDIUM", "Sedang", "HIGH", "Tinggi");

  static final Map<String, String> CLOSURE_REASONS =
      Map.of(
          "GOALS_REACHED", "Tujuan tercapai",
          "CLIENT_REQUEST", "Permintaan klien",
          "OTHER_FACTORS", "Faktor lain");

  private final Map<String, Map<String, String>> labels;

  CaseLabelsController(OptionLabels options) {
    Map<String, Map<String, String>> all = new LinkedHashMap<>(options.all());
    Map<String, String> stages = new LinkedHashMap<>();
    for (CaseStage stage : CaseStage.values()) {
      stages.put(stage.name(), stage.label());
    }
    stages.put("CLOSED", CaseStage.labelOf(null, true));
    all.put("stage", stages);
    Map<String, String> exits = new LinkedHashMap<>();
    for (ExitReason reason : ExitReason.values()) {
      exits.put(reason.name(), reason.label());
    }
    all.put("exitReason", exits);
    all.put("closureReason", CLOSURE_REASONS);
    Map<String, String> kinds = new LinkedHashMap<>();
    for (DocumentKind kind : DocumentKind.values()) {
      kinds.put(kind.name(), kind.label());
    }
    all.put("documentKind", kinds);
    all.put("functioningLevel", FUNCTIONING_LEVELS);
    all.put("riskLevel", RISK_LEVELS);
    this.labels = Map.copyOf(all);
  }

  @GetMapping("/api/labels")
  Map<String, Map<String, String>> labels() {
    return labels;
  }
}
