package io.opsflow.knowledge;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The knowledge the service desk consults before passing an incident on: published articles
 * and known errors, found by category, configuration item and keywords, best match first.
 */
@Service
public class KnowledgeBase {

  public static final String ARTICLE = "article";
  public static final String KNOWN_ERROR = "known-error";

  /** A published article or known error, with how well it matched. */
  public record Article(long id, String kind, String title, String body, String category, String ci, int score) {
  }

  private final JdbcClient jdbc;

  KnowledgeBase(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long publish(String kind, String title, String body, String category, String ci) {
    jdbc.sql("""
            INSERT INTO opsflow_knowledge_article (kind, title, body, category, ci, status, updated_at)
            VALUES (?, ?, ?, ?, ?, 'published', ?)""")
        .params(kind, title, body, category, ci, Timestamp.from(Instant.now())).update();
    return jdbc.sql("SELECT MAX(id) FROM opsflow_knowledge_article WHERE title = ?").param(title)
        .query(Long.class).single();
  }

  public long count() {
    return jdbc.sql("SELECT COUNT(*) FROM opsflow_knowledge_article").query(Long.class).single();
  }

  /**
   * Published articles and known errors matching any of the keywords, the category or the CI,
   * ranked: a keyword in the title counts most, then the same CI, the same category, a keyword in
   * the body. Nothing given finds nothing.
   */
  public List<Article> search(String query, String category, String ci, int limit) {
    Set<String> words = words(query);
    if (words.isEmpty() && blank(category) && blank(ci)) {
      return List.of();
    }
    return jdbc.sql("SELECT * FROM opsflow_knowledge_article WHERE status = 'published'")
        .query((rs, row) -> new Article(rs.getLong("id"), rs.getString("kind"), rs.getString("title"),
            rs.getString("body"), rs.getString("category"), rs.getString("ci"), 0))
        .list().stream()
        .map(a -> new Article(a.id(), a.kind(), a.title(), a.body(), a.category(), a.ci(), score(a, words, category, ci)))
        .filter(a -> a.score() > 0)
        .sorted(Comparator.comparingInt(Article::score).reversed().thenComparing(Article::id))
        .limit(limit)
        .toList();
  }

  private static int score(Article article, Set<String> words, String category, String ci) {
    String title = article.title().toLowerCase(Locale.ROOT);
    String body = article.body().toLowerCase(Locale.ROOT);
    int score = 0;
    for (String word : words) {
      score += (title.contains(word) ? 5 : 0) + (body.contains(word) ? 1 : 0);
    }
    if (!blank(ci) && ci.equalsIgnoreCase(article.ci())) {
      score += 4;
    }
    if (score > 0 || !words.isEmpty()) {
      // the category refines a keyword search; alone it suggests the category's articles
      score += !blank(category) && category.equalsIgnoreCase(article.category()) && score > 0 ? 2 : 0;
    } else if (!blank(category) && category.equalsIgnoreCase(article.category())) {
      score += 2;
    }
    return score;
  }

  private static Set<String> words(String query) {
    if (blank(query)) {
      return Set.of();
    }
    return Arrays.stream(query.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
        .filter(w -> w.length() > 2).collect(Collectors.toSet());
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
