package id.intervensi.casefile;

import id.intervensi.cycle.CycleForms;
import id.intervensi.forms.FieldValues;
import id.intervensi.forms.FormDates;
import id.intervensi.forms.SubmissionRule;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Rules of the start form beyond its schema: NIK structure (16 digits, the birth-day and month
 * positions plausible: women add 40 to the day) and a plausible birth date.
 */
@Component
class CaseOpeningRules implements SubmissionRule {

  private static final Pattern NIK = Pattern.compile("\\d{16}");

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
    if (values.get(ClientIdentityFields.NIK) instanceof String nik && !nik.isEmpty()) {
      checkNik(nik, violations);
    }
    // text from a form, a Date from the Java API or a start that converted it: the same rule
    Object birthDate = values.get(ClientIdentityFields.BIRTH_DATE);
    if (birthDate != null && !"".equals(birthDate)) {
      checkBirthDate(birthDate, violations);
    }
  }

  private static void checkNik(String nik, List<String> violations) {
    if (!NIK.matcher(nik).matches()) {
      violations.add("NIK harus terdiri dari tepat 16 digit angka.");
      return;
    }
    int day = Integer.parseInt(nik.substring(6, 8));
    int month = Integer.parseInt(nik.substring(8, 10));
    boolean dayValid = (day >= 1 && day <= 31) || (day >= 41 && day <= 71);
    if (!dayValid || month < 1 || month > 12) {
      violations.add(
          "NIK tidak valid: digit ke-7 sampai ke-12 harus berupa tanggal lahir (HHBBTT, perempuan +40 pada tanggal).");
    }
  }

  private void checkBirthDate(Object value, List<String> violations) {
    try {
      LocalDate birthDate = FormDates.day(value);
      if (birthDate == null) {
        return; // neither text nor a date: the form rules report the type
      }
      // the home's calendar, whatever the server's time zone
      LocalDate today = LocalDate.now(home.zoneId());
      if (birthDate.isAfter(today)) {
        violations.add("Tanggal lahir tidak boleh di masa depan.");
      } else if (birthDate.isBefore(today.minusYears(130))) {
        violations.add("Tanggal lahir tidak masuk akal (lebih dari 130 tahun yang lalu).");
      }
    } catch (DateTimeParseException e) {
      // the form rules already report a malformed date
    }
  }
}
