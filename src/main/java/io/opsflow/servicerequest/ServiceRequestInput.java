package io.opsflow.servicerequest;

import static io.opsflow.servicerequest.ServiceRequestVariables.*;

import io.opsflow.configuration.Cmdb;
import io.opsflow.platform.Inputs;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * What may start a service request and complete its tasks; the API, the start validator and the
 * engine listener all ask it. The item named must be in the catalogue and active, and the request
 * must carry the fields that item lists, each by its rule; fields the item does not list are not read.
 */
@Component("serviceRequestRules")
record ServiceRequestInput(ServiceCatalogue catalogue, Cmdb cmdb, IdentityService identity) {

  /** The item-specific fields of the request form; each catalogue item lists those it needs. */
  static final List<String> ITEM_FIELDS = List.of(TARGET_SYSTEM.name(), ACCESS_LEVEL.name(), HARDWARE_MODEL.name(),
      SOFTWARE_NAME.name(), MAILBOX_SIZE.name(), DATABASE_NAME.name(), RESTORE_POINT.name(), REPORT_NAME.name(),
      JUSTIFICATION.name());
  /** The access a person may ask for. */
  static final java.util.Set<String> REQUESTED_ACCESS = java.util.Set.of("read", "write", "admin");
  /** What a request started without them is taken to be: medium urgency. */
  static final Map<String, Object> DEFAULTS = Map.of(URGENCY.name(), "medium");

  void checkStart(Map<String, Object> variables) {
    Inputs.requireText(variables, CATALOGUE_ITEM.name(), 100);
    ServiceCatalogue.Item item = catalogue.find(CATALOGUE_ITEM.from(variables)).filter(ServiceCatalogue.Item::active)
        .orElseThrow(() -> Inputs.refuse(CATALOGUE_ITEM.name(),
            "'" + CATALOGUE_ITEM.from(variables) + "' is no active item of the catalogue (see /api/catalogue)"));
    Inputs.requireText(variables, SUMMARY.name(), 500);
    Inputs.maxText(variables, DETAILS.name(), 4000);
    Inputs.oneOf(variables, URGENCY.name(), Inputs.LEVELS);
    user(variables, REQUESTER.name());
    user(variables, LINE_MANAGER.name());
    if (item.approval().equals("manager") || item.approval().equals("both") || item.cost() > 1000
        || item.accessLevel().equals("privileged")) {
      Inputs.requireText(variables, LINE_MANAGER.name(), 64);
    }
    Inputs.maxText(variables, AFFECTED_CI.name(), 100);
    if (item.standardChange() && AFFECTED_CI.from(variables) == null) {
      throw Inputs.refuse(AFFECTED_CI.name(), "is required: " + item.id() + " changes it through a standard change");
    }
    String ci = AFFECTED_CI.from(variables);
    if (ci != null) {
      cmdb.requireInService(AFFECTED_CI.name(), List.of(ci.strip()));
    }
    for (String field : item.fields()) {
      checkItemField(field, variables, item);
    }
  }

  private static void checkItemField(String field, Map<String, Object> variables, ServiceCatalogue.Item item) {
    String forItem = " (" + item.id() + " needs it)";
    if (variables.get(field) == null || variables.get(field) instanceof String s && s.isBlank()) {
      throw Inputs.refuse(field, "is required" + forItem);
    }
    if (field.equals(ACCESS_LEVEL.name())) {
      Inputs.oneOf(variables, field, REQUESTED_ACCESS);
    } else if (field.equals(MAILBOX_SIZE.name())) {
      if (!(variables.get(field) instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())
          || n.intValue() < 1 || n.intValue() > 100) {
        throw Inputs.refuse(field, "must be a whole number of gigabytes from 1 to 100" + forItem);
      }
    } else if (field.equals(RESTORE_POINT.name())) {
      Instant point = Inputs.instant(variables, field);
      if (point != null && point.isAfter(io.opsflow.platform.process.EngineClock.now())) {
        throw Inputs.refuse(field, "must not lie in the future" + forItem);
      }
    } else {
      Inputs.requireText(variables, field, field.equals(JUSTIFICATION.name()) ? 4000 : 200);
    }
  }

  private void user(Map<String, Object> variables, String field) {
    Inputs.maxText(variables, field, 64);
    Object value = variables.get(field);
    if (value instanceof String user && !user.isBlank()
        && identity.createUserQuery().userId(user.strip()).count() == 0) {
      throw Inputs.refuse(field, "'" + user + "' is no user of OpsFlow");
    }
  }

  /** What completes a task: a rejection says why; a fulfilment says what was done; a confirmation its answer. */
  static void checkCompletion(String taskKey, Map<String, Object> variables) {
    switch (taskKey) {
      case ServiceRequestIds.APPROVE -> {
        Inputs.requireFlag(variables, APPROVED.name());
        Inputs.maxText(variables, APPROVAL_NOTE.name(), 4000);
        if (!APPROVED.from(variables)) {
          Inputs.requireText(variables, REJECTION_REASON.name(), 4000);
        }
      }
      case ServiceRequestIds.FULFIL -> Inputs.requireText(variables, FULFILMENT_NOTES.name(), 4000);
      case ServiceRequestIds.CONFIRM -> {
        Inputs.requireFlag(variables, FULFILLED.name());
        if (FULFILLED.from(variables)) {
          Object satisfaction = variables.get(SATISFACTION.name());
          if (!(satisfaction instanceof Number n) || n.intValue() < 1 || n.intValue() > 5
              || n.doubleValue() != n.intValue()) {
            throw Inputs.refuse(SATISFACTION.name(), "is required: a whole number from 1 to 5");
          }
        } else {
          Inputs.requireText(variables, NOT_FULFILLED_REASON.name(), 4000);
        }
      }
      default -> {
      }
    }
  }
}
