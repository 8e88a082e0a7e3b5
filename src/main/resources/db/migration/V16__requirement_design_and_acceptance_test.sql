-- The dev lead's technical design (技术设计), and the acceptance test the requirements administrator
-- organised with the requester (测试验收): who took part and the result.
ALTER TABLE opsflow_requirement ADD COLUMN technical_design VARCHAR(8000);
ALTER TABLE opsflow_requirement ADD COLUMN acceptance_test_participants VARCHAR(1000);
ALTER TABLE opsflow_requirement ADD COLUMN acceptance_test_result VARCHAR(4000);
