-- KEY and VALUE are reserved words in H2, CURSOR in standard SQL: hence the prefixed column names.

CREATE TABLE setting (
    setting_key    VARCHAR(255)  NOT NULL PRIMARY KEY,
    setting_value  VARCHAR,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One row per sync (e.g. "history"): where the next run starts. Written in the same transaction
-- as the rows it covers, so a crash never leaves a gap or a duplicate.
CREATE TABLE sync_state (
    name         VARCHAR(64)   NOT NULL PRIMARY KEY,
    sync_cursor  VARCHAR(1024),
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
