package io.opsflow.equipment;

import static io.opsflow.Tasklist.dateTime;
import static io.opsflow.Tasklist.field;
import static io.opsflow.Tasklist.openStartForm;
import static io.opsflow.Tasklist.pick;
import static io.opsflow.Tasklist.search;
import static io.opsflow.Tasklist.tick;
import static io.opsflow.Tasklist.type;
import static io.opsflow.Tasklist.work;
import static org.assertj.core.api.Assertions.assertThat;

import io.opsflow.Await;
import io.opsflow.Browser;
import io.opsflow.Jobs;
import io.opsflow.OpsFlowTestBase;
import io.opsflow.configuration.Cmdb;
import io.opsflow.ProcessSteps;
import io.opsflow.configuration.TestItems;
import io.opsflow.incident.IncidentIds;
import io.opsflow.incident.IncidentIntake;
import io.opsflow.incident.IncidentRequest;
import io.opsflow.incident.IncidentVariables;
import java.time.LocalDate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An equipment repair worked in Chinese in Tasklist, from the fault report to the record: a part is
 * not in stock, the operations administrator approves its purchase, the repair waits for it, then
 * the maintainer repairs, tests and records. Every person's browser prefers Chinese, and the texts
 * they meet are Chinese; nobody types an id. And an incident's first line hands a hardware fault to
 * repair in Chinese, and the incident waits.
 */
class EquipmentRepairChineseWalkBrowserTest extends OpsFlowTestBase {

  private static final String ZH = "zh-CN";

  @Autowired
  RepairRecords records;
  @Autowired
  Cmdb cmdb;
  @Autowired
  IncidentIntake incidents;

  @Test
  void aRepairWithAPartOrderedIsWorkedInChinese() {
    String server = TestItems.create(cmdb, "srv-zh", "server", "medium");
    String model = "PowerEdge R650 " + System.nanoTime();
    String number;
    try (Browser browser = Browser.open(port, ZH)) {
      browser.logIntoWebapp("tasklist", "requester", "demo");
      openStartForm(browser, "启动流程", "设备维修", field("Model"));
      assertThat(browser.text()).contains("报告设备故障", "设备型号", "故障情况", "发生时间")
          .doesNotContain("What is wrong", "Model");
      search(browser, "Equipment", server);
      type(browser, field("Model"), model);
      dateTime(browser, "OccurredAt", LocalDate.now().minusDays(1), "09:00");
      browser.driver().findElement(field("FaultDetails", "textarea")).sendKeys("电源指示灯闪烁后服务器关机");
      browser.settle();
      browser.screenshot("zh-repair-start-form");
      browser.click(By.xpath("//button[normalize-space()='启动']"));
      ProcessInstance started = Await.value(() -> runtime.createProcessInstanceQuery()
          .processDefinitionKey(EquipmentRepairIds.PROCESS)
          .variableValueEquals(EquipmentRepairVariables.MODEL.name(), model).singleResult());
      Jobs.runDue(engine.getManagementService(), started.getId());
      number = browser.waitFor(By.cssSelector(".opsflow-started-number")).getText();
      assertThat(number).matches("REP-\\d{4}-\\d{6}");
    }
    String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult().getId();

    work(port, ZH, engine, "equipment-maintainer", instance, EquipmentRepairIds.CLASSIFY, browser -> {
      assertThat(browser.text()).contains("故障分类", "设备维修队列", "是否有备用设备临时承担工作?")
          .doesNotContain("Fault class", "Classify fault");
      assertThat(browser.driver().findElement(field("FaultDetails", "textarea")).getAttribute("value"))
          .as("the report, shown to the maintainer").isEqualTo("电源指示灯闪烁后服务器关机");
      pick(browser, "FaultClass", "电器故障");
      pick(browser, "SpareInPlace", "否");
    });
    work(port, ZH, engine, "equipment-maintainer", instance, EquipmentRepairIds.PLAN, browser -> {
      assertThat(browser.text()).contains("维修步骤", "所需材料和备件", "预计维修工时").doesNotContain("Repair steps");
      browser.driver().findElement(field("RepairSteps", "textarea")).sendKeys("拆下旧电源；安装新电源；通电检查");
      browser.driver().findElement(field("SpareParts", "textarea")).sendKeys("650W 电源模块");
      type(browser, field("Tools"), "螺丝刀、防静电手环");
      type(browser, field("EstimatedHours"), "2");
      pick(browser, "RepairBy", "内部维修");
      tick(browser, "OrderParts");
      browser.waitForText("需采购的备件");
      type(browser, field("PartToOrder"), "650W 电源模块");
      type(browser, field("OrderQuantity"), "2");
    });
    work(port, ZH, engine, "ops-admin", instance, EquipmentRepairIds.APPROVE_PURCHASE, browser -> {
      assertThat(browser.text()).contains("是否批准采购?", "需采购的备件").doesNotContain("Do you approve the purchase?");
      assertThat(browser.driver().findElement(field("PartToOrder")).getAttribute("value")).isEqualTo("650W 电源模块");
      pick(browser, "PurchaseApproved", "是");
    });
    assertThat(runtime.getActiveActivityIds(instance)).as("the repair waits for the parts")
        .contains(EquipmentRepairIds.RECEIVE_PARTS);
    work(port, ZH, engine, "equipment-maintainer", instance, EquipmentRepairIds.RECEIVE_PARTS, browser ->
        browser.driver().findElement(field("PartsReceivedNote", "textarea")).sendKeys("两个电源模块已入库"));
    work(port, ZH, engine, "equipment-maintainer", instance, EquipmentRepairIds.CARRY_OUT_REPAIR, browser ->
        browser.driver().findElement(field("RepairNotes", "textarea")).sendKeys("更换了电源模块"));
    work(port, ZH, engine, "equipment-maintainer", instance, EquipmentRepairIds.TEST, browser -> {
      assertThat(browser.text()).contains("设备是否恢复正常?").doesNotContain("Does the equipment work again?");
      pick(browser, "TestPassed", "是");
    });
    work(port, ZH, engine, "equipment-maintainer", instance, EquipmentRepairIds.RECORD, browser -> {
      browser.driver().findElement(field("FaultCause", "textarea")).sendKeys("电源模块老化");
      browser.driver().findElement(field("PartsUsed", "textarea")).sendKeys("650W 电源模块 1 个");
      type(browser, field("HoursSpent"), "3");
    });

    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
    RepairRecords.Repair ticket = records.find(number).orElseThrow();
    assertThat(ticket.status()).isEqualTo("CLOSED");
    assertThat(ticket.equipmentCi()).isEqualTo(server);
    assertThat(ticket.faultClass()).isEqualTo("electrical");
    assertThat(ticket.partOrdered()).isEqualTo("650W 电源模块");
    assertThat(ticket.orderQuantity()).isEqualTo(2);
    assertThat(ticket.faultCause()).isEqualTo("电源模块老化");
    assertThat(ticket.hoursSpent()).isEqualByComparingTo("3");
  }

