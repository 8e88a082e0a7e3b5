package io.opsflow.platform.web;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Which of Camunda's REST endpoints a person in a role may call: the one table, deny by default.
 * It holds what Tasklist, Cockpit and an integrator need (reads, the queries Tasklist and Cockpit
 * send as POST, working one's tasks, starting processes, one's own profile and password); every
 * other endpoint (errors and escalations thrown at tasks, restarts, modifications, variables
 * written beside a completion, messages, signals, conditions, jobs, deployments, users, …) is for
 * administrators only. What a caller sees and works within the table is still the engine's
 * authorizations, and OpsFlow's start and task checks (StartValidationFilter, TaskInputFilter).
 * Paths are relative to the REST root ({@code /engine-rest}, {@code /camunda/api/engine/engine/default}).
 */
public final class EngineRestPolicy {

  /** One line of the table: a method and a path pattern open to role users, and why. */
  public record Entry(String methods, Pattern path, String why) {

    boolean matches(String method, String relativePath) {
      return method.matches(methods) && path.matcher(relativePath).matches();
    }
  }

  private static final String ID = "[^/]+";

  public static final List<Entry> OPEN_TO_ROLES = List.of(
      entry("GET|HEAD|OPTIONS", ".*", "reads: the engine's authorizations decide what each role sees"),
      entry("POST", "/(task|process-instance|execution|variable-instance|job|job-definition|external-task|group"
          + "|history/(activity-instance|process-instance|task|variable-instance|job-log|external-task-log))(/count)?",
          "queries Tasklist and Cockpit send as POST"),
      entry("POST", "/history/detail", "the history of a ticket's variables (Cockpit)"),
      entry("POST", "/filter/" + ID + "/(list|count|singleResult)", "Tasklist's queues"),
      entry("POST", "/task/" + ID + "/(claim|unclaim|assignee|delegate|identity-links|identity-links/delete)",
          "taking, handing on and sharing one's tasks"),
      entry("PUT", "/task/" + ID, "a task's due and follow-up dates"),
      entry("POST", "/task/" + ID + "/(complete|submit-form|resolve)",
          "completing a task with its form's fields (TaskInputFilter)"),
      entry("POST", "/task/" + ID + "/comment/create", "comments on one's tasks"),
      entry("POST", "/task/" + ID + "/attachment/create", "documents attached to one's tasks (Tasklist's Add attachment)"),
      entry("POST", "/process-definition/(key/)?" + ID + "/(start|submit-form)",
          "starting a process at its start event (StartValidationFilter)"),
      entry("PUT", "/user/" + ID + "/(profile|credentials)", "one's own profile and password (the caller's id only)"),
      entry("POST", "/identity/password-policy", "checking a new password against the policy"));

  /** What the webapps' login page asks before anyone has logged in (as Camunda's own webapp rules allow). */
  public static final List<Entry> OPEN_TO_WEBAPP_STRANGERS = List.of(
      entry("GET", "/engine", "the list of engines, for the login page"),
      entry("GET|POST", "/identity/password-policy", "the password policy, for the first administrator's password"));

  private static final Pattern OWN_USER = Pattern.compile("/user/([^/]+)/(profile|credentials)");
  private static final Pattern ENGINE_PREFIX = Pattern.compile("^/engine/[^/]+(?=/|$)");

  private EngineRestPolicy() {
  }

  /** Whether a role user (not an administrator) may call the endpoint. */
  public static boolean openToRole(String userId, String method, String relativePath) {
    java.util.regex.Matcher own = OWN_USER.matcher(relativePath);
    if (own.matches() && !own.group(1).equals(userId)) {
      return false;
    }
    return OPEN_TO_ROLES.stream().anyMatch(entry -> entry.matches(method, relativePath));
  }

  /** Whether a caller who has not logged in to the webapps may call it there (on /engine-rest nobody may). */
  public static boolean openToStrangersOfTheWebapps(String method, String relativePath) {
    return OPEN_TO_WEBAPP_STRANGERS.stream().anyMatch(entry -> entry.matches(method, relativePath));
  }

  /**
   * The path below the REST root: {@code /engine-rest/task} and {@code /engine-rest/engine/default/task}
   * are {@code /task}; the webapps' {@code /camunda/api/engine/engine/default/task} too.
   */
  public static String relative(String path) {
    String below = path.startsWith("/engine-rest") ? path.substring("/engine-rest".length())
        : path.startsWith("/camunda/api/engine") ? path.substring("/camunda/api/engine".length()) : path;
    below = ENGINE_PREFIX.matcher(below).replaceFirst("");
    return below.isEmpty() ? "/" : below;
  }

  private static Entry entry(String methods, String path, String why) {
    return new Entry(methods, Pattern.compile(path), why);
  }
}
