package io.opsflow.oncall;

import io.opsflow.identity.Roles;
import io.opsflow.platform.Inputs;
import io.opsflow.platform.process.EngineClock;
import io.opsflow.platform.web.WrittenBy;
import io.opsflow.sla.BusinessHours;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The on-call rota's API (值班表): who is on duty now, a team's rota read by the staff and written
 * by the operations administrators, a person taking over another's shift (recorded with who
 * agreed), a person's shifts as an iCalendar feed, and a page acknowledged.
 */
@RestController
class OnCallController {

  /** Who is on duty for the team at the moment asked: nobody when the moment is uncovered. */
  record OnDuty(String team, Instant at, String member, OnCallRota.Shift shift) {
  }

  /** A team's rota of a period, times as instants; the zone shifts are planned in. */
  record Rota(String team, String zone, Instant from, Instant to, List<OnCallRota.Shift> shifts,
      List<String> escalation) {
  }

  /** One person taking over a shift: {@code member} takes it, {@code agreedBy} agreed. */
  record SwapRequest(String shiftId, String member, String agreedBy) {
  }

  /** How far back and ahead a rota is read when the period is not given, and the calendar feed reaches. */
  static final Duration BACK = Duration.ofDays(7);
  static final Duration AHEAD = Duration.ofDays(28);
  static final Duration FEED_BACK = Duration.ofDays(30);
  static final Duration FEED_AHEAD = Duration.ofDays(90);

  private final OnCallRota rota;
  private final RotaInput input;
  private final IdentityService identity;
  private final BusinessHours hours;
  private final RuntimeService runtime;

  OnCallController(OnCallRota rota, RotaInput input, IdentityService identity, BusinessHours hours,
      RuntimeService runtime) {
    this.rota = rota;
    this.input = input;
    this.identity = identity;
    this.hours = hours;
    this.runtime = runtime;
  }

  @GetMapping("/api/oncall/now")
  OnDuty now(@RequestParam(required = false) String team, @RequestParam(required = false) String at) {
    staffOnly();
    String id = input.team(team);
    Instant moment = at == null ? EngineClock.now() : instant("at", at);
    OnCallRota.Shift shift = rota.at(id, moment).orElse(null);
    return new OnDuty(id, moment, shift == null ? null : shift.member(), shift);
  }

  @GetMapping("/api/oncall/rota")
  Rota read(@RequestParam(required = false) String team, @RequestParam(required = false) String from,
      @RequestParam(required = false) String to) {
    staffOnly();
    String id = input.team(team);
    Instant now = EngineClock.now();
    Instant start = from == null ? now.minus(BACK) : instant("from", from);
    Instant end = to == null ? now.plus(AHEAD) : instant("to", to);
    if (!end.isAfter(start)) {
      throw Inputs.refuse("to", "must be after from");
    }
    if (Duration.between(start, end).compareTo(RotaInput.LONGEST_PERIOD) > 0) {
      throw Inputs.refuse("to", "may be at most " + RotaInput.LONGEST_PERIOD.toDays() + " days after from");
    }
    return new Rota(id, hours.zone().getId(), start, end, rota.shifts(id, start, end), rota.escalation(id));
  }

  /**
   * Replaces the team's shifts from the first given shift's start to the last one's end (and its
   * escalation list, when given), one write per team at a time; answers the rota of that period as stored.
   */
  @PutMapping("/api/oncall/rota")
  @WrittenBy(Roles.Writers.ROTA)
  @Transactional
  Rota write(@RequestBody RotaInput.Rota body) {
    if (body == null) {
      throw Inputs.refuse("team", "is required");
    }
    String team = input.team(body.team());
    rota.lockTeam(team); // one write of the team's rota at a time: the checks below see what the one before stored
    List<OnCallRota.Shift> shifts = input.shifts(team, body);
    List<String> escalation = input.escalation(body.escalation());
    List<OnCallRota.Shift> stored = rota.replace(team, shifts, EngineClock.now());
    if (escalation != null) {
      rota.setEscalation(team, escalation);
    }
    return new Rota(team, hours.zone().getId(), stored.get(0).startsAt(), stored.get(stored.size() - 1).endsAt(),
        stored, rota.escalation(team));
  }

