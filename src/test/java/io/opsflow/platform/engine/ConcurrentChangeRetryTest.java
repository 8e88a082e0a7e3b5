package io.opsflow.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsflow.Http;
import io.opsflow.OpsFlowTestBase;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A person completes a task at the moment something else changes it (as the on-call paging adds the
 * person on duty to the first tier's task): the completion goes through, in Tasklist and over REST;
 * only a task changed again at every attempt is refused, with 409 and a sentence, and nothing of the
 * refused completion is kept.
 */
class ConcurrentChangeRetryTest extends OpsFlowTestBase {

  private static final String PROCESS = "concurrentChangeProbe";
  /** How many more completions the probe's listener meets with a concurrent change; how often it ran. */
  static final AtomicInteger CHANGES_TO_MAKE = new AtomicInteger();
  static final AtomicInteger COMPLETIONS_TRIED = new AtomicInteger();

  private Deployment deployment;
  private Task task;

  @BeforeEach
  void startProbe() {
    deployment = engine.getRepositoryService().createDeployment().name(PROCESS)
        .addModelInstance(PROCESS + ".bpmn", Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(1)
            .startEvent().userTask("work").camundaCandidateGroups("service-desk")
            .camundaTaskListenerClass(TaskListener.EVENTNAME_COMPLETE, ChangedMeanwhile.class.getName())
            .endEvent().done())
        .deploy();
    runtime.startProcessInstanceByKey(PROCESS);
    task = tasks.createTaskQuery().processDefinitionKey(PROCESS).singleResult();
    tasks.claim(task.getId(), "service-desk");
    COMPLETIONS_TRIED.set(0);
  }

  @AfterEach
  void removeProbe() {
    CHANGES_TO_MAKE.set(0);
    engine.getRepositoryService().deleteDeployment(deployment.getId(), true, true);
  }

  @Test
  void aTaskFormSubmittedWhileTheTaskChangesIsCompletedAtOnce() {
    CHANGES_TO_MAKE.set(1);
    Http tasklist = new Http(port);
    tasklist.webappLogin("tasklist", "service-desk", "demo");

    Http.Response submitted = tasklist.post(
        "/camunda/api/engine/engine/default/task/" + task.getId() + "/submit-form", "{\"variables\":{}}");

    assertThat(submitted.status()).as(submitted.body()).isEqualTo(204);
    assertThat(COMPLETIONS_TRIED.get()).as("the first attempt met the change, the second completed").isEqualTo(2);
    assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isZero();
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS).count()).as("the process went on")
        .isZero();
  }

  @Test
  void aTaskChangedAtEveryAttemptIsRefusedWith409AndKeepsNothingOfTheCompletion() {
    CHANGES_TO_MAKE.set(ConcurrentChangeRetry.ATTEMPTS);

    Http.Response refused = new Http(port).as("service-desk", "demo")
        .post("/engine-rest/task/" + task.getId() + "/complete", "{\"variables\":{\"note\":{\"value\":\"late\"}}}");

    assertThat(refused.status()).as(refused.body()).isEqualTo(409);
    assertThat(refused.json().path("message").asText()).contains("try again", "请刷新后重试")
        .doesNotContain("Exception", task.getId());
    assertThat(COMPLETIONS_TRIED.get()).isEqualTo(ConcurrentChangeRetry.ATTEMPTS);
    Task still = tasks.createTaskQuery().taskId(task.getId()).singleResult();
    assertThat(still).as("still open").isNotNull();
    assertThat(still.getPriority()).as("the three changes made meanwhile are kept").isEqualTo(50 + 3);
    assertThat(runtime.getVariable(still.getProcessInstanceId(), "note")).as("nothing of the completion").isNull();
  }

  /** On completion, while the change is owed, another transaction changes the task before this one is flushed. */
  public static class ChangedMeanwhile implements TaskListener {

    @Override
    public void notify(DelegateTask delegate) {
      COMPLETIONS_TRIED.incrementAndGet();
      if (CHANGES_TO_MAKE.getAndUpdate(n -> Math.max(0, n - 1)) == 0) {
        return;
      }
      String id = delegate.getId();
      var tasks = delegate.getProcessEngineServices().getTaskService();
      Thread other = new Thread(() -> {
        tasks.setPriority(id, tasks.createTaskQuery().taskId(id).singleResult().getPriority() + 1);
      });
      other.start();
      try {
        other.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
