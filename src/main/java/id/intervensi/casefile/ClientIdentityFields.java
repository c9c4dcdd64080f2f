package id.intervensi.casefile;

import java.util.Set;

/**
 * Keys of the start form (case-opening) that carry client identity. They are moved to the client
 * table when a case opens and never become process variables or history.
 */
public final class ClientIdentityFields {

  public static final String NAME = "clientName";
  public static final String NIK = "clientNik";
  public static final String BIRTH_DATE = "clientBirthDate";
  public static final String SEX = "clientSex";
  public static final String ADDRESS = "clientAddress";
  public static final String FAMILY_CONTACT_NAME = "familyContactName";
  public static final String FAMILY_CONTACT_RELATION = "familyContactRelation";
  public static final String FAMILY_CONTACT_PHONE = "familyContactPhone";

  /** Checked when the client has no NIK, or it is not known. */
  public static final String NIK_UNKNOWN = "clientNikUnknown";

  /** Why there is no NIK: one of {@link NikMissingReason}. */
  public static final String NIK_MISSING_REASON = "nikMissingReason";

  /** Checked when the exact birth date is not known. */
  public static final String BIRTH_DATE_UNKNOWN = "clientBirthDateUnknown";

  /** The estimated birth year, when the birth date is not known. */
  public static final String BIRTH_YEAR_ESTIMATE = "clientBirthYearEstimate";

  /** The worker's answer to a likely duplicate: the client number of the same person. */
  public static final String KNOWN_CLIENT_ID = "knownClientId";

  /** The worker's answer to a likely duplicate: not the same person. */
  public static final String NOT_A_DUPLICATE = "notADuplicate";

  public static final Set<String> ALL =
      Set.of(
          NAME,
          NIK,
          BIRTH_DATE,
          SEX,
          ADDRESS,
          FAMILY_CONTACT_NAME,
          FAMILY_CONTACT_RELATION,
          FAMILY_CONTACT_PHONE,
          NIK_UNKNOWN,
          NIK_MISSING_REASON,
          BIRTH_DATE_UNKNOWN,
          BIRTH_YEAR_ESTIMATE,
          KNOWN_CLIENT_ID,
          NOT_A_DUPLICATE);

  private ClientIdentityFields() {}
}
