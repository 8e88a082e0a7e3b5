-- Preventive maintenance and asset stock-take (设备保养, 盘点; PROCESSES.md §13).

-- A maintenance plan as it stands now: what it maintains (every CMDB item of a type in service, or one
-- item), how often, against which checklist, by which group, and when it is next due. Every edit
-- raises its version; each version is kept in opsflow_maintenance_plan_version.
CREATE TABLE opsflow_maintenance_plan (
  plan_id     VARCHAR(100)  NOT NULL,
  version     INTEGER       NOT NULL,
  name        VARCHAR(200)  NOT NULL,
  ci_type     VARCHAR(30),
  ci_id       VARCHAR(100),
  cycle       VARCHAR(10)   NOT NULL, -- monthly | quarterly | yearly
  checklist   VARCHAR(8000) NOT NULL, -- JSON array of items {id, name}
  parts       VARCHAR(4000) NOT NULL, -- JSON array of consumables {name, quantity} a run is expected to use
  owner_group VARCHAR(64)   NOT NULL,
  next_due_at TIMESTAMP     NOT NULL,
  active      BOOLEAN       DEFAULT TRUE NOT NULL,
  CONSTRAINT pk_opsflow_maintenance_plan PRIMARY KEY (plan_id)
);

-- Every version a plan had, the current one included: what a maintenance ran against.
CREATE TABLE opsflow_maintenance_plan_version (
  plan_id     VARCHAR(100)  NOT NULL,
  version     INTEGER       NOT NULL,
  name        VARCHAR(200)  NOT NULL,
  ci_type     VARCHAR(30),
  ci_id       VARCHAR(100),
  cycle       VARCHAR(10)   NOT NULL,
  checklist   VARCHAR(8000) NOT NULL,
  parts       VARCHAR(4000) NOT NULL,
  owner_group VARCHAR(64)   NOT NULL,
  active      BOOLEAN       NOT NULL,
  changed_by  VARCHAR(64),
  changed_at  TIMESTAMP     NOT NULL,
  reason      VARCHAR(1000),
  CONSTRAINT pk_opsflow_maintenance_plan_version PRIMARY KEY (plan_id, version)
);

-- A preventive maintenance (MNT-...): the plan version it ran, its results and what came of them.
CREATE TABLE opsflow_maintenance (
  maintenance_number  VARCHAR(20)   NOT NULL,
  plan_id             VARCHAR(100)  NOT NULL,
  plan_version        INTEGER       NOT NULL,
  process_instance_id VARCHAR(64)   NOT NULL,
  owner_group         VARCHAR(64)   NOT NULL,
  due_at              TIMESTAMP     NOT NULL,
  started_at          TIMESTAMP     NOT NULL,
  results             VARCHAR(16000),         -- JSON rows {ci, ciName, item, itemName, status, note}
  parts_used          VARCHAR(4000),
  readings            VARCHAR(4000),
  repairs             VARCHAR(1000),          -- REP numbers opened for findings, comma separated
  completed_by        VARCHAR(64),
  completed_at        TIMESTAMP,
  feedback            VARCHAR(4000),
  plan_adjusted       BOOLEAN,
  CONSTRAINT pk_opsflow_maintenance PRIMARY KEY (maintenance_number)
);

-- The asset fields of a configuration item (所有生产设备必须标记明确的资产编号和所属部门). Changed
-- through the CMDB only, which audits each field in opsflow_ci_audit.
CREATE TABLE opsflow_ci_asset (
  ci_id         VARCHAR(100) NOT NULL,
  asset_number  VARCHAR(50)  NOT NULL,
  department    VARCHAR(100) NOT NULL,
  location      VARCHAR(200),
  custodian     VARCHAR(64),
  purchase_date DATE,
  warranty_end  DATE,
  CONSTRAINT pk_opsflow_ci_asset PRIMARY KEY (ci_id),
  CONSTRAINT uq_opsflow_ci_asset_number UNIQUE (asset_number),
  CONSTRAINT fk_opsflow_ci_asset FOREIGN KEY (ci_id) REFERENCES opsflow_ci (ci_id)
);
CREATE INDEX ix_opsflow_ci_asset_department ON opsflow_ci_asset (department, location);

-- A stock-take (STK-...): its scope (a department and/or a location; neither: every asset) and, once
-- done, its report (JSON: per department the counts and the assets) kept as evidence.
CREATE TABLE opsflow_stock_take (
  stock_take_number   VARCHAR(20)   NOT NULL,
  department          VARCHAR(100),
  location            VARCHAR(200),
  process_instance_id VARCHAR(64)   NOT NULL,
  requested_by        VARCHAR(64),
  started_at          TIMESTAMP     NOT NULL,
  completed_at        TIMESTAMP,
  report              VARCHAR(32000),
  CONSTRAINT pk_opsflow_stock_take PRIMARY KEY (stock_take_number)
);

-- Each asset a stock-take expected: what the counter found and what the configuration manager did.
CREATE TABLE opsflow_stock_take_item (
  stock_take_number VARCHAR(20)   NOT NULL,
  ci_id             VARCHAR(100)  NOT NULL,
  asset_number      VARCHAR(50)   NOT NULL,
  department        VARCHAR(100)  NOT NULL,
  location          VARCHAR(200),
  custodian         VARCHAR(64),
  result            VARCHAR(10),            -- found | missing | moved | damaged
  found_location    VARCHAR(200),
  note              VARCHAR(1000),
  resolution        VARCHAR(20),            -- corrected | investigation
  resolution_note   VARCHAR(1000),
  CONSTRAINT pk_opsflow_stock_take_item PRIMARY KEY (stock_take_number, ci_id),
  CONSTRAINT fk_opsflow_stock_take_item FOREIGN KEY (stock_take_number) REFERENCES opsflow_stock_take (stock_take_number)
);
