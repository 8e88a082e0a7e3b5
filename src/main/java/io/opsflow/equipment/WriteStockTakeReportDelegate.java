package io.opsflow.equipment;

import static io.opsflow.equipment.StockTakeVariables.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opsflow.configuration.Cmdb;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * "Write stock-take report": per department the counts (expected, found, missing, moved, damaged) and
 * the assets with their results and resolutions, and the assets in scope whose warranty ends within
 * 60 days; kept on the stock-take as evidence, which then counts as done.
 */
@Component("writeStockTakeReport")
record WriteStockTakeReportDelegate(StockTakes stockTakes, Cmdb cmdb) implements StockTakeVariables.Step {

  static final int WARRANTY_DAYS = 60;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One department's part of the report. */
  record Department(String department, int expected, Map<String, Long> counts, List<StockTakes.Item> assets) {
  }

  /** An asset whose warranty ends soon. */
  record Warranty(String ci, String assetNumber, String department, String custodian, String warrantyEnd) {
  }

  @Override
  public void execute(StockTakeVariables stockTake) throws JsonProcessingException {
    String number = stockTake.get(STOCK_TAKE_NUMBER);
    StockTakes.StockTake done = stockTakes.find(number).orElseThrow();
    Map<String, List<StockTakes.Item>> byDepartment = done.items().stream()
        .collect(Collectors.groupingBy(StockTakes.Item::department, TreeMap::new, Collectors.toList()));
    List<Department> departments = byDepartment.entrySet().stream().map(entry -> {
      Map<String, Long> counts = new LinkedHashMap<>();
      for (String result : List.of("found", "missing", "moved", "damaged")) {
        counts.put(result, entry.getValue().stream().filter(item -> result.equals(item.result())).count());
      }
      return new Department(entry.getKey(), entry.getValue().size(), counts, entry.getValue());
    }).toList();
    LocalDate today = LocalDate.now();
    List<String> counted = done.items().stream().map(StockTakes.Item::ci).toList();
    List<Warranty> warranties = cmdb.warrantiesEnding(today, today.plusDays(WARRANTY_DAYS)).stream()
        .filter(asset -> counted.contains(asset.ciId()))
        .map(asset -> new Warranty(asset.ciId(), asset.assetNumber(), asset.department(), asset.custodian(),
            asset.warrantyEnd().toString())).toList();
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("stockTakeNumber", number);
    report.put("department", done.department());
    report.put("location", done.location());
    report.put("departments", departments);
    report.put("warrantiesEndingWithin60Days", warranties);
    stockTakes.report(number, JSON.writeValueAsString(report));
  }
}
