-- A bulk load (the first history sync of a new install: ~200,000 calls into an empty table) sets the
-- table's secondary indexes aside and builds them once at the end, instead of updating each of them
-- row by row (store.DeferredIndexes). Each index set aside is recorded here, in its own committed
-- transaction, before it is dropped; the record goes only after the index is built again. A load
-- killed half-way therefore leaves its indexes listed, and the next open of the database builds them.
-- Portable SQL (H2 2.x and PostgreSQL), as in V1; only H2 ever sets indexes aside.
CREATE TABLE deferred_index (
    index_name  VARCHAR(128)   NOT NULL PRIMARY KEY,
    table_name  VARCHAR(128)   NOT NULL,
    create_sql  VARCHAR(4000)  NOT NULL
);
