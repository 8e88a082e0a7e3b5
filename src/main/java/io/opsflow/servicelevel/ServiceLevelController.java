package io.opsflow.servicelevel;

import io.opsflow.identity.Roles;
import io.opsflow.platform.Inputs;
import io.opsflow.platform.process.EngineClock;
import io.opsflow.sla.BusinessHours;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/reports/service-levels?from=2026-01&to=2026-12&service=online-shop&format=json|csv|html}:
 * the service-level measures of each month, as JSON, as CSV (one figure a line) or as the printable
 * report page with its charts. Months default to the twelve up to the current one; the process
 * owners, the incident, problem and change managers and ops-admin read it, others get 403.
 */
@RestController
class ServiceLevelController {

  /** The longest span one report covers. */
  static final int MAX_MONTHS = 36;

  private final ServiceLevels levels;
  private final IdentityService identity;
  private final BusinessHours hours;

  ServiceLevelController(ServiceLevels levels, IdentityService identity, BusinessHours hours) {
    this.levels = levels;
    this.identity = identity;
    this.hours = hours;
  }

  @GetMapping("/api/reports/service-levels")
  ResponseEntity<?> report(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String service, @RequestParam(required = false) String format) {
    if (!Roles.anyOf(identity.getCurrentAuthentication().getGroupIds(), Roles.SERVICE_LEVEL_READERS)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN,
          "only process owners, incident, problem and change managers and ops-admin read service levels");
    }
    YearMonth last = to == null || to.isBlank() ? YearMonth.from(EngineClock.now().atZone(hours.zone())) : month("to", to);
    YearMonth first = from == null || from.isBlank() ? last.minusMonths(11) : month("from", from);
    if (first.isAfter(last)) {
      throw Inputs.refuse("from", "must not be after to (" + last + ")");
    }
    if (ChronoUnit.MONTHS.between(first, last) >= MAX_MONTHS) {
      throw Inputs.refuse("from", "must be at most " + MAX_MONTHS + " months before to");
    }
    String serviceId = service == null || service.isBlank() ? null : service.strip();
    if (serviceId != null && levels.services().stream().noneMatch(s -> s.id().equals(serviceId))) {
      throw Inputs.refuse("service", "must be a service of the CMDB, not '" + serviceId + "'");
    }
    ServiceLevels.Report report = levels.report(first, last, serviceId);
    String kind = format == null || format.isBlank() ? "json" : format.strip();
    return switch (kind) {
      case "json" -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
      case "csv" -> ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
          .header("Content-Disposition", "attachment; filename=\"service-levels-" + first + "-" + last + ".csv\"")
          .body(ServiceLevelCsv.of(report));
      case "html" -> ResponseEntity.ok().contentType(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8))
          .body(ServiceLevelPage.of(report, levels.services()));
      default -> throw Inputs.refuse("format", "must be json, csv or html, not '" + kind + "'");
    };
  }

  private static YearMonth month(String field, String text) {
    try {
      return YearMonth.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw Inputs.refuse(field, "must be a month such as 2026-12, not '" + text + "'");
    }
  }
}
