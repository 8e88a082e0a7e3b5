-- The duty log (值班记录, PROCESSES.md §14): one row per shift handover (HOV-...), written when the
-- incoming person (or, after escalation, an operations administrator) has acknowledged it.
CREATE TABLE opsflow_duty_log (
  handover_number      VARCHAR(20)    NOT NULL,
  process_instance_id  VARCHAR(64)    NOT NULL,
  team_id              VARCHAR(64)    NOT NULL,
  outgoing             VARCHAR(64)    NOT NULL,
  incoming             VARCHAR(64),             -- null when nobody followed: the team acknowledged
  shift_start          TIMESTAMP      NOT NULL,
  shift_end            TIMESTAMP      NOT NULL,
  summary              VARCHAR(20000) NOT NULL, -- what OpsFlow's records tell of the shift
  operations_done      VARCHAR(4000)  NOT NULL,
  system_state         VARCHAR(4000)  NOT NULL,
  open_points          VARCHAR(4000)  NOT NULL,
  acknowledged_by      VARCHAR(64),
  acknowledged_at      TIMESTAMP,
  remarks              VARCHAR(2000),
  escalated            BOOLEAN        DEFAULT FALSE NOT NULL,
  incidents_opened     INTEGER        DEFAULT 0 NOT NULL,
  incidents_resolved   INTEGER        DEFAULT 0 NOT NULL,
  incidents_open       INTEGER        DEFAULT 0 NOT NULL,
  changes_implemented  INTEGER        DEFAULT 0 NOT NULL,
  alert_issues      INTEGER        DEFAULT 0 NOT NULL,
  inspection_anomalies INTEGER        DEFAULT 0 NOT NULL,
  recorded_at          TIMESTAMP      NOT NULL,
  CONSTRAINT pk_opsflow_duty_log PRIMARY KEY (handover_number)
);
CREATE INDEX ix_opsflow_duty_log_shift ON opsflow_duty_log (shift_end, team_id);
