package io.opsflow.platform.process;

import io.opsflow.platform.BadRequestException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * The documents attached to a ticket: to its process instance (OpsFlow's API, the start form) or
 * to one of its tasks (a task form, Camunda's task attachment REST, which leaves the process
 * instance unset); attachments are history and outlive their task. Called once the caller is known
 * to see the ticket: the calls run without the caller's engine authorizations, since a requester
 * holds no permission on the project manager's task or on the process instance, yet must hand over
 * the original document.
 */
@Service
public class TicketDocuments {

  /** The largest document a ticket takes. */
  public static final int MAX_BYTES = 10 * 1024 * 1024;

  /** A document as the API shows it. */
  public record Document(String id, String name, String type, String taskId, Instant attachedAt) {
  }

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final HistoryService history;
  private final IdentityService identity;

  TicketDocuments(ProcessEngine engine) {
    this.runtime = engine.getRuntimeService();
    this.tasks = engine.getTaskService();
    this.history = engine.getHistoryService();
    this.identity = engine.getIdentityService();
  }

  /** What was attached to the ticket's process instance and its tasks, the first first. */
  public List<Document> of(String instance) {
    return asSystem(() -> {
      Map<String, Attachment> byId = new LinkedHashMap<>();
      tasks.getProcessInstanceAttachments(instance).forEach(a -> byId.put(a.getId(), a));
      history.createHistoricTaskInstanceQuery().processInstanceId(instance).orderByHistoricActivityInstanceStartTime()
          .asc().list()
          .forEach(task -> tasks.getTaskAttachments(task.getId()).forEach(a -> byId.putIfAbsent(a.getId(), a)));
      return byId.values().stream().map(TicketDocuments::document).toList();
    });
  }

  /** The content of a document of the ticket, when the document belongs to it. */
  public Optional<Content> content(String instance, String documentId) {
    return asSystem(() -> of(instance).stream().filter(d -> d.id().equals(documentId)).findFirst()
        .map(d -> new Content(d, tasks.getAttachmentContent(documentId))));
  }

  /** A document and its bytes, for a download. */
  public record Content(Document document, InputStream bytes) {
  }

  /**
   * Attaches the document to the open ticket's process instance and to the given task, or else to
   * its oldest open task, where Tasklist shows it; a closed ticket takes none (409).
   *
   * @param ticket how refusals name the ticket, e.g. "requirement REQ-2026-000001"
   * @param taskId the task the person works, or null
   * @param type the content type; application/octet-stream when not given
   */
  public Document attach(String ticket, String instance, String taskId, String name, String description, String type,
      byte[] content) {
    if (name == null || name.isBlank() || name.length() > 255) {
      throw new BadRequestException("name", "name must be 1 to 255 characters");
    }
    return document(asSystem(() -> {
      if (runtime.createProcessInstanceQuery().processInstanceId(instance).count() == 0) {
        throw new ResponseStatusException(HttpStatus.CONFLICT,
            ticket + " is closed: documents are attached while it is open");
      }
      String task = taskId != null ? taskId : tasks.createTaskQuery().processInstanceId(instance)
          .orderByTaskCreateTime().asc().list().stream().findFirst().map(Task::getId).orElse(null);
      return tasks.createAttachment(type == null || type.isBlank() ? "application/octet-stream" : type, task, instance,
          name.strip(), description, new ByteArrayInputStream(content));
    }));
  }

  /**
   * A document sent as a request's body: 1 byte to {@link #MAX_BYTES}, or 400 naming
   * {@code content}. A declared length is refused before the body is read; an undeclared one is
   * read to the limit only.
   */
  public static byte[] body(HttpServletRequest request) throws IOException {
    byte[] content = request.getContentLengthLong() > MAX_BYTES ? null
        : request.getInputStream().readNBytes(MAX_BYTES + 1);
    if (content == null || content.length == 0 || content.length > MAX_BYTES) {
      throw new BadRequestException("content", "the document (the request body) must hold 1 byte to 10 MB");
    }
    return content;
  }

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
}
