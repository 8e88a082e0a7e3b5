package io.opsflow.oncall;

import static io.opsflow.oncall.PagingVariables.*;

import io.opsflow.platform.process.EngineClock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * "Find who is on duty" (OnCallPaging): the whom-to-page list, the team's person on duty now
 * first, then its escalation list (each once); the first of it is paged. None when nobody is on
 * duty and the team has no list: the incident managers are paged.
 */
@Component("findOnDuty")
record FindOnDutyDelegate(OnCallRota rota) implements PagingVariables.Step {

  @Override
  public void execute(PagingVariables page) {
    String team = page.get(TEAM);
    List<String> list = new ArrayList<>();
    rota.at(team, EngineClock.now()).map(OnCallRota.Shift::member).ifPresent(list::add);
    rota.escalation(team).stream().filter(user -> !list.contains(user)).forEach(list::add);
    page.set(PAGE_LIST, list).set(PAGE_ROUND, 0).set(PAGED_USER, list.isEmpty() ? null : list.get(0));
  }
}
