package io.opsflow.change;

/**
 * Counts a CAB's votes by its voting rule (DMN CabVotingRule): under "unanimous" any rejection
 * rejects and every member must approve; under "majority" more than half must approve, and the vote
 * is lost as soon as half have rejected. A tie is no majority.
 *
 * @param decided whether the outcome is certain with the votes cast so far
 * @param approved the outcome (once decided; before that, whether it would pass now)
 */
record CabTally(boolean decided, boolean approved) {

  static final String UNANIMOUS = "unanimous";

  static CabTally of(String votingRule, int approvals, int rejections, int members) {
    if (UNANIMOUS.equals(votingRule)) {
      boolean rejected = rejections > 0;
      return new CabTally(rejected || approvals >= members, !rejected && approvals >= members);
    }
    boolean passed = approvals * 2 > members;
    boolean lost = rejections * 2 >= members;
    return new CabTally(passed || lost, passed);
  }
}
