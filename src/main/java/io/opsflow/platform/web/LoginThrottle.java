package io.opsflow.platform.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Failed logins counted in memory, per user and source address and per source address alone,
 * in place of Camunda's lock-out (which anyone who knows a user id could trigger). Once a key
 * has {@code limit} failures, it waits: {@code initial-delay}, doubling with every further
 * failure up to {@code max-delay}; while it waits, logins of that key are answered 429 without
 * the password being checked. A success resets the user's key for that source; a key without a
 * failure for {@code forget-after} is forgotten. Because every key includes the source, a
 * stranger's wrong passwords never keep the real user out from elsewhere.
 *
 * <p>The source is the request's remote address: behind a reverse proxy, set
 * {@code server.forward-headers-strategy=native} so that it is the client's. Each node counts
 * on its own.
 */
@Component
public class LoginThrottle {

  private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);
  /** Above this many keys, stale ones are dropped, then ones not waiting. */
  private static final int MAX_KEYS = 100_000;

  /** One throttled key: a user at a source, or a source alone (user null). */
  public record Key(String user, String source) {
  }

  /** What an administrator sees of a key: its failures, and until when it waits (null: not waiting). */
  public record Entry(String user, String source, int failures, Instant until) {
  }

  private static final class Count {
    int failures;
    Instant lastFailure;
    Instant until;
  }

  private final Map<Key, Count> counts = new ConcurrentHashMap<>();
  private final int userLimit;
  private final int sourceLimit;
  private final Duration initialDelay;
  private final Duration maxDelay;
  private final Duration forgetAfter;
  private volatile Clock clock = Clock.systemUTC();

  LoginThrottle(@Value("${opsflow.security.login-throttle.user-limit:5}") int userLimit,
      @Value("${opsflow.security.login-throttle.source-limit:50}") int sourceLimit,
      @Value("${opsflow.security.login-throttle.initial-delay:1s}") Duration initialDelay,
      @Value("${opsflow.security.login-throttle.max-delay:60s}") Duration maxDelay,
      @Value("${opsflow.security.login-throttle.forget-after:15m}") Duration forgetAfter) {
    this.userLimit = userLimit;
    this.sourceLimit = sourceLimit;
    this.initialDelay = initialDelay;
    this.maxDelay = maxDelay;
    this.forgetAfter = forgetAfter;
  }

  /** How long a login of the user from the source must still wait; empty when it may try. */
  public Optional<Duration> waiting(String user, String source) {
    Instant now = clock.instant();
    Instant until = later(until(new Key(user, source), now), until(new Key(null, source), now));
    return until == null ? Optional.empty() : Optional.of(Duration.between(now, until));
  }

  /** A wrong password (or unknown user) from the source. */
  public void failed(String user, String source) {
    Instant now = clock.instant();
    count(new Key(user, source), userLimit, now);
    count(new Key(null, source), sourceLimit, now);
    if (counts.size() > MAX_KEYS) {
      prune(now);
    }
  }

  /** The right password: the user's failures from this source are forgotten. */
  public void succeeded(String user, String source) {
    counts.remove(new Key(user, source));
  }

  /** Every key with failures, most failures first. */
  public List<Entry> entries() {
    Instant now = clock.instant();
    return counts.entrySet().stream()
        .filter(e -> !stale(e.getValue(), now))
        .map(e -> {
          synchronized (e.getValue()) {
            Instant until = e.getValue().until != null && e.getValue().until.isAfter(now) ? e.getValue().until : null;
            return new Entry(e.getKey().user(), e.getKey().source(), e.getValue().failures, until);
          }
        })
        .sorted(Comparator.comparingInt(Entry::failures).reversed())
        .toList();
  }

  /** Forgets every count (tests). */
  public void clear() {
    counts.clear();
  }

  /** The clock the waits are measured by (tests move it on). */
  public void setClock(Clock clock) {
    this.clock = clock;
  }

  private void count(Key key, int limit, Instant now) {
    Count count = counts.computeIfAbsent(key, k -> new Count());
    synchronized (count) {
      if (stale(count, now)) {
        count.failures = 0;
        count.until = null;
      }
      count.failures++;
      count.lastFailure = now;
      if (count.failures >= limit) {
        int over = Math.min(count.failures - limit, 30);
        Duration delay = initialDelay.multipliedBy(1L << over);
        if (delay.compareTo(maxDelay) > 0 || delay.isNegative()) {
          delay = maxDelay;
        }
        count.until = now.plus(delay);
        LOG.warn("Login throttled after {} failed attempts: user {} from {} waits {} s", count.failures,
            key.user() == null ? "(any)" : key.user(), key.source(), delay.toSeconds());
      }
    }
  }

  private Instant until(Key key, Instant now) {
    Count count = counts.get(key);
    if (count == null) {
      return null;
    }
    synchronized (count) {
      return count.until != null && count.until.isAfter(now) ? count.until : null;
    }
  }

  private boolean stale(Count count, Instant now) {
    return count.lastFailure != null && count.lastFailure.plus(forgetAfter).isBefore(now)
        && (count.until == null || !count.until.isAfter(now));
  }

  private void prune(Instant now) {
    counts.values().removeIf(count -> stale(count, now));
    if (counts.size() > MAX_KEYS) {
      counts.values().removeIf(count -> count.until == null || !count.until.isAfter(now));
    }
  }

  private static Instant later(Instant a, Instant b) {
    return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
  }
}
