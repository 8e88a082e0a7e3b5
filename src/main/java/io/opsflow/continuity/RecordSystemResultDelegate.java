package io.opsflow.continuity;

import static io.opsflow.continuity.RecoveryVariables.*;

import org.springframework.stereotype.Component;

/** "Record system result" (drill and disaster): the recovery test and the system's verdict go on its result row. */
@Component("recordSystemResult")
record RecordSystemResultDelegate(RecoveryRecords records) implements RecoveryVariables.Step {

  @Override
  public void execute(RecoveryVariables system) {
    records.systemJudged(system.number(), system.get(SYSTEM_ID), system.get(RECOVERY_TEST_PASSED),
        system.get(RECOVERY_TEST_NOTES), system.get(SYSTEM_VERDICT));
  }
}
