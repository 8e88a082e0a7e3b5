package io.opsflow.identity;

import io.opsflow.platform.process.TicketDocuments;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Documents on the forms people work (Camunda Forms have no file field; Tasklist's
 * {@code opsflow-documents.js} adds one where a form asks for documents):
 * <ul>
 *   <li>{@code POST /api/me/tickets/started/{instance}/documents?name=}: a document chosen on a
 *       start form, sent once the ticket is started; only its starter may, while it is open;</li>
 *   <li>{@code GET|POST /api/me/tasks/{task}/documents}: the ticket's documents listed on a task
 *       form, and one more attached to it; only someone who may work the task (its assignee or a
 *       candidate) may;</li>
 *   <li>{@code GET /api/me/tasks/{task}/documents/{document}}: one of them downloaded.</li>
 * </ul>
 * Anyone else gets 404, as for an unknown id. Tasklist calls these with its login (the webapps'
 * session and CSRF token, see {@code BasicAuthenticationFilter}); other callers with Basic.
 */
@RestController
record MyDocumentsController(IdentityService identity, HistoryService history, TaskService tasks,
    TicketDocuments documents) {

  @PostMapping("/api/me/tickets/started/{processInstanceId}/documents")
  ResponseEntity<TicketDocuments.Document> attachToStarted(@PathVariable String processInstanceId,
      @RequestParam String name, @RequestHeader(value = "Content-Type", required = false) String type,
      HttpServletRequest request) throws IOException {
    String user = identity.getCurrentAuthentication().getUserId();
    HistoricProcessInstance instance = asSystem(() -> history.createHistoricProcessInstanceQuery()
        .processInstanceId(processInstanceId).startedBy(user).singleResult());
    if (instance == null) {
      throw notFound("no ticket started by you with the id " + processInstanceId);
    }
    String ticket = instance.getBusinessKey() != null ? instance.getBusinessKey() : "the ticket";
    return created(documents.attach(ticket, instance.getId(), null, name, null, type, TicketDocuments.body(request)));
  }

  @GetMapping("/api/me/tasks/{taskId}/documents")
  List<TicketDocuments.Document> ofTask(@PathVariable String taskId) {
    return documents.of(workable(taskId).getProcessInstanceId());
  }

  @PostMapping("/api/me/tasks/{taskId}/documents")
  ResponseEntity<TicketDocuments.Document> attachToTask(@PathVariable String taskId, @RequestParam String name,
      @RequestHeader(value = "Content-Type", required = false) String type, HttpServletRequest request)
      throws IOException {
    Task task = workable(taskId);
    String ticket = asSystem(() -> history.createHistoricProcessInstanceQuery()
        .processInstanceId(task.getProcessInstanceId()).singleResult().getBusinessKey());
    return created(documents.attach(ticket != null ? ticket : "the ticket", task.getProcessInstanceId(), taskId, name,
        null, type, TicketDocuments.body(request)));
  }

  @GetMapping("/api/me/tasks/{taskId}/documents/{documentId}")
  ResponseEntity<byte[]> download(@PathVariable String taskId, @PathVariable String documentId) throws IOException {
    TicketDocuments.Content content = documents.content(workable(taskId).getProcessInstanceId(), documentId)
        .orElseThrow(() -> notFound("no document " + documentId + " on this task's ticket"));
    byte[] bytes;
    try (InputStream in = content.bytes()) {
      bytes = in == null ? new byte[0] : in.readAllBytes();
    }
    return ResponseEntity.ok().contentType(servedAs(content.document().type()))
        .header("X-Content-Type-Options", "nosniff").header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition
        .attachment().filename(content.document().name(), StandardCharsets.UTF_8).build().toString()).body(bytes);
  }

  /**
   * The type a document is served as: its own, except what a browser would render as a page of
   * OpsFlow's origin (HTML, XHTML, SVG, any XML: scripts in an uploaded file), which is served as
   * bytes to save; an unreadable type too.
   */
  static MediaType servedAs(String type) {
    try {
      MediaType given = MediaType.parseMediaType(type);
      String subtype = given.getSubtype();
      boolean active = given.isWildcardType() || given.isWildcardSubtype()
          || (given.getType().equals("text") && subtype.equals("html"))
          || (given.getType().equals("application") && subtype.equals("xhtml+xml"))
          || subtype.equals("xml") || subtype.endsWith("+xml");
      return active ? MediaType.APPLICATION_OCTET_STREAM : given;
    } catch (RuntimeException e) {
      return MediaType.APPLICATION_OCTET_STREAM;
    }
  }

  /** An open task of a ticket the caller may work: assigned to them, or offered to them or one of their groups. */
  private Task workable(String taskId) {
    Authentication caller = identity.getCurrentAuthentication();
    return asSystem(() -> {
      Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
      boolean may = task != null && task.getProcessInstanceId() != null
          && (caller.getUserId().equals(task.getAssignee()) || tasks.getIdentityLinksForTask(taskId).stream()
              .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType())
                  && (caller.getUserId().equals(link.getUserId())
                      || (link.getGroupId() != null && caller.getGroupIds().contains(link.getGroupId())))));
      if (!may) {
        throw notFound("no open task " + taskId + " you may work");
      }
      return task;
    });
  }

  private static ResponseEntity<TicketDocuments.Document> created(TicketDocuments.Document document) {
    return ResponseEntity.status(HttpStatus.CREATED).body(document);
  }

  private static ResponseStatusException notFound(String message) {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, message);
  }

  /** Runs the reads without the caller's authorizations: the checks above limit them to the caller's own. */
  private <T> T asSystem(Supplier<T> reads) {
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return reads.get();
    } finally {
      identity.setAuthentication(caller);
    }
  }
}
