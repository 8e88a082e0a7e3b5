package io.opsflow.incident;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.opsflow.Http;
import io.opsflow.OpsFlowTestBase;
import io.opsflow.sla.BusinessHours;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo's year of incidents: twelve months of tickets on the demo estate, prioritised by the deployed
 * decision and numbered in the year they were reported, so that the service-level report shows real
 * figures on a new installation; written once.
 */
class DemoIncidentHistoryTest extends OpsFlowTestBase {

  @Autowired
  DemoIncidentHistory history;
  @Autowired
  BusinessHours hours;

  private YearMonth first;
  private YearMonth last;

  /** The months the history covers (the month the test database was created decides them, not today). */
  @BeforeEach
  void months() {
    Map<String, Object> span = jdbc.sql("SELECT MIN(reported_at) AS first, MAX(reported_at) AS last FROM opsflow_incident "
            + "WHERE reporter IN (:reporters) AND process_instance_id IS NULL")
        .param("reporters", DemoIncidentHistory.REPORTERS).query().singleRow();
    first = YearMonth.from(((Timestamp) span.get("first")).toInstant().atZone(hours.zone()));
    last = YearMonth.from(((Timestamp) span.get("last")).toInstant().atZone(hours.zone()));
  }

  @Test
  void theServiceLevelReportShowsAYearOfFiguresForTheDemo() {
    assertThat(first.plusMonths(DemoIncidentHistory.MONTHS - 1)).isEqualTo(last);

    JsonNode report = new Http(port).as("process-owner", "demo").get("/api/reports/service-levels?from=" + first + "&to=" + last).json();

    assertThat(report.get("months")).hasSize(DemoIncidentHistory.MONTHS);
    List<Boolean> availabilityMet = new ArrayList<>();
    for (JsonNode month : report.get("months")) {
      String name = month.get("month").asText();
      assertThat(month.at("/volume/opened").asInt()).as(name + " opened").isBetween(24, 60);
      assertThat(month.at("/faultHandling/withinLimitShare").asDouble()).as(name + " within 4 h").isBetween(50.0, 100.0);
      assertThat(month.at("/satisfaction/share").asDouble()).as(name + " rated 4 or 5").isBetween(60.0, 100.0);
      month.get("availability").forEach(service -> availabilityMet.add(service.get("met").asBoolean()));
    }
    assertThat(availabilityMet).as("some months a service missed its availability, others it met it")
        .contains(true, false);
  }

  @Test
  void eachTicketIsPrioritisedByThePolicyAndNumberedInItsYear() {
    List<Map<String, Object>> tickets = jdbc.sql("SELECT incident_number, impact, urgency, priority, reported_at, status "
            + "FROM opsflow_incident WHERE reporter IN (:reporters) AND process_instance_id IS NULL")
        .param("reporters", DemoIncidentHistory.REPORTERS).query().listOfRows();

    assertThat(tickets).hasSizeGreaterThan(DemoIncidentHistory.MONTHS * 24);
    Map<String, String> policy = new HashMap<>();
    for (Map<String, Object> ticket : tickets) {
      int year = ((Timestamp) ticket.get("reported_at")).toInstant().atZone(hours.zone()).getYear();
      assertThat((String) ticket.get("incident_number")).startsWith("INC-" + year + "-");
      String priority = policy.computeIfAbsent(ticket.get("impact") + "/" + ticket.get("urgency"), combination ->
          engine.getDecisionService().evaluateDecisionByKey("IncidentPriority")
              .variables(Map.of("impact", ticket.get("impact"), "urgency", ticket.get("urgency"))).evaluate()
              .getSingleEntry());
      assertThat(ticket.get("priority")).as((String) ticket.get("incident_number")).isEqualTo(priority);
    }
    assertThat(tickets).extracting(ticket -> ticket.get("status")).contains("CLOSED");
  }

  @Test
  void itIsWrittenOnce() {
    int before = jdbc.sql("SELECT COUNT(*) FROM opsflow_incident").query(Integer.class).single();

    history.run(null);

    assertThat(jdbc.sql("SELECT COUNT(*) FROM opsflow_incident").query(Integer.class).single()).isEqualTo(before);
  }
}
