-- Which version of the URL-cleaning rules the stored feed-entry links follow (see
-- warehouse.writes.relink_entries). IF NOT EXISTS: warehouses written before this migration
-- created the table on first use.
CREATE TABLE IF NOT EXISTS core.url_rules (
    version INTEGER PRIMARY KEY,
    applied_at TIMESTAMPTZ NOT NULL,
    links_changed BIGINT
);
