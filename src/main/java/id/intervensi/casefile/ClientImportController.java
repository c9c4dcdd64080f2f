package id.intervensi.casefile;

import id.intervensi.casefile.ClientImports.ImportReport;
import id.intervensi.refusal.Refusal;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bulk import of a home's residents (supervisors and administrators, HTTP basic login):
 *
 * <ul>
 *   <li>{@code POST /api/clients/imports?fileName=penghuni.csv} with the CSV file as the body (e.g.
 *       {@code curl --data-binary @penghuni.csv -H 'Content-Type: text/csv'}): checks the file and
 *       answers 202 with the import (id, rows in all, rows taken so far); 400 when the file cannot
 *       be taken at all (no rows, a required column missing, too many rows).
 *   <li>{@code GET /api/clients/imports/{id}}: progress and report: each row taken so far with its
 *       line, ADDED, ALREADY_REGISTERED or REFUSED, the reason, the client number.
 * </ul>
 *
 * Columns, encodings and date formats: docs/client-registry.md.
 */
@RestController
class ClientImportController {

  /** Largest file taken: 5,000 rows of a spreadsheet are far below it. */
  static final int MAX_BYTES = 5 * 1024 * 1024;

  private final ClientImports imports;

  ClientImportController(ClientImports imports) {
    this.imports = imports;
  }

  @PostMapping(
      path = "/api/clients/imports",
      consumes = {"text/csv", "text/plain", "application/octet-stream"})
  ResponseEntity<ImportReport> start(
      @RequestParam(required = false) String fileName, @RequestBody(required = false) byte[] file) {
    if (file != null && file.length > MAX_BYTES) {
      throw Refusal.invalid("Berkas lebih dari 5 MB; bagi berkasnya.");
    }
    return ResponseEntity.status(HttpStatus.ACCEPTED).body(imports.start(fileName, file));
  }

  @GetMapping("/api/clients/imports/{importId}")
  ImportReport report(@PathVariable String importId) {
    return imports.report(importId);
  }
}
