package io.opsflow.requirement;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.opsflow.identity.Roles;
import io.opsflow.platform.BadRequestException;
import io.opsflow.platform.web.IdempotentRequests;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.Task;
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
class RequirementController {

  static final int MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

  record Document(String id, String name, String type, String taskId, Instant attachedAt) {
  }

  record Ticket(@JsonUnwrapped RequirementRecords.Requirement requirement, List<Document> attachments) {
  }

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final HistoryService history;
  private final IdentityService identity;
  private final RequirementRecords records;
  private final RequirementIntake intake;
  private final IdempotentRequests idempotent;

  RequirementController(RuntimeService runtime, TaskService tasks, HistoryService history, IdentityService identity,
      RequirementRecords records, RequirementIntake intake, IdempotentRequests idempotent) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.history = history;
    this.identity = identity;
    this.records = records;
    this.intake = intake;
    this.idempotent = idempotent;
  }

  @PostMapping("/api/requirements")
  @io.opsflow.platform.web.StartsProcess(RequirementIds.PROCESS)
  ResponseEntity<?> raise(@RequestBody RequirementRequest requirement,
      @RequestHeader(value = IdempotentRequests.HEADER, required = false) String idempotencyKey) {
    return idempotent.once(idempotencyKey, "/api/requirements", requirement, () -> {
      RequirementIntake.Raised raised = intake.raise(requirement);
      return ResponseEntity.created(URI.create("/api/requirements/" + raised.requirementNumber())).body(raised);
    });
  }

  @GetMapping("/api/requirements/{number}")
  Ticket ticket(@PathVariable String number) {
    RequirementRecords.Requirement requirement = records.find(number).filter(this::mayRead)
        .orElseThrow(() -> notFound(number));
    String instance = records.processInstanceOf(number).orElseThrow();
    return new Ticket(requirement, asSystem(() -> attachments(instance)));
  }

  @PostMapping("/api/requirements/{number}/attachments")
  ResponseEntity<Document> attach(@PathVariable String number, @RequestParam String name,
      @RequestParam(required = false) String description,
      @RequestHeader(value = "Content-Type", required = false) String type, HttpServletRequest request)
      throws IOException {
    records.find(number).filter(this::mayRead).orElseThrow(() -> notFound(number));
    if (name.isBlank() || name.length() > 255) {
      throw new BadRequestException("name", "name must be 1 to 255 characters");
    }
    // a declared length is refused before the body is read; an undeclared one is read to the limit only
    byte[] content = request.getContentLengthLong() > MAX_ATTACHMENT_BYTES ? null
        : request.getInputStream().readNBytes(MAX_ATTACHMENT_BYTES + 1);
    if (content == null || content.length == 0 || content.length > MAX_ATTACHMENT_BYTES) {
      throw new BadRequestException("content", "the document (the request body) must hold 1 byte to 10 MB");
    }
    String instance = records.processInstanceOf(number).orElseThrow();
    Attachment attachment = asSystem(() -> {
      if (runtime.createProcessInstanceQuery().processInstanceId(instance).count() == 0) {
        throw new ResponseStatusException(HttpStatus.CONFLICT,
            "requirement " + number + " is closed: documents are attached while it is open");
      }
      String taskId = tasks.createTaskQuery().processInstanceId(instance).orderByTaskCreateTime().asc().list()
          .stream().findFirst().map(Task::getId).orElse(null);
      return tasks.createAttachment(type == null ? "application/octet-stream" : type, taskId, instance, name,
          description, new ByteArrayInputStream(content));
    });
    return ResponseEntity.status(HttpStatus.CREATED).body(document(attachment));
  }

  /**
   * What was attached to the requirement: to its process instance (this API) or to one of its
   * tasks (Tasklist's "Add attachment", Camunda's task attachment REST, which leave the process
   * instance unset); attachments are history and outlive their task.
   */
  private List<Document> attachments(String instance) {
    Map<String, Attachment> byId = new LinkedHashMap<>();
    tasks.getProcessInstanceAttachments(instance).forEach(a -> byId.put(a.getId(), a));
    history.createHistoricTaskInstanceQuery().processInstanceId(instance).orderByHistoricActivityInstanceStartTime().asc()
        .list().forEach(task -> tasks.getTaskAttachments(task.getId()).forEach(a -> byId.putIfAbsent(a.getId(), a)));
    return byId.values().stream().map(RequirementController::document).toList();
  }

  private boolean mayRead(RequirementRecords.Requirement requirement) {
    Authentication caller = identity.getCurrentAuthentication();
    return caller != null && (caller.getUserId().equals(requirement.requester())
        || Roles.anyOf(caller.getGroupIds(), Roles.REQUIREMENT_READERS));
  }

  /**
   * Runs an attachment call without the caller's engine authorizations, once this controller has
   * checked that the caller may see the requirement: a requester holds no permission on the
   * project manager's task or on the process instance, yet must hand over the original document.
   */
  private <T> T asSystem(Supplier<T> work) {
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return work.get();
    } finally {
      identity.setAuthentication(caller);
    }
  }

  private static Document document(Attachment attachment) {
    return new Document(attachment.getId(), attachment.getName(), attachment.getType(), attachment.getTaskId(),
        attachment.getCreateTime() == null ? null : attachment.getCreateTime().toInstant());
  }

  private static ResponseStatusException notFound(String number) {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, "no requirement " + number);
  }
}
