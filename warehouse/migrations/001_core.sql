-- 001: feed state, poll log, articles and the feed-entry index.
-- Tables live in schema `core`; the public, stable interface is the views in `main`.
CREATE SCHEMA IF NOT EXISTS core;

CREATE TABLE core.feeds (
    feed_id              VARCHAR PRIMARY KEY,   -- sha1 of the configured URL, stable across redirects
    name                 VARCHAR NOT NULL,
    configured_url       VARCHAR NOT NULL,      -- as written in the feeds file
    url                  VARCHAR NOT NULL,      -- current URL (updated by 301/308)
    language             VARCHAR,
    tags                 VARCHAR[],
    interval_minutes     INTEGER NOT NULL,
    active               BOOLEAN NOT NULL DEFAULT TRUE,
    retired_at           TIMESTAMPTZ,
    retired_reason       VARCHAR,
    etag                 VARCHAR,
    last_modified        VARCHAR,
    body_hash            VARCHAR,
    last_status          INTEGER,
    last_outcome         VARCHAR,
    last_error           VARCHAR,
    last_polled_at       TIMESTAMPTZ,
    last_success_at      TIMESTAMPTZ,
    next_poll_at         TIMESTAMPTZ,
    failure_score        DOUBLE NOT NULL DEFAULT 0,
    consecutive_failures INTEGER NOT NULL DEFAULT 0,
    polls_total          BIGINT NOT NULL DEFAULT 0,
    entries_total        BIGINT NOT NULL DEFAULT 0,
    articles_total       BIGINT NOT NULL DEFAULT 0,
    created_at           TIMESTAMPTZ NOT NULL,
    updated_at           TIMESTAMPTZ NOT NULL
);

CREATE TABLE core.poll_log (
    run_id        VARCHAR NOT NULL,
    feed_id       VARCHAR NOT NULL,
    started_at    TIMESTAMPTZ NOT NULL,
    finished_at   TIMESTAMPTZ NOT NULL,
    request_url   VARCHAR NOT NULL,
    final_url     VARCHAR,
    status_code   INTEGER,
    outcome       VARCHAR NOT NULL,  -- ok | not_modified | unchanged | error | gone | skipped
    error         VARCHAR,
    entries_total INTEGER NOT NULL DEFAULT 0,
    entries_new   INTEGER NOT NULL DEFAULT 0,
    articles_new  INTEGER NOT NULL DEFAULT 0,
    pages_fetched INTEGER NOT NULL DEFAULT 0,
    pages_failed  INTEGER NOT NULL DEFAULT 0,
    bytes         BIGINT NOT NULL DEFAULT 0,
    elapsed_ms    INTEGER NOT NULL DEFAULT 0,
    next_poll_at  TIMESTAMPTZ,
    PRIMARY KEY (run_id, feed_id)
);

CREATE TABLE core.articles (
    url_key           VARCHAR PRIMARY KEY,  -- cleaned canonical URL
    url               VARCHAR NOT NULL,     -- URL the page was fetched from
    canonical_url     VARCHAR,
    feed_id           VARCHAR NOT NULL,     -- feed that first delivered it
    entry_key         VARCHAR NOT NULL,
    title             VARCHAR NOT NULL,
    author            VARCHAR,
    sitename          VARCHAR,
    language          VARCHAR,
    published_at      TIMESTAMPTZ,
    first_seen_at     TIMESTAMPTZ NOT NULL,
    run_id            VARCHAR NOT NULL,
    http_status       INTEGER,
    content_type      VARCHAR,
    text              VARCHAR NOT NULL,
    summary           VARCHAR NOT NULL,
    extraction_status VARCHAR NOT NULL,     -- full | summary | title_only
    extraction_reason VARCHAR,
    fingerprint       UBIGINT,              -- 64-bit Simhash of the body (full extractions only)
    duplicate_of      VARCHAR,              -- url_key of the first near-identical copy
    word_count        INTEGER NOT NULL
);

CREATE TABLE core.feed_entries (
    feed_id       VARCHAR NOT NULL,
    entry_key     VARCHAR NOT NULL,
    url_key       VARCHAR NOT NULL,
    guid          VARCHAR,
    link          VARCHAR,
    first_seen_at TIMESTAMPTZ NOT NULL,
    run_id        VARCHAR NOT NULL,
    PRIMARY KEY (feed_id, entry_key)
);

CREATE OR REPLACE VIEW main.articles AS
SELECT
    a.url_key           AS article_id,
    a.url,
    a.canonical_url,
    a.title,
    a.author,
    a.sitename,
    a.language,
    a.published_at,
    a.first_seen_at,
    a.feed_id,
    f.name              AS feed_name,
    a.extraction_status,
    a.extraction_reason,
    a.word_count,
    a.text,
    a.summary,
    a.duplicate_of,
    a.duplicate_of IS NOT NULL AS is_duplicate
FROM core.articles a
LEFT JOIN core.feeds f USING (feed_id);

CREATE OR REPLACE VIEW main.feed_status AS
SELECT
    feed_id,
    name,
    url,
    configured_url,
    language,
    tags,
    active,
    retired_reason,
    last_polled_at,
    last_status,
    last_outcome,
    last_error,
    last_success_at,
    next_poll_at,
    failure_score,
    consecutive_failures,
    polls_total,
    entries_total,
    articles_total
FROM core.feeds;
