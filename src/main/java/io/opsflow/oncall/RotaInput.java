package io.opsflow.oncall;

import io.opsflow.identity.Roles;
import io.opsflow.platform.Inputs;
import io.opsflow.platform.Times;
import io.opsflow.sla.BusinessHours;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * The rules a rota written through the API meets, each refusal naming the field at fault
 * ({@code shifts[3].endsAt}): a team that is a support group, shifts that follow one another
 * without overlap or gap (a period nobody covers is a shift "uncovered on purpose", without a
 * member), members who are users of the team's group, and a period that begins and ends where the
 * stored shifts around it do.
 */
@Component
record RotaInput(IdentityService identity, OnCallRota rota, BusinessHours hours) {

  /** A rota is written for at most this long at once. */
  static final Duration LONGEST_PERIOD = Duration.ofDays(366);
  static final int MOST_SHIFTS = 2000;

  /** A rota as the ops-admin writes it: the team's shifts of a period, and optionally its escalation list. */
  record Rota(String team, List<ShiftEntry> shifts, List<String> escalation) {
  }

  /** One shift as written: times with their offset ({@code 2026-12-07T09:00+08:00}). */
  record ShiftEntry(String member, String startsAt, String endsAt, Boolean uncoveredOnPurpose) {
  }

  /** The team named: a role group (support groups and any other) people are members of. */
  String team(String team) {
    if (team == null || team.isBlank()) {
      throw Inputs.refuse("team", "is required: the group whose rota it is, such as " + Roles.SUPPORT_L1);
    }
    String id = team.strip();
    if (!isTeam(id)) {
      throw Inputs.refuse("team", "is no team: " + id);
    }
    return id;
  }

  /** A group that can be a team on duty: a role group of the staff (not requesters, not monitoring). */
  static boolean isTeam(String group) {
    return Roles.byGroup(group).isPresent() && !Roles.REQUESTER.equals(group) && !Roles.MONITORING.equals(group);
  }

  /** The shifts, checked, in the order of their start. */
  List<OnCallRota.Shift> shifts(String team, Rota body) {
    List<ShiftEntry> entries = body.shifts();
    if (entries == null || entries.isEmpty()) {
      throw Inputs.refuse("shifts", "must name at least one shift");
    }
    if (entries.size() > MOST_SHIFTS) {
      throw Inputs.refuse("shifts", "may name at most " + MOST_SHIFTS + " shifts at once");
    }
    List<OnCallRota.Shift> shifts = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      shifts.add(shift(team, "shifts[" + i + "]", entries.get(i)));
    }
    List<Integer> order = IntStream.range(0, shifts.size()).boxed()
        .sorted(Comparator.comparing(i -> shifts.get(i).startsAt())).toList();
    for (int k = 1; k < order.size(); k++) {
      int before = order.get(k - 1);
      int after = order.get(k);
      OnCallRota.Shift a = shifts.get(before);
      OnCallRota.Shift b = shifts.get(after);
      if (b.startsAt().isBefore(a.endsAt())) {
        throw Inputs.refuse("shifts[" + before + "].endsAt", "overlaps shifts[" + after + "], which starts at "
            + Times.shown(b.startsAt(), hours.zone()));
      }
      if (b.startsAt().isAfter(a.endsAt())) {
        throw Inputs.refuse("shifts[" + after + "].startsAt", "leaves a gap after shifts[" + before + "] ("
            + Times.window(a.endsAt(), b.startsAt(), hours.zone())
            + "): cover it, or write it as a shift uncovered on purpose (\"uncoveredOnPurpose\": true, no member)");
      }
    }
    OnCallRota.Shift first = shifts.get(order.get(0));
    OnCallRota.Shift last = shifts.get(order.get(order.size() - 1));
    if (Duration.between(first.startsAt(), last.endsAt()).compareTo(LONGEST_PERIOD) > 0) {
      throw Inputs.refuse("shifts", "may span at most " + LONGEST_PERIOD.toDays() + " days at once");
    }
    rota.across(team, first.startsAt()).ifPresent(stored -> {
      throw Inputs.refuse("shifts[" + order.get(0) + "].startsAt", "falls inside the stored shift "
          + Times.window(stored.startsAt(), stored.endsAt(), hours.zone()) + ": begin the period where a shift ends");
    });
    rota.across(team, last.endsAt()).ifPresent(stored -> {
      throw Inputs.refuse("shifts[" + order.get(order.size() - 1) + "].endsAt", "falls inside the stored shift "
          + Times.window(stored.startsAt(), stored.endsAt(), hours.zone()) + ": end the period where a shift begins");
    });
    return order.stream().map(shifts::get).toList();
  }

  private OnCallRota.Shift shift(String team, String field, ShiftEntry entry) {
    if (entry == null) {
      throw Inputs.refuse(field, "is required");
    }
    Map<String, Object> times = new HashMap<>();
    times.put(field + ".startsAt", entry.startsAt());
    times.put(field + ".endsAt", entry.endsAt());
    Instant start = Times.required(times, field + ".startsAt");
    Instant end = Times.required(times, field + ".endsAt");
    Times.ordered(start, field + ".startsAt", end, field + ".endsAt");
    if (Duration.between(start, end).compareTo(HandoverInputRules.LONGEST_SHIFT) > 0) {
      throw Inputs.refuse(field + ".endsAt", "lies more than " + HandoverInputRules.LONGEST_SHIFT.toDays()
          + " days after its start: a shift lasts at most a week (split it)");
    }
    boolean uncovered = Boolean.TRUE.equals(entry.uncoveredOnPurpose());
    if (uncovered) {
      if (entry.member() != null && !entry.member().isBlank()) {
        throw Inputs.refuse(field + ".member", "must be left out of a shift uncovered on purpose");
      }
      return new OnCallRota.Shift(null, team, null, start, end, true, null);
    }
    return new OnCallRota.Shift(null, team, member(team, field + ".member", entry.member()), start, end, false, null);
  }

  /** A user of the team's group. */
  String member(String team, String field, String member) {
    String id = user(field, member);
    if (identity.createUserQuery().userId(id).memberOfGroup(team).count() == 0) {
      throw Inputs.refuse(field, "is not in team " + team + ": " + id);
    }
    return id;
  }

  /** A known user. */
  String user(String field, String user) {
    if (user == null || user.isBlank()) {
      throw Inputs.refuse(field, "is required: the user id of a person");
    }
    String id = user.strip();
    if (identity.createUserQuery().userId(id).count() == 0) {
      throw Inputs.refuse(field, "is no user: " + id);
    }
    return id;
  }

  /** The escalation list: known users, each once; null when not given (the stored list stays). */
  List<String> escalation(List<String> escalation) {
    if (escalation == null) {
      return null;
    }
    List<String> users = new ArrayList<>();
    for (int i = 0; i < escalation.size(); i++) {
      String user = user("escalation[" + i + "]", escalation.get(i));
      if (users.contains(user)) {
        throw Inputs.refuse("escalation[" + i + "]", "names " + user + " a second time");
      }
      users.add(user);
    }
    return users;
  }
}
