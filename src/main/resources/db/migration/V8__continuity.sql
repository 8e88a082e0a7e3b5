-- Service continuity: DR plans (every revision kept), drills and real disasters with their
-- per-system results, and the backup restore tests with their schedule.

-- A DR plan: what stays the same across its versions, and when it is next drilled.
CREATE TABLE opsflow_dr_plan (
  plan_id           VARCHAR(100) NOT NULL,
  current_version   INTEGER      NOT NULL,
  created_at        TIMESTAMP    NOT NULL,
  next_drill_due_at TIMESTAMP    NOT NULL,
  last_drill_number VARCHAR(20),
  last_drill_at     TIMESTAMP,
  last_drill_verdict VARCHAR(10),
  retired           BOOLEAN      DEFAULT FALSE NOT NULL,
  CONSTRAINT pk_opsflow_dr_plan PRIMARY KEY (plan_id)
);

-- Each version of a plan as it was written; a revision adds a row, none is changed.
CREATE TABLE opsflow_dr_plan_version (
  plan_id        VARCHAR(100)  NOT NULL,
  version        INTEGER       NOT NULL,
  name           VARCHAR(200)  NOT NULL,
  service_id     VARCHAR(100)  NOT NULL,
  scenario       VARCHAR(1000) NOT NULL,
  systems        VARCHAR(2000) NOT NULL, -- JSON array of CI ids
  backup_systems VARCHAR(2000) NOT NULL, -- JSON array of CI ids, a subset of systems
  rto_minutes    INTEGER       NOT NULL,
  rpo_minutes    INTEGER       NOT NULL,
  runbook        VARCHAR(8000) NOT NULL, -- JSON array of steps
  owner          VARCHAR(64)   NOT NULL,
  drill_interval VARCHAR(20)   NOT NULL,
  changed_at     TIMESTAMP     NOT NULL,
  changed_by     VARCHAR(64)   NOT NULL,
  change_reason  VARCHAR(1000),
  CONSTRAINT pk_opsflow_dr_plan_version PRIMARY KEY (plan_id, version),
  CONSTRAINT fk_opsflow_dr_plan_version FOREIGN KEY (plan_id) REFERENCES opsflow_dr_plan (plan_id)
);

-- A drill (DRD-...) or a real disaster (DRE-...) and what its evaluation found.
CREATE TABLE opsflow_dr_recovery (
  recovery_number     VARCHAR(20)   NOT NULL,
  kind                VARCHAR(10)   NOT NULL, -- drill | disaster
  process_instance_id VARCHAR(64)   NOT NULL,
  plan_id             VARCHAR(100)  NOT NULL,
  plan_version        INTEGER       NOT NULL,
  summary             VARCHAR(500)  NOT NULL,
  scenario            VARCHAR(1000),
  participants        VARCHAR(1000),
  window_start        TIMESTAMP,
  window_end          TIMESTAMP,
  declared_at         TIMESTAMP,
  incident_number     VARCHAR(20),
  rto_target_minutes  INTEGER       NOT NULL,
  rpo_target_minutes  INTEGER       NOT NULL,
  status              VARCHAR(20)   NOT NULL,
  verdict             VARCHAR(10),
  evaluation          VARCHAR(4000),
  lessons_learned     VARCHAR(4000),
  revised_plan_version INTEGER,
  recorded_at         TIMESTAMP     NOT NULL,
  CONSTRAINT pk_opsflow_dr_recovery PRIMARY KEY (recovery_number)
);
CREATE INDEX ix_opsflow_dr_recovery_plan ON opsflow_dr_recovery (plan_id);

-- One row per system of a drill or disaster: targets against what was measured.
CREATE TABLE opsflow_dr_system_result (
  recovery_number      VARCHAR(20)   NOT NULL,
  system_id            VARCHAR(100)  NOT NULL,
  failover_started_at  TIMESTAMP,
  recovered_at         TIMESTAMP,
  measured_rto_minutes INTEGER,
  data_loss_minutes    INTEGER,
  recovery_test_passed BOOLEAN,
  recovery_test_notes  VARCHAR(4000),
  issues               VARCHAR(4000),
  verdict              VARCHAR(10),
  escalated_at         TIMESTAMP,
  CONSTRAINT pk_opsflow_dr_system_result PRIMARY KEY (recovery_number, system_id)
);

-- When each backed-up system's restore is next tested (sooner after a failure).
CREATE TABLE opsflow_backup_schedule (
  system_id        VARCHAR(100) NOT NULL,
  next_due_at      TIMESTAMP    NOT NULL,
  last_test_number VARCHAR(20),
  last_tested_at   TIMESTAMP,
  last_result      VARCHAR(10),
  CONSTRAINT pk_opsflow_backup_schedule PRIMARY KEY (system_id)
);

-- A backup restore test (BRT-...) and what the operator recorded.
CREATE TABLE opsflow_backup_test (
  test_number         VARCHAR(20)   NOT NULL,
  process_instance_id VARCHAR(64)   NOT NULL,
  system_id           VARCHAR(100)  NOT NULL,
  status              VARCHAR(20)   NOT NULL,
  backups_ran         BOOLEAN,
  last_backup_at      TIMESTAMP,
  source_checksum     VARCHAR(200),
  backup_checksum     VARCHAR(200),
  source_row_count    BIGINT,
  backup_row_count    BIGINT,
  encrypted           BOOLEAN,
  stored_offsite      BOOLEAN,
  backup_sound        BOOLEAN,
  restore_environment VARCHAR(200),
  integrity_verified  BOOLEAN,
  data_usable         BOOLEAN,
  notes               VARCHAR(4000),
  result              VARCHAR(10),
  incident_number     VARCHAR(20),
  recorded_at         TIMESTAMP     NOT NULL,
  finished_at         TIMESTAMP,
  CONSTRAINT pk_opsflow_backup_test PRIMARY KEY (test_number)
);
CREATE INDEX ix_opsflow_backup_test_system ON opsflow_backup_test (system_id);
