-- 003: one row per exercise (resolved from mentions), its members and evidence, the reference
-- tables that place exercises in seas and regions, and the trend views.
-- Everything in core.exercise* is derived: warehouse/resolve.py rebuilds it from
-- core.exercise_mentions in one transaction, so it can be dropped and rebuilt at any time.

CREATE TABLE core.exercises (
    exercise_id      VARCHAR PRIMARY KEY,   -- slug of series/name + year, or anon-YEAR-hash
    name             VARCHAR,               -- most precise, most reported name
    series           VARCHAR,
    year             INTEGER NOT NULL,
    countries        VARCHAR[] NOT NULL,    -- participants kept after the support rule
    host             VARCHAR,               -- by vote of the mentions that name one
    start_date       DATE,
    start_precision  VARCHAR,
    end_date         DATE,
    end_precision    VARCHAR,
    location_names   VARCHAR[] NOT NULL,
    seas             VARCHAR[] NOT NULL,    -- canonical sea areas (core.area_names)
    regions          VARCHAR[] NOT NULL,    -- UN M49 sub-regions and named land regions
    troops           BIGINT,
    aircraft         INTEGER,
    ships            INTEGER,
    vehicles         INTEGER,
    domains          VARCHAR[] NOT NULL,
    kind             VARCHAR,
    phase            VARCHAR NOT NULL,      -- of the latest mention that states one
    first_reported   TIMESTAMPTZ NOT NULL,
    last_reported    TIMESTAMPTZ NOT NULL,
    first_announced  TIMESTAMPTZ,           -- earliest mention in phase 'announced'
    mention_count    INTEGER NOT NULL,      -- mentions counted (near-duplicate copies excluded)
    report_count     INTEGER NOT NULL,      -- all reports, copies included
    outlet_count     INTEGER NOT NULL,
    sources          VARCHAR[] NOT NULL,    -- outlets (sitename, else feed name, else host)
    feed_ids         VARCHAR[] NOT NULL,
    resolution       VARCHAR NOT NULL       -- name | overlap | single
);

CREATE TABLE core.exercise_members (
    url_key      VARCHAR PRIMARY KEY,       -- a mention (core.exercise_mentions.url_key)
    exercise_id  VARCHAR NOT NULL,
    rule         VARCHAR NOT NULL,          -- name | overlap | single | copy
    counted      BOOLEAN NOT NULL,          -- false for near-duplicates of a member article
    outlet       VARCHAR NOT NULL,
    feed_id      VARCHAR NOT NULL,
    reported_at  TIMESTAMPTZ NOT NULL,      -- published_at, else first_seen_at
    title        VARCHAR NOT NULL,          -- copied from core.articles, so the member and
    url          VARCHAR NOT NULL,          -- evidence views never scan the articles
    duplicate_of VARCHAR
);

CREATE TABLE core.exercise_evidence (
    exercise_id  VARCHAR NOT NULL,
    field        VARCHAR NOT NULL,          -- name, host, country, start_date, troops, ...
    value        VARCHAR NOT NULL,
    url_key      VARCHAR NOT NULL,          -- the (earliest) mention that gave the value
    support      INTEGER NOT NULL           -- how many counted mentions gave it
);

CREATE TABLE core.resolution_runs (
    resolved_at      TIMESTAMPTZ NOT NULL,
    resolver_version VARCHAR NOT NULL,
    signature        VARCHAR NOT NULL,      -- of the mentions it was built from
    mentions         INTEGER NOT NULL,
    exercises        INTEGER NOT NULL,
    elapsed_ms       INTEGER NOT NULL
);

