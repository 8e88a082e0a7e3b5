package io.opsflow.platform.process;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The phases a ticket went through, one row each in its family's event table
 * ({@code opsflow_change_event}: id, the ticket number, occurred_at, phase, note): what the API shows
 * and the tests read.
 */
public final class TicketLog {

  /** One phase of a ticket. */
  public record Event(Instant occurredAt, String phase, String note) {
  }

  private final JdbcClient jdbc;
  private final String table;
  private final String numberColumn;

  /** @param table and numberColumn are fixed names from the code, never from a request */
  public TicketLog(JdbcClient jdbc, String table, String numberColumn) {
    this.jdbc = jdbc;
    this.table = table;
    this.numberColumn = numberColumn;
  }

  /** Records a phase; a note longer than the column is cut. */
  public void add(String number, String phase, String note, Instant now) {
    jdbc.sql("INSERT INTO " + table + " (" + numberColumn + ", occurred_at, phase, note) VALUES (?, ?, ?, ?)")
        .params(number, Timestamp.from(now), phase, note == null || note.length() <= 1000 ? note : note.substring(0, 1000))
        .update();
  }

  public List<Event> events(String number) {
    return jdbc.sql("SELECT occurred_at, phase, note FROM " + table + " WHERE " + numberColumn + " = ? ORDER BY id")
        .param(number)
        .query((rs, row) -> new Event(rs.getTimestamp("occurred_at").toInstant(), rs.getString("phase"), rs.getString("note")))
        .list();
  }

  public List<String> phases(String number) {
    return events(number).stream().map(Event::phase).toList();
  }

  /** A nullable timestamp column as an instant. */
  public static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
