package io.opsflow.workplan;

import static io.opsflow.workplan.WorkPlanIds.*;
import static io.opsflow.workplan.WorkPlanVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opsflow.FlowNodeCoverage;
import io.opsflow.Http;
import io.opsflow.MailServer;
import io.opsflow.OpsFlowTestBase;
import io.opsflow.ProcessSteps;
import io.opsflow.servicelevel.ServiceReviewIds;
import io.opsflow.servicelevel.ServiceReviewVariables;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * WorkPlanApproval and the work plans API: drafted by ops-admin (refusals naming the field, 403 for
 * others), approved by a process owner or returned with the reason to who drafted it; the items'
 * progress recorded by their owners; an overdue item listed in the monthly service review.
 */
class WorkPlanApprovalProcessTest extends OpsFlowTestBase {

  @RegisterExtension
  static FlowNodeCoverage coverage = new FlowNodeCoverage(PROCESS);

  @Autowired
  WorkPlanRecords records;

  private ProcessSteps steps;

  @BeforeEach
  void setUp() {
    steps = new ProcessSteps(engine);
  }

  @Test
  void anApprovedPlansItemsProgressAndAnOverdueItemIsListedInTheServiceReview() {
    int year = LocalDate.now().getYear() - 1; // last year's plan: its items are past their due dates
    String month = LocalDate.now().withDayOfMonth(1).toString().substring(0, 7);
    String plan = """
        {"period":"%d","title":"Operations plan %d","items":[
          {"title":"Renew the TLS certificates","owner":"ops-engineer","due":"%d-01-01"},
          {"title":"Replace the core switch","owner":"support-l2-network","due":"%d-12-31"}]}"""
        .formatted(year, year, year, year);
    Http admin = as("ops-admin");

    assertThat(as("process-owner").post("/api/work-plans", plan).status()).isEqualTo(403);
    Http.Response outside = admin.post("/api/work-plans", plan.replace(year + "-12-31", (year + 1) + "-01-01"));
    assertThat(outside.status()).isEqualTo(400);
    assertThat(outside.body()).contains("items[1].due");
    Http.Response noOwner = admin.post("/api/work-plans", plan.replace("\"ops-engineer\"", "\"nobody-here\""));
    assertThat(noOwner.status()).isEqualTo(400);
    assertThat(noOwner.body()).contains("items[0].owner");
    Http.Response badPeriod = admin.post("/api/work-plans", plan.replace("\"period\":\"" + year, "\"period\":\"" + year + "-Q5"));
    assertThat(badPeriod.status()).isEqualTo(400);
    assertThat(badPeriod.body()).contains("\"period\"");
    assertThat(admin.post("/api/work-plans", "{\"period\":\"" + month + "\",\"title\":\"Monthly\",\"items\":[]}").body())
        .contains("\"items\"");

    Http.Response drafted = admin.post("/api/work-plans", plan);
    assertThat(drafted.status()).isEqualTo(201);
    String number = drafted.json().get("planNumber").asText();
    assertThat(number).matches("WPL-\\d{4}-\\d{6}");
    String pid = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult().getId();
    coverage.track(pid);
    assertThat(steps.candidateGroups(steps.task(pid, APPROVE))).containsExactly("process-owner");
    assertThat(steps.variable(pid, PLAN_ITEMS)).contains("1. Renew the TLS certificates (ops-engineer, due / 到期 "
        + year + "-01-01)");
    assertThat(admin.put("/api/work-plans/" + number + "/items/1", "{\"progress\":10}").status())
        .as("not approved yet").isEqualTo(409);

    steps.as("process-owner", () -> {
      tasks.complete(steps.task(pid, APPROVE).getId(), ProcessSteps.vars(PLAN_APPROVED, true));
      return null;
    });
    steps.runJobs(pid);
    assertThat(steps.endedAt(pid, IN_FORCE)).isTrue();

    Http.Response read = as("ops-engineer").get("/api/work-plans/" + number);
    assertThat(read.status()).as("an item's owner reads the plan").isEqualTo(200);
    assertThat(read.json().get("plan").get("status").asText()).isEqualTo("APPROVED");
    assertThat(read.json().get("plan").get("decidedBy").asText()).isEqualTo("process-owner");
    assertThat(as("requester").get("/api/work-plans/" + number).status()).isEqualTo(403);

    Http.Response tooMuch = as("ops-engineer").put("/api/work-plans/" + number + "/items/1", "{\"progress\":140}");
    assertThat(tooMuch.status()).isEqualTo(400);
    assertThat(tooMuch.body()).contains("progress");
    assertThat(as("support-l2-network").put("/api/work-plans/" + number + "/items/1", "{\"progress\":40}").status())
        .as("not the item's owner").isEqualTo(403);
    Http.Response progressed = as("ops-engineer").put("/api/work-plans/" + number + "/items/1",
        "{\"progress\":40,\"note\":\"Two of five renewed\"}");
    assertThat(progressed.status()).isEqualTo(200);
    assertThat(progressed.json().get("progress").asInt()).isEqualTo(40);

    assertThat(as("support-l2-network").put("/api/work-plans/" + number + "/items/2", "{\"progress\":50,\"done\":true}")
        .json().get("done").asBoolean()).isTrue();

    // the monthly service review lists the item overdue (due on 1 January last year, not done), not the one done
    String review = steps.startBefore(ServiceReviewIds.PROCESS, "SRV-WPL-" + number, ServiceReviewIds.PRODUCE_REPORT,
        ServiceReviewVariables.REVIEW_NUMBER, "SRV-WPL-" + number, ServiceReviewVariables.REVIEW_MONTH, "2097-04");
    steps.runJobs(review);
    assertThat(steps.waitingAt(review)).contains(ServiceReviewIds.REVIEW);
    String overdue = (String) tasks.getVariable(steps.task(review, ServiceReviewIds.REVIEW).getId(),
        ServiceReviewVariables.OVERDUE_WORK_ITEMS.name());
    assertThat(overdue).contains(number + " #1 (" + year + ") Renew the TLS certificates: ops-engineer, due / 到期 "
        + year + "-01-01, 40 %");
    assertThat(overdue).doesNotContain(number + " #2");
    runtime.deleteProcessInstance(review, "test done");

    assertThat(as("ops-engineer").put("/api/work-plans/" + number + "/items/1", "{\"progress\":90,\"done\":true}")
        .json().get("done").asBoolean()).isTrue();
    assertThat(records.overdue(LocalDate.now())).as("done: no longer overdue")
        .noneMatch(item -> item.planNumber().equals(number));
  }