-- Reference: UN M49 sub-region of each ISO 3166-1 alpha-2 code.
CREATE TABLE core.country_regions (country VARCHAR PRIMARY KEY, region VARCHAR NOT NULL);
INSERT INTO core.country_regions
SELECT unnest(codes), region FROM (VALUES
    ('Northern Europe', ['GB','IE','IS','NO','SE','FI','DK','EE','LV','LT','FO','AX','SJ','IM',
                         'JE','GG']),
    ('Western Europe', ['FR','DE','NL','BE','LU','AT','CH','LI','MC']),
    ('Eastern Europe', ['RU','UA','BY','PL','CZ','SK','HU','RO','BG','MD']),
    ('Southern Europe', ['ES','PT','IT','GR','MT','SI','HR','BA','RS','ME','MK','AL','AD','SM',
                         'VA','GI','XK']),
    ('Northern Africa', ['DZ','EG','LY','MA','SD','TN','EH']),
    ('Western Africa', ['BJ','BF','CV','CI','GM','GH','GN','GW','LR','ML','MR','NE','NG','SN',
                        'SL','TG','SH']),
    ('Middle Africa', ['AO','CM','CF','TD','CG','CD','GQ','GA','ST']),
    ('Eastern Africa', ['BI','KM','DJ','ER','ET','KE','MG','MW','MU','YT','MZ','RE','RW','SC',
                        'SO','SS','UG','TZ','ZM','ZW','IO','TF']),
    ('Southern Africa', ['BW','SZ','LS','NA','ZA']),
    ('Western Asia', ['AM','AZ','BH','CY','GE','IQ','IL','JO','KW','LB','OM','QA','SA','PS',
                      'SY','TR','AE','YE']),
    ('Central Asia', ['KZ','KG','TJ','TM','UZ']),
    ('Southern Asia', ['AF','BD','BT','IN','IR','MV','NP','PK','LK']),
    ('Eastern Asia', ['CN','HK','MO','KP','JP','MN','KR','TW']),
    ('South-eastern Asia', ['BN','KH','ID','LA','MY','MM','PH','SG','TH','TL','VN']),
    ('Northern America', ['US','CA','GL','BM','PM']),
    ('Central America', ['BZ','CR','SV','GT','HN','MX','NI','PA']),
    ('Caribbean', ['AG','BS','BB','CU','DM','DO','GD','HT','JM','KN','LC','VC','TT','PR','AW',
                   'CW','SX','KY','VG','VI','TC','MS','AI','GP','MQ','BL','MF','BQ']),
    ('South America', ['AR','BO','BR','CL','CO','EC','GY','PY','PE','SR','UY','VE','FK','GF']),
    ('Australia and New Zealand', ['AU','NZ','NF']),
    ('Melanesia', ['FJ','NC','PG','SB','VU']),
    ('Micronesia', ['GU','KI','MH','FM','NR','MP','PW']),
    ('Polynesia', ['AS','CK','PF','NU','PN','WS','TK','TO','TV','WF'])
) AS t(region, codes);

