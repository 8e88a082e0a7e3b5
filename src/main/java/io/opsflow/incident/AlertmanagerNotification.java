package io.opsflow.incident;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.opsflow.platform.BadRequestException;
import java.util.List;
import java.util.Map;

/** Prometheus Alertmanager's webhook payload, version 4, as far as OpsFlow reads it. */
@JsonIgnoreProperties(ignoreUnknown = true)
record AlertmanagerNotification(String version, String receiver, String status, String groupKey,
    Map<String, String> groupLabels, Map<String, String> commonLabels, Map<String, String> commonAnnotations,
    List<Alert> alerts) {

  static final String FIRING = "firing";
  static final String RESOLVED = "resolved";

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Alert(String status, Map<String, String> labels, Map<String, String> annotations, String startsAt,
      String endsAt, String fingerprint) {

    String label(String name) {
      return labels == null ? null : labels.get(name);
    }

    String annotation(String name) {
      return annotations == null ? null : annotations.get(name);
    }

    /** Alertmanager names each alert by its fingerprint; a payload without one is named by its labels. */
    String key() {
      return fingerprint != null && !fingerprint.isBlank() ? fingerprint
          : Integer.toHexString(String.valueOf(labels).hashCode());
    }
  }

  /** Refuses what is not a usable version-4 notification, naming the field. */
  void check() {
    if (!"4".equals(version)) {
      throw new BadRequestException("version", "only Alertmanager webhook version 4 is understood, not " + version);
    }
    if (groupKey == null || groupKey.isBlank()) {
      throw new BadRequestException("groupKey", "is required");
    }
    if (groupKey.length() > 1000) {
      throw new BadRequestException("groupKey", "is longer than 1000 characters");
    }
    if (alerts == null || alerts.isEmpty()) {
      throw new BadRequestException("alerts", "must hold at least one alert");
    }
    for (int i = 0; i < alerts.size(); i++) {
      if (alerts.get(i) == null) {
        throw new BadRequestException("alerts[" + i + "]", "must be an alert, not null");
      }
      String alertStatus = alerts.get(i).status();
      if (!FIRING.equals(alertStatus) && !RESOLVED.equals(alertStatus)) {
        throw new BadRequestException("alerts[" + i + "].status", "must be firing or resolved, not " + alertStatus);
      }
    }
  }

  List<Alert> firing() {
    return alerts.stream().filter(a -> FIRING.equals(a.status())).toList();
  }

  /**
   * What the alert group is about, for the incident's summary: the summary annotation, else the
   * description, else the alert's name and instance (most rules carry no annotations at all).
   */
  String summary() {
    Alert first = firing().isEmpty() ? alerts.get(0) : firing().get(0);
    String named = first.label("alertname") == null ? null
        : first.label("alertname") + (first.label("instance") == null ? "" : " on " + first.label("instance"));
    String text = firstOf(annotation("summary"), first.annotation("summary"), annotation("description"),
        first.annotation("description"), named, groupKey);
    return text.length() > 500 ? text.substring(0, 497) + "..." : text;
  }

  /** The description annotation, the labels of each alert (what the rule measured) and the group. */
  String description() {
    Alert first = firing().isEmpty() ? alerts.get(0) : firing().get(0);
    StringBuilder labels = new StringBuilder();
    alerts.stream().limit(20).forEach(alert -> labels.append("\n- ").append(alert.status()).append(": ")
        .append(alert.labels() == null ? "" : new java.util.TreeMap<>(alert.labels()).toString()));
    String text = firstOf(annotation("description"), first.annotation("description"), "") + "\n\nAlerts:" + labels
        + "\n\nAlert group: " + groupKey + (receiver == null ? "" : "\nReceiver: " + receiver);
    return text.length() > 4000 ? text.substring(0, 4000) : text.strip();
  }

  String label(String name) {
    if (commonLabels != null && commonLabels.get(name) != null) {
      return commonLabels.get(name);
    }
    return alerts.stream().map(a -> a.label(name)).filter(v -> v != null).findFirst().orElse(null);
  }

  private String annotation(String name) {
    return commonAnnotations == null ? null : commonAnnotations.get(name);
  }

  private static String firstOf(String... candidates) {
    for (String candidate : candidates) {
      if (candidate != null && !candidate.isBlank()) {
        return candidate;
      }
    }
    return "";
  }
}
