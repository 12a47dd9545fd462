-- The history sync's cursor lists the windows of a run (a 90-day first sync of a busy account has
-- about 90 of them) and which are stored: more than the 1024 characters of V3.
ALTER TABLE sync_state ALTER COLUMN sync_cursor SET DATA TYPE VARCHAR(65536);
