package io.opsflow.change;

import static io.opsflow.change.ChangeVariables.*;

import io.opsflow.platform.process.EngineClock;
import io.opsflow.release.ReleaseIds;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The two service tasks that put the change's outcome on its ticket (the window is released):
 * "Record change implemented" and "Record change failure".
 */
@Configuration
class ChangeOutcomeDelegates {

  /** "Record change implemented": verified in production; the ticket says so. */
  @Bean
  JavaDelegate recordChangeImplemented(ChangeRecords records) {
    return execution -> {
      ChangeVariables change = ChangeVariables.of(execution).set(CHANGE_SUCCESSFUL, true);
      records.implemented(change.get(CHANGE_NUMBER), change.get(VERIFICATION_NOTES), EngineClock.now());
    };
  }

  /**
   * "Record change failure": the release of the change was rolled back, or verification failed and
   * the backout plan ran (successfully, or a major incident was raised); the ticket keeps why.
   */
  @Bean
  JavaDelegate recordChangeFailure(ChangeRecords records) {
    return execution -> {
      ChangeVariables change = ChangeVariables.of(execution).set(CHANGE_SUCCESSFUL, false);
      String incident = change.get(INCIDENT_NUMBER);
      String note = ReleaseIds.ROLLED_BACK.equals(change.get(RELEASE_OUTCOME))
          ? "Release " + change.get(RELEASE_NUMBER) + " was rolled back."
          : "Verification: " + Objects.toString(change.get(VERIFICATION_NOTES), "-")
              + " Backout " + (change.get(BACKOUT_SUCCEEDED) ? "succeeded" : "failed") + ": " + change.get(BACKOUT_NOTES)
              + (incident == null ? "" : " Major incident " + incident + ".");
      records.failed(change.get(CHANGE_NUMBER), note, EngineClock.now());
    };
  }
}
