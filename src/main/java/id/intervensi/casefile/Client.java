package id.intervensi.casefile;

import java.time.LocalDate;
import java.time.Period;

/**
 * A client (penerima manfaat) as stored in the application's own client table. Without papers, a
 * client has no NIK (and a {@code nikMissingReason}) and may have only an estimated birth year.
 */
public record Client(
    Long id,
    String nik,
    String fullName,
    LocalDate birthDate,
    String sex,
    String address,
    String familyContactName,
    String familyContactRelation,
    String familyContactPhone,
    Integer birthYearEstimate,
    String nikMissingReason) {

  /**
   * Age in whole years on {@code day}; from the estimated birth year when the exact date is not
   * known (the age the person reaches this year).
   */
  public int ageOn(LocalDate day) {
    return birthDate != null
        ? Period.between(birthDate, day).getYears()
        : day.getYear() - birthYearEstimate;
  }
}
