package io.opsflow.configuration;

import io.opsflow.platform.process.ProcessStep;
import io.opsflow.platform.process.ProcessVariables;
import io.opsflow.platform.process.Variable;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The variables of the configuration audit. */
public final class ConfigurationAuditVariables extends ProcessVariables<ConfigurationAuditVariables> {

  // the scope (the start form's fields; left out: every item)
  public static final Variable<String> SCOPE_TYPE = Variable.optionalText("scopeType");
  public static final Variable<String> SCOPE_SERVICE = Variable.optionalText("scopeService");
  public static final Variable<String> SCOPE_CRITICALITY = Variable.optionalText("scopeCriticality");
  /** The start's contract. */
  public static final java.util.Set<String> START = Variable.names(SCOPE_TYPE, SCOPE_SERVICE, SCOPE_CRITICALITY);
  /** Who asked for the audit (the start event's initiator; none for the monthly one). */
  public static final Variable<String> REQUESTED_BY = Variable.text("auditRequestedBy");
  public static final Variable<String> AUDIT_NUMBER = Variable.text("auditNumber");
  /** The discrepancies' positions in the report, one "Settle discrepancy" each. */
  public static final Variable<List<String>> DISCREPANCIES = Variable.textList("discrepancies");
  public static final Variable<Boolean> DISCREPANCIES_FOUND = Variable.flag("discrepanciesFound");
  // one discrepancy (local to its branch)
  public static final Variable<String> DISCREPANCY_NO = Variable.text("discrepancyNo");
  public static final Variable<String> DISCREPANCY_CI = Variable.text("discrepancyCi");
  public static final Variable<String> DISCREPANCY_KIND = Variable.text("discrepancyKind");
  /** What the configuration manager reads: the kind, the field, recorded and found, in English and Chinese. */
  public static final Variable<String> DISCREPANCY_TEXT = Variable.text("discrepancyText");
  /** The approved changes that explain the difference ("CHG-…, CHG-…"), or null. */
  public static final Variable<String> EXPLAINED_BY = Variable.text("explainedBy");
  public static final Variable<Boolean> AUTHORISED = Variable.flag("authorised");
  public static final Variable<String> DECISION = Variable.optionalText("decision");
  public static final Variable<String> DECISION_REASON = Variable.optionalText("decisionReason");
  public static final Variable<String> DECIDED_BY = Variable.text("decidedBy");
  public static final Variable<String> RAISED_CHANGE = Variable.text("raisedChange");

  private ConfigurationAuditVariables(VariableScope scope) {
    super(scope);
  }

  public static ConfigurationAuditVariables of(VariableScope scope) {
    return new ConfigurationAuditVariables(scope);
  }

  /** A delegate of the process, given its variables instead of the raw execution. */
  public interface Step extends ProcessStep<ConfigurationAuditVariables> {

    @Override
    default ConfigurationAuditVariables variables(DelegateExecution execution) {
      return of(execution);
    }
  }
}
