package io.opsflow.change;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Counting a CAB's votes by its rule, vote by vote. */
class CabTallyTest {

  @Test
  void unanimousIsDecidedByTheFirstRejection() {
    assertThat(CabTally.of("unanimous", 2, 0, 4)).isEqualTo(new CabTally(false, false));
    assertThat(CabTally.of("unanimous", 2, 1, 4)).isEqualTo(new CabTally(true, false));
    assertThat(CabTally.of("unanimous", 0, 1, 4)).isEqualTo(new CabTally(true, false));
  }

  @Test
  void unanimousPassesOnlyWhenEveryMemberApproved() {
    assertThat(CabTally.of("unanimous", 3, 0, 4)).isEqualTo(new CabTally(false, false));
    assertThat(CabTally.of("unanimous", 4, 0, 4)).isEqualTo(new CabTally(true, true));
  }

  @Test
  void majorityPassesWithMoreThanHalf() {
    assertThat(CabTally.of("majority", 2, 0, 4)).isEqualTo(new CabTally(false, false));
    assertThat(CabTally.of("majority", 3, 0, 4)).isEqualTo(new CabTally(true, true));
    assertThat(CabTally.of("majority", 2, 0, 3)).isEqualTo(new CabTally(true, true));
  }

  @Test
  void majorityIsLostOnceHalfHaveRejectedSoATieRejects() {
    assertThat(CabTally.of("majority", 1, 1, 4)).isEqualTo(new CabTally(false, false));
    assertThat(CabTally.of("majority", 2, 2, 4)).isEqualTo(new CabTally(true, false));
    assertThat(CabTally.of("majority", 0, 2, 3)).isEqualTo(new CabTally(true, false));
    assertThat(CabTally.of("majority", 1, 1, 2)).isEqualTo(new CabTally(true, false));
  }
}
