package io.opsflow.platform.model;

import io.opsflow.platform.retention.DefinitionRetention;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the models of {@code processes/}, {@code forms/} and {@code dmn/} as one deployment,
 * so that {@code formRefBinding="deployment"} finds its forms. Resource names are the folder and
 * file name ({@code processes/IncidentManagement.bpmn}) wherever the files come from (classes
 * folder, fat jar, working tree), so an unchanged set creates no new deployment; a changed set
 * is redeployed whole, each model as a new version. After every deployment, and at start-up,
 * each definition is given the retention of {@code opsflow.retention} ({@link DefinitionRetention}).
 */
@Component
@Order(1)
public record ModelDeployer(RepositoryService repository, DefinitionRetention retention) implements ApplicationRunner {

  public static final String DEPLOYMENT_NAME = "opsflow";
  /** The model folders, each with the file ending deployed from it. */
  public static final List<String[]> FOLDERS = List.of(
      new String[] {"processes", ".bpmn"}, new String[] {"dmn", ".dmn"}, new String[] {"forms", ".form"});

  private static final Logger LOG = LoggerFactory.getLogger(ModelDeployer.class);

  @Override
  public void run(ApplicationArguments args) {
    Map<String, byte[]> models = classpathModels();
    if (models.isEmpty()) {
      LOG.info("No models on the classpath: nothing to deploy");
      return;
    }
    deploy(DEPLOYMENT_NAME, models).ifPresentOrElse(
        d -> LOG.info("Deployed {} models as deployment {}", models.size(), d.getId()),
        () -> LOG.info("{} models unchanged since the last deployment: nothing deployed", models.size()));
  }

  /**
   * Deploys the models unless they equal the latest deployment's. Returns the new deployment, or
   * empty when nothing changed; a model the engine cannot parse is refused with a
   * {@link ModelRefusedException} naming the file, and nothing is deployed.
   */
  public Optional<Deployment> deploy(String deploymentName, Map<String, byte[]> models) {
    // forms first: the engine stores them unread. Processes and decisions are read on their own only when the
    // engine refuses the set (below), to name the file at fault: reading them twice cost a second at start-up
    models.forEach((name, content) -> {
      if (name.endsWith(".form")) {
        ModelValidator.validate(name, content);
      }
    });
    String previous = latestDeploymentId(deploymentName);
    DeploymentBuilder builder = repository.createDeployment()
        .name(deploymentName)
        .source(deploymentName)
        .enableDuplicateFiltering(false);
    models.forEach((name, content) -> builder.addInputStream(name, new ByteArrayInputStream(content)));
    try {
      Deployment deployment = builder.deploy();
      retention.apply();
      return deployment.getId().equals(previous) ? Optional.empty() : Optional.of(deployment);
    } catch (RuntimeException e) {
      models.forEach(ModelValidator::validate); // throws for the first file that does not read on its own
      if (!(e instanceof ParseException parse)) {
        throw e;
      }
      ResourceReport report = parse.getResorceReports().stream()
          .filter(r -> !r.getErrors().isEmpty()).findFirst().orElse(null);
      if (report == null) {
        throw new ModelRefusedException(String.join(", ", models.keySet()), parse.getMessage(), parse);
      }
      Problem problem = report.getErrors().get(0);
      throw new ModelRefusedException(report.getResourceName(),
          problem.getMessage() + (problem.getLine() > 0 ? " (line " + problem.getLine() + ")" : ""), parse);
    }
  }

  private String latestDeploymentId(String deploymentName) {
    return repository.createDeploymentQuery().deploymentName(deploymentName)
        .orderByDeploymentTime().desc().listPage(0, 1).stream()
        .findFirst().map(Deployment::getId).orElse(null);
  }

  /** The models on the classpath, keyed by resource name. */
  public static Map<String, byte[]> classpathModels() {
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    Map<String, byte[]> models = new LinkedHashMap<>();
    try {
      for (String[] folder : FOLDERS) {
        Resource[] found = resolver.getResources("classpath*:" + folder[0] + "/*" + folder[1]);
        Arrays.sort(found, Comparator.comparing(r -> String.valueOf(r.getFilename())));
        for (Resource resource : found) {
          models.putIfAbsent(resourceName(folder[0], resource.getFilename()), resource.getContentAsByteArray());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the models from the classpath", e);
    }
    return models;
  }

  /** The deployed name of a model file: its folder and file name, the same from every source. */
  public static String resourceName(String folder, String fileName) {
    return folder + "/" + fileName;
  }
}
