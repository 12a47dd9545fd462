-- The live board reads the span each operator is in now (ended_at IS NULL) every few seconds; the timeline
-- grows by one row per state change for years, so the open rows are found by index, not by a scan.
-- Same syntax in H2 2.x and PostgreSQL.
CREATE INDEX ix_operator_session_open ON operator_session (ended_at, operator_id);
