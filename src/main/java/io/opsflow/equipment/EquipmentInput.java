package io.opsflow.equipment;

import static io.opsflow.equipment.EquipmentRepairVariables.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opsflow.configuration.Cmdb;
import io.opsflow.platform.Inputs;
import io.opsflow.platform.Times;
import io.opsflow.platform.process.EngineClock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What may start an equipment repair and complete its tasks; the API, the start validator and the
 * engine listener all ask it. The equipment must be a configuration item in service, named by its id
 * or by the asset number it carries (its asset fields, or attribute {@code assetNumber}); the fault
 * cannot have happened in the future; hours and quantities are not negative.
 */
@Component
record EquipmentInput(Cmdb cmdb) {

  static final Set<String> FAULT_CLASSES = Set.of("electrical", "mechanical", "software");
  static final Set<String> REPAIRERS = Set.of("in-house", "vendor");
  /** A report's time may run ahead of the server's clock by this much (clocks of phones and PCs differ). */
  private static final java.time.Duration CLOCK_SKEW = java.time.Duration.ofMinutes(5);
  private static final ObjectMapper JSON = new ObjectMapper();

  void checkStart(Map<String, Object> variables) {
    Inputs.requireText(variables, EQUIPMENT.name(), 100);
    requireEquipment(EQUIPMENT.name(), EQUIPMENT.from(variables));
    Inputs.requireText(variables, MODEL.name(), 200);
    Inputs.requireText(variables, FAULT_DETAILS.name(), 4000);
    String incident = INCIDENT_NUMBER.from(variables);
    if (incident != null && !incident.matches("INC-[0-9A-Z-]{1,30}")) {
      throw Inputs.refuse(INCIDENT_NUMBER.name(), "must be an incident number such as INC-2026-000042");
    }
    Instant occurred = Times.required(variables, OCCURRED_AT.name());
    if (occurred.isAfter(EngineClock.now().plus(CLOCK_SKEW))) {
      throw Inputs.refuse(OCCURRED_AT.name(), "lies in the future");
    }
  }

  /** Refuses (naming the field) equipment that is no configuration item in service nor the asset number of one. */
  void requireEquipment(String field, String idOrAssetNumber) {
    equipment(idOrAssetNumber).orElseThrow(() -> Inputs.refuse(field, "'" + idOrAssetNumber
        + "' is no configuration item in service nor the asset number of one (see /api/cmdb/items)"));
  }

  /** The configuration item of the equipment: an item in service of this id, or the one carrying this asset number. */
  Optional<Cmdb.Item> equipment(String idOrAssetNumber) {
    String wanted = idOrAssetNumber == null ? "" : idOrAssetNumber.strip();
    Optional<Cmdb.Item> byId = cmdb.find(wanted).filter(item -> !item.retired());
    if (byId.isPresent()) {
      return byId;
    }
    Optional<Cmdb.Item> byAsset = cmdb.assetNumbered(wanted).flatMap(asset -> cmdb.find(asset.ciId()));
    return byAsset.isPresent() ? byAsset
        : cmdb.list(null, null).stream().filter(item -> wanted.equals(assetNumber(item))).findFirst();
  }

  static String assetNumber(Cmdb.Item item) {
    try {
      JsonNode node = item.attributes() == null ? null : JSON.readTree(item.attributes()).get("assetNumber");
      return node == null ? null : node.asText();
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  /** Checks what completes a task, each by its rule; a rule that depends on an answer asks for that answer first. */
  static void checkCompletion(String taskKey, Map<String, Object> variables) {
    switch (taskKey) {
      case EquipmentRepairIds.CLASSIFY -> {
        Inputs.requireText(variables, FAULT_CLASS.name(), 20);
        Inputs.oneOf(variables, FAULT_CLASS.name(), FAULT_CLASSES);
        Inputs.requireFlag(variables, SPARE_IN_PLACE.name());
      }
      case EquipmentRepairIds.PLAN -> {
        Inputs.requireText(variables, REPAIR_STEPS.name(), 4000);
        Inputs.maxText(variables, SPARE_PARTS.name(), 4000);
        Inputs.maxText(variables, TOOLS.name(), 1000);
        hours(variables, ESTIMATED_HOURS.name());
        Inputs.requireText(variables, REPAIR_BY.name(), 20);
        Inputs.oneOf(variables, REPAIR_BY.name(), REPAIRERS);
        Inputs.flag(variables, ORDER_PARTS.name());
        if (ORDER_PARTS.from(variables)) {
          Inputs.requireText(variables, PART_TO_ORDER.name(), 500);
          Object quantity = variables.get(ORDER_QUANTITY.name());
          if (!(quantity instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue()) || n.longValue() < 1
              || n.longValue() > 100_000) {
            throw Inputs.refuse(ORDER_QUANTITY.name(), "must be a whole number from 1 to 100000, not '" + quantity + "'");
          }
        }
      }
      case EquipmentRepairIds.APPROVE_PURCHASE -> {
        Inputs.requireFlag(variables, PURCHASE_APPROVED.name());
        if (!PURCHASE_APPROVED.from(variables)) {
          Inputs.requireText(variables, PURCHASE_NOTE.name(), 4000);
        }
        Inputs.maxText(variables, PURCHASE_NOTE.name(), 4000);
      }
      case EquipmentRepairIds.RECEIVE_PARTS -> Inputs.maxText(variables, PARTS_RECEIVED_NOTE.name(), 4000);
      case EquipmentRepairIds.SEND_TO_VENDOR -> {
        Inputs.requireText(variables, VENDOR_NAME.name(), 200);
        Inputs.maxText(variables, VENDOR_REFERENCE.name(), 200);
      }
      case EquipmentRepairIds.RECEIVE_FROM_VENDOR -> Inputs.requireText(variables, VENDOR_REPORT.name(), 4000);
      case EquipmentRepairIds.CARRY_OUT_REPAIR -> Inputs.requireText(variables, REPAIR_NOTES.name(), 4000);
      case EquipmentRepairIds.TEST -> {
        Inputs.requireFlag(variables, TEST_PASSED.name());
        if (!TEST_PASSED.from(variables)) {
          Inputs.requireText(variables, TEST_NOTES.name(), 4000);
        }
      }
      case EquipmentRepairIds.RECORD -> {
        Inputs.requireText(variables, FAULT_CAUSE.name(), 4000);
        Inputs.maxText(variables, PARTS_USED.name(), 4000);
        hours(variables, HOURS_SPENT.name());
      }
      default -> {
      }
    }
  }

  /** Hours: a number from 0 to 10000, given. */
  private static void hours(Map<String, Object> variables, String field) {
    Object value = variables.get(field);
    if (!(value instanceof Number n) || n.doubleValue() < 0 || n.doubleValue() > 10_000 || Double.isNaN(n.doubleValue())) {
      throw Inputs.refuse(field, "must be a number of hours from 0 to 10000, not '" + value + "'");
    }
  }
}
