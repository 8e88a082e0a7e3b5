package io.opsflow.change;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A request for change (RFC) as people and systems submit it: the typed way into the change
 * process. Its components are the RFC's start variables ({@link ChangeVariables#START}), by name.
 * The window is ISO text with its offset ({@code 2026-12-05T22:00+08:00}), checked with the rest of
 * the RFC before anything is numbered.
 *
 * @param changeType standard, normal or emergency; null lets the classification decide from normal
 * @param affectedCis the CMDB ids of the items the change touches
 * @param problemNumber the problem the change fixes, or null
 */
public record ChangeRequest(String summary, String description, String changeType, List<String> affectedCis,
    String plannedStart, String plannedEnd, String backoutPlan, Boolean tested, Boolean urgent,
    String businessJustification, String problemNumber, Boolean shipsSoftware) {

  /** The process's start variables, those left out omitted. */
  Map<String, Object> variables() {
    Map<String, Object> variables = new HashMap<>();
    for (RecordComponent component : ChangeRequest.class.getRecordComponents()) {
      Object value = valueOf(component);
      if (value != null) {
        variables.put(component.getName(), value);
      }
    }
    return variables;
  }

  private Object valueOf(RecordComponent component) {
    try {
      return component.getAccessor().invoke(this);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(e);
    }
  }
}
