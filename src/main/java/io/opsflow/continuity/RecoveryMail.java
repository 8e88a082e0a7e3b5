package io.opsflow.continuity;

import io.opsflow.configuration.Cmdb;
import io.opsflow.identity.Roles;
import io.opsflow.notification.MailNotifier;
import io.opsflow.notification.Recipients;
import io.opsflow.platform.Inputs;
import io.opsflow.platform.Times;
import io.opsflow.sla.BusinessHours;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The mails of drills and disasters, tagged with the drill's or disaster's number, their times in
 * the business-hours zone. Most go to everyone on the DR plan: the DR coordinators and operations
 * engineers, the plan's owner (a user or a group), the owner groups the CMDB names for the
 * systems, the named participants who are OpsFlow users, and whichever further groups a step adds.
 */
@Component
record RecoveryMail(DrPlans plans, Recipients recipients, Cmdb cmdb, MailNotifier mail, BusinessHours hours) {

  /** The plan version the drill or disaster was registered under. */
  DrPlans.Version plan(RecoveryVariables recovery) {
    return recovery.plan(plans);
  }

  /** Mails everyone on the plan, and the further groups: "[DRD-…] subject". */
  void toStakeholders(String number, String occasion, DrPlans.Version plan, Collection<String> systems,
      String participants, List<String> furtherGroups, String subject, String body) {
    mail.sendAbout(number, occasion, stakeholders(plan, systems, participants, furtherGroups), subject, body);
  }

  /** Mails the members of one group: "[DRD-…] subject". */
  void toGroup(String number, String occasion, String group, String subject, String body) {
    mail.sendAbout(number, occasion, recipients.group(group), subject, body);
  }

  /** "2026-06-10 09:30 Asia/Shanghai". */
  String shown(Instant instant) {
    return Times.shown(instant, hours.zone());
  }

  /** "2026-06-10 22:00 – 2026-06-11 02:00 Asia/Shanghai". */
  String window(Instant start, Instant end) {
    return Times.window(start, end, hours.zone());
  }

  private List<String> stakeholders(DrPlans.Version plan, Collection<String> systems, String participants,
      List<String> furtherGroups) {
    Set<String> to = new LinkedHashSet<>();
    to.addAll(recipients.group(Roles.DR_COORDINATOR));
    to.addAll(recipients.group(Roles.OPS_ENGINEER));
    furtherGroups.forEach(group -> to.addAll(recipients.group(group)));
    to.addAll(recipients.user(plan.owner()));
    to.addAll(recipients.group(plan.owner()));
    systems.forEach(system -> cmdb.find(system).map(Cmdb.Item::ownerGroup).ifPresent(g -> to.addAll(recipients.group(g))));
    // "Ms Li (DBA), ops-engineer": the entries that are user ids are mailed
    Inputs.names(participants).stream().filter(entry -> entry.matches("[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*"))
        .forEach(user -> to.addAll(recipients.user(user)));
    return List.copyOf(to);
  }
}
