package io.opsflow.continuity;

import static io.opsflow.continuity.RecoveryVariables.*;

import io.opsflow.platform.InputListener;
import io.opsflow.platform.StartValidator;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where the rules of {@link RecoveryInput} and {@link BackupTestInput} meet the engine: the start
 * validators of the drill, the disaster declaration and the backup restore test (for starts
 * through Camunda's REST and Tasklist), and the listeners the models put on their start events and
 * user tasks (400 naming the field on {@code /engine-rest}, the message on the Tasklist form).
 */
@Configuration
class ContinuityInputRules {

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

  /**
   * A drill or a disaster recovery, wherever input enters the engine: at the start (Tasklist start
   * form, {@code /engine-rest}, the messages DrillDue and DisasterDeclared) and when a person
   * completes a task.
   */
  @Bean("recoveryInput")
  InputListener recoveryInput(DrPlans plans) {
    return listener((startEvent, variables) -> {
      if (DrillIds.DRILL_REQUESTED.equals(startEvent) || DrillIds.DRILL_DUE.equals(startEvent)) {
        RecoveryInput.checkDrillStart(variables, plans);
      } else {
        RecoveryInput.checkDisasterStart(variables, plans);
      }
    }, (task, variables) -> RecoveryInput.checkCompletion(task, variables, plans));
  }

  /** A backup restore test, at its start and at the end of its tasks. */
  @Bean("backupTestInput")
  InputListener backupTestInput(DrPlans plans) {
    return listener((startEvent, variables) -> BackupTestInput.checkStart(variables, plans.backedUpSystems()),
        BackupTestInput::checkCompletion);
  }

  /**
   * "Coordinate major incident" (IncidentManagement), which declares a disaster: not completed with
   * one declared under no DR plan in force. Listens to the end of the task (the incident model puts
   * it there, on no start: the incident's own listener checks its starts).
   */
  @Bean("disasterDeclarationInput")
  InputListener disasterDeclarationInput(DrPlans plans) {
    return listener((startEvent, variables) -> {
    }, (task, variables) -> RecoveryInput.checkDeclaration(variables, plans));
  }

  private static InputListener listener(BiConsumer<String, Map<String, Object>> start,
      BiConsumer<String, Map<String, Object>> completion) {
    return new InputListener("Not started") {
      @Override
      protected void checkStart(String startEventId, Map<String, Object> variables) {
        start.accept(startEventId, variables);
      }

      @Override
      protected void checkCompletion(String taskKey, Map<String, Object> variables) {
        completion.accept(taskKey, variables);
      }
    };
  }
}
