package io.opsflow.servicerequest;

import static io.opsflow.servicerequest.ServiceRequestVariables.*;

import io.opsflow.identity.Roles;
import io.opsflow.platform.process.EngineClock;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * "Approve service request" and its deadline: who each approval step goes to, what each answer
 * records, and the reminder and escalation when nobody answers in time.
 */
@Configuration(proxyBeanMethods = false)
class ApprovalTasks {

  /**
   * On the approval task: at its creation, the step's approver (the requester's line manager, the
   * item's owner group, the security officers); at its completion, the answer on the ticket.
   */
  @Bean
  TaskListener assignApprover(ServiceRequestRecords records) {
    return task -> {
      ServiceRequestVariables request = ServiceRequestVariables.of(task);
      String step = request.get(APPROVAL_STEP);
      if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
        switch (step) {
          case "manager" -> task.setAssignee(request.get(LINE_MANAGER));
          case "owner" -> task.addCandidateGroup(request.get(OWNER_GROUP));
          default -> task.addCandidateGroup(Roles.SECURITY_OFFICER);
        }
        request.set(APPROVED, null); // an earlier step's answer does not answer this one
        records.status(request.get(REQUEST_NUMBER), "AWAITING_APPROVAL", "APPROVAL_ASKED", step, EngineClock.now());
      } else if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
        boolean approved = Boolean.TRUE.equals(request.get(APPROVED));
        String by = step + " (" + (task.getAssignee() == null ? "?" : task.getAssignee()) + ")";
        records.event(request.get(REQUEST_NUMBER), approved ? "APPROVED" : "REJECTED",
            approved ? by : by + ": " + request.get(REJECTION_REASON), EngineClock.now());
      }
    };
  }

  /** "Remind approver": the approval deadline passed; whoever holds the approval now is mailed. */
  @Bean
  JavaDelegate remindApprover(ServiceRequestMails mails, ServiceRequestRecords records) {
    return execution -> {
      ServiceRequestVariables request = ServiceRequestVariables.of(execution);
      List<String> to = new ArrayList<>();
      for (Task task : openApprovals(execution)) {
        if (task.getAssignee() != null) {
          to.addAll(mails.recipients().user(task.getAssignee()));
        }
        taskService(execution).getIdentityLinksForTask(task.getId()).stream()
            .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
            .map(IdentityLink::getGroupId).forEach(group -> to.addAll(mails.recipients().group(group)));
      }
      records.event(request.get(REQUEST_NUMBER), "APPROVAL_REMINDED", null, EngineClock.now());
      mails.send(request, "approval-reminder", to.stream().distinct().toList(),
          "Approval awaited / 等待审批",
          "Please approve or reject this service request: its approval deadline has passed. Without an answer it goes "
              + "to the service desk.\n请审批此服务请求：审批期限已过，仍无答复将升级至服务台。");
    };
  }

  /** "Escalate approval to service desk": still no answer; the service desk may now take the approval too. */
  @Bean
  JavaDelegate escalateApprovalToServiceDesk(ServiceRequestMails mails, ServiceRequestRecords records) {
    return execution -> {
      ServiceRequestVariables request = ServiceRequestVariables.of(execution);
      for (Task task : openApprovals(execution)) {
        taskService(execution).addCandidateGroup(task.getId(), Roles.SERVICE_DESK);
      }
      records.event(request.get(REQUEST_NUMBER), "APPROVAL_ESCALATED", Roles.SERVICE_DESK, EngineClock.now());
      mails.toGroup(request, Roles.SERVICE_DESK, "approval-escalated", "Approval overdue / 审批逾期",
          "Nobody has answered this service request's approval. Reach the approver, or record their answer in "
              + "Tasklist.\n此服务请求的审批无人答复。请联系审批人，或在 Tasklist 中记录其答复。");
    };
  }

  private static TaskService taskService(DelegateExecution execution) {
    return execution.getProcessEngineServices().getTaskService();
  }

  private static List<Task> openApprovals(DelegateExecution execution) {
    return taskService(execution).createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(ServiceRequestIds.APPROVE).list();
  }
}
