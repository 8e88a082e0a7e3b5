package io.opsflow.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits text into the terms the knowledge search matches on, the same way for articles and for
 * queries.
 *
 * <ul>
 *   <li>The text is lower-cased ({@link Locale#ROOT}) and cut at everything that is not a letter
 *       or a digit (combining marks stay with their letter), so {@code "crm-db: Pool exhausted!"}
 *       gives {@code crm}, {@code pool}, {@code exhausted}.
 *   <li>Such a word is a term when it is at least {@value #MIN_WORD} characters long: shorter ones
 *       ({@code db}, {@code on}, {@code 01}) match too much to help.
 *   <li>Chinese, Japanese and Korean are written without spaces, so a run of Han, Hiragana,
 *       Katakana or Hangul characters gives every pair of neighbouring characters as a term (a
 *       bigram): {@code 数据库连接池} gives {@code 数据 据库 库连 连接 接池}, and the query
 *       {@code 数据库 连接池} matches it on four of them. A lone CJK character is a term on its own.
 *       A run like {@code DB连接池} splits where the script changes.
 *   <li>Words that say nothing about a fault ({@link #STOP_WORDS}: "the", "cannot", "users",
 *       "since", …) are no terms, and "log in", "log into", "log on", "logon", "sign in" are all
 *       the term {@code login}, so that "cannot log in" does not find an article about log files.
 * </ul>
 */
final class KnowledgeTerms {

  /** The shortest word, in characters, that counts as a term (CJK bigrams aside). */
  static final int MIN_WORD = 3;

  /** English words too common in fault reports to tell articles apart. */
  static final Set<String> STOP_WORDS = Set.of("the", "and", "for", "not", "but", "are", "was",
      "were", "has", "have", "had", "can", "cannot", "could", "does", "did", "doesn", "don", "isn", "aren", "wasn",
      "won", "will", "would", "should", "with", "without", "from", "into", "onto", "this", "that", "these", "those",
      "there", "their", "they", "them", "then", "than", "when", "what", "which", "who", "why", "how", "all", "any",
      "some", "our", "your", "you", "its", "his", "her", "she", "him", "one", "two", "also", "just", "only", "very",
      "after", "before", "since", "again", "still", "now", "today", "yesterday", "morning", "afternoon", "evening",
      "user", "users", "people", "someone", "everyone", "please", "help", "about", "because", "while", "where",
      "been", "being", "get", "gets", "got", "out", "off", "over", "under", "same", "each", "every", "other");

  private static final Pattern LOGIN = Pattern.compile(
      "\\b(?:log(?:ging|ged|s)?|sign(?:ing|ed|s)?)[\\s-]+(?:in|into|on|onto)\\b|\\blogon\\b|\\bsignin\\b");

  private KnowledgeTerms() {
  }

  /** The terms of the text in order, repeats included; none for null or blank text. */
  static List<String> of(String text) {
    List<String> terms = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return terms;
    }
    String lower = LOGIN.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("login");
    StringBuilder word = new StringBuilder();
    int wordLength = 0; // in code points
    int previousCjk = -1; // the CJK character before this one in the current run, if any
    boolean loneCjk = false; // the current CJK run has one character so far
    for (int i = 0; i < lower.length(); ) {
      int c = lower.codePointAt(i);
      i += Character.charCount(c);
      if (isCjk(c)) {
        wordLength = addWord(terms, word, wordLength);
        if (previousCjk >= 0) {
          terms.add(new String(new int[] {previousCjk, c}, 0, 2));
          loneCjk = false;
        } else {
          loneCjk = true;
        }
        previousCjk = c;
        continue;
      }
      if (previousCjk >= 0 && loneCjk) {
        terms.add(new String(Character.toChars(previousCjk)));
      }
      previousCjk = -1;
      loneCjk = false;
      if (Character.isLetterOrDigit(c) || (wordLength > 0 && isMark(c))) {
        word.appendCodePoint(c);
        wordLength++;
      } else {
        wordLength = addWord(terms, word, wordLength);
      }
    }
    if (previousCjk >= 0 && loneCjk) {
      terms.add(new String(Character.toChars(previousCjk)));
    }
    addWord(terms, word, wordLength);
    return terms;
  }

  /** How often each term occurs in the text. */
  static Map<String, Integer> frequencies(String text) {
    Map<String, Integer> counts = new HashMap<>();
    for (String term : of(text)) {
      counts.merge(term, 1, Integer::sum);
    }
    return counts;
  }

  private static int addWord(List<String> terms, StringBuilder word, int length) {
    if (length >= MIN_WORD && !STOP_WORDS.contains(word.toString())) {
      terms.add(word.toString());
    }
    word.setLength(0);
    return 0;
  }

  private static boolean isCjk(int c) {
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
  }

  private static boolean isMark(int c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }
}
