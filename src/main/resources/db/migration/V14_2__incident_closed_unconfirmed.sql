-- Whether the reporter confirmed the resolution (与用户确认) at closure: FALSE when the incident closed
-- because the reporter did not answer in time; NULL until closed.
ALTER TABLE opsflow_incident ADD COLUMN confirmed BOOLEAN;
-- Incidents closed before: a confirmation always carried the satisfaction, a closure without answer never did.
UPDATE opsflow_incident SET confirmed = (satisfaction IS NOT NULL) WHERE status = 'CLOSED';
