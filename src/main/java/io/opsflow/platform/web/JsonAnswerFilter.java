package io.opsflow.platform.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A filter that changes a JSON object Camunda answered before it leaves: the answer is held back,
 * given to {@link #rewrite} as a tree, and sent as rewritten (or as it was, when nothing changed).
 */
abstract class JsonAnswerFilter extends OncePerRequestFilter {

  static final ObjectMapper JSON = new ObjectMapper();

  /** Changes the answer in place; true when it changed anything. */
  protected abstract boolean rewrite(int status, JsonNode answer);

  @Override
  protected final void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, answer);
    byte[] body = answer.getContentAsByteArray();
    if (body.length > 0 && body[0] == '{') {
      JsonNode json = JSON.readTree(body);
      if (rewrite(answer.getStatus(), json)) {
        answer.resetBuffer();
        answer.getOutputStream().write(JSON.writeValueAsBytes(json));
      }
    }
    answer.copyBodyToResponse();
  }
}
