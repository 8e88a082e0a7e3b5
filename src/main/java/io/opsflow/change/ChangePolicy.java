package io.opsflow.change;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The change calendar and the CAB's deadlines ({@code opsflow.change}): the freeze periods in which
 * no change is scheduled (emergency changes excepted), given in the business-hours time zone, and
 * how long the CAB and the emergency CAB have to vote.
 */
@ConfigurationProperties("opsflow.change")
public record ChangePolicy(List<FreezePeriod> freezePeriods, Duration cabVoteDeadline, Duration ecabVoteDeadline) {

  /** A period in which changes are frozen (year-end closing, a sales event, an audit). */
  public record FreezePeriod(String name, LocalDateTime start, LocalDateTime end) {

    public FreezePeriod {
      if (name == null || start == null || end == null || !start.isBefore(end)) {
        throw new IllegalArgumentException("a freeze period of opsflow.change.freeze-periods needs a name and a start "
            + "before its end: " + name + " " + start + " – " + end);
      }
    }
  }

  public ChangePolicy {
    freezePeriods = freezePeriods == null ? List.of() : List.copyOf(freezePeriods);
    cabVoteDeadline = cabVoteDeadline == null ? Duration.ofDays(5) : cabVoteDeadline;
    ecabVoteDeadline = ecabVoteDeadline == null ? Duration.ofHours(4) : ecabVoteDeadline;
  }
}
