package io.opsflow.oncall;

import static io.opsflow.oncall.PagingVariables.*;

import java.util.List;
import org.springframework.stereotype.Component;

/** "Take next on escalation list" (OnCallPaging): the page was not acknowledged in time; the next person, if any. */
@Component("takeNextOnList")
record TakeNextOnListDelegate() implements PagingVariables.Step {

  @Override
  public void execute(PagingVariables page) {
    List<String> list = page.get(PAGE_LIST);
    int round = page.get(PAGE_ROUND) + 1;
    page.set(PAGE_ROUND, round).set(PAGED_USER, round < list.size() ? list.get(round) : null);
  }
}
