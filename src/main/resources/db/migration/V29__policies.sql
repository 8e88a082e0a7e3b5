-- The policies (制度, PROCESSES.md §15): one row per policy POL-<year>-<n>, written when a version is
-- published and again at each evaluation; the published version is what everyone reads.
CREATE TABLE opsflow_policy (
  policy_number       VARCHAR(20)   NOT NULL,
  title               VARCHAR(200)  NOT NULL,
  goals_and_scope     VARCHAR(4000) NOT NULL,
  affected_groups     VARCHAR(1000) NOT NULL,
  process_instance_id VARCHAR(64),
  version             INTEGER       NOT NULL,
  policy_text         VARCHAR(4000) NOT NULL,
  references_text     VARCHAR(4000),
  effective_from      TIMESTAMP     NOT NULL,
  published_by        VARCHAR(64)   NOT NULL,
  published_at        TIMESTAMP     NOT NULL,
  next_evaluation_at  TIMESTAMP,
  last_evaluation     VARCHAR(2000),
  retired_at          TIMESTAMP,
  CONSTRAINT pk_opsflow_policy PRIMARY KEY (policy_number)
);

-- Each member of the affected groups acknowledges having read a published version (培训: 确保所有相关人员
-- 了解并遵守制度): a row per member when the version is published, acknowledged_at once they have.
CREATE TABLE opsflow_policy_acknowledgement (
  policy_number   VARCHAR(20) NOT NULL,
  version         INTEGER     NOT NULL,
  user_id         VARCHAR(64) NOT NULL,
  acknowledged_at TIMESTAMP,
  CONSTRAINT pk_opsflow_policy_acknowledgement PRIMARY KEY (policy_number, version, user_id)
);

-- A temporary deviation from a policy (如有特殊情况需要临时调整制度,须经过公司高层批准): requested with its reason
-- and expiry, approved or refused by a process owner, in force until it expires by itself.
CREATE TABLE opsflow_policy_deviation (
  deviation_number    VARCHAR(20)   NOT NULL,
  policy_number       VARCHAR(20)   NOT NULL,
  process_instance_id VARCHAR(64),
  requested_by        VARCHAR(64),
  reason              VARCHAR(2000) NOT NULL,
  expires_at          TIMESTAMP     NOT NULL,
  status              VARCHAR(20)   NOT NULL,
  decided_by          VARCHAR(64),
  decided_at          TIMESTAMP,
  decision_note       VARCHAR(2000),
  CONSTRAINT pk_opsflow_policy_deviation PRIMARY KEY (deviation_number)
);
