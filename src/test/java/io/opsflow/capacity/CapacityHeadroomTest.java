package io.opsflow.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsflow.DecisionTables;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CapacityHeadroom row by row: storage first, then a peak above 80 %, then a forecast above 90 %. */
class CapacityHeadroomTest {

  private static DmnDecision headroom;

  @BeforeAll
  static void parse() {
    headroom = DecisionTables.parse("CapacityHeadroom");
  }

  @ParameterizedTest(name = "storage {0}, highest peak {1}, forecast {2}: {3}")
  @CsvSource({
      "80.1, 95,   99,  purchase, 存储峰值超过 80%",   // Rule_StorageFull wins over the others
      "81,   10,   10,  purchase, 存储峰值超过 80%",   // Rule_StorageFull
      "80,   80.1, 95,  change,   峰值超过 80%",       // Rule_PeakHigh (storage at 80 is not above)
      "50,   99,   10,  change,   峰值超过 80%",       // Rule_PeakHigh
      "50,   80,   90.1, purchase, 下季度预测超过 90%", // Rule_ForecastHigh (a peak at 80 is not above)
      "10,   10,   150, purchase, 下季度预测超过 90%", // Rule_ForecastHigh, demand beyond capacity
      "80,   80,   90,  none,     余量充足",           // Rule_Headroom at the thresholds
      "0,    0,    0,   none,     余量充足"})          // Rule_Headroom
  void eachRule(double storagePeak, double highestPeak, double forecastPeak, String action, String reason) {
    Map<String, Object> answer = DecisionTables.evaluate(headroom, Variables.createVariables()
        .putValue("storagePeak", storagePeak).putValue("highestPeak", highestPeak)
        .putValue("forecastPeak", forecastPeak));
    assertThat(answer).containsEntry("action", action);
    assertThat((String) answer.get("reason")).contains(reason);
  }

  @Test
  void keepsItsHistorySevenYears() {
    DecisionTables.assertKeepsHistorySevenYears("CapacityHeadroom");
  }
}
