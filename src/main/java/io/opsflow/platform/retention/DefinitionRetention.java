package io.opsflow.platform.retention;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Gives every deployed process and decision definition, all versions, the time to live of the
 * {@link RetentionPolicy} (the models' {@code historyTimeToLive} only satisfies the engine's
 * check at deployment). Instances that ended before a definition's time to live changed get
 * their removal time recomputed, as a batch, so that history already written is kept as long.
 */
@Component
public record DefinitionRetention(RetentionPolicy policy, RepositoryService repository, HistoryService history) {

  private static final Logger LOG = LoggerFactory.getLogger(DefinitionRetention.class);

  /**
   * Applies the policy to every definition whose time to live differs from it. Returns the batches
   * that recompute the removal times of those definitions' finished instances (run by the job
   * executor).
   */
  public List<Batch> apply() {
    List<Batch> recomputing = new ArrayList<>();
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery().list()) {
      int days = policy.daysFor(definition.getKey());
      if (!Objects.equals(definition.getHistoryTimeToLive(), days)) {
        repository.updateProcessDefinitionHistoryTimeToLive(definition.getId(), days);
        recomputeRemovalTimes(definition, days).ifPresent(recomputing::add);
      }
    }
    for (DecisionDefinition definition : repository.createDecisionDefinitionQuery().list()) {
      int days = policy.decisionDays();
      if (!Objects.equals(definition.getHistoryTimeToLive(), days)) {
        repository.updateDecisionDefinitionHistoryTimeToLive(definition.getId(), days);
      }
    }
    return recomputing;
  }

  private Optional<Batch> recomputeRemovalTimes(ProcessDefinition definition, int days) {
    HistoricProcessInstanceQuery finished = history.createHistoricProcessInstanceQuery()
        .processDefinitionId(definition.getId()).finished();
    if (finished.count() == 0) {
      return Optional.empty();
    }
    LOG.info("{} version {}: history kept {} days; removal times of its finished instances are recomputed",
        definition.getKey(), definition.getVersion(), days);
    return Optional.of(history.setRemovalTimeToHistoricProcessInstances().calculatedRemovalTime().byQuery(finished)
        .hierarchical().executeAsync());
  }
}
