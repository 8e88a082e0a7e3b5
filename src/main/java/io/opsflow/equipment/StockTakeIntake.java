package io.opsflow.equipment;

import io.opsflow.platform.StartValidator;
import io.opsflow.platform.process.StartVariables;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Service;

/** Starts asset stock-takes on request (the periodic one starts by the model's timer). */
@Service
public record StockTakeIntake(RuntimeService runtime, StockTakeInput input) {

  /** What a stock-take on request counts: a department, a location, or the location within the department. */
  public record Request(String department, String location) {
  }

  /** A stock-take just registered. */
  public record Opened(String stockTakeNumber, String processInstanceId) {
  }

  @Bean
  static StartValidator assetStockTakeStart(StockTakeInput input) {
    return StartValidator.of(StockTakeIds.PROCESS, StockTakeVariables.START, input::checkStart);
  }

  /** Refuses bad input naming the field; the registration runs in this call, so the number is known. */
  public Opened open(Request request) {
    Map<String, Object> variables = new StartVariables().with(StockTakeVariables.DEPARTMENT, request.department())
        .with(StockTakeVariables.LOCATION, request.location()).map();
    input.checkStart(variables);
    ProcessInstanceWithVariables instance = runtime.createProcessInstanceByKey(StockTakeIds.PROCESS)
        .setVariables(variables).executeWithVariablesInReturn();
    return new Opened(StockTakeVariables.STOCK_TAKE_NUMBER.from(instance.getVariables()), instance.getId());
  }
}
