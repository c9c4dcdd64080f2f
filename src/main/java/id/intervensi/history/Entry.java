package id.intervensi.history;

import java.time.Instant;
import java.util.List;

/**
 * One event of a case's timeline.
 *
 * @param at when it happened
 * @param kind what kind of event (a {@link Kind} name), {@code kindLabel} its Indonesian word
 * @param title what happened, in a sentence
 * @param actor the user who did it; null for the engine (a timer, a decision)
 * @param detail more about it (a reason, a note, the matched rule); may be null
 * @param items values: a variable's old and new value, a decision's inputs and outputs
 */
public record Entry(
    Instant at,
    String kind,
    String kindLabel,
    String title,
    String actor,
    String detail,
    List<Item> items) {

  /** A value of an event: {@code before} is null where there was none (a first value). */
  public record Item(String name, String before, String after) {}

  static Entry of(Instant at, Kind kind, String title, String actor, String detail) {
    return new Entry(at, kind.name(), kind.label(), title, actor, detail, List.of());
  }

  static Entry of(
      Instant at, Kind kind, String title, String actor, String detail, List<Item> items) {
    return new Entry(at, kind.name(), kind.label(), title, actor, detail, List.copyOf(items));
  }

  /** The order of events with the same time: as the engine runs them in one step. */
  int rank() {
    return Kind.valueOf(kind).ordinal();
  }

  /**
   * The kinds of events, in the order the engine produces events of one moment: what triggered a
   * step, the step's end, its decision and data, the next stage and task, and who took it.
   */
  public enum Kind {
    CASE_OPENED("Kasus dibuka"),
    MESSAGE("Pesan diterima"),
    TIMER("Pengatur waktu"),
    EVENT("Peristiwa"),
    TASK_COMPLETED("Tugas selesai"),
    TASK_CANCELLED("Tugas dibatalkan"),
    DECISION("Keputusan"),
    DATA_CHANGED("Perubahan data"),
    STAGE_ENTERED("Tahap baru"),
    TASK_CREATED("Tugas dibuat"),
    TASK_CLAIMED("Tugas diklaim"),
    TASK_ASSIGNED("Tugas ditugaskan"),
    TASK_RELEASED("Tugas dilepas"),
    INCIDENT("Insiden"),
    INCIDENT_RESOLVED("Insiden selesai"),
    OPERATION("Operasi"),
    MIGRATION("Migrasi"),
    WORKER_CHANGED("Pekerja sosial pendamping"),
    CASE_NOTE("Catatan kasus"),
    CLIENT_CHANGED("Koreksi data klien"),
    RESIDENCY("Tempat tinggal"),
    DOCUMENT("Dokumen"),
    CASE_ENDED("Kasus berakhir"),
    EXPORT("Ekspor riwayat");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
