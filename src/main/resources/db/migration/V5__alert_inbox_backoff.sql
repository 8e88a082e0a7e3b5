-- A failed alert notification waits before its next attempt, longer each time.
ALTER TABLE opsflow_alert_inbox ADD COLUMN next_attempt_at TIMESTAMP;
CREATE INDEX ix_opsflow_alert_inbox_group ON opsflow_alert_inbox (group_key, processed_at, id);
