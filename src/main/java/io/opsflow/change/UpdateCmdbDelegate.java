package io.opsflow.change;

import io.opsflow.configuration.Cmdb;
import io.opsflow.platform.process.EngineClock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * "Update CMDB": the configuration changes the implementer recorded become the items' new
 * baselines — attributes changed and baseline version bumped, audited under the change number
 * (once per item, so a retried job changes nothing twice).
 */
@Component("updateCmdb")
record UpdateCmdbDelegate(Cmdb cmdb, ChangeRecords records) implements ChangeVariables.Step {

  @Override
  public void execute(ChangeVariables change) {
    String number = change.get(ChangeVariables.CHANGE_NUMBER);
    Map<String, Map<String, String>> byItem = new LinkedHashMap<>();
    change.ciChanges().forEach(c -> byItem.computeIfAbsent(c.ci(), ci -> new LinkedHashMap<>()).put(c.attribute(), c.value()));
    String implementer = change.get(ChangeVariables.IMPLEMENTER);
    Cmdb.Author author = new Cmdb.Author(implementer == null ? "change-management" : implementer, number);
    byItem.forEach((ci, attributes) -> cmdb.baseline(ci, attributes, author));
    records.event(number, "CMDB_UPDATED", byItem.isEmpty() ? "no configuration changes recorded"
        : "new baselines of " + String.join(", ", byItem.keySet()), EngineClock.now());
  }
}
