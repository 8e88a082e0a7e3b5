package io.opsflow.requirement;

import static io.opsflow.requirement.RequirementVariables.*;

import io.opsflow.identity.Roles;
import io.opsflow.platform.BadRequestException;
import io.opsflow.platform.Inputs;
import io.opsflow.platform.process.Variable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules for what may start a requirement and complete its tasks. Knows nothing of Camunda:
 * the API, the start validator and the engine listener all ask it; a refusal is a
 * {@link BadRequestException} naming the field.
 */
final class RequirementInput {

  static final Set<String> TYPES = Set.of("feature", "optimisation", "fault-fix", "compliance");
  static final Set<String> SEVERITIES = Set.of("critical", "major", "minor");
  static final Set<String> PRIORITIES = Set.of("P1", "P2", "P3", "P4");
  static final int MAX_TASKS = 30;

  /** Who is in which group (Camunda's identity service), and what day it is where the team works. */
  interface Directory {
    boolean isMember(String userId, String groupId);

    LocalDate today();
  }

  /** A development task as the dev lead planned it. */
  record PlannedTask(String name, String developer, String tester, LocalDate start, LocalDate end) {
  }

  private RequirementInput() {
  }

  static void checkStart(Map<String, Object> variables, LocalDate today, ZoneId zone) {
    Inputs.requireText(variables, TITLE.name(), 500);
    Inputs.requireText(variables, CONTENT.name(), 8000);
    Inputs.maxText(variables, SYSTEM.name(), 200);
    Inputs.oneOf(variables, URGENCY.name(), Inputs.LEVELS);
    Inputs.oneOf(variables, REQUIREMENT_TYPE.name(), TYPES);
    LocalDate expected = date(variables, EXPECTED_DATE, zone);
    if (expected == null) {
      throw Inputs.refuse(EXPECTED_DATE.name(), "is required: the date the requirement is expected to be delivered");
    }
    if (!expected.isAfter(today)) {
      throw Inputs.refuse(EXPECTED_DATE.name(), "must be in the future, not " + expected);
    }
  }

  /** What a requirement started without them is taken to be: medium urgency, a feature. */
  static final String DEFAULT_URGENCY = "medium";
  static final String DEFAULT_TYPE = "feature";

