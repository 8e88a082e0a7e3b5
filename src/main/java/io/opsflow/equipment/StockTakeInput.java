package io.opsflow.equipment;

import static io.opsflow.equipment.StockTakeVariables.*;

import io.opsflow.configuration.Cmdb;
import io.opsflow.platform.Inputs;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * What may start a stock-take and complete its tasks, each refusal naming the field: a department or
 * location no asset has, none given, one a stock-take still open covers; a count that leaves an asset
 * out, a result other than found, missing, moved or damaged, a moved asset without where it stands; a
 * correction without a new location or custodian (a known user), an investigation without its note.
 */
@Component
record StockTakeInput(Cmdb cmdb, StockTakes stockTakes, IdentityService identity) {

  static final Set<String> RESULTS = Set.of("found", "missing", "moved", "damaged");
  static final Set<String> RESOLUTIONS = Set.of("corrected", "investigation");

  /** A request's scope; the schedule's periodic stock-take (every asset) is not checked. */
  void checkStart(Map<String, Object> variables) {
    if (PERIODIC.from(variables)) {
      return;
    }
    Inputs.maxText(variables, DEPARTMENT.name(), 100);
    Inputs.maxText(variables, LOCATION.name(), 200);
    String department = DEPARTMENT.from(variables);
    String location = LOCATION.from(variables);
    if (department == null && location == null) {
      throw Inputs.refuse(DEPARTMENT.name(), "or location is required (the periodic stock-take counts every asset)");
    }
    if (department != null && cmdb.assets(department, null).isEmpty()) {
      throw Inputs.refuse(DEPARTMENT.name(), "'" + department + "' is no department an asset in service belongs to");
    }
    if (location != null && cmdb.assets(department, location).isEmpty()) {
      throw Inputs.refuse(LOCATION.name(), "'" + location + "' holds no asset in service"
          + (department == null ? "" : " of " + department));
    }
    stockTakes.openOverlapping(department, location).ifPresent(open -> {
      throw Inputs.refuse(department == null ? LOCATION.name() : DEPARTMENT.name(),
          "is counted by stock-take " + open + ", still open");
    });
  }

  void checkCompletion(String taskKey, Map<String, Object> variables) {
    switch (taskKey) {
      case StockTakeIds.COUNT -> {
        List<Map<String, Object>> rows = rows(variables, ASSETS.name(), ASSET_KEYS.from(variables));
        for (int i = 0; i < rows.size(); i++) {
          Map<String, Object> row = named(rows.get(i), ASSETS.name() + "[" + i + "].");
          String field = ASSETS.name() + "[" + i + "].";
          Inputs.requireText(row, field + "result", 10);
          Inputs.oneOf(row, field + "result", RESULTS);
          if ("moved".equals(row.get(field + "result"))) {
            Inputs.requireText(row, field + "foundLocation", 200);
          }
          Inputs.maxText(row, field + "foundLocation", 200);
          Inputs.maxText(row, field + "note", 1000);
        }
      }
      case StockTakeIds.RESOLVE -> {
        List<Map<String, Object>> rows = rows(variables, DISCREPANCIES.name(), DISCREPANCY_KEYS.from(variables));
        for (int i = 0; i < rows.size(); i++) {
          String field = DISCREPANCIES.name() + "[" + i + "].";
          Map<String, Object> row = named(rows.get(i), field);
          Inputs.requireText(row, field + "resolution", 20);
          Inputs.oneOf(row, field + "resolution", RESOLUTIONS);
          Inputs.maxText(row, field + "newLocation", 200);
          Inputs.maxText(row, field + "resolutionNote", 1000);
          if ("corrected".equals(row.get(field + "resolution"))) {
            if (blank(row.get(field + "newLocation")) && blank(row.get(field + "newCustodian"))) {
              throw Inputs.refuse(field + "newLocation", "or newCustodian is required to correct the CMDB");
            }
            if (!blank(row.get(field + "newCustodian"))) {
              Inputs.knownUser(identity, field + "newCustodian", row.get(field + "newCustodian").toString());
            }
          } else {
            Inputs.requireText(row, field + "resolutionNote", 1000);
          }
        }
      }
      default -> {
      }
    }
  }

  /** The list's rows, refused unless it holds exactly the expected assets. */
  private static List<Map<String, Object>> rows(Map<String, Object> variables, String field, List<String> keys) {
    List<Map<String, Object>> rows = Optional.ofNullable(Inputs.objectList(variables, field)).orElse(List.of());
    List<String> cis = rows.stream().map(row -> String.valueOf(row.get("ci"))).toList();
    if (cis.size() != keys.size() || !new HashSet<>(cis).equals(new HashSet<>(keys))) {
      throw Inputs.refuse(field, "must hold the assets listed, each once: none added, none left out");
    }
    return rows;
  }

  /** The row's values under their full field names ({@code assets[2].result}), so refusals name them. */
  private static Map<String, Object> named(Map<String, Object> row, String prefix) {
    Map<String, Object> named = new HashMap<>();
    row.forEach((key, value) -> named.put(prefix + key, value));
    return named;
  }

  private static boolean blank(Object value) {
    return value == null || value.toString().isBlank();
  }
}
