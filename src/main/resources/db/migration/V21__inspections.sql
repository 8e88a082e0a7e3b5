-- Inspections (巡检, PROCESSES.md §12): the plans (which CIs, which checklist, how often, which
-- group), each inspection started from a plan, and every reading recorded in it.

-- A plan: its CIs (by CMDB type, or listed), its checklist, its cycle and when it is next due.
CREATE TABLE opsflow_inspection_plan (
  plan_id     VARCHAR(100)  NOT NULL,
  name        VARCHAR(200)  NOT NULL,
  ci_type     VARCHAR(30),            -- every CMDB item of this type in service, or
  ci_ids      VARCHAR(2000),          -- JSON array of CI ids (not necessarily in the CMDB: a machine room)
  checklist   VARCHAR(8000) NOT NULL, -- JSON array of items {id, name, unit, max}
  frequency   VARCHAR(20)   NOT NULL, -- ISO 8601 period: P1D, P1W, P1M
  done_within VARCHAR(20)   NOT NULL, -- ISO 8601 duration after the due time: then the group is reminded
  group_id    VARCHAR(64)   NOT NULL,
  next_due_at TIMESTAMP     NOT NULL,
  active      BOOLEAN       DEFAULT TRUE NOT NULL,
  CONSTRAINT pk_opsflow_inspection_plan PRIMARY KEY (plan_id)
);

-- An inspection (INS-...): who did it, when, and whether it ran late.
CREATE TABLE opsflow_inspection (
  inspection_number   VARCHAR(20)  NOT NULL,
  plan_id             VARCHAR(100) NOT NULL,
  process_instance_id VARCHAR(64)  NOT NULL,
  group_id            VARCHAR(64)  NOT NULL,
  due_at              TIMESTAMP    NOT NULL,
  started_at          TIMESTAMP    NOT NULL,
  overdue             BOOLEAN      DEFAULT FALSE NOT NULL,
  completed_at        TIMESTAMP,
  completed_by        VARCHAR(64),
  CONSTRAINT pk_opsflow_inspection PRIMARY KEY (inspection_number)
);

-- Each checklist row of an inspection: the reading, its judgement, and the incident it raised.
CREATE TABLE opsflow_inspection_reading (
  inspection_number VARCHAR(20)   NOT NULL,
  ci_id             VARCHAR(100)  NOT NULL,
  item_id           VARCHAR(50)   NOT NULL,
  status            VARCHAR(10)   NOT NULL, -- ok | anomaly, or measured (by an agent, not yet confirmed)
  reading           DECIMAL(12,2),
  note              VARCHAR(1000),
  severity          VARCHAR(10)   NOT NULL, -- none | low | medium | high (InspectionFinding)
  config_drift      BOOLEAN       DEFAULT FALSE NOT NULL, -- configuration differs from its baseline
  incident_number   VARCHAR(20),
  measured_by       VARCHAR(64),            -- the technical user whose agent measured it, if one did
  recorded_by       VARCHAR(64)   NOT NULL,
  recorded_at       TIMESTAMP     NOT NULL,
  CONSTRAINT pk_opsflow_inspection_reading PRIMARY KEY (inspection_number, ci_id, item_id),
  CONSTRAINT fk_opsflow_inspection_reading FOREIGN KEY (inspection_number)
    REFERENCES opsflow_inspection (inspection_number)
);
CREATE INDEX ix_opsflow_inspection_due ON opsflow_inspection (due_at);
