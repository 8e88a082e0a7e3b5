package io.opsflow.change;

import io.opsflow.platform.Inputs;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The change process's variables: names (the RFC contract) and typed access. */
public final class ChangeVariables {

  // the RFC (start)
  public static final String SUMMARY = "summary";
  public static final String DESCRIPTION = "description";
  /** Declared by the requester at the start; the classification's result afterwards. */
  public static final String CHANGE_TYPE = "changeType";
  public static final String AFFECTED_CIS = "affectedCis";
  public static final String PLANNED_START = "plannedStart";
  public static final String PLANNED_END = "plannedEnd";
  public static final String BACKOUT_PLAN = "backoutPlan";
  public static final String TESTED = "tested";
  public static final String URGENT = "urgent";
  public static final String BUSINESS_JUSTIFICATION = "businessJustification";
  public static final String PROBLEM_NUMBER = "problemNumber";
  public static final String SHIPS_SOFTWARE = "shipsSoftware";
  public static final String REQUESTER = "requester";
  // set by the process
  public static final String CHANGE_NUMBER = "changeNumber";
  public static final String DECLARED_TYPE = "declaredType";
  public static final String HAS_BACKOUT_PLAN = "hasBackoutPlan";
  public static final String RFC_COMPLETE = "rfcComplete";
  public static final String AFFECTED_ITEMS = "affectedItems";
  public static final String AFFECTED_CI_TYPES = "affectedCiTypes";
  public static final String HIGHEST_CRITICALITY = "highestCriticality";
  public static final String IMPACTED_SERVICES = "impactedServices";
  public static final String IMPACTED_SERVICE_NAMES = "impactedServiceNames";
  /** The row DMN ChangeClassification answered: changeType, risk, approvalPath. */
  public static final String CLASSIFICATION = "classification";
  public static final String RISK = "risk";
  public static final String APPROVAL_PATH = "approvalPath";
  public static final String CAB_VOTE_DEADLINE = "cabVoteDeadline";
  public static final String ECAB_VOTE_DEADLINE = "ecabVoteDeadline";
  public static final String APPROVER_GROUPS_OF_TYPE = "approverGroupsOfType";
  public static final String CAB_APPROVERS = "cabApprovers";
  public static final String APPROVER_GROUP = "approverGroup";
  public static final String VOTING_RULE = "votingRule";
  public static final String CAB_DECIDED = "cabDecided";
  public static final String CAB_APPROVED = "cabApproved";
  /** The votes cast so far, one line each, for the forms. */
  public static final String CAB_VOTES = "cabVotes";
  /** When the booked window opens: a normal change waits for it before it is carried out. */
  public static final String WINDOW_OPENS = "windowOpens";
  /** Who carried out the change (the CMDB's audit names them). */
  public static final String IMPLEMENTER = "implementer";
  public static final String RELEASE_NUMBER = "releaseNumber";
  public static final String RELEASE_VERSION = "releaseVersion";
  public static final String RELEASE_OUTCOME = "releaseOutcome";
  public static final String CHANGE_SUCCESSFUL = "changeSuccessful";
  public static final String INCIDENT_NUMBER = "incidentNumber";
  // set by people completing tasks
  public static final String ASSESSMENT = "assessment";
  public static final String APPROVED = "approved";
  public static final String COMMENT = "comment";
  public static final String DECISION_NOTE = "decisionNote";
  public static final String BUILD_NOTES = "buildNotes";
  public static final String GO = "go";
  public static final String GO_NO_GO_NOTE = "goNoGoNote";
  public static final String IMPLEMENTATION_NOTES = "implementationNotes";
  public static final String CI_CHANGES = "ciChanges";
  public static final String VERIFIED = "verified";
  public static final String VERIFICATION_NOTES = "verificationNotes";
  public static final String BACKOUT_SUCCEEDED = "backoutSucceeded";
  public static final String BACKOUT_NOTES = "backoutNotes";
  public static final String REVIEW_NOTES = "reviewNotes";
  public static final String KNOWLEDGE_ARTICLE_NEEDED = "knowledgeArticleNeeded";

  private final VariableScope scope;

  private ChangeVariables(VariableScope scope) {
    this.scope = scope;
  }

  public static ChangeVariables of(VariableScope scope) {
    return new ChangeVariables(scope);
  }

  public String changeNumber() {
    return string(CHANGE_NUMBER);
  }

  public String summary() {
    return string(SUMMARY);
  }

  public String description() {
    return string(DESCRIPTION);
  }

  public String changeType() {
    return string(CHANGE_TYPE);
  }

  public String declaredType() {
    return string(DECLARED_TYPE);
  }

