-- Call records: the append-only event log of each run of the service, one summary row per call,
-- agents' state history, and 15-minute interval figures per group and per agent.
--
-- A run is one start of the service. Every log row is keyed by (run_id, seq): seq is the order in
-- which the engine (and the hosts) produced the events, so a batch written twice is recognised
-- and a run's log is gap-free. Summaries and interval rows are derived from the log, written in the
-- same transaction as the log rows they follow, and can be rebuilt from it.
--
-- Caller numbers are personal data: caller_number holds the clear number only within the retention
-- period (records.retentionDays); caller_key is a keyed hash (HMAC-SHA-256) of the number that
-- stands for it afterwards; caller_state says which: CLEAR, PSEUDONYMISED, WITHHELD (no number was
-- presented; nothing is stored), ERASED (on the caller's request: neither number nor key).

CREATE TABLE record_run (
  run_id INT PRIMARY KEY,
  started_at TIMESTAMP WITH TIME ZONE NOT NULL,
  ended_at TIMESTAMP WITH TIME ZONE,
  last_seq BIGINT DEFAULT 0 NOT NULL,
  last_at TIMESTAMP WITH TIME ZONE,
  run_state VARCHAR(12) NOT NULL,
  CONSTRAINT record_run_state_known CHECK (run_state IN ('RUNNING', 'STOPPED', 'RECOVERED'))
);

CREATE TABLE call_event (
  run_id INT NOT NULL,
  seq BIGINT NOT NULL,
  occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
  kind VARCHAR(24) NOT NULL,
  call_id VARCHAR(128),
  group_id VARCHAR(128),
  agent_id VARCHAR(128),
  caller_number VARCHAR(40),
  caller_key VARCHAR(64),
  caller_state VARCHAR(14),
  detail VARCHAR(16000),
  CONSTRAINT call_event_pk PRIMARY KEY (run_id, seq),
  CONSTRAINT call_event_run FOREIGN KEY (run_id) REFERENCES record_run (run_id)
);

CREATE INDEX call_event_at ON call_event (occurred_at);

CREATE INDEX call_event_caller_key ON call_event (caller_key);

CREATE INDEX call_event_caller_state ON call_event (caller_state, occurred_at);

CREATE TABLE call_summary (
  run_id INT NOT NULL,
  call_id VARCHAR(128) NOT NULL,
  call_kind VARCHAR(10) NOT NULL,
  origin_call_id VARCHAR(128),
  hotline VARCHAR(128),
  group_id VARCHAR(128),
  first_group_id VARCHAR(128),
  entered_at TIMESTAMP WITH TIME ZONE NOT NULL,
  queued_at TIMESTAMP WITH TIME ZONE,
  answered_at TIMESTAMP WITH TIME ZONE,
  ended_at TIMESTAMP WITH TIME ZONE,
  wrapped_up_at TIMESTAMP WITH TIME ZONE,
  outcome VARCHAR(20) NOT NULL,
  ivr_exit VARCHAR(20),
  overflow_action VARCHAR(20),
  ended_by VARCHAR(10),
  agent_id VARCHAR(128),
  caller_number VARCHAR(40),
  caller_key VARCHAR(64),
  caller_state VARCHAR(14),
  priority INT DEFAULT 0 NOT NULL,
  topic VARCHAR(128),
  choices VARCHAR(200),
  wait_ms BIGINT,
  talk_ms BIGINT,
  wrap_up_ms BIGINT,
  wrap_up_code VARCHAR(100),
  offers INT DEFAULT 0 NOT NULL,
  missed_offers INT DEFAULT 0 NOT NULL,
  overflows INT DEFAULT 0 NOT NULL,
  transfers INT DEFAULT 0 NOT NULL,
  callbacks INT DEFAULT 0 NOT NULL,
  callback_id VARCHAR(128),
  CONSTRAINT call_summary_pk PRIMARY KEY (run_id, call_id),
  CONSTRAINT call_summary_kind_known CHECK (call_kind IN ('INBOUND', 'CALLBACK'))
);

CREATE INDEX call_summary_entered ON call_summary (entered_at);

CREATE INDEX call_summary_caller_key ON call_summary (caller_key, entered_at);

CREATE INDEX call_summary_caller_state ON call_summary (caller_state, entered_at);

CREATE TABLE agent_state (
  run_id INT NOT NULL,
  seq BIGINT NOT NULL,
  agent_id VARCHAR(128) NOT NULL,
  agent_state VARCHAR(12) NOT NULL,
  pause_reason VARCHAR(64),
  since TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT agent_state_pk PRIMARY KEY (run_id, seq)
);

CREATE INDEX agent_state_agent ON agent_state (agent_id, since);

-- Interval figures of one run (reports add up the runs). Counters are those of
-- org.numvert.routing.IntervalFigures; times in milliseconds.
CREATE TABLE group_interval (
  run_id INT NOT NULL,
  group_id VARCHAR(128) NOT NULL,
  interval_start TIMESTAMP WITH TIME ZONE NOT NULL,
  hotline VARCHAR(128),
  offered BIGINT NOT NULL,
  answered BIGINT NOT NULL,
  answered_within BIGINT NOT NULL,
  abandoned BIGINT NOT NULL,
  short_abandoned BIGINT NOT NULL,
  overflowed BIGINT NOT NULL,
  callbacks BIGINT NOT NULL,
  answered_wait_ms BIGINT NOT NULL,
  max_wait_ms BIGINT NOT NULL,
  handled BIGINT NOT NULL,
  talk_ms BIGINT NOT NULL,
  wrap_up_ms BIGINT NOT NULL,
  busy_ms BIGINT NOT NULL,
  available_ms BIGINT NOT NULL,
  CONSTRAINT group_interval_pk PRIMARY KEY (run_id, group_id, interval_start)
);

CREATE INDEX group_interval_start ON group_interval (interval_start);

CREATE TABLE agent_interval (
  run_id INT NOT NULL,
  agent_id VARCHAR(128) NOT NULL,
  interval_start TIMESTAMP WITH TIME ZONE NOT NULL,
  logged_in_ms BIGINT NOT NULL,
  ready_ms BIGINT NOT NULL,
  ringing_ms BIGINT NOT NULL,
  on_call_ms BIGINT NOT NULL,
  wrap_up_state_ms BIGINT NOT NULL,
  paused_ms BIGINT NOT NULL,
  answered BIGINT NOT NULL,
  callbacks BIGINT NOT NULL,
  missed_offers BIGINT NOT NULL,
  handled BIGINT NOT NULL,
  talk_ms BIGINT NOT NULL,
  wrap_up_ms BIGINT NOT NULL,
  CONSTRAINT agent_interval_pk PRIMARY KEY (run_id, agent_id, interval_start)
);

CREATE INDEX agent_interval_start ON agent_interval (interval_start);

CREATE TABLE agent_pause_interval (
  run_id INT NOT NULL,
  agent_id VARCHAR(128) NOT NULL,
  interval_start TIMESTAMP WITH TIME ZONE NOT NULL,
  pause_reason VARCHAR(64) NOT NULL,
  paused_ms BIGINT NOT NULL,
  CONSTRAINT agent_pause_interval_pk PRIMARY KEY (run_id, agent_id, interval_start, pause_reason)
);

CREATE INDEX agent_pause_interval_start ON agent_pause_interval (interval_start);

-- Groups and agents as the engine last described them: labels, hotline and organisations for the
-- reports (an AD'OCC supervisor reads the groups AD'OCC staffs and AD'OCC's agents).
CREATE TABLE record_group (
  group_id VARCHAR(128) PRIMARY KEY,
  hotline VARCHAR(128) NOT NULL,
  label VARCHAR(200) NOT NULL,
  organisations VARCHAR(100) NOT NULL,
  sl_target_seconds INT NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE record_agent (
  agent_id VARCHAR(128) PRIMARY KEY,
  agent_name VARCHAR(200) NOT NULL,
  organisation VARCHAR(10) NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
