package io.opsflow.knowledge;

import static io.opsflow.knowledge.KnowledgeBase.ARTICLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opsflow.OpsFlowTest;
import io.opsflow.platform.BadRequestException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The knowledge base as the knowledge and problem processes use it: the article lifecycle, its
 * versions, known errors, and the ranking of the search on a corpus of operations articles.
 *
 * <p>The database is kept between runs and shared with the other tests, so every run writes its
 * own articles with a marker word of its own (in every body and in the CI names), looks only at
 * them in the search results, and retires them all at the end so that later tests and runs do not
 * find them.
 */
@OpsFlowTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KnowledgeBaseTest {

  private static final Instant DUE = Instant.parse("2027-03-01T09:00:00Z");
  private static final Instant NEXT_DUE = Instant.parse("2027-09-01T09:00:00Z");

  @Autowired
  KnowledgeBase knowledge;

  @Autowired
  JdbcClient jdbc;

  private final String marker = unique();
  private final List<Long> created = new ArrayList<>();
  /** The ranking corpus of this run, by a short name. */
  private final Map<String, Long> corpus = new LinkedHashMap<>();

  @BeforeAll
  void writeTheRankingCorpus() {
    for (Map<String, String> article : corpusArticles()) {
      published(article.get("name"), article.get("kind"), article.get("title"), article.get("body"),
          article.get("category"), article.get("ci") == null ? null : article.get("ci").replace("{marker}", marker));
    }
    // never published: never found, and not counted for the rarity of a term either
    corpus.put("draft-hardware", draft("Replace the thermal paste of rack servers",
        "Servers older than five years run hot: renew the thermal paste. Kerberos is not involved.", "hardware"));
    long inReview = draft("Kerberos delegation for the reporting portal",
        "Constrained delegation lets the portal query the database as the user.", "security");
    knowledge.submit(inReview);
    corpus.put("in-review-kerberos", inReview);
    long retired = draft("Old procedure: gateway timeout on the legacy portal",
        "Superseded by the load balancer article.", "network");
    knowledge.submit(retired);
    knowledge.publish(retired, null);
    knowledge.retire(retired);
    corpus.put("retired-timeout", retired);
  }

  @AfterAll
  void retireWhatThisRunWrote() {
    created.forEach(knowledge::retire);
  }

  // --- lifecycle ---------------------------------------------------------------------------------

  @Test
  void aDraftIsFoundOnlyOnceItIsPublished() {
    // given a new draft
    String word = unique();
    long id = knowledge.draft(ARTICLE, "Rotate the TLS certificate of the " + word + " gateway",
        "Renew it in the vault and reload the proxy.", "network", "gw-" + word, "manual", null, "sam");
    created.add(id);

    // then it is a draft, version 1, with its first version saved, and not found
    KnowledgeBase.Stored draft = knowledge.find(id).orElseThrow();
    assertThat(draft.status()).isEqualTo("draft");
    assertThat(draft.version()).isEqualTo(1);
    assertThat(draft.source()).isEqualTo("manual");
    assertThat(draft.author()).isEqualTo("sam");
    assertThat(knowledge.versions(id)).singleElement()
        .satisfies(v -> assertThat(v.changedBy()).isEqualTo("sam"));
    assertThat(knowledge.search(word, null, null, 10)).isEmpty();
    assertThat(knowledge.search(null, null, "gw-" + word, 10)).isEmpty();

    // when it is submitted for review
    knowledge.submit(id);

    // then it is in review, and still not found
    assertThat(knowledge.find(id).orElseThrow().status()).isEqualTo("in-review");
    assertThat(knowledge.search(word, null, null, 10)).isEmpty();

    // when it is published with a review date
    knowledge.publish(id, DUE);

    // then it is found, by its words and by its CI
    KnowledgeBase.Stored published = knowledge.find(id).orElseThrow();
    assertThat(published.status()).isEqualTo("published");
    assertThat(published.reviewDue()).isEqualTo(DUE);
    assertThat(knowledge.search(word, null, null, 10)).extracting(KnowledgeBase.Article::id).containsExactly(id);
    assertThat(knowledge.search(null, null, "gw-" + word, 10)).extracting(KnowledgeBase.Article::id)
        .containsExactly(id);
  }

  @Test
  void aRevisionSavesTheNextVersionAndKeepsTheEarlierOnes() {
    // given a draft in review
    String first = unique();
    String second = unique();
    long id = knowledge.draft(ARTICLE, "Clear the print queue " + first, "Stop the spooler, delete the jobs.",
        "hardware", null, "incident", "INC-2026-000042", "sam");
    created.add(id);
    knowledge.submit(id);

    // when it is revised
    knowledge.revise(id, "Clear a stuck print queue " + second, "Stop the spooler, delete the jobs, start it.",
        "hardware", "print-01", "kim", "the spooler must be started again");

    // then the new content is version 2, back to draft, and version 1 is kept as it was
    KnowledgeBase.Stored revised = knowledge.find(id).orElseThrow();
    assertThat(revised.version()).isEqualTo(2);
    assertThat(revised.status()).isEqualTo("draft");
    assertThat(revised.title()).isEqualTo("Clear a stuck print queue " + second);
    assertThat(revised.ci()).isEqualTo("print-01");
    assertThat(revised.sourceRef()).isEqualTo("INC-2026-000042");
    List<KnowledgeBase.Version> versions = knowledge.versions(id);
    assertThat(versions).extracting(KnowledgeBase.Version::version).containsExactly(1, 2);
    assertThat(versions.get(0).title()).isEqualTo("Clear the print queue " + first);
    assertThat(versions.get(0).body()).isEqualTo("Stop the spooler, delete the jobs.");
    assertThat(versions.get(0).changedBy()).isEqualTo("sam");
    assertThat(versions.get(1).changedBy()).isEqualTo("kim");
    assertThat(versions.get(1).note()).isEqualTo("the spooler must be started again");
  }

  @Test
  void aPublishedArticleRevisedByItsReviewStaysPublishedWithTheNewContent() {
    // given a published article
    String before = unique();
    String after = unique();
    long id = published(ARTICLE, "Renew the wildcard certificate " + before, "Order it from the CA.", "security");

    // when its periodic review revises it
    knowledge.revise(id, "Renew the wildcard certificate " + after, "Order it from the CA, then deploy it.",
        "security", null, "kim", "periodic review");

    // then it is still published, found by its new words only, at version 2
    KnowledgeBase.Stored revised = knowledge.find(id).orElseThrow();
    assertThat(revised.status()).isEqualTo("published");
    assertThat(revised.version()).isEqualTo(2);
    assertThat(knowledge.search(after, null, null, 10)).extracting(KnowledgeBase.Article::id).containsExactly(id);
    assertThat(knowledge.search(before, null, null, 10)).isEmpty();
    assertThat(knowledge.versions(id)).hasSize(2);
  }

  @Test
  void rejectedAndRetiredArticlesAreNotFound() {
    // given an article in review and a published one
    String word = unique();
    long inReview = knowledge.draft(ARTICLE, "Purge the mail queue " + word, "Use postsuper -d ALL deferred.",
        "software", null, "manual", null, "sam");
    created.add(inReview);
    knowledge.submit(inReview);
    long published = published(ARTICLE, "Flush the mail queue " + word, "Use postqueue -f.", "software");
    assertThat(knowledge.search(word, null, null, 10)).extracting(KnowledgeBase.Article::id)
        .containsExactly(published);

    // when the first is rejected and the second retired
    knowledge.reject(inReview);
    knowledge.retire(published);

    // then neither is found any more
    assertThat(knowledge.find(inReview).orElseThrow().status()).isEqualTo("rejected");
    assertThat(knowledge.find(published).orElseThrow().status()).isEqualTo("retired");
    assertThat(knowledge.search(word, null, null, 10)).isEmpty();
  }

  @Test
  void aConfirmedReviewRecordsWhenAndTheNextDueDate() {
    // given a published article due for review
    long id = published(ARTICLE, "Rebuild the search index " + unique(), "Run the reindex job.", "software");
    Instant before = ClockUtil.getCurrentTime().toInstant().minusSeconds(1);

    // when its review confirms it
    knowledge.confirmReviewed(id, NEXT_DUE);

    // then the review is recorded, the next one due, and the content unchanged
    KnowledgeBase.Stored reviewed = knowledge.find(id).orElseThrow();
    assertThat(reviewed.reviewedAt()).isAfter(before);
    assertThat(reviewed.reviewDue()).isEqualTo(NEXT_DUE);
    assertThat(reviewed.status()).isEqualTo("published");
    assertThat(reviewed.version()).isEqualTo(1);
  }

  @Test
  void aMoveTheArticlesStateDoesNotAllowIsRefused() {
    // given a published article, a draft and a retired article
    long published = published(ARTICLE, "Reindex the wiki " + unique(), "Run the reindex job.", "software");
    long draft = draft("Reindex the intranet " + unique(), "Run the crawler.", "software");
    long retired = published(ARTICLE, "Reindex the old wiki " + unique(), "Run the reindex job.", "software");
    knowledge.retire(retired);

    // then a published article cannot go back to review, a draft is not reviewed, a retired one is
    // not published again without a revision, and an unknown id is refused
    assertThatThrownBy(() -> knowledge.submit(published)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("published");
    assertThatThrownBy(() -> knowledge.confirmReviewed(draft, NEXT_DUE)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> knowledge.publish(retired, DUE)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> knowledge.submit(Long.MAX_VALUE)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> knowledge.revise(Long.MAX_VALUE, "t", "b", null, null, null, null))
        .isInstanceOf(IllegalArgumentException.class);

    // and repeating a move is harmless
    knowledge.retire(retired);
    assertThat(knowledge.find(retired).orElseThrow().status()).isEqualTo("retired");
  }

  @Test
  void invalidContentIsRefusedNamingTheField() {
    // given the number of articles stored
    long before = knowledge.count();

    // then each invalid field is refused by name
    refused("title", () -> knowledge.draft(ARTICLE, " ", "body", null, null, "manual", null, null));
    refused("title", () -> knowledge.draft(ARTICLE, "x".repeat(301), "body", null, null, "manual", null, null));
    refused("body", () -> knowledge.draft(ARTICLE, "title", "", null, null, "manual", null, null));
    refused("body", () -> knowledge.draft(ARTICLE, "title", "x".repeat(8001), null, null, "manual", null, null));
    refused("kind", () -> knowledge.draft("faq", "title", "body", null, null, "manual", null, null));
    refused("kind", () -> knowledge.draft(null, "title", "body", null, null, "manual", null, null));
    refused("source", () -> knowledge.draft(ARTICLE, "title", "body", null, null, "email", null, null));
    refused("category", () -> knowledge.draft(ARTICLE, "title", "body", "x".repeat(21), null, "manual", null, null));
    refused("sourceRef", () -> knowledge.draft(ARTICLE, "title", "body", null, null, "incident", "x".repeat(41), null));
    refused("title", () -> knowledge.revise(1, null, "body", null, null, null, null));
    refused("problemNumber", () -> knowledge.publishKnownError(" ", "title", "cause", "workaround", null, null));

    // and nothing was stored
    assertThat(knowledge.count()).isEqualTo(before);

    // while the limits themselves are accepted
    long longest = knowledge.draft(ARTICLE, "x".repeat(300), "x".repeat(8000), null, null, "change", null, null);
    created.add(longest);
    assertThat(knowledge.find(longest).orElseThrow().title()).hasSize(300);
  }

  // --- known errors ------------------------------------------------------------------------------

  @Test
  void aKnownErrorIsPublishedAtOnceAndFoundByItsConfigurationItem() {
    // given a problem whose root cause and workaround are known
    String problem = "PRB-" + marker;
    String ci = "erp-db-" + marker;

    // when its known error is published
    long id = knowledge.publishKnownError(problem, "ERP batch jobs hang at month end",
        "The archive job holds a table lock.", "Pause the archive job until the batch is done.", "database", ci);
    created.add(id);

    // then the service desk finds it at once by the CI
    assertThat(knowledge.search(null, null, ci, 10)).singleElement().satisfies(a -> {
      assertThat(a.id()).isEqualTo(id);
      assertThat(a.kind()).isEqualTo("known-error");
    });
    KnowledgeBase.Stored stored = knowledge.find(id).orElseThrow();
    assertThat(stored.status()).isEqualTo("published");
    assertThat(stored.source()).isEqualTo("problem");
    assertThat(stored.sourceRef()).isEqualTo(problem);
    assertThat(stored.body()).isEqualTo("Root cause: The archive job holds a table lock.\n\n"
        + "Workaround: Pause the archive job until the batch is done.");
  }

  @Test
  void aKnownErrorPublishedAgainForTheSameProblemUpdatesTheSameArticle() {
    // given a problem's published known error
    String problem = "PRB-" + unique();
    String ci = "erp-app-" + marker;
    long id = knowledge.publishKnownError(problem, "ERP login slow in the morning",
        "The session cache is cold after the nightly restore.", "Warm the cache at 06:00.", "software", ci);
    created.add(id);

    // when it is published again with a better workaround
    long again = knowledge.publishKnownError(problem, "ERP login slow in the morning",
        "The session cache is cold after the nightly restore.", "Run the cache warm-up job at 05:30.", "software", ci);

    // then it is the same article, at version 2, the only one for the CI, still published
    assertThat(again).isEqualTo(id);
    KnowledgeBase.Stored stored = knowledge.find(id).orElseThrow();
    assertThat(stored.version()).isEqualTo(2);
    assertThat(stored.status()).isEqualTo("published");
    assertThat(stored.body()).endsWith("Workaround: Run the cache warm-up job at 05:30.");
    assertThat(knowledge.versions(id)).hasSize(2);
    assertThat(knowledge.search(null, null, ci, 10)).extracting(KnowledgeBase.Article::id).containsExactly(id);

    // and when the same is published once more, nothing changes
    knowledge.publishKnownError(problem, "ERP login slow in the morning",
        "The session cache is cold after the nightly restore.", "Run the cache warm-up job at 05:30.", "software", ci);
    assertThat(knowledge.find(id).orElseThrow().version()).isEqualTo(2);

    // and when it was retired meanwhile, publishing it again brings it back
    knowledge.retire(id);
    knowledge.publishKnownError(problem, "ERP login slow in the morning",
        "The session cache is cold after the nightly restore.", "Run the cache warm-up job at 05:30.", "software", ci);
    assertThat(knowledge.find(id).orElseThrow().status()).isEqualTo("published");
  }

  @Test
  void aKnownErrorFromALongProblemRecordIsShortenedNotRefused() {
    // given a problem with a 500-character summary, long texts and no root cause yet
    String problem = "PRB-" + unique();

    // when its known error is published
    long id = knowledge.publishKnownError(problem, "S".repeat(500), null, "W".repeat(9000), "other", null);
    created.add(id);

    // then the title and body fit, shortened visibly, and the missing root cause says so
    KnowledgeBase.Stored stored = knowledge.find(id).orElseThrow();
    assertThat(stored.title()).hasSize(300).endsWith("…");
    assertThat(stored.body()).hasSizeLessThanOrEqualTo(8000).startsWith("Root cause: not recorded\n\nWorkaround: WWW")
        .endsWith("…");
  }

  // --- ranking -----------------------------------------------------------------------------------

  @Test
  void onlyPublishedArticlesAreEverFound() {
    // when the run's marker, in every body, is searched
    List<Long> found = ids(knowledge.search(marker, null, null, 100));

    // then every published article of the corpus is found, and no draft, article in review or retired one
    assertThat(found).containsAll(corpus.entrySet().stream()
        .filter(e -> !List.of("draft-hardware", "in-review-kerberos", "retired-timeout").contains(e.getKey()))
        .map(Map.Entry::getValue).toList());
    assertThat(found).doesNotContain(corpus.get("draft-hardware"), corpus.get("in-review-kerberos"),
        corpus.get("retired-timeout"));
  }

  @Test
  void aTitleHitOutranksBodyHitsHoweverOftenTheyRepeat() {
    // when an article's title and another's body (three times) hold the word
    List<String> ranked = ranked("deadlock", null, null);

    // then the title hit comes first
    assertThat(ranked).containsExactly("deadlock-title", "deadlock-body");
  }

  @Test
  void aRareTermOutranksACommonOne() {
    // given "timeout" in a dozen published articles and "kerberos" in one (in a title each)
    // when both are asked for
    List<String> ranked = ranked("kerberos timeout", null, null);

    // then the article with the rare term comes first, then the one with the common term in its title
    assertThat(ranked).startsWith("kerberos", "timeout-title");
    assertThat(ranked).doesNotContain("in-review-kerberos", "retired-timeout");
  }

  @Test
  void theSameConfigurationItemRanksFirstAmongEqualMatches() {
    // given two articles with the same title on two database servers
    // when searched without a CI, the older comes first
    assertThat(ranked("replication lag", null, null)).containsExactly("replication-report", "replication-finance");

    // when searched for the second server, it comes first
    assertThat(ranked("replication lag", null, "pg-finance-" + marker))
        .containsExactly("replication-finance", "replication-report");
  }

  @Test
  void aConfigurationItemAloneListsItsArticles() {
    assertThat(ranked(null, null, "ups-" + marker)).containsExactly("ups");
  }

  @Test
  void aCategoryAloneListsThatCategorysPublishedArticles() {
    // when only the category is asked for
    List<KnowledgeBase.Article> found = knowledge.search(null, "hardware", null, 100);

    // then all found are of that category, the corpus's published ones among them in the order written
    assertThat(found).extracting(KnowledgeBase.Article::category).containsOnly("hardware");
    assertThat(ranked(null, "hardware", null)).containsExactly("san", "scanner", "dock", "ups", "fan");
  }

  @Test
  void theCategoryRanksItsArticlesAboveOthersWithTheSameWords() {
    // given "timeout" once in the body of articles of several categories
    // when searched in the category network
    List<String> ranked = ranked("timeout", "network", null);

    // then the title hit comes first, then the network articles with the word in their bodies (the
    // one with it twice first), then the others
    assertThat(ranked.subList(0, 5))
        .containsExactly("timeout-title", "health-check", "certificate", "dns", "firewall");
    assertThat(ranked.subList(5, ranked.size())).hasSize(7).doesNotContain("wifi", "chinese-vpn");
  }

  @Test
  void aChineseQueryFindsTheChineseArticle() {
    // when the words for "database connection pool" are searched
    List<String> ranked = ranked("数据库 连接池", null, null);

    // then the article about the exhausted database connection pool comes first, then the one that
    // shares only "connection" (连接)
    assertThat(ranked).containsExactly("chinese-pool", "chinese-vpn");
  }

  @Test
  void aTitleHitScoresThreeTimesTheRarityOfItsTerm() {
    // given N published articles, df of them holding "kerberos"
    long n = jdbc.sql("SELECT COUNT(*) FROM opsflow_knowledge_article WHERE status = 'published'")
        .query(Long.class).single();
    List<KnowledgeBase.Article> holding = knowledge.search("kerberos", null, null, 100);

    // when the article with it once in its title is scored
    KnowledgeBase.Article kerberos = holding.stream().filter(a -> a.id() == corpus.get("kerberos")).findFirst()
        .orElseThrow();

    // then its score is 3 · ln(1 + N / df) · sat(1), in hundredths of a point
    double idf = Math.log(1 + (double) n / holding.size());
    assertThat(kerberos.score()).isEqualTo((int) Math.round(3 * idf * 100));
  }

  // --- helpers -----------------------------------------------------------------------------------

  /** The corpus articles found, by their short names, best first. */
  private List<String> ranked(String q, String category, String ci) {
    Map<Long, String> names = new LinkedHashMap<>();
    corpus.forEach((name, id) -> names.put(id, name));
    return knowledge.search(q, category, ci, 100).stream().map(a -> names.get(a.id()))
        .filter(name -> name != null).toList();
  }

  private void published(String name, String kind, String title, String body, String category, String ci) {
    long id = knowledge.draft(kind, title, body + " (runbook " + marker + ")", category, ci, "manual", null,
        "test");
    created.add(id);
    knowledge.submit(id);
    knowledge.publish(id, DUE);
    corpus.put(name, id);
  }

  /**
   * The published articles of the ranking corpus (ranking-corpus.json beside this class): name,
   * kind, title, body, category, CI ("{marker}" in a CI stands for this run's marker word).
   */
  private static List<Map<String, String>> corpusArticles() {
    try (var json = KnowledgeBaseTest.class.getResourceAsStream("ranking-corpus.json")) {
      return new ObjectMapper().readValue(json, new TypeReference<List<Map<String, String>>>() { });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private long published(String kind, String title, String body, String category) {
    long id = knowledge.draft(kind, title, body, category, null, "manual", null, "test");
    created.add(id);
    knowledge.publish(id, DUE);
    return id;
  }

  private long draft(String title, String body, String category) {
    long id = knowledge.draft(ARTICLE, title, body + " (runbook " + marker + ")", category, null, "manual", null,
        "test");
    created.add(id);
    return id;
  }

  private static void refused(String field, ThrowingCallable call) {
    assertThatThrownBy(call).isInstanceOfSatisfying(BadRequestException.class,
        e -> assertThat(e.field()).as(e.getMessage()).isEqualTo(field));
  }

  private static List<Long> ids(List<KnowledgeBase.Article> articles) {
    return articles.stream().map(KnowledgeBase.Article::id).toList();
  }

  /** A word no other article has: "zq" and ten random letters. */
  private static String unique() {
    StringBuilder word = new StringBuilder("zq");
    ThreadLocalRandom random = ThreadLocalRandom.current();
    for (int i = 0; i < 10; i++) {
      word.append((char) ('a' + random.nextInt(26)));
    }
    return word.toString();
  }
}
