package io.opsflow.change;

import io.opsflow.identity.Roles;
import io.opsflow.platform.Inputs;
import io.opsflow.platform.process.ProcessStep;
import io.opsflow.platform.process.ProcessVariables;
import io.opsflow.platform.process.Variable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The change process's variables: their names (the RFC contract that forms, the model, the decisions
 * and the API use) and how each is read and written: {@code change.get(SUMMARY)},
 * {@code change.set(RISK, "high")}. Methods remain only for values derived from several variables.
 */
public final class ChangeVariables extends ProcessVariables<ChangeVariables> {

  // the RFC (start)
  public static final Variable<String> SUMMARY = Variable.text("summary");
  public static final Variable<String> DESCRIPTION = Variable.text("description");
  /** Declared by the requester at the start; the classification's result afterwards. */
  public static final Variable<String> CHANGE_TYPE = Variable.text("changeType");
  public static final Variable<List<String>> AFFECTED_CIS = Variable.textList("affectedCis");
  public static final Variable<Instant> PLANNED_START = Variable.time("plannedStart");
  public static final Variable<Instant> PLANNED_END = Variable.time("plannedEnd");
  public static final Variable<String> BACKOUT_PLAN = Variable.text("backoutPlan");
  public static final Variable<Boolean> TESTED = Variable.flag("tested");
  public static final Variable<Boolean> URGENT = Variable.flag("urgent");
  public static final Variable<String> BUSINESS_JUSTIFICATION = Variable.text("businessJustification");
  public static final Variable<String> PROBLEM_NUMBER = Variable.text("problemNumber");
  /** The service request whose standard change this is (message start only; no person's start names it). */
  public static final Variable<String> SERVICE_REQUEST_NUMBER = Variable.optionalText("serviceRequestNumber");
  /**
   * Whether the change is a service catalogue item's standard change, its procedure approved in
   * advance with the item (DMN ChangeClassification); false for every other change.
   */
  public static final Variable<Boolean> CATALOGUE_STANDARD = Variable.flag("catalogueStandard");
  public static final Variable<Boolean> SHIPS_SOFTWARE = Variable.flag("shipsSoftware");
  public static final Variable<String> REQUESTER = Variable.text("requester");
  // set by the process
  public static final Variable<String> CHANGE_NUMBER = Variable.text("changeNumber");
  public static final Variable<String> DECLARED_TYPE = Variable.text("declaredType");
  public static final Variable<Boolean> HAS_BACKOUT_PLAN = Variable.flag("hasBackoutPlan");
  public static final Variable<Boolean> RFC_COMPLETE = Variable.flag("rfcComplete");
  public static final Variable<String> AFFECTED_ITEMS = Variable.text("affectedItems");
  public static final Variable<List<String>> AFFECTED_CI_TYPES = Variable.textList("affectedCiTypes");
  public static final Variable<String> HIGHEST_CRITICALITY = Variable.text("highestCriticality");
  public static final Variable<Integer> IMPACTED_SERVICES = Variable.number("impactedServices");
  public static final Variable<String> IMPACTED_SERVICE_NAMES = Variable.text("impactedServiceNames");
  /** The row DMN ChangeClassification answered: changeType, risk, approvalPath. */
  @SuppressWarnings("rawtypes")
  public static final Variable<Map> CLASSIFICATION = Variable.value("classification", Map.class);
  public static final Variable<String> RISK = Variable.text("risk");
  public static final Variable<String> APPROVAL_PATH = Variable.text("approvalPath");
  public static final Variable<String> CAB_VOTE_DEADLINE = Variable.text("cabVoteDeadline");
  public static final Variable<String> ECAB_VOTE_DEADLINE = Variable.text("ecabVoteDeadline");
  public static final Variable<List<String>> APPROVER_GROUPS_OF_TYPE = Variable.textList("approverGroupsOfType");
  public static final Variable<List<String>> CAB_APPROVERS = Variable.textList("cabApprovers");
  public static final Variable<String> APPROVER_GROUP = Variable.text("approverGroup");
  public static final Variable<String> VOTING_RULE = Variable.text("votingRule");
  public static final Variable<Boolean> CAB_DECIDED = Variable.flag("cabDecided");
  public static final Variable<Boolean> CAB_APPROVED = Variable.flag("cabApproved");
  /** The votes cast so far, one line each, for the forms. */
  public static final Variable<String> CAB_VOTES = Variable.text("cabVotes");
  /** When the booked window opens: a normal change waits for it before it is carried out. */
  public static final Variable<Instant> WINDOW_OPENS = Variable.time("windowOpens");
  /** Who carried out the change (the CMDB's audit names them). */
  public static final Variable<String> IMPLEMENTER = Variable.text("implementer");
  public static final Variable<String> RELEASE_NUMBER = Variable.text("releaseNumber");
  public static final Variable<String> RELEASE_VERSION = Variable.text("releaseVersion");
  public static final Variable<String> RELEASE_OUTCOME = Variable.text("releaseOutcome");
  public static final Variable<Boolean> CHANGE_SUCCESSFUL = Variable.flag("changeSuccessful");
  public static final Variable<String> INCIDENT_NUMBER = Variable.text("incidentNumber");
  // set by people completing tasks
  public static final Variable<String> ASSESSMENT = Variable.text("assessment");
  /** The change owner's implementation plan (制定实施计划); the recovery plan is the {@link #BACKOUT_PLAN} they revise. */
  public static final Variable<String> IMPLEMENTATION_PLAN = Variable.text("implementationPlan");
  public static final Variable<Boolean> APPROVED = Variable.flag("approved");
  public static final Variable<String> COMMENT = Variable.text("comment");
  public static final Variable<String> DECISION_NOTE = Variable.text("decisionNote");
  /** The people the change manager assigns the change to (将变更分派到技术人员), as typed on the form. */
  public static final Variable<List<String>> IMPLEMENTERS = Variable.textList("implementers");
  /** The named implementers as a list: the implementation and backout go to them, assigned to the first. */
  public static final Variable<List<String>> ASSIGNED_IMPLEMENTERS = Variable.textList("assignedImplementers");
  /** The groups offered the implementation when nobody is named: the change implementers; none once people are named. */
  public static final Variable<List<String>> IMPLEMENTER_GROUPS = Variable.textList("implementerGroups");
  public static final Variable<String> BUILD_NOTES = Variable.text("buildNotes");
  /** What a large or critical emergency change was tested with, and the result. */
  public static final Variable<String> TEST_NOTES = Variable.text("testNotes");
  public static final Variable<Boolean> GO = Variable.flag("go");
  public static final Variable<String> GO_NO_GO_NOTE = Variable.text("goNoGoNote");
  public static final Variable<String> IMPLEMENTATION_NOTES = Variable.text("implementationNotes");
  /** Typed lines or a JSON list of rows, as handed over: read them with {@link #ciChanges()}. */
  public static final Variable<Object> CI_CHANGES = Variable.value("ciChanges", Object.class);
  public static final Variable<Boolean> VERIFIED = Variable.flag("verified");
  public static final Variable<String> VERIFICATION_NOTES = Variable.text("verificationNotes");
  public static final Variable<Boolean> BACKOUT_SUCCEEDED = Variable.flag("backoutSucceeded");
  public static final Variable<String> BACKOUT_NOTES = Variable.text("backoutNotes");
  public static final Variable<String> REVIEW_NOTES = Variable.text("reviewNotes");
  /** "Knowledge article needed?": answered for every change, in its review or, for a standard change that succeeded, in the knowledge decision. */
  public static final Variable<Boolean> KNOWLEDGE_ARTICLE_NEEDED = Variable.flag("knowledgeArticleNeeded");

