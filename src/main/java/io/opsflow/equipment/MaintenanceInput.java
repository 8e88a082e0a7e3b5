package io.opsflow.equipment;

import static io.opsflow.equipment.MaintenanceVariables.*;

import io.opsflow.configuration.Cmdb;
import io.opsflow.identity.Roles;
import io.opsflow.platform.Inputs;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * The rules of maintenance plans (API) and of the maintenance's tasks; each refusal names the field:
 * an unknown configuration item or type, a cycle other than monthly, quarterly or yearly, an empty
 * checklist, a negative quantity, an unknown group; a checklist not filled row by row, a finding
 * without its note, a review without its feedback, an adjusted plan without its cycle and checklist.
 */
@Component
record MaintenanceInput(Cmdb cmdb, IdentityService identity) {

  private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9-]{1,99}");
  static final Set<String> ROW_STATUSES = Set.of("ok", "finding");

  /** A plan as the API takes it (POST a new one; PUT the next version, naming the version it revises). */
  record PlanBody(String id, Integer version, String name, String ciType, String ciId, String cycle,
      List<MaintenancePlans.Item> checklist, List<MaintenancePlans.Part> parts, String ownerGroup, Instant firstDueAt,
      Boolean active, String reason) {
  }

  /** The plan the body describes, checked; a new plan is first due at {@code firstDueAt} or at once. */
  MaintenancePlans.Plan plan(String id, PlanBody body, boolean isNew) {
    if (id == null || !ID.matcher(id).matches()) {
      throw Inputs.refuse("id", "must be 2 to 100 lower-case letters, digits or dashes");
    }
    Map<String, Object> given = new HashMap<>();
    given.put("name", body.name());
    given.put("cycle", body.cycle());
    Inputs.requireText(given, "name", 200);
    if ((body.ciType() == null) == (body.ciId() == null)) {
      throw Inputs.refuse(body.ciId() == null ? "ciId" : "ciType",
          "give either ciType (every item of the type in service) or ciId (one item), not both or neither");
    }
    if (body.ciType() != null && !Cmdb.TYPES.contains(body.ciType())) {
      throw Inputs.refuse("ciType", "must be one of " + Cmdb.TYPES);
    }
    if (body.ciId() != null && cmdb.find(body.ciId()).filter(item -> !item.retired()).isEmpty()) {
      throw Inputs.refuse("ciId", "'" + body.ciId() + "' is no configuration item in service");
    }
    Inputs.requireText(given, "cycle", 10);
    Inputs.oneOf(given, "cycle", MaintenancePlans.CYCLES.keySet());
    List<MaintenancePlans.Item> checklist = checklist(body.checklist());
    List<MaintenancePlans.Part> parts = body.parts() == null ? List.of() : body.parts();
    for (int i = 0; i < parts.size(); i++) {
      MaintenancePlans.Part part = parts.get(i);
      if (part == null || part.name() == null || part.name().isBlank() || part.name().length() > 200) {
        throw Inputs.refuse("parts[" + i + "].name", "must be 1 to 200 characters");
      }
      if (part.quantity() == null || part.quantity() < 0) {
        throw Inputs.refuse("parts[" + i + "].quantity", "must be a whole number of 0 or more, not " + part.quantity());
      }
    }
    String group = body.ownerGroup() == null ? Roles.EQUIPMENT_MAINTAINER : body.ownerGroup();
    if (identity.createGroupQuery().groupId(group).count() == 0) {
      throw Inputs.refuse("ownerGroup", "no group " + group);
    }
    if (!isNew && body.version() == null) {
      throw Inputs.refuse("version", "name the version this revises (read the plan first)");
    }
    Instant due = isNew ? (body.firstDueAt() == null ? Instant.now() : body.firstDueAt()) : body.firstDueAt();
    return new MaintenancePlans.Plan(id, isNew ? 1 : body.version(), body.name().strip(), body.ciType(), body.ciId(),
        body.cycle(), checklist, parts, group, due, body.active() == null || body.active());
  }

  /** The checklist's items, each named, ids given or numbered; none: refused. */
  static List<MaintenancePlans.Item> checklist(List<MaintenancePlans.Item> items) {
    if (items == null || items.isEmpty()) {
      throw Inputs.refuse("checklist", "must hold at least one item");
    }
    List<MaintenancePlans.Item> checked = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      MaintenancePlans.Item item = items.get(i);
      if (item == null || item.name() == null || item.name().isBlank() || item.name().length() > 200) {
        throw Inputs.refuse("checklist[" + i + "].name", "must be 1 to 200 characters");
      }
      String id = item.id() == null || item.id().isBlank() ? "item-" + (i + 1) : item.id();
      if (!ids.add(id)) {
        throw Inputs.refuse("checklist[" + i + "].id", "'" + id + "' appears twice");
      }
      checked.add(new MaintenancePlans.Item(id, item.name().strip()));
    }
    return checked;
  }

  /** A checklist written one item a line (the reviewer's adjusted checklist). */
  static List<MaintenancePlans.Item> checklist(String lines) {
    List<MaintenancePlans.Item> items = lines == null ? List.of() : lines.lines().filter(line -> !line.isBlank())
        .map(line -> new MaintenancePlans.Item(null, line.strip())).toList();
    try {
      return checklist(items);
    } catch (io.opsflow.platform.BadRequestException e) {
      throw Inputs.refuse(ADJUSTED_CHECKLIST.name(), e.getMessage());
    }
  }

  static void checkCompletion(String taskKey, Map<String, Object> variables) {
    switch (taskKey) {
      case MaintenanceIds.CARRY_OUT -> {
        List<Map<String, Object>> rows = Optional.ofNullable(CHECKLIST.from(variables)).orElse(List.of());
        List<String> keys = rows.stream().map(row -> key(row.get("ci"), row.get("item"))).toList();
        if (!new HashSet<>(keys).equals(new HashSet<>(CHECKLIST_KEYS.from(variables))) || keys.size() != rows.size()) {
          throw Inputs.refuse(CHECKLIST.name(), "must hold the plan's rows, each once: none added, none left out");
        }
        for (int i = 0; i < rows.size(); i++) {
          String field = CHECKLIST.name() + "[" + i + "].";
          if (!ROW_STATUSES.contains(String.valueOf(rows.get(i).get("status")))) {
            throw Inputs.refuse(field + "status", "must be ok or finding");
          }
          Map<String, Object> note = new HashMap<>();
          note.put(field + "note", rows.get(i).get("note"));
          if ("finding".equals(rows.get(i).get("status"))) {
            Inputs.requireText(note, field + "note", 1000);
          }
          Inputs.maxText(note, field + "note", 1000);
        }
        Inputs.maxText(variables, PARTS_USED.name(), 4000);
        Inputs.maxText(variables, READINGS.name(), 4000);
      }
      case MaintenanceIds.REVIEW -> {
        Inputs.requireText(variables, FEEDBACK.name(), 4000);
        Inputs.requireFlag(variables, ADJUST_PLAN.name());
        if (ADJUST_PLAN.from(variables)) {
          Inputs.requireText(variables, ADJUSTED_CYCLE.name(), 10);
          Inputs.oneOf(variables, ADJUSTED_CYCLE.name(), MaintenancePlans.CYCLES.keySet());
          Inputs.requireText(variables, ADJUSTED_CHECKLIST.name(), 8000);
          checklist(ADJUSTED_CHECKLIST.from(variables));
        }
      }
      default -> {
      }
    }
  }
}
