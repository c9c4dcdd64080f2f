/**
 * The managers' dashboard on Cockpit's start page (scripts/intervensi-dashboard.js) and the monthly
 * report a home sends to its social office (docs/dashboard.md): figures read from the app's tables
 * (case_file, stage_time_histogram, case_stage_stay, case_score) and, for tasks, the engine's
 * runtime and history tables, each on an index.
 */
package id.intervensi.dashboard;
