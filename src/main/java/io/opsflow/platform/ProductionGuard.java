package io.opsflow.platform;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Refuses to start the {@code prod} profile with a default administrator password or on the
 * embedded H2 database, before anything touches the database.
 */
public class ProductionGuard implements EnvironmentPostProcessor, Ordered {

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (!environment.acceptsProfiles(Profiles.of("prod"))) {
      return;
    }
    List<String> problems = new ArrayList<>();
    String password = environment.getProperty("opsflow.admin.password", "");
    if (password.isBlank() || password.equals("admin")) {
      problems.add("OPSFLOW_ADMIN_PASSWORD is " + (password.isBlank() ? "unset" : "the default 'admin'")
          + ": set the administrator's password in the environment");
    }
    if ("demo".equals(environment.getProperty("opsflow.alertmanager.password"))) {
      problems.add("OPSFLOW_ALERTMANAGER_PASSWORD is the demo password: set another or leave it unset");
    }
    if ("demo".equals(environment.getProperty("opsflow.prometheus.password"))) {
      problems.add("OPSFLOW_PROMETHEUS_PASSWORD is the demo password: set another or leave it unset");
    }
    if ("demo".equals(environment.getProperty("opsflow.inspection-agent.password"))) {
      problems.add("OPSFLOW_INSPECTION_AGENT_PASSWORD is the demo password: set another or leave it unset");
    }
    if ("demo".equals(environment.getProperty("opsflow.discovery-agent.password"))) {
      problems.add("OPSFLOW_DISCOVERY_AGENT_PASSWORD is the demo password: set another or leave it unset");
    }
    String url = environment.getProperty("spring.datasource.url", "");
    if (url.startsWith("jdbc:h2:")) {
      problems.add("the datasource is the embedded H2 database: add the postgres profile "
          + "(--spring.profiles.active=prod,postgres) and set OPSFLOW_DB_URL, OPSFLOW_DB_USER, OPSFLOW_DB_PASSWORD");
    }
    if (!problems.isEmpty()) {
      throw new UnsafeProductionConfiguration(problems);
    }
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE; // after the configuration files are read
  }

  /** The prod profile's start-up refusal, explained by {@link Analyzer}. */
  static class UnsafeProductionConfiguration extends IllegalStateException {

    final List<String> problems;

    UnsafeProductionConfiguration(List<String> problems) {
      super("OpsFlow refuses to start in the prod profile: " + String.join("; ", problems));
      this.problems = problems;
    }
  }

  /** Prints the refusal as Spring Boot's "APPLICATION FAILED TO START" report. */
  public static class Analyzer extends AbstractFailureAnalyzer<UnsafeProductionConfiguration> {

    @Override
    protected FailureAnalysis analyze(Throwable root, UnsafeProductionConfiguration cause) {
      return new FailureAnalysis("OpsFlow refuses to start in the prod profile:\n  - "
          + String.join("\n  - ", cause.problems),
          "Fix the settings above, or run without the prod profile for a demo.", cause);
    }
  }
}
