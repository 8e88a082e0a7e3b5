package io.opsflow.equipment;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The asset stock-takes (STK-…, 盘点): their scope, each asset expected with what the counter found
 * and what the configuration manager did, and the report kept as evidence.
 */
@Repository
public class StockTakes {

  /** A stock-take; {@code report} is its JSON report once done (answered as the object). */
  public record StockTake(String number, String department, String location, String requestedBy, Instant startedAt,
      Instant completedAt, @JsonRawValue String report, List<Item> items) {
  }

  /** An asset the stock-take expected. */
  public record Item(String ci, String assetNumber, String department, String location, String custodian,
      String result, String foundLocation, String note, String resolution, String resolutionNote) {
  }

  private final JdbcClient jdbc;

  StockTakes(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void register(String number, String department, String location, String processInstanceId, String requestedBy) {
    jdbc.sql("""
            INSERT INTO opsflow_stock_take (stock_take_number, department, location, process_instance_id, requested_by,
              started_at) VALUES (?, ?, ?, ?, ?, ?)""")
        .params(number, department, location, processInstanceId, requestedBy, Timestamp.from(Instant.now())).update();
  }

  /**
   * An open stock-take on request of the same department (both none: the same location), whose
   * locations meet this one's (a location left out covers all), if any. The periodic stock-take of
   * every asset blocks none: a department may be counted on its own meanwhile.
   */
  Optional<String> openOverlapping(String department, String location) {
    return jdbc.sql("""
            SELECT stock_take_number FROM opsflow_stock_take WHERE completed_at IS NULL
              AND (department IS NOT NULL OR location IS NOT NULL)
              AND ((department IS NULL AND CAST(? AS VARCHAR(100)) IS NULL) OR department = ?)
              AND (location IS NULL OR CAST(? AS VARCHAR(200)) IS NULL OR location = ?)
            ORDER BY stock_take_number""")
        .params(department, department, location, location).query(String.class).list().stream().findFirst();
  }

  void expect(String number, List<Map<String, Object>> assets) {
    jdbc.sql("DELETE FROM opsflow_stock_take_item WHERE stock_take_number = ?").param(number).update();
    assets.forEach(asset -> jdbc.sql("""
            INSERT INTO opsflow_stock_take_item (stock_take_number, ci_id, asset_number, department, location, custodian)
            VALUES (?, ?, ?, ?, ?, ?)""")
        .params(number, asset.get("ci"), asset.get("assetNumber"), asset.get("department"), asset.get("location"),
            asset.get("custodian")).update());
  }

  void counted(String number, Map<String, Object> row) {
    jdbc.sql("""
            UPDATE opsflow_stock_take_item SET result = ?, found_location = ?, note = ?
            WHERE stock_take_number = ? AND ci_id = ?""")
        .params(row.get("result"), row.get("foundLocation"), row.get("note"), number, row.get("ci")).update();
  }

  void resolved(String number, String ci, String resolution, String note) {
    jdbc.sql("""
            UPDATE opsflow_stock_take_item SET resolution = ?, resolution_note = ? WHERE stock_take_number = ? AND ci_id = ?""")
        .params(resolution, note, number, ci).update();
  }

  void report(String number, String report) {
    jdbc.sql("UPDATE opsflow_stock_take SET report = ?, completed_at = ? WHERE stock_take_number = ?")
        .params(report, Timestamp.from(Instant.now()), number).update();
  }

  public Optional<StockTake> find(String number) {
    List<Item> items = jdbc.sql("SELECT * FROM opsflow_stock_take_item WHERE stock_take_number = ? "
            + "ORDER BY department, location, asset_number").param(number)
        .query((rs, row) -> new Item(rs.getString("ci_id"), rs.getString("asset_number"), rs.getString("department"),
            rs.getString("location"), rs.getString("custodian"), rs.getString("result"), rs.getString("found_location"),
            rs.getString("note"), rs.getString("resolution"), rs.getString("resolution_note"))).list();
    return jdbc.sql("SELECT * FROM opsflow_stock_take WHERE stock_take_number = ?").param(number)
        .query((rs, row) -> stockTake(rs, items)).optional();
  }

  private static StockTake stockTake(ResultSet rs, List<Item> items) throws SQLException {
    Timestamp completed = rs.getTimestamp("completed_at");
    return new StockTake(rs.getString("stock_take_number"), rs.getString("department"), rs.getString("location"),
        rs.getString("requested_by"), rs.getTimestamp("started_at").toInstant(),
        completed == null ? null : completed.toInstant(), rs.getString("report"), items);
  }
}
