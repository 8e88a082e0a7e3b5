package io.opsflow.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.opsflow.Http;
import io.opsflow.OpsFlowTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Failed logins delay the user at that source address, and the source address, with 429 and
 * Retry-After; nobody is locked out, and a stranger's wrong passwords cost the real user nothing.
 */
@OpsFlowTest
class LoginThrottleTest {

  static final String RECEIVER = "/api/alerts/alertmanager";
  /** A notification that passes authentication and is refused (400) before anything is stored. */
  static final String VERSION_3 = "{\"version\":\"3\",\"groupKey\":\"throttle\",\"alerts\":[]}";

  @LocalServerPort
  int port;
  @Autowired
  LoginThrottle throttle;
  @Autowired
  IdentityService identity;

  TestClock clock = new TestClock();

  @BeforeEach
  @AfterEach
  void forgetEveryFailure() {
    throttle.clear();
    throttle.setClock(Clock.systemUTC());
    // Camunda still notes each failed attempt, with a lock that expires at once by the engine's
    // clock; tests that set that clock into the past would find the users locked: clear the notes
    for (String user : List.of("cab", "knowledge-manager", "dr-coordinator", "tester", "alertmanager")) {
      identity.unlockUser(user);
    }
  }

  @Test
  void aStrangersWrongPasswordDoesNotStopTheRealAlertmanager() {
    Http stranger = new Http(port).as("alertmanager", "guessed");
    Http alertmanager = new Http(port).as("alertmanager", "demo");

    assertThat(stranger.post(RECEIVER, VERSION_3).status()).isEqualTo(401);
    // Camunda's login delay (3 s after one failure) refused the real password: no longer
    assertThat(identity.checkPassword("alertmanager", "demo")).isTrue();
    assertThat(alertmanager.post(RECEIVER, VERSION_3).status()).as("authenticated, then refused as version 3")
        .isEqualTo(400);

    // strangers elsewhere, however many, never delay the real alertmanager's address
    for (int i = 0; i < 20; i++) {
      throttle.failed("alertmanager", "203.0.113.7");
    }
    assertThat(throttle.waiting("alertmanager", "203.0.113.7")).isPresent();
    assertThat(alertmanager.post(RECEIVER, VERSION_3).status()).isEqualTo(400);
  }

  @Test
  void afterTheLimitOfWrongPasswordsTheSameUserAndSourceWaitWith429AndRetryAfter() {
    Http wrong = new Http(port).as("knowledge-manager", "wrong");
    Http right = new Http(port).as("knowledge-manager", "demo");
    throttle.setClock(clock);

    for (int i = 0; i < 5; i++) {
      assertThat(wrong.get("/api/me").status()).as("failure " + (i + 1)).isEqualTo(401);
    }
    Http.Response waiting = right.get("/api/me");
    assertThat(waiting.status()).isEqualTo(429);
    assertThat(waiting.header("Retry-After")).isEqualTo("1");
    assertThat(waiting.json().get("message").asText()).contains("too many failed logins");
    assertThat(right.get("/engine-rest/task").status()).as("every Basic path").isEqualTo(429);
    assertThat(new Http(port).as("support-l1", "demo").get("/api/me").status()).as("another user").isEqualTo(200);
    assertThat(throttle.waiting("knowledge-manager", "198.51.100.4")).as("another source").isEmpty();

    clock.advance(Duration.ofMillis(1001));
    assertThat(wrong.get("/api/me").status()).isEqualTo(401);
    assertThat(right.get("/api/me").header("Retry-After")).as("the wait doubles").isEqualTo("2");
    clock.advance(Duration.ofSeconds(2));
    assertThat(right.get("/api/me").status()).isEqualTo(200);
    assertThat(wrong.get("/api/me").status()).as("the success reset the count").isEqualTo(401);
    assertThat(right.get("/api/me").status()).isEqualTo(200);
  }

  @Test
  void aPersonIsNeverLockedOutInCamundasSense() {
    Http wrong = new Http(port).as("dr-coordinator", "wrong");
    throttle.setClock(clock);

    for (int i = 0; i < 20; i++) {
      clock.advance(Duration.ofSeconds(61)); // past any wait: every attempt reaches the password check
      assertThat(wrong.get("/api/me").status()).as("failure " + (i + 1)).isEqualTo(401);
    }
    clock.advance(Duration.ofSeconds(61));

    assertThat(identity.checkPassword("dr-coordinator", "demo")).isTrue();
    assertThat(new Http(port).as("dr-coordinator", "demo").get("/api/me").status()).isEqualTo(200);
  }

  @Test
  void theWebappsLoginIsThrottledAndClosedToTechnicalUsers() {
    for (int i = 0; i < 5; i++) {
      assertThat(new Http(port).webappLogin("tasklist", "tester", "wrong").status()).as("failure " + (i + 1))
          .isEqualTo(401);
    }
    Http.Response waiting = new Http(port).webappLogin("tasklist", "tester", "demo");
    assertThat(waiting.status()).isEqualTo(429);
    assertThat(waiting.header("Retry-After")).isNotNull();

    throttle.clear();
    assertThat(new Http(port).webappLogin("tasklist", "tester", "demo").status()).isEqualTo(200);
    assertThat(new Http(port).webappLogin("welcome", "alertmanager", "demo").status()).isEqualTo(403);
    assertThat(new Http(port).webappLogin("welcome", "prometheus", "demo").status()).isEqualTo(403);
  }

  @Test
  void administratorsSeeTheThrottledUsersAndSources() {
    for (int i = 0; i < 5; i++) {
      new Http(port).as("cab", "wrong").get("/api/me");
    }

    Http.Response seen = new Http(port).as("admin", "admin").get("/api/security/login-throttle");
    assertThat(seen.status()).isEqualTo(200);
    List<JsonNode> entries = StreamSupport.stream(seen.json().get("throttled").spliterator(), false).toList();
    assertThat(entries).anySatisfy(entry -> {
      assertThat(entry.get("user").asText()).isEqualTo("cab");
      assertThat(entry.get("source").asText()).isNotBlank();
      assertThat(entry.get("failures").asInt()).isEqualTo(5);
      assertThat(entry.get("until").asText()).isNotBlank();
    });
    assertThat(entries).as("the source alone").anySatisfy(entry -> {
      assertThat(entry.has("user")).isFalse();
      assertThat(entry.get("failures").asInt()).isEqualTo(5);
    });
    assertThat(new Http(port).as("ops-admin", "demo").get("/api/security/login-throttle").status()).isEqualTo(200);
    assertThat(new Http(port).as("support-l1", "demo").get("/api/security/login-throttle").status()).isEqualTo(403);
    assertThat(new Http(port).get("/api/security/login-throttle").status()).isEqualTo(401);
  }

  /** A clock the test moves on. */
  static final class TestClock extends Clock {

    private Instant now = Instant.now();

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
