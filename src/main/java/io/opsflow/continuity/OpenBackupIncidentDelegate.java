package io.opsflow.continuity;

import io.opsflow.platform.Times;
import io.opsflow.configuration.Cmdb;
import io.opsflow.incident.IncidentIntake;
import io.opsflow.incident.IncidentRequest;
import io.opsflow.sla.BusinessHours;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * "Open incident": a backup that cannot be restored puts the system's data at risk, so incident
 * management takes it on, in the category of the system (a database's backup is a database
 * incident). Opened once: a retried job finds the incident on the test record.
 */
@Component("openBackupIncident")
record OpenBackupIncidentDelegate(BackupTests backups, IncidentIntake incidents, Cmdb cmdb, ContinuitySchedule schedule,
    BusinessHours hours) implements BackupTestVariables.Step {

  @Override
  public void execute(BackupTestVariables test) {
    String number = test.get(BackupTestVariables.TEST_NUMBER);
    String system = test.get(BackupTestVariables.SYSTEM_ID);
    BackupTests.Test record = backups.find(number).orElseThrow();
    String incident = record.incidentNumber();
    if (incident == null) {
      String notes = test.stripped(BackupTestVariables.VERIFICATION_NOTES);
      String description = "Backup restore test " + number + " of " + system + " failed. "
          + "Backups ran: " + yes(record.backupsRan()) + ", latest backup finished "
          + Times.shown(record.lastBackupAt(), hours.zone())
          + (record.lastBackupAt() == null || test.get(BackupTestVariables.BACKUP_RECENT) ? "" : " (" + stale() + ")")
          + ", sound (recent, consistent with the source, encrypted, off-site): "
          + yes(record.backupSound()) + ", restored data intact: " + yes(record.integrityVerified())
          + ", usable: " + yes(record.dataUsable()) + ".\n" + (notes == null ? "" : notes);
      String category = cmdb.find(system).map(Cmdb.Item::incidentCategory).orElse("other");
      incident = incidents.open(new IncidentRequest("Backup restore test failed: " + system, description,
          "high", "medium", category, system, null)).incidentNumber();
      backups.incidentOpened(number, incident);
    }
    test.set(BackupTestVariables.INCIDENT_NUMBER, incident);
  }

  /** "older than the backup cycle of 1 day". */
  private String stale() {
    Duration cycle = schedule.backupMaxAge();
    return "older than the backup cycle of " + (cycle.toHoursPart() == 0 && cycle.toMinutesPart() == 0
        ? cycle.toDays() + (cycle.toDays() == 1 ? " day" : " days") : cycle.toMinutes() + " minutes");
  }

  private static String yes(Boolean value) {
    return value == null ? "not checked" : value ? "yes" : "no";
  }
}
