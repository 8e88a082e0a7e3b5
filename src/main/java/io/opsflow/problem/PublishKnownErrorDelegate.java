package io.opsflow.problem;

import static io.opsflow.problem.ProblemVariables.*;

import io.opsflow.platform.process.EngineClock;
import io.opsflow.knowledge.KnowledgeBase;
import io.opsflow.knowledge.KnowledgeRequests;
import org.springframework.stereotype.Component;

/**
 * "Publish known error": the root cause and workaround go into the knowledge base as a known
 * error, published at once, so the service desk's look-up finds it for the next incident; a
 * knowledge manager reviews it within the configured time, as other articles.
 */
@Component("publishKnownError")
record PublishKnownErrorDelegate(KnowledgeBase knowledge, KnowledgeRequests requests, ProblemRecords records) implements ProblemVariables.Step {

  @Override
  public void execute(ProblemVariables problem) {
    long article = knowledge.publishKnownError(problem.get(PROBLEM_NUMBER), problem.get(SUMMARY), problem.get(ROOT_CAUSE),
        problem.get(WORKAROUND), problem.get(CATEGORY), problem.get(AFFECTED_CI));
    problem.set(KNOWN_ERROR_ARTICLE, article);
    requests.reviewKnownError(article);
    records.knownError(problem.get(PROBLEM_NUMBER), problem.get(ROOT_CAUSE), problem.get(WORKAROUND), article, EngineClock.now());
  }
}
