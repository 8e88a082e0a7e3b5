package io.opsflow.release;

import io.opsflow.identity.Roles;
import io.opsflow.platform.process.EngineClock;
import java.util.List;
import io.opsflow.platform.process.TicketNumbers;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Register release": gives the release its number as business key, names the team that
 * builds and deploys it when the caller did not, and writes the record with its configuration items.
 */
@Component("registerRelease")
record RegisterReleaseDelegate(TicketNumbers numbers, ReleaseRecords records) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    ReleaseVariables release = ReleaseVariables.of(execution);
    String number = numbers.next(ReleaseIds.PREFIX); // a start runs this once: nobody hands the number in
    release.set(ReleaseVariables.RELEASE_NUMBER, number);
    execution.setProcessBusinessKey(number);
    List<String> cis = release.get(ReleaseVariables.AFFECTED_CIS);
    release.set(ReleaseVariables.AFFECTED_ITEMS, String.join(", ", cis));
    if (release.get(ReleaseVariables.RELEASE_TEAM) == null) {
      release.set(ReleaseVariables.RELEASE_TEAM, Roles.CHANGE_IMPLEMENTER); // who builds and deploys unless named
    }
    records.register(new ReleaseRecords.Registration(number, execution.getProcessInstanceId(),
        release.get(ReleaseVariables.SUMMARY), release.get(ReleaseVariables.SOURCE_NUMBER),
        release.get(ReleaseVariables.RELEASE_TEAM), release.get(ReleaseVariables.RELEASE_CONTENTS), cis), EngineClock.now());
  }
}
