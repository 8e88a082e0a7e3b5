package io.opsflow.continuity;

import static io.opsflow.continuity.RecoveryVariables.*;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * "Summarise system results" (drill and disaster): counts the systems' verdicts for the overall
 * verdict (DMN DrillVerdict) and writes the per-system lines the evaluator reads.
 */
@Component("summariseSystemResults")
record SummariseSystemResultsDelegate(RecoveryRecords records) implements RecoveryVariables.Step {

  @Override
  public void execute(RecoveryVariables recovery) {
    List<RecoveryRecords.SystemResult> results = records.find(recovery.number()).orElseThrow().systems();
    recovery.set(SYSTEMS_RECOVERED, results.size())
        .set(SYSTEMS_PASSED, count(results, "pass"))
        .set(SYSTEMS_PARTIAL, count(results, "partial"))
        .set(SYSTEMS_FAILED, count(results, "fail"))
        .set(RESULT_SUMMARY, String.join("\n", results.stream().map(RecoveryReport::line).toList()));
    records.status(recovery.number(), "JUDGED");
  }

  private static int count(List<RecoveryRecords.SystemResult> results, String verdict) {
    return (int) results.stream().filter(r -> verdict.equals(r.verdict())).count();
  }
}
