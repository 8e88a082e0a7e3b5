-- An alert notification given up after its attempts is kept as failed (listed and retried at
-- /api/alerts/inbox), apart from the processed ones.
ALTER TABLE opsflow_alert_inbox ADD COLUMN failed_at TIMESTAMP;

-- An incident opened by an alert group whose previous incident had closed names that one as the
-- incident it recurs (ProblemTrigger counts it).
ALTER TABLE opsflow_incident ADD COLUMN recurrence_of VARCHAR(20);
