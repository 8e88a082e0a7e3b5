package io.opsflow.configuration;

import static io.opsflow.configuration.ConfigurationAuditVariables.*;

import io.opsflow.platform.InputListener;
import io.opsflow.platform.Inputs;
import io.opsflow.platform.StartValidator;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * The audit's input rules: a scope of a CMDB type, a criticality and a service in service (each may
 * be left out), and a decision on each discrepancy (a reason when it is accepted; a change only for an
 * item the CMDB records). Refusals name the field.
 */
@Component("configurationAuditInput")
class ConfigurationAuditInputListener extends InputListener {

  private final Cmdb cmdb;

  ConfigurationAuditInputListener(Cmdb cmdb) {
    super("Configuration audit not started");
    this.cmdb = cmdb;
  }

  @Bean
  static StartValidator configurationAuditStart(Cmdb cmdb) {
    return StartValidator.of(ConfigurationAuditIds.PROCESS, START, variables -> checkScope(cmdb, variables));
  }

  @Override
  protected void checkStart(String startEventId, Map<String, Object> variables) {
    checkScope(cmdb, variables);
  }

  static void checkScope(Cmdb cmdb, Map<String, Object> variables) {
    oneOfOrNone(variables, SCOPE_TYPE.name(), Cmdb.TYPES);
    oneOfOrNone(variables, SCOPE_CRITICALITY.name(), Cmdb.CRITICALITIES);
    String service = SCOPE_SERVICE.from(variables);
    if (service != null && cmdb.find(service).filter(i -> !i.retired() && i.type().equals("service")).isEmpty()) {
      throw Inputs.refuse(SCOPE_SERVICE.name(), "must be a service in the CMDB, not '" + service + "'");
    }
  }

  /** One of the values, or left out (an empty select of the start form is "any"). */
  private static void oneOfOrNone(Map<String, Object> variables, String field, java.util.List<String> allowed) {
    Object value = variables.get(field);
    if (value != null && !(value instanceof String s && (s.isBlank() || allowed.contains(s)))) {
      throw Inputs.refuse(field, "must be one of " + String.join(", ", allowed) + ", not '" + value + "'");
    }
  }

  @Override
  protected void checkCompletion(String taskKey, Map<String, Object> variables) {
    if (!ConfigurationAuditIds.DECIDE.equals(taskKey)) {
      return;
    }
    Inputs.requireText(variables, DECISION.name(), 20);
    Inputs.oneOf(variables, DECISION.name(), ConfigurationAuditIds.DECISIONS);
    Inputs.maxText(variables, DECISION_REASON.name(), 2000);
    String decision = DECISION.from(variables);
    if (ConfigurationAuditIds.ACCEPT.equals(decision)) {
      Inputs.requireText(variables, DECISION_REASON.name(), 2000);
    }
    if (ConfigurationAuditIds.RAISE_CHANGE.equals(decision)
        && ConfigurationAuditIds.NOT_RECORDED.equals(DISCREPANCY_KIND.from(variables))) {
      throw Inputs.refuse(DECISION.name(), "must be correct or accept for an item the CMDB does not record: no change can name it");
    }
  }
}
