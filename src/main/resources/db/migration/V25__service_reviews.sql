-- The monthly service review (SRV-<year>-<month>, PROCESSES.md §16): the primary key lets one node's schedule
-- claim a month's review however many nodes run it; the row keeps the review as evidence: the report of the
-- month reviewed, the verdicts per measure, the problems opened, the notes of the review.
CREATE TABLE opsflow_service_review (
  review_number       VARCHAR(20)   NOT NULL,
  review_month        VARCHAR(7)    NOT NULL,
  process_instance_id VARCHAR(64),
  opened_at           TIMESTAMP     NOT NULL,
  report_html         TEXT,
  verdicts            VARCHAR(8000),
  problems            VARCHAR(1000),
  review_notes        VARCHAR(4000),
  reviewed_by         VARCHAR(64),
  reviewed_at         TIMESTAMP,
  closed_at           TIMESTAMP,
  CONSTRAINT pk_opsflow_service_review PRIMARY KEY (review_number)
);

-- The improvement actions a review records, each followed until done.
CREATE TABLE opsflow_service_review_action (
  review_number VARCHAR(20)   NOT NULL,
  action_no     INTEGER       NOT NULL,
  action_text   VARCHAR(1000) NOT NULL,
  owner         VARCHAR(64)   NOT NULL,
  due_at        TIMESTAMP     NOT NULL,
  status        VARCHAR(20)   NOT NULL,
  done_note     VARCHAR(2000),
  done_at       TIMESTAMP,
  CONSTRAINT pk_opsflow_service_review_action PRIMARY KEY (review_number, action_no)
);
