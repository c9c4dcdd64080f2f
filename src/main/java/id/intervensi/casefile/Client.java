package id.intervensi.casefile;

import java.time.LocalDate;
import java.time.Period;

/** A client (penerima manfaat) as stored in the application's own client table. */
public record Client(
    Long id,
    String nik,
    String fullName,
    LocalDate birthDate,
    String sex,
    String address,
    String familyContactName,
    String familyContactRelation,
    String familyContactPhone) {

  /** Age in whole years on {@code day}. */
  public int ageOn(LocalDate day) {
    return Period.between(birthDate, day).getYears();
  }
}
