package io.opsflow.change;

import io.opsflow.configuration.Cmdb;
import io.opsflow.platform.process.EngineClock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * "Analyse impact in CMDB": what the classification weighs — the highest criticality of the
 * affected items, the services that depend on them (transitively), the item types (which CAB
 * members must approve), the type the requester declared and whether the RFC carries a backout plan.
 */
@Component("analyseImpact")
record AnalyseImpactDelegate(Cmdb cmdb, ChangeRecords records) implements ChangeVariables.Step {

  @Override
  public void execute(ChangeVariables change) {
    List<String> cis = change.get(ChangeVariables.AFFECTED_CIS);
    List<Cmdb.Item> items = cmdb.items(cis);
    Map<String, String> services = new LinkedHashMap<>(); // id -> name, most critical first per item
    items.forEach(item -> cmdb.impact(item.id()).forEach(impact -> services.putIfAbsent(impact.service(), impact.name())));
    String highest = Cmdb.mostCritical(items).map(Cmdb.Item::criticality).orElse("low");
    List<String> types = new ArrayList<>(items.stream().map(Cmdb.Item::type).distinct().toList());
    // the change manager may have completed the RFC since registration: take its type as declared now
    String declared = change.get(ChangeVariables.CHANGE_TYPE);
    ChangeRecords.Impact impact = new ChangeRecords.Impact(cis, highest, services.size(),
        String.join(", ", services.values()));
    change.set(ChangeVariables.DECLARED_TYPE, declared == null ? ChangeIds.NORMAL : declared)
        .set(ChangeVariables.HIGHEST_CRITICALITY, impact.highestCriticality())
        .set(ChangeVariables.IMPACTED_SERVICES, impact.impactedServices())
        .set(ChangeVariables.IMPACTED_SERVICE_NAMES, impact.impactedServiceNames())
        .set(ChangeVariables.AFFECTED_CI_TYPES, types)
        .set(ChangeVariables.AFFECTED_ITEMS, String.join(", ", cis))
        .set(ChangeVariables.HAS_BACKOUT_PLAN, change.hasBackoutPlan());
    records.analysed(change.get(ChangeVariables.CHANGE_NUMBER), change.rfc(), impact, EngineClock.now());
  }
}
