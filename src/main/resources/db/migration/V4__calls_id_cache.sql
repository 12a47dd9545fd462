-- A sync inserts calls 1000 at a time. With the default identity cache (32 in H2), H2 rewrote the
-- sequence's metadata every 32 rows, a large share of each page's write time; 1000 values per
-- allocation makes that once per page. A crash only skips unused ids (gaps are harmless).
-- Same syntax in H2 2.x and PostgreSQL (ALTER COLUMN … SET sequence_option).
ALTER TABLE calls ALTER COLUMN id SET CACHE 1000;
