package io.opsflow.change;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Counting a CAB's votes by its rule, vote by vote. */
class CabTallyTest {

  @ParameterizedTest(name = "{0}: {1} approved, {2} rejected of {3} → decided {4}, approved {5}")
  @CsvSource(delimiter = '|', textBlock = """
      # unanimous: the first rejection decides
      unanimous | 2 | 0 | 4 | false | false
      unanimous | 2 | 1 | 4 | true  | false
      unanimous | 0 | 1 | 4 | true  | false
      # unanimous: passes only when every member approved
      unanimous | 3 | 0 | 4 | false | false
      unanimous | 4 | 0 | 4 | true  | true
      # majority: passes with more than half of the members
      majority  | 2 | 0 | 4 | false | false
      majority  | 3 | 0 | 4 | true  | true
      majority  | 2 | 0 | 3 | true  | true
      # majority: lost once half have rejected, so a tie rejects
      majority  | 1 | 1 | 4 | false | false
      majority  | 2 | 2 | 4 | true  | false
      majority  | 0 | 2 | 3 | true  | false
      majority  | 1 | 1 | 2 | true  | false
      """)
  void theFirstRejectionDecidesAUnanimousVoteAndHalfTheMembersAMajority(String rule, int approvals, int rejections,
      int members, boolean decided, boolean approved) {
    assertThat(CabTally.of(rule, approvals, rejections, members)).isEqualTo(new CabTally(decided, approved));
  }
}
