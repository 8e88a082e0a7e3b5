package io.opsflow.inspection;

import static io.opsflow.inspection.InspectionVariables.*;

import io.opsflow.configuration.Cmdb;
import io.opsflow.platform.process.EngineClock;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * "Judge readings": each measured reading is judged by InspectionFinding (item and reading to
 * severity none, low, medium or high); the checklist is recorded with its judgements, and every
 * row marked an anomaly or with a finding is listed to open an incident. A baseline check
 * ("configuration unchanged", "access lists as approved") marked an anomaly is a configuration
 * drift: noted on the reading and, for a CMDB item, written into its audit for the configuration audit.
 */
@Component("judgeReadings")
record JudgeReadingsDelegate(InspectionRecords records, DecisionService decisions, Cmdb cmdb)
    implements InspectionVariables.Step {

  /** What the CMDB audit says of a drift the inspector left no note on. */
  static final String DRIFT = "differs from its baseline / 与基线不一致";

  static final String NONE = "none";

  @Override
  public void execute(InspectionVariables inspection) {
    List<InspectionRecords.Reading> readings = new ArrayList<>();
    List<String> anomalies = new ArrayList<>();
    for (Map<String, Object> row : inspection.get(CHECKLIST)) {
      String ci = InspectionInput.text(row.get("ci"));
      String item = InspectionInput.text(row.get("item"));
      String status = InspectionInput.text(row.get("status"));
      Object given = row.get("reading");
      BigDecimal reading = given == null || given.toString().isBlank() ? null : new BigDecimal(given.toString().strip());
      String severity = reading == null ? NONE : severity(item, reading);
      if (InspectionInput.ANOMALY.equals(status) || !NONE.equals(severity)) {
        anomalies.add(key(ci, item));
      }
      String note = InspectionInput.text(row.get("note"));
      readings.add(new InspectionRecords.Reading(ci, item, status, reading, note == null || note.isEmpty() ? null : note,
          severity, InspectionIds.BASELINE_CHECKS.contains(item) && InspectionInput.ANOMALY.equals(status), null, null,
          null, null));
    }
    String number = inspection.get(INSPECTION_NUMBER);
    records.recordReadings(number, readings, inspection.get(INSPECTOR), EngineClock.now());
    readings.stream().filter(r -> r.configDrift() && cmdb.find(r.ciId()).isPresent()).forEach(r ->
        cmdb.driftFound(r.ciId(), number, r.itemId(), r.note() == null ? DRIFT : r.note(), inspection.get(INSPECTOR)));
    inspection.set(ANOMALIES, anomalies).set(ANOMALY_FOUND, !anomalies.isEmpty());
  }

  private String severity(String item, BigDecimal reading) {
    String severity = decisions.evaluateDecisionTableByKey(InspectionIds.DECISION,
            Variables.createVariables().putValue("item", item).putValue("reading", reading.doubleValue()))
        .getSingleResult().getSingleEntry();
    return severity == null ? NONE : severity;
  }
}
