package io.opsflow.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** How the knowledge search cuts text into terms; no application needed. */
class KnowledgeTermsTest {

  /** Text, and the terms it is cut into, in order. */
  static Stream<Arguments> texts() {
    return Stream.of(
        // words are lower-cased and cut at everything but letters and digits; three or more characters remain
        arguments("Disk FULL on app-server-01: log_rotation stopped!",
            List.of("disk", "full", "app", "server", "log", "rotation", "stopped")),
        // words shorter than three characters are not terms
        arguments("db on a vm is ok", List.of()),
        arguments("503 on vpn", List.of("503", "vpn")),
        // Chinese text, written without spaces, gives every pair of neighbouring characters
        arguments("数据库连接池耗尽", List.of("数据", "据库", "库连", "连接", "接池", "池耗", "耗尽")),
        // mixed scripts split where the script changes
        arguments("CRM数据库，VPN连接后", List.of("crm", "数据", "据库", "vpn", "连接", "接后")),
        // a lone Chinese character is a term of its own
        arguments("库 pool 池", List.of("库", "pool", "池")),
        // nothing gives no terms
        arguments(null, List.of()),
        arguments("  -- !! ", List.of()));
  }

  @ParameterizedTest
  @MethodSource("texts")
  void textIsCutIntoTerms(String text, List<String> terms) {
    assertThat(KnowledgeTerms.of(text)).containsExactlyElementsOf(terms);
  }

  @Test
  void frequenciesCountRepeats() {
    assertThat(KnowledgeTerms.frequencies("Deadlock, deadlock and DEADLOCK in the orders table"))
        .containsEntry("deadlock", 3).containsEntry("orders", 1).containsEntry("table", 1).hasSize(3);
  }

  @Test
  void wordsThatSayNothingAboutAFaultAreNoTerms() {
    assertThat(KnowledgeTerms.of("Users cannot print since the update this morning")).containsExactly("print", "update");
  }

  @Test
  void everyWayOfSayingLogInIsTheTermLogin() {
    assertThat(KnowledgeTerms.of("cannot log in; logging into CRM; sign-on page; logon; signed in; log rotation"))
        .containsExactly("login", "login", "crm", "login", "page", "login", "login", "log", "rotation");
  }
}
