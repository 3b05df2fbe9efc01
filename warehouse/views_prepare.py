"""The SQL that reads resolution's inputs and prepares them: keys, years and signatures.

Split out of warehouse/resolve.py, which runs the rounds and swaps the result in. INPUT_SQL
reads the mentions with their article and feed, SIGNATURE_SQL tells whether they changed since
the last run, MACROS and PREPARE_SQL give each mention its keys and year in the work database.
"""

from __future__ import annotations

INPUT_SQL = """
SELECT m.url_key AS mid,
       (a.duplicate_of IS NOT NULL AND o.url_key IS NOT NULL) AS is_copy,
       CASE WHEN o.url_key IS NOT NULL THEN a.duplicate_of END AS original,
       coalesce(a.published_at, a.first_seen_at) AS reported_at,
       coalesce(nullif(trim(a.sitename), ''), f.name,
                nullif(regexp_extract(a.url, '^[A-Za-z]+://([^/:?#]+)', 1), ''), a.feed_id)
           AS outlet,
       a.feed_id, a.title, a.url, a.duplicate_of, m.phase, m.name, m.series, m.aliases,
       m.countries, m.host,
       -- An announcement with only a month ("in February 2023") starts that month; an undated
       -- page with only a year written in its exercise lines starts that year.
       coalesce(m.start_date, CASE WHEN m.end_date IS NULL THEN coalesce(TRY_CAST(
           json_extract_string(TRY_CAST(m.qualifiers AS JSON), '$.month') || '-01' AS DATE),
           TRY_CAST(json_extract_string(TRY_CAST(m.qualifiers AS JSON), '$.year') || '-01-01'
                    AS DATE)) END)
           AS start_date,
       CASE WHEN m.start_date IS NOT NULL OR m.end_date IS NOT NULL THEN m.start_precision
            WHEN TRY_CAST(json_extract_string(TRY_CAST(m.qualifiers AS JSON), '$.month')
                          || '-01' AS DATE) IS NOT NULL THEN 'month'
            WHEN TRY_CAST(json_extract_string(TRY_CAST(m.qualifiers AS JSON), '$.year')
                          || '-01-01' AS DATE) IS NOT NULL THEN 'year'
            ELSE m.start_precision END AS start_precision,
       m.end_date, m.end_precision,
       m.locations, m.location_names, m.troops, m.aircraft, m.ships, m.vehicles, m.domains,
       m.kind
FROM core.exercise_mentions m
JOIN core.articles a USING (url_key)
LEFT JOIN core.feeds f ON f.feed_id = a.feed_id
LEFT JOIN core.exercise_mentions o ON o.url_key = a.duplicate_of
"""

SIGNATURE_SQL = """
SELECT count(*)::INTEGER,
       coalesce(sum(hash(m.url_key, m.detector_version, m.detected_at, a.duplicate_of)), 0)
           ::VARCHAR
FROM core.exercise_mentions m JOIN core.articles a USING (url_key)
"""

MACROS = r"""
CREATE OR REPLACE MACRO ex_name_year(s) AS coalesce(
    try_cast(nullif(regexp_extract(s, '(?:^|\D)((?:19|20)\d{2})\s*$', 1), '') AS INTEGER),
    CASE WHEN regexp_matches(s, '[\s''’-]\d{2}\s*$')
         THEN 2000 + try_cast(regexp_extract(s, '(\d{2})\s*$', 1) AS INTEGER) END);
CREATE OR REPLACE MACRO ex_slug(s) AS nullif(trim(regexp_replace(lower(
    regexp_replace(regexp_replace(trim(s), '^(?:the\s+|exercises?\s+|operation\s+)+', '', 'i'),
                   '(?:[\s''’-]*(?:19|20)\d{2}|[\s''’-]+\d{2}|\s+[IVX]{1,5})\s*$', '')),
    '[^\p{L}\p{N}]+', '-', 'g'), '-'), '');
CREATE OR REPLACE MACRO ex_locs_ok(a, b) AS len(a) = 0 OR len(b) = 0 OR list_has_any(a, b);
CREATE OR REPLACE MACRO ex_months(lo, hi) AS
    generate_series(date_trunc('month', lo), date_trunc('month', hi), INTERVAL 1 MONTH);
CREATE OR REPLACE MACRO ex_prec(p) AS CASE p WHEN 'day' THEN 3 WHEN 'month' THEN 2
                                             WHEN 'year' THEN 1 ELSE 0 END;
"""

