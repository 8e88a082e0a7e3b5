package io.opsflow.continuity;

import io.opsflow.platform.Times;
import static io.opsflow.continuity.BackupTestVariables.*;

import io.opsflow.platform.process.EngineClock;
import io.opsflow.platform.Inputs;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * The rules for what may start a backup restore test and complete its tasks; asked by the start
 * validator and the engine listener. A refusal names the field.
 */
final class BackupTestInput {

  private BackupTestInput() {
  }

  static void checkStart(Map<String, Object> variables, Set<String> backedUpSystems) {
    Inputs.requireText(variables, SYSTEM_ID.name(), 100);
    String system = SYSTEM_ID.from(variables).strip();
    if (!backedUpSystems.contains(system)) {
      throw Inputs.refuse(SYSTEM_ID.name(), "names " + system + ", which no DR plan in force backs up");
    }
  }

  static void checkCompletion(String taskKey, Map<String, Object> variables) {
    switch (taskKey) {
      case BackupTestIds.VERIFY_BACKUPS -> {
        RecoveryInput.requireFlag(variables, BACKUPS_RAN.name());
        RecoveryInput.requireFlag(variables, ENCRYPTED.name());
        RecoveryInput.requireFlag(variables, STORED_OFFSITE.name());
        Inputs.maxText(variables, SOURCE_CHECKSUM.name(), 200);
        Inputs.maxText(variables, BACKUP_CHECKSUM.name(), 200);
        count(variables, SOURCE_ROW_COUNT.name());
        count(variables, BACKUP_ROW_COUNT.name());
        if (BACKUPS_RAN.from(variables)) {
          Instant lastBackup = Times.required(variables, LAST_BACKUP_AT.name());
          if (lastBackup.isAfter(EngineClock.now())) {
            throw Inputs.refuse(LAST_BACKUP_AT.name(), "lies in the future (" + lastBackup + "): give when the latest "
                + "backup finished");
          }
          boolean checksums = given(variables, SOURCE_CHECKSUM.name()) && given(variables, BACKUP_CHECKSUM.name());
          boolean rowCounts = given(variables, SOURCE_ROW_COUNT.name()) && given(variables, BACKUP_ROW_COUNT.name());
          if (!checksums && !rowCounts) {
            throw Inputs.refuse(SOURCE_CHECKSUM.name(), "and backupChecksum (or sourceRowCount and backupRowCount) are "
                + "required: they show that the backup matches its source");
          }
        }
      }
      case BackupTestIds.RESTORE -> {
        Inputs.requireText(variables, RESTORE_ENVIRONMENT.name(), 200);
        if (!RESTORE_ISOLATED.from(variables)) {
          throw Inputs.refuse(RESTORE_ISOLATED.name(), "must be confirmed: restore tests run only in an environment "
              + "isolated from production");
        }
      }
      case BackupTestIds.VERIFY_RESTORED_DATA -> {
        RecoveryInput.requireFlag(variables, INTEGRITY_VERIFIED.name());
        RecoveryInput.requireFlag(variables, DATA_USABLE.name());
        Inputs.maxText(variables, VERIFICATION_NOTES.name(), 4000);
        if (!INTEGRITY_VERIFIED.from(variables) || !DATA_USABLE.from(variables)) {
          Inputs.requireText(variables, VERIFICATION_NOTES.name(), 4000);
        }
      }
      default -> {
      }
    }
  }

  private static boolean given(Map<String, Object> variables, String field) {
    Object value = variables.get(field);
    return value != null && !(value instanceof String s && s.isBlank());
  }

  private static void count(Map<String, Object> variables, String field) {
    Object value = variables.get(field);
    if (value != null && !(value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
        && n.doubleValue() >= 0)) {
      throw Inputs.refuse(field, "must be a whole number of rows, not " + value);
    }
  }
}
