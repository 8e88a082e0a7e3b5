package io.opsflow.servicerequest;

import io.opsflow.identity.Roles;
import io.opsflow.platform.web.IdempotentRequests;
import io.opsflow.platform.web.StartsProcess;
import io.opsflow.platform.web.WrittenBy;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code POST /api/service-requests} raises a request for a catalogue item and answers once it is
 * registered; {@code GET /api/service-requests/{number}} reads it: the requester, its approvers,
 * the fulfilling group and the service desk roles; anyone else gets 404, as for an unknown number.
 * {@code /api/catalogue}: everyone reads the active items; the service desk leads and operations
 * administrators add, change and retire them.
 */
@RestController
record ServiceRequestController(ServiceRequestIntake intake, ServiceRequestRecords records, ServiceCatalogue catalogue,
    IdentityService identity, IdempotentRequests idempotent) {

  @PostMapping("/api/service-requests")
  @StartsProcess(ServiceRequestIds.PROCESS)
  ResponseEntity<?> open(@RequestBody ServiceRequestRequest request) {
    return idempotent.created("/api/service-requests", request, () -> intake.open(request),
        ServiceRequestIntake.Opened::requestNumber);
  }

  @GetMapping("/api/service-requests/{number}")
  ServiceRequestRecords.Request ticket(@PathVariable String number) {
    return records.find(number).filter(this::mayRead)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no service request " + number));
  }

  @GetMapping("/api/catalogue")
  List<ServiceCatalogue.Item> items(@RequestParam(defaultValue = "false") boolean withRetired) {
    return catalogue.list(withRetired);
  }

  @GetMapping("/api/catalogue/{id}")
  ServiceCatalogue.Item item(@PathVariable String id) {
    return catalogue.find(id).orElseThrow(() -> notInCatalogue(id));
  }

  @PostMapping("/api/catalogue")
  @WrittenBy(Roles.Writers.CATALOGUE)
  ResponseEntity<ServiceCatalogue.Item> add(@RequestBody ServiceCatalogue.Item item) {
    return ResponseEntity.status(HttpStatus.CREATED).body(catalogue.create(item));
  }

  @PutMapping("/api/catalogue/{id}")
  @WrittenBy(Roles.Writers.CATALOGUE)
  ServiceCatalogue.Item change(@PathVariable String id, @RequestBody ServiceCatalogue.Item item) {
    return catalogue.update(id, item).orElseThrow(() -> notInCatalogue(id));
  }

  /** Retires the item: no new requests for it; those open run to their end. */
  @DeleteMapping("/api/catalogue/{id}")
  @WrittenBy(Roles.Writers.CATALOGUE)
  ResponseEntity<Void> retire(@PathVariable String id) {
    if (!catalogue.retire(id)) {
      throw notInCatalogue(id);
    }
    return ResponseEntity.noContent().build();
  }

  private boolean mayRead(ServiceRequestRecords.Request request) {
    Authentication caller = identity.getCurrentAuthentication();
    if (caller == null) {
      return false;
    }
    List<String> groups = caller.getGroupIds();
    String path = request.approvalPath() == null ? "" : request.approvalPath();
    return caller.getUserId().equals(request.requester())
        || path.contains("manager") && caller.getUserId().equals(request.lineManager())
        || path.contains("owner") && groups.contains(request.ownerGroup())
        || path.contains("security") && groups.contains(Roles.SECURITY_OFFICER)
        || request.fulfilmentGroup() != null && groups.contains(request.fulfilmentGroup())
        || Roles.anyOf(groups, Roles.SERVICE_REQUEST_READERS);
  }

  private static ResponseStatusException notInCatalogue(String id) {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, "no catalogue item " + id);
  }
}
