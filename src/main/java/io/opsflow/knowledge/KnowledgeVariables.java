package io.opsflow.knowledge;

import org.camunda.bpm.engine.delegate.VariableScope;

/** The knowledge process's variables: names (a contract) and typed access. */
public final class KnowledgeVariables {

  public static final String TITLE = "title";
  public static final String BODY = "body";
  public static final String CATEGORY = "category";
  public static final String CI = "ci";
  public static final String SOURCE = "source";
  public static final String SOURCE_REF = "sourceRef";
  public static final String AUTHOR = "author";
  public static final String ARTICLE_ID = "articleId";
  public static final String REVIEW_DECISION = "reviewDecision";
  public static final String REVIEW_COMMENTS = "reviewComments";
  public static final String REVIEW_DUE = "reviewDue";
  public static final String PERIODIC_DECISION = "periodicDecision";

  private final VariableScope scope;

  private KnowledgeVariables(VariableScope scope) {
    this.scope = scope;
  }

  public static KnowledgeVariables of(VariableScope scope) {
    return new KnowledgeVariables(scope);
  }

  public String title() {
    return string(TITLE);
  }

  public String body() {
    return string(BODY);
  }

  public String category() {
    return blankToNull(string(CATEGORY));
  }

  public String ci() {
    return blankToNull(string(CI));
  }

  public String source() {
    String source = blankToNull(string(SOURCE));
    return source == null ? "manual" : source;
  }

  public String sourceRef() {
    return blankToNull(string(SOURCE_REF));
  }

  public String author() {
    return string(AUTHOR);
  }

  public long articleId() {
    return ((Number) scope.getVariable(ARTICLE_ID)).longValue();
  }

  public String reviewComments() {
    return string(REVIEW_COMMENTS);
  }

  public String periodicDecision() {
    return string(PERIODIC_DECISION);
  }

  public KnowledgeVariables set(String name, Object value) {
    scope.setVariable(name, value);
    return this;
  }

  private String string(String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
