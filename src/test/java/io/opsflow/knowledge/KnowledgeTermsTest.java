package io.opsflow.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the knowledge search cuts text into terms; no application needed. */
class KnowledgeTermsTest {

  @Test
  void wordsAreLowerCasedAndCutAtEverythingButLettersAndDigits() {
    // given a title with punctuation, a CI name and capitals
    String text = "Disk FULL on app-server-01: log_rotation stopped!";

    // when it is cut into terms
    var terms = KnowledgeTerms.of(text);

    // then words of three or more characters remain, lower-cased, in order
    assertThat(terms).containsExactly("disk", "full", "app", "server", "log", "rotation", "stopped");
  }

  @Test
  void wordsShorterThanThreeCharactersAreNotTerms() {
    assertThat(KnowledgeTerms.of("db on a vm is ok")).isEmpty();
    assertThat(KnowledgeTerms.of("503 on vpn")).containsExactly("503", "vpn");
  }

  @Test
  void chineseTextGivesEveryPairOfNeighbouringCharacters() {
    // given Chinese text, written without spaces
    String text = "数据库连接池耗尽";

    // when it is cut into terms
    var terms = KnowledgeTerms.of(text);

    // then each pair of neighbouring characters is a term
    assertThat(terms).containsExactly("数据", "据库", "库连", "连接", "接池", "池耗", "耗尽");
  }

  @Test
  void mixedScriptsSplitWhereTheScriptChanges() {
    assertThat(KnowledgeTerms.of("CRM数据库，VPN连接后"))
        .containsExactly("crm", "数据", "据库", "vpn", "连接", "接后");
  }

  @Test
  void aLoneChineseCharacterIsATermOfItsOwn() {
    assertThat(KnowledgeTerms.of("库 pool 池")).containsExactly("库", "pool", "池");
  }

  @Test
  void frequenciesCountRepeats() {
    assertThat(KnowledgeTerms.frequencies("Deadlock, deadlock and DEADLOCK again"))
        .containsEntry("deadlock", 3).containsEntry("and", 1).containsEntry("again", 1).hasSize(3);
  }

  @Test
  void nothingGivesNoTerms() {
    assertThat(KnowledgeTerms.of(null)).isEmpty();
    assertThat(KnowledgeTerms.of("  -- !! ")).isEmpty();
  }
}
