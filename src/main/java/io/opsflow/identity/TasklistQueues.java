package io.opsflow.identity;

import io.opsflow.platform.process.TaskCards;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters: one queue per role, "My tasks" for everyone, and "Breaching SLA" (due
 * date passed) for the roles that watch service levels; each ordered by priority, then due date,
 * each card showing ticket number, summary and priority. Each group reads only its own filters.
 * Names and labels are "English / 中文", of which Tasklist shows the reader's half; a queue still
 * named in English only (earlier releases) is renamed.
 * An existing filter of the same name is kept as it is, so administrators may refine it; one that
 * still shows the cards of earlier releases (summary and priority only) gets the current cards and
 * order.
 */
@Component
record TasklistQueues(FilterService filters, TaskService tasks, RoleAuthorizations authorizations) {

  /**
   * Variables shown on each task card, the same for every process: the ticket number, summary and
   * priority that {@link TaskCards} copies into each task. Labels in both languages,
   * because a filter's labels are data, the same for every reader.
   */
  static final List<Map<String, String>> CARD_VARIABLES = List.of(
      Map.of("name", TaskCards.CARD_NUMBER, "label", "Ticket / 工单"),
      Map.of("name", TaskCards.CARD_SUMMARY, "label", "Summary / 摘要"),
      Map.of("name", TaskCards.CARD_PRIORITY, "label", "Priority / 优先级"));
  /** The cards as earlier releases created them: such a filter gets the current cards. */
  private static final List<Map<String, String>> EARLIER_CARD_VARIABLES = List.of(
      Map.of("name", "summary", "label", "Summary"),
      Map.of("name", "priority", "label", "Priority"));

  private static final Logger LOG = LoggerFactory.getLogger(TasklistQueues.class);

  void createMissing() {
    List<String> everyone = Roles.ALL.stream().map(Role::groupId).toList();
    List<String> watchers = new ArrayList<>(List.of(Roles.SERVICE_DESK));
    Roles.ALL.stream().filter(Role::cockpit).map(Role::groupId).forEach(watchers::add);

    ensure(Roles.MY_TASKS, "Tasks assigned to me", -10,
        tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByTaskPriority().desc()
            .orderByDueDate().asc(),
        everyone);
    int priority = 0;
    for (Role role : Roles.ALL) {
      ensure(role.queue(), "Open tasks for " + role.name(), priority++,
          tasks.createTaskQuery().taskCandidateGroup(role.groupId()).includeAssignedTasks()
              .orderByTaskPriority().desc().orderByDueDate().asc(),
          List.of(role.groupId()));
    }
    ensure(Roles.BREACHING_SLA, "Open tasks whose due date has passed", 100,
        tasks.createTaskQuery().dueBeforeExpression("${now()}").orderByTaskPriority().desc()
            .orderByDueDate().asc(), watchers);
  }

  private void ensure(String name, String description, int priority, TaskQuery query,
      List<String> readers) {
    Filter filter = filters.createTaskFilterQuery().filterName(name).singleResult();
    String earlierName = name.split(" / ")[0]; // releases before 2026-12 named the queues in English only
    Filter earlier = filter != null ? null : filters.createTaskFilterQuery().filterName(earlierName).singleResult();
    if (earlier != null) {
      filter = earlier.setName(name);
      filters.saveFilter(filter);
      LOG.info("Tasklist filter '{}' is now named '{}'", earlierName, name);
    }
    if (filter == null) {
      Map<String, Object> properties = new LinkedHashMap<>();
      properties.put("description", description);
      properties.put("priority", priority);
      properties.put("refresh", true);
      properties.put("variables", CARD_VARIABLES);
      filter = filters.newTaskFilter(name).setQuery(query).setProperties(properties);
      filters.saveFilter(filter);
      LOG.info("Created Tasklist filter '{}'", name);
    } else if (EARLIER_CARD_VARIABLES.equals(filter.getProperties().get("variables"))) {
      filter.getProperties().put("variables", CARD_VARIABLES);
      filter.setQuery(query);
      filters.saveFilter(filter);
      LOG.info("Tasklist filter '{}' now shows the ticket number on each card and puts P1 first", name);
    }
    for (String group : readers) {
      authorizations.grant(group, Resources.FILTER, filter.getId(), Permissions.READ);
    }
  }
}
