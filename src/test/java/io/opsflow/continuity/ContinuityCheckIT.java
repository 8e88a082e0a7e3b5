package io.opsflow.continuity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.opsflow.Http;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A changed {@code opsflow.continuity.check} takes effect at the next start-up: OpsFlow is
 * started on one database with the daily check at 06:00, then again with it at 07:30, and the
 * daily check's timer follows; a third start with the same value deploys nothing more.
 */
class ContinuityCheckIT {

  @TempDir
  Path data;

  @Test
  void aChangedCheckScheduleAppliesAtTheNextStartUp() throws Exception {
    try (App app = App.start(data, "0 0 6 * * ?")) {
      assertThat(app.dailyCheckDue().getMinute()).isZero();
      assertThat(app.dailyCheckDue().getHour()).isEqualTo(6);
    }
    long versions;
    try (App app = App.start(data, "0 30 7 * * ?")) {
      assertThat(app.dailyCheckDue().getHour()).as("the new value, not the deployed one").isEqualTo(7);
      assertThat(app.dailyCheckDue().getMinute()).isEqualTo(30);
      assertThat(app.timers()).as("one daily check, not two").hasSize(1);
      versions = app.scheduleVersions();
    }
    try (App app = App.start(data, "0 30 7 * * ?")) {
      assertThat(app.dailyCheckDue().getHour()).isEqualTo(7);
      assertThat(app.scheduleVersions()).as("an unchanged value deploys nothing").isEqualTo(versions);
    }
  }

  /** OpsFlow in a process of its own, from the classes, on a free port (as RestartIT starts it). */
  static final class App implements AutoCloseable {

    private final Process process;
    private final Http admin;
    private final Path log;

    private App(List<String> command) throws IOException, InterruptedException {
      int port;
      try (ServerSocket socket = new ServerSocket(0)) {
        port = socket.getLocalPort();
      }
      List<String> full = new ArrayList<>(command);
      full.add("--server.port=" + port);
      log = Files.createTempFile("opsflow-check", ".log");
      process = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      admin = new Http(port).as("admin", "admin");
      awaitReady(new Http(port));
    }

    static App start(Path data, String check) throws IOException, InterruptedException {
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      return new App(List.of(java, "-cp", System.getProperty("java.class.path"), "io.opsflow.OpsFlowApplication",
          "--opsflow.data-dir=" + data, "--opsflow.models.watch=false", "--opsflow.continuity.check=" + check,
          "--camunda.bpm.job-execution.enabled=false"));
    }

    JsonNode timers() {
      return admin.get("/engine-rest/job?processDefinitionKey=" + ScheduleIds.PROCESS + "&timers=true").json();
    }

    /** When the daily check next runs, in the server's zone (the zone its cron is read in). */
    java.time.LocalTime dailyCheckDue() {
      JsonNode timers = timers();
      assertThat(timers).as("the daily check's timer").hasSize(1);
      return OffsetDateTime.parse(timers.get(0).get("dueDate").asText().replaceAll("([+-]\\d\\d)(\\d\\d)$", "$1:$2"))
          .atZoneSameInstant(java.time.ZoneId.systemDefault()).toLocalTime();
    }

    long scheduleVersions() {
      return admin.get("/engine-rest/process-definition/count?key=" + ScheduleIds.PROCESS).json().get("count").asLong();
    }

    private void awaitReady(Http anonymous) throws InterruptedException, IOException {
      Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
      while (Instant.now().isBefore(deadline)) {
        try {
          if (anonymous.get("/actuator/health").status() == 200 && Files.readString(log).contains("OpsFlow is ready")) {
            return;
          }
        } catch (IllegalStateException notYetListening) {
          // keep waiting
        }
        if (process.waitFor(500, java.util.concurrent.TimeUnit.MILLISECONDS)) { // waits for its exit, if it fails
          throw new AssertionError("OpsFlow exited during start-up:\n" + Files.readString(log));
        }
      }
      throw new AssertionError("OpsFlow did not start within 3 minutes:\n" + Files.readString(log));
    }

    @Override
    public void close() throws Exception {
      process.destroy();
      if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
      Files.deleteIfExists(log);
    }
  }
}
