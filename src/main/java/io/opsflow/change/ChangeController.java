package io.opsflow.change;

import static io.opsflow.change.ChangeVariables.*;

import io.opsflow.identity.Roles;
import io.opsflow.platform.web.IdempotentRequests;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code POST /api/changes} submits an RFC (the contract's start variables) and answers with its
 * number once registered; {@code GET /api/changes/{number}} reads the ticket with its items, votes
 * and phases.
 */
@RestController
class ChangeController {

  /** The RFC's contract: what a start may carry. */
  static final Set<String> START_VARIABLES = Set.of(SUMMARY, DESCRIPTION, CHANGE_TYPE, AFFECTED_CIS, PLANNED_START,
      PLANNED_END, BACKOUT_PLAN, TESTED, URGENT, BUSINESS_JUSTIFICATION, PROBLEM_NUMBER, SHIPS_SOFTWARE);

  record NewChange(String summary, String description, String changeType, List<String> affectedCis,
      String plannedStart, String plannedEnd, String backoutPlan, Boolean tested, Boolean urgent,
      String businessJustification, String problemNumber, Boolean shipsSoftware) {
  }

  record Opened(String changeNumber, String processInstanceId) {
  }

  private final RuntimeService runtime;
  private final ChangeRecords records;
  private final ChangeInput input;
  private final IdentityService identity;
  private final IdempotentRequests idempotent;

  ChangeController(RuntimeService runtime, ChangeRecords records, ChangeInput input, IdentityService identity,
      IdempotentRequests idempotent) {
    this.runtime = runtime;
    this.records = records;
    this.input = input;
    this.identity = identity;
    this.idempotent = idempotent;
  }

  @PostMapping("/api/changes")
  @io.opsflow.platform.web.StartsProcess(ChangeIds.PROCESS)
  ResponseEntity<?> submit(@RequestBody NewChange rfc,
      @RequestHeader(value = IdempotentRequests.HEADER, required = false) String idempotencyKey) {
    return idempotent.once(idempotencyKey, "/api/changes", rfc, () -> submitOnce(rfc));
  }

  private ResponseEntity<Opened> submitOnce(NewChange rfc) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(SUMMARY, rfc.summary());
    variables.put(DESCRIPTION, rfc.description());
    variables.put(CHANGE_TYPE, rfc.changeType());
    variables.put(AFFECTED_CIS, rfc.affectedCis());
    variables.put(PLANNED_START, rfc.plannedStart());
    variables.put(PLANNED_END, rfc.plannedEnd());
    variables.put(BACKOUT_PLAN, rfc.backoutPlan());
    variables.put(TESTED, rfc.tested());
    variables.put(URGENT, rfc.urgent());
    variables.put(BUSINESS_JUSTIFICATION, rfc.businessJustification());
    variables.put(PROBLEM_NUMBER, rfc.problemNumber());
    variables.put(SHIPS_SOFTWARE, rfc.shipsSoftware());
    variables.values().removeIf(Objects::isNull);
    input.checkStart(variables); // 400 naming the field before anything is numbered
    // registered in this call: the answer carries the number (read from the start's result, which a
    // requester may see, unlike the running instance)
    ProcessInstanceWithVariables instance = runtime.createProcessInstanceByKey(ChangeIds.PROCESS).setVariables(variables)
        .executeWithVariablesInReturn();
    String number = (String) instance.getVariables().get(CHANGE_NUMBER);
    return ResponseEntity.created(URI.create("/api/changes/" + number)).body(new Opened(number, instance.getId()));
  }

  /** For its requester and the change roles; 404 for anyone else, as for an unknown number. */
  @GetMapping("/api/changes/{number}")
  ChangeRecords.Change change(@PathVariable String number) {
    Authentication user = identity.getCurrentAuthentication();
    return records.find(number)
        .filter(change -> Objects.equals(user.getUserId(), change.requester())
            || Roles.anyOf(user.getGroupIds(), Roles.CHANGE_READERS))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no change " + number));
  }
}
