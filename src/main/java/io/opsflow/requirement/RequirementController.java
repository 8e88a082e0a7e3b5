package io.opsflow.requirement;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.opsflow.identity.Roles;
import io.opsflow.platform.BadRequestException;
import io.opsflow.platform.process.TicketDocuments;
import io.opsflow.platform.web.IdempotentRequests;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code POST /api/requirements} raises a requirement (the contract's start variables) and
 * answers once it is registered; {@code GET /api/requirements/{number}} reads the ticket with its
 * development tasks, progress, bugs, release attempts and attachments;
 * {@code POST /api/requirements/{number}/attachments?name=} attaches a document (the body) to the
 * requirement's process instance and its oldest open task, where Tasklist shows it. Only the
 * requester who raised it and the project roles see or attach to a requirement; anyone else gets
 * 404, as for an unknown number.
 */
@RestController
record RequirementController(RequirementRecords records, RequirementIntake intake, TicketDocuments documents,
    IdentityService identity, IdempotentRequests idempotent) {

  record Ticket(@JsonUnwrapped RequirementRecords.Requirement requirement,
      List<TicketDocuments.Document> attachments) {
  }

  @PostMapping("/api/requirements")
  @io.opsflow.platform.web.StartsProcess(RequirementIds.PROCESS)
  ResponseEntity<?> raise(@RequestBody RequirementRequest requirement) {
    return idempotent.created("/api/requirements", requirement, () -> intake.raise(requirement),
        RequirementIntake.Raised::requirementNumber);
  }

  @GetMapping("/api/requirements/{number}")
  Ticket ticket(@PathVariable String number) {
    RequirementRecords.Requirement requirement = records.find(number).filter(this::mayRead)
        .orElseThrow(() -> notFound(number));
    return new Ticket(requirement, documents.of(records.processInstanceOf(number).orElseThrow()));
  }

  @PostMapping("/api/requirements/{number}/attachments")
  ResponseEntity<TicketDocuments.Document> attach(@PathVariable String number, @RequestParam String name,
      @RequestParam(required = false) String description,
      @RequestHeader(value = "Content-Type", required = false) String type, HttpServletRequest request)
      throws IOException {
    records.find(number).filter(this::mayRead).orElseThrow(() -> notFound(number));
    if (name.isBlank() || name.length() > 255) {
      throw new BadRequestException("name", "name must be 1 to 255 characters");
    }
    return ResponseEntity.status(HttpStatus.CREATED).body(documents.attach("requirement " + number,
        records.processInstanceOf(number).orElseThrow(), null, name, description, type, TicketDocuments.body(request)));
  }

  private boolean mayRead(RequirementRecords.Requirement requirement) {
    Authentication caller = identity.getCurrentAuthentication();
    return caller != null && (caller.getUserId().equals(requirement.requester())
        || Roles.anyOf(caller.getGroupIds(), Roles.REQUIREMENT_READERS));
  }

  private static ResponseStatusException notFound(String number) {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, "no requirement " + number);
  }
}
