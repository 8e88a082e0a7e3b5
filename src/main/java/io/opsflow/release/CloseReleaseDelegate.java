package io.opsflow.release;

import io.opsflow.identity.Roles;
import io.opsflow.notification.MailNotifier;
import io.opsflow.notification.Recipients;
import io.opsflow.platform.process.EngineClock;
import java.util.Objects;
import org.springframework.stereotype.Component;

/** "Close release": the review's summary goes on the record and to the release managers by mail. */
@Component("closeRelease")
record CloseReleaseDelegate(ReleaseRecords records, MailNotifier mail, Recipients recipients) implements ReleaseVariables.Step {

  @Override
  public void execute(ReleaseVariables release) {
    String number = release.get(ReleaseVariables.RELEASE_NUMBER);
    String source = release.get(ReleaseVariables.SOURCE_NUMBER);
    String review = release.get(ReleaseVariables.REVIEW_SUMMARY);
    String result = ReleaseIds.ROLLED_BACK.equals(release.get(ReleaseVariables.RELEASE_OUTCOME)) ? "rolled back" : "released";
    mail.sendAbout(number, "summary", recipients.group(Roles.RELEASE_MANAGER),
        "Release " + result + ": " + release.get(ReleaseVariables.SUMMARY),
        "Release " + number + " (version " + release.get(ReleaseVariables.VERSION) + ") was " + result + "."
            + (source == null ? "" : "\nRequested by: " + source)
            + "\n\nContents:\n" + Objects.toString(release.get(ReleaseVariables.RELEASE_CONTENTS), "-")
            + "\n\nReview:\n" + review);
    records.closed(number, review, EngineClock.now());
  }
}