-- Reference: location names as the detector reports them (lower-cased) -> canonical area.
CREATE TABLE core.area_names (
    name_key  VARCHAR PRIMARY KEY,
    area      VARCHAR NOT NULL,
    area_type VARCHAR NOT NULL   -- sea | region
);
INSERT INTO core.area_names
SELECT unnest(names), area, area_type FROM (VALUES
    ('Sea of Japan', 'sea', ['sea of japan','east sea']),
    ('East China Sea', 'sea', ['east china sea']),
    ('South China Sea', 'sea', ['south china sea','west philippine sea','gulf of tonkin',
                                'paracel islands','spratly islands']),
    ('Yellow Sea', 'sea', ['yellow sea','west sea','bohai sea','bohai strait']),
    ('Taiwan Strait', 'sea', ['taiwan strait','strait of taiwan']),
    ('Korea Strait', 'sea', ['korea strait','tsushima strait']),
    ('Philippine Sea', 'sea', ['philippine sea']),
    ('Sea of Okhotsk', 'sea', ['sea of okhotsk']),
    ('Bering Sea', 'sea', ['bering sea']),
    ('Barents Sea', 'sea', ['barents sea']),
    ('Norwegian Sea', 'sea', ['norwegian sea']),
    ('North Sea', 'sea', ['north sea','moray firth']),
    ('Baltic Sea', 'sea', ['baltic sea','baltic','gulf of finland','gulf of bothnia']),
    ('Black Sea', 'sea', ['black sea','sea of azov','bosporus','bosphorus']),
    ('Caspian Sea', 'sea', ['caspian sea']),
    ('Mediterranean Sea', 'sea', ['mediterranean','mediterranean sea','eastern mediterranean',
                                  'aegean sea','aegean','adriatic sea','adriatic','ionian sea',
                                  'tyrrhenian sea','sea of marmara','dardanelles',
                                  'strait of gibraltar']),
    ('Red Sea and Gulf of Aden', 'sea', ['red sea','gulf of aden']),
    ('Arabian Sea', 'sea', ['arabian sea','laccadive sea']),
    ('Persian Gulf and Gulf of Oman', 'sea', ['persian gulf','arabian gulf','gulf of oman',
                                              'strait of hormuz']),
    ('Indian Ocean', 'sea', ['indian ocean']),
    ('Bay of Bengal and Andaman Sea', 'sea', ['bay of bengal','andaman sea']),
    ('Strait of Malacca', 'sea', ['strait of malacca','malacca strait','straits of malacca',
                                  'singapore strait']),
    ('Java and Celebes Seas', 'sea', ['java sea','celebes sea','sulu sea','sunda strait',
                                      'lombok strait']),
    ('Gulf of Thailand', 'sea', ['gulf of thailand']),
    ('Timor and Arafura Seas', 'sea', ['timor sea','arafura sea']),
    ('Coral and Tasman Seas', 'sea', ['coral sea','tasman sea']),
    ('Pacific Ocean', 'sea', ['pacific','pacific ocean','western pacific','south pacific',
                              'north pacific','gulf of california']),
    ('Atlantic Ocean', 'sea', ['atlantic','atlantic ocean','north atlantic','bay of biscay']),
    ('Arctic Ocean', 'sea', ['arctic','arctic ocean']),
    ('Gulf of Mexico', 'sea', ['gulf of mexico']),
    ('Caribbean Sea', 'sea', ['caribbean','caribbean sea']),
    ('Gulf of Guinea', 'sea', ['gulf of guinea']),
    ('Mozambique Channel', 'sea', ['mozambique channel']),
    ('Irish Sea and English Channel', 'sea', ['irish sea','english channel','firth of clyde',
                                              'minch']),
    ('Korean Peninsula', 'region', ['korean peninsula']),
    ('Indo-Pacific', 'region', ['indo-pacific']),
    ('Horn of Africa', 'region', ['horn of africa']),
    ('Sahel', 'region', ['sahel'])
) AS t(area, area_type, names);

-- Public views ------------------------------------------------------------------------------

CREATE OR REPLACE VIEW main.exercises AS
SELECT exercise_id, name, series, year, countries, host, start_date, start_precision, end_date,
       end_precision, location_names, seas, regions, troops, aircraft, ships, vehicles, domains,
       kind, phase, first_reported, last_reported, first_announced, mention_count, report_count,
       outlet_count, sources, feed_ids, resolution
FROM core.exercises;

CREATE OR REPLACE VIEW main.exercise_members AS
SELECT exercise_id, url_key AS article_id, rule, counted, outlet, feed_id, reported_at, title,
       url, duplicate_of
FROM core.exercise_members;

CREATE OR REPLACE VIEW main.exercise_evidence AS
SELECT ev.exercise_id, ev.field, ev.value, ev.support, ev.url_key AS article_id, mb.title,
       mb.url
FROM core.exercise_evidence ev
JOIN core.exercise_members mb USING (url_key);

-- The month an exercise belongs to: its start, else the day it was first reported (UTC).
CREATE OR REPLACE VIEW main.exercises_by_month AS
WITH base AS (
    SELECT exercise_id, host, countries, mention_count, troops,
           date_trunc('month', coalesce(start_date,
                                        timezone('UTC', first_reported)::DATE))::DATE AS month
    FROM core.exercises
)
SELECT month, 'host' AS dimension, host AS country, count(*) AS exercises,
       sum(mention_count) AS mentions, sum(troops) AS troops
