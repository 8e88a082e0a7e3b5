package io.opsflow.inspection;

import static io.opsflow.inspection.InspectionVariables.*;

import io.opsflow.configuration.Cmdb;
import io.opsflow.incident.IncidentIntake;
import io.opsflow.incident.IncidentRequest;
import org.springframework.stereotype.Component;

/**
 * "Open incident" (once per anomaly, in a job of its own): incident management takes on what the
 * round found, in the CI's category (a place the CMDB does not hold is a hardware incident),
 * reported by the inspector; impact and urgency follow the finding's severity, and an anomaly a
 * person marked without a measured finding counts as medium. Opened once: a retried job finds
 * the incident on the reading.
 */
@Component("openInspectionIncident")
record OpenInspectionIncidentDelegate(InspectionRecords records, IncidentIntake incidents, Cmdb cmdb)
    implements InspectionVariables.Step {

  @Override
  public void execute(InspectionVariables inspection) {
    String number = inspection.get(INSPECTION_NUMBER);
    String[] key = inspection.get(ANOMALY).split(" ", 2);
    InspectionRecords.Reading reading = records.reading(number, key[0], key[1]).orElseThrow();
    if (reading.incidentNumber() != null) {
      return;
    }
    String level = JudgeReadingsDelegate.NONE.equals(reading.severity()) ? "medium" : reading.severity();
    Cmdb.Item ci = cmdb.find(reading.ciId()).orElse(null);
    String summary = "Inspection " + number + " found an anomaly: " + reading.itemId() + " on " + reading.ciId();
    String description = inspection.get(PLAN_NAME) + " (" + number + "): " + reading.itemId() + " on " + reading.ciId()
        + (reading.reading() == null ? "" : ", reading " + reading.reading().stripTrailingZeros().toPlainString())
        + ", severity " + reading.severity() + (reading.configDrift() ? ", configuration differs from its baseline" : "")
        + ".\n" + (reading.note() == null ? "" : reading.note());
    String incident = incidents.open(new IncidentRequest(summary, description, level, level,
        ci == null ? "hardware" : ci.incidentCategory(), ci == null ? null : ci.id(), inspection.get(INSPECTOR)))
        .incidentNumber();
    records.incidentOpened(number, reading.ciId(), reading.itemId(), incident);
  }
}
