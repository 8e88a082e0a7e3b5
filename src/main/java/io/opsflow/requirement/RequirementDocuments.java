package io.opsflow.requirement;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * The documents attached to a requirement: to its process instance (OpsFlow's API) or to one of
 * its tasks (Tasklist's "Add attachment", Camunda's task attachment REST, which leave the process
 * instance unset); attachments are history and outlive their task. Called once the caller is known
 * to see the requirement: the calls run without the caller's engine authorizations, since a
 * requester holds no permission on the project manager's task or on the process instance, yet must
 * hand over the original document.
 */
@Service
class RequirementDocuments {

  /** A document as the API shows it. */
  record Document(String id, String name, String type, String taskId, Instant attachedAt) {
  }

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final HistoryService history;
  private final IdentityService identity;

  RequirementDocuments(ProcessEngine engine) {
    this.runtime = engine.getRuntimeService();
    this.tasks = engine.getTaskService();
    this.history = engine.getHistoryService();
    this.identity = engine.getIdentityService();
  }

  /** What was attached to the requirement's process instance and its tasks, the first first. */
  List<Document> of(String instance) {
    return asSystem(() -> {
      Map<String, Attachment> byId = new LinkedHashMap<>();
      tasks.getProcessInstanceAttachments(instance).forEach(a -> byId.put(a.getId(), a));
      history.createHistoricTaskInstanceQuery().processInstanceId(instance).orderByHistoricActivityInstanceStartTime()
          .asc().list()
          .forEach(task -> tasks.getTaskAttachments(task.getId()).forEach(a -> byId.putIfAbsent(a.getId(), a)));
      return byId.values().stream().map(RequirementDocuments::document).toList();
    });
  }

  /**
   * Attaches the document to the open requirement's process instance and its oldest open task,
   * where Tasklist shows it; a closed requirement takes none (409).
   *
   * @param type the content type; application/octet-stream when not given
   */
  Document attach(String number, String instance, String name, String description, String type, byte[] content) {
    return document(asSystem(() -> {
      if (runtime.createProcessInstanceQuery().processInstanceId(instance).count() == 0) {
        throw new ResponseStatusException(HttpStatus.CONFLICT,
            "requirement " + number + " is closed: documents are attached while it is open");
      }
      String taskId = tasks.createTaskQuery().processInstanceId(instance).orderByTaskCreateTime().asc().list()
          .stream().findFirst().map(Task::getId).orElse(null);
      return tasks.createAttachment(type == null ? "application/octet-stream" : type, taskId, instance, name,
          description, new ByteArrayInputStream(content));
    }));
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
