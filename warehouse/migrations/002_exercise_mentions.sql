-- 002: one row per article that reports a military exercise, as the detector saw it.
CREATE TABLE core.exercise_mentions (
    url_key          VARCHAR PRIMARY KEY,   -- the article (core.articles.url_key)
    detector_version VARCHAR NOT NULL,
    detected_at      TIMESTAMPTZ NOT NULL,
    score            DOUBLE NOT NULL,
    phase            VARCHAR NOT NULL,      -- announced | ongoing | concluded | cancelled | unknown
    name             VARCHAR,
    series           VARCHAR,
    aliases          VARCHAR[],
    countries        VARCHAR[],             -- ISO 3166-1 alpha-2 of participating states
    host             VARCHAR,
    start_date       DATE,
    start_precision  VARCHAR,               -- day | month | year
    end_date         DATE,
    end_precision    VARCHAR,
    locations        JSON,                  -- [{"name", "country", "sea"}...]
    location_names   VARCHAR[],
    troops           BIGINT,
    aircraft         INTEGER,
    ships            INTEGER,
    vehicles         INTEGER,
    domains          VARCHAR[],
    kind             VARCHAR,               -- national | bilateral | multilateral
    qualifiers       JSON,
    evidence         JSON
);

CREATE TABLE core.article_checks (
    url_key          VARCHAR PRIMARY KEY,   -- every article the detector has looked at
    detector_version VARCHAR NOT NULL,
    checked_at       TIMESTAMPTZ NOT NULL,
    is_exercise      BOOLEAN NOT NULL,
    score            DOUBLE NOT NULL
);

CREATE OR REPLACE VIEW main.exercise_mentions AS
SELECT
    m.url_key          AS article_id,
    a.url,
    a.title,
    a.published_at,
    a.first_seen_at,
    a.feed_id,
    f.name             AS feed_name,
    a.sitename,
    a.duplicate_of,
    m.detector_version,
    m.detected_at,
    m.score,
    m.phase,
    m.name,
    m.series,
    m.aliases,
    m.countries,
    m.host,
    m.start_date,
    m.start_precision,
    m.end_date,
    m.end_precision,
    m.locations,
    m.location_names,
    m.troops,
    m.aircraft,
    m.ships,
    m.vehicles,
    m.domains,
    m.kind,
    m.qualifiers,
    m.evidence
FROM core.exercise_mentions m
JOIN core.articles a USING (url_key)
LEFT JOIN core.feeds f ON f.feed_id = a.feed_id;
