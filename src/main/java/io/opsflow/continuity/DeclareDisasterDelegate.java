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
class DeclareDisasterDelegate implements JavaDelegate {

  /** The declaration, entered on the incident's "Coordinate major incident" (the incident model's contract). */
  static final Variable<Boolean> DISASTER_DECLARED = Variable.optionalFlag("disasterDeclared");
  static final Variable<String> DR_PLAN_ID = Variable.text("drPlanId");
  /** The incident's own variables, by the names IncidentVariables gives them (read as text). */
  private static final Variable<String> INCIDENT_NUMBER = Variable.text(String.valueOf(IncidentVariables.INCIDENT_NUMBER));
  private static final Variable<String> INCIDENT_SUMMARY = Variable.text(String.valueOf(IncidentVariables.SUMMARY));

  private final DisasterDeclarations disasters;

  DeclareDisasterDelegate(DisasterDeclarations disasters) {
    this.disasters = disasters;
  }

  @Override
  public void execute(DelegateExecution execution) {
    disasters.declare(new DisasterRequest(DR_PLAN_ID.get(execution).strip(), INCIDENT_SUMMARY.get(execution),
        INCIDENT_NUMBER.get(execution)));
  }
}