  @Test
  void aReturnedPlanTellsWhoDraftedItWhy() {
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PROCESS, ProcessSteps.vars(PLAN_NUMBER, "WPL-2000-000001")))
        .as("only a drafted plan is approved").hasMessageContaining(PLAN_NUMBER.name());
    int year = LocalDate.now().getYear() + 1;
    Http.Response drafted = as("ops-admin").post("/api/work-plans", """
        {"period":"%d-Q2","title":"Second quarter","items":[{"title":"Patch the servers","owner":"ops-engineer","due":"%d-05-15"}]}"""
        .formatted(year, year));
    assertThat(drafted.status()).isEqualTo(201);
    String number = drafted.json().get("planNumber").asText();
    String pid = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult().getId();
    coverage.track(pid);

    assertThatThrownBy(() -> tasks.complete(steps.task(pid, APPROVE).getId(), ProcessSteps.vars(PLAN_APPROVED, false)))
        .hasMessageContaining(DECISION_NOTE.name());
    steps.as("process-owner", () -> {
      tasks.complete(steps.task(pid, APPROVE).getId(), ProcessSteps.vars(PLAN_APPROVED, false, DECISION_NOTE,
          "Add the disaster-recovery drill of May"));
      return null;
    });
    steps.runJobs(pid);
    assertThat(steps.endedAt(pid, RETURNED)).isTrue();
    assertThat(as("process-owner").get("/api/work-plans/" + number).json().get("plan").get("status").asText())
        .isEqualTo("RETURNED");
    assertThat(MailServer.about(number)).anySatisfy(m -> {
      assertThat(m.subject()).contains("Work plan returned / 运维工作计划被退回");
      assertThat(m.body()).contains("Add the disaster-recovery drill of May");
    });
  }

  private Http as(String user) {
    return new Http(port).as(user, "demo");
  }
}
