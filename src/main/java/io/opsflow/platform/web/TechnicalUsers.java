package io.opsflow.platform.web;

import java.util.List;
import java.util.Map;

/**
 * The technical users, and the only paths each may call: whatever its groups would allow, a
 * technical user's password opens nothing else, and never a webapp.
 */
public final class TechnicalUsers {

  public static final String ALERTMANAGER = "alertmanager";
  public static final String PROMETHEUS = "prometheus";
  /** The monitoring agent that posts measured inspection readings (the inspection API refuses it any read). */
  public static final String INSPECTION_AGENT = "inspection-agent";
  /** The discovery script or agent that posts what it sees of the configuration items (the configuration audit). */
  public static final String DISCOVERY_AGENT = "discovery-agent";

  /** user id → the path prefixes it may call (the path itself, or below it). */
  static final Map<String, List<String>> PATHS = Map.of(
      ALERTMANAGER, List.of("/api/alerts/alertmanager"),
      PROMETHEUS, List.of("/actuator/prometheus"),
      INSPECTION_AGENT, List.of("/api/inspections"),
      DISCOVERY_AGENT, List.of("/api/cmdb/observations"));

  private TechnicalUsers() {
  }

  public static boolean isTechnical(String userId) {
    return userId != null && PATHS.containsKey(userId);
  }

  /** Whether the user may call the path: any path for a person, its own paths for a technical user. */
  static boolean mayCall(String userId, String path) {
    List<String> prefixes = PATHS.get(userId);
    return prefixes == null || prefixes.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"));
  }

  static List<String> paths(String userId) {
    return PATHS.getOrDefault(userId, List.of());
  }
}
