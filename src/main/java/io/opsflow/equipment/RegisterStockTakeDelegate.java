package io.opsflow.equipment;

import static io.opsflow.equipment.StockTakeVariables.*;

import io.opsflow.platform.process.TicketNumbers;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Register stock-take": numbers it STK-year-n (the business key) and records its scope, whether a
 * person asked for it or the periodic timer started it (every asset).
 */
@Component("registerStockTake")
record RegisterStockTakeDelegate(TicketNumbers numbers, StockTakes stockTakes) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    StockTakeVariables stockTake = StockTakeVariables.of(execution);
    String number = numbers.next(StockTakeIds.PREFIX);
    execution.setProcessBusinessKey(number);
    String department = stockTake.get(DEPARTMENT);
    String location = stockTake.get(LOCATION);
    stockTakes.register(number, department, location, execution.getProcessInstanceId(), stockTake.get(INITIATOR));
    String scope = department == null && location == null ? "every asset / 全部资产"
        : String.join(" ", department == null ? "" : department, location == null ? "" : location).strip();
    stockTake.set(STOCK_TAKE_NUMBER, number).set(SUMMARY, "Stock-take / 资产盘点: " + scope);
  }
}
