package io.opsflow.problem;

import io.opsflow.platform.DefaultingInputListener;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * The problem's input rules at its starts (the incident's message, Tasklist, {@code /engine-rest}):
 * a start with bad input is refused naming the field; one that passes gets the defaults of what it
 * left out; a reporter named must be a known user. "Confirm fix verified" is refused without its
 * evidence (or, when not verified, its reason).
 */
@Component("problemInput")
class ProblemInputListener extends DefaultingInputListener {

  ProblemInputListener(IdentityService identity) {
    super("Problem not started", ProblemInput.DEFAULTS,
        variables -> ProblemInput.checkStart(variables, ProblemInput.users(identity)),
        ProblemInput::checkCompletion);
  }
}
