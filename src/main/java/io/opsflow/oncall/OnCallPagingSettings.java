package io.opsflow.oncall;

import io.opsflow.platform.model.ModelBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long a page waits for its acknowledgement before the next person on the escalation list is
 * paged ({@code opsflow.oncall.ack-minutes}, default 15): OnCallPaging's boundary timer reads it.
 */
@ModelBean
@Component("onCallPaging")
public class OnCallPagingSettings {

  private final int ackMinutes;

  OnCallPagingSettings(@Value("${opsflow.oncall.ack-minutes:15}") int ackMinutes) {
    if (ackMinutes < 1) {
      throw new IllegalArgumentException("opsflow.oncall.ack-minutes must be 1 or more, not " + ackMinutes);
    }
    this.ackMinutes = ackMinutes;
  }

  /** The acknowledgement wait as an ISO 8601 duration (PT15M). */
  public String getAckWait() {
    return "PT" + ackMinutes + "M";
  }
}
