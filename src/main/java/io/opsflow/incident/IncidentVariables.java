package io.opsflow.incident;

import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The incident process's variables: their names (a contract people integrate against) and typed
 * access to them, so that no raw names or casts are scattered through delegates and tests.
 */
public final class IncidentVariables {

  // given at start
  public static final String SUMMARY = "summary";
  public static final String DESCRIPTION = "description";
  public static final String IMPACT = "impact";
  public static final String URGENCY = "urgency";
  public static final String CATEGORY = "category";
  public static final String REPORTER = "reporter";
  public static final String AFFECTED_CI = "affectedCi";
  public static final String INITIATOR = "initiator";
  public static final String ALERT_GROUP = "alertGroup";
  /** The closed incident of the same alert group that this one recurs (set by the alert intake). */
  public static final String RECURRENCE_OF = "recurrenceOf";
  // set by the process
  public static final String INCIDENT_NUMBER = "incidentNumber";
  public static final String PRIORITY = "priority";
  public static final String RESPONSE_TARGET = "responseTarget";
  public static final String RESOLUTION_TARGET = "resolutionTarget";
  public static final String TIER_BUDGET = "tierBudget";
  public static final String SLA_CALENDAR = "slaCalendar";
  public static final String RESPONSE_DUE = "responseDue";
  public static final String RESOLUTION_DUE = "resolutionDue";
  public static final String KNOWLEDGE_SUGGESTIONS = "knowledgeSuggestions";
  public static final String FIRST_TIER = "firstTier";
  public static final String MAJOR = "major";
  public static final String CURRENT_TIER = "currentTier";
  public static final String TIER_DUE = "tierDue";
  public static final String TIER_WARNING_AT = "tierWarningAt";
  public static final String TIER_ENTRIES = "tierEntries";
  public static final String RESOLVED_TIER = "resolvedTier";
  public static final String RESOLUTION_COUNT = "resolutionCount";
  public static final String CONFIRMATION_DUE = "confirmationDue";
  public static final String RECURRENCE_COUNT = "recurrenceCount";
  public static final String RAISE_PROBLEM = "raiseProblem";
  // set by people completing tasks
  public static final String RESOLVED_AT_FIRST_CONTACT = "resolvedAtFirstContact";
  public static final String ESCALATE = "escalate";
  public static final String RESOLUTION_NOTES = "resolutionNotes";
  public static final String VENDOR_INVOLVED = "vendorInvolved";
  public static final String TEMPORARY_PATCH = "temporaryPatch";
  public static final String CONFIRMED = "confirmed";
  public static final String SATISFACTION = "satisfaction";

  private final VariableScope scope;

  private IncidentVariables(VariableScope scope) {
    this.scope = scope;
  }

  public static IncidentVariables of(VariableScope scope) {
    return new IncidentVariables(scope);
  }

  public String incidentNumber() {
    return string(INCIDENT_NUMBER);
  }

  public String summary() {
    return string(SUMMARY);
  }

  public String description() {
    return string(DESCRIPTION);
  }

  public String category() {
    return string(CATEGORY);
  }

  public String impact() {
    return string(IMPACT);
  }

  public String urgency() {
    return string(URGENCY);
  }

  public String reporter() {
    return string(REPORTER);
  }

  public String affectedCi() {
    return string(AFFECTED_CI);
  }

  public String initiator() {
    return string(INITIATOR);
  }

  public String alertGroup() {
    return string(ALERT_GROUP);
  }

  public String recurrenceOf() {
    return string(RECURRENCE_OF);
  }

  public String priority() {
    return string(PRIORITY);
  }

  public String tierBudget() {
    return string(TIER_BUDGET);
  }

  public String slaCalendar() {
    return string(SLA_CALENDAR);
  }

  public String resolutionTarget() {
    return string(RESOLUTION_TARGET);
  }

  public String responseTarget() {
    return string(RESPONSE_TARGET);
  }

  public String firstTier() {
    return string(FIRST_TIER);
  }

  public boolean major() {
    return flag(MAJOR);
  }

  public String currentTier() {
    return string(CURRENT_TIER);
  }

  public String resolvedTier() {
    return string(RESOLVED_TIER);
  }

  public int tierEntries() {
    return number(TIER_ENTRIES);
  }

  public int resolutionCount() {
    return number(RESOLUTION_COUNT);
  }

  public boolean resolvedAtFirstContact() {
    return flag(RESOLVED_AT_FIRST_CONTACT);
  }

  public String resolutionNotes() {
    return string(RESOLUTION_NOTES);
  }

  public Integer satisfaction() {
    Object value = scope.getVariable(SATISFACTION);
    return value instanceof Number n ? n.intValue() : null;
  }

  public IncidentVariables set(String name, Object value) {
    scope.setVariable(name, value);
    return this;
  }

  public IncidentVariables setTime(String name, java.time.Instant value) {
    scope.setVariable(name, value == null ? null : Date.from(value));
    return this;
  }

  private String string(String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }

  private boolean flag(String name) {
    return Boolean.TRUE.equals(scope.getVariable(name));
  }

  private int number(String name) {
    Object value = scope.getVariable(name);
    return value instanceof Number n ? n.intValue() : 0;
  }
}
