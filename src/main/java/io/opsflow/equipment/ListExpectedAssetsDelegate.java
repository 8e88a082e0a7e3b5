package io.opsflow.equipment;

import static io.opsflow.equipment.StockTakeVariables.*;

import io.opsflow.configuration.Cmdb;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** "List expected assets": every asset in service the CMDB places in the stock-take's scope, a row each to count. */
@Component("listExpectedAssets")
record ListExpectedAssetsDelegate(Cmdb cmdb, StockTakes stockTakes) implements StockTakeVariables.Step {

  @Override
  public void execute(StockTakeVariables stockTake) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Cmdb.Asset asset : cmdb.assets(stockTake.get(DEPARTMENT), stockTake.get(LOCATION))) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("ci", asset.ciId());
      row.put("assetNumber", asset.assetNumber());
      row.put("name", cmdb.find(asset.ciId()).map(Cmdb.Item::name).orElse(asset.ciId()));
      row.put("department", asset.department());
      row.put("location", asset.location());
      row.put("custodian", asset.custodian());
      rows.add(row);
    }
    stockTakes.expect(stockTake.get(STOCK_TAKE_NUMBER), rows);
    stockTake.set(ASSETS, rows).set(ASSET_KEYS, rows.stream().map(row -> (String) row.get("ci")).toList());
  }
}
