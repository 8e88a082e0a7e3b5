-- A create request sent with an Idempotency-Key header is answered once: the key is stored with the
-- answer in the transaction that creates the ticket, and a retry with the same key gets that answer.
CREATE TABLE opsflow_idempotency_key (
  caller VARCHAR(64) NOT NULL,
  idempotency_key VARCHAR(100) NOT NULL,
  endpoint VARCHAR(100) NOT NULL,
  request_hash VARCHAR(64) NOT NULL,
  status INTEGER,
  location VARCHAR(200),
  body VARCHAR(4000),
  created_at TIMESTAMP NOT NULL,
  PRIMARY KEY (caller, idempotency_key)
);
CREATE INDEX ix_opsflow_idempotency_key_created ON opsflow_idempotency_key (created_at);
