package io.opsflow.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.opsflow.OpsFlowApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;

/** The prod profile refuses a default administrator password and the embedded database. */
@ExtendWith(OutputCaptureExtension.class)
class ProductionGuardTest {

  private static final String POSTGRES = "jdbc:postgresql://db:5432/opsflow";

  private static MockEnvironment prod(String password, String url) {
    MockEnvironment environment = new MockEnvironment()
        .withProperty("opsflow.admin.password", password)
        .withProperty("spring.datasource.url", url);
    environment.setActiveProfiles("prod", "postgres");
    return environment;
  }

  private static void check(MockEnvironment environment) {
    new ProductionGuard().postProcessEnvironment(environment, null);
  }

  @Test
  void prodWithARealPasswordAndPostgresStarts() {
    assertThatCode(() -> check(prod("s3cret-Adm1n", POSTGRES))).doesNotThrowAnyException();
  }

  @Test
  void prodWithoutAnAdminPasswordIsRefused() {
    assertThatThrownBy(() -> check(prod("", POSTGRES))).hasMessageContaining("OPSFLOW_ADMIN_PASSWORD is unset");
  }

  @Test
  void prodWithTheDefaultAdminPasswordIsRefused() {
    assertThatThrownBy(() -> check(prod("admin", POSTGRES))).hasMessageContaining("the default 'admin'");
  }

  @Test
  void prodOnH2IsRefused() {
    assertThatThrownBy(() -> check(prod("s3cret-Adm1n", "jdbc:h2:file:./data/opsflow")))
        .hasMessageContaining("embedded H2");
  }

  @Test
  void prodWithTheDemoPrometheusPasswordIsRefused() {
    MockEnvironment environment = prod("s3cret-Adm1n", POSTGRES).withProperty("opsflow.prometheus.password", "demo");
    assertThatThrownBy(() -> check(environment)).hasMessageContaining("OPSFLOW_PROMETHEUS_PASSWORD is the demo password");
  }

  @Test
  void theDemoProfileIsNotChecked() {
    MockEnvironment demo = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:h2:mem:x");
    assertThatCode(() -> check(demo)).doesNotThrowAnyException();
  }

  @Test
  void startingProdOnTheDefaultsFailsWithAClearReport(CapturedOutput output) {
    assumeTrue(System.getenv("OPSFLOW_ADMIN_PASSWORD") == null, "OPSFLOW_ADMIN_PASSWORD is set here");
    SpringApplicationBuilder app = new SpringApplicationBuilder(OpsFlowApplication.class);

    assertThatThrownBy(() -> app.run("--spring.profiles.active=prod", "--server.port=0",
        "--spring.datasource.url=jdbc:h2:mem:guard")).isInstanceOf(ProductionGuard.UnsafeProductionConfiguration.class);
    assertThat(output).contains("APPLICATION FAILED TO START", "OpsFlow refuses to start in the prod profile",
        "OPSFLOW_ADMIN_PASSWORD is unset", "embedded H2");
  }
}
