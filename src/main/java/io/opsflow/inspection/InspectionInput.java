package io.opsflow.inspection;

import static io.opsflow.inspection.InspectionVariables.*;

import io.opsflow.platform.Inputs;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The inspection's input rules: a completed checklist holds every row it was given and no other,
 * each ok or an anomaly, and a reading within its item's range wherever the item is measured; the
 * readings an agent posts name a CI and a measured item of the round, with a reading in range.
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
      InspectionPlans.Item item = item(plan, text(row.get("item"))).orElseThrow();
      Object reading = row.get("reading");
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