  public List<String> affectedCis() {
    return Inputs.textList(scope.getVariables(), AFFECTED_CIS);
  }

  public Instant plannedStart() {
    return Inputs.instant(scope.getVariables(), PLANNED_START);
  }

  public Instant plannedEnd() {
    return Inputs.instant(scope.getVariables(), PLANNED_END);
  }

  public String backoutPlan() {
    return string(BACKOUT_PLAN);
  }

  public boolean tested() {
    return flag(TESTED);
  }

  public boolean urgent() {
    return flag(URGENT);
  }

  public String businessJustification() {
    return string(BUSINESS_JUSTIFICATION);
  }

  public String problemNumber() {
    return string(PROBLEM_NUMBER);
  }

  public String requester() {
    return string(REQUESTER);
  }

  public String risk() {
    return string(RISK);
  }

  public String approvalPath() {
    return string(APPROVAL_PATH);
  }

  public String highestCriticality() {
    return string(HIGHEST_CRITICALITY);
  }

  public Integer impactedServices() {
    return scope.getVariable(IMPACTED_SERVICES) instanceof Number n ? n.intValue() : null;
  }

  public String impactedServiceNames() {
    return string(IMPACTED_SERVICE_NAMES);
  }

  public String votingRule() {
    return string(VOTING_RULE);
  }

  public boolean cabApproved() {
    return flag(CAB_APPROVED);
  }

  public List<String> cabApprovers() {
    return Inputs.textList(scope.getVariables(), CAB_APPROVERS);
  }

  public String decisionNote() {
    return string(DECISION_NOTE);
  }

  public String implementationNotes() {
    return string(IMPLEMENTATION_NOTES);
  }

  public String verificationNotes() {
    return string(VERIFICATION_NOTES);
  }

  public String backoutNotes() {
    return string(BACKOUT_NOTES);
  }

  public boolean backoutSucceeded() {
    return flag(BACKOUT_SUCCEEDED);
  }

  public String releaseNumber() {
    return string(RELEASE_NUMBER);
  }

  public String implementer() {
    return string(IMPLEMENTER);
  }

  public String releaseOutcome() {
    return string(RELEASE_OUTCOME);
  }

  public String incidentNumber() {
    return string(INCIDENT_NUMBER);
  }

  public boolean changeSuccessful() {
    return flag(CHANGE_SUCCESSFUL);
  }

  public String reviewNotes() {
    return string(REVIEW_NOTES);
  }

  /**
   * The configuration changes the implementer recorded, one per changed attribute: typed on the form
   * as lines {@code crm-db: version = 15.8}, or handed over as a JSON list of
   * {@code {"ci": "crm-db", "attribute": "version", "value": "15.8"}}. Refuses (400 naming
   * {@code ciChanges}) what is neither.
   */
  public List<CiChange> ciChanges() {
    return ciChanges(scope.getVariables());
  }

  static List<CiChange> ciChanges(Map<String, Object> variables) {
    List<CiChange> changes = new ArrayList<>();
    if (variables.get(CI_CHANGES) instanceof String text && !text.strip().startsWith("[")) {
      String[] lines = text.split("\\R");
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].isBlank()) {
          continue;
        }
        Matcher line = CI_CHANGE_LINE.matcher(lines[i]);
        if (!line.matches()) {
          throw Inputs.refuse(CI_CHANGES, "line " + (i + 1) + " '" + lines[i].strip()
              + "' is not 'item: attribute = new value', e.g. crm-db: version = 15.8");
        }
        changes.add(new CiChange(line.group(1), line.group(2), line.group(3)));
      }
      return changes;
    }
    for (Map<String, Object> entry : Inputs.objectList(variables, CI_CHANGES)) {
      if (entry.values().stream().allMatch(v -> v == null || v.toString().isBlank())) {
        continue; // an empty row
      }
      changes.add(new CiChange(text(entry.get("ci")), text(entry.get("attribute")), text(entry.get("value"))));
    }
    return changes;
  }

  private static final Pattern CI_CHANGE_LINE = Pattern.compile("\\s*([^:\\s]+)\\s*:\\s*([^=]+?)\\s*=\\s*(.*?)\\s*");

  /** One recorded configuration change: an attribute of an item and its new value. */
  public record CiChange(String ci, String attribute, String value) {
  }

  public ChangeVariables set(String name, Object value) {
    scope.setVariable(name, value);
    return this;
  }

  private boolean flag(String name) {
    return Boolean.TRUE.equals(scope.getVariable(name));
  }

  private String string(String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }

  private static String text(Object value) {
    return value == null ? null : value.toString().strip();
  }
}
