package io.opsflow.platform.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.CompositeProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.util.ReflectUtil;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.util.CamundaSpringBootUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The process engine's configuration, as the Spring Boot starter builds it (the same plugins,
 * the same properties), with two changes to the SQL the engine runs, both about the one grant per
 * open task that Camunda keeps (see the comments in the mapping files and docs/BENCHMARKS.md):
 * <ul>
 *   <li>the task query reads OpsFlow's copy of Camunda's {@code Task.xml}, whose authorization
 *       check grows with the size of a role's queue, not with its square;
 *   <li>on PostgreSQL, the groups that hold any grant, read at the start of every command of a user
 *       with groups, come from a loose index scan instead of a scan of every grant.
 * </ul>
 * Every other statement is Camunda's own. Its decision tables parse each FEEL entry once
 * ({@link ParsedOnceFeel}). The starter backs off when a {@link ProcessEngineConfigurationImpl}
 * bean exists.
 */
@Configuration(proxyBeanMethods = false)
class EngineConfiguration {

  static final String CAMUNDA_TASK_MAPPING = "org/camunda/bpm/engine/impl/mapping/entity/Task.xml";
  static final String OPSFLOW_TASK_MAPPING = "io/opsflow/platform/engine/Task.xml";
  static final String OPSFLOW_AUTHORIZATION_MAPPING = "io/opsflow/platform/engine/Authorization.xml";
  /** Camunda's statement, as AuthorizationManager names it, and OpsFlow's in its place. */
  static final Map<String, String> STATEMENTS = Map.of(
      "selectAuthorizedGroupIds", "io.opsflow.platform.engine.Authorization.opsflowSelectAuthorizedGroupIds");

  @Bean
  ProcessEngineConfigurationImpl opsflowProcessEngineConfiguration(List<ProcessEnginePlugin> plugins) {
    SpringProcessEngineConfiguration configuration = CamundaSpringBootUtil.initCustomFields(
        new SpringProcessEngineConfiguration() {
          @Override
          protected InputStream getMyBatisXmlConfigurationSteam() {
            return new ByteArrayInputStream(mappings().getBytes(StandardCharsets.UTF_8));
          }

          @Override
          protected void init() {
            super.init();
            Map<String, String> statements = new HashMap<>();
            if (getDbSqlSessionFactory().getStatementMappings() != null) {
              statements.putAll(getDbSqlSessionFactory().getStatementMappings());
            }
            if (replacesGroupScan(getDatabaseType())) {
              statements.putAll(STATEMENTS);
            }
            getDbSqlSessionFactory().setStatementMappings(statements);
          }
        });
    DefaultDmnEngineConfiguration dmn =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    dmn.setFeelEngineFactory(new ParsedOnceFeel(dmn));
    configuration.setDmnEngineConfiguration(dmn);
    configuration.getProcessEnginePlugins().add(new CompositeProcessEnginePlugin(plugins));
    return configuration;
  }

  /**
   * Whether the groups holding grants are read by OpsFlow's loose index scan: on PostgreSQL, where it
   * takes 0.4 ms at 205,000 grants against Camunda's 15–47 ms. H2 runs the recursive query without the
   * index's help (85 % of an incident intake's request time went to it), and Camunda's scan is cheap
   * there at the sizes an H2 installation holds.
   */
  static boolean replacesGroupScan(String databaseType) {
    return "postgres".equals(databaseType);
  }

  /** Camunda's list of mappings with its task mapping replaced by OpsFlow's, and OpsFlow's added. */
  static String mappings() {
    try (InputStream in = ReflectUtil.getResourceAsStream(
        ProcessEngineConfigurationImpl.DEFAULT_MYBATIS_MAPPING_FILE)) {
      String camunda = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      String quoted = '"' + CAMUNDA_TASK_MAPPING + '"';
      if (!camunda.contains(quoted)) {
        throw new IllegalStateException("Camunda's " + ProcessEngineConfigurationImpl.DEFAULT_MYBATIS_MAPPING_FILE
            + " no longer names " + CAMUNDA_TASK_MAPPING + "; compare OpsFlow's copy with the new engine");
      }
      return camunda.replace(quoted, '"' + OPSFLOW_TASK_MAPPING + '"')
          .replace("</mappers>", "<mapper resource=\"" + OPSFLOW_AUTHORIZATION_MAPPING + "\" />\n  </mappers>");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
