package io.opsflow.platform.web;

/**
 * A process instance started through Camunda's REST API ({@code /engine-rest}) or the webapps'
 * API that Tasklist's "Start process" calls ({@code /camunda/api/engine}), published once the
 * engine has answered the start with success.
 */
public record ProcessStartedOverRest(String processKey, boolean fromTasklist) {
}
