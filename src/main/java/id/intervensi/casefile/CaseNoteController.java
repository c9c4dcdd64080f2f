package id.intervensi.casefile;

import id.intervensi.casefile.CaseNotes.CaseNote;
import id.intervensi.casefile.CaseNotes.NewCaseNote;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Case notes: {@code GET /api/cases/{caseNumber}/notes} (users who read the case) and {@code POST
 * /api/cases/{caseNumber}/notes} {@code {"noteDate": "2026-12-02", "text": "..."}} (the case's
 * social worker, supervisors): 201 with the note; 400 for a day before the opening or in the
 * future, 409 for a closed case.
 */
@RestController
class CaseNoteController {

  private final CaseNotes notes;

  CaseNoteController(CaseNotes notes) {
    this.notes = notes;
  }

  @GetMapping("/api/cases/{caseNumber}/notes")
  List<CaseNote> notes(@PathVariable String caseNumber) {
    return notes.of(caseNumber);
  }

  @PostMapping("/api/cases/{caseNumber}/notes")
  @ResponseStatus(HttpStatus.CREATED)
  CaseNote write(@PathVariable String caseNumber, @Valid @RequestBody NewCaseNote note) {
    return notes.write(caseNumber, note);
  }
}
