"""The merge step of exercise resolution: member mentions -> one exercise row plus evidence.

Kept apart from warehouse/resolve.py (which decides *which* mentions belong together) because
the merge rules are what analysts ask about: each rule below is one temp table, named after
the field it decides, and every chosen value keeps the mention it came from (out_evidence).

Input: temp tables `m` (prepared mentions), `mem` (mention -> exercise, rule), `ids`
(exercise -> year, resolution), `area_names`, `country_regions`. Output: `out_exercises`,
`out_members`, `out_evidence`. All tie-breaks are explicit, so the result is deterministic.
"""

from __future__ import annotations


def _vote(field: str, prefer: str = "") -> str:
    """Most-supported value of a field among counted mentions; ties go to the earliest."""
    return f"""
CREATE OR REPLACE TEMP TABLE v_{field} AS
SELECT exercise_id, {field} AS value, count(*)::INTEGER AS support,
       arg_min(mid, (reported_at, mid)) AS mid
FROM cm WHERE counted AND {field} IS NOT NULL
GROUP BY exercise_id, {field}
QUALIFY row_number() OVER (PARTITION BY exercise_id
                           ORDER BY {prefer} count(*) DESC, min(reported_at), {field}) = 1;
"""


def _date(field: str) -> str:
    """Most precise date (day > month > year), then most supported, then most recent report."""
    return f"""
CREATE OR REPLACE TEMP TABLE v_{field} AS
SELECT exercise_id, {field}_date AS value, {field}_precision AS precision,
       count(*)::INTEGER AS support, arg_min(mid, (reported_at, mid)) AS mid
FROM cm WHERE counted AND {field}_date IS NOT NULL
GROUP BY exercise_id, {field}_date, {field}_precision
QUALIFY row_number() OVER (PARTITION BY exercise_id
                           ORDER BY ex_prec({field}_precision) DESC, count(*) DESC,
                                    max(reported_at) DESC, {field}_date) = 1;
"""


_COUNTS = " UNION ALL ".join(
    f"SELECT exercise_id, mid, reported_at, '{f}' AS field, {f}::BIGINT AS n"
    f" FROM cm WHERE counted AND {f} IS NOT NULL"
    for f in ("troops", "aircraft", "ships", "vehicles")
)

