package io.opsflow.platform.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * For analysts (demo profile, off in prod): watches {@code processes/}, {@code forms/} and
 * {@code dmn/} in the working tree and redeploys them a few seconds after a file changes. A file
 * that does not parse is refused with one log line naming it; the previous version keeps running.
 */
@Component
@ConditionalOnProperty(name = "opsflow.models.watch", havingValue = "true")
class ModelWatcher {

  private static final Logger LOG = LoggerFactory.getLogger(ModelWatcher.class);

  private final ModelDeployer deployer;
  private final Path root;
  private final String deploymentName;
  private volatile boolean active;
  /** The models last deployed or refused. */
  private Map<String, byte[]> settled;
  /** A change seen on the previous poll, deployed once it has stopped changing. */
  private Map<String, byte[]> pending;

  @Autowired
  ModelWatcher(ModelDeployer deployer, @Value("${opsflow.models.watch-dir}") String root) {
    this(deployer, Path.of(root), ModelDeployer.DEPLOYMENT_NAME);
  }

  ModelWatcher(ModelDeployer deployer, Path root, String deploymentName) {
    this.deployer = deployer;
    this.root = root.toAbsolutePath().normalize();
    this.deploymentName = deploymentName;
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    start(ModelDeployer.classpathModels());
  }

  /** Watches from now on, taking the given models as those deployed. */
  void start(Map<String, byte[]> deployed) {
    settled = deployed;
    active = true;
    LOG.info("Watching processes/, forms/ and dmn/ under {}: changed models are redeployed within seconds", root);
  }

  @Scheduled(fixedDelayString = "${opsflow.models.watch-interval}", initialDelayString = "${opsflow.models.watch-interval}")
  synchronized void poll() {
    if (!active) {
      return;
    }
    Map<String, byte[]> current = read(root);
    if (current.isEmpty() || same(current, settled)) { // no working tree here, or nothing new
      pending = null;
      return;
    }
    if (!same(current, pending)) {
      pending = current; // still being written, perhaps: deploy on the next poll if it holds
      return;
    }
    List<String> changed = changes(settled, current);
    try {
      deployer.deploy(deploymentName, current).ifPresent(d ->
          LOG.info("Redeployed models (changed: {}) as deployment {}", String.join(", ", changed), d.getId()));
      settled = current;
    } catch (ModelRefusedException e) {
      LOG.error("{}; the previous version keeps running", e.getMessage());
      settled = current;
    } catch (RuntimeException e) {
      LOG.error("Redeploying {} failed, will retry: {}", String.join(", ", changed), e.toString());
    }
    pending = null;
  }

  /** The model files under the root, keyed by their deployed resource names. */
  static Map<String, byte[]> read(Path root) {
    Map<String, byte[]> models = new LinkedHashMap<>();
    for (String[] folder : ModelDeployer.FOLDERS) {
      Path dir = root.resolve(folder[0]);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> files = Files.list(dir)) {
        for (Path file : files.filter(p -> p.getFileName().toString().endsWith(folder[1]))
            .filter(Files::isRegularFile).sorted(Comparator.naturalOrder()).toList()) {
          models.put(ModelDeployer.resourceName(folder[0], file.getFileName().toString()), Files.readAllBytes(file));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + dir, e);
      }
    }
    return models;
  }

  private static boolean same(Map<String, byte[]> a, Map<String, byte[]> b) {
    return a != null && b != null && a.keySet().equals(b.keySet())
        && a.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), b.get(e.getKey())));
  }

  private static List<String> changes(Map<String, byte[]> before, Map<String, byte[]> after) {
    TreeSet<String> names = new TreeSet<>(before.keySet());
    names.addAll(after.keySet());
    return names.stream()
        .filter(n -> !Arrays.equals(before.get(n), after.get(n)))
        .toList();
  }
}
