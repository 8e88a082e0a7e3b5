package io.opsflow.incident;

/**
 * An incident was registered (published inside the registration's transaction, so a listener's
 * failure retries the registration). Releases in their watch period listen for their items.
 */
public record IncidentRegistered(String incidentNumber, String affectedCi, String summary) {
}
