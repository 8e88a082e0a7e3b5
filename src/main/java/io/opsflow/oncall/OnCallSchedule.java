package io.opsflow.oncall;

import io.opsflow.platform.model.ModelBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When the OnCallSchedule model looks for ended shifts ({@code opsflow.oncall.check}, its timer
 * start event's cycle, read when the model is deployed): every five minutes by default, so a
 * handover starts within five minutes of the shift's end.
 */
@ModelBean
@Component("onCallSchedule")
public class OnCallSchedule {

  private final String check;

  OnCallSchedule(@Value("${opsflow.oncall.check:0 */5 * * * ?}") String check) {
    this.check = check.strip();
  }

  /** The check's timer cycle: a cron expression or an ISO 8601 repetition. */
  public String getCheck() {
    return check;
  }
}
