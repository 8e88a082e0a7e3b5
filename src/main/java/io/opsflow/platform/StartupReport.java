package io.opsflow.platform;

import java.lang.management.ManagementFactory;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The last lines of the start-up log: where to go and how to log in. */
@Component
class StartupReport {

  private static final Logger LOG = LoggerFactory.getLogger(StartupReport.class);

  private final boolean demo;

  StartupReport(@Value("${opsflow.demo.enabled}") boolean demo) {
    this.demo = demo;
  }

  @EventListener
  void ready(ApplicationReadyEvent event) {
    // ready now; said a moment later, so that these are the log's last lines (the job executor starts on the same event)
    double seconds = ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
    CompletableFuture.delayedExecutor(300, TimeUnit.MILLISECONDS).execute(() -> report(event, seconds));
  }

  private void report(ApplicationReadyEvent event, double seconds) {
    String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port", "8080");
    String base = "http://localhost:" + port;
    StringBuilder report = new StringBuilder()
        .append("\n\n  OpsFlow is ready (started in %.1f s)\n".formatted(seconds))
        .append("    Tasklist   ").append(base).append("/camunda/app/tasklist/\n")
        .append("    Cockpit    ").append(base).append("/camunda/app/cockpit/\n")
        .append("    Admin      ").append(base).append("/camunda/app/admin/\n")
        .append("    REST       ").append(base).append("/engine-rest  and  ").append(base)
        .append("/api  (HTTP Basic)\n")
        .append("    Health     ").append(base).append("/actuator/health\n");
    if (demo) {
      report.append("  Demo logins (password 'demo'): one user per role, named like its group -\n")
          .append("    service-desk, support-l1, support-l2, support-l3, incident-manager, change-manager,\n")
          .append("    cab, process-owner, ops-admin, ... ; 'demo' is in every group; administrator: admin\n");
    }
    LOG.info(report.toString());
  }
}
