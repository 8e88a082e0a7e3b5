package io.opsflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsflow.OpsFlowTestBase;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The queues carry their names in both languages, also where an earlier release named them in English. */
class TasklistQueuesTest extends OpsFlowTestBase {

  @Autowired
  FilterService filters;
  @Autowired
  TasklistQueues queues;

  @Test
  void aQueueNamedInEnglishOnlyByAnEarlierReleaseIsRenamedAndKeepsItsQuery() {
    String queue = Roles.byGroup(Roles.PROBLEM_MANAGER).orElseThrow().queue();
    assertThat(queue).isEqualTo("Problem queue / 问题队列");
    Filter current = filters.createTaskFilterQuery().filterName(queue).singleResult();
    filters.saveFilter(current.setName("Problem queue")); // as an earlier release left it

    queues.createMissing();

    assertThat(filters.createTaskFilterQuery().filterName("Problem queue").count()).isZero();
    Filter renamed = filters.createTaskFilterQuery().filterName(queue).singleResult();
    assertThat(renamed.getId()).as("the same filter, with its grants").isEqualTo(current.getId());
  }
}