  /** Checks what a person enters to complete one of the requirement's tasks. */
  static void checkCompletion(String taskKey, Map<String, Object> variables, Directory directory, ZoneId zone) {
    switch (taskKey) {
      case RequirementIds.SCREEN -> {
        requireFlag(variables, PRIORITY_CONFIRMED);
        Inputs.maxText(variables, SCREENING_NOTE.name(), 2000);
        if (!PRIORITY_CONFIRMED.from(variables)) {
          if (CORRECTED_PRIORITY.from(variables) == null) {
            throw Inputs.refuse(CORRECTED_PRIORITY.name(), "is required to correct the proposed priority (P1 to P4)");
          }
          Inputs.oneOf(variables, CORRECTED_PRIORITY.name(), PRIORITIES);
          Inputs.requireText(variables, SCREENING_NOTE.name(), 2000);
        }
      }
      case RequirementIds.DESIGN -> Inputs.requireText(variables, TECHNICAL_DESIGN.name(), 8000);
      case RequirementIds.ASSESS -> {
        requireFlag(variables, FEASIBLE);
        Inputs.maxText(variables, FEASIBILITY.name(), 4000);
        if (FEASIBLE.from(variables)) {
          Inputs.requireText(variables, BREAKDOWN.name(), 4000);
          Inputs.requireText(variables, OVERALL_PLAN.name(), 4000);
          wholeNumber(variables, EFFORT_DAYS, 1, 10_000, true);
          date(variables, TARGET_DATE, zone);
          Inputs.requireText(variables, DEV_LEAD.name(), 64);
          if (!directory.isMember(DEV_LEAD.from(variables), Roles.DEV_LEAD)) {
            throw Inputs.refuse(DEV_LEAD.name(), "'" + DEV_LEAD.from(variables) + "' is not in group " + Roles.DEV_LEAD);
          }
        } else {
          Inputs.requireText(variables, REJECTION_REASON.name(), 4000);
        }
      }
      case RequirementIds.CONFIRM_SCOPE -> {
        requireFlag(variables, SCOPE_CONFIRMED);
        Inputs.maxText(variables, SCOPE_COMMENTS.name(), 4000);
        if (!SCOPE_CONFIRMED.from(variables)) {
          Inputs.requireText(variables, SCOPE_COMMENTS.name(), 4000);
        }
      }
      case RequirementIds.PLAN -> plan(DEV_TASKS.from(variables), directory, zone);
      case RequirementIds.REPORT_PROGRESS -> {
        wholeNumber(variables, PROGRESS, 0, 100, true);
        Inputs.maxText(variables, PROGRESS_NOTE.name(), 2000);
      }
      case RequirementIds.TEST_TASK -> {
        requireFlag(variables, TEST_PASSED);
        Inputs.maxText(variables, TEST_NOTES.name(), 4000);
        if (!Boolean.TRUE.equals(TEST_PASSED.from(variables))) {
          Inputs.requireText(variables, BUG_DESCRIPTION.name(), 4000);
          if (BUG_SEVERITY.from(variables) == null) {
            throw Inputs.refuse(BUG_SEVERITY.name(), "is required when the test fails (critical, major or minor)");
          }
          Inputs.oneOf(variables, BUG_SEVERITY.name(), SEVERITIES);
        }
      }
      case RequirementIds.APPLY_FOR_RELEASE -> releaseTasks(variables);
      case RequirementIds.DEPLOY_TO_DELIVERY_TEST -> {
        Inputs.maxText(variables, DATABASE_CHANGES.name(), 4000);
        Inputs.maxText(variables, FRONT_END_CHANGES.name(), 4000);
        Inputs.maxText(variables, BACK_END_CHANGES.name(), 4000);
        if (blank(variables, DATABASE_CHANGES) && blank(variables, FRONT_END_CHANGES) && blank(variables, BACK_END_CHANGES)) {
          throw Inputs.refuse(BACK_END_CHANGES.name(), "or the database or front-end changes must say what is released");
        }
      }
      case RequirementIds.RUN_DELIVERY_TEST -> {
        requireFlag(variables, ACCEPTED);
        Inputs.maxText(variables, FINDINGS.name(), 4000);
        if (!ACCEPTED.from(variables)) {
          Inputs.requireText(variables, FINDINGS.name(), 4000);
        }
      }
      case RequirementIds.FEED_BACK_RELEASE_RESULT -> {
        Inputs.maxText(variables, RELEASE_FEEDBACK.name(), 4000);
        if (!"released".equals(RELEASE_OUTCOME.from(variables))) {
          Inputs.requireText(variables, RELEASE_FEEDBACK.name(), 4000);
        }
      }
      case RequirementIds.ORGANISE_ACCEPTANCE_TEST -> {
        Inputs.requireText(variables, ACCEPTANCE_TEST_PARTICIPANTS.name(), 1000);
        Inputs.requireText(variables, ACCEPTANCE_TEST_RESULT.name(), 4000);
      }
      case RequirementIds.CONFIRM_ACCEPTANCE -> Inputs.maxText(variables, ACCEPTANCE_NOTES.name(), 4000);
      case RequirementIds.REVIEW -> {
        Inputs.requireText(variables, REVIEW_EFFECT.name(), 4000);
        Inputs.maxText(variables, REVIEW_PROBLEMS.name(), 4000);
        Inputs.maxText(variables, REVIEW_IMPROVEMENTS.name(), 4000);
      }
      default -> {
      }
    }
  }

  /**
   * The dev lead's plan: one to {@value #MAX_TASKS} tasks with distinct names, each with a
   * developer of the developer group, another person of the tester group as its tester (nobody
   * tests their own work), start ≤ end and an end that has not passed. Tasklist's rows (a JSON list
   * of {name, developer, tester, start, end}) or, from REST callers and instances planned before,
   * text of one task a line. Rows left entirely empty are no tasks. A refusal names the row as a
   * person counts it and the field: {@code devTasks[2].end} is the second row's end.
   */
  static List<PlannedTask> plan(Object value, Directory directory, ZoneId zone) {
    List<Map<String, Object>> items;
    if (value instanceof String text && !text.strip().startsWith("[")) {
      items = planLines(text);
    } else {
      try {
        items = Inputs.objectList(Collections.singletonMap(DEV_TASKS.name(), value), DEV_TASKS.name());
      } catch (BadRequestException e) {
        throw Inputs.refuse(DEV_TASKS.name(), "must be a list of tasks {name, developer, tester, start, end}");
      }
    }
    long planned = items.stream().filter(RequirementInput::filledIn).count();
    if (planned == 0 || planned > MAX_TASKS) {
      throw Inputs.refuse(DEV_TASKS.name(), "must hold 1 to " + MAX_TASKS + " development tasks");
    }
    Set<String> names = new HashSet<>();
    List<PlannedTask> tasks = new ArrayList<>();
    for (int row = 1; row <= items.size(); row++) {
      Map<String, Object> item = items.get(row - 1);
      if (!filledIn(item)) {
        continue;
      }
      String at = DEV_TASKS.name() + "[" + row + "].";
      String name = text(item.get("name"));
      if (name == null || name.length() > 200) {
        throw Inputs.refuse(at + "name", "is required, at most 200 characters");
      }
      if (!names.add(name)) {
        throw Inputs.refuse(at + "name", "'" + name + "' is planned twice; task names must differ");
      }
      String developer = text(item.get("developer"));
      String tester = text(item.get("tester"));
      if (developer == null || !directory.isMember(developer, Roles.DEVELOPER)) {
        throw Inputs.refuse(at + "developer", developer == null ? "is required (group " + Roles.DEVELOPER + ")"
            : "'" + developer + "' is not in group " + Roles.DEVELOPER);
      }
      if (tester == null || !directory.isMember(tester, Roles.TESTER)) {
        throw Inputs.refuse(at + "tester", tester == null ? "is required (group " + Roles.TESTER + ")"
            : "'" + tester + "' is not in group " + Roles.TESTER);
      }
      if (developer.equals(tester)) {
        throw Inputs.refuse(at + "tester", "must be another person than the developer: " + developer
            + " cannot test their own task");
      }
      LocalDate start = planDate(item, at, "start", zone);
      LocalDate end = planDate(item, at, "end", zone);
      if (end.isBefore(start)) {
        throw Inputs.refuse(at + "end", "must not be before its start (" + start + "), not " + end);
      }
      if (end.isBefore(directory.today())) {
        throw Inputs.refuse(at + "end", "has passed (" + end + "): a task ends today or later");
      }
      tasks.add(new PlannedTask(name, developer, tester, start, end));
    }
    return tasks;
  }

