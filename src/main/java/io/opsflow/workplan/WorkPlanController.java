package io.opsflow.workplan;

import io.opsflow.identity.Roles;
import io.opsflow.platform.BadRequestException;
import io.opsflow.platform.Inputs;
import io.opsflow.platform.process.EngineClock;
import io.opsflow.platform.process.TicketNumbers;
import io.opsflow.platform.web.WrittenBy;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The work plans API (年度、季度、月度运维工作计划): the operations administrators draft a plan for a year
 * ({@code 2027}), a quarter ({@code 2027-Q1}) or a month ({@code 2027-03}) with its items, each with an
 * owner and a due date in the period, which starts WorkPlanApproval; the plan is read by
 * {@link Roles#WORK_PLAN_READERS} and its items' owners; an item's owner or an operations administrator
 * records its progress once the plan is approved. A refusal names the field.
 */
@RestController
class WorkPlanController {

  record Drafted(String planNumber, String period) {
  }

  record Read(WorkPlanRecords.Plan plan, List<WorkPlanRecords.Item> items) {
  }

  private final WorkPlanRecords records;
  private final TicketNumbers numbers;
  private final RuntimeService runtime;
  private final IdentityService identity;

  WorkPlanController(WorkPlanRecords records, TicketNumbers numbers, RuntimeService runtime, IdentityService identity) {
    this.records = records;
    this.numbers = numbers;
    this.runtime = runtime;
    this.identity = identity;
  }

  /** {@code period}, {@code title}, {@code items}: each a {@code title}, an {@code owner} (a user) and a {@code due} date. */
  @PostMapping("/api/work-plans")
  @ResponseStatus(HttpStatus.CREATED)
  @WrittenBy(Roles.Writers.WORK_PLANS)
  @Transactional
  Drafted draft(@RequestBody Map<String, Object> body) {
    String period = String.valueOf(body.get("period")).strip();
    LocalDate[] span = span(period);
    Inputs.requireText(body, "title", 200);
    Inputs.requirePlain("title", body.get("title").toString());
    List<Map<String, Object>> given = Inputs.objectList(body, "items");
    if (given.isEmpty()) {
      throw new BadRequestException("items", "items must list at least one item");
    }
    List<WorkPlanRecords.Item> items = new ArrayList<>();
    for (int i = 0; i < given.size(); i++) {
      Map<String, Object> item = given.get(i);
      String field = "items[" + i + "].";
      Object title = item.get("title");
      if (title == null || title.toString().isBlank() || title.toString().length() > 500) {
        throw new BadRequestException(field + "title", field + "title is required, at most 500 characters");
      }
      Inputs.requirePlain(field + "title", title.toString());
      Object owner = item.get("owner");
      String ownerId = Inputs.knownUser(identity, field + "owner", owner == null ? "" : owner.toString());
      LocalDate due;
      try {
        due = LocalDate.parse(String.valueOf(item.get("due")).strip());
      } catch (DateTimeParseException e) {
        throw new BadRequestException(field + "due", field + "due must be a date such as 2027-03-31");
      }
      if (due.isBefore(span[0]) || due.isAfter(span[1])) {
        throw new BadRequestException(field + "due", field + "due must lie in " + period + ", not " + due);
      }
      items.add(new WorkPlanRecords.Item(i + 1, title.toString().strip(), ownerId, due, 0, false, null, null, null));
    }
    String number = numbers.next(WorkPlanIds.PREFIX);
    String by = identity.getCurrentAuthentication().getUserId();
    String title = body.get("title").toString().strip();
    records.drafted(new WorkPlanRecords.Plan(number, period, title, WorkPlanRecords.SUBMITTED, by, EngineClock.now(),
        null, null, null), items);
    Map<String, Object> variables = new HashMap<>();
    WorkPlanVariables.PLAN_NUMBER.put(variables, number);
    WorkPlanVariables.PERIOD.put(variables, period);
    WorkPlanVariables.PLAN_TITLE.put(variables, title);
    WorkPlanVariables.DRAFTED_BY.put(variables, by);
    WorkPlanVariables.PLAN_ITEMS.put(variables, items.stream()
        .map(i -> i.itemId() + ". " + i.title() + " (" + i.owner() + ", due / 到期 " + i.dueDate() + ")")
        .collect(Collectors.joining("\n")));
    runtime.startProcessInstanceByKey(WorkPlanIds.PROCESS, number, variables);
    return new Drafted(number, period);
  }

  @GetMapping("/api/work-plans/{number}")
  Read read(@PathVariable String number) {
    WorkPlanRecords.Plan plan = plan(number);
    List<WorkPlanRecords.Item> items = records.items(number);
    Authentication caller = identity.getCurrentAuthentication();
    if (!Roles.anyOf(caller.getGroupIds(), Roles.WORK_PLAN_READERS)
        && items.stream().noneMatch(i -> i.owner().equals(caller.getUserId()))) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN,
          "only process owners, operations administrators and the items' owners read a work plan");
    }
    return new Read(plan, items);
  }

  /** {@code progress} (0 to 100 percent), {@code done} (optional), {@code note}; by the item's owner or ops-admin. */
  @PutMapping("/api/work-plans/{number}/items/{id}")
  WorkPlanRecords.Item progressed(@PathVariable String number, @PathVariable int id,
      @RequestBody Map<String, Object> body) {
    WorkPlanRecords.Plan plan = plan(number);
    WorkPlanRecords.Item item = records.items(number).stream().filter(i -> i.itemId() == id).findFirst()
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no item " + id + " in " + number));
    Authentication caller = identity.getCurrentAuthentication();
    if (!caller.getUserId().equals(item.owner())
        && !Roles.anyOf(caller.getGroupIds(), Roles.Writers.WORK_PLANS.groups())) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN,
          "only the item's owner and operations administrators record its progress");
    }
    if (!WorkPlanRecords.APPROVED.equals(plan.status())) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, number + " is not approved: " + plan.status());
    }
    Object given = body.get("progress");
    int progress;
    try {
      progress = given instanceof Number n ? n.intValue() : Integer.parseInt(String.valueOf(given).strip());
    } catch (NumberFormatException e) {
      throw new BadRequestException("progress", "progress must be a whole number of percent, not '" + given + "'");
    }
    if (progress < 0 || progress > 100) {
      throw new BadRequestException("progress", "progress must be between 0 and 100 percent, not " + progress);
    }
    Inputs.flag(body, "done");
    Inputs.maxText(body, "note", 2000);
    boolean done = Boolean.TRUE.equals(body.get("done")) || "true".equals(String.valueOf(body.get("done")));
    Object note = body.get("note");
    records.progressed(number, id, done ? 100 : progress, done, note == null ? null : note.toString(),
        caller.getUserId(), EngineClock.now());
    return records.items(number).stream().filter(i -> i.itemId() == id).findFirst().orElseThrow();
  }

  private WorkPlanRecords.Plan plan(String number) {
    if (!number.matches(WorkPlanIds.PREFIX + "-\\d{4}-\\d{6}")) {
      throw new BadRequestException("number", "number must be a work plan number such as WPL-2027-000001");
    }
    return records.find(number)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no work plan " + number));
  }

  /** The first and last day of a year (2027), quarter (2027-Q1) or month (2027-03). */
  static LocalDate[] span(String period) {
    try {
      if (period.matches("\\d{4}")) {
        int year = Integer.parseInt(period);
        return new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
      }
      if (period.matches("\\d{4}-Q[1-4]")) {
        YearMonth first = YearMonth.of(Integer.parseInt(period.substring(0, 4)),
            (period.charAt(6) - '1') * 3 + 1);
        return new LocalDate[] {first.atDay(1), first.plusMonths(2).atEndOfMonth()};
      }
      if (period.matches("\\d{4}-\\d{2}")) {
        YearMonth month = YearMonth.parse(period);
        return new LocalDate[] {month.atDay(1), month.atEndOfMonth()};
      }
    } catch (DateTimeParseException e) {
      // refused below
    }
    throw new BadRequestException("period", "period must be a year (2027), a quarter (2027-Q1) or a month (2027-03), not '"
        + period + "'");
  }
}
