"""The linking step of exercise resolution: which mentions belong to the same exercise.

Kept apart from warehouse/resolve.py (which reads, runs and stores) because these are the rules
that decide the counts: named mentions are grouped by key and year (NAMED_SQL), each unnamed
mention links to its single best match (link_sql), and the components become exercises
(UNNAMED_SQL). Every statement runs in resolve.compute's in-memory DuckDB over the temp tables
`m` (prepared mentions), `mk` (name keys) and `cc` (component labels).
"""

from __future__ import annotations

# Evidence that two records describe one exercise: participant overlap scores up to 1 (mean of
# Jaccard and, from two shared countries on, containment, so a report naming two of six
# partners still counts); a shared location, the same host and starts within three days add
# these weights. A pair is one exercise at MATCH_THRESHOLD: identical participants alone, a
# shared place with half of them, the same host and a close start with a third of them, ...
WEIGHTS = {"location": 0.6, "host": 0.3, "start": 0.4}
MATCH_THRESHOLD = 1.0

NAMED_SQL = """
CREATE OR REPLACE TEMP TABLE named AS
SELECT k.mid, min(c.label) AS label FROM mk k JOIN cc c ON c.v = k.node GROUP BY k.mid;

CREATE OR REPLACE TEMP TABLE ids AS
SELECT n.label, arg_min(m.pslug || '-' || m.year
                   || CASE WHEN m.iteration = '' THEN '' ELSE '-' || lower(m.iteration[2:]) END,
                   (m.reported_at, m.mid)) AS exercise_id,
       arg_min(m.year, (m.reported_at, m.mid)) AS year, 'name' AS resolution
FROM named n JOIN m USING (mid) GROUP BY n.label;

CREATE OR REPLACE TEMP TABLE mem AS
SELECT n.mid, i.exercise_id, 'name' AS rule FROM named n JOIN ids i USING (label);

-- What a named exercise looks like, for unnamed mentions to be matched against: its dated
-- window, its core participants (named twice, unless it has two reports or fewer), its
-- most-named host and every location.
CREATE OR REPLACE TEMP TABLE np AS
WITH c AS (SELECT mem.exercise_id, m.* FROM mem JOIN m USING (mid)),
     sup AS (SELECT exercise_id, p, count(*) AS n
             FROM (SELECT exercise_id, unnest(parts) AS p FROM c) GROUP BY ALL),
     size AS (SELECT exercise_id, count(*) AS n FROM c GROUP BY ALL),
     core AS (SELECT s.exercise_id, list_sort(list(s.p)) AS parts FROM sup s
              JOIN size z USING (exercise_id) WHERE s.n >= 2 OR z.n <= 2 GROUP BY ALL),
     hv AS (SELECT exercise_id, host FROM c WHERE host IS NOT NULL GROUP BY exercise_id, host
            QUALIFY row_number() OVER (PARTITION BY exercise_id
                                       ORDER BY count(*) DESC, host) = 1)
SELECT 'x:' || c.exercise_id AS id,
       coalesce(min(c.s_lo), min(c.lo)) AS lo,
       greatest(coalesce(max(c.e_hi), max(c.s_hi) + 14, max(c.hi)),
                coalesce(min(c.s_lo), min(c.lo))) AS hi,
       coalesce(any_value(core.parts), list_sort(list_distinct(flatten(list(c.parts)))))
           AS parts,
       list_distinct(flatten(list(c.locs))) AS locs, any_value(hv.host) AS host,
       min(c.start_date) FILTER (WHERE c.start_precision = 'day') AS sday
FROM c LEFT JOIN core USING (exercise_id) LEFT JOIN hv USING (exercise_id)
GROUP BY c.exercise_id;

CREATE OR REPLACE TEMP TABLE um AS
SELECT m.mid AS id, lo, hi, parts, locs, host,
       CASE WHEN start_precision = 'day' THEN start_date END AS sday
FROM m ANTI JOIN named USING (mid) WHERE NOT m.is_copy;
"""


def _keys(rel: str) -> str:
    """Blocking keys of a relation (id, lo, hi, parts, locs, host, sday).

    A pair can only reach MATCH_THRESHOLD (with at least one shared participant) through one of
    these, so every pair worth scoring shares a key: a location and a participant; the exact
    participant set; the host and another participant; the host and a start within three
    days; two participants and a start within three days. Window keys are bucketed by calendar
    month, start keys by the weeks of start +/- 3 days.
    """
    return f"""
CREATE OR REPLACE TEMP TABLE keys_{rel} AS
WITH p AS (SELECT id, lo, hi, host, sday, unnest(parts) AS c FROM {rel}),
windowed AS (
    SELECT r.id, r.lo, r.hi, 'l:' || l.loc || '|' || p.c AS k
    FROM {rel} r, unnest(r.locs) AS l(loc) JOIN p ON p.id = r.id
    UNION ALL SELECT id, lo, hi, 'p:' || array_to_string(parts, ',') FROM {rel}
    WHERE len(parts) > 0
    UNION ALL SELECT id, lo, hi, 'h:' || host || '|' || c FROM p
    WHERE host IS NOT NULL AND c <> host
),
dated AS (
    SELECT id, sday, 'dh:' || host AS k FROM {rel} WHERE sday IS NOT NULL AND host IS NOT NULL
    UNION ALL SELECT x.id, x.sday, 'dp:' || x.c || '|' || y.c FROM p x JOIN p y
    ON x.id = y.id AND x.c < y.c WHERE x.sday IS NOT NULL
)
SELECT id, k, unnest(ex_months(lo, hi))::DATE AS bucket FROM windowed
UNION ALL
SELECT id, k, unnest([date_trunc('week', sday - 3), date_trunc('week', sday + 3)])::DATE
FROM dated;
"""


