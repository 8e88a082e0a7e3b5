package io.opsflow.identity;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.opsflow.platform.metrics.GroupedGauge;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The open user tasks in each role's queue (offered to the role group, claimed or not, as its
 * Tasklist queue shows them): {@code opsflow_tasks_open_by_queue{queue}}, one figure for every
 * role, read with one grouped query every {@code opsflow.metrics.refresh-interval}.
 */
@Component
class TaskQueueMetrics {

  private final JdbcClient jdbc;
  private final GroupedGauge queues;

  TaskQueueMetrics(JdbcClient jdbc, MeterRegistry registry) {
    this.jdbc = jdbc;
    this.queues = new GroupedGauge(registry, "opsflow.tasks.open.by.queue", "Open user tasks offered to each role group");
  }

  @Scheduled(fixedDelayString = "${opsflow.metrics.refresh-interval}")
  void refresh() {
    queues.refresh(() -> {
      Map<String, Long> open = jdbc.sql("""
              SELECT l.GROUP_ID_ AS queue, COUNT(DISTINCT t.ID_) AS tasks
              FROM ACT_RU_IDENTITYLINK l JOIN ACT_RU_TASK t ON t.ID_ = l.TASK_ID_
              WHERE l.TYPE_ = 'candidate' AND l.GROUP_ID_ IS NOT NULL
              GROUP BY l.GROUP_ID_""")
          .query((rs, row) -> Map.entry(rs.getString("queue"), rs.getLong("tasks")))
          .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
      return Roles.ALL.stream().collect(Collectors.toMap(role -> Tags.of("queue", role.groupId()),
          role -> open.getOrDefault(role.groupId(), 0L)));
    });
  }
}
