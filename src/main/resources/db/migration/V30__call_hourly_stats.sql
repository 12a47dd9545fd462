-- The stats tab reads this hourly roll-up of "calls" instead of the raw rows: a 30-day period is at
-- most 720 hours × a few operators × statuses, a few thousand rows, where the raw table holds millions.
-- It is derived data: store.CallStatsRepository rebuilds the hours whose calls changed since its
-- watermark (calls.updated_at), so it never needs a trigger (portable to PostgreSQL) and never drifts.
-- A call counts in the hour its start_time falls in (UTC hour; every zone the console serves has
-- whole-hour offsets, so local hours and days are sums of these).

CREATE TABLE call_hourly_stats (
    bucket       TIMESTAMP WITH TIME ZONE NOT NULL, -- start_time truncated to the UTC hour
    user_id      BIGINT,
    operator     VARCHAR(255),
    direction    VARCHAR(16)  NOT NULL,
    status       VARCHAR(16)  NOT NULL,
    calls        BIGINT       NOT NULL,
    duration_s   BIGINT       NOT NULL, -- sum of duration_s (null as 0)
    talk_s       BIGINT       NOT NULL, -- sum of talk_s, duration_s when the PBX gave no talk time
    wait_s       BIGINT       NOT NULL, -- sum of wait_s over the calls that waited
    waited       BIGINT       NOT NULL, -- calls with wait_s > 0
    within_sl    BIGINT       NOT NULL, -- calls with wait_s <= 20 (the default service-level threshold)
    -- The outcome split as counts, not as a key: a key would multiply the rows (and the read) by four.
    productive   BIGINT       NOT NULL,
    unproductive BIGINT       NOT NULL,
    scheduled    BIGINT       NOT NULL
);

CREATE INDEX ix_call_hourly_stats_bucket ON call_hourly_stats (bucket);

-- Where the roll-up is up to: the greatest calls.updated_at it has folded in.
CREATE TABLE call_stats_state (
    id          INTEGER PRIMARY KEY,
    watermark   TIMESTAMP WITH TIME ZONE
);
INSERT INTO call_stats_state (id, watermark) VALUES (1, NULL);

-- The incremental refresh finds the changed calls by updated_at.
CREATE INDEX ix_calls_updated ON calls (updated_at);
