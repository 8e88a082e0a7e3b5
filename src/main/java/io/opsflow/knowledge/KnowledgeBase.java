package io.opsflow.knowledge;

import io.opsflow.platform.BadRequestException;
import io.opsflow.platform.Inputs;
import io.opsflow.platform.process.EngineClock;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The knowledge the service desk consults before passing an incident on: articles and known
 * errors, kept with every version of their content, and found by a ranked full-text search.
 *
 * <h2>Lifecycle</h2>
 *
 * <pre>
 *   call              from                                       to
 *   draft(...)        -                                          draft, version 1
 *   submit            draft (in-review: nothing happens)         in-review
 *   publish(id, due)  draft, in-review, published                published, review due set
 *   reject            draft, in-review (rejected: nothing)       rejected
 *   retire            any (retired: nothing)                     retired
 *   revise            any                                        published stays published, else draft;
 *                                                                next version
 *   confirmReviewed   published                                  published, reviewed now, next review due
 * </pre>
 *
 * A published article that is revised stays published: that is its periodic review correcting
 * it; a rejected or retired one comes back only through a revision, as a draft. A move the
 * article's state does not allow throws {@link IllegalStateException}; an unknown id throws
 * {@link IllegalArgumentException}; invalid content throws {@link BadRequestException} naming the
 * field. Every content change (title, body, category, CI) adds a row to the version history
 * ({@link #versions}); state changes do not. Each call is one transaction, or joins the caller's
 * (a process step's). Times ("now") come from the engine's clock, as in the processes' records.
 *
 * <p>Only published articles are ever found by {@link #search}.
 */
@Service
public class KnowledgeBase {

  public static final String ARTICLE = "article";
  public static final String KNOWN_ERROR = "known-error";

  public static final String DRAFT = "draft";
  public static final String IN_REVIEW = "in-review";
  public static final String PUBLISHED = "published";
  public static final String RETIRED = "retired";
  public static final String REJECTED = "rejected";

  public static final String FROM_INCIDENT = "incident";
  public static final String FROM_PROBLEM = "problem";
  public static final String FROM_CHANGE = "change";
  public static final String FROM_MANUAL = "manual";

  static final Set<String> KINDS = Set.of(ARTICLE, KNOWN_ERROR);
  static final Set<String> SOURCES = Set.of(FROM_INCIDENT, FROM_PROBLEM, FROM_CHANGE, FROM_MANUAL);

  static final int MAX_TITLE = 300;
  static final int MAX_BODY = 8000;
  static final int MAX_CATEGORY = 20;
  static final int MAX_CI = 200;
  static final int MAX_SOURCE_REF = 40;
  static final int MAX_USER = 64;
  static final int MAX_NOTE = 1000;

  /** A title hit weighs this many times a body hit of the same term. */
  static final double TITLE_WEIGHT = 3.0;
  /** BM25's k1: how quickly repeats of a term stop adding to its weight (see {@link #search}). */
  static final double SATURATION = 1.2;
  /** Points for an article about the configuration item asked for. */
  static final double SAME_CI_BONUS = 4.0;
  /** Points for an article of the category asked for. */
  static final double SAME_CATEGORY_BONUS = 2.0;
  /** A suggestion scores at least this share of the best suggestion's score. */
  static final double SUGGESTION_SHARE = 0.35;
  /** How many search results the suggestions are chosen from. */
  private static final int SUGGESTION_POOL = 50;

  /**
   * A published article or known error found by {@link #search}, with how well it matched: its
   * score in hundredths of a point (see {@link #search}).
   */
  public record Article(long id, String kind, String title, String body, String category, String ci, int score) {
  }

  /** An article as stored, in whatever state, at its current version. */
  public record Stored(long id, String kind, String title, String body, String category, String ci, String status,
      int version, String source, String sourceRef, Instant reviewDue, Instant reviewedAt, String author,
      Instant updatedAt) {
  }

  /** One saved version of an article's content; version 1 is the first draft. */
  public record Version(int version, String title, String body, String changedBy, Instant changedAt, String note,
      String category, String ci) {
  }

  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;

  KnowledgeBase(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactions); // joins the caller's transaction, if any
  }

  // --- writing -----------------------------------------------------------------------------------

  /**
   * A new article in {@code draft}, version 1.
   *
   * @param kind {@link #ARTICLE} or {@link #KNOWN_ERROR}
   * @param title 1 to 300 characters (surrounding blanks are dropped)
   * @param body 1 to 8000 characters
   * @param category up to 20 characters, or null
   * @param ci the configuration item it is about, up to 200 characters, or null
   * @param source where it comes from: {@code incident}, {@code problem}, {@code change} or {@code manual}
   * @param sourceRef that ticket's number, up to 40 characters, or null
   * @param author who wrote it, up to 64 characters, or null
   * @return the article's id
   * @throws BadRequestException naming the field that is invalid
   */
  public long draft(String kind, String title, String body, String category, String ci, String source,
      String sourceRef, String author) {
    oneOf("kind", kind, KINDS);
    oneOf("source", source, SOURCES);
    Content content = Content.checked(title, body, category, ci);
    String ref = optional("sourceRef", sourceRef, MAX_SOURCE_REF);
    String by = optional("author", author, MAX_USER);
    return inTransaction(() -> insert(kind, content, DRAFT, source, ref, by, null, "drafted"));
  }

  /**
   * Publishes a new article at once, without review (the demo loader's articles), from source
   * {@code manual}.
   *
   * @return the article's id
   * @throws BadRequestException naming the field that is invalid
   */
  public long publish(String kind, String title, String body, String category, String ci) {
    oneOf("kind", kind, KINDS);
    Content content = Content.checked(title, body, category, ci);
    return inTransaction(() -> insert(kind, content, PUBLISHED, FROM_MANUAL, null, null, null, "published directly"));
  }

  /** Sends a draft to review; an article already in review stays so. */
  public void submit(long id) {
    move(id, IN_REVIEW, Set.of(DRAFT), Set.of(IN_REVIEW));
  }

  /**
   * Publishes a draft or an article in review, or sets the next review date of a published one.
   *
   * @param reviewDue when the article is due for its periodic review; null for none
   */
  public void publish(long id, Instant reviewDue) {
    move(id, PUBLISHED, Set.of(DRAFT, IN_REVIEW, PUBLISHED), Set.of(), "review_due = ?", timestamp(reviewDue));
  }

  /** Rejects a draft or an article in review; a rejected article stays so. */
  public void reject(long id) {
    move(id, REJECTED, Set.of(DRAFT, IN_REVIEW), Set.of(REJECTED));
  }

  /** Retires an article in any state, so that it is no longer found; a retired one stays so. */
  public void retire(long id) {
    move(id, RETIRED, Set.of(DRAFT, IN_REVIEW, PUBLISHED, REJECTED), Set.of(RETIRED));
  }

  /**
   * Records that a published article's periodic review found it still right, now.
   *
   * @param nextReviewDue when it is due again; null for never
   */
  public void confirmReviewed(long id, Instant nextReviewDue) {
    move(id, PUBLISHED, Set.of(PUBLISHED), Set.of(), "reviewed_at = ?, review_due = ?",
        Timestamp.from(EngineClock.now()), timestamp(nextReviewDue));
  }

  /**
   * Replaces the content, saved as the next version. A published article stays published (its
   * periodic review corrected it); an article in any other state goes back to {@code draft}.
   *
   * @param changedBy who revised it, up to 64 characters, or null
   * @param note why, or null; a note longer than 1000 characters is shortened and ends with "…"
   *     (it is a comment, often a reviewer's, and must not stop the process)
   * @throws BadRequestException naming the field that is invalid
   */
  public void revise(long id, String title, String body, String category, String ci, String changedBy, String note) {
    Content content = Content.checked(title, body, category, ci);
    String by = optional("changedBy", changedBy, MAX_USER);
    String why = blank(note) ? null : abbreviate(note.strip(), MAX_NOTE);
    inTransaction(() -> {
      newVersion(id, content, null, by, why);
      return null;
    });
  }

  /**
   * Publishes the known error a problem found, at once (the service desk must see it for the next
   * incident): kind {@code known-error}, source {@code problem}, the problem number as its source
   * reference, body {@code "Root cause: …\n\nWorkaround: …"}. One article per problem: a later call
   * for the same problem saves the new content as the next version of the same article (and
   * publishes it again if it was retired meanwhile); a call that changes nothing saves no version.
   *
   * <p>It is called by an automated process step, so it does not refuse what the problem record
   * allows: a missing root cause or workaround reads "not recorded", a title longer than 300
   * characters and a body longer than 8000 are shortened (the root cause before the workaround)
   * and end with "…".
   *
   * <p>Two calls for the same new problem at the same moment could each create an article: the
   * problem process calls it once per problem, from one job at a time.
   *
   * @return the article's id
   * @throws BadRequestException when the problem number or the title is missing
   */
  public long publishKnownError(String problemNumber, String title, String rootCause, String workaround,
      String category, String ci) {
    String ref = required("problemNumber", problemNumber, MAX_SOURCE_REF);
    if (blank(title)) {
      throw Inputs.refuse("title", "is required");
    }
    Content content = Content.checked(abbreviate(title.strip(), MAX_TITLE),
        knownErrorBody(rootCause, workaround), category, ci);
    return inTransaction(() -> {
      Optional<Long> existing = jdbc.sql("""
              SELECT id FROM opsflow_knowledge_article
              WHERE source = ? AND source_ref = ? AND kind = ? ORDER BY id""")
          .params(FROM_PROBLEM, ref, KNOWN_ERROR).query(Long.class).list().stream().findFirst();
      if (existing.isEmpty()) {
        return insert(KNOWN_ERROR, content, PUBLISHED, FROM_PROBLEM, ref, null, null, "known error of " + ref);
      }
      long id = existing.get();
      Stored stored = find(id).orElseThrow();
      if (!content.equals(new Content(stored.title(), stored.body(), stored.category(), stored.ci()))) {
        newVersion(id, content, PUBLISHED, null, "known error of " + ref + " updated");
      } else if (!PUBLISHED.equals(stored.status())) {
        jdbc.sql("UPDATE opsflow_knowledge_article SET status = ?, updated_at = ? WHERE id = ?")
            .params(PUBLISHED, Timestamp.from(EngineClock.now()), id).update();
      }
      return id;
    });
  }

  // --- reading -----------------------------------------------------------------------------------

  /** All articles ever stored, in any state (the demo loader fills an empty base). */
  public long count() {
    return jdbc.sql("SELECT COUNT(*) FROM opsflow_knowledge_article").query(Long.class).single();
  }

  /** The article as stored, in whatever state. */
  public Optional<Stored> find(long id) {
    return jdbc.sql("SELECT * FROM opsflow_knowledge_article WHERE id = ?").param(id)
        .query((rs, row) -> stored(rs)).optional();
  }

  /** The published articles and known errors, by title. */
  public List<Stored> published() {
    return jdbc.sql("SELECT * FROM opsflow_knowledge_article WHERE status = ? ORDER BY title, id").param(PUBLISHED)
        .query((rs, row) -> stored(rs)).list();
  }

  /** Every saved version of the article's content, the first first; none for an unknown id. */
  public List<Version> versions(long id) {
    return jdbc.sql("""
            SELECT version, title, body, category, ci, changed_by, changed_at, note
            FROM opsflow_knowledge_version WHERE article_id = ? ORDER BY version""")
        .param(id)
        .query((rs, row) -> new Version(rs.getInt("version"), rs.getString("title"), rs.getString("body"),
            rs.getString("changed_by"), instant(rs.getTimestamp("changed_at")), rs.getString("note"),
            rs.getString("category"), rs.getString("ci")))
        .list();
  }

  /**
   * Published articles and known errors, best match first; never drafts, articles in review,
   * rejected or retired ones.
   *
   * <p><b>What matches.</b> The query is split into terms as {@link KnowledgeTerms} describes
   * (words of three or more letters or digits, lower-case; CJK text as character bigrams), and so
   * are each article's title and body. An article is found when it contains a query term, or is
   * about the configuration item asked for. Without query terms, the CI lists that CI's articles
   * and the category that category's. Nothing asked finds nothing.
   *
   * <p><b>How it is ranked.</b> The score sums, over the distinct query terms, the term's weight in
   * the article times its rarity, and adds bonuses:
   * <pre>
   *   score  = Σ over query terms t:  idf(t) · (3 · sat(tf_title(t)) + sat(tf_body(t)))
   *          + 4  when the article's CI is the one asked for
   *          + 2  when its category is the one asked for (the category alone does not make an
   *               article found, unless there are no query terms)
   *
   *   idf(t) = ln(1 + N / df(t))      N: published articles, df(t): those containing t
   *   sat(n) = n · (k + 1) / (n + k)   k = 1.2: sat(0) = 0, sat(1) = 1, sat(2) ≈ 1.38, below 2.2
   *   tf_title(t), tf_body(t): how often t occurs in the title, in the body
   * </pre>
   * <ul>
   *   <li><b>Rarity (idf)</b>: a term found in few articles says more than one found in most; a
   *       term in every article still counts a little (ln 2 ≈ 0.69).
   *   <li><b>Saturation (sat)</b>, as in BM25 without length normalisation (articles are short):
   *       repeats add less and less, so a body cannot outweigh a title by repetition — one title
   *       hit (3) always beats any number of body hits (below 2.2) of the same term.
   *   <li><b>Bonuses</b>: the same CI counts about as much as one body hit of a term found in one
   *       published article in fifty (ln 51 ≈ 3.9); the same category half that.
   * </ul>
   * Ties are broken by id, the older article first. {@link Article#score()} is the score in
   * hundredths of a point, rounded; the order follows it.
   *
   * <p><b>What it costs.</b> Rarity needs the whole published set, so a search with query terms
   * loads and tokenizes every published article (the database filters the status). That is fine
   * for a few thousand articles of at most 8000 characters each; beyond that, cache the tokenized
   * articles by (id, version) — every content change increments the version — or move to a search
   * engine. A search by CI or category alone is filtered by the database.
   *
   * @param limit at most this many articles
   */
  public List<Article> search(String query, String category, String ci, int limit) {
    Set<String> terms = new LinkedHashSet<>(KnowledgeTerms.of(query));
    boolean byCi = !blank(ci);
    boolean byCategory = !blank(category);
    if (limit < 1 || (terms.isEmpty() && !byCi && !byCategory)) {
      return List.of();
    }
    if (terms.isEmpty()) {
      return listing(category, ci, limit);
    }
    List<Indexed> published = jdbc.sql("""
            SELECT id, kind, title, body, category, ci FROM opsflow_knowledge_article
            WHERE status = 'published'""")
        .query((rs, row) -> Indexed.of(rs.getLong("id"), rs.getString("kind"), rs.getString("title"),
            rs.getString("body"), rs.getString("category"), rs.getString("ci")))
        .list();
    Map<String, Double> idf = inverseDocumentFrequencies(terms, published);
    List<Article> found = new ArrayList<>();
    for (Indexed article : published) {
      double text = 0;
      for (Map.Entry<String, Double> term : idf.entrySet()) {
        text += term.getValue() * (TITLE_WEIGHT * saturated(article.titleTerms().getOrDefault(term.getKey(), 0))
            + saturated(article.bodyTerms().getOrDefault(term.getKey(), 0)));
      }
      boolean sameCi = byCi && ci.strip().equalsIgnoreCase(article.ci());
      if (text == 0 && !sameCi) {
        continue;
      }
      boolean sameCategory = byCategory && category.strip().equalsIgnoreCase(article.category());
      double score = text + (sameCi ? SAME_CI_BONUS : 0) + (sameCategory ? SAME_CATEGORY_BONUS : 0);
      found.add(article.found(score));
    }
    return best(found, limit);
  }

  /**
   * The articles worth showing beside a ticket, best first: of what {@link #search} finds, only
   * those the ticket is tied to — the same configuration item, a query term in the title, or the
   * same category with a query term in the body — and scoring at least
   * {@value #SUGGESTION_SHARE} of the best one's score. A word shared by chance in a body ("update",
   * "restart") suggests nothing on its own.
   */
  public List<Article> suggestions(String query, String category, String ci, int limit) {
    Set<String> terms = new LinkedHashSet<>(KnowledgeTerms.of(query));
    List<Article> tied = search(query, category, ci, SUGGESTION_POOL).stream()
        .filter(article -> same(ci, article.ci())
            || KnowledgeTerms.of(article.title()).stream().anyMatch(terms::contains)
            || (same(category, article.category()) && KnowledgeTerms.of(article.body()).stream().anyMatch(terms::contains)))
        .toList();
    if (tied.isEmpty()) {
      return tied;
    }
    int best = tied.get(0).score();
    return tied.stream().filter(article -> article.score() >= best * SUGGESTION_SHARE).limit(limit).toList();
  }

  private static boolean same(String asked, String value) {
    return !blank(asked) && asked.strip().equalsIgnoreCase(value);
  }

  // --- internals ---------------------------------------------------------------------------------

  /** Title, body, category and CI, checked. */
  private record Content(String title, String body, String category, String ci) {

    static Content checked(String title, String body, String category, String ci) {
      String checkedTitle = required("title", title == null ? null : title.strip(), MAX_TITLE);
      String checkedBody = required("body", body, MAX_BODY);
      return new Content(checkedTitle, checkedBody, optional("category", category, MAX_CATEGORY), optional("ci", ci, MAX_CI));
    }
  }

  /** A published article with its terms counted. */
  private record Indexed(long id, String kind, String title, String body, String category, String ci,
      Map<String, Integer> titleTerms, Map<String, Integer> bodyTerms) {

    static Indexed of(long id, String kind, String title, String body, String category, String ci) {
      return new Indexed(id, kind, title, body, category, ci, KnowledgeTerms.frequencies(title),
          KnowledgeTerms.frequencies(body));
    }

    boolean contains(String term) {
      return titleTerms.containsKey(term) || bodyTerms.containsKey(term);
    }

    Article found(double score) {
      return new Article(id, kind, title, body, category, ci, (int) Math.round(score * 100));
    }
  }

  /** idf(t) = ln(1 + N / df(t)) for the terms some published article contains. */
  private static Map<String, Double> inverseDocumentFrequencies(Set<String> terms, List<Indexed> published) {
    Map<String, Double> idf = new HashMap<>();
    for (String term : terms) {
      long containing = published.stream().filter(a -> a.contains(term)).count();
      if (containing > 0) {
        idf.put(term, Math.log(1 + (double) published.size() / containing));
      }
    }
    return idf;
  }

  private static double saturated(int frequency) {
    return frequency == 0 ? 0 : frequency * (SATURATION + 1) / (frequency + SATURATION);
  }

  /** Without query terms: the CI's articles, and the category's, by the bonuses. */
  private List<Article> listing(String category, String ci, int limit) {
    List<String> conditions = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    if (!blank(ci)) {
      conditions.add("LOWER(ci) = ?");
      params.add(ci.strip().toLowerCase(Locale.ROOT));
    }
    if (!blank(category)) {
      conditions.add("LOWER(category) = ?");
      params.add(category.strip().toLowerCase(Locale.ROOT));
    }
    List<Article> found = jdbc.sql("SELECT id, kind, title, body, category, ci FROM opsflow_knowledge_article "
            + "WHERE status = 'published' AND (" + String.join(" OR ", conditions) + ")")
        .params(params)
        .query((rs, row) -> {
          boolean sameCi = !blank(ci) && ci.strip().equalsIgnoreCase(rs.getString("ci"));
          boolean sameCategory = !blank(category) && category.strip().equalsIgnoreCase(rs.getString("category"));
          double score = (sameCi ? SAME_CI_BONUS : 0) + (sameCategory ? SAME_CATEGORY_BONUS : 0);
          return new Article(rs.getLong("id"), rs.getString("kind"), rs.getString("title"), rs.getString("body"),
              rs.getString("category"), rs.getString("ci"), (int) Math.round(score * 100));
        })
        .list();
    return best(found, limit);
  }

  private static List<Article> best(List<Article> found, int limit) {
    return found.stream()
        .sorted(Comparator.comparingInt(Article::score).reversed().thenComparingLong(Article::id))
        .limit(limit)
        .toList();
  }

  private long insert(String kind, Content content, String status, String source, String sourceRef, String author,
      Instant reviewDue, String note) {
    Timestamp now = Timestamp.from(EngineClock.now());
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO opsflow_knowledge_article
              (kind, title, body, category, ci, status, updated_at, source, source_ref, version, review_due, author)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)""")
        .params(kind, content.title(), content.body(), content.category(), content.ci(), status, now, source,
            sourceRef, timestamp(reviewDue), author)
        .update(key, "id");
    long id = Objects.requireNonNull(key.getKey(), "no id generated").longValue();
    addVersion(id, 1, content, author, now, note);
    return id;
  }

  /**
   * Saves new content as the next version. The update takes the row's lock first, so concurrent
   * revisions queue and each gets its own version number.
   *
   * @param status the article's new state; null for "published stays published, anything else
   *     becomes a draft"
   */
  private void newVersion(long id, Content content, String status, String changedBy, String note) {
    Timestamp now = Timestamp.from(EngineClock.now());
    List<Object> params = new ArrayList<>(
        Arrays.asList(content.title(), content.body(), content.category(), content.ci(), now));
    if (status != null) {
      params.add(status);
    }
    params.add(id);
    int updated = jdbc.sql("UPDATE opsflow_knowledge_article SET title = ?, body = ?, category = ?, ci = ?, "
            + "version = version + 1, updated_at = ?, status = "
            + (status != null ? "?" : "CASE WHEN status = 'published' THEN 'published' ELSE 'draft' END")
            + " WHERE id = ?")
        .params(params).update();
    if (updated == 0) {
      throw unknown(id);
    }
    int version = jdbc.sql("SELECT version FROM opsflow_knowledge_article WHERE id = ?").param(id)
        .query(Integer.class).single();
    addVersion(id, version, content, changedBy, now, note);
  }

  private void addVersion(long id, int version, Content content, String changedBy, Timestamp at, String note) {
    jdbc.sql("""
            INSERT INTO opsflow_knowledge_version
              (article_id, version, title, body, category, ci, changed_by, changed_at, note)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(id, version, content.title(), content.body(), content.category(), content.ci(), changedBy, at, note)
        .update();
  }

  /**
   * Moves the article to {@code to} when it is in one of {@code from}, in one conditional update;
   * does nothing when it is in one of {@code stay}.
   */
  private void move(long id, String to, Set<String> from, Set<String> stay) {
    move(id, to, from, stay, null);
  }

  /** As {@link #move(long, String, Set, Set)}, also setting {@code alsoSet} ({@code "a = ?, b = ?"}). */
  private void move(long id, String to, Set<String> from, Set<String> stay, String alsoSet, Object... alsoParams) {
    List<Object> params = new ArrayList<>();
    params.add(to);
    params.add(Timestamp.from(EngineClock.now()));
    if (alsoSet != null) {
      params.addAll(Arrays.asList(alsoParams));
    }
    params.add(id);
    params.addAll(from);
    int updated = jdbc.sql("UPDATE opsflow_knowledge_article SET status = ?, updated_at = ?"
            + (alsoSet == null ? "" : ", " + alsoSet)
            + " WHERE id = ? AND status IN (" + String.join(", ", from.stream().map(s -> "?").toList()) + ")")
        .params(params).update();
    if (updated > 0) {
      return;
    }
    String status = jdbc.sql("SELECT status FROM opsflow_knowledge_article WHERE id = ?").param(id)
        .query(String.class).optional().orElseThrow(() -> unknown(id));
    if (!stay.contains(status)) {
      throw new IllegalStateException("knowledge article " + id + " is " + status + "; it can become " + to
          + " only from " + String.join(" or ", from.stream().sorted().toList()));
    }
  }

  private <T> T inTransaction(Supplier<T> work) {
    return transaction.execute(status -> work.get());
  }

  private static String knownErrorBody(String rootCause, String workaround) {
    String rootLabel = "Root cause: ";
    String workaroundLabel = "\n\nWorkaround: ";
    String cause = blank(rootCause) ? "not recorded" : rootCause.strip();
    String fix = blank(workaround) ? "not recorded" : workaround.strip();
    int room = MAX_BODY - rootLabel.length() - workaroundLabel.length();
    if (cause.length() + fix.length() > room) {
      fix = abbreviate(fix, room - Math.min(cause.length(), room / 2));
      cause = abbreviate(cause, room - fix.length());
    }
    return rootLabel + cause + workaroundLabel + fix;
  }

  private static String abbreviate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  private static Stored stored(ResultSet rs) throws SQLException {
    return new Stored(rs.getLong("id"), rs.getString("kind"), rs.getString("title"), rs.getString("body"),
        rs.getString("category"), rs.getString("ci"), rs.getString("status"), rs.getInt("version"),
        rs.getString("source"), rs.getString("source_ref"), instant(rs.getTimestamp("review_due")),
        instant(rs.getTimestamp("reviewed_at")), rs.getString("author"), instant(rs.getTimestamp("updated_at")));
  }

  /** The value, refused when blank or longer than max (as {@link Inputs#requireText}, but any character is kept). */
  private static String required(String field, String value, int max) {
    if (blank(value)) {
      throw Inputs.refuse(field, "is required");
    }
    return notLonger(field, value, max);
  }

  /** The value stripped, null when blank. */
  private static String optional(String field, String value, int max) {
    if (blank(value)) {
      return null;
    }
    return notLonger(field, value.strip(), max);
  }

  private static String notLonger(String field, String value, int max) {
    if (value.length() > max) {
      throw Inputs.refuse(field, "is longer than " + max + " characters");
    }
    return value;
  }

  /** One of the allowed values; left out is refused too ("…, not 'null'"). */
  private static void oneOf(String field, String value, Set<String> allowed) {
    Inputs.oneOf(Map.of(field, String.valueOf(value)), field, allowed);
  }

  private static IllegalArgumentException unknown(long id) {
    return new IllegalArgumentException("no knowledge article " + id);
  }

  private static Timestamp timestamp(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
