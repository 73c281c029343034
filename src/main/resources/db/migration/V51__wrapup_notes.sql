-- Agents' wrap-up notes: the free text an agent writes with the wrap-up code of a call. A call is
-- identified as in call_summary, by (run_id, call_id). One row per call and agent: an agent who
-- corrects its note within the same wrap-up replaces it (the latest is kept); another agent of the
-- same call (after a transfer) has its own row.
--
-- Notes may contain personal data: they are deleted once written_at is older than the retention
-- period (records.retentionDays), and with the calls of a caller who asks for erasure.

CREATE TABLE wrapup_note (
  run_id INT NOT NULL,
  call_id VARCHAR(128) NOT NULL,
  agent_id VARCHAR(128) NOT NULL,
  wrap_up_code VARCHAR(100),
  note_text VARCHAR(2000) NOT NULL,
  written_at TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT wrapup_note_pk PRIMARY KEY (run_id, call_id, agent_id),
  CONSTRAINT wrapup_note_run FOREIGN KEY (run_id) REFERENCES record_run (run_id)
);

CREATE INDEX wrapup_note_call ON wrapup_note (call_id);

CREATE INDEX wrapup_note_written ON wrapup_note (written_at);
