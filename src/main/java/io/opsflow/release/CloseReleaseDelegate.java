package io.opsflow.release;

import io.opsflow.notification.MailNotifier;
import io.opsflow.notification.Recipients;
import io.opsflow.platform.process.EngineClock;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Close release": the review's summary goes on the record and to the release managers by mail. */
@Component("closeRelease")
class CloseReleaseDelegate implements JavaDelegate {

  private final ReleaseRecords records;
  private final MailNotifier mail;
  private final Recipients recipients;

  CloseReleaseDelegate(ReleaseRecords records, MailNotifier mail, Recipients recipients) {
    this.records = records;
    this.mail = mail;
    this.recipients = recipients;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ReleaseVariables release = ReleaseVariables.of(execution);
    String number = release.releaseNumber();
    String result = ReleaseIds.ROLLED_BACK.equals(release.outcome()) ? "rolled back" : "released";
    mail.send(number + ":summary", recipients.group(ReleaseIds.RELEASE_MANAGERS),
        "[" + number + "] Release " + result + ": " + release.summary(),
        "Release " + number + " (version " + release.version() + ") was " + result + "."
            + (release.sourceNumber() == null ? "" : "\nRequested by: " + release.sourceNumber())
            + "\n\nContents:\n" + Objects.toString(release.releaseContents(), "-")
            + "\n\nReview:\n" + release.reviewSummary());
    records.closed(number, release.reviewSummary(), EngineClock.now());
  }
}