# Each mention with its year, its date window and its normalised participants/locations.
PREPARE_SQL = r"""
CREATE OR REPLACE TEMP TABLE m AS
WITH base AS (
    SELECT i.*,
           timezone('UTC', reported_at)::DATE AS pub,
           CASE start_precision WHEN 'year' THEN date_trunc('year', start_date)::DATE
                WHEN 'month' THEN date_trunc('month', start_date)::DATE ELSE start_date END
               AS s_lo,
           CASE start_precision WHEN 'year' THEN (date_trunc('year', start_date)
                                                  + INTERVAL 1 YEAR - INTERVAL 1 DAY)::DATE
                WHEN 'month' THEN last_day(start_date) ELSE start_date END AS s_hi,
           CASE end_precision WHEN 'year' THEN date_trunc('year', end_date)::DATE
                WHEN 'month' THEN date_trunc('month', end_date)::DATE ELSE end_date END AS e_lo,
           CASE end_precision WHEN 'year' THEN (date_trunc('year', end_date)
                                                + INTERVAL 1 YEAR - INTERVAL 1 DAY)::DATE
                WHEN 'month' THEN last_day(end_date) ELSE end_date END AS e_hi,
           list_distinct(list_transform(list_filter(coalesce(location_names, []),
               lambda x: nullif(trim(x), '') IS NOT NULL), lambda x: lower(trim(x)))) AS raw_locs,
           CASE WHEN json_valid(locations) THEN try(from_json(locations,
               '[{"name": "VARCHAR", "country": "VARCHAR", "sea": "BOOLEAN"}]')) END AS locs_js
    FROM inputs i
), amap AS (SELECT map(list(name_key), list(lower(area))) AS am FROM area_names)
SELECT mid, is_copy, original, reported_at, s_lo, s_hi, e_hi, outlet, feed_id, title, url,
       duplicate_of, phase, name, coalesce(iteration, '') AS iteration,
       series, host, start_date, start_precision, end_date, end_precision, troops, aircraft,
       ships, vehicles, kind,
       coalesce(name_year, year(start_date), year(end_date), year(pub))
           AS year,
       coalesce(ex_slug(series_key), ex_slug(series), ex_slug(name)) AS pslug,
       coalesce(aliases, []) AS aliases,
       least(coalesce(s_lo, e_lo - 14, pub - 21), coalesce(e_hi, s_hi + 14, pub + 21)) AS lo,
       greatest(coalesce(s_lo, e_lo - 14, pub - 21), coalesce(e_hi, s_hi + 14, pub + 21)) AS hi,
       list_sort(list_distinct(list_filter(
           list_concat(coalesce(countries, []), CASE WHEN host IS NULL THEN [] ELSE [host] END),
           lambda x: x IS NOT NULL))) AS parts,
       list_filter(coalesce(location_names, []), lambda x: nullif(trim(x), '') IS NOT NULL)
           AS loc_names,
       list_distinct(list_concat(raw_locs, list_filter(
           list_transform(raw_locs, lambda x: am[x]), lambda x: x IS NOT NULL))) AS locs,
       list_distinct(list_transform(list_filter(coalesce(locs_js, []),
           lambda x: x.sea AND x.name IS NOT NULL), lambda x: trim(x.name))) AS sea_names,
       list_distinct(list_transform(list_filter(coalesce(locs_js, []),
           lambda x: x.country IS NOT NULL), lambda x: x.country)) AS loc_countries,
       list_sort(list_distinct(coalesce(domains, []))) AS domains
FROM base, amap;

-- Series/name/alias keys of named mentions: node = key without separators | year.
CREATE OR REPLACE TEMP TABLE mk AS
SELECT mid, replace(slug, '-', '') || '|' || year AS node
FROM (
    SELECT mid, year, pslug || iteration AS slug FROM m WHERE NOT is_copy AND pslug IS NOT NULL
    UNION ALL SELECT mid, year, ex_slug(name) || iteration FROM m
    WHERE NOT is_copy AND pslug IS NOT NULL
    UNION ALL SELECT mid, year, ex_slug(unnest(aliases)) || iteration FROM m
    WHERE NOT is_copy AND pslug IS NOT NULL
)
WHERE slug IS NOT NULL
GROUP BY ALL;
"""
