package io.opsflow.oncall;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The on-call rota (值班表): each team's shifts one after another, who took a shift over from
 * whom (swaps and overrides) and each team's escalation list. A team is a support group; a shift's
 * member is one of its people, or nobody when the period is uncovered on purpose.
 */
@Repository
public class OnCallRota {

  /** A shift; {@code handoverStartedAt} is when the schedule started its handover (once, after it ended). */
  public record Shift(String shiftId, String team, String member, Instant startsAt, Instant endsAt,
      boolean uncoveredOnPurpose, Instant handoverStartedAt) {
  }

  /** One person taking over another's shift, and who agreed to it. */
  public record Swap(String swapId, String shiftId, String team, Instant startsAt, Instant endsAt,
      String originalMember, String replacingMember, String agreedBy, String recordedBy, Instant recordedAt) {
  }

  private final JdbcClient jdbc;
  private final TransactionTemplate ownTransaction;

  OnCallRota(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * Holds the team's rota lock (a row {@code oncall:<team>} of {@code opsflow_lock}, made on first
   * use in a transaction of its own) until the caller's transaction ends: two writes of one team's
   * rota, on any node, run one after the other, so the second checks against what the first stored.
   */
  void lockTeam(String team) {
    String name = "oncall:" + team;
    try {
      ownTransaction.executeWithoutResult(status -> {
        if (jdbc.sql("SELECT COUNT(*) FROM opsflow_lock WHERE lock_name = ?").param(name).query(Long.class).single() == 0) {
          jdbc.sql("INSERT INTO opsflow_lock (lock_name) VALUES (?)").param(name).update();
        }
      });
    } catch (DuplicateKeyException madeMeanwhile) {
      // another write made it at the same moment: it exists now
    }
    jdbc.sql("SELECT lock_name FROM opsflow_lock WHERE lock_name = ? FOR UPDATE").param(name).query(String.class).single();
  }

  public long count(String team) {
    return jdbc.sql("SELECT COUNT(*) FROM opsflow_oncall_shift WHERE team_id = ?").param(team).query(Long.class).single();
  }

  /** The team's shifts that overlap the period, in order. */
  public List<Shift> shifts(String team, Instant from, Instant to) {
    return jdbc.sql("SELECT * FROM opsflow_oncall_shift WHERE team_id = ? AND starts_at < ? AND ends_at > ? "
            + "ORDER BY starts_at")
        .params(team, Timestamp.from(to), Timestamp.from(from)).query(OnCallRota::shift).list();
  }

  /** The person's shifts that overlap the period, in order. */
  public List<Shift> shiftsOf(String member, Instant from, Instant to) {
    return jdbc.sql("SELECT * FROM opsflow_oncall_shift WHERE member_id = ? AND starts_at < ? AND ends_at > ? "
            + "ORDER BY starts_at")
        .params(member, Timestamp.from(to), Timestamp.from(from)).query(OnCallRota::shift).list();
  }

  /**
   * The team's shift at that moment: the one that starts at or before it and ends after it; should
   * shifts overlap (written before writes were serialised), the one that starts latest.
   */
  public Optional<Shift> at(String team, Instant moment) {
    return jdbc.sql("SELECT * FROM opsflow_oncall_shift WHERE team_id = ? AND starts_at <= ? AND ends_at > ? "
            + "ORDER BY starts_at DESC, shift_id")
        .params(team, Timestamp.from(moment), Timestamp.from(moment)).query(OnCallRota::shift).list().stream()
        .findFirst();
  }

  public Optional<Shift> find(String shiftId) {
    return jdbc.sql("SELECT * FROM opsflow_oncall_shift WHERE shift_id = ?").param(shiftId).query(OnCallRota::shift)
        .optional();
  }

  /** A stored shift of the team that runs across the moment (starts before it and ends after it). */
  Optional<Shift> across(String team, Instant moment) {
    return jdbc.sql("SELECT * FROM opsflow_oncall_shift WHERE team_id = ? AND starts_at < ? AND ends_at > ? "
            + "ORDER BY starts_at DESC, shift_id")
        .params(team, Timestamp.from(moment), Timestamp.from(moment)).query(OnCallRota::shift).list().stream()
        .findFirst();
  }

