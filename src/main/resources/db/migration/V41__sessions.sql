-- Sessions of the pages, kept in the database so that a restart of the service logs nobody out.
-- The session id is stored as its SHA-256 digest: reading this table gives no usable cookie.
-- login: the signed-in user (NULL before login), to end all of a user's sessions at once.

CREATE TABLE web_session (
  id_hash VARCHAR(64) PRIMARY KEY,
  login VARCHAR(64),
  session_data VARBINARY(65536) NOT NULL,
  data_version INTEGER NOT NULL,
  idle_millis BIGINT NOT NULL,
  last_accessed TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX web_session_login ON web_session (login);

CREATE INDEX web_session_expiry ON web_session (expires_at);
