package io.opsflow.platform;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionSystemException;

/** Tells a failure caused by the database being out of reach from any other. */
public final class DatabaseOutage {

  /** What a request that met an outage is told: 503, with these seconds in Retry-After. */
  public static final String RETRY_AFTER_SECONDS = "5";
  public static final String MESSAGE = "the database is unavailable; nothing was saved, try again";

  /**
   * Whether the failure is the database being out of reach (restarting, failed over, the pool
   * exhausted): no connection, or a connection broken (SQL states 08…, 57P…). The transaction
   * rolled back, so the client may safely send again (with its Idempotency-Key), and a job may be
   * run again. A connection broken mid-transaction is often reported as its failed rollback, the
   * broken statement kept aside (as the rollback's application exception, a suppressed exception, or
   * a batch's next exception): every one of those is looked at.
   */
  public static boolean isCause(Throwable e) {
    Deque<Throwable> toSee = new ArrayDeque<>(List.of(e));
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    while (!toSee.isEmpty()) {
      Throwable cause = toSee.pop();
      if (!seen.add(cause) || seen.size() > 100) {
        continue;
      }
      if (cause instanceof CannotGetJdbcConnectionException
          || cause instanceof SQLTransientConnectionException
          || cause instanceof SQLNonTransientConnectionException
          || cause instanceof ConnectException
          || cause instanceof SQLException sql && sql.getSQLState() != null
              && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))
          || cause instanceof SQLException && fromEvictedConnection(cause)) {
        return true;
      }
      if (cause.getCause() != null) {
        toSee.add(cause.getCause());
      }
      toSee.addAll(List.of(cause.getSuppressed()));
      if (cause instanceof TransactionSystemException rollback
          && rollback.getApplicationException() != null) {
        toSee.add(rollback.getApplicationException());
      }
      if (cause instanceof SQLException sql && sql.getNextException() != null) {
        toSee.add(sql.getNextException());
      }
    }
    return false;
  }

  /**
   * Thrown by the pool's stand-in for a connection it took away, which HikariCP does when the
   * connection broke (SQL state 08…, 57P…). A commit cut off by a restart is reported so: Spring
   * logs the commit's failure and throws the rollback's, "Connection is closed", with no SQL state.
   */
  private static boolean fromEvictedConnection(Throwable e) {
    StackTraceElement[] at = e.getStackTrace();
    return at.length > 0 && at[0].getClassName().equals("com.zaxxer.hikari.pool.ProxyConnection$ClosedConnection");
  }

  private DatabaseOutage() {
  }
}