  /**
   * A person takes over a shift not yet over: the person taking it records it with the agreement
   * of the one whose shift it is, or an operations administrator records it (an override) naming
   * who agreed.
   */
  @PostMapping("/api/oncall/swaps")
  @Transactional
  ResponseEntity<OnCallRota.Swap> swap(@RequestBody SwapRequest body) {
    Authentication caller = identity.getCurrentAuthentication();
    boolean admin = Roles.anyOf(caller.getGroupIds(), Roles.ONCALL_ADMINS);
    if (body == null || body.shiftId() == null || body.shiftId().isBlank()) {
      throw Inputs.refuse("shiftId", "is required");
    }
    if (!admin && !caller.getUserId().equals(body.member())) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN,
          "only the person taking the shift, or an operations administrator, records a swap");
    }
    Instant now = EngineClock.now();
    OnCallRota.Shift shift = rota.find(body.shiftId().strip())
        .orElseThrow(() -> Inputs.refuse("shiftId", "is no shift: " + body.shiftId()));
    if (!shift.endsAt().isAfter(now)) {
      throw Inputs.refuse("shiftId", "is over: a past shift is not swapped");
    }
    if (shift.uncoveredOnPurpose()) {
      throw Inputs.refuse("shiftId", "is uncovered on purpose: write the rota again to cover it");
    }
    String member = input.member(shift.team(), "member", body.member());
    if (member.equals(shift.member())) {
      throw Inputs.refuse("member", "is on this shift already: " + member);
    }
    String agreedBy = input.user("agreedBy", body.agreedBy());
    if (!admin && !agreedBy.equals(shift.member())) {
      throw Inputs.refuse("agreedBy", "must be " + shift.member() + ", whose shift it is");
    }
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(rota.swap(shift, member, agreedBy, caller.getUserId(), now));
  }

  /**
   * The person's shifts from a month back to three months ahead as an iCalendar feed (RFC 5545) a
   * calendar subscribes to: people read their own, the operations administrators anyone's.
   */
  @GetMapping(value = "/api/oncall/rota.ics")
  ResponseEntity<String> calendar(@RequestParam(required = false) String user) {
    Authentication caller = identity.getCurrentAuthentication();
    String whose = user == null || user.isBlank() ? caller.getUserId() : user.strip();
    if (!whose.equals(caller.getUserId()) && !Roles.anyOf(caller.getGroupIds(), Roles.ONCALL_ADMINS)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN,
          "people read their own shifts; only operations administrators read anyone's");
    }
    Instant now = EngineClock.now();
    String body = RotaCalendar.of(rota.shiftsOf(whose, now.minus(FEED_BACK), now.plus(FEED_AHEAD)), now);
    return ResponseEntity.ok().contentType(new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8))
        .header("Content-Disposition", "inline; filename=\"oncall-" + whose + ".ics\"").body(body);
  }

  /**
   * Acknowledges the incident's waiting page: the person paged, anyone of the paged team, an
   * incident manager or an operations administrator; 404 when no page of the incident waits.
   */
  @PostMapping("/api/oncall/pages/{incidentNumber}/ack")
  Map<String, Object> acknowledge(@PathVariable String incidentNumber) {
    Authentication caller = identity.getCurrentAuthentication();
    try {
      identity.clearAuthentication(); // the page is the engine's: the check below is the guard
      ProcessInstance page = runtime.createProcessInstanceQuery().processDefinitionKey(OnCallIds.PAGING)
          .variableValueEquals(PagingVariables.INCIDENT_NUMBER.name(), incidentNumber).activityIdIn(OnCallIds.AWAIT_ACKNOWLEDGEMENT)
          .singleResult();
      if (page == null) {
        throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no page of " + incidentNumber + " waits");
      }
      Map<String, Object> variables = runtime.getVariables(page.getId());
      boolean paged = caller.getUserId().equals(PagingVariables.PAGED_USER.from(variables));
      if (!paged && !caller.getGroupIds().contains(PagingVariables.TEAM.from(variables))
          && !Roles.anyOf(caller.getGroupIds(), PAGE_ACKNOWLEDGERS)) {
        throw new ResponseStatusException(HttpStatus.FORBIDDEN,
            "only the person paged, the paged team, incident managers and operations administrators acknowledge");
      }
      OnCallPageListener.acknowledge(runtime, incidentNumber, caller.getUserId());
    } finally {
      identity.setAuthentication(caller);
    }
    return Map.of("incidentNumber", incidentNumber, "acknowledgedBy", caller.getUserId());
  }

  /** Who acknowledges any page, besides the person paged and the paged team. */
  static final java.util.Set<String> PAGE_ACKNOWLEDGERS = java.util.Set.of(Roles.INCIDENT_MANAGER, Roles.OPS_ADMIN,
      Roles.ADMIN_GROUP);

  private void staffOnly() {
    Authentication caller = identity.getCurrentAuthentication();
    if (caller == null || !Roles.anyOf(caller.getGroupIds(), Roles.ONCALL_READERS)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "only the staff read the on-call rota");
    }
  }

  private static Instant instant(String field, String text) {
    Map<String, Object> value = new HashMap<>();
    value.put(field, text);
    return Inputs.instant(value, field);
  }
}
