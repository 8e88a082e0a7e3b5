package io.opsflow.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.opsflow.Http;
import io.opsflow.OpsFlowTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The knowledge search the service desk uses, over HTTP, on the demo articles and known errors. */
@OpsFlowTest
class KnowledgeSearchTest {

  @LocalServerPort
  int port;

  @Test
  void keywordsFindTheMatchingArticleFirst() {
    List<String> titles = titles("/api/knowledge?q=account%20locked");

    assertThat(titles).first().isEqualTo("Reset a locked domain account");
  }

  @Test
  void theConfigurationItemFindsItsKnownError() {
    JsonNode found = new Http(port).as("service-desk", "demo").get("/api/knowledge?ci=crm-db").json();

    assertThat(found.get(0).get("title").asText()).isEqualTo("Database connection pool exhausted on crm-db");
    assertThat(found.get(0).get("kind").asText()).isEqualTo("known-error");
  }

  @Test
  void theCategoryRanksItsArticlesAboveOthersWithTheSameWords() {
    List<String> titles = titles("/api/knowledge?q=restart&category=database");

    assertThat(titles).first().isEqualTo("Database connection pool exhausted on crm-db");
  }

  @Test
  void nothingAskedFindsNothing() {
    assertThat(titles("/api/knowledge")).isEmpty();
  }

  @Test
  void aLimitOutOfRangeIsRefusedNamingIt() {
    Http.Response response = new Http(port).as("service-desk", "demo").get("/api/knowledge?q=vpn&limit=0");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("field").asText()).isEqualTo("limit");
  }

  private List<String> titles(String path) {
    List<String> titles = new ArrayList<>();
    new Http(port).as("service-desk", "demo").get(path).json().forEach(a -> titles.add(a.get("title").asText()));
    return titles;
  }
}
