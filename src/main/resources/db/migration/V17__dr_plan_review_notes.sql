-- What the review after a drill or disaster said of the DR plan (why it stays, or what the revision
-- changes), kept on the record so that reports and audits keep it after the engine's history is cleaned.
ALTER TABLE opsflow_dr_recovery ADD COLUMN plan_review_notes VARCHAR(2000);
