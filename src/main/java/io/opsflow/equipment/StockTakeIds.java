package io.opsflow.equipment;

/** The ids of the asset stock-take models' elements (AssetStockTake, StockTakeSchedule) that code and tests refer to. */
public final class StockTakeIds {

  public static final String PROCESS = "AssetStockTake";
  public static final String PREFIX = "STK";

  public static final String REQUESTED = "Event_StockTakeRequested";
  public static final String REGISTER = "Activity_RegisterStockTake";
  public static final String LIST_ASSETS = "Activity_ListExpectedAssets";
  public static final String COUNT = "Activity_CountAssets";
  public static final String RECORD_COUNT = "Activity_RecordCount";
  public static final String MISSING_OR_MOVED = "Gateway_MissingOrMoved";
  public static final String RESOLVE = "Activity_ResolveDiscrepancies";
  public static final String CORRECT_CMDB = "Activity_CorrectCmdb";
  public static final String RESOLVED = "Gateway_DiscrepanciesResolved";
  public static final String WRITE_REPORT = "Activity_WriteStockTakeReport";
  public static final String REPORTED = "Event_StockTakeReported";

  // StockTakeSchedule
  public static final String SCHEDULE = "StockTakeSchedule";
  public static final String PERIODIC_DUE = "Event_PeriodicStockTakeDue";
  public static final String START_PERIODIC = "Activity_StartPeriodicStockTake";
  public static final String PERIODIC_STARTED = "Event_PeriodicStockTakeStarted";

  private StockTakeIds() {
  }
}
