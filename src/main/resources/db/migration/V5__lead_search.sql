-- Leads: any number of phones, and search-as-you-type that stays fast with 100,000 leads.
-- Portable SQL (H2 2.x and PostgreSQL). Only indexed LIKE 'prefix%' is used to search.

-- Every phone of a lead, E.164; position 0 is the main one (also kept in lead.phone for old readers).
CREATE TABLE lead_phone (
    lead_id   BIGINT       NOT NULL REFERENCES lead (id) ON DELETE CASCADE,
    position  INTEGER      NOT NULL,
    e164      VARCHAR(32)  NOT NULL,
    PRIMARY KEY (lead_id, position)
);

-- Lead matching looks a call's number up here.
CREATE INDEX ix_lead_phone_e164 ON lead_phone (e164, lead_id);

-- The search terms of a lead: each word of its name and company, lowercase without accents, and
-- the digits of each phone (with country code, with DDD, without DDD). A typed word matches a
-- term by prefix, which an index answers without reading the lead table.
CREATE TABLE lead_search_term (
    term     VARCHAR(255)  NOT NULL,
    lead_id  BIGINT        NOT NULL REFERENCES lead (id) ON DELETE CASCADE
);

CREATE INDEX ix_lead_search_term ON lead_search_term (term, lead_id);
CREATE INDEX ix_lead_search_term_lead ON lead_search_term (lead_id);

-- The list is sorted by name: the normalised name makes that order accent- and case-blind.
ALTER TABLE lead ADD COLUMN sort_name VARCHAR(255);
CREATE INDEX ix_lead_sort_name ON lead (sort_name, id);

-- Reports the list with stage and callback side by side, and "my callbacks due".
CREATE INDEX ix_lead_next_callback ON lead (next_callback_at);
