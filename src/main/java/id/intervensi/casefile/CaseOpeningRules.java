package id.intervensi.casefile;

import id.intervensi.cycle.CycleForms;
import id.intervensi.forms.FieldValues;
import id.intervensi.forms.FormDates;
import id.intervensi.forms.SubmissionRule;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Rules of the start form beyond its schema: the NIK and what it encodes ({@link Nik}: region code,
 * birth date, women add 40 to the day), in agreement with the birth date and sex entered, and a
 * plausible birth date.
 */
@Component
class CaseOpeningRules implements SubmissionRule {

  private final HomeSettings home;

  CaseOpeningRules(HomeSettings home) {
    this.home = home;
  }

  @Override
  public String formId() {
    return CycleForms.CASE_OPENING;
  }

  @Override
  public void check(FieldValues values, List<String> violations) {
    boolean nikUnknown = Boolean.TRUE.equals(values.get(ClientIdentityFields.NIK_UNKNOWN));
    boolean birthDateUnknown =
        Boolean.TRUE.equals(values.get(ClientIdentityFields.BIRTH_DATE_UNKNOWN));
    String nik = values.get(ClientIdentityFields.NIK) instanceof String text ? text : "";
    if (nikUnknown && !nik.isEmpty()) {
      violations.add(
          "NIK diisi padahal ditandai tidak ada: kosongkan NIK atau hapus tanda \"tidak memiliki"
              + " NIK\".");
      return;
    }
    if (nikUnknown && blank(values.get(ClientIdentityFields.NIK_MISSING_REASON))) {
      violations.add("Alasan NIK tidak ada wajib diisi bila klien tidak memiliki NIK.");
    }
    List<String> nikProblems = nik.isEmpty() ? List.of() : Nik.problems(nik);
    violations.addAll(nikProblems);
    // text from a form, a Date from the Java API or a start that converted it: the same rule
    Object birthDateValue = values.get(ClientIdentityFields.BIRTH_DATE);
    LocalDate birthDate = null;
    Integer estimate = null;
    if (birthDateUnknown) {
      if (!blank(birthDateValue)) {
        violations.add(
            "Tanggal lahir diisi padahal ditandai tidak diketahui: kosongkan salah satu.");
        return;
      }
      estimate = checkEstimate(values.get(ClientIdentityFields.BIRTH_YEAR_ESTIMATE), violations);
    } else if (!blank(birthDateValue)) {
      birthDate = checkBirthDate(birthDateValue, violations);
    }
    if (!nik.isEmpty() && nikProblems.isEmpty()) {
      String sex = values.get(ClientIdentityFields.SEX) instanceof String text ? text : null;
      violations.addAll(Nik.disagreements(nik, birthDate, estimate, sex));
    }
  }

  private static boolean blank(Object value) {
    return value == null || "".equals(value);
  }

  /** An estimated birth year a living client can have, else null (and why, in violations). */
  private Integer checkEstimate(Object value, List<String> violations) {
    if (!(value instanceof Number number)) {
      violations.add("Perkiraan tahun lahir wajib diisi bila tanggal lahir tidak diketahui.");
      return null;
    }
    int year = number.intValue();
    int thisYear = LocalDate.now(home.zoneId()).getYear();
    if (number.doubleValue() != year || year > thisYear || year < thisYear - 130) {
      violations.add(
          "Perkiraan tahun lahir harus tahun antara "
              + (thisYear - 130)
              + " dan "
              + thisYear
              + ".");
      return null;
    }
    return year;
  }

  /** The birth date if it is one a living client can have, else null (and why, in violations). */
  private LocalDate checkBirthDate(Object value, List<String> violations) {
    try {
      LocalDate birthDate = FormDates.day(value);
      if (birthDate == null) {
        return null; // neither text nor a date: the form rules report the type
      }
      // the home's calendar, whatever the server's time zone
      LocalDate today = LocalDate.now(home.zoneId());
      if (birthDate.isAfter(today)) {
        violations.add("Tanggal lahir tidak boleh di masa depan.");
        return null;
      } else if (birthDate.isBefore(today.minusYears(130))) {
        violations.add("Tanggal lahir tidak masuk akal (lebih dari 130 tahun yang lalu).");
        return null;
      }
      return birthDate;
    } catch (DateTimeParseException e) {
      return null; // the form rules already report a malformed date
    }
  }
}
