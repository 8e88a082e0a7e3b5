package io.opsflow.capacity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The utilisation monitoring posts, the capacity reviews and each reviewed service's result. */
@Repository
public class CapacityRecords {

  /** A review: its quarter when the schedule started it. */
  public record Review(String reviewNumber, String scheduledQuarter, Instant openedAt, Instant reportedAt) {
  }

  /**
   * A critical service in a review: the measures recorded (percent, by name), CapacityHeadroom's action
   * ({@code none}, {@code change}, {@code purchase}) and reason, the change raised.
   */
  public record Result(String serviceId, String serviceName, String recordedBy, Instant recordedAt,
      Map<String, Double> measures, String action, String reason, String changeNumber) {
  }

  /** What monitoring posted for a service. */
  public record Measurement(String serviceId, Instant measuredAt, String postedBy, Map<String, Double> measures) {
  }

  private static final String COLUMNS = String.join(", ", CapacityReviewIds.MEASURES.stream()
      .map(CapacityRecords::column).toList());

  private final JdbcClient jdbc;

  CapacityRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void measured(Measurement m) {
    jdbc.sql("INSERT INTO opsflow_capacity_measurement (service_id, measured_at, posted_by, " + COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(m.serviceId(), Timestamp.from(m.measuredAt()), m.postedBy())
        .params(CapacityReviewIds.MEASURES.stream().map(m.measures()::get).toList()).update();
  }

  /** The latest utilisation monitoring posted for the service. */
  Optional<Measurement> latest(String serviceId) {
    return jdbc.sql("SELECT * FROM opsflow_capacity_measurement WHERE service_id = ? ORDER BY measured_at DESC, id DESC")
        .param(serviceId)
        .query((rs, row) -> new Measurement(rs.getString("service_id"), rs.getTimestamp("measured_at").toInstant(),
            rs.getString("posted_by"), measures(rs)))
        .stream().findFirst();
  }

  /** Opens the review; a scheduled quarter opened already refuses it (its unique key). */
  void opened(String number, String quarter, String processInstanceId, Instant at, List<String[]> services) {
    jdbc.sql("INSERT INTO opsflow_capacity_review (review_number, scheduled_quarter, process_instance_id, opened_at) "
            + "VALUES (?, ?, ?, ?)")
        .params(number, quarter, processInstanceId, Timestamp.from(at)).update();
    for (String[] service : services) {
      jdbc.sql("INSERT INTO opsflow_capacity_result (review_number, service_id, service_name) VALUES (?, ?, ?)")
          .params(number, service[0], service[1]).update();
    }
  }

  boolean quarterOpened(String quarter) {
    return jdbc.sql("SELECT COUNT(*) FROM opsflow_capacity_review WHERE scheduled_quarter = ?").param(quarter)
        .query(Integer.class).single() > 0;
  }

  void recorded(String number, String serviceId, Map<String, Double> measures, String by, Instant at) {
    jdbc.sql("UPDATE opsflow_capacity_result SET recorded_by = ?, recorded_at = ?, "
            + String.join(", ", CapacityReviewIds.MEASURES.stream().map(m -> column(m) + " = ?").toList())
            + " WHERE review_number = ? AND service_id = ?")
        .params(by, Timestamp.from(at)).params(CapacityReviewIds.MEASURES.stream().map(measures::get).toList())
        .params(number, serviceId).update();
  }

  void judged(String number, String serviceId, String action, String reason) {
    jdbc.sql("UPDATE opsflow_capacity_result SET action = ?, reason = ? WHERE review_number = ? AND service_id = ?")
        .params(action, reason, number, serviceId).update();
  }

  void changeRequested(String number, String serviceId, String changeNumber) {
    jdbc.sql("UPDATE opsflow_capacity_result SET change_number = ? WHERE review_number = ? AND service_id = ?")
        .params(changeNumber, number, serviceId).update();
  }

  void reported(String number, Instant at) {
    jdbc.sql("UPDATE opsflow_capacity_review SET reported_at = ? WHERE review_number = ?")
        .params(Timestamp.from(at), number).update();
  }

  public Optional<Review> find(String number) {
    return jdbc.sql("SELECT * FROM opsflow_capacity_review WHERE review_number = ?").param(number)
        .query((rs, row) -> new Review(rs.getString("review_number"), rs.getString("scheduled_quarter"),
            rs.getTimestamp("opened_at").toInstant(), instant(rs.getTimestamp("reported_at"))))
        .optional();
  }

  public List<Result> results(String number) {
    return jdbc.sql("SELECT * FROM opsflow_capacity_result WHERE review_number = ? ORDER BY service_id").param(number)
        .query((rs, row) -> new Result(rs.getString("service_id"), rs.getString("service_name"),
            rs.getString("recorded_by"), instant(rs.getTimestamp("recorded_at")),
            rs.getObject("cpu_peak") == null ? null : measures(rs), rs.getString("action"), rs.getString("reason"),
            rs.getString("change_number")))
        .list();
  }

  private static Map<String, Double> measures(ResultSet rs) throws SQLException {
    Map<String, Double> measures = new LinkedHashMap<>();
    for (String name : CapacityReviewIds.MEASURES) {
      measures.put(name, rs.getDouble(column(name)));
    }
    return measures;
  }

  private static String column(String measure) {
    return measure.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
  }

  private static Instant instant(Timestamp at) {
    return at == null ? null : at.toInstant();
  }
}
