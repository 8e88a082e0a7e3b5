package io.opsflow.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.opsflow.Http;
import io.opsflow.OpsFlowTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The knowledge search the service desk uses, over HTTP, on the demo articles and known errors. */
@OpsFlowTest
class KnowledgeSearchTest {

  @LocalServerPort
  int port;

  @Autowired
  KnowledgeBase knowledge;

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
  void aCrmLoginFailureIsSuggestedOnlyWhatItIsTiedTo() {
    List<String> suggested = knowledge.suggestions(
            "CRM login failure: sales cannot log into the CRM, the login page says the password is wrong",
            "software", null, 5).stream().map(KnowledgeBase.Article::title).toList();

    assertThat(suggested).first().isEqualTo("Database connection pool exhausted on crm-db");
    assertThat(suggested).doesNotContain("Printer shows offline after a driver update",
        "VPN connects but no internal sites load", "Reset a locked domain account",
        "Disk full on app-server-01: log rotation stopped");
  }

  @Test
  void aLockedAccountIsSuggestedItsArticleAndTheCiItsKnownError() {
    assertThat(knowledge.suggestions("Account locked after password change", "access", null, 5))
        .extracting(KnowledgeBase.Article::title).first().isEqualTo("Reset a locked domain account");
    assertThat(knowledge.suggestions("Slow pages", "software", "crm-db", 5))
        .extracting(KnowledgeBase.Article::title).containsExactly("Database connection pool exhausted on crm-db");
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

  @Test
  void anArticleIsShownByIdWithItsVersions() {
    // given a known error found by the search
    long id = new Http(port).as("service-desk", "demo").get("/api/knowledge?ci=crm-db").json()
        .get(0).get("id").asLong();

    // when it is asked for by id
    Http.Response response = new Http(port).as("service-desk", "demo").get("/api/knowledge/" + id);

    // then it comes as stored, with its first version
    assertThat(response.status()).isEqualTo(200);
    JsonNode article = response.json().get("article");
    assertThat(article.get("title").asText()).isEqualTo("Database connection pool exhausted on crm-db");
    assertThat(article.get("status").asText()).isEqualTo("published");
    assertThat(response.json().get("versions").get(0).get("version").asInt()).isEqualTo(1);
  }

  @Test
  void anUnknownArticleIsNotFound() {
    Http.Response response = new Http(port).as("service-desk", "demo").get("/api/knowledge/987654321");

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.json().get("status").asInt()).isEqualTo(404);
    assertThat(response.json().get("message").asText()).isEqualTo("no knowledge article 987654321");
  }

  @Test
  void aDraftIsShownByIdToItsAuthorAndTheKnowledgeManagersButNotFoundBySearch() {
    // given a draft with a word of its own, written by the requester
    String word = "zqdraft" + System.nanoTime();
    long id = knowledge.draft(KnowledgeBase.ARTICLE, "Renew the " + word + " licence", "Order it before it ends.",
        "software", null, "manual", null, "requester");

    // when it is asked for by id, and searched for
    Http.Response byAuthor = new Http(port).as("requester", "demo").get("/api/knowledge/" + id);
    Http.Response byCurator = new Http(port).as("knowledge-manager", "demo").get("/api/knowledge/" + id);
    Http.Response byOthers = new Http(port).as("service-desk", "demo").get("/api/knowledge/" + id);
    List<String> found = titles("/api/knowledge?q=" + word);

    // then its author and the knowledge managers see the draft with its version; nobody finds it
    assertThat(byAuthor.json().get("article").get("status").asText()).isEqualTo("draft");
    assertThat(byAuthor.json().get("versions")).hasSize(1);
    assertThat(byCurator.status()).isEqualTo(200);
    assertThat(byOthers.status()).isEqualTo(404);
    assertThat(found).isEmpty();
  }

  private List<String> titles(String path) {
    List<String> titles = new ArrayList<>();
    new Http(port).as("service-desk", "demo").get(path).json().forEach(a -> titles.add(a.get("title").asText()));
    return titles;
  }
}
