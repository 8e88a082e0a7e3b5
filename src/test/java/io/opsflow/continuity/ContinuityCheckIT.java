package io.opsflow.continuity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.opsflow.RunningApp;
import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
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

  /** OpsFlow in a process of its own with that daily check and its job executor off, and what it scheduled. */
  static final class App implements AutoCloseable {

    private final RunningApp app;

    private App(RunningApp app) {
      this.app = app;
    }

    static App start(Path data, String check) throws IOException, InterruptedException {
      return new App(RunningApp.fromClasses(data, List.of("--opsflow.continuity.check=" + check,
          "--camunda.bpm.job-execution.enabled=false")));
    }

    JsonNode timers() {
      return app.admin().get("/engine-rest/job?processDefinitionKey=" + ScheduleIds.PROCESS + "&timers=true").json();
    }

    /** When the daily check next runs, in the server's zone (the zone its cron is read in). */
    java.time.LocalTime dailyCheckDue() {
      JsonNode timers = timers();
      assertThat(timers).as("the daily check's timer").hasSize(1);
      return OffsetDateTime.parse(timers.get(0).get("dueDate").asText().replaceAll("([+-]\\d\\d)(\\d\\d)$", "$1:$2"))
          .atZoneSameInstant(java.time.ZoneId.systemDefault()).toLocalTime();
    }

    long scheduleVersions() {
      return app.admin().get("/engine-rest/process-definition/count?key=" + ScheduleIds.PROCESS).json().get("count")
          .asLong();
    }

    @Override
    public void close() throws Exception {
      app.close();
    }
  }
}
