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

  public static final Set<String> ALL =
      Set.of(
          NAME,
          NIK,
          BIRTH_DATE,
          SEX,
          ADDRESS,
          FAMILY_CONTACT_NAME,
          FAMILY_CONTACT_RELATION,
          FAMILY_CONTACT_PHONE);

  private ClientIdentityFields() {}
}
