/**
 * Caseloads: each case's own social worker (pekerja sosial pendamping), chosen at the admission and
 * changed by a supervisor's transfer; the case's tasks go to that worker first; the case list of
 * Tasklist (Kasus saya, all open cases) and every worker's caseload.
 */
package id.intervensi.caseload;
