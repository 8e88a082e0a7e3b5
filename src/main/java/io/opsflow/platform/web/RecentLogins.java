package io.opsflow.platform.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import io.opsflow.platform.engine.EngineInterceptors;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * HTTP Basic credentials checked in the last {@code opsflow.security.credential-cache} (10 s), with the
 * user's groups and tenants: a client that calls again meanwhile (Alertmanager, a monitoring or service
 * desk tool, a script) is not checked against the database again. Checking the password and reading the
 * groups and tenants took a fifth of an incident report's time on PostgreSQL (docs/BENCHMARKS.md).
 * <ul>
 *   <li>Only successful checks are kept; a wrong password is always checked, and counted by
 *       {@link LoginThrottle}.
 *   <li>The password is kept as an HMAC under a key made at start and never stored: the memory holds no
 *       password.
 *   <li>Any change of a user, group, tenant or membership through the engine (Admin, the identity
 *       service, OpsFlow's own set-up) forgets every kept check on this node at once; on the other nodes
 *       it applies once their checks are older than the cache's time. {@code 0s} turns the cache off.
 * </ul>
 */
@Component
public class RecentLogins extends AbstractProcessEnginePlugin {

  /** A successful check: who, in which groups and tenants. */
  record Login(String userId, List<String> groups, List<String> tenants, long expiresAt) {
  }

  /** The engine's commands that change who someone is or what groups and tenants they belong to. */
  static final Set<String> IDENTITY_CHANGES = Set.of("SaveUserCmd", "DeleteUserCmd", "SaveGroupCmd", "DeleteGroupCmd",
      "CreateMembershipCmd", "DeleteMembershipCmd", "SaveTenantCmd", "DeleteTenantCmd", "CreateTenantUserMembershipCmd",
      "DeleteTenantUserMembershipCmd", "CreateTenantGroupMembershipCmd", "DeleteTenantGroupMembershipCmd",
      "UnlockUserCmd");
  private static final int MAX_KEPT = 10_000;

  private final long ttlNanos;
  private final Map<String, Login> kept = new ConcurrentHashMap<>();
  /** Counts the forgettings: a check that began before one is not kept. */
  private final AtomicLong generation = new AtomicLong();
  private final ThreadLocal<Mac> mac;

  RecentLogins(@Value("${opsflow.security.credential-cache:10s}") Duration ttl) {
    this.ttlNanos = ttl.toNanos();
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    SecretKeySpec secret = new SecretKeySpec(key, "HmacSHA256");
    this.mac = ThreadLocal.withInitial(() -> {
      try {
        Mac m = Mac.getInstance("HmacSHA256");
        m.init(secret);
        return m;
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    });
  }

  /** The user's successful check within the cache's time with this very password, or null. */
  Login find(String userId, String password) {
    if (ttlNanos <= 0) {
      return null;
    }
    Login login = kept.get(key(userId, password));
    return login != null && login.expiresAt() - System.nanoTime() > 0 ? login : null;
  }

  /** Taken before a check, and handed to {@link #remember}. */
  long generation() {
    return generation.get();
  }

  /** Keeps a successful check that began at {@code since} (a generation), unless the identities changed meanwhile. */
  Login remember(String userId, String password, List<String> groups, List<String> tenants, long since) {
    Login login = new Login(userId, List.copyOf(groups), List.copyOf(tenants), System.nanoTime() + ttlNanos);
    if (ttlNanos > 0 && since == generation.get()) {
      if (kept.size() >= MAX_KEPT) {
        long now = System.nanoTime();
        kept.values().removeIf(l -> l.expiresAt() - now <= 0);
        if (kept.size() >= MAX_KEPT) {
          kept.clear();
        }
      }
      kept.put(key(userId, password), login);
      if (since != generation.get()) {
        kept.clear(); // forgotten while it was put
      }
    }
    return login;
  }

  /** Forgets every kept check. */
  void forgetAll() {
    generation.incrementAndGet();
    kept.clear();
  }

  private String key(String userId, String password) {
    byte[] digest = mac.get().doFinal((userId + '\0' + password).getBytes(StandardCharsets.UTF_8));
    return userId + ':' + Base64.getEncoder().encodeToString(digest);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EngineInterceptors.addOutsideTransaction(configuration, new ForgetOnIdentityChange());
  }

  /**
   * Forgets the kept checks when an identity change has run: after its transaction, so that no request
   * keeps what it read before the change was committed (and also before, for the requests meanwhile).
   */
  private final class ForgetOnIdentityChange extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      if (!IDENTITY_CHANGES.contains(command.getClass().getSimpleName())) {
        return next.execute(command);
      }
      forgetAll();
      try {
        return next.execute(command);
      } finally {
        forgetAll();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
          TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              forgetAll();
            }
          });
        }
      }
    }
  }
}
