package io.opsflow.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.DriverManager;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * When the database is out of reach, OpsFlow's API answers 503 with Retry-After (nothing was
 * saved; send again), not 500: the failure here is the real PostgreSQL driver's, refused a
 * connection, wrapped as the engine wraps it.
 */
class DatabaseUnavailableTest {

  @Test
  void aRefusedDatabaseConnectionIs503WithRetryAfter() {
    Throwable refused = catchThrowable(() -> DriverManager.getConnection("jdbc:postgresql://127.0.0.1:1/opsflow", "x", "x"));
    assertThat(refused).isInstanceOf(java.sql.SQLException.class);
    ProcessEngineException asTheEngineThrowsIt = new ProcessEngineException("could not open a connection", refused);

    ResponseEntity<ApiError> answer = new ApiExceptionHandler().unexpected(asTheEngineThrowsIt);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("5");
    assertThat(answer.getBody().message()).contains("try again");
  }

  @Test
  void aConnectionBrokenMidTransactionReportedAsItsFailedRollbackIs503() {
    // as Spring reports PostgreSQL's restart under a request: the rollback fails on the closed connection,
    // the statement the server cut off (a batch, its cause PostgreSQL's 57P01) kept aside
    java.sql.BatchUpdateException batch = new java.sql.BatchUpdateException("Batch entry 0 insert into ACT_HI_VARINST",
        new int[0]);
    batch.setNextException(new java.sql.SQLException("FATAL: terminating connection due to administrator command",
        "57P01"));
    org.springframework.transaction.TransactionSystemException rollback =
        new org.springframework.transaction.TransactionSystemException("JDBC rollback failed",
            new java.sql.SQLException("Connection is closed"));
    rollback.initApplicationException(new ProcessEngineException("ENGINE-03004 Exception while executing", batch));

    ResponseEntity<ApiError> answer = new ApiExceptionHandler().unexpected(
        new org.camunda.bpm.engine.ProcessEnginePersistenceException("in the persistence layer", rollback));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("5");
  }

  @Test
  void aCommitCutOffReportedAsTheRollbackOnTheEvictedConnectionIs503() throws Exception {
    // as Spring reports a commit that met PostgreSQL's restart: the commit's failure is only logged, and the
    // rollback fails on the stand-in HikariCP put in place of the broken connection
    Throwable closed;
    try (com.zaxxer.hikari.HikariDataSource pool = new com.zaxxer.hikari.HikariDataSource()) {
      pool.setJdbcUrl("jdbc:h2:mem:evicted");
      java.sql.Connection connection = pool.getConnection();
      connection.close();
      closed = catchThrowable(connection::rollback);
    }
    assertThat(closed).isInstanceOf(java.sql.SQLException.class).hasMessage("Connection is closed");
    org.springframework.transaction.TransactionSystemException rollback =
        new org.springframework.transaction.TransactionSystemException("JDBC rollback failed", closed);

    ResponseEntity<ApiError> answer = new ApiExceptionHandler().unexpected(
        new org.camunda.bpm.engine.ProcessEnginePersistenceException("in the persistence layer", rollback));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("5");
    ResponseEntity<ApiError> notThePools = new ApiExceptionHandler().unexpected(
        new org.camunda.bpm.engine.ProcessEnginePersistenceException("in the persistence layer",
            new org.springframework.transaction.TransactionSystemException("JDBC rollback failed",
                new java.sql.SQLException("Connection is closed"))));
    assertThat(notThePools.getStatusCode()).as("the same words from elsewhere").isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
  }

  @Test
  void anyOtherFailureStays500() {
    ResponseEntity<ApiError> answer = new ApiExceptionHandler().unexpected(new IllegalStateException("a bug"));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
    assertThat(answer.getHeaders().getFirst("Retry-After")).isNull();
  }
}
