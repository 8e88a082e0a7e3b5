package io.opsflow.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * The body of every error OpsFlow's own API answers: {@code {status, error, message, field}},
 * {@code field} naming the input at fault where there is one.
 */
public record ApiError(int status, String error, String message, String field) {

  private static final ObjectMapper JSON = new ObjectMapper()
      .setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL);

  public static ApiError of(HttpStatus status, String message, String field) {
    return new ApiError(status.value(), status.getReasonPhrase(), message, field);
  }

  /** Writes the error as the response, for servlet filters that answer before Spring MVC. */
  public static void write(HttpServletResponse response, HttpStatus status, String message) throws IOException {
    write(response, status, message, null);
  }

  public static void write(HttpServletResponse response, HttpStatus status, String message, String field)
      throws IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    JSON.writeValue(response.getOutputStream(), of(status, message, field));
  }
}
