package io.opsflow.configuration;

import static io.opsflow.configuration.ConfigurationAuditIds.*;
import static io.opsflow.configuration.ConfigurationAuditVariables.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opsflow.configuration.ConfigurationAuditRecords.Discrepancy;
import io.opsflow.configuration.ConfigurationAuditRecords.Observation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/**
 * "List discrepancies": compares what the CMDB records of the items in scope with what is there —
 * each item's latest observation made after the CMDB last changed it (type, attributes seen, relations
 * when the observer reported them, or the item not found) and the configuration drift inspections
 * recorded since — and, for an audit of every service and criticality, the items observed that the
 * CMDB does not record. Each difference is a discrepancy of the report, numbered from 1.
 */
@Component("listDiscrepancies")
record ListDiscrepanciesDelegate(Cmdb cmdb, ConfigurationAuditRecords records) implements ConfigurationAuditVariables.Step {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public void execute(ConfigurationAuditVariables audit) {
    List<Cmdb.Item> items = cmdb.inScope(audit.get(SCOPE_TYPE), audit.get(SCOPE_SERVICE), audit.get(SCOPE_CRITICALITY));
    Map<String, Observation> latest = records.latestObservations().stream()
        .collect(Collectors.toMap(Observation::ciId, Function.identity()));
    List<Discrepancy> found = new ArrayList<>();
    for (Cmdb.Item item : items) {
      Observation seen = latest.get(item.id());
      if (seen != null && seen.observedAt().isAfter(item.updatedAt())) {
        compare(item, seen, found);
      }
      for (Cmdb.Audit drift : cmdb.driftSinceLastChange(item)) {
        add(found, item.id(), ATTRIBUTE_DIFFERS, "configuration", "baseline version " + item.baselineVersion(),
            drift.newValue(), "inspection (" + drift.changedBy() + ")", drift.changedAt());
      }
    }
    if (audit.get(SCOPE_SERVICE) == null && audit.get(SCOPE_CRITICALITY) == null) {
      String type = audit.get(SCOPE_TYPE);
      latest.values().stream().filter(Observation::present)
          .filter(seen -> type == null || type.equals(seen.type()))
          .filter(seen -> cmdb.find(seen.ciId()).isEmpty())
          .forEach(seen -> add(found, seen.ciId(), NOT_RECORDED, "item", null,
              seen.type() + (seen.attributes() == null ? "" : " " + seen.attributes()), source(seen), seen.observedAt()));
    }
    records.listed(audit.get(AUDIT_NUMBER), items.size(), found);
    audit.set(DISCREPANCIES, IntStream.rangeClosed(1, found.size()).mapToObj(String::valueOf).toList())
        .set(DISCREPANCIES_FOUND, !found.isEmpty());
  }

  private void compare(Cmdb.Item item, Observation seen, List<Discrepancy> found) {
    String source = source(seen);
    if (!seen.present()) {
      add(found, item.id(), ITEM_MISSING, "item", "in service", "not found", source, seen.observedAt());
      return;
    }
    if (seen.type() != null && !seen.type().equals(item.type())) {
      add(found, item.id(), ATTRIBUTE_DIFFERS, "type", item.type(), seen.type(), source, seen.observedAt());
    }
    if (seen.attributes() != null) {
      JsonNode recorded = read(item.attributes());
      JsonNode observed = read(seen.attributes());
      for (Iterator<Map.Entry<String, JsonNode>> it = observed.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> attribute = it.next();
        JsonNode was = recorded.get(attribute.getKey());
        if (!attribute.getValue().equals(was)) {
          add(found, item.id(), ATTRIBUTE_DIFFERS, "attributes." + attribute.getKey(), was == null ? null : was.toString(),
              attribute.getValue().toString(), source, seen.observedAt());
        }
      }
    }
    if (seen.relations() != null) {
      List<String> recorded = cmdb.details(item.id()).relationsOut().stream()
          .map(r -> r.type() + " " + r.target()).toList();
      seen.relations().stream().filter(r -> !recorded.contains(r))
          .forEach(r -> add(found, item.id(), RELATION_WRONG, "relation", null, r, source, seen.observedAt()));
      recorded.stream().filter(r -> !seen.relations().contains(r))
          .forEach(r -> add(found, item.id(), RELATION_WRONG, "relation", r, null, source, seen.observedAt()));
    }
  }

  private static void add(List<Discrepancy> found, String ci, String kind, String field, String recorded,
      String observed, String source, Instant observedAt) {
    found.add(new Discrepancy(found.size() + 1, ci, kind, field, recorded, observed, source, observedAt, null, null,
        null, null, null, null));
  }

  private static String source(Observation seen) {
    return seen.source() + " (" + seen.observedBy() + ")";
  }

  private static JsonNode read(String json) {
    try {
      return json == null ? JSON.createObjectNode() : JSON.readTree(json);
    } catch (JsonProcessingException e) {
      return JSON.createObjectNode();
    }
  }
}
