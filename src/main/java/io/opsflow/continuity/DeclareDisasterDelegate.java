package io.opsflow.continuity;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Declare disaster" (IncidentManagement): the incident manager coordinating a major incident
 * declared it a disaster under a DR plan, so DisasterRecovery starts at once (message
 * DisasterDeclared) with the incident's number and summary; its record names the incident.
 * Lives here, beside the process it starts, so that the incident model only names the bean.
 */
@Component("declareDisaster")
class DeclareDisasterDelegate implements JavaDelegate {

  /** The incident's variables this step reads: the incident model's contract, not ours. */
  static final String DISASTER_DECLARED = "disasterDeclared";
  static final String DR_PLAN_ID = "drPlanId";
  static final String INCIDENT_NUMBER = "incidentNumber";
  static final String INCIDENT_SUMMARY = "summary";

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, Object> disaster = new HashMap<>();
    disaster.put(RecoveryVariables.PLAN_ID, ((String) execution.getVariable(DR_PLAN_ID)).strip());
    disaster.put(RecoveryVariables.SUMMARY, execution.getVariable(INCIDENT_SUMMARY));
    disaster.put(RecoveryVariables.INCIDENT_NUMBER, execution.getVariable(INCIDENT_NUMBER));
    execution.getProcessEngineServices().getRuntimeService()
        .createMessageCorrelation(DisasterIds.DISASTER_DECLARED_MESSAGE).setVariables(disaster)
        .correlateStartMessage();
  }
}
