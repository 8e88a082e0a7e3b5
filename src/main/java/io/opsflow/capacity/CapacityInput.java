package io.opsflow.capacity;

import io.opsflow.platform.BadRequestException;
import io.opsflow.platform.InputListener;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The rules of a service's utilisation wherever it comes from (the capacity owner's form or
 * monitoring's {@code POST /api/capacity/measurements}): every measure given, a number within its
 * range ({@link CapacityReviewIds#RANGES}); a refusal names the measure.
 */
@Component("capacityReviewInput")
class CapacityInput extends InputListener {

  CapacityInput() {
    super("Capacity review not started");
  }

  /** The measures, in {@link CapacityReviewIds#MEASURES}' order; refused naming the first bad one. */
  static Map<String, Double> measures(Map<String, Object> values) {
    Map<String, Double> measures = new LinkedHashMap<>();
    for (String name : CapacityReviewIds.MEASURES) {
      Object value = values.get(name);
      if (value == null || value.toString().isBlank()) {
        throw new BadRequestException(name, name + " is required (percent)");
      }
      double percent;
      try {
        percent = value instanceof Number n ? n.doubleValue() : Double.parseDouble(value.toString().strip());
      } catch (NumberFormatException e) {
        throw new BadRequestException(name, name + " must be a number of percent, not '" + value + "'");
      }
      double[] range = CapacityReviewIds.RANGES.get(name);
      if (!(percent >= range[0] && percent <= range[1])) {
        throw new BadRequestException(name, name + " must be between " + (int) range[0] + " and " + (int) range[1]
            + " percent, not " + value);
      }
      measures.put(name, percent);
    }
    return measures;
  }

  @Override
  protected void checkStart(String startEventId, Map<String, Object> variables) {
    // a review on demand takes nothing; the schedule names its quarter
  }

  @Override
  protected void checkCompletion(String taskKey, Map<String, Object> variables) {
    if (CapacityReviewIds.RECORD_UTILISATION.equals(taskKey)) {
      measures(variables);
    }
  }
}
