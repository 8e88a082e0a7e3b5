package io.opsflow.continuity;

import io.opsflow.platform.model.ModelBean;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When continuity work falls due ({@code opsflow.continuity.*}): when the ContinuitySchedule model
 * looks for due work (its timer start event reads {@link #getCheck()}; a changed value applies at
 * the next start-up, see {@link ContinuityCheckTimer}), how often a plan is drilled and a
 * backed-up system's restore is tested, how soon a failed test is repeated, and how old the
 * latest backup may be when it is tested (the backup cycle, {@code backup-max-age}, default one
 * day, for backups are daily, 运维制度流程范文 4 "每天…备份数据": an older backup fails the test).
 */
@ModelBean
@Component("continuitySchedule")
public class ContinuitySchedule {

  private final String check;
  private final Period drillInterval;
  private final Period backupInterval;
  private final Period backupRetestAfterFailure;
  private final Duration backupMaxAge;

  ContinuitySchedule(@Value("${opsflow.continuity.check:0 0 6 * * ?}") String check,
      @Value("${opsflow.continuity.drill-interval:P3M}") String drillInterval,
      @Value("${opsflow.continuity.backup-interval:P1M}") String backupInterval,
      @Value("${opsflow.continuity.backup-retest-after-failure:P7D}") String backupRetestAfterFailure,
      @Value("${opsflow.continuity.backup-max-age:P1D}") String backupMaxAge) {
    this.check = check.strip();
    this.drillInterval = Period.parse(drillInterval);
    this.backupInterval = Period.parse(backupInterval);
    this.backupRetestAfterFailure = Period.parse(backupRetestAfterFailure);
    this.backupMaxAge = Duration.parse(backupMaxAge);
    if (this.backupMaxAge.isNegative() || this.backupMaxAge.isZero()) {
      throw new IllegalArgumentException("opsflow.continuity.backup-max-age must be a positive duration such as P1D");
    }
  }

  /** The daily check's timer cycle: a cron expression or an ISO 8601 repetition. */
  public String getCheck() {
    return check;
  }

  Period drillInterval() {
    return drillInterval;
  }

  Period backupInterval() {
    return backupInterval;
  }

  Period backupRetestAfterFailure() {
    return backupRetestAfterFailure;
  }

  /** How old the latest backup may be when it is tested: the expected backup cycle. */
  Duration backupMaxAge() {
    return backupMaxAge;
  }

  /** The instant a period after the given one; months count on the calendar (UTC). */
  static Instant after(Instant from, Period period) {
    return from.atZone(ZoneOffset.UTC).plus(period).toInstant();
  }
}
