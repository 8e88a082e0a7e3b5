-- The reporter's contact and when the fault began (记录事件报告人的详细联系方式…发生时间); the outage counts from then.
ALTER TABLE opsflow_incident ADD COLUMN reporter_phone VARCHAR(40);
ALTER TABLE opsflow_incident ADD COLUMN reporter_email VARCHAR(200);
ALTER TABLE opsflow_incident ADD COLUMN fault_began_at TIMESTAMP;
