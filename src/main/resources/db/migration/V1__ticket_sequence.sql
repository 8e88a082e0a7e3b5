-- One counter per ticket prefix and year: INC-2026-000042, CHG-..., PRB-..., REQ-...
CREATE TABLE opsflow_ticket_sequence (
  prefix      VARCHAR(8) NOT NULL,
  ticket_year INTEGER    NOT NULL,
  last_value  BIGINT     NOT NULL,
  CONSTRAINT pk_opsflow_ticket_sequence PRIMARY KEY (prefix, ticket_year)
);
