package io.opsflow.platform.process;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The base of each family's variables accessor ({@code IncidentVariables.of(execution)}): typed
 * reads and writes of the family's {@link Variable}s on one scope, chainable.
 *
 * @param <S> the accessor itself, so that {@code set} chains
 */
public abstract class ProcessVariables<S extends ProcessVariables<S>> {

  private final VariableScope scope;

  protected ProcessVariables(VariableScope scope) {
    this.scope = scope;
  }

  public <T> T get(Variable<T> variable) {
    return variable.get(scope);
  }

  public <T> S set(Variable<T> variable, T value) {
    variable.set(scope, value);
    return self();
  }

  /** Sets the variable on this scope only (a branch of a multi-instance, a sub-process). */
  public <T> S setLocal(Variable<T> variable, T value) {
    variable.setLocal(scope, value);
    return self();
  }

  /** The scope, for what the accessor does not cover (Camunda's own API). */
  protected VariableScope scope() {
    return scope;
  }

  @SuppressWarnings("unchecked")
  private S self() {
    return (S) this;
  }
}
