package io.opsflow.platform.metrics;

import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

/**
 * Database reads for metrics: a read that fails (the database away for a moment) is logged and
 * yields nothing, so a metric is skipped instead of failing the scrape or the refresh.
 */
public final class MetricReads {

  private static final Logger LOG = LoggerFactory.getLogger(MetricReads.class);

  private MetricReads() {
  }

  public static <T> Optional<T> read(String metric, Supplier<T> query) {
    try {
      return Optional.ofNullable(query.get());
    } catch (DataAccessException e) {
      LOG.warn("Metric {} not read: {}", metric, e.getMessage());
      return Optional.empty();
    }
  }
}
