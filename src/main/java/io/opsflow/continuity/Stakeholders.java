package io.opsflow.continuity;

import io.opsflow.configuration.Cmdb;
import io.opsflow.notification.Recipients;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Everyone on a DR plan, as mail addresses: the DR coordinators and operations engineers, the
 * plan's owner (a user or a group), the owner groups the CMDB names for the systems, the named
 * participants who are OpsFlow users, and whichever further groups a step adds.
 */
@Component
class Stakeholders {

  private final Recipients recipients;
  private final Cmdb cmdb;

  Stakeholders(Recipients recipients, Cmdb cmdb) {
    this.recipients = recipients;
    this.cmdb = cmdb;
  }

  List<String> of(DrPlans.Version plan, Collection<String> systems, String participants, String... furtherGroups) {
    Set<String> mail = new LinkedHashSet<>();
    mail.addAll(recipients.group(DrillIds.DR_COORDINATORS));
    mail.addAll(recipients.group(DrillIds.OPS_ENGINEERS));
    for (String group : furtherGroups) {
      mail.addAll(recipients.group(group));
    }
    mail.addAll(recipients.user(plan.owner()));
    mail.addAll(recipients.group(plan.owner()));
    systems.forEach(system -> cmdb.find(system).map(Cmdb.Item::ownerGroup).ifPresent(g -> mail.addAll(recipients.group(g))));
    if (participants != null) {
      // "Ms Li (DBA), ops-engineer": the entries that are user ids are mailed
      for (String entry : participants.split("[,;\n]")) {
        if (entry.strip().matches("[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*")) {
          mail.addAll(recipients.user(entry.strip()));
        }
      }
    }
    return List.copyOf(mail);
  }
}
