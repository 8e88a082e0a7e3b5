package io.opsflow.equipment;

import static io.opsflow.equipment.StockTakeIds.*;
import static io.opsflow.equipment.StockTakeVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.opsflow.FlowNodeCoverage;
import io.opsflow.Http;
import io.opsflow.OpsFlowTestBase;
import io.opsflow.ProcessSteps;
import io.opsflow.configuration.Cmdb;
import io.opsflow.configuration.TestItems;
import io.opsflow.identity.Roles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * AssetStockTake, on request through the API and periodically (StockTakeSchedule): the assets expected are
 * listed, the counter marks each found, missing, moved or damaged, the configuration manager corrects
 * the CMDB (audited under the stock-take's number) or records an investigation, and the report per
 * department is kept; bad requests are refused with 400 naming the field, others with 403; the
 * warranties ending soon are listed.
 */
class AssetStockTakeProcessTest extends OpsFlowTestBase {

  @RegisterExtension
  static FlowNodeCoverage coverage = new FlowNodeCoverage(PROCESS);
  @RegisterExtension
  static FlowNodeCoverage scheduleCoverage = new FlowNodeCoverage(SCHEDULE);

  private static final Cmdb.Author LOADER = new Cmdb.Author("test", null);

  @Autowired
  Cmdb cmdb;
  @Autowired
  StockTakes stockTakes;

  ProcessSteps steps;

  @BeforeEach
  void steps() {
    steps = new ProcessSteps(engine);
  }

  @Test
  void aDepartmentsStockTakeCorrectsTheCmdbForAMovedAssetAndInvestigatesAMissingOne() {
    String department = "Dept-" + System.nanoTime();
    String found = asset(department, "Room 1", LocalDate.now().plusDays(30));
    String moved = asset(department, "Room 1", null);
    String missing = asset(department, "Room 2", null);
    String damaged = asset(department, "Room 2", null);

    assertThat(as("requester").post("/api/equipment/stock-takes", "{\"department\":\"" + department + "\"}").status())
        .isEqualTo(403);
    Http.Response opened = as("config-manager").post("/api/equipment/stock-takes", "{\"department\":\"" + department + "\"}");
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    String number = opened.json().get("stockTakeNumber").asText();
    assertThat(number).matches("STK-\\d{4}-\\d{6}");
    assertField(as("config-manager").post("/api/equipment/stock-takes", "{\"department\":\"" + department
        + "\",\"location\":\"Room 2\"}"), "department");
    assertField(as("config-manager").post("/api/equipment/stock-takes", "{\"department\":\"No such " + department + "\"}"),
        "department");
    assertField(as("config-manager").post("/api/equipment/stock-takes", "{}"), "department");

    String pid = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult().getId();
    coverage.track(pid);
    steps.runJobs(pid);
    assertThat(steps.candidateGroups(steps.task(pid, COUNT))).containsExactly(Roles.EQUIPMENT_MAINTAINER);
    List<Map<String, Object>> rows = steps.variable(pid, ASSETS);
    assertThat(rows).extracting(row -> row.get("ci")).containsExactlyInAnyOrder(found, moved, missing, damaged);

    List<Map<String, Object>> counted = count(rows, Map.of(found, "found", moved, "moved", missing, "missing",
        damaged, "damaged"));
    assertThatThrownBy(() -> steps.complete(pid, COUNT, ASSETS, counted)).as("a moved asset without where it stands")
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("foundLocation");
    counted.stream().filter(row -> row.get("ci").equals(moved)).forEach(row -> row.put("foundLocation", "Room 9"));
    steps.complete(pid, COUNT, ASSETS, counted);
    steps.runJobs(pid);

    assertThat(steps.candidateGroups(steps.task(pid, RESOLVE))).containsExactly(Roles.CONFIG_MANAGER);
    List<Map<String, Object>> discrepancies = new ArrayList<>();
    for (Map<String, Object> row : steps.variable(pid, DISCREPANCIES)) {
      Map<String, Object> resolved = new HashMap<>(row);
      if (row.get("ci").equals(moved)) {
        resolved.put("resolution", "corrected");
        resolved.put("newCustodian", "ops-engineer");
      } else {
        resolved.put("resolution", "investigation");
        resolved.put("resolutionNote", "Security asked to check the badge log / 已请安保核查门禁记录");
      }
      discrepancies.add(resolved);
    }
    assertThat(discrepancies).extracting(row -> row.get("ci")).containsExactlyInAnyOrder(moved, missing);
    tasks.claim(steps.task(pid, RESOLVE).getId(), "config-manager");
    steps.complete(pid, RESOLVE, DISCREPANCIES, discrepancies);
    steps.runJobs(pid);

    assertThat(steps.endedAt(pid, REPORTED)).isTrue();
    assertThat(cmdb.asset(moved).orElseThrow().location()).as("where it was found").isEqualTo("Room 9");
    assertThat(cmdb.asset(moved).orElseThrow().custodian()).isEqualTo("ops-engineer");
    assertThat(cmdb.audit(moved)).filteredOn(audit -> audit.field().equals("asset.location")).last()
        .satisfies(audit -> {
          assertThat(audit.changeNumber()).as("the audit trail names the stock-take").isEqualTo(number);
          assertThat(audit.changedBy()).isEqualTo("config-manager");
          assertThat(audit.oldValue()).isEqualTo("Room 1");
          assertThat(audit.newValue()).isEqualTo("Room 9");
        });
    assertThat(cmdb.asset(missing).orElseThrow().location()).as("an investigation changes nothing").isEqualTo("Room 2");

    JsonNode report = as("equipment-maintainer").get("/api/equipment/stock-takes/" + number).json();
    assertThat(report.at("/report/departments/0/department").asText()).isEqualTo(department);
    assertThat(report.at("/report/departments/0/expected").asInt()).isEqualTo(4);
    assertThat(report.at("/report/departments/0/counts/missing").asInt()).isEqualTo(1);
    assertThat(report.at("/report/departments/0/counts/moved").asInt()).isEqualTo(1);
    assertThat(report.at("/report/departments/0/counts/damaged").asInt()).isEqualTo(1);
    assertThat(report.at("/report/warrantiesEndingWithin60Days").toString()).contains(found).doesNotContain(moved);
    assertThat(report.get("items").toString()).contains("investigation", "Security asked");
    assertThat(as("requester").get("/api/equipment/stock-takes/" + number).status()).isEqualTo(403);
    assertThat(as("config-manager").post("/api/equipment/stock-takes", "{\"department\":\"" + department + "\"}").status())
        .as("a new stock-take once the last is done").isEqualTo(201);
  }

  @Test
  void thePeriodicStockTakeCountsEveryAssetAndWithNothingAmissGoesStraightToTheReport() {
    String department = "Dept-" + System.nanoTime();
    asset(department, "Room 1", null);
    ManagementService management = engine.getManagementService();
    List<String> schedulesBefore = instances(SCHEDULE);
    List<String> before = instances(PROCESS);
    management.executeJob(management.createJobQuery().processDefinitionKey(SCHEDULE).timers().activityId(PERIODIC_DUE)
        .singleResult().getId());
    String schedule = instances(SCHEDULE).stream().filter(id -> !schedulesBefore.contains(id)).findFirst().orElseThrow();
    scheduleCoverage.track(schedule);
    steps.runJobs(schedule);
    assertThat(steps.endedAt(schedule, PERIODIC_STARTED)).isTrue();
    String pid = instances(PROCESS).stream().filter(id -> !before.contains(id)).findFirst().orElseThrow();
    coverage.track(pid);
    steps.runJobs(pid);

    assertThat(as("config-manager").post("/api/equipment/stock-takes", "{\"department\":\"" + department + "\"}")
        .status()).as("the periodic stock-take blocks no department's own").isEqualTo(201);
    List<Map<String, Object>> rows = steps.variable(pid, ASSETS);
    assertThat(rows.size()).as("every asset in service").isEqualTo(cmdb.assets(null, null).size());
    Map<String, String> allFound = new HashMap<>();
    rows.forEach(row -> allFound.put((String) row.get("ci"), "found"));
    steps.complete(pid, COUNT, ASSETS, count(rows, allFound));
    steps.runJobs(pid);

    assertThat(steps.endedAt(pid, REPORTED)).isTrue();
    String number = (String) steps.historicVariable(pid, STOCK_TAKE_NUMBER.name());
    assertThat(stockTakes.find(number).orElseThrow().report()).contains("\"missing\":0");
  }

  @Test
  void theWarrantiesEndingSoonAreListedForTheEquipmentRoles() {
    String soon = asset("Dept-" + System.nanoTime(), "Room 1", LocalDate.now().plusDays(20));
    assertThat(as("equipment-maintainer").get("/api/equipment/warranties?withinDays=60").body()).contains(soon);
    assertThat(as("equipment-maintainer").get("/api/equipment/warranties?withinDays=10").body()).doesNotContain(soon);
    assertField(as("equipment-maintainer").get("/api/equipment/warranties?withinDays=-3"), "withinDays");
    assertThat(as("requester").get("/api/equipment/warranties").status()).isEqualTo(403);
  }

  // --- helpers --------------------------------------------------------------------------------

  private String asset(String department, String location, LocalDate warrantyEnd) {
    String id = TestItems.create(cmdb, "srv-stk", "server", "low");
    cmdb.setAsset(id, new Cmdb.Asset(id, "AS-" + id, department, location, "equipment-maintainer",
        LocalDate.now().minusYears(1), warrantyEnd), LOADER);
    return id;
  }

  private static List<Map<String, Object>> count(List<Map<String, Object>> rows, Map<String, String> results) {
    List<Map<String, Object>> counted = new ArrayList<>();
    for (Map<String, Object> row : rows) {
      Map<String, Object> copy = new HashMap<>(row);
      copy.put("result", results.get(row.get("ci")));
      counted.add(copy);
    }
    return counted;
  }

  private List<String> instances(String key) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(key).list().stream()
        .map(HistoricProcessInstance::getId).toList();
  }

  private static void assertField(Http.Response response, String field) {
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.json().path("field").asText()).as(response.body()).isEqualTo(field);
  }

  private Http as(String user) {
    return new Http(port).as(user, "demo");
  }
}
