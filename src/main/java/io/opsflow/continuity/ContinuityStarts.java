package io.opsflow.continuity;

import static io.opsflow.continuity.RecoveryVariables.*;

import io.opsflow.platform.StartValidator;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The start rules of the drill, the disaster declaration and the backup restore test, for starts through Camunda's REST and Tasklist. */
@Configuration
class ContinuityStarts {

  @Bean
  StartValidator drillStart(DrPlans plans) {
    return StartValidator.of(DrillIds.PROCESS,
        Set.of(PLAN_ID.name(), SCENARIO.name(), PLANNED_WINDOW_START.name(), PLANNED_WINDOW_END.name()),
        variables -> RecoveryInput.checkDrillStart(variables, plans));
  }

  @Bean
  StartValidator disasterStart(DrPlans plans) {
    return StartValidator.of(DisasterIds.PROCESS,
        Set.of(PLAN_ID.name(), SUMMARY.name(), AFFECTED_SYSTEMS.name(), INCIDENT_NUMBER.name()),
        variables -> RecoveryInput.checkDisasterStart(variables, plans));
  }

  @Bean
  StartValidator backupTestStart(DrPlans plans) {
    return StartValidator.of(BackupTestIds.PROCESS, Set.of(BackupTestVariables.SYSTEM_ID.name()),
        variables -> BackupTestInput.checkStart(variables, plans.backedUpSystems()));
  }
}
