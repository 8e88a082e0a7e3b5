-- Knowledge articles become a versioned store curated by the knowledge process:
-- draft -> in-review -> published (or rejected), later retired; only published ones are searched.
ALTER TABLE opsflow_knowledge_article ADD COLUMN source VARCHAR(20);
ALTER TABLE opsflow_knowledge_article ADD COLUMN source_ref VARCHAR(40);
ALTER TABLE opsflow_knowledge_article ADD COLUMN version INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE opsflow_knowledge_article ADD COLUMN review_due TIMESTAMP;
ALTER TABLE opsflow_knowledge_article ADD COLUMN reviewed_at TIMESTAMP;
ALTER TABLE opsflow_knowledge_article ADD COLUMN author VARCHAR(64);

-- The articles so far (the demo ones) were all published directly.
UPDATE opsflow_knowledge_article SET source = 'manual' WHERE source IS NULL;

-- The search reads the published articles; a problem's known error is looked up by its number.
CREATE INDEX ix_opsflow_knowledge_status ON opsflow_knowledge_article (status, id);
CREATE INDEX ix_opsflow_knowledge_source ON opsflow_knowledge_article (source_ref, source);

-- Every saved content of every article: version 1 is the first draft, each revision adds one.
CREATE TABLE opsflow_knowledge_version (
  article_id  BIGINT        NOT NULL,
  version     INTEGER       NOT NULL,
  title       VARCHAR(300)  NOT NULL,
  body        VARCHAR(8000) NOT NULL,
  category    VARCHAR(20),
  ci          VARCHAR(200),
  changed_by  VARCHAR(64),
  changed_at  TIMESTAMP     NOT NULL,
  note        VARCHAR(1000),
  CONSTRAINT pk_opsflow_knowledge_version PRIMARY KEY (article_id, version),
  CONSTRAINT fk_opsflow_knowledge_version FOREIGN KEY (article_id) REFERENCES opsflow_knowledge_article (id)
);

-- The existing articles' content as their version 1.
INSERT INTO opsflow_knowledge_version (article_id, version, title, body, category, ci, changed_by, changed_at, note)
SELECT id, 1, title, body, category, ci, NULL, updated_at, 'published before versioning'
FROM opsflow_knowledge_article;
