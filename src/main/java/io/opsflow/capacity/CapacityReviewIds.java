package io.opsflow.capacity;

import java.util.List;
import java.util.Map;

/** The ids of CapacityReview's and its schedule's elements, and the values code and tests refer to. */
public final class CapacityReviewIds {

  public static final String PROCESS = "CapacityReview";
  public static final String PREFIX = "CAP";
  public static final String DECISION = "CapacityHeadroom";

  public static final String REQUESTED = "Event_ReviewRequested";
  public static final String REGISTER = "Activity_RegisterReview";
  public static final String RECORD_UTILISATION = "Activity_RecordUtilisation";
  public static final String JUDGE_HEADROOM = "Activity_JudgeHeadroom";
  public static final String RAISE_ACTIONS = "Activity_RaiseActions";
  public static final String REPORT = "Activity_ReportReview";
  public static final String REPORTED = "Event_ReviewReported";

  // CapacityReviewSchedule
  public static final String SCHEDULE = "CapacityReviewSchedule";
  public static final String QUARTER_BEGINS = "Event_QuarterDue";
  public static final String START_QUARTER_REVIEW = "Activity_StartQuarterReview";
  public static final String REVIEW_STARTED = "Event_ReviewStarted";
  public static final String QUARTER_REVIEWED_ALREADY = "Event_QuarterReviewedAlready";

  /** CapacityHeadroom's actions. */
  public static final String NONE = "none";
  public static final String CHANGE = "change";
  public static final String PURCHASE = "purchase";

  /** The measures of a service's utilisation, in percent: the peaks 0 to 100, the trends (per quarter) -100 to 100. */
  public static final List<String> PEAKS = List.of("cpuPeak", "memoryPeak", "storagePeak", "networkPeak");
  public static final List<String> TRENDS = List.of("cpuTrend", "memoryTrend", "storageTrend", "networkTrend");
  /** The peak expected next quarter, 0 to 200 percent (above 100: more demand than capacity). */
  public static final String FORECAST = "forecastPeak";
  /** Every measure, with its lowest and highest value. */
  public static final Map<String, double[]> RANGES = Map.ofEntries(
      Map.entry("cpuPeak", new double[] {0, 100}), Map.entry("memoryPeak", new double[] {0, 100}),
      Map.entry("storagePeak", new double[] {0, 100}), Map.entry("networkPeak", new double[] {0, 100}),
      Map.entry("cpuTrend", new double[] {-100, 100}), Map.entry("memoryTrend", new double[] {-100, 100}),
      Map.entry("storageTrend", new double[] {-100, 100}), Map.entry("networkTrend", new double[] {-100, 100}),
      Map.entry(FORECAST, new double[] {0, 200}));
  /** The measures in the order they are shown and stored. */
  public static final List<String> MEASURES = List.of("cpuPeak", "cpuTrend", "memoryPeak", "memoryTrend",
      "storagePeak", "storageTrend", "networkPeak", "networkTrend", FORECAST);

  private CapacityReviewIds() {
  }
}