  @Test
  void anIncidentsFirstLineHandsAHardwareFaultToRepairInChinese() {
    String server = TestItems.create(cmdb, "srv-zh", "server", "low");
    IncidentIntake.Opened opened = new ProcessSteps(engine).as("service-desk", () -> incidents.open(new IncidentRequest(
        "服务器风扇异响后关机 " + System.nanoTime(), "三号机柜的服务器", "medium", "medium", "hardware", server, "requester")));
    String incident = opened.processInstanceId();
    Jobs.runDue(engine.getManagementService(), incident);
    tasks.complete(tasks.createTaskQuery().processInstanceId(incident).singleResult().getId(),
        ProcessSteps.vars(IncidentVariables.RESOLVED_AT_FIRST_CONTACT, false));

    work(port, ZH, engine, "support-l1", incident, IncidentIds.RESOLVE_AT_TIER, browser -> {
      assertThat(browser.text()).contains("硬件故障:转设备维修并等待").doesNotContain("hand it to equipment repair", "设备维修结果");
      tick(browser, "HandToRepair");
      browser.waitForText("设备型号");
      assertThat(browser.text()).as("no fault report yet, no escalation").doesNotContain("故障原因", "本层解决还是升级?");
      type(browser, field("EquipmentModel"), "PowerEdge R650");
      browser.driver().findElement(field("ResolutionNotes", "textarea")).sendKeys("风扇损坏，需更换");
    });

    assertThat(runtime.getActiveActivityIds(incident)).as("the incident waits for the repair")
        .containsExactly(IncidentIds.AWAIT_EQUIPMENT_REPAIR);
    String repair = (String) runtime.getVariable(incident, IncidentVariables.REPAIR_NUMBER.name());
    assertThat(records.find(repair).orElseThrow().equipmentCi()).isEqualTo(server);
  }
}