def _matches(left: str, right: str, out: str, self_join: bool) -> str:
    """Scored candidate pairs (a, b, score, distance) passing the hard checks and the threshold.

    Hard checks: windows overlap, hosts do not differ, locations do not differ, at least one
    shared participant, day-precise starts at most three days apart. The pairs are
    materialised with both sides' fields before any predicate compares them: otherwise DuckDB
    plans the window test as a range join of the two whole relations.
    """
    order = "WHERE x.id < y.id" if self_join else ""
    cols = ("lo", "hi", "parts", "locs", "host", "sday")
    fields = ", ".join(f"l.{c} AS l_{c}, r.{c} AS r_{c}" for c in cols)
    w = WEIGHTS
    return f"""
CREATE OR REPLACE TEMP TABLE {out}_pairs AS
WITH cand AS (SELECT DISTINCT x.id AS a, y.id AS b FROM keys_{left} x
              JOIN keys_{right} y USING (k, bucket) {order})
SELECT c.a, c.b, {fields}
FROM cand c JOIN {left} l ON l.id = c.a JOIN {right} r ON r.id = c.b;

CREATE OR REPLACE TEMP TABLE {out} AS
WITH ok AS (
    SELECT a, b, abs((l_lo - r_lo) + (l_hi - r_hi)) AS distance,
           len(list_intersect(l_parts, r_parts)) AS n_i,
           len(l_parts) + len(r_parts) AS n_sum, least(len(l_parts), len(r_parts)) AS n_min,
           coalesce(list_has_any(l_locs, r_locs), FALSE) AS same_loc,
           coalesce(l_host = r_host, FALSE) AS same_host,
           coalesce(abs(l_sday - r_sday) <= 3, FALSE) AS close_start
    FROM {out}_pairs
    WHERE l_lo <= r_hi AND r_lo <= l_hi
      AND (l_host IS NULL OR r_host IS NULL OR l_host = r_host)
      AND (l_sday IS NULL OR r_sday IS NULL OR abs(l_sday - r_sday) <= 3)
      AND ex_locs_ok(l_locs, r_locs)
), scored AS (
    SELECT a, b, distance,
           0.5 * n_i / (n_sum - n_i)
           + 0.5 * CASE WHEN n_i >= 2 THEN n_i / n_min ELSE n_i / (n_sum - n_i) END
           + {w["location"]} * same_loc::INT + {w["host"]} * same_host::INT
           + {w["start"]} * close_start::INT AS score
    FROM ok WHERE n_i >= 1
)
SELECT a, b, score, distance FROM scored WHERE score >= {MATCH_THRESHOLD};
DROP TABLE {out}_pairs;
"""


def link_sql() -> str:
    """Each unnamed report links to its single best match, a named exercise or another report.

    Every unnamed report has at most one outgoing link and named exercises none, so each
    connected component has one root: a named exercise (the reports join it) or a pair of
    reports that are each other's best match (a new, unnamed exercise). This keeps a report
    that fits an unnamed exercise better from being pulled into a named one, and stops the
    chaining that components over all links would produce in a busy month.
    """
    return (
        _keys("um")
        + _keys("np")
        + _matches("um", "np", "to_named", False)
        + _matches("um", "um", "to_unnamed", True)
        + """
CREATE OR REPLACE TEMP TABLE edges AS
WITH d AS (SELECT a AS v, b AS w, score, distance FROM to_named
           UNION ALL SELECT a, b, score, distance FROM to_unnamed
           UNION ALL SELECT b, a, score, distance FROM to_unnamed)
SELECT v AS a, w AS b FROM d
QUALIFY row_number() OVER (PARTITION BY v ORDER BY score DESC, distance, w) = 1
UNION ALL SELECT id, id FROM um;
"""
    )


UNNAMED_SQL = """
CREATE OR REPLACE TEMP TABLE roots AS
SELECT label, min(v) FILTER (WHERE v LIKE 'x:%') AS root FROM cc GROUP BY label;

INSERT INTO mem
SELECT c.v, substr(r.root, 3), 'overlap' FROM cc c JOIN roots r USING (label)
WHERE r.root IS NOT NULL AND c.v NOT LIKE 'x:%';

CREATE OR REPLACE TEMP TABLE anon AS
SELECT c.label,
       'anon-' || arg_min(m.year, (m.reported_at, m.mid)) || '-'
           || md5(arg_min(m.mid, (m.reported_at, m.mid)))[:12] AS exercise_id,
       arg_min(m.year, (m.reported_at, m.mid)) AS year,
       CASE WHEN count(*) > 1 THEN 'overlap' ELSE 'single' END AS resolution
FROM cc c JOIN roots r USING (label) JOIN m ON m.mid = c.v
WHERE r.root IS NULL GROUP BY c.label;

INSERT INTO mem SELECT c.v, a.exercise_id, a.resolution FROM cc c JOIN anon a USING (label);
INSERT INTO ids SELECT label, exercise_id, year, resolution FROM anon;
INSERT INTO mem
SELECT c.mid, mem.exercise_id, 'copy' FROM m c JOIN mem ON mem.mid = c.original WHERE c.is_copy;
"""
