"""Resolve exercise mentions into exercises: one row per exercise, however many outlets wrote.

Why: one exercise is reported by dozens of outlets, so every count over articles inflates the
trend it claims to show. Resolution groups the mentions that refer to the same exercise and
merges their fields, keeping which mention each merged value came from.

Rules (documented for analysts in docs/warehouse.md, "Exercises and trends"):

1. A mention's year is the edition in its name ("Zapad-2025", "AIME-23", "Red Flag-Alaska
   21-02" is 2021) or in another form of it (an alias), else the year of its start or end
   date (or of the month, or for an undated page the year, that the detector read in its
   qualifiers), else the year its article was published (else first seen). An edition number
   that cannot be a year ("Maple Flag 49") gives none.
2. Named mentions sharing a normalised series/name/alias key and a year are one exercise
   (connected components over the keys, so an alias bridges two spellings). Keys go through
   the detector's curated alias table (extractors.exercise.names.aliases): "Tsentr-2019" and
   "Center-2019", "Anakonda-16" and "Anaconda-16" are one key. An iteration within the year
   ("Joint Sword-2024A" and "-2024B", "Red Flag 21-1" and "21-2") keeps its own key.
3. An unnamed mention links to its single best match, a named exercise or another unnamed
   mention, scored on participants, place, host and start (warehouse/views_link.py); the
   components of those links are the exercises.
4. A near-duplicate article (`duplicate_of` set) whose original also has a mention follows the
   original: it counts as coverage (report_count, sources) but not as a mention.
5. Every run rebuilds core.exercise* from core.exercise_mentions in one transaction, with
   deterministic tie-breaks, so re-running on the same mentions gives identical rows and ids.

Everything is set-based SQL in DuckDB; Python only loops over propagation rounds. The work runs
in an in-memory DuckDB so the warehouse is held only to read the inputs and to swap the result.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pyarrow as pa

from warehouse.db import DEFAULT_LOCK_WAIT_S, open_writer
from warehouse.lake import in_transaction, is_lake
from warehouse.views_link import NAMED_SQL, UNNAMED_SQL, link_sql
from warehouse.views_merge import MERGE_SQL
from warehouse.views_prepare import INPUT_SQL, MACROS, PREPARE_SQL, SIGNATURE_SQL

RESOLVER_VERSION = "resolve-1.1"
MAX_ROUNDS = 64
KEEP_RUNS = 100


@dataclass(frozen=True)
class ResolveResult:
    """What one resolution run did."""

    mentions: int
    exercises: int
    elapsed_ms: int
    skipped: bool = False


@dataclass
class Inputs:
    mentions: pa.Table
    area_names: pa.Table
    country_regions: pa.Table
    signature: tuple[int, str]


def signature(conn: duckdb.DuckDBPyConnection) -> tuple[int, str]:
    """A cheap fingerprint of the mentions (and their duplicate links) resolution depends on."""
    count, digest = conn.execute(SIGNATURE_SQL).fetchall()[0]
    return int(count), f"{RESOLVER_VERSION}:{count}:{digest}"


def is_stale(conn: duckdb.DuckDBPyConnection) -> bool:
    """True when core.exercises was not built from the mentions now stored (or never built)."""
    try:
        rows = conn.execute(
            "SELECT signature FROM core.resolution_runs ORDER BY resolved_at DESC LIMIT 1"
        ).fetchall()
    except duckdb.CatalogException:
        return True
    return not rows or rows[0][0] != signature(conn)[1]


def read_inputs(conn: duckdb.DuckDBPyConnection) -> Inputs:
    """Everything resolution needs from a migrated warehouse, as Arrow (one short read)."""
    return Inputs(
        mentions=conn.sql(INPUT_SQL).to_arrow_table(),
        area_names=conn.sql("SELECT * FROM core.area_names").to_arrow_table(),
        country_regions=conn.sql("SELECT * FROM core.country_regions").to_arrow_table(),
        signature=signature(conn),
    )


def _components(work: duckdb.DuckDBPyConnection) -> int:
    """Label every vertex of `edges(a, b)` with the smallest vertex of its component, in `cc`.

    Min-label propagation with pointer jumping: each round is two joins, and rounds grow with
    the log of the component diameter, not with the number of rows.
    """
    work.execute(
        "CREATE OR REPLACE TEMP TABLE cc AS SELECT v, v AS label FROM"
        " (SELECT a AS v FROM edges UNION SELECT b FROM edges)"
    )
    for rounds in range(1, MAX_ROUNDS + 1):
        work.execute(
            """
            CREATE OR REPLACE TEMP TABLE cc_next AS
            WITH hop AS (
                SELECT v, label FROM cc
                UNION ALL SELECT e.a, c.label FROM edges e JOIN cc c ON c.v = e.b
                UNION ALL SELECT e.b, c.label FROM edges e JOIN cc c ON c.v = e.a
            ), best AS (SELECT v, min(label) AS label FROM hop GROUP BY v)
            SELECT b.v, least(b.label, coalesce(j.label, b.label)) AS label
            FROM best b LEFT JOIN best j ON j.v = b.label
            """
        )
        changed = work.execute(
            "SELECT count(*) FROM cc_next n JOIN cc c USING (v) WHERE n.label <> c.label"
        ).fetchall()[0][0]
        work.execute("DROP TABLE cc")
        work.execute("ALTER TABLE cc_next RENAME TO cc")
        if not changed:
            return rounds
    raise RuntimeError(f"exercise resolution did not converge in {MAX_ROUNDS} rounds")


def with_series_keys(mentions: pa.Table) -> pa.Table:
    """The mentions with the curated table's view of their names: the canonical series
    (`series_key`), the edition year and iteration of the name, and aliases in canonical form.

    Done in Python because the table is the detector's (one table for both, so a spelling the
    detector learns is one `resolve` groups); it runs once per distinct name, not per row.
    """
    from extractors.exercise.dates import edition_iteration, edition_year
    from extractors.exercise.names import canonical_series

    names = mentions.column("name").to_pylist()
    series = mentions.column("series").to_pylist()
    aliases = mentions.column("aliases").to_pylist()
    canon = {s: canonical_series(s) for s in set(series) | set(names) if s}
    edition = {n: (edition_year(n)[0], edition_iteration(n)) for n in set(names) if n}
    keys = [canon.get(s) or canon.get(n) for s, n in zip(series, names, strict=True)]
    # As the detector does: an edition written only in another form of the name ("Dynamic
    # Mongoose (DYMO 21)") still dates the mention.
    alias_year = {x: edition_year(x)[0] for a in aliases for x in (a or [])}
    years = [
        edition.get(n, (None, None))[0]
        or next((alias_year[x] for x in (a or []) if alias_year[x] is not None), None)
        for n, a in zip(names, aliases, strict=True)
    ]
    iterations = [f"~{it}" if (it := edition.get(n, (None, None))[1]) else None for n in names]
    widened = [
        list(dict.fromkeys([*(a or []), *(canonical_series(x) or x for x in (a or []))]))
        for a in aliases
    ]
    out = mentions.set_column(
        mentions.schema.get_field_index("aliases"),
        "aliases",
        pa.array(widened, pa.list_(pa.string())),
    )
    out = out.append_column("series_key", pa.array(keys, pa.string()))
    out = out.append_column("name_year", pa.array(years, pa.int32()))
    return out.append_column("iteration", pa.array(iterations, pa.string()))


def compute(inputs: Inputs, threads: int | None = None) -> dict[str, pa.Table]:
    """Resolve in a private in-memory DuckDB; returns exercises, members and evidence tables."""
    work = duckdb.connect(":memory:")
    try:
        work.execute("SET TimeZone = 'UTC'")
        if threads:
            work.execute(f"SET threads = {int(threads)}")
        work.register("inputs_arrow", with_series_keys(inputs.mentions))
        work.execute("CREATE TEMP TABLE inputs AS SELECT * FROM inputs_arrow")
        for name in ("area_names", "country_regions"):
            work.register(f"{name}_arrow", getattr(inputs, name))
            work.execute(f"CREATE TEMP TABLE {name} AS SELECT * FROM {name}_arrow")
        work.execute(MACROS)
        work.execute(PREPARE_SQL)
        work.execute(
            "CREATE OR REPLACE TEMP TABLE edges AS"
            " SELECT f.node AS a, k.node AS b FROM mk k"
            " JOIN (SELECT mid, min(node) AS node FROM mk GROUP BY mid) f USING (mid)"
        )
        _components(work)
        work.execute(NAMED_SQL)
        work.execute(link_sql())
        _components(work)
        work.execute(UNNAMED_SQL)
        work.execute(MERGE_SQL)
        return {
            name: work.sql(f"SELECT * FROM out_{name} ORDER BY ALL").to_arrow_table()
            for name in ("exercises", "members", "evidence")
        }
    finally:
        work.close()


_COLUMNS = {
    "exercises": (
        "exercise_id, name, series, year, countries, host, start_date, start_precision, "
        "end_date, end_precision, location_names, seas, regions, troops, aircraft, ships, "
        "vehicles, domains, kind, phase, first_reported, last_reported, first_announced, "
        "mention_count, report_count, outlet_count, sources, feed_ids, resolution"
    ),
    "exercise_members": (
        "url_key, exercise_id, rule, counted, outlet, feed_id, reported_at, "
        "title, url, duplicate_of"
    ),
    "exercise_evidence": "exercise_id, field, value, url_key, support",
}


def store(
    conn: duckdb.DuckDBPyConnection,
    tables: dict[str, pa.Table],
    sig: tuple[int, str],
    elapsed_ms: int,
) -> None:
    """Swap the resolved tables in, in one transaction: readers see the old set or the new."""
    sources = {
        "exercises": tables["exercises"],
        "exercise_members": tables["members"],
        "exercise_evidence": tables["evidence"],
    }
    for name, table in sources.items():
        conn.register(f"new_{name}", table)

    def body(conn: duckdb.DuckDBPyConnection) -> None:
        for name in ("exercise_evidence", "exercise_members", "exercises"):
            conn.execute(f"DELETE FROM core.{name}")
        for name, cols in _COLUMNS.items():
            conn.execute(f"INSERT INTO core.{name} ({cols}) SELECT {cols} FROM new_{name}")
        conn.execute(
            "INSERT INTO core.resolution_runs VALUES (?, ?, ?, ?, ?, ?)",
            [
                datetime.now(UTC),
                RESOLVER_VERSION,
                sig[1],
                sig[0],
                tables["exercises"].num_rows,
                elapsed_ms,
            ],
        )
        conn.execute(
            "DELETE FROM core.resolution_runs WHERE resolved_at < (SELECT min(resolved_at) FROM"
            f" (SELECT resolved_at FROM core.resolution_runs ORDER BY resolved_at DESC"
            f" LIMIT {KEEP_RUNS}))"
        )

    try:
        in_transaction(conn, body, lake=is_lake(conn))
    finally:
        for name in sources:
            conn.unregister(f"new_{name}")


def resolve_connection(conn: duckdb.DuckDBPyConnection) -> ResolveResult:
    """Resolve over an open, migrated read-write connection (tests, one-off scripts)."""
    started = time.perf_counter()
    inputs = read_inputs(conn)
    tables = compute(inputs)
    elapsed = int((time.perf_counter() - started) * 1000)
    store(conn, tables, inputs.signature, elapsed)
    return ResolveResult(inputs.signature[0], tables["exercises"].num_rows, elapsed)


def resolve_warehouse(
    path: str | Path,
    *,
    force: bool = False,
    lock_wait_s: float = DEFAULT_LOCK_WAIT_S,
    threads: int | None = None,
) -> ResolveResult:
    """Rebuild the exercises of the warehouse file, holding it only to read and to swap.

    Skips the work (skipped=True) when the stored exercises were built from exactly the
    mentions now present, unless `force`.
    """
    started = time.perf_counter()
    with open_writer(path, lock_wait_s=lock_wait_s) as conn:
        if not force and not is_stale(conn):
            count = conn.execute("SELECT count(*) FROM core.exercises").fetchall()[0][0]
            mentions = conn.execute("SELECT count(*) FROM core.exercise_mentions").fetchall()[0][0]
            return ResolveResult(int(mentions), int(count), 0, skipped=True)
        inputs = read_inputs(conn)
    tables = compute(inputs, threads=threads)
    elapsed = int((time.perf_counter() - started) * 1000)
    with open_writer(path, lock_wait_s=lock_wait_s) as conn:
        store(conn, tables, inputs.signature, elapsed)
    return ResolveResult(inputs.signature[0], tables["exercises"].num_rows, elapsed)
