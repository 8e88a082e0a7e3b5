package io.opsflow.platform.web;

import io.opsflow.platform.BadRequestException;
import io.opsflow.platform.DatabaseOutage;
import org.camunda.bpm.engine.AuthorizationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Turns every failure of OpsFlow's API into an {@link ApiError}; never a stack trace. */
@RestControllerAdvice
class ApiExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(BadRequestException.class)
  ResponseEntity<ApiError> badRequest(BadRequestException e) {
    return answer(HttpStatus.BAD_REQUEST, e.getMessage(), e.field());
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<ApiError> invalid(MethodArgumentNotValidException e) {
    FieldError error = e.getBindingResult().getFieldError();
    return error == null
        ? answer(HttpStatus.BAD_REQUEST, "invalid request", null)
        : answer(HttpStatus.BAD_REQUEST, error.getField() + " " + error.getDefaultMessage(), error.getField());
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
    if (e.getCause() instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException mismatch
        && !mismatch.getPath().isEmpty()) {
      String field = mismatch.getPath().stream()
          .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
          .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElseThrow();
      return answer(HttpStatus.BAD_REQUEST, field + " must be " + expected(mismatch.getTargetType()), field);
    }
    return answer(HttpStatus.BAD_REQUEST, "the request body is not valid JSON of the expected shape", null);
  }

  private static String expected(Class<?> type) {
    if (type == null) {
      return "of the expected shape";
    }
    if (CharSequence.class.isAssignableFrom(type)) {
      return "text";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
      return "a number";
    }
    return java.util.Collection.class.isAssignableFrom(type) || type.isArray() ? "a list" : "of the expected shape";
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<ApiError> missing(MissingServletRequestParameterException e) {
    return answer(HttpStatus.BAD_REQUEST, e.getParameterName() + " is required", e.getParameterName());
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ApiError> mismatch(MethodArgumentTypeMismatchException e) {
    return answer(HttpStatus.BAD_REQUEST, e.getName() + " has an invalid value", e.getName());
  }

  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<ApiError> forbidden(AuthorizationException e) {
    return answer(HttpStatus.FORBIDDEN, "you are not allowed to do this", null);
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ResponseEntity<ApiError> notFound(NoResourceFoundException e) {
    return answer(HttpStatus.NOT_FOUND, "no such resource: /" + e.getResourcePath(), null);
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e) {
    return answer(HttpStatus.METHOD_NOT_ALLOWED, e.getMethod() + " is not supported here", null);
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e) {
    return answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "send application/json", null);
  }

  @ExceptionHandler(ResponseStatusException.class)
  ResponseEntity<ApiError> status(ResponseStatusException e) {
    HttpStatus status = HttpStatus.valueOf(e.getStatusCode().value());
    return answer(status, e.getReason() != null ? e.getReason() : status.getReasonPhrase(), null);
  }

  @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
  ResponseEntity<Void> notAcceptable(HttpMediaTypeNotAcceptableException e) {
    return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).build(); // no body the client accepts
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ApiError> unexpected(Exception e) {
    if (DatabaseOutage.isCause(e)) {
      LOG.warn("API request failed while the database is unavailable: {}", e.toString());
      return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS)
          .body(ApiError.of(HttpStatus.SERVICE_UNAVAILABLE, DatabaseOutage.MESSAGE, null));
    }
    LOG.error("Unexpected failure of an API request", e);
    return answer(HttpStatus.INTERNAL_SERVER_ERROR, "an unexpected error occurred; it has been logged", null);
  }

  private static ResponseEntity<ApiError> answer(HttpStatus status, String message, String field) {
    return ResponseEntity.status(status).body(ApiError.of(status, message, field));
  }
}
