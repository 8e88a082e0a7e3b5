package io.opsflow.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * OpsFlow's translations of the Camunda webapps (locales/zh.json) against the English of the
 * webjar on the classpath: only keys the webapp knows, each with the same {{placeholders}} and HTML
 * tags, and the apps people use every day translated whole (cockpit: its most visible parts). A
 * new language gets a row per app.
 */
class WebappTranslationsTest {

  private static final String APP = "META-INF/resources/webjars/camunda/app/";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}]*?)\\s*}}");
  private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^>]*>");
  private final ObjectMapper json = new ObjectMapper();

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"tasklist, zh, 1.0", "welcome, zh, 1.0", "admin, zh, 1.0", "cockpit, zh, 0.6"})
  void theTranslationsMatchTheEnglishTexts(String app, String language, double translatedShare) throws IOException {
    JsonNode english = read(APP + app + "/locales/en.json").path("labels");
    JsonNode translated = read(APP + app + "/locales/" + language + ".json").path("labels");

    List<String> unknown = new ArrayList<>();
    List<String> mismatched = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : translated.properties()) {
      String key = entry.getKey();
      if (!english.has(key)) {
        unknown.add(key);
        continue;
      }
      String en = english.get(key).asText();
      String text = entry.getValue().asText();
      if (!all(PLACEHOLDER, en).equals(all(PLACEHOLDER, text)) || !all(TAG, en).equals(all(TAG, text))) {
        mismatched.add(key + ": " + en + " | " + text);
      }
    }
    assertThat(unknown).as("keys the webapp does not know").isEmpty();
    assertThat(mismatched).as("placeholders or HTML differing from the English").isEmpty();

    double translatable = english.size() - 1; // the Camunda 8 banner is hidden, not translated
    assertThat(translated.size() / translatable).as(app + " " + language + ": share translated")
        .isGreaterThanOrEqualTo(translatedShare);
    assertThat(translated.has("BANNER_CE_EOL_TEXT")).isFalse();
  }

  private JsonNode read(String resource) throws IOException {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return json.readTree(in); // Jackson skips the webjar's byte order mark
    }
  }

  private static List<String> all(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    List<String> found = new ArrayList<>();
    while (matcher.find()) {
      found.add(matcher.groupCount() > 0 ? matcher.group(1) : matcher.group());
    }
    return found.stream().sorted().collect(Collectors.toList());
  }
}
