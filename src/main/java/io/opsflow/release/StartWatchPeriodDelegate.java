package io.opsflow.release;

import io.opsflow.platform.process.EngineClock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * "Start watch period": the release is in production; from now until the end of the planned watch
 * period an incident on one of its configuration items asks the release manager whether to roll
 * back. Until then the release counts as released.
 */
@Component("startWatchPeriod")
record StartWatchPeriodDelegate(ReleaseRecords records) implements ReleaseVariables.Step {

  @Override
  public void execute(ReleaseVariables release) {
    Instant deployedAt = EngineClock.now();
    Instant watchUntil = deployedAt.plus(Duration.parse(release.get(ReleaseVariables.WATCH_PERIOD)));
    release.set(ReleaseVariables.WATCH_UNTIL, watchUntil)
        .set(ReleaseVariables.RELEASE_OUTCOME, ReleaseIds.RELEASED);
    records.watching(release.get(ReleaseVariables.RELEASE_NUMBER), new ReleaseRecords.Plan(
        release.get(ReleaseVariables.VERSION), release.get(ReleaseVariables.RELEASE_CONTENTS),
        release.get(ReleaseVariables.ROLLBACK_PLAN), release.get(ReleaseVariables.PLANNED_DEPLOYMENT)),
        deployedAt, watchUntil);
  }
}
