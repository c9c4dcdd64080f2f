package id.intervensi.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Names written the ways Indonesian names are written are found to be likely the same. */
class NameVariantsTest {

  @Test
  void spellingVariantsAreTheSameName() {
    assertThat(NameVariants.similar("Siti Aminah", "Sitti Aminah")).isTrue();
    assertThat(NameVariants.similar("Nur Hasanah", "Noor Hasanah")).isTrue();
    assertThat(NameVariants.similar("Soekarno", "Sukarno")).as("oe/u").isTrue();
    assertThat(NameVariants.similar("Djoko Santoso", "Joko Santoso")).as("dj/j").isTrue();
    assertThat(NameVariants.similar("Tjipto Mangunkusumo", "Cipto Mangunkusumo")).isTrue();
    assertThat(NameVariants.similar("Njoman Sudira", "Nyoman Sudira")).isTrue();
    assertThat(NameVariants.similar("Sjamsul Bachri", "Syamsul Bakhri")).isTrue();
    assertThat(NameVariants.similar("Mohammad Yusuf", "Muhamad Yusuf")).isTrue();
    assertThat(NameVariants.similar("Fatimah", "Fatima")).isTrue();
  }

  @Test
  void titlesCapitalsAndPunctuationDoNotCount() {
    assertThat(NameVariants.similar("Hj. Siti Aminah", "siti aminah")).isTrue();
    assertThat(NameVariants.similar("Mbah Karto (nama panggilan)", "Karto")).isTrue();
    assertThat(NameVariants.similar("Ibu Sumiati", "SUMIATI")).isTrue();
  }

  @Test
  void aNameWithOrWithoutASecondNameIsLikelyTheSame() {
    assertThat(NameVariants.similar("Siti", "Siti Aminah")).isTrue();
  }

  @Test
  void otherNamesAreNot() {
    assertThat(NameVariants.similar("Siti Aminah", "Sumiati")).isFalse();
    assertThat(NameVariants.similar("Siti Aminah", "Siti Rahayu")).isFalse();
    assertThat(NameVariants.similar("Joko", "Djoko Santoso Wibowo")).isTrue();
    assertThat(NameVariants.similar("Mbah", "Mbah")).as("nothing left but a title").isFalse();
  }
}
