package io.opsflow.platform.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Fills the options of a deployed Camunda Form from the {@link FormOptionSource}s as it is read
 * ({@code …/task/{id}/deployed-form}, {@code …/process-definition/…/deployed-start-form}, through
 * {@code /engine-rest} and Tasklist's own API): each component whose {@code valuesKey} names a
 * source gets that source's options as its {@code values}. Tasklist gives a start form no
 * variables, so this is how a start form offers today's configuration items. Other forms and
 * keys (a task's own variables, such as the finished tasks a tester picks from) pass unchanged.
 */
@Component
public class FormOptionsFilter extends JsonAnswerFilter {

  private final Map<String, FormOptionSource> sources;

  public FormOptionsFilter(List<FormOptionSource> sources) {
    this.sources = sources.stream().collect(Collectors.toMap(FormOptionSource::key, Function.identity()));
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String uri = request.getRequestURI();
    return !"GET".equals(request.getMethod())
        || !(uri.endsWith("/deployed-form") || uri.endsWith("/deployed-start-form"));
  }

  @Override
  protected boolean rewrite(int status, JsonNode form) {
    return status == 200 && fill(form);
  }

  /** Fills every component naming a source, nested ones (groups, dynamic lists) too. */
  private boolean fill(JsonNode node) {
    boolean filled = false;
    JsonNode components = node.path("components");
    for (JsonNode component : components) {
      JsonNode key = component.path("valuesKey");
      FormOptionSource source = key.isTextual() ? sources.get(key.asText()) : null;
      if (source != null && component instanceof ObjectNode object) {
        ArrayNode values = object.putArray("values");
        source.options().forEach(o -> values.addObject().put("label", o.label()).put("value", o.value()));
        object.remove("valuesKey");
        filled = true;
      }
      filled |= fill(component);
    }
    return filled;
  }
}
