package io.opsflow.incident;

import static io.opsflow.incident.IncidentVariables.*;

import io.opsflow.platform.Times;
import io.opsflow.platform.process.EngineClock;
import io.opsflow.sla.BusinessHours;
import java.time.Instant;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * "Escalate incident": hands the incident to the next tier (L1 → L2 → L3); an L2 group L1 chose
 * instead of the routed one is recorded with L1's reason. The tier's Tasklist comments and resolution
 * notes move to the earlier notes ("L1 (user, time): text"), which the next tier reads; its own
 * notes start empty.
 */
@Component("escalateIncident")
record EscalateIncidentDelegate(IncidentRecords records, IdentityService identity, BusinessHours hours,
    TierComments comments)
    implements IncidentVariables.Step {

  @Override
  public void execute(IncidentVariables incident) {
    String from = incident.get(CURRENT_TIER);
    String to = next(from);
    Instant now = EngineClock.now();
    String earlier = incident.get(EARLIER_NOTES);
    if (Boolean.TRUE.equals(incident.get(ESCALATE))) { // a breach added the tier's comments already
      earlier = comments.addTo(earlier, tierName(from));
    }
    incident.set(EARLIER_NOTES, earlierNotes(earlier, tierName(from), author(), Times.shown(now, hours.zone()),
        incident.get(RESOLUTION_NOTES)));
    incident.set(CURRENT_TIER, to).set(ESCALATE, null).set(RESOLUTION_NOTES, null);
    records.event(incident.get(INCIDENT_NUMBER), "ESCALATED", to, "from " + from, now);
    String group = incident.get(L2_GROUP); // none on an incident of a model before the L2 groups
    if (IncidentIds.L2.equals(to) && group != null && !group.equals(incident.get(ROUTED_L2_GROUP))) {
      records.event(incident.get(INCIDENT_NUMBER), "L2_GROUP_CHOSEN", to, group + " instead of "
          + incident.get(ROUTED_L2_GROUP) + ": " + incident.get(L2_GROUP_REASON), now);
    }
  }

  /** The earlier notes with the escalating tier's notes added as a block of their own; unchanged when it wrote none. */
  static String earlierNotes(String earlier, String who, String author, String time, String notes) {
    if (notes == null || notes.isBlank()) {
      return earlier;
    }
    String block = who + " (" + (author == null ? "" : author + ", ") + time + "): " + notes.strip();
    return earlier == null || earlier.isBlank() ? block : earlier + "\n\n" + block;
  }

  /** "L1" for support-l1. */
  static String tierName(String tier) {
    return "L" + (IncidentIds.TIERS.indexOf(tier) + 1);
  }

  /** Who completed the tier's task (none when its budget ran out). */
  private String author() {
    Authentication caller = identity.getCurrentAuthentication();
    return caller == null ? null : caller.getUserId();
  }

  static String next(String tier) {
    return switch (tier) {
      case IncidentIds.L1 -> IncidentIds.L2;
      case IncidentIds.L2 -> IncidentIds.L3;
      default -> throw new IllegalStateException("there is no tier above " + tier);
    };
  }
}