MERGE_SQL = (
    """
CREATE OR REPLACE TEMP TABLE cm AS
SELECT mem.exercise_id, mem.rule, mem.rule <> 'copy' AS counted, m.*
FROM mem JOIN m USING (mid);

CREATE OR REPLACE TEMP TABLE out_members AS
SELECT mid AS url_key, exercise_id, rule, counted, outlet, feed_id, reported_at, title, url,
       duplicate_of
FROM cm;
"""
    + _vote("name", prefer="(ex_name_year(name) IS NOT NULL) DESC,")
    + _vote("series")
    + _vote("host")
    + _vote("kind")
    + _date("start")
    + _date("end")
    + f"""
-- Participants: a country named by a single mention of an exercise that three or more
-- mentions describe is dropped (kept as evidence 'country_dropped'); the host always stays.
CREATE OR REPLACE TEMP TABLE v_country AS
WITH c AS (SELECT exercise_id, mid, reported_at, unnest(parts) AS value FROM cm WHERE counted),
     agg AS (SELECT exercise_id, value, count(DISTINCT mid)::INTEGER AS support,
                    arg_min(mid, (reported_at, mid)) AS mid
             FROM c GROUP BY ALL),
     n AS (SELECT exercise_id, count(*) FILTER (WHERE len(parts) > 0) AS n
           FROM cm WHERE counted GROUP BY ALL)
SELECT agg.*, coalesce(agg.support >= 2 OR n.n <= 2 OR agg.value = h.value, FALSE) AS kept
FROM agg JOIN n USING (exercise_id) LEFT JOIN v_host h USING (exercise_id);

-- Locations: one entry per case-insensitive name, spelled as most mentions spell it.
CREATE OR REPLACE TEMP TABLE v_loc AS
WITH l AS (SELECT exercise_id, mid, reported_at, trim(unnest(loc_names)) AS spelling
           FROM cm WHERE counted),
     s AS (SELECT exercise_id, lower(spelling) AS key, spelling,
                  count(DISTINCT mid) AS n, min(reported_at) AS first_at,
                  arg_min(mid, (reported_at, mid)) AS mid
           FROM l GROUP BY ALL)
SELECT exercise_id, key, arg_min(spelling, (-n, first_at, spelling)) AS value,
       sum(n)::INTEGER AS support, arg_min(mid, (first_at, mid)) AS mid
FROM s GROUP BY exercise_id, key;

CREATE OR REPLACE TEMP TABLE v_seas AS
WITH flagged AS (SELECT exercise_id, unnest(sea_names) AS spelling FROM cm WHERE counted),
     a AS (
         SELECT l.exercise_id, n.area FROM v_loc l
         JOIN area_names n ON n.name_key = l.key AND n.area_type = 'sea'
         UNION ALL
         SELECT f.exercise_id, f.spelling FROM flagged f
         ANTI JOIN area_names n ON n.name_key = lower(f.spelling)
     )
SELECT exercise_id, list_sort(list_distinct(list(area))) AS seas FROM a GROUP BY ALL;

-- Regions: where it happens (host, location countries, named land areas); else the single
-- region all participants share.
CREATE OR REPLACE TEMP TABLE v_regions AS
WITH lc AS (SELECT exercise_id, unnest(loc_countries) AS c FROM cm WHERE counted),
     a AS (
         SELECT l.exercise_id, n.area AS region FROM v_loc l
         JOIN area_names n ON n.name_key = l.key AND n.area_type = 'region'
         UNION ALL SELECT h.exercise_id, r.region FROM v_host h
         JOIN country_regions r ON r.country = h.value
         UNION ALL SELECT lc.exercise_id, r.region FROM lc
         JOIN country_regions r ON r.country = lc.c
     )
SELECT exercise_id, list_sort(list_distinct(list(region))) AS regions FROM a GROUP BY ALL;

CREATE OR REPLACE TEMP TABLE v_part_regions AS
SELECT c.exercise_id, list_distinct(list(r.region)) AS regions
FROM v_country c JOIN country_regions r ON r.country = c.value
WHERE c.kept GROUP BY ALL;

-- Sizes: the largest figure any counted mention gives.
CREATE OR REPLACE TEMP TABLE v_counts AS
WITH u AS ({_COUNTS})
SELECT exercise_id, field, n AS value, count(*)::INTEGER AS support,
       arg_min(mid, (reported_at, mid)) AS mid
FROM u GROUP BY exercise_id, field, n
QUALIFY row_number() OVER (PARTITION BY exercise_id, field ORDER BY n DESC) = 1;

CREATE OR REPLACE TEMP TABLE v_domains AS
WITH d AS (SELECT exercise_id, mid, reported_at, unnest(domains) AS value FROM cm WHERE counted)
SELECT exercise_id, value, count(DISTINCT mid)::INTEGER AS support,
       arg_min(mid, (reported_at, mid)) AS mid
FROM d GROUP BY ALL;

-- Phase: that of the latest counted mention stating one (not 'unknown').
CREATE OR REPLACE TEMP TABLE v_phase AS
SELECT exercise_id, arg_max(phase, (reported_at, mid)) AS value,
       arg_max(mid, (reported_at, mid)) AS mid
FROM cm WHERE counted AND phase IS NOT NULL AND phase <> 'unknown' GROUP BY ALL;

CREATE OR REPLACE TEMP TABLE v_all AS
SELECT exercise_id, min(reported_at) AS first_reported, max(reported_at) AS last_reported,
       min(reported_at) FILTER (WHERE phase = 'announced') AS first_announced,
       count(*) FILTER (WHERE counted)::INTEGER AS mention_count,
       count(*)::INTEGER AS report_count, count(DISTINCT outlet)::INTEGER AS outlet_count,
       list_sort(list_distinct(list(outlet))) AS sources,
       list_sort(list_distinct(list(feed_id))) AS feed_ids
FROM cm GROUP BY ALL;

CREATE OR REPLACE TEMP TABLE out_exercises AS
WITH kc AS (SELECT exercise_id, list_sort(list(value)) AS countries
            FROM v_country WHERE kept GROUP BY ALL),
     lc AS (SELECT exercise_id, list(value ORDER BY support DESC, key) AS names
            FROM v_loc GROUP BY ALL),
     dm AS (SELECT exercise_id, list_sort(list(value)) AS domains FROM v_domains GROUP BY ALL),
     sz AS (SELECT exercise_id,
                   max(value) FILTER (WHERE field = 'troops') AS troops,
                   max(value) FILTER (WHERE field = 'aircraft')::INTEGER AS aircraft,
                   max(value) FILTER (WHERE field = 'ships')::INTEGER AS ships,
                   max(value) FILTER (WHERE field = 'vehicles')::INTEGER AS vehicles
            FROM v_counts GROUP BY ALL)
SELECT i.exercise_id, vn.value AS name, vs.value AS series, i.year::INTEGER AS year,
       coalesce(kc.countries, []) AS countries, vh.value AS host,
       st.value AS start_date, st.precision AS start_precision,
       CASE WHEN st.value IS NULL OR en.value >= st.value THEN en.value END AS end_date,
       CASE WHEN st.value IS NULL OR en.value >= st.value THEN en.precision END AS end_precision,
       coalesce(lc.names, []) AS location_names, coalesce(se.seas, []) AS seas,
       coalesce(rg.regions, CASE WHEN len(pr.regions) = 1 THEN pr.regions END, []) AS regions,
       sz.troops, sz.aircraft, sz.ships, sz.vehicles, coalesce(dm.domains, []) AS domains,
       CASE len(coalesce(kc.countries, [])) WHEN 0 THEN vk.value WHEN 1 THEN 'national'
            WHEN 2 THEN 'bilateral' ELSE 'multilateral' END AS kind,
       coalesce(ph.value, 'unknown') AS phase,
       a.first_reported, a.last_reported, a.first_announced, a.mention_count, a.report_count,
       a.outlet_count, a.sources, a.feed_ids, i.resolution
FROM ids i
JOIN v_all a USING (exercise_id)
LEFT JOIN v_name vn USING (exercise_id)
LEFT JOIN v_series vs USING (exercise_id)
LEFT JOIN v_host vh USING (exercise_id)
LEFT JOIN v_kind vk USING (exercise_id)
LEFT JOIN v_start st USING (exercise_id)
LEFT JOIN v_end en USING (exercise_id)
LEFT JOIN kc USING (exercise_id)
LEFT JOIN lc USING (exercise_id)
LEFT JOIN v_seas se USING (exercise_id)
LEFT JOIN v_regions rg USING (exercise_id)
LEFT JOIN v_part_regions pr USING (exercise_id)
LEFT JOIN sz USING (exercise_id)
LEFT JOIN dm USING (exercise_id)
LEFT JOIN v_phase ph USING (exercise_id);

CREATE OR REPLACE TEMP TABLE out_evidence AS
SELECT exercise_id, 'name' AS field, value, mid AS url_key, support FROM v_name
UNION ALL SELECT exercise_id, 'series', value, mid, support FROM v_series
UNION ALL SELECT exercise_id, 'host', value, mid, support FROM v_host
UNION ALL SELECT exercise_id, 'kind', value, mid, support FROM v_kind
UNION ALL SELECT exercise_id, 'start_date', strftime(value, '%Y-%m-%d'), mid, support
          FROM v_start
UNION ALL SELECT e.exercise_id, 'end_date', strftime(e.value, '%Y-%m-%d'), e.mid, e.support
          FROM v_end e JOIN out_exercises o USING (exercise_id) WHERE o.end_date IS NOT NULL
UNION ALL SELECT exercise_id, CASE WHEN kept THEN 'country' ELSE 'country_dropped' END,
                 value, mid, support FROM v_country
UNION ALL SELECT exercise_id, 'location', value, mid, support FROM v_loc
UNION ALL SELECT exercise_id, field, value::VARCHAR, mid, support FROM v_counts
UNION ALL SELECT exercise_id, 'domain', value, mid, support FROM v_domains
UNION ALL SELECT exercise_id, 'phase', value, mid, 1 FROM v_phase;
"""
)
