package io.opsflow.knowledge;

import static io.opsflow.knowledge.KnowledgeArticleIds.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opsflow.FlowNodeCoverage;
import io.opsflow.Http;
import io.opsflow.Jobs;
import io.opsflow.OpsFlowTest;
import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** KnowledgeArticle, path by path: capture, review (approve, send back, reject), publish, periodic review. */
@OpsFlowTest
class KnowledgeArticleTest {

  @LocalServerPort
  int port;
  @RegisterExtension
  static FlowNodeCoverage coverage = new FlowNodeCoverage(PROCESS);

  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  ManagementService management;
  @Autowired
  HistoryService history;
  @Autowired
  KnowledgeBase knowledge;
  @Autowired
  JdbcClient jdbc;

  String marker;

  @BeforeEach
  void aFreshMarkerWord() {
    marker = "kx" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  @Test
  void anApprovedArticleIsPublishedReviewedPeriodicallyAndFinallyRetired() {
    ProcessInstance article = capture("Clear the print queue " + marker, "Stop the spooler, delete the queue files.");
    assertThat(found()).as("not searchable before review").isEmpty();

    complete(article, REVIEW, "reviewDecision", "approve");
    assertThat(found()).containsExactly("Clear the print queue " + marker);

    moveClock(Duration.ofDays(180).plusMinutes(1));
    fireTimer(article);
    complete(article, PERIODIC_REVIEW, "periodicDecision", "update", "title", "Clear the print queue " + marker,
        "body", "Stop the spooler service, delete the queue files, start it again.");
    assertThat(knowledge.versions(articleId(article))).hasSize(2);
    assertThat(found()).as("still published after an update").hasSize(1);

    moveClock(Duration.ofDays(180).plusMinutes(1));
    fireTimer(article);
    complete(article, PERIODIC_REVIEW, "periodicDecision", "retire");

    assertThat(found()).as("retired articles are not found").isEmpty();
    assertEnded(article, RETIRED);
  }

  @Test
  void anArticleSentBackIsRevisedByItsAuthorAndReviewedAgain() {
    ProcessInstance article = capture("VPN on hotel wifi " + marker, "Use TCP mode.");
    complete(article, REVIEW, "reviewDecision", "revise", "reviewComments", "Say where TCP mode is switched on");

    Task revise = tasks.createTaskQuery().processInstanceId(article.getId()).singleResult();
    assertThat(revise.getTaskDefinitionKey()).isEqualTo(REVISE);
    assertThat(revise.getAssignee()).as("back to its author").isEqualTo("requester");
    complete(article, REVISE, "title", "VPN on hotel wifi " + marker, "body", "Settings → Protocol → TCP, then reconnect.");
    complete(article, REVIEW, "reviewDecision", "approve");

    assertThat(knowledge.versions(articleId(article))).hasSize(2);
    assertThat(found()).hasSize(1);
  }

  @Test
  void aRejectedArticleIsNeverPublished() {
    ProcessInstance article = capture("Reboot everything " + marker, "Turn it off and on.");

    complete(article, REVIEW, "reviewDecision", "reject", "reviewComments", "Not specific enough");

    assertThat(found()).isEmpty();
    assertThat(knowledge.find(articleId(article)).orElseThrow().status()).isEqualTo("rejected");
    assertEnded(article, REJECTED);
  }

  @Test
  void anArticleFromAResolvedIncidentTakesItsResolutionNotes() {
    String incident = "INC-TEST-" + marker.substring(2, 8);
    jdbc.sql("""
            INSERT INTO opsflow_incident (incident_number, summary, status, reported_at, resolution_notes, reporter)
            VALUES (?, 'Outlook hangs', 'CLOSED', CURRENT_TIMESTAMP, ?, 'requester')""")
        .params(incident, "Repair the OST file with scanpst " + marker).update();

    ProcessInstance article = start(Map.of("title", "Outlook hangs on start", "source", "incident", "sourceRef", incident));

    assertThat(knowledge.find(articleId(article)).orElseThrow().body()).contains("scanpst " + marker);
  }

  @Test
  void anArticleWithoutTitleOrBodyIsRefused() {
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PROCESS, Map.of("body", "x")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("title");

    Http.Response response = new Http(port).as("requester", "demo").post(
        "/engine-rest/process-definition/key/KnowledgeArticle/start",
        "{\"variables\":{\"title\":{\"value\":\"No body\"}}}");
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("field").asText()).isEqualTo("body");
  }

  // --- helpers --------------------------------------------------------------------------------

  private ProcessInstance capture(String title, String body) {
    return start(Map.of("title", title, "body", body, "category", "hardware", "source", "manual"));
  }

  private ProcessInstance start(Map<String, Object> variables) {
    Map<String, Object> withAuthor = new HashMap<>(variables);
    withAuthor.put("author", "requester");
    ProcessInstance instance = runtime.startProcessInstanceByKey(PROCESS, withAuthor);
    coverage.track(instance.getId());
    Jobs.runDue(management, instance.getId());
    return instance;
  }

  private long articleId(ProcessInstance article) {
    return ((Number) history.createHistoricVariableInstanceQuery().processInstanceId(article.getId())
        .variableName("articleId").singleResult().getValue()).longValue();
  }

  private List<String> found() {
    return knowledge.search(marker, null, null, 10).stream().map(KnowledgeBase.Article::title).toList();
  }

  private void complete(ProcessInstance article, String taskKey, Object... keysAndValues) {
    Task task = tasks.createTaskQuery().processInstanceId(article.getId()).taskDefinitionKey(taskKey).singleResult();
    assertThat(task).as("waiting at " + taskKey).isNotNull();
    Map<String, Object> variables = new HashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      variables.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    tasks.complete(task.getId(), variables);
    Jobs.runDue(management, article.getId());
  }

  private void moveClock(Duration by) {
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(by)));
  }

  private void fireTimer(ProcessInstance article) {
    Job timer = management.createJobQuery().processInstanceId(article.getId()).timers().activityId(REVIEW_DUE)
        .singleResult();
    assertThat(timer).as("review due timer").isNotNull();
    management.executeJob(timer.getId());
  }

  private void assertEnded(ProcessInstance article, String endEventId) {
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(article.getId()).count()).isZero();
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(article.getId())
        .activityId(endEventId).count()).isEqualTo(1);
  }
}
