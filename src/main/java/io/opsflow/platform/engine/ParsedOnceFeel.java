package io.opsflow.platform.engine;

import camundajar.impl.scala.util.Either;
import camundajar.impl.scala.util.Right;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelEngineFactory;
import org.camunda.bpm.dmn.feel.impl.juel.FeelEngineFactoryImpl;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.camunda.feel.FeelEngine.Failure;
import org.camunda.feel.context.Context;
import org.camunda.feel.syntaxtree.ParsedExpression;

/**
 * Camunda's FEEL engine for the decision tables, parsing each expression once. Camunda's engine
 * parses every input entry and output entry again at every evaluation: with the incident's
 * decisions (priority, SLA targets, routing) that was two fifths of the time a registration spent
 * in DMN (docs/BENCHMARKS.md).
 * The parsed expression is kept by its text, so a redeployed table with changed entries is
 * parsed anew; evaluation, variables, functions and error messages are Camunda's own.
 */
final class ParsedOnceFeel implements FeelEngineFactory {

  /** More distinct expressions than the deployed tables hold; past it the cache starts over. */
  static final int MAX_EXPRESSIONS = 10_000;

  private final DefaultDmnEngineConfiguration dmn;

  /** @param dmn read when the DMN engine is built, after Camunda has set its FEEL options */
  ParsedOnceFeel(DefaultDmnEngineConfiguration dmn) {
    this.dmn = dmn;
  }

  @Override
  public FeelEngine createInstance() {
    if (dmn.isEnableFeelLegacyBehavior()) { // Camunda's JUEL-based FEEL, as Camunda would choose it
      return new FeelEngineFactoryImpl().createInstance();
    }
    return new Engine(dmn.getFeelCustomFunctionProviders());
  }

  /** Camunda's DMN-facing engine with the FEEL interpreter underneath replaced by {@link Parsing}. */
  static final class Engine extends ScalaFeelEngine {
    Engine(List<FeelCustomFunctionProvider> functionProviders) {
      super(functionProviders);
      org.camunda.feel.FeelEngine built = feelEngine;
      feelEngine = new Parsing(built);
    }

    int expressionsParsed() {
      Parsing parsing = (Parsing) feelEngine;
      return parsing.expressions.size() + parsing.unaryTests.size();
    }
  }

  /** The FEEL interpreter as Camunda builds it, keeping what it parsed. */
  static final class Parsing extends org.camunda.feel.FeelEngine {
    private final Map<String, ParsedExpression> expressions = new ConcurrentHashMap<>();
    private final Map<String, ParsedExpression> unaryTests = new ConcurrentHashMap<>();

    Parsing(org.camunda.feel.FeelEngine built) {
      super(built.functionProvider(), built.valueMapper(), built.configuration(), built.clock());
    }

    @Override
    @SuppressWarnings("deprecation") // the API Camunda 7.24's ScalaFeelEngine calls
    public Either<Failure, Object> evalExpression(String expression, Context context) {
      return run(expression, expressions, this::parseExpression, context);
    }

    @Override
    @SuppressWarnings({"deprecation", "unchecked", "rawtypes"})
    public Either<Failure, Object> evalUnaryTests(String expression, Context context) {
      // Camunda reads the result as a boolean (BoxesRunTime.unboxToBoolean), as FEEL's own method does
      return (Either) run(expression, unaryTests, this::parseUnaryTests, context);
    }

    @SuppressWarnings({"deprecation", "unchecked", "rawtypes"})
    private Either<Failure, Object> run(String expression, Map<String, ParsedExpression> parsed,
        Function<String, Either<Failure, ParsedExpression>> parser, Context context) {
      ParsedExpression known = parsed.get(expression);
      if (known == null) {
        Either<Failure, ParsedExpression> result = parser.apply(expression);
        if (!(result instanceof Right<Failure, ParsedExpression> right)) {
          return (Either) result; // a parse failure, with FEEL's message; not kept
        }
        known = right.value();
        if (parsed.size() >= MAX_EXPRESSIONS) {
          parsed.clear();
        }
        parsed.put(expression, known);
      }
      return (Either) eval(known, context);
    }
  }
}
