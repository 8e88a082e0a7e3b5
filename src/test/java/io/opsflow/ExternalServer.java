package io.opsflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A real server binary (a Debian package's) in a process of its own, for the test that needs it. */
public final class ExternalServer implements AutoCloseable {

  private final Process process;
  private final Path log;

  private ExternalServer(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  /** A TCP port free on this machine right now, for the server's listen address. */
  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** Starts the command and waits until the URL answers 200. */
  public static ExternalServer start(List<String> command, URI readyUrl, Duration timeout) throws IOException {
    Path log = Files.createTempFile("opsflow-external", ".log");
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    ExternalServer server = new ExternalServer(process, log);
    HttpClient client = HttpClient.newHttpClient();
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(command.get(0) + " stopped at start-up:\n" + server.log());
      }
      try {
        if (client.send(HttpRequest.newBuilder(readyUrl).build(), HttpResponse.BodyHandlers.discarding())
            .statusCode() == 200) {
          return server;
        }
      } catch (IOException notYet) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      sleep();
    }
    server.close();
    throw new IllegalStateException(command.get(0) + " not ready at " + readyUrl + " within " + timeout + ":\n"
        + server.log());
  }

  /** What the server has printed so far. */
  public String log() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