  /** Camunda's count of the CAB members asked to vote (the vote's multi-instance). */
  static final Variable<Integer> CAB_MEMBERS = Variable.count("nrOfInstances");

  /** The RFC's contract: what a start may carry. */
  public static final Set<String> START = Variable.names(SUMMARY, DESCRIPTION, CHANGE_TYPE, AFFECTED_CIS, PLANNED_START,
      PLANNED_END, BACKOUT_PLAN, TESTED, URGENT, BUSINESS_JUSTIFICATION, PROBLEM_NUMBER, SHIPS_SOFTWARE);

  private ChangeVariables(VariableScope scope) {
    super(scope);
  }

  public static ChangeVariables of(VariableScope scope) {
    return new ChangeVariables(scope);
  }

  /** The RFC as it stands now (its type as declared), for the ticket. */
  ChangeRecords.Rfc rfc() {
    return new ChangeRecords.Rfc(get(SUMMARY), get(DESCRIPTION), get(REQUESTER), get(PROBLEM_NUMBER), get(DECLARED_TYPE),
        get(URGENT), get(TESTED), get(BACKOUT_PLAN), get(BUSINESS_JUSTIFICATION));
  }

  /** The row DMN ChangeClassification answered: the change's type, risk and approval path. */
  @SuppressWarnings("unchecked")
  ChangeRecords.Classification classification() {
    Map<String, Object> row = get(CLASSIFICATION);
    return new ChangeRecords.Classification(CHANGE_TYPE.from(row), RISK.from(row), APPROVAL_PATH.from(row));
  }

  /**
   * Who carries out the change and runs its backout: the people named (as a list, the first gets the
   * task) or, when nobody is named, the change implementers.
   */
  ChangeVariables assignTo(List<String> people) {
    return set(ASSIGNED_IMPLEMENTERS, new ArrayList<>(people))
        .set(IMPLEMENTER_GROUPS, new ArrayList<>(people.isEmpty() ? List.of(Roles.CHANGE_IMPLEMENTER) : List.of()));
  }

  /** Whether the RFC says how to undo the change. */
  boolean hasBackoutPlan() {
    return get(BACKOUT_PLAN) != null && !get(BACKOUT_PLAN).isBlank();
  }

  /**
   * The configuration changes the implementer recorded, one per changed attribute: typed on the form
   * as lines {@code crm-db: version = 15.8}, or handed over as a JSON list of
   * {@code {"ci": "crm-db", "attribute": "version", "value": "15.8"}}. Refuses (400 naming
   * {@code ciChanges}) what is neither.
   */
  public List<CiChange> ciChanges() {
    return ciChanges(scope().getVariables());
  }

  static List<CiChange> ciChanges(Map<String, Object> variables) {
    List<CiChange> changes = new ArrayList<>();
    if (variables.get(CI_CHANGES.name()) instanceof String text && !text.strip().startsWith("[")) {
      String[] lines = text.split("\\R");
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].isBlank()) {
          continue;
        }
        Matcher line = CI_CHANGE_LINE.matcher(lines[i]);
        if (!line.matches()) {
          throw Inputs.refuse(CI_CHANGES.name(), "line " + (i + 1) + " '" + lines[i].strip()
              + "' is not 'item: attribute = new value', e.g. crm-db: version = 15.8");
        }
        changes.add(new CiChange(line.group(1), line.group(2), line.group(3)));
      }
      return changes;
    }
    for (Map<String, Object> entry : Inputs.objectList(variables, CI_CHANGES.name())) {
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

  private static String text(Object value) {
    return value == null ? null : value.toString().strip();
  }

  /** A delegate of the process, given its variables instead of the raw execution. */
  public interface Step extends ProcessStep<ChangeVariables> {

    @Override
    default ChangeVariables variables(DelegateExecution execution) {
      return of(execution);
    }
  }
}
