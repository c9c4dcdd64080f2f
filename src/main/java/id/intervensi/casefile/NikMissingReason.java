package id.intervensi.casefile;

/** Why a client is registered without a NIK (start form field {@code nikMissingReason}). */
public enum NikMissingReason {
  /** Came without KTP or KK; the NIK may be found later. */
  NO_DOCUMENTS,
  /** Not registered with the civil registry (Dukcapil). */
  NOT_REGISTERED,
  /** Identity unknown: brought by the police, a hospital or neighbours. */
  IDENTITY_UNKNOWN,
  OTHER
}