  /**
   * Replaces the team's shifts from the first given shift's start to the last one's end by the
   * given ones (in order, without gaps or overlaps: RotaInput checked them). A shift already over
   * when written is recorded as handed over: the schedule starts no handover for the past.
   */
  @Transactional
  public List<Shift> replace(String team, List<Shift> shifts, Instant now) {
    Instant from = shifts.get(0).startsAt();
    Instant to = shifts.get(shifts.size() - 1).endsAt();
    jdbc.sql("DELETE FROM opsflow_oncall_shift WHERE team_id = ? AND starts_at < ? AND ends_at > ?")
        .params(team, Timestamp.from(to), Timestamp.from(from)).update();
    List<Shift> stored = shifts.stream().map(s -> new Shift(UUID.randomUUID().toString(), team, s.member(),
        s.startsAt(), s.endsAt(), s.uncoveredOnPurpose(), s.endsAt().isAfter(now) ? null : now)).toList();
    stored.forEach(s -> jdbc.sql("""
            INSERT INTO opsflow_oncall_shift (shift_id, team_id, member_id, starts_at, ends_at, uncovered_on_purpose,
              handover_started_at) VALUES (?, ?, ?, ?, ?, ?, ?)""")
        .params(s.shiftId(), team, s.member(), Timestamp.from(s.startsAt()), Timestamp.from(s.endsAt()),
            s.uncoveredOnPurpose(), s.handoverStartedAt() == null ? null : Timestamp.from(s.handoverStartedAt()))
        .update());
    return stored;
  }

  /** Whom a page not acknowledged goes to next, in order. */
  public List<String> escalation(String team) {
    return jdbc.sql("SELECT user_id FROM opsflow_oncall_escalation WHERE team_id = ? ORDER BY position")
        .param(team).query(String.class).list();
  }

  @Transactional
  public void setEscalation(String team, List<String> users) {
    jdbc.sql("DELETE FROM opsflow_oncall_escalation WHERE team_id = ?").param(team).update();
    for (int i = 0; i < users.size(); i++) {
      jdbc.sql("INSERT INTO opsflow_oncall_escalation (team_id, position, user_id) VALUES (?, ?, ?)")
          .params(team, i, users.get(i)).update();
    }
  }

  /** The shifts ended by then whose handover has not started, the earliest first. */
  List<String> ended(Instant now) {
    return jdbc.sql("SELECT shift_id FROM opsflow_oncall_shift WHERE handover_started_at IS NULL AND ends_at <= ? "
            + "ORDER BY ends_at, team_id")
        .param(Timestamp.from(now)).query(String.class).list();
  }

  /**
   * Claims the ended shift's handover: true for the one caller that marks it started; false when
   * another node's check, or this job before a retry, did (or the shift was written again since).
   */
  boolean claimHandover(String shiftId, Instant now) {
    return jdbc.sql("UPDATE opsflow_oncall_shift SET handover_started_at = ? WHERE shift_id = ? "
            + "AND handover_started_at IS NULL")
        .params(Timestamp.from(now), shiftId).update() == 1;
  }

  /** Records that the replacing member takes the shift over, and who agreed. */
  @Transactional
  public Swap swap(Shift shift, String replacingMember, String agreedBy, String recordedBy, Instant now) {
    Swap swap = new Swap(UUID.randomUUID().toString(), shift.shiftId(), shift.team(), shift.startsAt(), shift.endsAt(),
        shift.member(), replacingMember, agreedBy, recordedBy, now);
    jdbc.sql("UPDATE opsflow_oncall_shift SET member_id = ? WHERE shift_id = ?")
        .params(replacingMember, shift.shiftId()).update();
    jdbc.sql("""
            INSERT INTO opsflow_oncall_swap (swap_id, shift_id, team_id, starts_at, ends_at, original_member,
              replacing_member, agreed_by, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(swap.swapId(), swap.shiftId(), swap.team(), Timestamp.from(swap.startsAt()),
            Timestamp.from(swap.endsAt()), swap.originalMember(), replacingMember, agreedBy, recordedBy,
            Timestamp.from(now))
        .update();
    return swap;
  }

  /** The swaps and overrides of the shift, the earliest first. */
  public List<Swap> swaps(String shiftId) {
    return jdbc.sql("SELECT * FROM opsflow_oncall_swap WHERE shift_id = ? ORDER BY recorded_at").param(shiftId)
        .query((rs, row) -> new Swap(rs.getString("swap_id"), rs.getString("shift_id"), rs.getString("team_id"),
            rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
            rs.getString("original_member"), rs.getString("replacing_member"), rs.getString("agreed_by"),
            rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant()))
        .list();
  }

  private static Shift shift(ResultSet rs, int row) throws SQLException {
    Timestamp handover = rs.getTimestamp("handover_started_at");
    return new Shift(rs.getString("shift_id"), rs.getString("team_id"), rs.getString("member_id"),
        rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
        rs.getBoolean("uncovered_on_purpose"), handover == null ? null : handover.toInstant());
  }
}
