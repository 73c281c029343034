-- Routing directory: skill groups (seeded from ivr-scripts/skill-groups.yaml, then edited live),
-- agents with their skills, and each agent's routing state so that logged-in and paused agents
-- are restored after a restart. Lists (organisations, overflow groups) are comma-separated ids.

CREATE TABLE skill_group (
  id VARCHAR(60) PRIMARY KEY,
  hotline VARCHAR(60) NOT NULL,
  label VARCHAR(200) NOT NULL,
  sl_target_seconds INT NOT NULL,
  sl_goal_percent INT DEFAULT 80 NOT NULL,
  wrap_up_seconds INT NOT NULL,
  max_wait_seconds INT NOT NULL,
  max_queue_length INT NOT NULL,
  join_when_empty BOOLEAN NOT NULL,
  organisations VARCHAR(40) NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT skill_group_limits CHECK (sl_target_seconds > 0 AND wrap_up_seconds >= 0
    AND max_wait_seconds >= 0 AND max_queue_length >= 0 AND sl_goal_percent BETWEEN 1 AND 100)
);

CREATE TABLE skill_group_escalation (
  group_id VARCHAR(60) NOT NULL,
  step_no INT NOT NULL,
  after_seconds INT NOT NULL,
  min_proficiency INT NOT NULL,
  also_groups VARCHAR(1000) NOT NULL,
  PRIMARY KEY (group_id, step_no),
  CONSTRAINT skill_group_escalation_group FOREIGN KEY (group_id) REFERENCES skill_group (id) ON DELETE CASCADE
);

CREATE TABLE agent (
  id VARCHAR(64) PRIMARY KEY,
  name VARCHAR(100) NOT NULL,
  organisation VARCHAR(10) NOT NULL,
  contact VARCHAR(200) NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT agent_organisation_known CHECK (organisation IN ('REGION', 'ADOCC'))
);

CREATE TABLE agent_skill (
  agent_id VARCHAR(64) NOT NULL,
  group_id VARCHAR(60) NOT NULL,
  proficiency INT NOT NULL,
  PRIMARY KEY (agent_id, group_id),
  CONSTRAINT agent_skill_agent FOREIGN KEY (agent_id) REFERENCES agent (id) ON DELETE CASCADE,
  CONSTRAINT agent_skill_group FOREIGN KEY (group_id) REFERENCES skill_group (id),
  CONSTRAINT agent_skill_proficiency CHECK (proficiency BETWEEN 1 AND 5)
);

-- pause_reason NULL with logged_in = ready (or busy on a call); logged_in FALSE = logged out.
CREATE TABLE agent_routing_state (
  agent_id VARCHAR(64) PRIMARY KEY,
  logged_in BOOLEAN NOT NULL,
  pause_reason VARCHAR(40),
  changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT agent_routing_state_agent FOREIGN KEY (agent_id) REFERENCES agent (id) ON DELETE CASCADE
);
