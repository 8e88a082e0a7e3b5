package io.opsflow.configuration;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.opsflow.platform.BadRequestException;
import io.opsflow.platform.Inputs;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The configuration management database: the items OpsFlow's processes talk about (services,
 * applications, servers, databases, network devices), how they depend on each other, and an audit
 * row for every change, so that change management can say which services a change puts at risk
 * and what it altered. Items are retired, never deleted, so old tickets keep pointing somewhere.
 */
@Service
public class Cmdb {

  public static final List<String> TYPES = List.of("service", "application", "server", "database", "network-device");
  /** In ranking order: the most critical first. */
  public static final List<String> CRITICALITIES = List.of("high", "medium", "low");
  public static final List<String> RELATION_TYPES = List.of("runs-on", "depends-on", "connects-to");

  /** The longest name (and type, criticality, relation target) an item may have. */
  private static final int MAX_NAME = 200;
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,99}");
  /** A change (CHG-…), a configuration audit (CAU-…) or a stock-take (STK-…) that a correction is made under. */
  private static final Pattern CHANGE_NUMBER = Pattern.compile("(CHG|CAU|STK)-\\d{4}-\\d{6}");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A configuration item; attributes is a JSON object's text (answered as the object), or null. */
  public record Item(String id, String name, String type, String ownerGroup, String criticality,
      String environment, @JsonRawValue String attributes, int baselineVersion, Instant updatedAt, boolean retired) {

    /** The category of an incident on this item (a database's incident is a database incident). */
    public String incidentCategory() {
      return switch (type) {
        case "database" -> "database";
        case "server" -> "hardware";
        case "network-device" -> "network";
        case "application", "service" -> "software";
        default -> "other";
      };
    }
  }

  /** The fields of a new item, or of a partial update (null: unchanged). */
  public record Fields(String name, String type, String ownerGroup, String criticality, String environment,
      String attributes) {

    /** The fields by name, as {@link Inputs} checks them (the name trimmed; those left out null). */
    Map<String, Object> byName() {
      Map<String, Object> fields = new HashMap<>();
      fields.put("name", name == null ? null : name.trim());
      fields.put("type", type);
      fields.put("criticality", criticality);
      fields.put("environment", environment);
      return fields;
    }
  }

  /** "source runs-on / depends-on / connects-to target". */
  public record Relation(String source, String type, String target) {
  }

  /** An item with what it relates to (out) and what relates to it (in). */
  public record Details(Item item, List<Relation> relationsOut, List<Relation> relationsIn) {
  }

  /** A service that an item's failure or change affects, and the path from the service down to the item. */
  public record Impact(String service, String name, String criticality, List<String> path) {
  }

  public record Audit(long id, String ciId, Instant changedAt, String changedBy, String changeNumber,
      String field, String oldValue, String newValue) {
  }

  /**
   * The asset fields of an item (所有生产设备必须标记明确的资产编号和所属部门, 运维管理规范 2.1): its asset
   * number and department, where it stands, who keeps it, when it was bought and until when it is
   * under warranty. In a partial update a field left out (null) is unchanged.
   */
  public record Asset(String ciId, String assetNumber, String department, String location, String custodian,
      LocalDate purchaseDate, LocalDate warrantyEnd) {
  }

  /** Who makes a change, and under which change ticket (may be null). */
  public record Author(String userId, String changeNumber) {
  }

  private final JdbcClient jdbc;
  private final IdentityService identity;

  Cmdb(JdbcClient jdbc, IdentityService identity) {
    this.jdbc = jdbc;
    this.identity = identity;
  }

  // --- reads ------------------------------------------------------------------------------------

  public Optional<Item> find(String id) {
    return jdbc.sql("SELECT * FROM opsflow_ci WHERE ci_id = ?").param(id).query(Cmdb::item).optional();
  }

  public Details details(String id) {
    Item item = existing(id);
    List<Relation> out = jdbc.sql("""
            SELECT source_ci, relation_type, target_ci FROM opsflow_ci_relation WHERE source_ci = ?
            ORDER BY relation_type, target_ci""").param(id).query(Cmdb::relation).list();
    List<Relation> in = jdbc.sql("""
            SELECT source_ci, relation_type, target_ci FROM opsflow_ci_relation WHERE target_ci = ?
            ORDER BY relation_type, source_ci""").param(id).query(Cmdb::relation).list();
    return new Details(item, out, in);
  }

  /** The items in service, optionally of one type and with the text in their id or name. */
  public List<Item> list(String type, String text) {
    if (type != null && !type.isBlank()) {
      Inputs.oneOf(Map.of("type", type), "type", Set.copyOf(TYPES));
    }
    String pattern = text == null || text.isBlank() ? "%"
        : "%" + text.trim().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    List<Object> params = new ArrayList<>(List.of(pattern, pattern));
    String byType = "";
    if (type != null && !type.isBlank()) {
      byType = " AND item_type = ?";
      params.add(type);
    }
    return jdbc.sql("""
            SELECT * FROM opsflow_ci
            WHERE retired = FALSE AND (LOWER(ci_id) LIKE ? ESCAPE '\\' OR LOWER(name) LIKE ? ESCAPE '\\')"""
            + byType + " ORDER BY ci_id")
        .params(params).query(Cmdb::item).list();
  }

  /** The items of these ids, in their order; each must exist (ids checked by {@link #requireInService}). */
  public List<Item> items(Collection<String> ids) {
    return ids.stream().map(id -> find(id).orElseThrow()).toList();
  }

  /** The most critical of the items (of several as critical, the first); empty for none. */
  public static Optional<Item> mostCritical(Collection<Item> items) {
    return items.stream().min(Comparator.comparingInt(item -> rank(item.criticality())));
  }

  /** Refuses (400 naming the field) ids that name no item in service: unknown or retired. */
  public void requireInService(String field, Collection<String> ids) {
    List<String> missing = ids.stream().filter(id -> find(id).map(Item::retired).orElse(true)).toList();
    if (!missing.isEmpty()) {
      throw Inputs.refuse(field, "names no configuration item in service: " + String.join(", ", missing)
          + " (see /api/cmdb/items)");
    }
  }

  public long count() {
    return jdbc.sql("SELECT COUNT(*) FROM opsflow_ci").query(Long.class).single();
  }

  public List<Audit> audit(String id) {
    existing(id);
    return jdbc.sql("SELECT * FROM opsflow_ci_audit WHERE ci_id = ? ORDER BY id").param(id)
        .query((rs, row) -> new Audit(rs.getLong("id"), rs.getString("ci_id"), rs.getTimestamp("changed_at").toInstant(),
            rs.getString("changed_by"), rs.getString("change_number"), rs.getString("field_name"),
            rs.getString("old_value"), rs.getString("new_value")))
        .list();
  }

  /**
   * The services that depend on the item, directly or through other items (retired items break
   * the chain), most critical first, then the closest, then by id.
   */
  public List<Impact> impact(String id) {
    Item item = existing(id);
    return impact(node(item), ci -> jdbc.sql("""
            SELECT DISTINCT c.ci_id, c.name, c.item_type, c.criticality FROM opsflow_ci_relation r
            JOIN opsflow_ci c ON c.ci_id = r.source_ci WHERE r.target_ci = ? AND c.retired = FALSE""")
        .param(ci).query((rs, row) -> new Node(rs.getString("ci_id"), rs.getString("name"),
            rs.getString("item_type"), rs.getString("criticality")))
        .list());
  }

  /** What the impact walk needs to know of an item. */
  record Node(String id, String name, String type, String criticality) {
  }

  /**
   * Breadth-first, backwards along the relations from the item: whatever relates to an affected
   * item is affected. Breadth-first gives each service its shortest path; the visited set stops
   * cycles. The item itself counts only when it is a service.
   */
  static List<Impact> impact(Node item, Function<String, List<Node>> dependentsOf) {
    Map<String, List<String>> pathUp = new LinkedHashMap<>(); // item ... affected ci
    Map<String, Node> nodes = new HashMap<>();
    Deque<String> queue = new ArrayDeque<>();
    pathUp.put(item.id(), List.of(item.id()));
    nodes.put(item.id(), item);
    queue.add(item.id());
    while (!queue.isEmpty()) {
      String current = queue.poll();
      for (Node dependent : dependentsOf.apply(current)) {
        if (!pathUp.containsKey(dependent.id())) {
          List<String> path = new ArrayList<>(pathUp.get(current));
          path.add(dependent.id());
          pathUp.put(dependent.id(), List.copyOf(path));
          nodes.put(dependent.id(), dependent);
          queue.add(dependent.id());
        }
      }
    }
    return pathUp.entrySet().stream()
        .filter(e -> "service".equals(nodes.get(e.getKey()).type()))
        .map(e -> {
          Node service = nodes.get(e.getKey());
          List<String> path = new ArrayList<>(e.getValue());
          Collections.reverse(path);
          return new Impact(service.id(), service.name(), service.criticality(), List.copyOf(path));
        })
        .sorted(Comparator.comparingInt((Impact i) -> rank(i.criticality()))
            .thenComparingInt(i -> i.path().size())
            .thenComparing(Impact::service))
        .toList();
  }

  private static int rank(String criticality) {
    int rank = CRITICALITIES.indexOf(criticality);
    return rank < 0 ? CRITICALITIES.size() : rank;
  }

  // --- writes -----------------------------------------------------------------------------------

  @Transactional
  public Item create(String id, Fields fields, Author author) {
    if (id == null || !ID.matcher(id).matches()) {
      throw Inputs.refuse("id", "must be 2 to 100 lower-case letters, digits or dashes, starting with a letter or digit");
    }
    Map<String, Object> given = fields.byName();
    Inputs.requireText(given, "name", MAX_NAME);
    Inputs.requireText(given, "type", MAX_NAME);
    Inputs.requireText(given, "criticality", MAX_NAME);
    String attributes = validate(fields);
    checkChangeNumber(author);
    if (find(id).isPresent()) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, "configuration item " + id + " exists already");
    }
    Instant now = Instant.now();
    jdbc.sql("""
            INSERT INTO opsflow_ci (ci_id, name, item_type, owner_group, criticality, environment, attributes,
              baseline_version, updated_at, retired)
            VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, FALSE)""")
        .params(id, fields.name().trim(), fields.type(), fields.ownerGroup(), fields.criticality(),
            fields.environment(), attributes, Timestamp.from(now))
        .update();
    audit(id, author, now, "created", null, fields.name().trim());
    return existing(id);
  }

  /** Changes the given fields only; one audit row per field whose value really changes. */
  @Transactional
  public Item update(String id, Fields fields, Author author) {
    Item item = existing(id);
    if (item.retired()) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, "configuration item " + id + " is retired");
    }
    if (fields.name() != null) {
      Inputs.requireText(fields.byName(), "name", MAX_NAME);
    }
    String attributes = validate(fields);
    checkChangeNumber(author);
    Map<String, String[]> changes = new LinkedHashMap<>(); // field -> column, old, new
    change(changes, "name", "name", item.name(), fields.name() == null ? null : fields.name().trim());
    change(changes, "type", "item_type", item.type(), fields.type());
    change(changes, "ownerGroup", "owner_group", item.ownerGroup(), fields.ownerGroup());
    change(changes, "criticality", "criticality", item.criticality(), fields.criticality());
    change(changes, "environment", "environment", item.environment(), fields.environment());
    change(changes, "attributes", "attributes", item.attributes(), attributes);
    if (changes.isEmpty()) {
      return item;
    }
    Instant now = Instant.now();
    changes.forEach((field, change) -> {
      // the column name comes from the fixed list above, never from the request
      jdbc.sql("UPDATE opsflow_ci SET " + change[0] + " = ?, updated_at = ? WHERE ci_id = ?")
          .params(change[2], Timestamp.from(now), id).update();
      audit(id, author, now, field, change[1], change[2]);
    });
    return existing(id);
  }

  /**
   * A change's recorded configuration changes for one item: the attributes take their new values
   * and the item's baseline version goes up by one, all audited under the change number. Applied
   * once per change and item: repeating it (a retried job) changes nothing.
   */
  @Transactional
  public Item baseline(String id, Map<String, String> attributes, Author author) {
    existing(id);
    // two changes closing at once on one item (two nodes): the second waits and merges into the first's result
    jdbc.sql("SELECT ci_id FROM opsflow_ci WHERE ci_id = ? FOR UPDATE").param(id).query(String.class).single();
    Item item = existing(id);
    if (author.changeNumber() == null) {
      throw new IllegalArgumentException("a new baseline needs the change that caused it");
    }
    checkChangeNumber(author);
    boolean applied = jdbc.sql("""
            SELECT COUNT(*) FROM opsflow_ci_audit WHERE ci_id = ? AND change_number = ? AND field_name = 'baselineVersion'""")
        .params(id, author.changeNumber()).query(Long.class).single() > 0;
    if (applied) {
      return item;
    }
    ObjectNode merged = item.attributes() == null ? JSON.createObjectNode() : (ObjectNode) readObject(item.attributes());
    attributes.forEach(merged::put);
    update(id, new Fields(null, null, null, null, null, merged.toString()), author);
    Instant now = Instant.now();
    jdbc.sql("UPDATE opsflow_ci SET baseline_version = baseline_version + 1, updated_at = ? WHERE ci_id = ?")
        .params(Timestamp.from(now), id).update();
    audit(id, author, now, "baselineVersion", String.valueOf(item.baselineVersion()),
        String.valueOf(item.baselineVersion() + 1));
    return existing(id);
  }

  /**
   * An inspection found the item's configuration differing from its baseline (运维管理规范及流程 2.4):
   * an audit row {@code configurationDrift} for the configuration audit, from the baseline version
   * in force to "inspection number, the check, what was found". Recorded once per inspection, item
   * and check: repeating it (a retried job) adds nothing.
   */
  @Transactional
  public void driftFound(String id, String inspectionNumber, String check, String finding, String inspector) {
    Item item = existing(id);
    String found = inspectionNumber + " " + check + ": ";
    String recordedBefore = found.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    boolean recorded = jdbc.sql("""
            SELECT COUNT(*) FROM opsflow_ci_audit WHERE ci_id = ? AND field_name = 'configurationDrift'
            AND new_value LIKE ? ESCAPE '\\'""")
        .params(id, recordedBefore).query(Long.class).single() > 0;
    if (!recorded) {
      String text = found + finding;
      audit(id, new Author(inspector, null), Instant.now(), "configurationDrift",
          "baseline version " + item.baselineVersion(), text.length() > 8000 ? text.substring(0, 8000) : text);
    }
  }

  /** Takes the item out of service; it stays readable with its history. Repeating it changes nothing. */
  @Transactional
  public void retire(String id, Author author) {
    Item item = existing(id);
    checkChangeNumber(author);
    if (item.retired()) {
      return;
    }
    Instant now = Instant.now();
    jdbc.sql("UPDATE opsflow_ci SET retired = TRUE, updated_at = ? WHERE ci_id = ?")
        .params(Timestamp.from(now), id).update();
    audit(id, author, now, "retired", "false", "true");
  }

  @Transactional
  public Relation relate(String source, String type, String target, Author author) {
    Relation relation = validRelation(source, type, target);
    checkChangeNumber(author);
    if (related(relation)) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, source + " " + type + " " + target + " exists already");
    }
    jdbc.sql("INSERT INTO opsflow_ci_relation (source_ci, relation_type, target_ci) VALUES (?, ?, ?)")
        .params(source, type, target).update();
    audit(source, author, Instant.now(), "relation", null, type + " " + target);
    return relation;
  }

  @Transactional
  public void unrelate(String source, String type, String target, Author author) {
    existing(source);
    relationFields(type, target);
    checkChangeNumber(author);
    Relation relation = new Relation(source, type, target);
    if (!related(relation)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no relation " + source + " " + type + " " + target);
    }
    jdbc.sql("DELETE FROM opsflow_ci_relation WHERE source_ci = ? AND relation_type = ? AND target_ci = ?")
        .params(source, type, target).update();
    audit(source, author, Instant.now(), "relation", type + " " + target, null);
  }

  // --- assets -----------------------------------------------------------------------------------

  public Optional<Asset> asset(String id) {
    return jdbc.sql("SELECT * FROM opsflow_ci_asset WHERE ci_id = ?").param(id).query(Cmdb::asset).optional();
  }

  /** The asset carrying the number, if an item in service carries it. */
  public Optional<Asset> assetNumbered(String assetNumber) {
    return jdbc.sql("""
            SELECT a.* FROM opsflow_ci_asset a JOIN opsflow_ci c ON c.ci_id = a.ci_id
            WHERE a.asset_number = ? AND c.retired = FALSE""").param(assetNumber).query(Cmdb::asset).optional();
  }

  /** The assets of items in service in the department and at the location (null: any), by department, location, number. */
  public List<Asset> assets(String department, String location) {
    return jdbc.sql("""
            SELECT a.* FROM opsflow_ci_asset a JOIN opsflow_ci c ON c.ci_id = a.ci_id
            WHERE c.retired = FALSE AND (CAST(? AS VARCHAR(100)) IS NULL OR a.department = ?)
              AND (CAST(? AS VARCHAR(200)) IS NULL OR a.location = ?)
            ORDER BY a.department, a.location, a.asset_number""")
        .params(department, department, location, location).query(Cmdb::asset).list();
  }

  /** The assets of items in service whose warranty ends from the first day to the last, the soonest first. */
  public List<Asset> warrantiesEnding(LocalDate from, LocalDate to) {
    return jdbc.sql("""
            SELECT a.* FROM opsflow_ci_asset a JOIN opsflow_ci c ON c.ci_id = a.ci_id
            WHERE c.retired = FALSE AND a.warranty_end >= ? AND a.warranty_end <= ?
            ORDER BY a.warranty_end, a.asset_number""")
        .params(java.sql.Date.valueOf(from), java.sql.Date.valueOf(to)).query(Cmdb::asset).list();
  }

  /**
   * Sets the asset fields given (null: unchanged) of an item in service; a new asset needs its number
   * and department. One audit row per field whose value really changes ({@code asset.location}, …),
   * under the author's number (a change, an audit or a stock-take).
   */
  @Transactional
  public Asset setAsset(String id, Asset fields, Author author) {
    Item item = existing(id);
    if (item.retired()) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, "configuration item " + id + " is retired");
    }
    checkChangeNumber(author);
    Optional<Asset> stored = asset(id);
    Asset old = stored.orElse(new Asset(id, null, null, null, null, null, null));
    Asset merged = new Asset(id, or(fields.assetNumber(), old.assetNumber()), or(fields.department(), old.department()),
        or(fields.location(), old.location()), or(fields.custodian(), old.custodian()),
        or(fields.purchaseDate(), old.purchaseDate()), or(fields.warrantyEnd(), old.warrantyEnd()));
    Map<String, Object> given = new HashMap<>();
    given.put("assetNumber", merged.assetNumber());
    given.put("department", merged.department());
    given.put("location", merged.location());
    given.put("custodian", merged.custodian());
    Inputs.requireText(given, "assetNumber", 50);
    Inputs.requireText(given, "department", 100);
    Inputs.maxText(given, "location", 200);
    if (merged.custodian() != null) {
      Inputs.knownUser(identity, "custodian", merged.custodian());
    }
    if (merged.purchaseDate() != null && merged.warrantyEnd() != null
        && merged.warrantyEnd().isBefore(merged.purchaseDate())) {
      throw Inputs.refuse("warrantyEnd", "lies before the purchase date");
    }
    jdbc.sql("SELECT ci_id FROM opsflow_ci_asset WHERE asset_number = ? AND ci_id <> ?")
        .params(merged.assetNumber(), id).query(String.class).optional().ifPresent(other -> {
          throw Inputs.refuse("assetNumber", "is the asset number of " + other + " already");
        });
    Map<String, String[]> changes = new LinkedHashMap<>();
    change(changes, "asset.assetNumber", null, old.assetNumber(), merged.assetNumber());
    change(changes, "asset.department", null, old.department(), merged.department());
    change(changes, "asset.location", null, old.location(), merged.location());
    change(changes, "asset.custodian", null, old.custodian(), merged.custodian());
    change(changes, "asset.purchaseDate", null, text(old.purchaseDate()), text(merged.purchaseDate()));
    change(changes, "asset.warrantyEnd", null, text(old.warrantyEnd()), text(merged.warrantyEnd()));
    if (changes.isEmpty()) {
      return old;
    }
    if (stored.isEmpty()) {
      jdbc.sql("INSERT INTO opsflow_ci_asset (ci_id, asset_number, department) VALUES (?, ?, ?)")
          .params(id, merged.assetNumber(), merged.department()).update();
    }
    jdbc.sql("""
            UPDATE opsflow_ci_asset SET asset_number = ?, department = ?, location = ?, custodian = ?, purchase_date = ?,
              warranty_end = ? WHERE ci_id = ?""")
        .params(merged.assetNumber(), merged.department(), merged.location(), merged.custodian(),
            merged.purchaseDate() == null ? null : java.sql.Date.valueOf(merged.purchaseDate()),
            merged.warrantyEnd() == null ? null : java.sql.Date.valueOf(merged.warrantyEnd()), id)
        .update();
    Instant now = Instant.now();
    jdbc.sql("UPDATE opsflow_ci SET updated_at = ? WHERE ci_id = ?").params(Timestamp.from(now), id).update();
    changes.forEach((field, change) -> audit(id, author, now, field, change[1], change[2]));
    return asset(id).orElseThrow();
  }

  private static <T> T or(T given, T old) {
    return given == null ? old : given;
  }

  private static String text(LocalDate date) {
    return date == null ? null : date.toString();
  }

  private static Asset asset(ResultSet rs, int row) throws SQLException {
    java.sql.Date bought = rs.getDate("purchase_date");
    java.sql.Date warranty = rs.getDate("warranty_end");
    return new Asset(rs.getString("ci_id"), rs.getString("asset_number"), rs.getString("department"),
        rs.getString("location"), rs.getString("custodian"), bought == null ? null : bought.toLocalDate(),
        warranty == null ? null : warranty.toLocalDate());
  }

  // --- configuration audit ----------------------------------------------------------------------

  /**
   * The items in service a configuration audit compares: of the type, of the criticality, and under
   * the service (the service and what it depends on, runs on or connects to, transitively); null or
   * blank: any.
   */
  public List<Item> inScope(String type, String service, String criticality) {
    Set<String> under = service == null || service.isBlank() ? null : below(service);
    return jdbc.sql("SELECT * FROM opsflow_ci WHERE retired = FALSE ORDER BY ci_id").query(Cmdb::item).list().stream()
        .filter(i -> type == null || type.isBlank() || type.equals(i.type()))
        .filter(i -> criticality == null || criticality.isBlank() || criticality.equals(i.criticality()))
        .filter(i -> under == null || under.contains(i.id()))
        .toList();
  }

  private Set<String> below(String service) {
    Set<String> seen = new java.util.LinkedHashSet<>(List.of(service));
    Deque<String> next = new ArrayDeque<>(seen);
    while (!next.isEmpty()) {
      jdbc.sql("SELECT target_ci FROM opsflow_ci_relation WHERE source_ci = ?").param(next.pop()).query(String.class)
          .list().stream().filter(seen::add).forEach(next::add);
    }
    return seen;
  }

  /** The configuration drift inspections recorded on the item since it was last changed (oldest first). */
  public List<Audit> driftSinceLastChange(Item item) {
    return audit(item.id()).stream().filter(a -> a.field().equals("configurationDrift"))
        .filter(a -> a.changedAt().isAfter(item.updatedAt())).sorted(Comparator.comparing(Audit::changedAt)).toList();
  }

  /** One attribute set to a JSON value (text of the value, null: removed), audited under the author's number. */
  @Transactional
  public Item setAttribute(String id, String key, String jsonValue, Author author) {
    Item item = existing(id);
    ObjectNode merged = item.attributes() == null ? JSON.createObjectNode() : (ObjectNode) readObject(item.attributes());
    if (jsonValue == null) {
      merged.remove(key);
    } else {
      try {
        merged.set(key, JSON.readTree(jsonValue));
      } catch (JsonProcessingException e) {
        merged.put(key, jsonValue);
      }
    }
    return update(id, new Fields(null, null, null, null, null, merged.toString()), author);
  }

  // --- helpers ----------------------------------------------------------------------------------

  private Item existing(String id) {
    return find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no configuration item " + id));
  }

  private Relation validRelation(String source, String type, String target) {
    Item from = existing(source);
    if (from.retired()) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, "configuration item " + source + " is retired");
    }
    relationFields(type, target);
    if (target.equals(source)) {
      throw new BadRequestException("target", "an item cannot relate to itself");
    }
    Item to = find(target).orElseThrow(() -> new BadRequestException("target", "no configuration item " + target));
    if (to.retired()) {
      throw new BadRequestException("target", "configuration item " + target + " is retired");
    }
    return new Relation(source, type, target);
  }

  private boolean related(Relation r) {
    return jdbc.sql("SELECT COUNT(*) FROM opsflow_ci_relation WHERE source_ci = ? AND relation_type = ? AND target_ci = ?")
        .params(r.source(), r.type(), r.target()).query(Long.class).single() > 0;
  }

  /** A relation's type and target, both given, the type one of {@link #RELATION_TYPES}. */
  private static void relationFields(String type, String target) {
    Map<String, Object> given = new HashMap<>();
    given.put("type", type);
    given.put("target", target);
    Inputs.requireText(given, "type", MAX_NAME);
    Inputs.oneOf(given, "type", Set.copyOf(RELATION_TYPES));
    Inputs.requireText(given, "target", MAX_NAME);
  }

  /** Checks the fields that are given; answers the attributes as normalised JSON text (or null). */
  private String validate(Fields fields) {
    Map<String, Object> given = fields.byName();
    Inputs.maxText(given, "name", MAX_NAME);
    Inputs.oneOf(given, "type", Set.copyOf(TYPES));
    Inputs.oneOf(given, "criticality", Set.copyOf(CRITICALITIES));
    Inputs.maxText(given, "environment", 30);
    if (fields.ownerGroup() != null && identity.createGroupQuery().groupId(fields.ownerGroup()).count() == 0) {
      throw new BadRequestException("ownerGroup", "no group " + fields.ownerGroup());
    }
    return fields.attributes() == null ? null : jsonObject(fields.attributes());
  }

  /** The text as a JSON object, written compactly so that equal objects compare as equal text. */
  static String jsonObject(String text) {
    String json = readObject(text).toString();
    if (json.length() > 8000) {
      throw Inputs.refuse("attributes", "must be at most 8000 characters of JSON");
    }
    return json;
  }

  private static JsonNode readObject(String text) {
    JsonNode node;
    try {
      node = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      node = null;
    }
    if (node == null || !node.isObject()) {
      throw Inputs.refuse("attributes", "must be a JSON object");
    }
    return node;
  }

  private void checkChangeNumber(Author author) {
    if (author.changeNumber() != null && !CHANGE_NUMBER.matcher(author.changeNumber()).matches()) {
      throw Inputs.refuse("change", "must be a change number like CHG-2026-000001");
    }
  }

  private static void change(Map<String, String[]> changes, String field, String column, String old, String given) {
    if (given != null && !given.equals(old)) {
      changes.put(field, new String[] {column, old, given});
    }
  }

  private void audit(String id, Author author, Instant now, String field, String oldValue, String newValue) {
    jdbc.sql("""
            INSERT INTO opsflow_ci_audit (ci_id, changed_at, changed_by, change_number, field_name, old_value, new_value)
            VALUES (?, ?, ?, ?, ?, ?, ?)""")
        .params(id, Timestamp.from(now), author.userId(), author.changeNumber(), field, oldValue, newValue).update();
  }

  private static Node node(Item item) {
    return new Node(item.id(), item.name(), item.type(), item.criticality());
  }

  private static Item item(ResultSet rs, int row) throws SQLException {
    return new Item(rs.getString("ci_id"), rs.getString("name"), rs.getString("item_type"), rs.getString("owner_group"),
        rs.getString("criticality"), rs.getString("environment"), rs.getString("attributes"),
        rs.getInt("baseline_version"), rs.getTimestamp("updated_at").toInstant(), rs.getBoolean("retired"));
  }

  private static Relation relation(ResultSet rs, int row) throws SQLException {
    return new Relation(rs.getString("source_ci"), rs.getString("relation_type"), rs.getString("target_ci"));
  }
}
