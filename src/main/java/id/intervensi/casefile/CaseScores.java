package id.intervensi.casefile;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The case_score table: the scores of each assessment and evaluation of a case (CaseProgress). */
@Repository
public class CaseScores {

  private static final RecordRows<Round> ROUND_ROWS = RecordRows.of(Round.class);

  public static final String ASSESSMENT = "ASSESSMENT";
  public static final String EVALUATION = "EVALUATION";

  /**
   * One round of scores; the functioning level is the decision table's, after an assessment. Who
   * gave the information, on which day, and how many GDS-15 items the client could answer (below 15
   * the GDS score is null: incomplete); these three are null for rounds recorded before V11.
   */
  public record Round(
      String roundKind,
      LocalDateTime recordedAt,
      Integer barthel,
      Integer lawton,
      Integer gds,
      Integer gdsItemsAssessed,
      String informant,
      LocalDate informationDate,
      String functioningLevel,
      String riskLevel) {}

  /** What a round's task recorded, read from its variables as it ends. */
  record Scored(
      Integer barthel,
      Integer lawton,
      Integer gds,
      Integer gdsItemsAssessed,
      String informant,
      LocalDate informationDate) {}

  private final JdbcClient jdbc;

  CaseScores(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void record(String caseNumber, String kind, Scored scored) {
    if (caseNumber == null) {
      return;
    }
    jdbc.sql(
            """
        insert into case_score (case_number, round_kind, recorded_at, barthel, lawton, gds,
                                gds_items_assessed, informant, information_date)
        select case_number, ?, ?, ?, ?, ?, ?, ?, ? from case_file where case_number = ?""")
        .params(
            kind,
            Timestamp.from(Instant.now()),
            scored.barthel(),
            scored.lawton(),
            scored.gds(),
            scored.gdsItemsAssessed(),
            scored.informant(),
            scored.informationDate(),
            caseNumber)
        .update();
  }

  /** The level the decision table gave after an assessment, on that assessment's round. */
  void recordLevel(String caseNumber, String functioningLevel, String riskLevel) {
    int recorded =
        jdbc.sql(
                """
        update case_score set functioning_level = ?, risk_level = ?
         where id = (select max(id) from case_score where case_number = ? and round_kind = ?)
           and functioning_level is null""")
            .params(functioningLevel, riskLevel, caseNumber, ASSESSMENT)
            .update();
    // the case's latest level, kept on the case file too: the dashboard counts open cases by it
    if (recorded > 0) {
      jdbc.sql("update case_file set functioning_level = ? where case_number = ?")
          .params(functioningLevel, caseNumber)
          .update();
    }
  }

  /** Every round of the case, the oldest first. */
  public List<Round> of(String caseNumber) {
    return jdbc.sql(
            "select round_kind, recorded_at, barthel, lawton, gds, gds_items_assessed, informant,"
                + " information_date, functioning_level, risk_level"
                + " from case_score where case_number = ? order by id")
        .param(caseNumber)
        .query(ROUND_ROWS)
        .list();
  }
}