FROM base GROUP BY ALL
UNION ALL
SELECT month, 'participant' AS dimension, country, count(*) AS exercises,
       sum(mention_count) AS mentions, sum(troops) AS troops
FROM (SELECT month, mention_count, troops, unnest(countries) AS country FROM base)
GROUP BY ALL;

-- Pairs come from list arithmetic rather than a double lateral unnest: an order of magnitude
-- faster on 25,000 exercises.
CREATE OR REPLACE VIEW main.participant_pairs AS
WITH p AS (
    SELECT year, exercise_id, mention_count, start_date,
           unnest(list_filter(
               list_transform(generate_series(0, len(countries) * len(countries) - 1),
                              lambda i: struct_pack(a := countries[i // len(countries) + 1],
                                                    b := countries[i % len(countries) + 1])),
               lambda x: x.a < x.b)) AS pair
    FROM core.exercises WHERE len(countries) >= 2
)
SELECT year, pair.a AS country_a, pair.b AS country_b, count(*) AS exercises,
       sum(mention_count) AS mentions, min(start_date) AS first_start,
       max(start_date) AS last_start,
       list(exercise_id ORDER BY exercise_id)[1:20] AS sample_exercise_ids
FROM p GROUP BY ALL;

CREATE OR REPLACE VIEW main.exercises_by_area AS
WITH base AS (
    SELECT seas, regions, mention_count, host,
           date_trunc('month', coalesce(start_date,
                                        timezone('UTC', first_reported)::DATE))::DATE AS month
    FROM core.exercises
), areas AS (
    SELECT month, mention_count, host, 'sea' AS area_type, unnest(seas) AS area FROM base
    UNION ALL
    SELECT month, mention_count, host, 'region' AS area_type, unnest(regions) AS area FROM base
)
SELECT month, year(month) AS year, area_type, area, count(*) AS exercises,
       sum(mention_count) AS mentions, count(DISTINCT host) AS hosts
FROM areas GROUP BY ALL;

CREATE OR REPLACE VIEW main.lead_time AS
SELECT exercise_id, name, host, year, start_date, start_precision, first_reported,
       first_announced,
       start_date - timezone('UTC', first_reported)::DATE AS lead_days,
       start_date - timezone('UTC', first_announced)::DATE AS announced_lead_days,
       mention_count
FROM core.exercises
WHERE start_date IS NOT NULL;

CREATE OR REPLACE VIEW main.largest_exercises AS
SELECT exercise_id, name, year, host, countries, start_date, troops, ships, aircraft, vehicles,
       CASE WHEN troops IS NOT NULL
            THEN rank() OVER (PARTITION BY troops IS NULL ORDER BY troops DESC) END AS troops_rank,
       CASE WHEN ships IS NOT NULL
            THEN rank() OVER (PARTITION BY ships IS NULL ORDER BY ships DESC) END AS ships_rank,
       CASE WHEN aircraft IS NOT NULL
            THEN rank() OVER (PARTITION BY aircraft IS NULL ORDER BY aircraft DESC) END
           AS aircraft_rank,
       mention_count
FROM core.exercises
WHERE troops IS NOT NULL OR ships IS NOT NULL OR aircraft IS NOT NULL OR vehicles IS NOT NULL;

CREATE OR REPLACE VIEW main.coverage AS
SELECT mb.exercise_id, e.name, e.year, mb.outlet,
       count(*) FILTER (WHERE mb.counted) AS mentions,
       count(*) AS reports,
       count(*) FILTER (WHERE NOT mb.counted) AS copies,
       min(mb.reported_at) AS first_reported,
       max(mb.reported_at) AS last_reported
FROM core.exercise_members mb
JOIN core.exercises e USING (exercise_id)
GROUP BY ALL;
