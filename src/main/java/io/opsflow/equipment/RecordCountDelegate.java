package io.opsflow.equipment;

import static io.opsflow.equipment.StockTakeVariables.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** "Record count": keeps each asset's result; the missing and moved ones go to the configuration manager. */
@Component("recordCount")
record RecordCountDelegate(StockTakes stockTakes) implements StockTakeVariables.Step {

  @Override
  public void execute(StockTakeVariables stockTake) {
    String number = stockTake.get(STOCK_TAKE_NUMBER);
    stockTake.get(ASSETS).forEach(row -> stockTakes.counted(number, row));
    List<Map<String, Object>> discrepancies = stockTake.get(ASSETS).stream()
        .filter(row -> "missing".equals(row.get("result")) || "moved".equals(row.get("result")))
        .map(row -> {
          Map<String, Object> copy = new LinkedHashMap<>(row);
          copy.put("newLocation", row.get("foundLocation"));
          return copy;
        }).toList();
    stockTake.set(DISCREPANCIES, discrepancies)
        .set(DISCREPANCY_KEYS, discrepancies.stream().map(row -> (String) row.get("ci")).toList())
        .set(HAS_DISCREPANCIES, !discrepancies.isEmpty());
  }
}
