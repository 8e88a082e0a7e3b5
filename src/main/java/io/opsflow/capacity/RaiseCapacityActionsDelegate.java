package io.opsflow.capacity;

import static io.opsflow.capacity.CapacityReviewVariables.*;

import io.opsflow.change.ChangeIntake;
import io.opsflow.change.ChangeRequest;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * "Raise the actions": a service CapacityHeadroom sends to a change gets an RFC through change
 * management's intake, as any API caller submits one (a normal change on the service, the measures
 * and the reason as its description), its number kept with the service (a retry raises none twice);
 * the purchases are mailed to the operations administrators, who buy, once per review.
 */
@Component("raiseCapacityActions")
record RaiseCapacityActionsDelegate(ChangeIntake changes, CapacityRecords records, CapacityReviewMails mails)
    implements CapacityReviewVariables.Step {

  @Override
  public void execute(CapacityReviewVariables review) {
    String number = review.get(REVIEW_NUMBER);
    List<CapacityRecords.Result> results = records.results(number);
    for (CapacityRecords.Result r : results) {
      if (CapacityReviewIds.CHANGE.equals(r.action()) && r.changeNumber() == null) {
        ChangeIntake.Opened change = changes.submit(new ChangeRequest(
            "Capacity review " + number + ": tune or scale " + r.serviceName(),
            r.reason() + "\n\n" + CapacityReviewMails.measures(r), "normal", List.of(r.serviceId()), null, null,
            "Return to the settings and capacity before the change / 恢复变更前的配置与容量", null, null,
            "Capacity review / 容量评审 " + number, null, null));
        records.changeRequested(number, r.serviceId(), change.changeNumber());
      }
    }
    List<CapacityRecords.Result> purchases = results.stream()
        .filter(r -> CapacityReviewIds.PURCHASE.equals(r.action())).toList();
    if (!purchases.isEmpty()) {
      mails.purchase(number, purchases);
    }
  }
}
