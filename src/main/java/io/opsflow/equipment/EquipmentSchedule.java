package io.opsflow.equipment;

import io.opsflow.platform.model.ModelBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When the equipment family's timers fire (read when the models are deployed; a cron expression or
 * an ISO 8601 repetition): MaintenanceSchedule looks for maintenance due
 * ({@code opsflow.equipment.maintenance-check}, every hour by default) and AssetStockTake starts the
 * periodic stock-take of every asset ({@code opsflow.equipment.stock-take}, yearly by default: 2
 * January at 02:00 UTC, 10:00 in China).
 */
@ModelBean
@Component("equipmentSchedule")
public class EquipmentSchedule {

  private final String maintenanceCheck;
  private final String stockTake;

  EquipmentSchedule(@Value("${opsflow.equipment.maintenance-check:0 0 * * * ?}") String maintenanceCheck,
      @Value("${opsflow.equipment.stock-take:0 0 2 2 1 ?}") String stockTake) {
    this.maintenanceCheck = maintenanceCheck.strip();
    this.stockTake = stockTake.strip();
  }

  public String getMaintenanceCheck() {
    return maintenanceCheck;
  }

  public String getStockTake() {
    return stockTake;
  }
}
