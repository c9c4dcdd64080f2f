package id.intervensi.termination;

/** Why the intervention ended: the three reasons of the seed (Siporin, via Iskandar 1993:63). */
public enum TerminationReason {
  /** Goals reached (Tujuan tercapai). */
  GOALS_REACHED,
  /** The client's own request (Permintaan klien), message TerminationRequested. */
  CLIENT_REQUEST,
  /** Other factors (Faktor lain), message ClientExited with an {@link ExitReason}. */
  OTHER_FACTORS
}
