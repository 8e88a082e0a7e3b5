package io.opsflow.inspection;

import static io.opsflow.inspection.InspectionVariables.*;

import io.opsflow.configuration.Cmdb;
import io.opsflow.platform.Inputs;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;

/**
 * The inspection's input rules: a completed checklist holds every row it was given and no other,
 * each ok or an anomaly, and a reading within its item's range wherever the item is measured; the
 * readings an agent posts name a CI and a measured item of the round, with a reading in range; a
 * plan an operations administrator writes names what it inspects, its checklist, cycle and group.
 */
final class InspectionInput {

  static final String OK = "ok";
  static final String ANOMALY = "anomaly";
  static final Set<String> STATUSES = Set.of(OK, ANOMALY);

  private InspectionInput() {
  }

  /** What completes "Inspect": the checklist of the plan's rows, each judged. */
  static void checkCompletion(String task, Map<String, Object> variables, InspectionPlans.Plan plan) {
    if (!InspectionIds.INSPECT.equals(task)) {
      return;
    }
    String field = CHECKLIST.name();
    List<Map<String, Object>> rows = CHECKLIST.from(variables);
    Set<String> expected = new HashSet<>(CHECKLIST_KEYS.from(variables));
    Set<String> seen = new HashSet<>();
    for (Map<String, Object> row : rows) {
      String key = key(text(row.get("ci")), text(row.get("item")));
      if (!expected.contains(key) || !seen.add(key)) {
        throw Inputs.refuse(field, "row " + key + " is not on this round's checklist (or twice)");
      }
      if (!STATUSES.contains(text(row.get("status")))) {
        throw Inputs.refuse(field, "row " + key + ": say whether it is ok or an anomaly");
      }
      Object reading = row.get("reading");
      boolean read = reading != null && !reading.toString().isBlank();
      // a round opened before its plan's checklist changed: an item since dropped takes what is given
      InspectionPlans.Item item = item(plan, text(row.get("item"))).orElseGet(() -> new InspectionPlans.Item(
          text(row.get("item")), text(row.get("item")), read ? "" : null, read ? Double.MAX_VALUE : null));
      if (item.measured() && (reading == null || reading.toString().isBlank())) {
        throw Inputs.refuse(field, "row " + key + ": " + item.id() + " is measured: give its reading in " + item.unit());
      }
      if (reading != null && !reading.toString().isBlank()) {
        checkReading(field, "row " + key + ": ", item, reading);
      }
      Object note = row.get("note");
      if (note != null && note.toString().length() > 1000) {
        throw Inputs.refuse(field, "row " + key + ": the note is longer than 1000 characters");
      }
    }
    if (!seen.equals(expected)) {
      Set<String> missing = new HashSet<>(expected);
      missing.removeAll(seen);
      throw Inputs.refuse(field, "rows missing: " + String.join(", ", missing.stream().sorted().toList()));
    }
  }

