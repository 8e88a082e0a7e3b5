package io.opsflow.equipment;

import io.opsflow.platform.DefaultingInputListener;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The stock-take's input rules at its start on request and on its tasks (see {@link StockTakeInput}). */
@Component("assetStockTakeInput")
class StockTakeInputListener extends DefaultingInputListener {

  StockTakeInputListener(StockTakeInput input) {
    super("Stock-take not started", Map.of(), input::checkStart, input::checkCompletion);
  }
}
