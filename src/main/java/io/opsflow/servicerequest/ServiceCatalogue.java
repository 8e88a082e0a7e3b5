package io.opsflow.servicerequest;

import io.opsflow.identity.Role;
import io.opsflow.identity.Roles;
import io.opsflow.platform.BadRequestException;
import io.opsflow.platform.Inputs;
import io.opsflow.platform.process.EngineClock;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The service catalogue (opsflow_service_catalogue): what people may request, who owns and who
 * fulfils it, which of the request form's item fields it needs, its approval rule's inputs and its
 * fulfilment checklist. Retiring an item only hides it from new requests.
 */
@Repository
public class ServiceCatalogue {

  public static final List<String> CATEGORIES = List.of("accounts", "access", "hardware", "software", "network", "data");
  /** What the item's owner declares: no approval, the requester's line manager, the owner group, or both in turn. */
  public static final List<String> APPROVALS = List.of("none", "manager", "owner", "both");
  /** How much access fulfilling the item grants: none, standard, privileged. */
  public static final List<String> ACCESS_LEVELS = List.of("none", "standard", "privileged");
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,99}");

  /**
   * A catalogue item.
   *
   * @param fields the item-specific fields a request needs, from {@link ServiceRequestInput#ITEM_FIELDS}
   * @param checklist the fulfilment steps, in order
   */
  public record Item(String id, String nameEn, String nameZh, String description, String category, String ownerGroup,
      String fulfillingGroup, List<String> fields, String approval, int cost, String accessLevel,
      List<String> checklist, boolean standardChange, boolean active) {

    /** The name people read: "English / 中文". */
    public String name() {
      return nameEn + " / " + nameZh;
    }
  }

  private final JdbcClient jdbc;

  ServiceCatalogue(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The active items, or all (retired ones too), by category and id. */
  public List<Item> list(boolean withRetired) {
    return jdbc.sql("SELECT * FROM opsflow_service_catalogue" + (withRetired ? "" : " WHERE active = TRUE")
        + " ORDER BY category, item_id").query(ServiceCatalogue::item).list();
  }

  public Optional<Item> find(String id) {
    return jdbc.sql("SELECT * FROM opsflow_service_catalogue WHERE item_id = ?").param(id)
        .query(ServiceCatalogue::item).optional();
  }

  Item create(Item item) {
    check(item);
    if (!ID.matcher(item.id() == null ? "" : item.id()).matches()) {
      throw Inputs.refuse("id", "must be 2 to 100 lower-case letters, digits and dashes");
    }
    if (find(item.id()).isPresent()) {
      throw Inputs.refuse("id", "'" + item.id() + "' is in the catalogue already");
    }
    jdbc.sql("""
            INSERT INTO opsflow_service_catalogue (item_id, name_en, name_zh, description, category, owner_group,
              fulfilling_group, request_fields, approval, cost, access_level, checklist, standard_change, active, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?)""")
        .params(item.id(), item.nameEn(), item.nameZh(), item.description(), item.category(), item.ownerGroup(),
            item.fulfillingGroup(), String.join(",", item.fields()), item.approval(), item.cost(), item.accessLevel(),
            String.join("; ", item.checklist()), item.standardChange(), Timestamp.from(EngineClock.now()))
        .update();
    return find(item.id()).orElseThrow();
  }

  /** Replaces an item's description (also of a retired one, which it does not bring back); empty when unknown. */
  Optional<Item> update(String id, Item item) {
    check(item);
    int rows = jdbc.sql("""
            UPDATE opsflow_service_catalogue SET name_en = ?, name_zh = ?, description = ?, category = ?, owner_group = ?,
              fulfilling_group = ?, request_fields = ?, approval = ?, cost = ?, access_level = ?, checklist = ?,
              standard_change = ?, updated_at = ? WHERE item_id = ?""")
        .params(item.nameEn(), item.nameZh(), item.description(), item.category(), item.ownerGroup(),
            item.fulfillingGroup(), String.join(",", item.fields()), item.approval(), item.cost(), item.accessLevel(),
            String.join("; ", item.checklist()), item.standardChange(), Timestamp.from(EngineClock.now()), id)
        .update();
    return rows == 0 ? Optional.empty() : find(id);
  }

  /** Takes the item out of the catalogue for new requests; its open requests keep running. */
  boolean retire(String id) {
    return jdbc.sql("UPDATE opsflow_service_catalogue SET active = FALSE, updated_at = ? WHERE item_id = ?")
        .params(Timestamp.from(EngineClock.now()), id).update() > 0;
  }

  private static void check(Item item) {
    text("nameEn", item.nameEn(), 200);
    text("nameZh", item.nameZh(), 200);
    text("description", item.description(), 2000);
    oneOf("category", item.category(), CATEGORIES);
    group("ownerGroup", item.ownerGroup());
    group("fulfillingGroup", item.fulfillingGroup());
    if (item.fields() == null || !ServiceRequestInput.ITEM_FIELDS.containsAll(item.fields())) {
      throw Inputs.refuse("fields", "must list fields of " + String.join(", ", ServiceRequestInput.ITEM_FIELDS));
    }
    oneOf("approval", item.approval(), APPROVALS);
    if (item.cost() < 0) {
      throw Inputs.refuse("cost", "must not be negative");
    }
    oneOf("accessLevel", item.accessLevel(), ACCESS_LEVELS);
    if (item.checklist() == null || item.checklist().isEmpty()
        || item.checklist().stream().anyMatch(step -> step == null || step.isBlank() || step.contains(";"))) {
      throw Inputs.refuse("checklist", "must list at least one step, each without ';'");
    }
    if (String.join("; ", item.checklist()).length() > 4000) {
      throw Inputs.refuse("checklist", "is longer than 4000 characters");
    }
  }

  private static void text(String field, String value, int max) {
    if (value == null || value.isBlank() || value.length() > max) {
      throw Inputs.refuse(field, "is required, at most " + max + " characters");
    }
    Inputs.requirePlain(field, value);
  }

  private static void oneOf(String field, String value, List<String> allowed) {
    if (!allowed.contains(value)) {
      throw Inputs.refuse(field, "must be one of " + String.join(", ", allowed));
    }
  }

  private static void group(String field, String value) {
    if (Roles.byGroup(value == null ? "" : value).map(Role::groupId).isEmpty()) {
      throw new BadRequestException(field, field + " must be a role's group (see PROCESSES.md), not '" + value + "'");
    }
  }

  private static Item item(ResultSet rs, int row) throws SQLException {
    return new Item(rs.getString("item_id"), rs.getString("name_en"), rs.getString("name_zh"),
        rs.getString("description"), rs.getString("category"), rs.getString("owner_group"),
        rs.getString("fulfilling_group"), split(rs.getString("request_fields"), ","), rs.getString("approval"),
        rs.getInt("cost"), rs.getString("access_level"), split(rs.getString("checklist"), ";"),
        rs.getBoolean("standard_change"), rs.getBoolean("active"));
  }

  private static List<String> split(String text, String separator) {
    return Arrays.stream(text.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