  private static boolean filledIn(Map<String, Object> item) {
    return item.values().stream().anyMatch(v -> v != null && !v.toString().isBlank());
  }

  private static LocalDate planDate(Map<String, Object> item, String at, String field, ZoneId zone) {
    LocalDate date;
    try {
      date = RequirementValues.date(item.get(field), zone);
    } catch (IllegalArgumentException e) {
      throw Inputs.refuse(at + field, "must be a date such as 2026-08-01");
    }
    if (date == null) {
      throw Inputs.refuse(at + field, "is required: a date such as 2026-08-01");
    }
    return date;
  }

  /**
   * The plan as the form's text area holds it, a task per line: {@code name | developer | tester |
   * start | end}. (REST callers and instances planned before the form had rows.)
   */
  private static List<Map<String, Object>> planLines(String text) {
    List<Map<String, Object>> items = new ArrayList<>();
    String[] lines = text.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      String[] cells = lines[i].split("\\|", -1);
      if (cells.length != 5) {
        throw Inputs.refuse(DEV_TASKS.name(), "line " + (i + 1) + " '" + lines[i].strip()
            + "' is not 'task | developer | tester | start | end', e.g. PDF export | developer | tester | 2026-12-07 | 2026-12-11");
      }
      Map<String, Object> item = new LinkedHashMap<>();
      String[] keys = {"name", "developer", "tester", "start", "end"};
      for (int c = 0; c < keys.length; c++) {
        item.put(keys[c], cells[c].strip());
      }
      items.add(item);
    }
    return items;
  }

  private static void releaseTasks(Map<String, Object> variables) {
    List<String> chosen;
    try {
      chosen = RequirementValues.taskNames(variables, RELEASE_TASKS.name());
    } catch (BadRequestException e) {
      throw Inputs.refuse(RELEASE_TASKS.name(), "must be a list of task names");
    }
    if (chosen.isEmpty()) {
      throw Inputs.refuse(RELEASE_TASKS.name(), "must name at least one tested task");
    }
    List<String> tested = RequirementValues.taskNames(variables, FINISHED_TASKS.name());
    for (String name : chosen) {
      if (!tested.contains(name)) {
        throw Inputs.refuse(RELEASE_TASKS.name(), "may name only tested tasks (" + String.join(", ", tested) + "), not '" + name + "'");
      }
    }
  }

  private static void requireFlag(Map<String, Object> variables, Variable<Boolean> flag) {
    if (variables.get(flag.name()) == null) {
      throw Inputs.refuse(flag.name(), "is required: true or false");
    }
    Inputs.flag(variables, flag.name());
  }

  private static void wholeNumber(Map<String, Object> variables, Variable<Integer> number, int min, int max,
      boolean required) {
    String field = number.name();
    Object value = variables.get(field);
    if (value == null && !required) {
      return;
    }
    if (!(value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
        && n.doubleValue() >= min && n.doubleValue() <= max)) {
      throw Inputs.refuse(field, "must be a whole number from " + min + " to " + max + ", not " + value);
    }
  }

  private static LocalDate date(Map<String, Object> variables, Variable<Object> day, ZoneId zone) {
    String field = day.name();
    try {
      return RequirementValues.date(variables.get(field), zone);
    } catch (IllegalArgumentException e) {
      throw Inputs.refuse(field, "must be a date such as 2026-08-01, not '" + variables.get(field) + "'");
    }
  }

  private static boolean blank(Map<String, Object> variables, Variable<String> text) {
    return !(variables.get(text.name()) instanceof String s) || s.isBlank();
  }

  private static String text(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }
}
