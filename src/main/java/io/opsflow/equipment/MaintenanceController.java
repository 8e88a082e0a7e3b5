package io.opsflow.equipment;

import io.opsflow.identity.Roles;
import io.opsflow.platform.web.WrittenBy;
import java.net.URI;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The maintenance plans under {@code /api/equipment/maintenance-plans}: the equipment readers read
 * them (with every earlier version), operations administrators write them; a PUT is the plan's next
 * version, and names the version it revises. A preventive maintenance is read at
 * {@code /api/equipment/maintenances/{number}}.
 */
@RestController
record MaintenanceController(MaintenancePlans plans, MaintenanceRecords records, MaintenanceInput input,
    IdentityService identity) {

  /** A plan with the versions it had. */
  record PlanWithVersions(MaintenancePlans.Plan plan, List<MaintenancePlans.Version> versions) {
  }

  @GetMapping("/api/equipment/maintenance-plans")
  List<MaintenancePlans.Plan> list() {
    requireReader();
    return plans.list();
  }

  @GetMapping("/api/equipment/maintenance-plans/{id}")
  PlanWithVersions read(@PathVariable String id) {
    requireReader();
    return plans.find(id).map(plan -> new PlanWithVersions(plan, plans.versions(id)))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no maintenance plan " + id));
  }

  @PostMapping("/api/equipment/maintenance-plans")
  @WrittenBy(Roles.Writers.MAINTENANCE_PLANS)
  ResponseEntity<MaintenancePlans.Plan> create(@RequestBody MaintenanceInput.PlanBody body) {
    MaintenancePlans.Plan plan = input.plan(body.id(), body, true);
    if (plans.find(plan.planId()).isPresent()) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, "maintenance plan " + plan.planId() + " exists already");
    }
    try {
      plans.add(plan, caller());
    } catch (DuplicateKeyException e) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, "maintenance plan " + plan.planId() + " exists already");
    }
    return ResponseEntity.created(URI.create("/api/equipment/maintenance-plans/" + plan.planId()))
        .body(plans.find(plan.planId()).orElseThrow());
  }

  @PutMapping("/api/equipment/maintenance-plans/{id}")
  @WrittenBy(Roles.Writers.MAINTENANCE_PLANS)
  MaintenancePlans.Plan revise(@PathVariable String id, @RequestBody MaintenanceInput.PlanBody body) {
    if (plans.find(id).isEmpty()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no maintenance plan " + id);
    }
    MaintenancePlans.Plan plan = input.plan(id, body, false);
    return plans.revise(plan, plan.version(), caller(), body.reason());
  }

  @GetMapping("/api/equipment/maintenances/{number}")
  MaintenanceRecords.Maintenance maintenance(@PathVariable String number) {
    requireReader();
    return records.find(number)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no maintenance " + number));
  }

  private String caller() {
    return identity.getCurrentAuthentication().getUserId();
  }

  private void requireReader() {
    if (!Roles.anyOf(identity.getCurrentAuthentication().getGroupIds(), Roles.EQUIPMENT_READERS)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "only the equipment roles read maintenance plans");
    }
  }
}
