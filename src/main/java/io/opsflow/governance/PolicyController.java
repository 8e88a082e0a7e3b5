package io.opsflow.governance;

import io.opsflow.identity.Roles;
import io.opsflow.platform.BadRequestException;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The policies in force (发布: readable by everyone logged in): {@code GET /api/policies} lists them,
 * optionally only those applying to one role group ({@code ?group=}); {@code GET /api/policies/{number}}
 * reads one with its text, its temporary deviations in force (approved, not expired) and, for the
 * process owners and operations administrators, who has acknowledged the version in force and who
 * has not; anyone else learns only their own acknowledgement. A malformed number or group is 400 naming it; a number never published, or
 * retired, is 404.
 */
@RestController
record PolicyController(PolicyRecords records, IdentityService identity) {

  /** A policy in the list. */
  record Listed(String policyNumber, String title, int version, Instant effectiveFrom, List<String> affectedGroups,
      String publishedBy, Instant publishedAt, Instant nextEvaluationAt) {
  }

  /**
   * A policy read whole; {@code acknowledgements} (everyone asked, with when they acknowledged) only
   * for its managers, {@code myAcknowledgement} for a reader asked to acknowledge it.
   */
  record Read(String policyNumber, String title, int version, String goalsAndScope, String policyText,
      String references, Instant effectiveFrom, List<String> affectedGroups, String publishedBy, Instant publishedAt,
      Instant nextEvaluationAt, String lastEvaluation, List<PolicyRecords.Deviation> deviations, Integer acknowledged,
      Integer pending, List<PolicyRecords.Acknowledgement> acknowledgements,
      PolicyRecords.Acknowledgement myAcknowledgement) {
  }

  @GetMapping("/api/policies")
  List<Listed> list(@RequestParam(required = false) String group) {
    if (group != null && Roles.byGroup(group.strip()).isEmpty()) {
      throw new BadRequestException("group", "names no role group: " + group);
    }
    return records.inForce().stream().filter(p -> group == null || p.affectedGroups().contains(group.strip()))
        .map(p -> new Listed(p.policyNumber(), p.title(), p.version(), p.effectiveFrom(), p.affectedGroups(),
            p.publishedBy(), p.publishedAt(), p.nextEvaluationAt()))
        .toList();
  }

  @GetMapping("/api/policies/{number}")
  Read read(@PathVariable String number) {
    if (!number.matches(PolicyRevisionIds.PREFIX + "-\\d{4}-\\d{6}")) {
      throw new BadRequestException("number", "must be a policy number such as POL-2026-000001, not '" + number + "'");
    }
    PolicyRecords.Policy policy = records.find(number).filter(p -> p.retiredAt() == null)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no policy in force " + number));
    List<PolicyRecords.Acknowledgement> all = records.acknowledgements(number, policy.version());
    Authentication caller = identity.getCurrentAuthentication();
    boolean manager = caller != null && Roles.anyOf(caller.getGroupIds(), Roles.POLICY_MANAGERS);
    PolicyRecords.Acknowledgement mine = caller == null ? null
        : all.stream().filter(a -> a.userId().equals(caller.getUserId())).findFirst().orElse(null);
    int done = (int) all.stream().filter(a -> a.acknowledgedAt() != null).count();
    return new Read(policy.policyNumber(), policy.title(), policy.version(), policy.goalsAndScope(),
        policy.policyText(), policy.references(), policy.effectiveFrom(), policy.affectedGroups(),
        policy.publishedBy(), policy.publishedAt(), policy.nextEvaluationAt(), policy.lastEvaluation(),
        records.deviationsInForce(number), manager ? done : null, manager ? all.size() - done : null,
        manager ? all : null, mine);
  }
}
