-- The security assessments (SEC-<year>-<n>, PROCESSES.md §9) and their findings, kept as evidence and read
-- only by the security officers and the management roles. A scheduled assessment names its quarter, which is
-- unique: the quarterly schedule opens one assessment a quarter however often its timer fires.
CREATE TABLE opsflow_security_assessment (
  assessment_number   VARCHAR(20)   NOT NULL,
  process_instance_id VARCHAR(64),
  method              VARCHAR(40)   NOT NULL,
  scope_cis           VARCHAR(8000) NOT NULL,
  vendor              VARCHAR(200),
  requested_by        VARCHAR(64),
  scheduled_quarter   VARCHAR(7),
  opened_at           TIMESTAMP     NOT NULL,
  summary             VARCHAR(4000),
  assessed_by         VARCHAR(64),
  assessed_at         TIMESTAMP,
  reported_at         TIMESTAMP,
  CONSTRAINT pk_opsflow_security_assessment PRIMARY KEY (assessment_number),
  CONSTRAINT uq_opsflow_security_quarter UNIQUE (scheduled_quarter)
);

-- Each finding: what was found where, its rating, its risk (DMN SecurityRisk) and due date, and how it was
-- treated: fixed through a change and re-tested, or its risk accepted with a reason and an expiry.
CREATE TABLE opsflow_security_finding (
  assessment_number VARCHAR(20)   NOT NULL,
  finding_no        INTEGER       NOT NULL,
  title             VARCHAR(200)  NOT NULL,
  ci_id             VARCHAR(100)  NOT NULL,
  cvss_score        DECIMAL(3, 1),
  rating            VARCHAR(20),
  exposure          VARCHAR(20)   NOT NULL,
  description       VARCHAR(4000) NOT NULL,
  risk_level        VARCHAR(20),
  due_at            TIMESTAMP,
  status            VARCHAR(20)   NOT NULL,
  change_number     VARCHAR(20),
  acceptance_reason VARCHAR(2000),
  accepted_until    DATE,
  retest_notes      VARCHAR(2000),
  escalated_at      TIMESTAMP,
  closed_at         TIMESTAMP,
  CONSTRAINT pk_opsflow_security_finding PRIMARY KEY (assessment_number, finding_no)
);
