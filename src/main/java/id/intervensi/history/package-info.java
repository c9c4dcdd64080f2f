/**
 * Case history for auditors, supervisors and managers ("Riwayat kasus" in Cockpit): the search of
 * open and closed cases, one case's timeline read from the engine's history and user operation log
 * and the app's own records, and exports of both (CSV, PDF), each export recorded. Read only: the
 * endpoints answer GET, and the one row they write is the record of an export.
 */
package id.intervensi.history;
