package io.opsflow.configuration;

import com.fasterxml.jackson.databind.JsonNode;
import io.opsflow.identity.Roles;
import io.opsflow.platform.Inputs;
import io.opsflow.platform.process.EngineClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The configuration audit over HTTP: {@code POST /api/cmdb/observations} keeps what a discovery
 * script or agent (technical user {@code discovery-agent}) or a configuration manager saw of the
 * items, the actual state an audit compares with the CMDB; {@code GET /api/cmdb/audits/{number}} is an
 * audit's report for its readers ({@link Roles#CONFIGURATION_AUDIT_READERS}, 404 for anyone else).
 */
@RestController
record ConfigurationAuditController(ConfigurationAuditRecords records, Cmdb cmdb, IdentityService identity) {

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,99}");
  private static final Set<String> OBSERVERS = Set.of(Roles.MONITORING, Roles.CONFIG_MANAGER, Roles.ADMIN_GROUP);

  /** What was seen: where it comes from, and per item its id, whether it is there, its type, attributes and relations. */
  record Observations(String source, List<Observed> items) {
  }

  /** present: false when the item was looked for and not found; relations left out: not looked at. */
  record Observed(String ci, Boolean present, String type, JsonNode attributes, List<Cmdb.Relation> relations) {
  }

  /** Every item is checked before any is kept: a refused body keeps nothing. */
  @PostMapping("/api/cmdb/observations")
  ResponseEntity<Map<String, Object>> observed(@RequestBody Observations body) {
    Authentication caller = identity.getCurrentAuthentication();
    if (!Roles.anyOf(caller.getGroupIds(), OBSERVERS)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN,
          "only a discovery agent or a configuration manager posts observations");
    }
    if (body == null || body.source() == null || body.source().isBlank() || body.source().length() > 100) {
      throw Inputs.refuse("source", "name the script, agent or check that saw the items (at most 100 characters)");
    }
    if (body.items() == null || body.items().isEmpty() || body.items().size() > 1000) {
      throw Inputs.refuse("items", "give between 1 and 1000 items");
    }
    Instant now = EngineClock.now();
    List<Runnable> keep = new ArrayList<>();
    for (int i = 0; i < body.items().size(); i++) {
      Observed seen = body.items().get(i);
      String field = "items[" + i + "]";
      if (seen == null || seen.ci() == null || !ID.matcher(seen.ci()).matches()) {
        throw Inputs.refuse(field + ".ci", "must be a CMDB id (lower-case letters, digits and dashes)");
      }
      boolean present = seen.present() == null || seen.present();
      if (seen.type() != null && !Cmdb.TYPES.contains(seen.type())) {
        throw Inputs.refuse(field + ".type", "must be one of " + String.join(", ", Cmdb.TYPES));
      }
      if (present && seen.type() == null && !cmdbKnows(seen.ci())) {
        throw Inputs.refuse(field + ".type", "is required for an item the CMDB does not record");
      }
      String attributes = null;
      if (seen.attributes() != null && !seen.attributes().isNull()) {
        if (!seen.attributes().isObject() || seen.attributes().toString().length() > 8000) {
          throw Inputs.refuse(field + ".attributes", "must be a JSON object of at most 8000 characters");
        }
        attributes = seen.attributes().toString();
      }
      List<String> relations = null;
      if (seen.relations() != null) {
        relations = new ArrayList<>();
        for (int j = 0; j < seen.relations().size(); j++) {
          Cmdb.Relation r = seen.relations().get(j);
          if (r == null || !Cmdb.RELATION_TYPES.contains(r.type())) {
            throw Inputs.refuse(field + ".relations[" + j + "].type", "must be one of " + String.join(", ", Cmdb.RELATION_TYPES));
          }
          if (r.target() == null || !ID.matcher(r.target()).matches()) {
            throw Inputs.refuse(field + ".relations[" + j + "].target", "must be a CMDB id");
          }
          relations.add(r.type() + " " + r.target());
        }
      }
      String json = attributes;
      List<String> related = relations;
      keep.add(() -> records.observed(seen.ci(), now, caller.getUserId(), body.source().strip(), present, seen.type(),
          json, related));
    }
    keep.forEach(Runnable::run);
    return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("observations", body.items().size()));
  }

  @GetMapping("/api/cmdb/audits/{number}")
  ConfigurationAuditRecords.Audit audit(@PathVariable String number) {
    return records.find(number)
        .filter(a -> Roles.anyOf(identity.getCurrentAuthentication().getGroupIds(), Roles.CONFIGURATION_AUDIT_READERS))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no configuration audit " + number));
  }

  private boolean cmdbKnows(String ci) {
    return cmdb.find(ci).isPresent();
  }
}
