package io.opsflow.platform.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Fills the options of a deployed Camunda Form from the {@link FormOptionSource}s as it is read
 * ({@code …/task/{id}/deployed-form}, {@code …/process-definition/…/deployed-start-form}, through
 * {@code /engine-rest} and Tasklist's own API): each component whose {@code valuesKey} names a
 * source gets that source's options as its {@code values}. Tasklist gives a start form no
 * variables, so this is how a start form offers today's configuration items. Other forms and
 * keys (a task's own variables, such as the finished tasks a tester picks from) pass unchanged.
 */
@Component
public class FormOptionsFilter extends OncePerRequestFilter {

  private static final ObjectMapper JSON = new ObjectMapper();

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
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, answer);
    byte[] body = answer.getContentAsByteArray();
    if (answer.getStatus() == 200 && body.length > 0 && body[0] == '{') {
      JsonNode form = JSON.readTree(body);
      if (fill(form)) {
        answer.resetBuffer();
        answer.getOutputStream().write(JSON.writeValueAsBytes(form));
      }
    }
    answer.copyBodyToResponse();
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
