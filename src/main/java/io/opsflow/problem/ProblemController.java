package io.opsflow.problem;

import io.opsflow.platform.web.IdempotentRequests;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import io.opsflow.identity.Roles;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
 * {@code POST /api/problems} records a proactive problem (the contract's start variables) and
 * answers once it is registered; {@code GET /api/problems/{number}} reads the ticket.
 */
@RestController
class ProblemController {

  record NewProblem(String summary, String description, String category, String affectedCi,
      List<String> incidentNumbers, String impact, String urgency) {
  }

  record Opened(String problemNumber, String processInstanceId) {
  }

  private final RuntimeService runtime;
  private final ProblemRecords records;
  private final IdentityService identity;
  private final IdempotentRequests idempotent;

  ProblemController(RuntimeService runtime, ProblemRecords records, IdentityService identity,
      IdempotentRequests idempotent) {
    this.runtime = runtime;
    this.records = records;
    this.identity = identity;
    this.idempotent = idempotent;
  }

  @PostMapping("/api/problems")
  @io.opsflow.platform.web.StartsProcess(ProblemIds.PROCESS)
  ResponseEntity<?> record(@RequestBody NewProblem problem,
      @RequestHeader(value = IdempotentRequests.HEADER, required = false) String idempotencyKey) {
    return idempotent.once(idempotencyKey, "/api/problems", problem, () -> recordOnce(problem));
  }

  private ResponseEntity<Opened> recordOnce(NewProblem problem) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(ProblemVariables.SUMMARY, problem.summary());
    variables.put(ProblemVariables.DESCRIPTION, problem.description());
    variables.put(ProblemVariables.CATEGORY, problem.category());
    variables.put(ProblemVariables.AFFECTED_CI, problem.affectedCi());
    variables.put(ProblemVariables.INCIDENT_NUMBERS, problem.incidentNumbers());
    variables.put(ProblemVariables.IMPACT, problem.impact());
    variables.put(ProblemVariables.URGENCY, problem.urgency());
    variables.values().removeIf(java.util.Objects::isNull);
    ProblemInput.checkStart(variables);
    // the registration runs in this call: the answer carries the number
    ProcessInstance instance = runtime.startProcessInstanceByKey(ProblemIds.PROCESS, variables);
    String number = (String) runtime.getVariable(instance.getId(), ProblemVariables.PROBLEM_NUMBER);
    return ResponseEntity.created(URI.create("/api/problems/" + number)).body(new Opened(number, instance.getId()));
  }

  /** The ticket for the roles that work problems; 404 for anyone else, as for an unknown number. */
  @GetMapping("/api/problems/{number}")
  ProblemRecords.Problem ticket(@PathVariable String number) {
    return records.find(number)
        .filter(problem -> Roles.anyOf(identity.getCurrentAuthentication().getGroupIds(), Roles.PROBLEM_READERS))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no problem " + number));
  }
}
