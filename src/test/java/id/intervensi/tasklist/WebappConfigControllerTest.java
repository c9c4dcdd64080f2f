package id.intervensi.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.intervensi.casefile.HomeSettings;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The webapps' config.js carries the configured home name, safely quoted, whatever it contains. */
class WebappConfigControllerTest {

  @Test
  void eachWebappGetsTheConfiguredHomeName() {
    WebappConfigController controller =
        new WebappConfigController(new HomeSettings("PSTW Budi Mulia 'Dua'", null));
    for (String app : new String[] {"tasklist", "cockpit", "admin", "welcome"}) {
      String config = controller.config(app).getBody();
      assertThat(config)
          .as(app)
          .contains("const home = \"PSTW Budi Mulia 'Dua'\";")
          .contains("vendor: 'Intervensi'")
          .doesNotContain("const home = 'Panti Sosial Tresna Werdha';");
    }
    assertThat(controller.config("tasklist").getBody()).contains("availableLocales: ['en', 'id']");
  }

  @Test
  void tasklistGetsTheHomesTimeZoneByItsIndonesianName() {
    String makassar =
        new WebappConfigController(new HomeSettings("Panti", "Asia/Makassar"))
            .config("tasklist")
            .getBody();
    assertThat(makassar)
        .contains("const homeTimeZone = \"Asia/Makassar\";")
        .contains("const homeTimeZoneName = \"WITA\";")
        .contains("timeZoneName: homeTimeZoneName");
    assertThat(WebappConfigController.zoneName(ZoneId.of("Asia/Jakarta"))).isEqualTo("WIB");
    assertThat(WebappConfigController.zoneName(ZoneId.of("Asia/Pontianak"))).isEqualTo("WIB");
    assertThat(WebappConfigController.zoneName(ZoneId.of("Asia/Jayapura"))).isEqualTo("WIT");
    assertThat(WebappConfigController.zoneName(ZoneId.of("Asia/Singapore")))
        .isEqualTo("Asia/Singapore");
  }

  @Test
  void aNameCannotBreakOutOfItsString() {
    assertThat(WebappConfigController.jsString("Panti \"Kasih\" \\ </script>\n\u2028x"))
        .isEqualTo("\"Panti \\\"Kasih\\\" \\\\ </script>\\n\\u2028x\"");
  }

  @Test
  void tasklistsScriptIsFixedOnceOrTheAppDoesNotStart() {
    String fixed = new TasklistBundleFix().script().getBody();
    for (TasklistBundleFix.Fix fix : TasklistBundleFix.FIXES) {
      assertThat(fixed).contains(fix.fixed()).doesNotContain(fix.broken());
    }
    assertThatThrownBy(() -> TasklistBundleFix.fix("console.log('another version');"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("dynamic-list and date defects");
  }
}
