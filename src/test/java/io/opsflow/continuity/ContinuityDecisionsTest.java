package io.opsflow.continuity;

import static io.opsflow.DecisionTables.*;
import static io.opsflow.continuity.RecoveryVariables.*;
import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The verdicts of DR drills and disaster recoveries, rule by rule, as dmn/ holds them:
 * SystemRecoveryVerdict for each system (targets RTO 60 min and RPO 15 min below), DrillVerdict
 * for the whole drill.
 */
class ContinuityDecisionsTest {

  private static DmnDecision systemRecoveryVerdict;
  private static DmnDecision drillVerdict;

  @BeforeAll
  static void parseDecisions() {
    systemRecoveryVerdict = parse("SystemRecoveryVerdict");
    drillVerdict = parse("DrillVerdict");
  }

  // SystemRecoveryVerdict: first matching rule wins

  @Test
  void aFailedRecoveryTestFailsTheSystemWhateverTheTimes() {
    assertThat(system(false, 10, 0)).isEqualTo("fail");
    assertThat(system(false, 300, 100)).isEqualTo("fail");
  }

  @Test
  void recoveringInMoreThanTwiceTheRtoFailsTheSystem() {
    assertThat(system(true, 121, 0)).isEqualTo("fail");
    assertThat(system(true, 120, 0)).as("exactly double is still partial").isEqualTo("partial");
  }

  @Test
  void losingMoreThanTwiceTheRpoFailsTheSystem() {
    assertThat(system(true, 30, 31)).isEqualTo("fail");
    assertThat(system(true, 30, 30)).as("exactly double is still partial").isEqualTo("partial");
  }

  @Test
  void anyDataLossFailsASystemWhoseRpoIsNone() {
    assertThat(system(true, 30, 1, 60, 0)).isEqualTo("fail");
    assertThat(system(true, 30, 0, 60, 0)).isEqualTo("pass");
  }

  @Test
  void withinBothTargetsAndATestThatPassesIsAPass() {
    assertThat(system(true, 60, 15)).as("the targets themselves").isEqualTo("pass");
    assertThat(system(true, 5, 0)).isEqualTo("pass");
  }

  @Test
  void aTargetMissedByAtMostDoubleIsPartial() {
    assertThat(system(true, 61, 15)).as("RTO just missed").isEqualTo("partial");
    assertThat(system(true, 60, 16)).as("RPO just missed").isEqualTo("partial");
    assertThat(system(true, 90, 25)).as("both missed").isEqualTo("partial");
  }

  // DrillVerdict: a drill is as good as its weakest system

  @Test
  void oneFailedSystemFailsTheDrill() {
    assertThat(drill(1, 0)).isEqualTo("fail");
    assertThat(drill(1, 3)).isEqualTo("fail");
  }

  @Test
  void aPartialSystemWithoutFailuresMakesThePartialDrill() {
    assertThat(drill(0, 1)).isEqualTo("partial");
  }

  @Test
  void noFailedAndNoPartialSystemIsAPass() {
    assertThat(drill(0, 0)).isEqualTo("pass");
  }

  @Test
  void bothDecisionsKeepHistorySevenYears() {
    assertKeepsHistorySevenYears("SystemRecoveryVerdict");
    assertKeepsHistorySevenYears("DrillVerdict");
  }

  private static Object system(boolean testPassed, int rtoMinutes, int dataLossMinutes) {
    return system(testPassed, rtoMinutes, dataLossMinutes, 60, 15);
  }

  private static Object system(boolean testPassed, int rtoMinutes, int dataLossMinutes, int rtoTarget, int rpoTarget) {
    return evaluate(systemRecoveryVerdict, Variables.createVariables()
        .putValue(RECOVERY_TEST_PASSED.name(), testPassed)
        .putValue(MEASURED_RTO_MINUTES.name(), rtoMinutes)
        .putValue(DATA_LOSS_MINUTES.name(), dataLossMinutes)
        .putValue(RTO_TARGET_MINUTES.name(), rtoTarget)
        .putValue(RPO_TARGET_MINUTES.name(), rpoTarget)).get(SYSTEM_VERDICT.name());
  }

  private static Object drill(int failed, int partial) {
    return evaluate(drillVerdict, Variables.createVariables()
        .putValue(SYSTEMS_FAILED.name(), failed)
        .putValue(SYSTEMS_PARTIAL.name(), partial)).get(VERDICT.name());
  }
}
