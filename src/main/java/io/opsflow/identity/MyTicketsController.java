package io.opsflow.identity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's tickets, for the "My tickets" page: every ticket (a process with a number) they
 * raised or worked a task of, newest first, with where it stands — open or closed, and each open
 * step with who holds it and when it is due. It reads the engine for the caller only, so it needs
 * no read right on other people's processes; any OpsFlow process appears, present and future.
 */
@RestController
record MyTicketsController(IdentityService identity, HistoryService history, TaskService tasks,
    RepositoryService repository) {

  /** The variable every OpsFlow process keeps its one-line description in. */
  private static final String SUMMARY = "summary";
  /**
   * The variable naming the person a ticket is for, when someone else raised it for them (a service
   * request the service desk raised for a requester): that person raised it, as far as the page is concerned.
   */
  private static final String REQUESTER = "requester";
  /** How many of the caller's most recent tickets the page lists. */
  static final int LIMIT = 50;

  record Step(String name, String assignee, List<String> groups, Date due) {
  }

  record Ticket(String number, String summary, String process, String relation, boolean open, Date started,
      Date ended, List<Step> currentSteps) {
  }

  @GetMapping("/api/me/tickets")
  List<Ticket> tickets() {
    String user = identity.getCurrentAuthentication().getUserId();
    return asSystem(() -> {
      Map<String, String> relations = new LinkedHashMap<>();
      history.createHistoricProcessInstanceQuery().startedBy(user).orderByProcessInstanceStartTime().desc()
          .listPage(0, LIMIT).forEach(p -> relations.put(p.getId(), "raised"));
      history.createHistoricVariableInstanceQuery().variableValueEquals(REQUESTER, user).disableBinaryFetching()
          .orderByProcessInstanceId().desc().listPage(0, LIMIT)
          .forEach(v -> relations.putIfAbsent(v.getProcessInstanceId(), "raised"));
      history.createHistoricTaskInstanceQuery().taskAssignee(user).orderByHistoricActivityInstanceStartTime()
          .desc().listPage(0, LIMIT).stream().map(HistoricTaskInstance::getProcessInstanceId)
          .forEach(id -> relations.putIfAbsent(id, "works on"));
      if (relations.isEmpty()) {
        return List.<Ticket>of();
      }
      List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
          .processInstanceIds(relations.keySet()).list().stream()
          .filter(p -> p.getBusinessKey() != null && p.getSuperProcessInstanceId() == null)
          .sorted(Comparator.comparing(HistoricProcessInstance::getStartTime).reversed()).limit(LIMIT).toList();
      if (instances.isEmpty()) {
        return List.<Ticket>of();
      }
      Map<String, String> summaries = new HashMap<>();
      history.createHistoricVariableInstanceQuery().variableName(SUMMARY)
          .processInstanceIdIn(instances.stream().map(HistoricProcessInstance::getId).toArray(String[]::new))
          .disableBinaryFetching().list().stream().filter(v -> v.getValue() instanceof String)
          .forEach(v -> summaries.putIfAbsent(v.getProcessInstanceId(), (String) v.getValue()));
      Map<String, List<Step>> steps = openSteps(instances.stream().filter(p -> p.getEndTime() == null)
          .map(HistoricProcessInstance::getId).toArray(String[]::new));
      List<Ticket> tickets = new ArrayList<>();
      for (HistoricProcessInstance instance : instances) {
        tickets.add(new Ticket(instance.getBusinessKey(), summaries.get(instance.getId()), processName(instance),
            relations.get(instance.getId()), instance.getEndTime() == null, instance.getStartTime(),
            instance.getEndTime(), steps.getOrDefault(instance.getId(), List.of())));
      }
      return tickets;
    });
  }

  /** The number of a ticket the caller started, once it is registered (null until then), for the start's notice. */
  record Started(String number, String process) {
  }

  /**
   * The number a process the caller just started was given: Tasklist's start answers only the
   * instance's id, and the number comes a moment later, when the ticket is registered. 404 for an
   * instance the caller did not start.
   */
  @GetMapping("/api/me/tickets/started/{processInstanceId}")
  ResponseEntity<Started> started(@PathVariable String processInstanceId) {
    String user = identity.getCurrentAuthentication().getUserId();
    return asSystem(() -> {
      HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
          .processInstanceId(processInstanceId).startedBy(user).singleResult();
      return instance == null ? ResponseEntity.<Started>notFound().build()
          : ResponseEntity.ok(new Started(instance.getBusinessKey(), processName(instance)));
    });
  }

  /** A step of a ticket done so far: what, by whom, when it ended. */
  record Done(String name, String by, Date ended) {
  }

  /**
   * The steps a ticket of the caller's has been through, oldest first, for the page's "History":
   * read when the person opens it, one ticket at a time. 404 for a ticket the caller neither
   * raised nor worked on.
   */
  @GetMapping("/api/me/tickets/{number}/history")
  ResponseEntity<List<Done>> history(@PathVariable String number) {
    String user = identity.getCurrentAuthentication().getUserId();
    return asSystem(() -> {
      HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
          .processInstanceBusinessKey(number).list().stream().filter(p -> p.getSuperProcessInstanceId() == null)
          .findFirst().orElse(null);
      if (instance == null || !(user.equals(instance.getStartUserId()) || history.createHistoricTaskInstanceQuery()
          .processInstanceId(instance.getId()).taskAssignee(user).count() > 0)) {
        return ResponseEntity.<List<Done>>notFound().build();
      }
      List<Done> done = history.createHistoricTaskInstanceQuery().rootProcessInstanceId(instance.getId()).finished()
          .orderByHistoricTaskInstanceEndTime().asc().list().stream()
          .map(task -> new Done(task.getName(), task.getAssignee(), task.getEndTime())).toList();
      return ResponseEntity.ok(done);
    });
  }

  private String processName(HistoricProcessInstance instance) {
    String name = repository.getProcessDefinition(instance.getProcessDefinitionId()).getName();
    return name != null ? name : instance.getProcessDefinitionKey();
  }

  /** The open tasks of the open tickets, by process instance, read in one query. */
  private Map<String, List<Step>> openSteps(String[] processInstanceIds) {
    Map<String, List<Step>> steps = new HashMap<>();
    if (processInstanceIds.length == 0) {
      return steps;
    }
    for (Task task : tasks.createTaskQuery().processInstanceIdIn(processInstanceIds).orderByTaskCreateTime().asc().list()) {
      List<String> groups = tasks.getIdentityLinksForTask(task.getId()).stream()
          .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
          .map(IdentityLink::getGroupId).toList();
      steps.computeIfAbsent(task.getProcessInstanceId(), id -> new ArrayList<>())
          .add(new Step(task.getName(), task.getAssignee(), groups, task.getDueDate()));
    }
    return steps;
  }

  /** Runs the reads without the caller's authorizations: they are limited to the caller's tickets above. */
  private <T> T asSystem(Supplier<T> reads) {
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return reads.get();
    } finally {
      identity.setAuthentication(caller);
    }
  }
}
