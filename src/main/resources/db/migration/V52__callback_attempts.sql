-- Callback retries: a callback task whose customer could not be reached (busy, no answer, number
-- unavailable) is tried again a bounded number of times. Its summary counts the attempts (an agent
-- called the number) and keeps the PBX's word for the last failed one (BUSY, NOANSWER,
-- CHANUNAVAIL ...); the outcome is CALLBACK_FAILED once the task is given up.

ALTER TABLE call_summary ADD COLUMN callback_attempts INT DEFAULT 0 NOT NULL;

ALTER TABLE call_summary ADD COLUMN callback_result VARCHAR(20);
