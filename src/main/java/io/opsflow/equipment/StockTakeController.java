package io.opsflow.equipment;

import io.opsflow.configuration.Cmdb;
import io.opsflow.identity.Roles;
import io.opsflow.platform.Inputs;
import io.opsflow.platform.web.IdempotentRequests;
import io.opsflow.platform.web.StartsProcess;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code POST /api/equipment/stock-takes} starts a stock-take of a department and/or location
 * (configuration managers, equipment maintainers, operations administrators); {@code GET
 * /api/equipment/stock-takes/{number}} reads it with its report (the stock-take readers);
 * {@code GET /api/equipment/warranties?withinDays=60} lists the assets whose warranty ends within
 * that many days, with their custodian and owner group (the equipment readers).
 */
@RestController
record StockTakeController(StockTakeIntake intake, StockTakes stockTakes, Cmdb cmdb, IdentityService identity,
    IdempotentRequests idempotent) {

  /** An asset whose warranty ends soon, and the group that owns its configuration item. */
  record Warranty(String ci, String name, String ownerGroup, String assetNumber, String department, String location,
      String custodian, LocalDate warrantyEnd) {
  }

  @PostMapping("/api/equipment/stock-takes")
  @StartsProcess(StockTakeIds.PROCESS)
  ResponseEntity<?> open(@RequestBody StockTakeIntake.Request request) {
    return idempotent.created("/api/equipment/stock-takes", request, () -> intake.open(request),
        StockTakeIntake.Opened::stockTakeNumber);
  }

  @GetMapping("/api/equipment/stock-takes/{number}")
  StockTakes.StockTake read(@PathVariable String number) {
    require(Roles.STOCK_TAKE_READERS);
    return stockTakes.find(number)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no stock-take " + number));
  }

  @GetMapping("/api/equipment/warranties")
  List<Warranty> warranties(@RequestParam(defaultValue = "60") String withinDays) {
    require(Roles.EQUIPMENT_READERS);
    int days;
    try {
      days = Integer.parseInt(withinDays.strip());
    } catch (NumberFormatException e) {
      days = -1;
    }
    if (days < 0 || days > 3650) {
      throw Inputs.refuse("withinDays", "must be a whole number of days from 0 to 3650, not '" + withinDays + "'");
    }
    LocalDate today = LocalDate.now();
    return cmdb.warrantiesEnding(today, today.plusDays(days)).stream().map(asset -> {
      Cmdb.Item item = cmdb.find(asset.ciId()).orElseThrow();
      return new Warranty(asset.ciId(), item.name(), item.ownerGroup(), asset.assetNumber(), asset.department(),
          asset.location(), asset.custodian(), asset.warrantyEnd());
    }).toList();
  }

  private void require(java.util.Set<String> readers) {
    if (!Roles.anyOf(identity.getCurrentAuthentication().getGroupIds(), readers)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "only the equipment roles read this");
    }
  }
}
