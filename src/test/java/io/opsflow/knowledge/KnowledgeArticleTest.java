package io.opsflow.knowledge;

import io.opsflow.OpsFlowTestBase;
import static io.opsflow.knowledge.KnowledgeArticleIds.*;
import static io.opsflow.knowledge.KnowledgeVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opsflow.FlowNodeCoverage;
import io.opsflow.Http;
import io.opsflow.OpsFlowTest;
import io.opsflow.ProcessSteps;
import io.opsflow.platform.process.EngineClock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** KnowledgeArticle, path by path: capture, review (approve, send back, reject), publish, periodic review. */
@OpsFlowTest
class KnowledgeArticleTest extends OpsFlowTestBase {

  @RegisterExtension
  static FlowNodeCoverage coverage = new FlowNodeCoverage(PROCESS);

  @Autowired
  KnowledgeBase knowledge;

  @Autowired
  KnowledgeRequests requests;

  ProcessSteps steps;
  String marker;

  @BeforeEach
  void aFreshMarkerWord() {
    steps = new ProcessSteps(engine);
    marker = "kx" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  @Test
  void anApprovedArticleIsPublishedReviewedPeriodicallyAndFinallyRetired() {
    ProcessInstance article = capture("Clear the print queue " + marker, "Stop the spooler, delete the queue files.");
    assertThat(found()).as("not searchable before review").isEmpty();

    complete(article, REVIEW, REVIEW_DECISION, "approve");
    assertThat(found()).containsExactly("Clear the print queue " + marker);

    reviewDue(article);
    complete(article, PERIODIC_REVIEW, PERIODIC_DECISION, "update", TITLE, "Clear the print queue " + marker,
        BODY, "Stop the spooler service, delete the queue files, start it again.");
    assertThat(knowledge.versions(articleId(article))).hasSize(2);
    assertThat(found()).as("still published after an update").hasSize(1);

    reviewDue(article);
    complete(article, PERIODIC_REVIEW, PERIODIC_DECISION, "retire");

    assertThat(found()).as("retired articles are not found").isEmpty();
    assertEnded(article, RETIRED);
  }

  @Test
  void aKnownErrorPublishedAtOnceIsReviewedByAKnowledgeManagerWithinFiveDays() {
    long id = knowledge.publishKnownError("PRB-2026-" + marker, "Report service leaks connections " + marker,
        "Connection leak", "Restart the report service nightly", "software", null);
    requests.reviewKnownError(id);
    requests.reviewKnownError(id);

    List<ProcessInstance> reviews = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS)
        .variableValueEquals(ARTICLE_ID.name(), id).list();
    assertThat(reviews).as("one review per known error").hasSize(1);
    ProcessInstance article = reviews.get(0);
    coverage.track(article.getId());
    Task review = steps.task(article.getId(), PERIODIC_REVIEW);
    assertThat(steps.candidateGroups(review)).containsExactly("knowledge-manager");
    assertThat(Duration.between(EngineClock.now(), review.getDueDate().toInstant()))
        .as("due within the configured 5 days").isBetween(Duration.ofDays(5).minusMinutes(1), Duration.ofDays(5));
    assertThat(found()).as("searchable while under review").containsExactly("Report service leaks connections " + marker);

    complete(article, PERIODIC_REVIEW, PERIODIC_DECISION, "confirm");
    assertThat(found()).as("still published once confirmed").hasSize(1);
    assertThat(knowledge.find(id).orElseThrow().reviewedAt()).isNotNull();
    assertThat(steps.waitingAt(article.getId())).containsExactly(KnowledgeArticleIds.REVIEW_DUE);
  }

  @Test
  void anArticleSentBackIsRevisedByItsAuthorAndReviewedAgain() {
    ProcessInstance article = capture("VPN on hotel wifi " + marker, "Use TCP mode.");
    complete(article, REVIEW, REVIEW_DECISION, "revise", REVIEW_COMMENTS, "Say where TCP mode is switched on");

    Task revise = steps.task(article.getId(), REVISE);
    assertThat(steps.tasks(article.getId())).as("only the revision waits").hasSize(1);
    assertThat(revise.getAssignee()).as("back to its author").isEqualTo("requester");
    complete(article, REVISE, TITLE, "VPN on hotel wifi " + marker, BODY, "Settings → Protocol → TCP, then reconnect.");
    complete(article, REVIEW, REVIEW_DECISION, "approve");

    assertThat(knowledge.versions(articleId(article))).hasSize(2);
    assertThat(found()).hasSize(1);
  }

  @Test
  void aRejectedArticleIsNeverPublished() {
    ProcessInstance article = capture("Reboot everything " + marker, "Turn it off and on.");

    complete(article, REVIEW, REVIEW_DECISION, "reject", REVIEW_COMMENTS, "Not specific enough");

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

    ProcessInstance article = start(TITLE, "Outlook hangs on start", SOURCE, "incident", SOURCE_REF, incident);

    assertThat(knowledge.find(articleId(article)).orElseThrow().body()).contains("scanpst " + marker);
  }

  @Test
  void anArticleWithoutTitleOrBodyIsRefused() {
    assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(PROCESS, ProcessSteps.vars(BODY, "x")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("title");

    Http.Response response = new Http(port).as("requester", "demo").post(
        "/engine-rest/process-definition/key/KnowledgeArticle/start",
        "{\"variables\":{\"title\":{\"value\":\"No body\"}}}");
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("field").asText()).isEqualTo("body");
  }

  // --- helpers --------------------------------------------------------------------------------

  private ProcessInstance capture(String title, String body) {
    return start(TITLE, title, BODY, body, CATEGORY, "hardware", SOURCE, "manual");
  }

  /** The requester captures an article, as the start form does. */
  private ProcessInstance start(Object... namesAndValues) {
    Map<String, Object> variables = ProcessSteps.vars(namesAndValues);
    AUTHOR.put(variables, "requester");
    ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(PROCESS, variables);
    coverage.track(instance.getId());
    steps.runJobs(instance.getId());
    return instance;
  }

  private long articleId(ProcessInstance article) {
    return steps.historicVariable(article.getId(), ARTICLE_ID);
  }

  private List<String> found() {
    return knowledge.search(marker, null, null, 10).stream().map(KnowledgeBase.Article::title).toList();
  }

  private void complete(ProcessInstance article, String taskKey, Object... namesAndValues) {
    steps.complete(article.getId(), taskKey, namesAndValues);
  }

  /** The periodic review falls due. */
  private void reviewDue(ProcessInstance article) {
    ProcessSteps.moveClock(Duration.ofDays(180).plusMinutes(1));
    steps.fireTimer(article.getId(), KnowledgeArticleIds.REVIEW_DUE);
  }

  private void assertEnded(ProcessInstance article, String endEventId) {
    assertThat(steps.endedAt(article.getId(), endEventId)).as("ended at " + endEventId).isTrue();
  }
}
