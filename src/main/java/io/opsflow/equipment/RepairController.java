package io.opsflow.equipment;

import io.opsflow.identity.Roles;
import io.opsflow.platform.web.IdempotentRequests;
import io.opsflow.platform.web.StartsProcess;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code POST /api/equipment/repairs} reports an equipment fault and answers once the repair is
 * registered; {@code GET /api/equipment/repairs/{number}} reads it: the reporter and the equipment
 * repair readers (maintainers, operations administrators, the service desk, problem managers,
 * process owners); anyone else gets 404, as for an unknown number.
 */
@RestController
record RepairController(RepairIntake intake, RepairRecords records, IdentityService identity,
    IdempotentRequests idempotent) {

  @PostMapping("/api/equipment/repairs")
  @StartsProcess(EquipmentRepairIds.PROCESS)
  ResponseEntity<?> open(@RequestBody RepairRequest request) {
    return idempotent.created("/api/equipment/repairs", request, () -> intake.open(request),
        RepairIntake.Opened::repairNumber);
  }

  @GetMapping("/api/equipment/repairs/{number}")
  RepairRecords.Repair repair(@PathVariable String number) {
    return records.find(number).filter(this::mayRead)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no repair " + number));
  }

  private boolean mayRead(RepairRecords.Repair repair) {
    Authentication caller = identity.getCurrentAuthentication();
    return caller != null && (caller.getUserId().equals(repair.reporter())
        || Roles.anyOf(caller.getGroupIds(), Roles.EQUIPMENT_READERS));
  }
}
