package io.opsflow.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsflow.Http;
import io.opsflow.OpsFlowTestBase;
import io.opsflow.configuration.Cmdb;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** POST /api/capacity/measurements: stored for a known service; 400 naming the field; 403 by role. */
class CapacityApiTest extends OpsFlowTestBase {

  @Autowired
  Cmdb cmdb;

  @Test
  void measurementsAreRefusedNamingTheFieldAndOnlyOperationsStaffPostThem() {
    String service = "cap-api-" + System.nanoTime() % 1_000_000_000L;
    cmdb.create(service, new Cmdb.Fields("Portal " + service, "service", "ops-engineer", "low", "production", null),
        new Cmdb.Author("capacity-test", null));
    Http ops = new Http(port).as("ops-engineer", "demo");
    String good = CapacityReviewProcessTest.measurement(service, 40, 50, 60);

    Http.Response posted = ops.post("/api/capacity/measurements", good);
    assertThat(posted.status()).isEqualTo(201);
    assertThat(posted.json().get("service").asText()).isEqualTo(service);

    Http.Response tooHigh = ops.post("/api/capacity/measurements", good.replace("\"cpuPeak\":40.0", "\"cpuPeak\":100.5"));
    assertThat(tooHigh.status()).isEqualTo(400);
    assertThat(tooHigh.body()).contains("cpuPeak");
    Http.Response trend = ops.post("/api/capacity/measurements", good.replace("\"cpuTrend\":-5.0", "\"cpuTrend\":-101"));
    assertThat(trend.status()).isEqualTo(400);
    assertThat(trend.body()).contains("cpuTrend");
    Http.Response unknown = ops.post("/api/capacity/measurements", good.replace(service, "no-such-service"));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.body()).contains("\"service\"");
    Http.Response future = ops.post("/api/capacity/measurements",
        good.replace("{", "{\"measuredAt\":\"2999-01-01T00:00:00Z\","));
    assertThat(future.status()).isEqualTo(400);
    assertThat(future.body()).contains("measuredAt");

    assertThat(new Http(port).as("requester", "demo").post("/api/capacity/measurements", good).status())
        .isEqualTo(403);
  }
}
