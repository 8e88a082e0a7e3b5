package io.opsflow;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Boots the whole application on a random port, as a user starts it (demo profile; H2 under
 * target/test-data, or PostgreSQL when the postgres profile is active). Every test class that
 * carries it shares the one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@AutoConfigureObservability
@SpringBootTest(classes = OpsFlowApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public @interface OpsFlowTest {
}
