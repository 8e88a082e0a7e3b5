package io.opsflow.servicelevel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.opsflow.Browser;
import io.opsflow.Http;
import io.opsflow.OpsFlowTestBase;
import io.opsflow.configuration.Cmdb;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code GET /api/reports/service-levels}: the seeded history's figures as JSON, as CSV and as the
 * report page with its charts in Chromium; 400 naming the field for a bad month, service or format,
 * 403 for roles that do not review service levels.
 */
class ServiceLevelApiTest extends OpsFlowTestBase {

  @Autowired
  Cmdb cmdb;

  private ServiceLevelHistory history;
  private String path;

  @BeforeEach
  void seed() {
    history = ServiceLevelHistory.seed(cmdb, jdbc);
    path = "/api/reports/service-levels?from=2097-03&to=2097-04&service=" + history.service();
  }

  @Test
  void theReportAnswersEachMonthsFiguresAsJson() {
    Http.Response answer = as("process-owner").get(path);

    assertThat(answer.status()).isEqualTo(200);
    JsonNode report = answer.json();
    assertThat(report.at("/targets/availability").asDouble()).isEqualTo(99.9);
    assertThat(report.at("/targets/faultHandlingLimit").asText()).isEqualTo("PT4H");
    assertThat(report.at("/targets/satisfaction").asDouble()).isEqualTo(90.0);
    assertThat(report.at("/months/0/month").asText()).isEqualTo("2097-03");
    assertThat(report.at("/months/0/availability/0/availability").asDouble()).isEqualTo(99.394);
    assertThat(report.at("/months/0/availability/0/met").asBoolean()).isFalse();
    assertThat(report.at("/months/0/faultHandling/withinLimitShare").asDouble()).isEqualTo(66.7);
    assertThat(report.at("/months/0/satisfaction/share").asDouble()).isEqualTo(75.0);
    assertThat(report.at("/months/0/volume/backlog").asInt()).isEqualTo(1);
    assertThat(report.at("/months/1/satisfaction/share").isNumber()).as("April: nobody rated").isFalse();
    for (String reader : new String[] {"incident-manager", "problem-manager", "change-manager", "ops-admin"}) {
      assertThat(as(reader).get(path).status()).as(reader).isEqualTo(200);
    }
  }

  @Test
  void withoutMonthsItCoversTheTwelveMonthsUpToThisOneForEveryService() {
    JsonNode report = as("process-owner").get("/api/reports/service-levels").json();

    String now = java.time.YearMonth.now(ServiceLevelHistory.ZONE).toString();
    assertThat(report.get("to").asText()).isEqualTo(now);
    assertThat(report.get("months")).hasSize(12);
    assertThat(report.at("/months/11/month").asText()).isEqualTo(now);
    assertThat(report.at("/months/11/availability").findValuesAsText("service"))
        .as("the demo's services and this test's").contains("online-shop", "crm", history.service());
  }

  @Test
  void theCsvHasOneFigureALine() {
    Http.Response csv = as("ops-admin").get(path + "&format=csv");

    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.header("Content-Type")).startsWith("text/csv");
    assertThat(csv.body().lines().findFirst()).contains(ServiceLevelCsv.HEADER);
    assertThat(csv.body().lines()).contains(
        "2097-03,availability," + history.service() + ",99.394,99.95,false",
        "2097-03,outage-minutes," + history.service() + ",270,,",
        "2097-03,within-limit-share,all,66.7,100.0,false",
        "2097-03,within-limit-share,priority:P1,100.0,100.0,true",
        "2097-03,within-limit-business-hours-share,all,100.0,,",
        "2097-03,satisfaction-share,all,75.0,90.0,false",
        "2097-03,closed-without-answer,all,1,,",
        "2097-04,satisfaction-share,all,,90.0,",
        "2097-03,escalations,L1,1,,",
        "2097-04,backlog,incidents,1,,");
  }

  @Test
  void badMonthsServicesAndFormatsAreRefusedNamingTheField() {
    assertRefused("/api/reports/service-levels?from=2097-13", "from");
    assertRefused("/api/reports/service-levels?to=March", "to");
    assertRefused("/api/reports/service-levels?from=2097-05&to=2097-04", "from");
    assertRefused("/api/reports/service-levels?from=2090-01&to=2097-04", "from");
    assertRefused("/api/reports/service-levels?service=no-such-service", "service");
    assertRefused("/api/reports/service-levels?format=pdf", "format");
  }

  @Test
  void otherRolesMayNotReadIt() {
    for (String other : new String[] {"requester", "service-desk", "support-l2", "cab"}) {
      assertThat(as(other).get(path).status()).as(other).isEqualTo(403);
    }
    assertThat(new Http(port).get(path).status()).isEqualTo(401);
  }

  @Test
  void theReportPageDrawsItsChartsWithTheFigures() {
    try (Browser browser = Browser.open(port)) {
      browser.logIntoWebapp("tasklist", "process-owner", "demo");
      browser.waitForText("My tasks");
      browser.go(path + "&format=html");
      browser.waitForText("Service levels");

      WebElement availability = browser.waitFor(By.cssSelector(
          "svg[data-chart=availability] rect[data-service='" + history.service() + "']"));
      assertThat(availability.getDomAttribute("data-value")).as("the last month's").isEqualTo("99.861");
      assertThat(browser.driver().findElements(By.cssSelector("svg[data-chart=availability] line.target"))).isNotEmpty();
      assertThat(browser.driver().findElements(By.cssSelector("svg[data-chart=four-hour] rect.bar")))
          .as("April: P2 only").extracting(e -> e.getDomAttribute("data-key") + " " + e.getDomAttribute("data-value"))
          .containsExactly("P2 100.0 %");
      assertThat(browser.driver().findElements(By.cssSelector("svg[data-chart=satisfaction] circle.point")))
          .extracting(e -> e.getDomAttribute("data-month") + " " + e.getDomAttribute("data-value"))
          .containsExactly("2097-03 75.0 %");
      assertThat(browser.driver().findElements(By.cssSelector("svg[data-chart=backlog] rect.bar")))
          .extracting(e -> e.getDomAttribute("data-month") + " " + e.getDomAttribute("data-value"))
          .containsExactly("2097-03 1", "2097-04 1");
      assertThat(browser.text()).contains("99.394", "Print / 打印", "Satisfaction trend / 满意度趋势");

      java.time.YearMonth month = java.time.YearMonth.now(ServiceLevelHistory.ZONE);
      browser.go("/api/reports/service-levels?format=html&from=" + month.minusMonths(12) + "&to=" + month.minusMonths(1));
      browser.waitForText("Service levels");
      assertThat(browser.driver().findElements(By.cssSelector("svg[data-chart=satisfaction] circle.point")))
          .as("the demo history's months rated (11 on a test database made last month)").hasSizeGreaterThanOrEqualTo(11);
      assertThat(browser.driver().findElements(By.cssSelector("svg[data-chart=availability] rect[data-service=online-shop]")))
          .hasSize(1);
      browser.screenshot("service-levels");
    }
  }

  private void assertRefused(String url, String field) {
    Http.Response refused = as("process-owner").get(url);
    assertThat(refused.status()).as(url).isEqualTo(400);
    assertThat(refused.json().get("field").asText()).as(url).isEqualTo(field);
  }

  private Http as(String user) {
    return new Http(port).as(user, "demo");
  }
}
