package io.opsflow;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Boots the whole application on a random port, as a user starts it (demo profile; H2 under
 * target/test-data, or PostgreSQL when the postgres profile is active), mailing to the test SMTP
 * server. The job executor is paused (tests step async jobs and timers themselves) unless
 * {@code -Dopsflow.test.job-execution=true}, as the benchmarks run. Every test
 * class that carries it shares the one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@AutoConfigureObservability
@ExtendWith(OpsFlowTest.StartMailServer.class)
@SpringBootTest(classes = OpsFlowApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
        "spring.mail.host=127.0.0.1",
        "spring.mail.port=${opsflow.test.smtp-port:3025}",
        // tests step async jobs and timers themselves; a benchmark (bench/run) runs the job executor
        "camunda.bpm.job-execution.enabled=${opsflow.test.job-execution:false}",
        "opsflow.alerts.poll-interval=200ms",
        // RecentLoginsTest waits for a kept login to expire
        "opsflow.security.credential-cache=2s",
        // a benchmark over many open tasks passes -Dopsflow.test.metrics-refresh-interval=10s (production's)
        "opsflow.metrics.refresh-interval=${opsflow.test.metrics-refresh-interval:200ms}"})
public @interface OpsFlowTest {

  /** Starts the SMTP server before the first test class needs it. */
  class StartMailServer implements BeforeAllCallback {
    @Override
    public void beforeAll(org.junit.jupiter.api.extension.ExtensionContext context) {
      MailServer.start();
    }
  }
}
