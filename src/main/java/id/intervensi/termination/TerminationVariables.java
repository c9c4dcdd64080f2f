package id.intervensi.termination;

/**
 * Process variables the termination messages carry (CaseTermination), described in
 * docs/process-variables.md. The termination and exit reasons are in {@code cycle.CycleVariables}:
 * the case's closure in casefile reads them.
 */
public final class TerminationVariables {

  public static final String TERMINATION_REQUEST_NOTE = "terminationRequestNote";
  public static final String TERMINATION_REQUESTED_BY = "terminationRequestedBy";
  public static final String EXIT_NOTE = "exitNote";
  public static final String EXIT_REPORTED_BY = "exitReportedBy";

  private TerminationVariables() {}
}
