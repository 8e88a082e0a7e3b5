-- On-call duty (值班, PROCESSES.md §14): each team's shifts, who took over a shift from whom
-- (swaps and overrides, with who agreed), and each team's escalation list for pages not acknowledged.

-- A shift of a team (a support group): its member, or none when the period is uncovered on purpose.
-- handover_started_at is set once, by the schedule that starts the shift's handover when it ends.
CREATE TABLE opsflow_oncall_shift (
  shift_id             VARCHAR(36)  NOT NULL,
  team_id              VARCHAR(64)  NOT NULL,
  member_id            VARCHAR(64),
  starts_at            TIMESTAMP    NOT NULL,
  ends_at              TIMESTAMP    NOT NULL,
  uncovered_on_purpose BOOLEAN      DEFAULT FALSE NOT NULL,
  handover_started_at  TIMESTAMP,
  CONSTRAINT pk_opsflow_oncall_shift PRIMARY KEY (shift_id)
);
CREATE INDEX ix_opsflow_oncall_shift_team ON opsflow_oncall_shift (team_id, starts_at);
CREATE INDEX ix_opsflow_oncall_shift_end ON opsflow_oncall_shift (ends_at);

-- A swap or override: the shift's times are copied, for a rota written again replaces its shifts.
CREATE TABLE opsflow_oncall_swap (
  swap_id          VARCHAR(36)  NOT NULL,
  shift_id         VARCHAR(36)  NOT NULL,
  team_id          VARCHAR(64)  NOT NULL,
  starts_at        TIMESTAMP    NOT NULL,
  ends_at          TIMESTAMP    NOT NULL,
  original_member  VARCHAR(64)  NOT NULL,
  replacing_member VARCHAR(64)  NOT NULL,
  agreed_by        VARCHAR(64)  NOT NULL,
  recorded_by      VARCHAR(64)  NOT NULL,
  recorded_at      TIMESTAMP    NOT NULL,
  CONSTRAINT pk_opsflow_oncall_swap PRIMARY KEY (swap_id)
);
CREATE INDEX ix_opsflow_oncall_swap_shift ON opsflow_oncall_swap (shift_id);

-- Whom a page not acknowledged goes to next, in order, after the person on duty.
CREATE TABLE opsflow_oncall_escalation (
  team_id  VARCHAR(64) NOT NULL,
  position INTEGER     NOT NULL,
  user_id  VARCHAR(64) NOT NULL,
  CONSTRAINT pk_opsflow_oncall_escalation PRIMARY KEY (team_id, position)
);
