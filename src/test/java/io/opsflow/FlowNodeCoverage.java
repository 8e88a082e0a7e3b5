package io.opsflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Process-test coverage: the tests report the instances they start; after each test the clock is
 * reset and the nodes those instances reached are collected; after the last test every flow node
 * of the process's latest model must have been reached.
 * <pre>{@code @RegisterExtension static FlowNodeCoverage coverage = new FlowNodeCoverage("IncidentManagement");}</pre>
 */
public final class FlowNodeCoverage implements AfterEachCallback, AfterAllCallback {

  private final String processKey;
  private final Set<String> started = new HashSet<>();
  private final Set<String> reached = new HashSet<>();

  public FlowNodeCoverage(String processKey) {
    this.processKey = processKey;
  }

  /** Counts the instance's reached nodes towards the coverage. */
  public void track(String processInstanceId) {
    started.add(processInstanceId);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    ClockUtil.reset();
    HistoryService history = spring(context).getBean(HistoryService.class);
    for (String id : started) {
      history.createHistoricActivityInstanceQuery().processInstanceId(id).list().stream()
          .map(HistoricActivityInstance::getActivityId).forEach(reached::add);
    }
    started.clear();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    RepositoryService repository = spring(context).getBean(RepositoryService.class);
    String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
        .latestVersion().singleResult().getId();
    List<String> nodes = repository.getBpmnModelInstance(definitionId).getModelElementsByType(FlowNode.class)
        .stream().map(FlowNode::getId).toList();
    assertThat(reached).as("flow nodes of " + processKey + " reached by the tests").containsAll(nodes);
  }

  private static ApplicationContext spring(ExtensionContext context) {
    return SpringExtension.getApplicationContext(context);
  }
}
