package io.opsflow.knowledge;

import io.opsflow.platform.process.ProcessVariables;
import io.opsflow.platform.process.Variable;
import java.time.Instant;
import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The knowledge process's variables: names (a contract) and typed access. */
public final class KnowledgeVariables extends ProcessVariables<KnowledgeVariables> {

  public static final Variable<String> TITLE = Variable.text("title");
  public static final Variable<String> BODY = Variable.text("body");
  public static final Variable<String> CATEGORY = Variable.optionalText("category");
  public static final Variable<String> CI = Variable.optionalText("ci");
  /** incident, problem, change or manual; read with {@link #source()}. */
  public static final Variable<String> SOURCE = Variable.optionalText("source");
  public static final Variable<String> SOURCE_REF = Variable.optionalText("sourceRef");
  public static final Variable<String> AUTHOR = Variable.text("author");
  public static final Variable<Long> ARTICLE_ID = Variable.longNumber("articleId");
  public static final Variable<String> REVIEW_DECISION = Variable.text("reviewDecision");
  public static final Variable<String> REVIEW_COMMENTS = Variable.text("reviewComments");
  public static final Variable<Instant> REVIEW_DUE = Variable.time("reviewDue");
  public static final Variable<String> PERIODIC_DECISION = Variable.text("periodicDecision");

  /** The variables a start may carry. */
  public static final Set<String> START = Variable.names(TITLE, BODY, CATEGORY, CI, SOURCE,
      SOURCE_REF);

  private KnowledgeVariables(VariableScope scope) {
    super(scope);
  }

  public static KnowledgeVariables of(VariableScope scope) {
    return new KnowledgeVariables(scope);
  }

  /** Where the article comes from; manual when not said. */
  public String source() {
    String source = get(SOURCE);
    return source == null ? KnowledgeBase.FROM_MANUAL : source;
  }
}
