package id.intervensi.security;

import java.util.List;

/** The groups of Intervensi. Candidate groups in the BPMN use these ids. */
public final class Groups {

  public static final String SOCIAL_WORKERS = "social-workers";
  public static final String SUPERVISORS = "supervisors";
  public static final String MANAGERS = "managers";
  public static final String AUDITORS = "auditors";

  /** Camunda's administrators group (created by the starter with the admin user). */
  public static final String ADMINS = "camunda-admin";

  public static final List<String> ALL = List.of(SOCIAL_WORKERS, SUPERVISORS, MANAGERS, AUDITORS);

  private Groups() {}
}
