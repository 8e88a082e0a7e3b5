package io.opsflow.securityassessment;

import static io.opsflow.securityassessment.SecurityAssessmentVariables.*;

import io.opsflow.configuration.Cmdb;
import io.opsflow.platform.BadRequestException;
import io.opsflow.platform.InputListener;
import io.opsflow.platform.Inputs;
import io.opsflow.platform.StartValidator;
import io.opsflow.platform.process.EngineClock;
import io.opsflow.sla.BusinessHours;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * The assessment's input rules, at its start (Tasklist or REST) and on its user tasks: the scope
 * (items in service) and method; each finding with its title, item, CVSS base score (0 to 10) or
 * rating, exposure and description, a refusal naming {@code findings[i].field}; the treatment with
 * the fix and backout plan, or the reason and an expiry not in the past; the re-test's notes.
 */
@Component("securityAssessmentInput")
class SecurityAssessmentInput extends InputListener {

  private final Cmdb cmdb;
  private final BusinessHours hours;

  SecurityAssessmentInput(Cmdb cmdb, BusinessHours hours) {
    super("Security assessment not requested");
    this.cmdb = cmdb;
    this.hours = hours;
  }

  /** The REST start's rules, before anything is numbered. */
  @Bean
  static StartValidator securityAssessmentStart(SecurityAssessmentInput input) {
    return StartValidator.of(SecurityAssessmentIds.PROCESS, START, input::checkStart);
  }

  @Override
  protected void checkStart(String startEventId, Map<String, Object> variables) {
    checkStart(variables);
  }

  void checkStart(Map<String, Object> variables) {
    List<String> scope = Inputs.textList(variables, SCOPE_CIS.name());
    if (scope.isEmpty()) {
      throw Inputs.refuse(SCOPE_CIS.name(), "is required: the configuration items to assess");
    }
    cmdb.requireInService(SCOPE_CIS.name(), scope);
    Inputs.requireText(variables, METHOD.name(), 40);
    Inputs.oneOf(variables, METHOD.name(), SecurityAssessmentIds.METHODS);
    Inputs.maxText(variables, VENDOR.name(), 200);
  }

  @Override
  protected void checkCompletion(String taskKey, Map<String, Object> variables) {
    switch (taskKey) {
      case SecurityAssessmentIds.CARRY_OUT -> checkFindings(variables);
      case SecurityAssessmentIds.DECIDE_TREATMENT -> checkTreatment(variables, EngineClock.now());
      case SecurityAssessmentIds.RETEST -> {
        Inputs.flag(variables, RETEST_PASSED.name());
        Inputs.requireText(variables, RETEST_NOTES.name(), 2000);
      }
      default -> {
      }
    }
  }

  void checkFindings(Map<String, Object> variables) {
    Inputs.requireText(variables, ASSESSMENT_SUMMARY.name(), 4000);
    List<Map<String, Object>> rows = Inputs.objectList(variables, FINDINGS.name());
    for (int i = 0; i < rows.size(); i++) {
      Map<String, Object> row = rows.get(i);
      String at = FINDINGS.name() + "[" + i + "].";
      requireIn(row, at, "title", () -> Inputs.requireText(row, "title", 200));
      requireIn(row, at, "ci", () -> {
        Inputs.requireText(row, "ci", 100);
        cmdb.requireInService("ci", List.of(((String) row.get("ci")).strip()));
      });
      requireIn(row, at, "cvssScore", () -> cvss(row));
      requireIn(row, at, "rating", () -> {
        Inputs.oneOf(row, "rating", SecurityAssessmentIds.RATINGS);
        if (cvss(row) == null && row.get("rating") == null) {
          throw Inputs.refuse("rating", "is required when there is no CVSS score: critical, high, medium or low");
        }
      });
      requireIn(row, at, "exposure", () -> {
        Inputs.requireText(row, "exposure", 20);
        Inputs.oneOf(row, "exposure", SecurityAssessmentIds.EXPOSURES);
      });
      requireIn(row, at, "description", () -> Inputs.requireText(row, "description", 4000));
    }
  }

  /** Runs a check of one field of a finding, its refusal naming the field as {@code findings[i].field}. */
  private static void requireIn(Map<String, Object> row, String at, String field, Runnable check) {
    try {
      check.run();
    } catch (BadRequestException e) {
      throw new BadRequestException(at + field, at + e.getMessage());
    }
  }

  /** The finding's CVSS base score, 0.0 to 10.0, or null when it has none; refused otherwise. */
  static Double cvss(Map<String, Object> row) {
    Object value = row.get("cvssScore");
    if (value == null || value instanceof String s && s.isBlank()) {
      return null;
    }
    try {
      BigDecimal score = new BigDecimal(value.toString().strip());
      if (score.signum() < 0 || score.compareTo(BigDecimal.TEN) > 0 || score.scale() > 1) {
        throw new NumberFormatException();
      }
      return score.doubleValue();
    } catch (NumberFormatException e) {
      throw Inputs.refuse("cvssScore", "must be a CVSS base score from 0.0 to 10.0, not '" + value + "'");
    }
  }

  void checkTreatment(Map<String, Object> variables, Instant now) {
    Inputs.requireText(variables, TREATMENT.name(), 20);
    Inputs.oneOf(variables, TREATMENT.name(), SecurityAssessmentIds.TREATMENTS);
    if (SecurityAssessmentIds.REMEDIATE_CHOICE.equals(variables.get(TREATMENT.name()))) {
      Inputs.requireText(variables, FIX_PLAN.name(), 4000);
      Inputs.requireText(variables, BACKOUT_PLAN.name(), 4000);
    } else {
      Inputs.requireText(variables, ACCEPTANCE_REASON.name(), 2000);
      Instant until = endOfDay(variables.get(ACCEPTED_UNTIL.name()), hours.zone());
      if (until == null || until.isBefore(now)) {
        throw Inputs.refuse(ACCEPTED_UNTIL.name(), "is required: the date the acceptance expires, not in the past");
      }
    }
  }

  /** A date ("2027-03-31", or text starting with one) as the end of that day in the zone; null when it is none. */
  static Instant endOfDay(Object value, ZoneId zone) {
    String text = value == null ? "" : value.toString().strip();
    if (text.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(text.substring(0, 10)).plusDays(1).atStartOfDay(zone).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
