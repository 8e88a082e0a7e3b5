package io.opsflow;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * OpsFlow in a process of its own, on a free port, as an operator starts it (from the jar or from
 * the classes, with further arguments): for the tests of what happens across restarts and nodes.
 */
public final class RunningApp implements AutoCloseable {

  private final Process process;
  private final Http admin;
  private final Http anonymous;
  private final Path log;

  private final int port;

  private RunningApp(List<String> command, Path data) throws IOException, InterruptedException {
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    List<String> full = new ArrayList<>(command);
    full.addAll(List.of("--server.port=" + port, "--opsflow.data-dir=" + data, "--opsflow.models.watch=false"));
    log = Files.createTempFile("opsflow-run", ".log");
    process = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    admin = new Http(port).as("admin", "admin");
    anonymous = new Http(port);
    awaitHealthy(anonymous);
  }

  public static RunningApp fromJar(Path data) throws IOException, InterruptedException {
    String jar = System.getProperty("opsflow.jar", "target/opsflow.jar");
    return new RunningApp(List.of(java(), "-jar", jar), data);
  }

  public static RunningApp fromClasses(Path data) throws IOException, InterruptedException {
    return fromClasses(data, List.of());
  }

  /** From the classes folder, with further application arguments ({@code --name=value}). */
  public static RunningApp fromClasses(Path data, List<String> arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(java(), "-cp", System.getProperty("java.class.path"),
        "io.opsflow.OpsFlowApplication"));
    command.addAll(arguments);
    return new RunningApp(command, data);
  }

  /** A client of the application as its administrator. */
  public Http admin() {
    return admin;
  }

  public int port() {
    return port;
  }

  /** What the application logged so far. */
  public String log() throws IOException {
    return Files.readString(log);
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private void awaitHealthy(Http anonymous) throws InterruptedException, IOException {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new AssertionError("OpsFlow exited during start-up:\n" + Files.readString(log));
      }
      try {
        if (anonymous.get("/actuator/health").status() == 200 && Files.readString(log).contains("OpsFlow is ready")) {
          return;
        }
      } catch (IllegalStateException notYetListening) {
        // keep waiting
      }
      Thread.sleep(500);
    }
    throw new AssertionError("OpsFlow did not start within 3 minutes:\n" + Files.readString(log));
  }

  public JsonNode health() {
    return anonymous.get("/actuator/health").json();
  }

  public Map<String, Long> counts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String resource : List.of("deployment", "process-definition", "decision-definition", "filter",
        "authorization", "user", "group")) {
      JsonNode count = admin.get("/engine-rest/" + resource + "/count").json();
      counts.put(resource, count.get("count").asLong());
    }
    return counts;
  }

  public Set<String> latestDeploymentResources() {
    JsonNode latest = admin.get("/engine-rest/deployment?name=opsflow&sortBy=deploymentTime&sortOrder=desc&maxResults=1").json();
    Set<String> names = new TreeSet<>();
    if (latest.isEmpty()) {
      return names;
    }
    admin.get("/engine-rest/deployment/" + latest.get(0).get("id").asText() + "/resources").json()
        .forEach(resource -> names.add(resource.get("name").asText()));
    return names;
  }

  /** Ends the node as a crash or {@code kill -9} does: SIGKILL, no shutdown hook runs, nothing is finished. */
  public void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
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
