package io.opsflow.servicelevel;

import static io.opsflow.servicelevel.ServiceReviewVariables.*;

import io.opsflow.platform.Inputs;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The review's input rules: the review's notes, and each improvement action with its text, an owner
 * who is a user of OpsFlow and a due date not in the past; an action is done with a note of what
 * was done. Refusals name the field.
 */
final class ServiceReviewInput {

  private ServiceReviewInput() {
  }

  static void checkCompletion(String taskKey, Map<String, Object> variables, Predicate<String> knownUser,
      ZoneId zone, Instant now) {
    if (ServiceReviewIds.REVIEW.equals(taskKey)) {
      Inputs.requireText(variables, REVIEW_NOTES.name(), 4000);
      List<Map<String, Object>> rows = Inputs.objectList(variables, IMPROVEMENT_ACTIONS.name());
      for (Map<String, Object> row : rows == null ? List.<Map<String, Object>>of() : rows) {
        String action = text(row, "action");
        if (action == null || action.isBlank() || action.length() > 1000) {
          throw Inputs.refuse(IMPROVEMENT_ACTIONS.name(), "each action needs its text (at most 1000 characters)");
        }
        String owner = text(row, "owner");
        if (owner == null || !knownUser.test(owner)) {
          throw Inputs.refuse(IMPROVEMENT_ACTIONS.name(), "the owner of '" + action + "' must be a user of OpsFlow");
        }
        Instant due = due(row, zone);
        if (due == null || due.isBefore(now)) {
          throw Inputs.refuse(IMPROVEMENT_ACTIONS.name(), "the due date of '" + action + "' must be a date, not in the past");
        }
      }
    } else if (ServiceReviewIds.CARRY_OUT_ACTION.equals(taskKey)) {
      Inputs.requireText(variables, DONE_NOTE.name(), 2000);
    }
  }

  static String text(Map<String, Object> row, String key) {
    Object value = row.get(key);
    return value == null ? null : value.toString().strip();
  }

  /** The action's due date ("2026-12-20") as the end of that day in the zone, or null when it is none. */
  static Instant due(Map<String, Object> row, ZoneId zone) {
    String text = text(row, "due");
    if (text == null || text.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(text.substring(0, 10)).plusDays(1).atStartOfDay(zone).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
