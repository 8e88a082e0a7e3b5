package io.opsflow.continuity;

import io.opsflow.incident.IncidentVariables;
import io.opsflow.platform.process.Variable;
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
record DeclareDisasterDelegate(DisasterDeclarations disasters) implements JavaDelegate {

  /** The declaration, entered on the incident's "Coordinate major incident" (the incident model's contract). */
  static final Variable<Boolean> DISASTER_DECLARED = Variable.optionalFlag("disasterDeclared");
  static final Variable<String> DR_PLAN_ID = Variable.text("drPlanId");

  @Override
  public void execute(DelegateExecution execution) {
    disasters.declare(new DisasterRequest(DR_PLAN_ID.get(execution).strip(), IncidentVariables.SUMMARY.get(execution),
        IncidentVariables.INCIDENT_NUMBER.get(execution)));
  }
}
