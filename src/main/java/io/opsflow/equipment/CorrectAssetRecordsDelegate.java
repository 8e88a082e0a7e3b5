package io.opsflow.equipment;

import static io.opsflow.equipment.StockTakeVariables.*;

import io.opsflow.configuration.Cmdb;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * "Correct the CMDB": for each asset the configuration manager corrected, its location and custodian
 * through the CMDB's own update (audited under the configuration manager and the stock-take's
 * number); each investigation opened is recorded on the stock-take.
 */
@Component("correctAssetRecords")
record CorrectAssetRecordsDelegate(Cmdb cmdb, StockTakes stockTakes) implements StockTakeVariables.Step {

  @Override
  public void execute(StockTakeVariables stockTake) {
    String number = stockTake.get(STOCK_TAKE_NUMBER);
    Cmdb.Author author = new Cmdb.Author(stockTake.get(COMPLETED_BY), number);
    for (Map<String, Object> row : stockTake.get(DISCREPANCIES)) {
      String ci = (String) row.get("ci");
      String resolution = (String) row.get("resolution");
      if ("corrected".equals(resolution)) {
        cmdb.setAsset(ci, new Cmdb.Asset(ci, null, null, text(row.get("newLocation")), text(row.get("newCustodian")),
            null, null), author);
      }
      stockTakes.resolved(number, ci, resolution, text(row.get("resolutionNote")));
    }
  }

  private static String text(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }
}
