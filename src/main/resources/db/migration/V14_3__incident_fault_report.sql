-- The fault report of every resolution (故障总结…提出改进措施; 形成故障处理报告): the cause and the
-- preventive measures beside the resolution notes (the fix).
ALTER TABLE opsflow_incident ADD COLUMN fault_cause VARCHAR(4000);
ALTER TABLE opsflow_incident ADD COLUMN preventive_measures VARCHAR(4000);
