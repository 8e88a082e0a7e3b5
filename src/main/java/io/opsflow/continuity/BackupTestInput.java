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
    Inputs.requireText(variables, SYSTEM_ID, 100);
    String system = ((String) variables.get(SYSTEM_ID)).strip();
    if (!backedUpSystems.contains(system)) {
      throw Inputs.refuse(SYSTEM_ID, "names " + system + ", which no DR plan in force backs up");
    }
  }

  static void checkCompletion(String taskKey, Map<String, Object> variables) {
    switch (taskKey) {
      case BackupTestIds.VERIFY_BACKUPS -> {
        RecoveryInput.requireFlag(variables, BACKUPS_RAN);
        RecoveryInput.requireFlag(variables, ENCRYPTED);
        RecoveryInput.requireFlag(variables, STORED_OFFSITE);
        Inputs.maxText(variables, SOURCE_CHECKSUM, 200);
        Inputs.maxText(variables, BACKUP_CHECKSUM, 200);
        count(variables, SOURCE_ROW_COUNT);
        count(variables, BACKUP_ROW_COUNT);
        if (Boolean.TRUE.equals(variables.get(BACKUPS_RAN))) {
          Instant lastBackup = Times.required(variables, LAST_BACKUP_AT);
          if (lastBackup.isAfter(EngineClock.now())) {
            throw Inputs.refuse(LAST_BACKUP_AT, "lies in the future (" + lastBackup + "): give when the latest "
                + "backup finished");
          }
          boolean checksums = given(variables, SOURCE_CHECKSUM) && given(variables, BACKUP_CHECKSUM);
          boolean rowCounts = given(variables, SOURCE_ROW_COUNT) && given(variables, BACKUP_ROW_COUNT);
          if (!checksums && !rowCounts) {
            throw Inputs.refuse(SOURCE_CHECKSUM, "and backupChecksum (or sourceRowCount and backupRowCount) are "
                + "required: they show that the backup matches its source");
          }
        }
      }
      case BackupTestIds.RESTORE -> {
        Inputs.requireText(variables, RESTORE_ENVIRONMENT, 200);
        if (!Boolean.TRUE.equals(variables.get(RESTORE_ISOLATED))) {
          throw Inputs.refuse(RESTORE_ISOLATED, "must be confirmed: restore tests run only in an environment "
              + "isolated from production");
        }
      }
      case BackupTestIds.VERIFY_RESTORED_DATA -> {
        RecoveryInput.requireFlag(variables, INTEGRITY_VERIFIED);
        RecoveryInput.requireFlag(variables, DATA_USABLE);
        Inputs.maxText(variables, VERIFICATION_NOTES, 4000);
        if (!Boolean.TRUE.equals(variables.get(INTEGRITY_VERIFIED)) || !Boolean.TRUE.equals(variables.get(DATA_USABLE))) {
          Inputs.requireText(variables, VERIFICATION_NOTES, 4000);
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
