package io.opsflow.platform.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opsflow.platform.Inputs;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * One process variable: its name (the contract forms, models, decisions and integrations use) and
 * how its value is read from and written to a Camunda variable scope. Each process family declares
 * its variables once, in its {@code …Variables} accessor, and reads and writes them only through
 * these descriptors, so that no raw name or cast is scattered through delegates and tests:
 *
 * <pre>
 *   public static final Variable&lt;String&gt; SUMMARY = Variable.text("summary");
 *   incident.set(CURRENT_TIER, "L2");  String tier = incident.get(CURRENT_TIER);
 * </pre>
 *
 * @param <T> the value's type in Java
 */
public final class Variable<T> {

  private final String name;
  private final BiFunction<Map<String, Object>, String, T> reader;
  private final Function<T, Object> writer;

  private Variable(String name, BiFunction<Map<String, Object>, String, T> reader, Function<T, Object> writer) {
    this.name = name;
    this.reader = reader;
    this.writer = writer;
  }

  /** Text; any other value is read as its text, and a value left out as null. */
  public static Variable<String> text(String name) {
    return new Variable<>(name, (variables, field) -> {
      Object value = variables.get(field);
      return value == null ? null : value.toString();
    }, value -> value);
  }

  /** Text, with blank read as null (an optional form field left empty). */
  public static Variable<String> optionalText(String name) {
    return new Variable<>(name, (variables, field) -> {
      Object value = variables.get(field);
      return value == null || value.toString().isBlank() ? null : value.toString();
    }, value -> value);
  }

  /** True or false; anything but true (also a value left out) is false. */
  public static Variable<Boolean> flag(String name) {
    return new Variable<>(name, (variables, field) -> Boolean.TRUE.equals(variables.get(field)), value -> value);
  }

  /** True, false, or null when not decided yet. */
  public static Variable<Boolean> optionalFlag(String name) {
    return new Variable<>(name, (variables, field) -> variables.get(field) instanceof Boolean b ? b : null,
        value -> value);
  }

  /** A whole number; a value left out is 0. */
  public static Variable<Integer> count(String name) {
    return new Variable<>(name, (variables, field) -> variables.get(field) instanceof Number n ? n.intValue() : 0,
        value -> value);
  }

  /** A whole number, or null when left out. */
  public static Variable<Integer> number(String name) {
    return new Variable<>(name, (variables, field) -> variables.get(field) instanceof Number n ? n.intValue() : null,
        value -> value);
  }

  /** A long number (a row id, a byte count), or null when left out. */
  public static Variable<Long> longNumber(String name) {
    return new Variable<>(name,
        (variables, field) -> variables.get(field) instanceof Number n ? n.longValue() : null, value -> value);
  }

  /**
   * A point in time, kept as a Date (what Camunda's timers, forms and Cockpit read); read as
   * {@link Inputs#instant} does, so ISO text with an offset is accepted too.
   */
  public static Variable<Instant> time(String name) {
    return new Variable<>(name, Inputs::instant, value -> value == null ? null : Date.from(value));
  }

  /** A list of texts, read as {@link Inputs#textList} does (a list, JSON text, or typed ids). */
  public static Variable<List<String>> textList(String name) {
    return new Variable<>(name, Inputs::textList, value -> value);
  }

  /**
   * Rows of objects (a Camunda Forms dynamic list), read as {@link Inputs#objectList} does and kept
   * as a Json variable, which Tasklist hands to the form as the list it fills.
   */
  public static Variable<List<Map<String, Object>>> rows(String name) {
    return new Variable<>(name, Inputs::objectList, value -> {
      try {
        return value == null ? null : SpinValues.jsonValue(ROWS.writeValueAsString(value)).create();
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException(name + " cannot be written as JSON", e);
      }
    });
  }

  private static final ObjectMapper ROWS = new ObjectMapper();

  /** Any other value, kept as it is and read with a cast to its type. */
  public static <T> Variable<T> value(String name, Class<T> type) {
    return new Variable<>(name, (variables, field) -> type.cast(variables.get(field)), value -> value);
  }

  public String name() {
    return name;
  }

  /** The variables' names: a process's start contract, {@code Variable.names(SUMMARY, IMPACT, …)}. */
  public static java.util.Set<String> names(Variable<?>... variables) {
    return java.util.Arrays.stream(variables).map(Variable::name).collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  /** The value in the scope (its local and inherited variables). */
  public T get(VariableScope scope) {
    return reader.apply(new ScopeView(scope), name);
  }

  /** The value in a plain map of variables (a start request, a task's completion). */
  public T from(Map<String, Object> variables) {
    return reader.apply(variables, name);
  }

  /** The value as it is stored in the engine. */
  public Object stored(T value) {
    return writer.apply(value);
  }

  public void set(VariableScope scope, T value) {
    scope.setVariable(name, stored(value));
  }

  public void setLocal(VariableScope scope, T value) {
    scope.setVariableLocal(name, stored(value));
  }

  /** Puts the value, as stored, into a map of variables (a start or a message). */
  public Map<String, Object> put(Map<String, Object> variables, T value) {
    variables.put(name, stored(value));
    return variables;
  }

  @Override
  public String toString() {
    return name;
  }

  /** Reads one variable of a scope by name, without fetching all of them. */
  private static final class ScopeView extends java.util.AbstractMap<String, Object> {

    private final VariableScope scope;

    ScopeView(VariableScope scope) {
      this.scope = scope;
    }

    @Override
    public Object get(Object key) {
      return scope.getVariable((String) key);
    }

    @Override
    public boolean containsKey(Object key) {
      return scope.hasVariable((String) key);
    }

    @Override
    public java.util.Set<Entry<String, Object>> entrySet() {
      return scope.getVariables().entrySet();
    }
  }
}
