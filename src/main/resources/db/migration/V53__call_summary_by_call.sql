-- The callbacks owed at start (records.OwedCallbacks) look a call up by its id across runs and
-- pick the tasks an earlier run carried over: both without a scan of every call summary.
CREATE INDEX call_summary_call ON call_summary (call_id, run_id);
CREATE INDEX call_summary_outcome ON call_summary (outcome, run_id);
