package id.intervensi.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The NIK on its own, and where it disagrees with the birth date and sex entered with it. */
class NikTest {

  static final LocalDate SITI_BORN = LocalDate.of(1950, 3, 12);

  /** Bandung (32 73 03), a woman born 12 March 1950 (day 12 + 40). */
  static final String SITI = "3273035203500021";

  @Test
  void aNikThatCouldBeRealHasNoProblems() {
    assertThat(Nik.problems(SITI)).isEmpty();
    assertThat(Nik.disagreements(SITI, SITI_BORN, Nik.FEMALE)).isEmpty();
    assertThat(Nik.problems("9101011505600001")).as("a man born 15 May 1960 in Papua").isEmpty();
  }

  @Test
  void lengthAndDigits() {
    assertThat(Nik.problems("32730352035000"))
        .containsExactly("NIK harus terdiri dari tepat 16 digit angka.");
    assertThat(Nik.problems("32730352035000AB")).hasSize(1);
    assertThat(Nik.problems(null)).hasSize(1);
  }

  @Test
  void theRegionCodeMustBeAProvinceAndARegency() {
    assertThat(Nik.problems("0073035203500021"))
        .singleElement()
        .asString()
        .contains("(00) bukan kode provinsi");
    assertThat(Nik.problems("2073035203500021"))
        .singleElement()
        .asString()
        .contains("(20) bukan kode provinsi");
    assertThat(Nik.problems("3200035203500021"))
        .singleElement()
        .asString()
        .contains("kabupaten/kota");
    assertThat(Nik.problems("3273005203500021")).singleElement().asString().contains("kecamatan");
  }

  @Test
  void digitsSevenToTwelveMustBeADate() {
    assertThat(Nik.problems("3273033203500021"))
        .as("day 32")
        .singleElement()
        .asString()
        .contains("HHBBTT");
    assertThat(Nik.problems("3273037203500021")).as("day 72 (32 + 40)").hasSize(1);
    assertThat(Nik.problems("3273035213500021")).as("month 13").hasSize(1);
  }

  @Test
  void aMansNikForAWoman() {
    String man = "3273031203500021"; // day 12, no 40 added
    assertThat(Nik.disagreements(man, SITI_BORN, Nik.FEMALE))
        .singleElement()
        .asString()
        .startsWith("NIK ini milik seorang laki-laki")
        .endsWith("jenis kelamin yang diisi perempuan.");
    assertThat(Nik.disagreements(SITI, SITI_BORN, Nik.MALE))
        .singleElement()
        .asString()
        .startsWith("NIK ini milik seorang perempuan");
  }

  @Test
  void eachPartOfTheBirthDateThatDisagreesIsNamed() {
    assertThat(Nik.disagreements(SITI, LocalDate.of(1950, 3, 13), Nik.FEMALE))
        .singleElement()
        .asString()
        .startsWith("Tanggal lahir pada NIK (digit ke-7 dan ke-8: 52, yaitu tanggal 12)")
        .contains("13/03/1950");
    assertThat(Nik.disagreements(SITI, LocalDate.of(1950, 12, 3), Nik.FEMALE))
        .as("day and month swapped, as an mm/dd reading gives")
        .hasSize(2)
        .anySatisfy(m -> assertThat(m).startsWith("Tanggal lahir pada NIK"))
        .anySatisfy(
            m -> assertThat(m).startsWith("Bulan lahir pada NIK (digit ke-9 dan ke-10: 03)"));
    assertThat(Nik.disagreements(SITI, LocalDate.of(1951, 3, 12), Nik.FEMALE))
        .singleElement()
        .asString()
        .startsWith("Tahun lahir pada NIK (digit ke-11 dan ke-12: 50)");
  }
}
