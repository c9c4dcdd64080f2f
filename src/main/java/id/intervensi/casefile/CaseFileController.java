package id.intervensi.casefile;

import id.intervensi.casefile.CaseFileReader.CaseFileView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/cases/{caseNumber}}: the case file (CaseFileReader), to users who read the case
 * (security/CaseApiAccess: a social worker the cases they work on, supervisors, managers and
 * auditors every case); 404 for an unknown case.
 */
@RestController
class CaseFileController {

  private final CaseFileReader reader;

  CaseFileController(CaseFileReader reader) {
    this.reader = reader;
  }

  @GetMapping("/api/cases/{caseNumber}")
  CaseFileView caseFile(@PathVariable String caseNumber) {
    return reader.read(caseNumber);
  }
}
