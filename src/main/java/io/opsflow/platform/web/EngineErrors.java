package io.opsflow.platform.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;

/**
 * Camunda's REST answers 500 where the caller is at fault: an id of nothing ("task x doesn't
 * exist: task is null"), a required field left out (a NullPointerException in the engine). OpsFlow
 * answers those 404 and 400, and a change that met another one at the same moment 409; a real
 * server error stays 500.
 */
final class EngineErrors {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern NOT_FOUND = Pattern.compile(
      "(?i).*(doesn't exist|does not exist|not found|no [\\w ]+ found|cannot find|does not have a subscription"
          + "|no subscriptions were found).*", Pattern.DOTALL);
  private static final Set<String> CALLERS_FAULT = Set.of("NullValueException", "NullPointerException",
      "InvalidRequestException", "BadUserRequestException");

  /** How the engine says it, also when its REST wraps it ("Cannot complete task …: ENGINE-03005 …"). */
  private static final String CONCURRENT_UPDATE = "updated by another transaction concurrently";
  /** A change that met another one to the same task or instance three times over (ConcurrentChangeRetry). */
  static final String CHANGED_MEANWHILE = "This was changed by someone else at the same moment: reload it and try again"
      + " / 此项刚被他人同时修改，请刷新后重试";

  /** What a 500 of the engine's REST is, as an OpsFlow error, or null when it is a real server error. */
  static ApiError translate(byte[] body) {
    JsonNode error;
    try {
      error = JSON.readTree(body);
    } catch (IOException e) {
      return null;
    }
    if (error == null || !error.hasNonNull("type")) {
      return null;
    }
    String type = error.get("type").asText();
    String message = error.path("message").asText("");
    if ("OptimisticLockingException".equals(type) || message.contains(CONCURRENT_UPDATE)) {
      return ApiError.of(HttpStatus.CONFLICT, CHANGED_MEANWHILE, null);
    }
    if (NOT_FOUND.matcher(message).matches()) {
      return ApiError.of(HttpStatus.NOT_FOUND, message, null);
    }
    if ("NullPointerException".equals(type)) {
      return ApiError.of(HttpStatus.BAD_REQUEST, "a required field of the request is missing", null);
    }
    return CALLERS_FAULT.contains(type) ? ApiError.of(HttpStatus.BAD_REQUEST, message, null) : null;
  }

  private EngineErrors() {
  }
}
