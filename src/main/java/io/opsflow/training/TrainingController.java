package io.opsflow.training;

import io.opsflow.identity.Roles;
import io.opsflow.platform.BadRequestException;
import io.opsflow.platform.Inputs;
import io.opsflow.platform.process.EngineClock;
import io.opsflow.platform.web.WrittenBy;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The training API (培训): the yearly plans per role group, read by everyone logged in and written by
 * the operations administrators; a session's attendance, recorded by its trainer or an operations
 * administrator; an induction due when someone joins a group; each person's training records, read by
 * the person and by {@link Roles#TRAINING_MANAGERS}. A refusal names the field.
 */
@RestController
record TrainingController(TrainingRecords records, IdentityService identity) {

  record Created(long planId, List<TrainingRecords.Session> sessions) {
  }

  @GetMapping("/api/training/plans")
  List<TrainingRecords.Plan> plans(@RequestParam(required = false) Integer year,
      @RequestParam(required = false) String group) {
    return records.plans(year, group == null ? null : group(group));
  }

  /** {@code group} (a role group), {@code year}, {@code sessions}: each a {@code topic}, a {@code date} in the year, a {@code trainer}. */
  @PostMapping("/api/training/plans")
  @ResponseStatus(HttpStatus.CREATED)
  @WrittenBy(Roles.Writers.TRAINING_PLANS)
  Created plan(@RequestBody Map<String, Object> body) {
    String group = group(body.get("group") == null ? "" : body.get("group").toString());
    int year;
    try {
      year = Integer.parseInt(String.valueOf(body.get("year")).strip());
    } catch (NumberFormatException e) {
      throw new BadRequestException("year", "year must be a year such as 2027, not '" + body.get("year") + "'");
    }
    if (year < 2000 || year > 2100) {
      throw new BadRequestException("year", "year must be between 2000 and 2100, not " + year);
    }
    List<Map<String, Object>> given = Inputs.objectList(body, "sessions");
    if (given.isEmpty()) {
      throw new BadRequestException("sessions", "sessions must list at least one session");
    }
    List<TrainingRecords.Session> sessions = new ArrayList<>();
    for (int i = 0; i < given.size(); i++) {
      Map<String, Object> s = given.get(i);
      String field = "sessions[" + i + "].";
      Object topic = s.get("topic");
      if (topic == null || topic.toString().isBlank() || topic.toString().length() > 200) {
        throw new BadRequestException(field + "topic", field + "topic is required, at most 200 characters");
      }
      Inputs.requirePlain(field + "topic", topic.toString());
      LocalDate date;
      try {
        date = LocalDate.parse(String.valueOf(s.get("date")).strip());
      } catch (DateTimeParseException e) {
        throw new BadRequestException(field + "date", field + "date must be a date such as 2027-03-15");
      }
      if (date.getYear() != year) {
        throw new BadRequestException(field + "date", field + "date must be in " + year + ", not " + date);
      }
      Object trainer = s.get("trainer");
      if (trainer == null || trainer.toString().isBlank()) {
        throw new BadRequestException(field + "trainer", field + "trainer is required (a user)");
      }
      sessions.add(new TrainingRecords.Session(0, topic.toString().strip(), date,
          Inputs.knownUser(identity, field + "trainer", trainer.toString())));
    }
    if (records.planExists(group, year)) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, "the " + group + " group has a plan for " + year);
    }
    long planId = records.planned(group, year, identity.getCurrentAuthentication().getUserId(), EngineClock.now(),
        sessions);
    return new Created(planId, records.plans(year, group).get(0).sessions());
  }

  /** {@code attendees}: the users who attended; only the session's trainer or a plan writer records them. */
  @PostMapping("/api/training/sessions/{id}/attendance")
  List<TrainingRecords.Training> attended(@PathVariable long id, @RequestBody Map<String, Object> body) {
    TrainingRecords.SessionOfPlan session = records.session(id)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no training session " + id));
    Authentication caller = identity.getCurrentAuthentication();
    if (!caller.getUserId().equals(session.trainer())
        && !Roles.anyOf(caller.getGroupIds(), Roles.Writers.TRAINING_PLANS.groups())) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN,
          "only the session's trainer and operations administrators record attendance");
    }
    List<String> given = Inputs.textList(body, "attendees");
    if (given.isEmpty()) {
      throw new BadRequestException("attendees", "attendees must name at least one user");
    }
    List<String> attendees = new ArrayList<>();
    for (int i = 0; i < given.size(); i++) {
      attendees.add(Inputs.knownUser(identity, "attendees[" + i + "]", String.valueOf(given.get(i))));
    }
    records.attended(session, attendees, caller.getUserId(), EngineClock.now());
    return attendees.stream().flatMap(user -> records.of(user).stream()
        .filter(t -> TrainingRecords.SESSION.equals(t.source()) && t.reference().equals(String.valueOf(id)))).toList();
  }

  /**
   * {@code user} joined {@code group}: an induction is due until they attend one of the group's sessions.
   * Camunda tells nobody when a membership changes, so whoever adds the person to the group records it.
   */
  @PostMapping("/api/training/inductions")
  @ResponseStatus(HttpStatus.CREATED)
  @WrittenBy(Roles.Writers.TRAINING_PLANS)
  List<TrainingRecords.Training> inductionDue(@RequestBody Map<String, Object> body) {
    String user = Inputs.knownUser(identity, "user", body.get("user") == null ? "" : body.get("user").toString());
    String group = group(body.get("group") == null ? "" : body.get("group").toString());
    records.inductionDue(user, group, identity.getCurrentAuthentication().getUserId(), EngineClock.now());
    return records.of(user).stream().filter(t -> TrainingRecords.INDUCTION.equals(t.source())).toList();
  }

  /** A person's training records: their own (no {@code user}, or their id), anyone's for the managers. */
  @GetMapping("/api/training/records")
  List<TrainingRecords.Training> of(@RequestParam(required = false) String user) {
    Authentication caller = identity.getCurrentAuthentication();
    String whose = user == null || user.isBlank() ? caller.getUserId() : user.strip();
    if (!whose.equals(caller.getUserId()) && !Roles.anyOf(caller.getGroupIds(), Roles.TRAINING_MANAGERS)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "you read only your own training records");
    }
    return records.of(whose);
  }

  private static String group(String group) {
    if (Roles.byGroup(group.strip()).isEmpty()) {
      throw new BadRequestException("group", "group names no role group: '" + group + "'");
    }
    return group.strip();
  }
}
