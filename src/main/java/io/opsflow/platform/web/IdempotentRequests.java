package io.opsflow.platform.web;

import io.opsflow.platform.BadRequestException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;

/**
 * Create requests that a client may safely send again. With an {@code Idempotency-Key} header,
 * the key, the request's fingerprint and the answer are stored in the same transaction that
 * creates the ticket: a client that lost the answer (a crash, a timeout, a node gone) retries with
 * the same key and gets the same answer (header {@code Idempotent-Replayed: true}), never a second
 * ticket; two concurrent requests with one key create one ticket. The same key with a different
 * request is refused (422). Keys are the caller's own and kept for {@code opsflow.idempotency.keep}.
 */
@Component
public class IdempotentRequests {

  public static final String HEADER = "Idempotency-Key";
  static final String REPLAYED = "Idempotent-Replayed";

  private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final IdentityService identity;
  private final Duration keep;

  IdempotentRequests(JdbcClient jdbc, PlatformTransactionManager transactions, IdentityService identity,
      @Value("${opsflow.idempotency.keep:P1D}") Duration keep) {
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactions);
    this.identity = identity;
    this.keep = keep;
  }

  /**
   * Creates a ticket once per the request's {@value #HEADER} header and answers 201: its Location
   * the endpoint and the new ticket's number ({@code /api/changes/CHG-2026-000001}), its body what
   * {@code create} returned. A controller's whole POST: {@code return idempotent.created("/api/changes",
   * rfc, () -> intake.submit(rfc), Opened::changeNumber);}
   */
  public <T> ResponseEntity<?> created(String endpoint, Object request, Supplier<T> create, Function<T, String> number) {
    String key = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest()
        .getHeader(HEADER);
    return once(key, endpoint, request, () -> {
      T created = create.get();
      return ResponseEntity.created(URI.create(endpoint + "/" + number.apply(created))).body(created);
    });
  }

  /**
   * Creates once: without a key, simply {@code create}; with one, {@code create} runs in one
   * transaction with the stored key, or the stored answer of an earlier request is returned.
   */
  public ResponseEntity<?> once(String key, String endpoint, Object request, Supplier<ResponseEntity<?>> create) {
    if (key == null) {
      return create.get();
    }
    if (key.isBlank() || key.length() > 100 || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      throw new BadRequestException(HEADER, HEADER + " must be 1 to 100 visible ASCII characters");
    }
    String caller = identity.getCurrentAuthentication().getUserId();
    String fingerprint = fingerprint(endpoint, request);
    try {
      return transaction.execute(status -> {
        jdbc.sql("INSERT INTO opsflow_idempotency_key (caller, idempotency_key, endpoint, request_hash, created_at) "
            + "VALUES (?, ?, ?, ?, ?)").params(caller, key, endpoint, fingerprint, Timestamp.from(Instant.now())).update();
        ResponseEntity<?> answer = create.get();
        jdbc.sql("UPDATE opsflow_idempotency_key SET status = ?, location = ?, body = ? WHERE caller = ? AND idempotency_key = ?")
            .params(answer.getStatusCode().value(),
                answer.getHeaders().getLocation() == null ? null : answer.getHeaders().getLocation().toString(),
                json(answer.getBody()), caller, key)
            .update();
        return answer;
      });
    } catch (DuplicateKeyException sentBefore) {
      return replay(caller, key, fingerprint);
    }
  }

  private ResponseEntity<?> replay(String caller, String key, String fingerprint) {
    record Stored(String requestHash, Integer status, String location, String body) {
    }
    Optional<Stored> stored = jdbc.sql("SELECT request_hash, status, location, body FROM opsflow_idempotency_key "
            + "WHERE caller = ? AND idempotency_key = ?")
        .params(caller, key).query(Stored.class).optional();
    if (stored.isEmpty() || stored.get().status() == null) {
      // the first request's transaction ended without an answer being stored: it did not create
      throw new ResponseStatusException(HttpStatus.CONFLICT, "a request with this " + HEADER + " is still being answered");
    }
    if (!stored.get().requestHash().equals(fingerprint)) {
      throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_ENTITY,
          HEADER + " " + key + " was used for a different request");
    }
    ResponseEntity.BodyBuilder answer = ResponseEntity.status(stored.get().status()).header(REPLAYED, "true")
        .contentType(MediaType.APPLICATION_JSON);
    if (stored.get().location() != null) {
      answer.location(URI.create(stored.get().location()));
    }
    return answer.body(stored.get().body());
  }

  /** Keys older than {@code opsflow.idempotency.keep} are forgotten. */
  @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
  void forgetOldKeys() {
    jdbc.sql("DELETE FROM opsflow_idempotency_key WHERE created_at < ?")
        .param(Timestamp.from(Instant.now().minus(keep))).update();
  }

  private static String fingerprint(String endpoint, Object request) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest((endpoint + "\n" + json(request)).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value, e);
    }
  }
}
