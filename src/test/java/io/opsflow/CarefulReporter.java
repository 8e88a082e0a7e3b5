package io.opsflow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * A service desk tool that reports incidents to {@code /api/incidents} as a careful client does,
 * for the tests of faults under load: each report has an {@code Idempotency-Key} of its own, and a
 * report that got no answer or a 503 is sent again under the same key, to the next node where there
 * are several (as a load balancer does when a node stops answering), after a pause of 200 ms once
 * every node was tried. What was acknowledged and every answer are kept for the assertions.
 */
public final class CarefulReporter {

  /** Counted in {@link #answers()} beside the HTTP statuses: a 201 that replayed the answer to an earlier, lost request. */
  public static final int REPLAYED = -1;

  private final Map<String, String> acknowledged = new ConcurrentHashMap<>();
  private final Map<Integer, Integer> answers = new ConcurrentHashMap<>();

  /** Summary → incident number, for every report answered 201. */
  public Map<String, String> acknowledged() {
    return acknowledged;
  }

  /** HTTP status → how many answers (0: no answer; {@link #REPLAYED}: replayed 201s, counted in 201 as well). */
  public Map<Integer, Integer> answers() {
    return answers;
  }

  /** What {@link #instancesPerSummary} finds when every acknowledged report is one incident: summary → 1. */
  public Map<String, Long> oncePerAcknowledgedReport() {
    return acknowledged.keySet().stream().collect(Collectors.toMap(summary -> summary, summary -> 1L));
  }

  /** The incidents (process instances) in the database per summary starting with the prefix. */
  public static Map<String, Long> instancesPerSummary(Connection db, String prefix) throws SQLException {
    Map<String, Long> counts = new TreeMap<>();
    try (PreparedStatement query = db.prepareStatement("SELECT v.TEXT_, COUNT(*) FROM ACT_RU_VARIABLE v "
        + "WHERE v.NAME_ = 'summary' AND v.TEXT_ LIKE ? AND v.EXECUTION_ID_ = v.PROC_INST_ID_ GROUP BY v.TEXT_")) {
      query.setString(1, prefix + "%");
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          counts.put(rows.getString(1), rows.getLong(2));
        }
      }
    }
    return counts;
  }

  /**
   * One client: reports "{@code client}0", "{@code client}1", … until {@code stop} is set, each sent
   * until it is acknowledged (for at most a minute), starting at the first port.
   */
  public void report(String client, AtomicBoolean stop, int... ports) {
    for (int i = 0; !stop.get(); i++) {
      String summary = client + i;
      String key = UUID.randomUUID().toString();
      long until = System.nanoTime() + Duration.ofMinutes(1).toNanos();
      for (int attempt = 0; System.nanoTime() < until; attempt++) {
        int port = ports[attempt % ports.length];
        if (attempt > 0 && port == ports[0]) {
          sleep(200);
        }
        int status;
        Http.Response answer = null;
        try {
          answer = new Http(port).as("service-desk", "demo").header("Idempotency-Key", key)
              .post("/api/incidents", "{\"summary\":\"" + summary + "\",\"impact\":\"low\",\"urgency\":\"low\"}");
          status = answer.status();
        } catch (IllegalStateException noAnswer) {
          status = 0;
        }
        answers.merge(status, 1, Integer::sum);
        if (status == 201) {
          acknowledged.put(summary, answer.json().get("incidentNumber").asText());
          if ("true".equals(answer.header("Idempotent-Replayed"))) {
            answers.merge(REPLAYED, 1, Integer::sum);
          }
          break;
        }
        if (status != 0 && status != 503) {
          break; // counted: the test's assertion names it
        }
      }
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
