package io.opsflow.release;

import io.opsflow.platform.process.EngineClock;
import org.springframework.stereotype.Component;

/** "Record rollback": the release left production again; its caller learns it was rolled back. */
@Component("recordRollback")
record RecordRollbackDelegate(ReleaseRecords records) implements ReleaseVariables.Step {

  @Override
  public void execute(ReleaseVariables release) {
    release.set(ReleaseVariables.RELEASE_OUTCOME, ReleaseIds.ROLLED_BACK);
    records.rolledBack(release.get(ReleaseVariables.RELEASE_NUMBER), "after " + release.get(ReleaseVariables.INCIDENT_NUMBER),
        EngineClock.now());
  }
}