  /** A reading of a measured item: a number from 0 to the item's highest possible reading. */
  static BigDecimal checkReading(String field, String prefix, InspectionPlans.Item item, Object reading) {
    if (!item.measured()) {
      throw Inputs.refuse(field, prefix + item.id() + " is not measured: it is only ok or an anomaly");
    }
    BigDecimal value;
    try {
      value = new BigDecimal(reading.toString().strip());
    } catch (NumberFormatException e) {
      throw Inputs.refuse(field, prefix + "the reading must be a number, not '" + reading + "'");
    }
    if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(item.max())) > 0) {
      throw Inputs.refuse(field, prefix + "a reading of " + item.id() + " lies from 0 to " + fmt(item.max()) + " "
          + item.unit() + ", not " + value.toPlainString());
    }
    return value;
  }

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,99}");

  /** A plan as an operations administrator writes it; {@code nextDueAt} left out keeps a stored plan's. */
  record PlanFields(String name, String ciType, List<String> ciIds, List<InspectionPlans.Item> checklist,
      String frequency, String doneWithin, String groupId, String nextDueAt, Boolean active) {
  }

  /**
   * A plan written through the API, checked field by field (400 naming it): a name; either a CMDB
   * type or CIs in service (a place the CMDB does not hold stays only on a plan that had it, as the
   * demo's machine room); a checklist of distinct items, a measured one with its unit and highest
   * reading; a cycle of days, weeks or months; the time to be done in; an existing group.
   */
  static InspectionPlans.Plan plan(String id, PlanFields given, Optional<InspectionPlans.Plan> stored, Cmdb cmdb,
      IdentityService identity) {
    if (id == null || !ID.matcher(id).matches()) {
      throw Inputs.refuse("id", "must be 2 to 100 lower-case letters, digits or dashes, starting with a letter "
          + "or digit");
    }
    if (given == null) {
      throw Inputs.refuse("name", "give the plan");
    }
    Map<String, Object> fields = new HashMap<>();
    fields.put("name", given.name() == null ? null : given.name().strip());
    fields.put("ciType", given.ciType());
    fields.put("doneWithin", given.doneWithin());
    fields.put("groupId", given.groupId());
    fields.put("nextDueAt", given.nextDueAt());
    Inputs.requireText(fields, "name", 200);
    List<String> ciIds = given.ciIds() == null ? List.of() : given.ciIds();
    if (given.ciType() == null && ciIds.isEmpty()) {
      throw Inputs.refuse("ciIds", "give the configuration items inspected, or their CMDB type in ciType");
    }
    if (given.ciType() != null && !ciIds.isEmpty()) {
      throw Inputs.refuse("ciType", "give either the CMDB type or the list of configuration items, not both");
    }
    Inputs.oneOf(fields, "ciType", Set.copyOf(Cmdb.TYPES));
    if (ciIds.size() > 200 || ciIds.stream().anyMatch(ci -> ci == null || !ID.matcher(ci).matches())) {
      throw Inputs.refuse("ciIds", "must be at most 200 ids of configuration items");
    }
    List<String> kept = stored.map(InspectionPlans.Plan::ciIds).orElse(List.of());
    cmdb.requireInService("ciIds", ciIds.stream().filter(ci -> kept == null || !kept.contains(ci)).toList());
    checkChecklist(given.checklist());
    Period cycle;
    try {
      cycle = Period.parse(given.frequency() == null ? "" : given.frequency().strip());
    } catch (DateTimeParseException e) {
      cycle = Period.ZERO;
    }
    if (cycle.isNegative() || cycle.isZero() || cycle.toTotalMonths() > 12 || cycle.getDays() > 366) {
      throw Inputs.refuse("frequency", "must be a cycle of days, weeks or months up to a year, such as P1D, P1W or "
          + "P1M, not '" + given.frequency() + "'");
    }
    if (given.doneWithin() == null) {
      throw Inputs.refuse("doneWithin", "give the time a round is to be done in, such as PT8H");
    }
    Duration doneWithin = Inputs.duration(fields, "doneWithin", Duration.ofDays(31));
    Inputs.requireText(fields, "groupId", 64);
    if (identity.createGroupQuery().groupId(given.groupId()).count() == 0) {
      throw Inputs.refuse("groupId", "no group " + given.groupId());
    }
    Instant nextDueAt = Inputs.instant(fields, "nextDueAt");
    if (nextDueAt == null && stored.isEmpty()) {
      throw Inputs.refuse("nextDueAt", "give when the first round falls due, such as 2026-12-07T09:00+08:00");
    } // left out of a stored plan: null, so that the stored time stays, however the schedule moved it meanwhile
    return new InspectionPlans.Plan(id, given.name().strip(), given.ciType(),
        ciIds.isEmpty() ? null : List.copyOf(ciIds), List.copyOf(given.checklist()), cycle.toString(), doneWithin.toString(), given.groupId(), nextDueAt,
        given.active() == null || given.active());
  }

  private static void checkChecklist(List<InspectionPlans.Item> checklist) {
    if (checklist == null || checklist.isEmpty() || checklist.size() > 50) {
      throw Inputs.refuse("checklist", "give from 1 to 50 items");
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < checklist.size(); i++) {
      InspectionPlans.Item item = checklist.get(i);
      String field = "checklist[" + i + "]";
      if (item == null || item.id() == null || !ID.matcher(item.id()).matches() || !ids.add(item.id())) {
        throw Inputs.refuse(field + ".id", "must be an id of lower-case letters, digits or dashes, once per checklist");
      }
      if (item.name() == null || item.name().isBlank() || item.name().length() > 200) {
        throw Inputs.refuse(field + ".name", "give the item's name, at most 200 characters (\"English / 中文\")");
      }
      if (item.unit() != null && (item.unit().isBlank() || item.unit().length() > 20)) {
        throw Inputs.refuse(field + ".unit", "a measured item's unit has 1 to 20 characters");
      }
      if ((item.unit() == null) != (item.max() == null) || item.max() != null && !(item.max() > 0)) {
        throw Inputs.refuse(field + ".max", "a measured item has its unit and its highest reading above 0; "
            + "an item only ok or an anomaly has neither");
      }
    }
  }

  static Optional<InspectionPlans.Item> item(InspectionPlans.Plan plan, String id) {
    return plan.checklist().stream().filter(i -> i.id().equals(id)).findFirst();
  }

  static String text(Object value) {
    return value == null ? null : value.toString().strip();
  }

  private static String fmt(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
