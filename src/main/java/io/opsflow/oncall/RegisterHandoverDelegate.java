package io.opsflow.oncall;

import static io.opsflow.oncall.HandoverVariables.*;

import io.opsflow.platform.process.TicketNumbers;
import java.time.Duration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * "Register handover": gives the handover its number HOV-year-n as business key (the task is not
 * async, so the rota and a person starting it learn the number at once), the names without
 * surrounding blanks, the shift's times as dates (a form submits text), and how long the incoming
 * person has to acknowledge.
 */
@Component("registerHandover")
class RegisterHandoverDelegate implements JavaDelegate {

  private final TicketNumbers numbers;
  private final Duration acknowledgeWithin;

  RegisterHandoverDelegate(TicketNumbers numbers,
      @Value("${opsflow.oncall.handover-ack:PT30M}") Duration acknowledgeWithin) {
    this.numbers = numbers;
    this.acknowledgeWithin = acknowledgeWithin;
  }

  @Override
  public void execute(DelegateExecution execution) {
    HandoverVariables handover = HandoverVariables.of(execution);
    String number = numbers.next(HandoverIds.PREFIX);
    execution.setProcessBusinessKey(number);
    String incoming = handover.get(INCOMING);
    handover.set(HANDOVER_NUMBER, number).set(TEAM, handover.get(TEAM).strip())
        .set(OUTGOING, handover.get(OUTGOING).strip()).set(INCOMING, incoming == null ? null : incoming.strip())
        .set(SHIFT_START, handover.get(SHIFT_START)).set(SHIFT_END, handover.get(SHIFT_END))
        .set(ACKNOWLEDGE_WITHIN, acknowledgeWithin.toString()).set(ESCALATED, false);
  }
}
