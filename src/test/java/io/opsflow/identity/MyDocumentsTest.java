package io.opsflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.opsflow.Http;
import io.opsflow.OpsFlowTestBase;
import io.opsflow.ProcessSteps;
import io.opsflow.requirement.RequirementIds;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Documents on the forms people work: chosen on a start form and sent once the ticket is started,
 * listed and added on a task form, downloaded; only the ticket's starter and whoever may work the
 * task reach them, and the Tasklist login sends one only with its CSRF token.
 */
class MyDocumentsTest extends OpsFlowTestBase {

  private String number;
  private String instance;
  private ProcessSteps steps;

  @BeforeEach
  void aRequesterRaisesARequirement() {
    number = new Http(port).as("requester", "demo").post("/api/requirements", """
        {"title": "Documents on forms", "content": "Import users from a CSV file", "expectedDate": "%s"}"""
        .formatted(java.time.LocalDate.now().plusDays(30))).json().get("requirementNumber").asText();
    instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult().getId();
    steps = new ProcessSteps(engine);
    steps.runJobs(instance);
  }

  @Test
  void aDocumentChosenOnTheStartFormReachesTheTicketItsStarterStarted() {
    Http.Response sent = as("requester").upload(started("原始需求.pdf"), "application/pdf", bytes("%PDF-1.4 spec"));

    assertThat(sent.status()).isEqualTo(201);
    assertThat(sent.json().get("name").asText()).isEqualTo("原始需求.pdf");
    assertThat(as("requester").get("/api/requirements/" + number).json().get("attachments"))
        .extracting(a -> a.get("name").asText()).containsExactly("原始需求.pdf");
    assertThat(as("service-desk").upload(started("x.txt"), "text/plain", bytes("x")).status())
        .as("only whoever started the ticket").isEqualTo(404);
    Http.Response empty = as("requester").upload(started("empty.txt"), "text/plain", new byte[0]);
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.json().get("field").asText()).isEqualTo("content");
    Http.Response unnamed = as("requester").upload(started(" "), "text/plain", bytes("x"));
    assertThat(unnamed.status()).isEqualTo(400);
    assertThat(unnamed.json().get("field").asText()).isEqualTo("name");
  }

  @Test
  void whoeverMayWorkATaskListsTheTicketsDocumentsAddsOneAndDownloadsIt() {
    as("requester").upload(started("spec.pdf"), "application/pdf", bytes("%PDF-1.4 spec"));
    String task = steps.task(instance, RequirementIds.SCREEN).getId();
    String documents = "/api/me/tasks/" + task + "/documents";

    Http.Response added = as("requirements-admin").upload(documents + "?name=notes.txt", "text/plain", bytes("评审记录"));

    assertThat(added.status()).isEqualTo(201);
    JsonNode listed = as("requirements-admin").get(documents).json();
    assertThat(listed).extracting(d -> d.get("name").asText()).containsExactly("spec.pdf", "notes.txt");
    Http.Response download = as("requirements-admin").get(documents + "/" + listed.get(1).get("id").asText());
    assertThat(download.status()).isEqualTo(200);
    assertThat(download.body()).isEqualTo("评审记录");
    assertThat(download.header("Content-Disposition")).contains("attachment", "notes.txt");
    assertThat(download.header("Content-Type")).startsWith("text/plain");
    assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(as("requirements-admin").get(documents + "/no-such-document").status()).isEqualTo(404);
    assertThat(as("requester").get(documents).status()).as("not a candidate of the screening").isEqualTo(404);
    assertThat(as("requester").upload(documents + "?name=x.txt", "text/plain", bytes("x")).status()).isEqualTo(404);
    assertThat(as("requester").get(documents + "/" + listed.get(0).get("id").asText()).status()).isEqualTo(404);
  }

  @Test
  void aDocumentABrowserWouldRunAsAPageIsDownloadedAsBytes() {
    String task = steps.task(instance, RequirementIds.SCREEN).getId();
    String documents = "/api/me/tasks/" + task + "/documents";
    String[][] uploads = {{"page.html", "text/html; charset=UTF-8"}, {"logo.svg", "image/svg+xml"},
        {"page.xhtml", "application/xhtml+xml"}, {"data.xml", "text/xml"}, {"feed.xml", "application/xml"}};
    for (String[] upload : uploads) {
      assertThat(as("requirements-admin").upload(documents + "?name=" + upload[0], upload[1],
          bytes("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")).status()).isEqualTo(201);
    }

    for (JsonNode document : as("requirements-admin").get(documents).json()) {
      Http.Response download = as("requirements-admin").get(documents + "/" + document.get("id").asText());
      assertThat(download.status()).isEqualTo(200);
      assertThat(download.header("Content-Type")).as(document.get("name").asText()).isEqualTo("application/octet-stream");
      assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }
  }

  @Test
  void theTasklistLoginSendsADocumentOnlyWithItsCsrfToken() {
    String documents = "/api/me/tasks/" + steps.task(instance, RequirementIds.SCREEN).getId() + "/documents";
    Http forged = new Http(port);
    forged.webappLogin("tasklist", "requirements-admin", "demo");
    forged.header("X-XSRF-TOKEN", "forged");
    Http tasklist = new Http(port);
    tasklist.webappLogin("tasklist", "requirements-admin", "demo");

    assertThat(forged.upload(documents + "?name=x.txt", "text/plain", bytes("x")).status()).isEqualTo(401);
    assertThat(tasklist.upload(documents + "?name=minutes.txt", "text/plain", bytes("minutes")).status()).isEqualTo(201);
    assertThat(tasklist.get(documents).json()).extracting(d -> d.get("name").asText()).containsExactly("minutes.txt");
    assertThat(tasklist.send("POST", "/api/me/tickets", "{}").status()).as("no other write through the session")
        .isEqualTo(401);
  }

  private String started(String name) {
    return "/api/me/tickets/started/" + instance + "/documents?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8);
  }

  private Http as(String user) {
    return new Http(port).as(user, "demo");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
