package id.intervensi.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A home's list of residents, as Indonesian spreadsheets save it. */
class ClientCsvTest {

  @Test
  void excelWithIndonesianSettingsSemicolonsAndTheWindowsCodePage() {
    String text =
        "Nama Lengkap;NIK;Tgl Lahir;JK;Alamat\r\n"
            + "Siti Aminah;3273035203500021;12/03/1950;P;Jl. Cibeunying, Bandung\r\n"
            + ";;;;\r\n"
            + "Ahmad Sudirdjo;;17-08-1945;L;\"Desa Suka Maju; RT 03\"\r\n";
    ClientCsv.Sheet sheet = ClientCsv.read(text.getBytes(Charset.forName("windows-1252")));
    assertThat(sheet.delimiter()).isEqualTo(';');
    assertThat(sheet.rows()).hasSize(2);
    ClientCsv.Row siti = sheet.rows().get(0);
    assertThat(siti.line()).isEqualTo(2);
    assertThat(siti.get(ClientCsv.NAME)).isEqualTo("Siti Aminah");
    assertThat(siti.get(ClientCsv.BIRTH_DATE)).isEqualTo("12/03/1950");
    assertThat(siti.get(ClientCsv.SEX)).isEqualTo("P");
    assertThat(sheet.rows().get(1).line()).as("the empty row is skipped, lines count").isEqualTo(4);
    assertThat(sheet.rows().get(1).get(ClientCsv.ADDRESS)).isEqualTo("Desa Suka Maju; RT 03");
  }

  @Test
  void utf8WithABomAndNamesWithAccentsOrTheWindowsCodePageSpelledTheSame() {
    String header = "nama,jenis_kelamin,tahun_lahir_perkiraan,alamat\n";
    String row = "Ni Nyoman Sukaréni,P,1948,Gianyar\n";
    byte[] utf8 = ("\uFEFF" + header + row).getBytes(StandardCharsets.UTF_8);
    byte[] windows = (header + row).getBytes(Charset.forName("windows-1252"));
    for (byte[] file : new byte[][] {utf8, windows}) {
      ClientCsv.Sheet sheet = ClientCsv.read(file);
      assertThat(sheet.rows().get(0).get(ClientCsv.NAME)).isEqualTo("Ni Nyoman Sukaréni");
      assertThat(sheet.rows().get(0).get(ClientCsv.BIRTH_YEAR)).isEqualTo("1948");
    }
    assertThat(ClientCsv.read(utf8).encoding()).isEqualTo("UTF-8");
    assertThat(ClientCsv.read(windows).encoding()).isEqualTo("windows-1252");
  }

  @Test
  void datesDayFirstAsIndonesiansWriteThem() {
    LocalDate day = LocalDate.of(1950, 3, 12);
    for (String text :
        new String[] {
          "12/03/1950",
          "12/3/1950",
          "12-03-1950",
          "12.03.1950",
          "12 Maret 1950",
          "12 Mar 1950",
          "1950-03-12",
          "18334",
          "12/03/50"
        }) {
      assertThat(ClientCsv.date(text, 2026)).as(text).contains(day);
    }
    assertThat(ClientCsv.date("17 Agustus 1945", 2026)).contains(LocalDate.of(1945, 8, 17));
    assertThat(ClientCsv.date("31/02/1950", 2026)).as("no such day").isEmpty();
    assertThat(ClientCsv.date("03/13/1950", 2026)).as("month first").isEmpty();
    assertThat(ClientCsv.date("kemarin", 2026)).isEmpty();
  }

  @Test
  void sexAsSpreadsheetsWriteIt() {
    assertThat(ClientCsv.sex("P")).isEqualTo("F");
    assertThat(ClientCsv.sex("Perempuan")).isEqualTo("F");
    assertThat(ClientCsv.sex("wanita")).isEqualTo("F");
    assertThat(ClientCsv.sex("L")).isEqualTo("M");
    assertThat(ClientCsv.sex("Laki-laki")).isEqualTo("M");
    assertThat(ClientCsv.sex("X")).isNull();
  }
}
