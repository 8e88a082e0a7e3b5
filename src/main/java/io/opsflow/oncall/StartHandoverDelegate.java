package io.opsflow.oncall;

import static io.opsflow.oncall.OnCallScheduleVariables.*;

import io.opsflow.platform.BadRequestException;
import io.opsflow.platform.process.EngineClock;
import io.opsflow.platform.process.StartMessages;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * "Start handover" (OnCallSchedule, once per ended shift): claims the shift's handover and sends
 * ShiftEnded (team, outgoing, incoming, shiftStart, shiftEnd) in one transaction; the handover
 * model starts when one is deployed. A shift claimed since the check looked (by another node's
 * check, or by this job before a retry) is left alone: one handover per shift. A period uncovered
 * on purpose has nobody to hand over: it is claimed and nothing is sent. When the same person is on
 * duty next, incoming is left empty (the team acknowledges). A start the handover's rules refuse
 * (checked here, before the engine) is logged as a warning and the shift stays claimed: one bad
 * shift never blocks the schedule.
 */
@Component("startHandover")
record StartHandoverDelegate(OnCallRota rota, HandoverInputRules rules) implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(StartHandoverDelegate.class);

  @Override
  public void execute(DelegateExecution execution) {
    String shiftId = OnCallScheduleVariables.of(execution).get(SHIFT_ID);
    OnCallRota.Shift shift = rota.find(shiftId).orElse(null);
    if (shift == null || !rota.claimHandover(shiftId, EngineClock.now())) {
      LOG.info("Handover of shift {} not started: started since, or the rota was written again", shiftId);
      return;
    }
    if (shift.member() == null) {
      return;
    }
    String incoming = rota.at(shift.team(), shift.endsAt()).map(OnCallRota.Shift::member)
        .filter(next -> !next.equals(shift.member())).orElse(null); // the same person again: the team acknowledges
    Map<String, Object> variables = new HashMap<>();
    TEAM.put(variables, shift.team());
    OUTGOING.put(variables, shift.member());
    INCOMING.put(variables, incoming);
    SHIFT_START.put(variables, shift.startsAt());
    SHIFT_END.put(variables, shift.endsAt());
    try {
      rules.checkStart(variables); // before the engine: its refusal would roll the claim back for ever
    } catch (BadRequestException refused) {
      LOG.warn("Handover of shift {} ({} in {}, {} to {}) not started, the shift stays claimed: {}", shiftId,
          shift.member(), shift.team(), shift.startsAt(), shift.endsAt(), refused.getMessage());
      return;
    }
    boolean started = StartMessages.sendIfReceived(execution.getProcessEngineServices().getRuntimeService(),
        OnCallIds.SHIFT_ENDED_MESSAGE, variables);
    LOG.info("Shift of {} in {} ended at {}: handover to {} {}", shift.member(), shift.team(), shift.endsAt(),
        incoming, started ? "started" : "not started (no handover model deployed)");
  }
}
