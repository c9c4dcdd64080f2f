package id.intervensi.groupwork;

import java.util.Arrays;

/** The kinds of group session the start form offers, with the words the activity report uses. */
enum SessionKind {
  EXERCISE("Senam / olahraga"),
  PRAYER("Ibadah / bimbingan rohani"),
  SKILLS("Keterampilan"),
  OTHER("Kegiatan kelompok lain");

  private final String label;

  SessionKind(String label) {
    this.label = label;
  }

  static String labelOf(Object code) {
    return Arrays.stream(values())
        .filter(k -> k.name().equals(String.valueOf(code)))
        .map(k -> k.label)
        .findFirst()
        .orElse(String.valueOf(code));
  }
}
