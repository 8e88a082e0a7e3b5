-- What the requester wrote when confirming the delivery, kept with the review on the record.
ALTER TABLE opsflow_requirement ADD COLUMN acceptance_notes VARCHAR(4000);
