package io.opsflow.capacity;

import io.opsflow.configuration.Cmdb;
import io.opsflow.identity.Roles;
import io.opsflow.platform.BadRequestException;
import io.opsflow.platform.Inputs;
import io.opsflow.platform.process.EngineClock;
import io.opsflow.platform.web.WrittenBy;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The capacity API: monitoring (or an operations engineer) posts a service's utilisation, which the
 * next review offers its owner to confirm; a review's report is read by {@link Roles#CAPACITY_READERS}.
 * Reviews are requested at the model's start ({@code /engine-rest/process-definition/key/CapacityReview/start}).
 */
@RestController
record CapacityController(CapacityRecords records, Cmdb cmdb, IdentityService identity) {

  /** A measurement stored. */
  record Posted(String service, Instant measuredAt) {
  }

  /** A review as its readers see it. */
  record Report(CapacityRecords.Review review, List<CapacityRecords.Result> services) {
  }

  /**
   * {@code service} (a CMDB service in service), {@code measuredAt} (optional, not in the future; now when
   * left out) and the measures in percent; a refusal names the field.
   */
  @PostMapping("/api/capacity/measurements")
  @ResponseStatus(HttpStatus.CREATED)
  @WrittenBy(Roles.Writers.CAPACITY_MEASUREMENTS)
  Posted measured(@RequestBody Map<String, Object> body) {
    Object service = body.get("service");
    if (service == null || cmdb.find(service.toString().strip()).filter(i -> !i.retired())
        .filter(i -> "service".equals(i.type())).isEmpty()) {
      throw new BadRequestException("service", "names no service in the CMDB: " + service);
    }
    Instant now = EngineClock.now();
    Instant at = Inputs.instant(body, "measuredAt");
    if (at != null && at.isAfter(now.plusSeconds(60))) {
      throw new BadRequestException("measuredAt", "is in the future: " + body.get("measuredAt"));
    }
    Map<String, Double> measures = CapacityInput.measures(body);
    Authentication caller = identity.getCurrentAuthentication();
    CapacityRecords.Measurement m = new CapacityRecords.Measurement(service.toString().strip(),
        at == null ? now : at, caller.getUserId(), measures);
    records.measured(m);
    return new Posted(m.serviceId(), m.measuredAt());
  }

  @GetMapping("/api/capacity/reviews/{number}")
  Report review(@PathVariable String number) {
    Authentication caller = identity.getCurrentAuthentication();
    if (caller == null || !Roles.anyOf(caller.getGroupIds(), Roles.CAPACITY_READERS)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN,
          "only operations engineers, process owners and operations administrators read capacity reviews");
    }
    CapacityRecords.Review review = records.find(number)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no capacity review " + number));
    return new Report(review, records.results(number));
  }
}
