package io.opsflow.configuration;

import com.fasterxml.jackson.databind.JsonNode;
import io.opsflow.identity.Roles;
import io.opsflow.platform.BadRequestException;
import io.opsflow.platform.web.WrittenBy;
import java.net.URI;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The CMDB over HTTP under {@code /api/cmdb/items}: every signed-in user reads it (the service
 * desk looks up the CI of an incident); only configuration managers, change roles and
 * administrators change it, and every change is audited under their user id.
 */
@RestController
record CmdbController(Cmdb cmdb, IdentityService identity) {

  /** A new item, or (PATCH) the fields to change; attributes is a JSON object. */
  record ItemBody(String id, String name, String type, String ownerGroup, String criticality, String environment,
      JsonNode attributes) {

    Cmdb.Fields fields() {
      String json = attributes == null || attributes.isNull() ? null
          : attributes.isTextual() ? attributes.asText() : attributes.toString();
      return new Cmdb.Fields(name, type, ownerGroup, criticality, environment, json);
    }
  }

  record RelationBody(String type, String target) {
  }

  @GetMapping("/api/cmdb/items")
  List<Cmdb.Item> list(@RequestParam(required = false) String type, @RequestParam(required = false) String q) {
    return cmdb.list(type, q);
  }

  @PostMapping("/api/cmdb/items")
  @WrittenBy(Roles.Writers.CMDB)
  ResponseEntity<Cmdb.Item> create(@RequestBody ItemBody body, @RequestParam(required = false) String change) {
    Cmdb.Author author = writer(change);
    try {
      Cmdb.Item item = cmdb.create(body.id(), body.fields(), author);
      return ResponseEntity.created(URI.create("/api/cmdb/items/" + item.id())).body(item);
    } catch (DuplicateKeyException e) {
      // another request created it between the check and the insert; its transaction is over here
      throw new ResponseStatusException(HttpStatus.CONFLICT, "configuration item " + body.id() + " exists already");
    }
  }

  @GetMapping("/api/cmdb/items/{id}")
  Cmdb.Details read(@PathVariable String id) {
    return cmdb.details(id);
  }

  @PatchMapping("/api/cmdb/items/{id}")
  @WrittenBy(Roles.Writers.CMDB)
  Cmdb.Item update(@PathVariable String id, @RequestBody ItemBody body, @RequestParam(required = false) String change) {
    Cmdb.Author author = writer(change);
    if (body.id() != null && !body.id().equals(id)) {
      throw new BadRequestException("id", "the id of an item cannot change");
    }
    return cmdb.update(id, body.fields(), author);
  }

  @DeleteMapping("/api/cmdb/items/{id}")
  @WrittenBy(Roles.Writers.CMDB)
  ResponseEntity<Void> retire(@PathVariable String id, @RequestParam(required = false) String change) {
    cmdb.retire(id, writer(change));
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/api/cmdb/items/{id}/relations")
  @WrittenBy(Roles.Writers.CMDB)
  ResponseEntity<Cmdb.Relation> relate(@PathVariable String id, @RequestBody RelationBody body,
      @RequestParam(required = false) String change) {
    Cmdb.Author author = writer(change);
    try {
      Cmdb.Relation relation = cmdb.relate(id, body.type(), body.target(), author);
      return ResponseEntity.created(URI.create("/api/cmdb/items/" + id)).body(relation);
    } catch (DuplicateKeyException e) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, id + " " + body.type() + " " + body.target() + " exists already");
    }
  }

  @DeleteMapping("/api/cmdb/items/{id}/relations")
  @WrittenBy(Roles.Writers.CMDB)
  ResponseEntity<Void> unrelate(@PathVariable String id, @RequestParam String type, @RequestParam String target,
      @RequestParam(required = false) String change) {
    cmdb.unrelate(id, type, target, writer(change));
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/api/cmdb/items/{id}/impact")
  List<Cmdb.Impact> impact(@PathVariable String id) {
    return cmdb.impact(id);
  }

  /** The item's asset fields (asset number, department, location, custodian, purchase date, warranty end). */
  @GetMapping("/api/cmdb/items/{id}/asset")
  Cmdb.Asset asset(@PathVariable String id) {
    return cmdb.asset(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no asset " + id));
  }

  /** Sets the asset fields given (those left out unchanged), each change audited. */
  @PutMapping("/api/cmdb/items/{id}/asset")
  @WrittenBy(Roles.Writers.CMDB)
  Cmdb.Asset setAsset(@PathVariable String id, @RequestBody Cmdb.Asset body, @RequestParam(required = false) String change) {
    if (body.ciId() != null && !body.ciId().equals(id)) {
      throw new BadRequestException("ciId", "the id of an item cannot change");
    }
    return cmdb.setAsset(id, body, writer(change));
  }

  @GetMapping("/api/cmdb/items/{id}/audit")
  List<Cmdb.Audit> audit(@PathVariable String id) {
    return cmdb.audit(id);
  }

  /** The caller as the author of a CMDB change (who may write: {@link WrittenBy} on each endpoint). */
  private Cmdb.Author writer(String change) {
    if (change != null && (change.startsWith("CAU-") || change.startsWith("STK-"))) {
      // only a configuration audit's or a stock-take's own decision writes under its number
      throw new BadRequestException("change", "must be a change number like CHG-2026-000001");
    }
    return new Cmdb.Author(identity.getCurrentAuthentication().getUserId(),
        change == null || change.isBlank() ? null : change);
  }
}
