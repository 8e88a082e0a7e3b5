package io.opsflow.inspection;

import static io.opsflow.inspection.InspectionVariables.*;

import io.opsflow.configuration.Cmdb;
import io.opsflow.identity.Roles;
import io.opsflow.platform.Inputs;
import io.opsflow.platform.process.EngineClock;
import io.opsflow.platform.web.TechnicalUsers;
import io.opsflow.platform.web.WrittenBy;
import java.math.BigDecimal;
import java.net.URI;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The inspections' API: a round's record (its group and the managers read it; 404 for anyone
 * else, as for an unknown number), the readings a monitoring agent measured (technical user
 * {@value TechnicalUsers#INSPECTION_AGENT}) for the inspector to confirm, a month's figures, and the
 * plans (operations administrators write them).
 */
@RestController
class InspectionController {

  /** A round as its readers see it. */
  record Round(InspectionRecords.Inspection inspection, String planName, boolean open) {
  }

  /** Readings measured by an agent: each names a CI and a measured item of the round. */
  record Readings(List<Measured> readings) {
  }

  record Measured(String ci, String item, BigDecimal reading) {
  }

  private final InspectionRecords records;
  private final InspectionPlans plans;
  private final InspectionStatistics statistics;
  private final Cmdb cmdb;
  private final RuntimeService runtime;
  private final IdentityService identity;

  InspectionController(InspectionRecords records, InspectionPlans plans, InspectionStatistics statistics, Cmdb cmdb,
      RuntimeService runtime, IdentityService identity) {
    this.cmdb = cmdb;
    this.records = records;
    this.plans = plans;
    this.statistics = statistics;
    this.runtime = runtime;
    this.identity = identity;
  }

  @GetMapping("/api/inspections/{number}")
  Round round(@PathVariable String number) {
    Authentication caller = identity.getCurrentAuthentication();
    InspectionRecords.Inspection inspection = records.find(number)
        .filter(i -> caller.getGroupIds().contains(i.groupId())
            || Roles.anyOf(caller.getGroupIds(), Roles.INSPECTION_MANAGERS))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no inspection " + number));
    return new Round(inspection, plans.find(inspection.planId()).map(InspectionPlans.Plan::name).orElse(null),
        inspection.completedAt() == null);
  }

  /**
   * The agent's readings, checked against the round (400 naming the field at fault), kept on the
   * record and filled into the open checklist: the inspector confirms or corrects them.
   */
  @PostMapping("/api/inspections/{number}/readings")
  @Transactional
  Map<String, Object> measured(@PathVariable String number, @RequestBody Readings body) {
    Authentication caller = identity.getCurrentAuthentication();
    if (!Roles.anyOf(caller.getGroupIds(), java.util.Set.of(Roles.MONITORING, Roles.ADMIN_GROUP))) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "only a monitoring agent posts inspection readings");
    }
    InspectionRecords.Inspection inspection = records.find(number)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no inspection " + number));
    if (inspection.completedAt() != null) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, number + " is completed: its readings are recorded");
    }
    InspectionPlans.Plan plan = plans.find(inspection.planId()).orElseThrow();
    if (body == null || body.readings() == null || body.readings().isEmpty()) {
      throw Inputs.refuse("readings", "give at least one reading");
    }
    try {
      identity.clearAuthentication(); // the agent has no engine rights: the check above is the guard
      ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number)
          .processDefinitionKey(InspectionIds.PROCESS).singleResult();
      List<String> keys = CHECKLIST_KEYS.from(runtime.getVariables(instance.getId()));
      List<Map<String, Object>> rows = new ArrayList<>();
      CHECKLIST.from(runtime.getVariables(instance.getId())).forEach(row -> rows.add(new LinkedHashMap<>(row)));
      for (int i = 0; i < body.readings().size(); i++) {
        Measured m = body.readings().get(i);
        String field = "readings[" + i + "]";
        if (m == null || m.ci() == null || keys.stream().noneMatch(k -> k.startsWith(m.ci() + " "))) {
          throw Inputs.refuse(field + ".ci", "names no CI of " + number + ": " + (m == null ? null : m.ci()));
        }
        InspectionPlans.Item item = InspectionInput.item(plan, m.item()).orElseThrow(() ->
            Inputs.refuse(field + ".item", "names no item of the checklist of " + number + ": " + m.item()));
        if (!item.measured()) {
          throw Inputs.refuse(field + ".item", m.item() + " is not measured: the inspector judges it");
        }
        if (m.reading() == null) {
          throw Inputs.refuse(field + ".reading", "give the reading");
        }
        BigDecimal value = InspectionInput.checkReading(field + ".reading", "", item, m.reading());
        records.measured(number, m.ci(), m.item(), value, caller.getUserId(), EngineClock.now());
        rows.stream().filter(r -> m.ci().equals(r.get("ci")) && m.item().equals(r.get("item"))).forEach(r -> {
          r.put("reading", value);
          r.put("measuredBy", caller.getUserId());
        });
      }
      runtime.setVariable(instance.getId(), CHECKLIST.name(), CHECKLIST.stored(rows));
    } finally {
      identity.setAuthentication(caller);
    }
    return Map.of("inspectionNumber", number, "readings", body.readings().size());
  }

  @GetMapping("/api/inspections/plans")
  List<InspectionPlans.Plan> plans() {
    reader();
    return plans.list();
  }

  @GetMapping("/api/inspections/plans/{id}")
  InspectionPlans.Plan plan(@PathVariable String id) {
    reader();
    return plans.find(id)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no inspection plan " + id));
  }

  /**
   * A new plan (201) or the whole of a stored one (200), each field checked (400 naming it). A
   * changed checklist, cycle or group applies from the next round on; rounds open keep their rows.
   */
  @PutMapping("/api/inspections/plans/{id}")
  @WrittenBy(Roles.Writers.INSPECTION_PLANS)
  @Transactional
  ResponseEntity<InspectionPlans.Plan> writePlan(@PathVariable String id,
      @RequestBody InspectionInput.PlanFields body) {
    Optional<InspectionPlans.Plan> stored = plans.find(id);
    InspectionPlans.Plan plan = InspectionInput.plan(id, body, stored, cmdb, identity);
    if (stored.isPresent()) {
      plans.replace(plan);
      return ResponseEntity.ok(plans.find(id).orElseThrow()); // with the next due time as stored
    }
    try {
      plans.add(plan);
    } catch (org.springframework.dao.DuplicateKeyException e) {
      // another request created it between the look and the insert
      throw new ResponseStatusException(HttpStatus.CONFLICT, "inspection plan " + id + " was created meanwhile");
    }
    return ResponseEntity.created(URI.create("/api/inspections/plans/" + id)).body(plan);
  }

  @GetMapping("/api/inspections/statistics")
  InspectionStatistics.Month statistics(@RequestParam(required = false) String month) {
    reader();
    YearMonth which;
    try {
      which = YearMonth.parse(month == null ? "" : month.strip());
    } catch (DateTimeParseException e) {
      throw Inputs.refuse("month", "must be a month such as 2026-12, not '" + month + "'");
    }
    return statistics.of(which);
  }

  /** Plans and statistics are read by the inspecting engineers and the managers; anyone else is answered 403. */
  private void reader() {
    if (!Roles.anyOf(identity.getCurrentAuthentication().getGroupIds(), Roles.INSPECTION_READERS)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN,
          "only operations engineers and managers read inspection plans and statistics");
    }
  }
}
