package io.opsflow.equipment;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Start stock-take of every asset" (StockTakeSchedule): starts AssetStockTake with no department or location. */
@Component("startPeriodicStockTake")
record StartPeriodicStockTakeDelegate() implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, Object> variables = new HashMap<>();
    StockTakeVariables.PERIODIC.put(variables, true);
    execution.getProcessEngineServices().getRuntimeService().startProcessInstanceByKey(StockTakeIds.PROCESS, variables);
  }
}
