"""Arrow schemas of the batches the warehouse accepts.

Writes go through Arrow because DuckDB ingests an Arrow table at tens of thousands of rows per
second against one or two thousand for row-by-row inserts. The schemas double as the contract
between the flows and the warehouse: a record with a missing or mistyped field fails here, before
anything touches the file.
"""

from __future__ import annotations

import pyarrow as pa

TS = pa.timestamp("us", tz="UTC")

FEED_CONFIG = pa.schema(
    [
        ("feed_id", pa.string()),
        ("name", pa.string()),
        ("configured_url", pa.string()),
        ("language", pa.string()),
        ("tags", pa.list_(pa.string())),
        ("interval_minutes", pa.int32()),
    ]
)

FEED_STATE = pa.schema(
    [
        ("feed_id", pa.string()),
        ("url", pa.string()),
        ("active", pa.bool_()),
        ("retired_reason", pa.string()),
        ("etag", pa.string()),
        ("last_modified", pa.string()),
        ("body_hash", pa.string()),
        ("last_status", pa.int32()),
        ("last_outcome", pa.string()),
        ("last_error", pa.string()),
        ("last_polled_at", TS),
        ("last_success_at", TS),
        ("next_poll_at", TS),
        ("failure_score", pa.float64()),
        ("consecutive_failures", pa.int32()),
    ]
)

POLL_LOG = pa.schema(
    [
        ("run_id", pa.string()),
        ("feed_id", pa.string()),
        ("started_at", TS),
        ("finished_at", TS),
        ("request_url", pa.string()),
        ("final_url", pa.string()),
        ("status_code", pa.int32()),
        ("outcome", pa.string()),
        ("error", pa.string()),
        ("entries_total", pa.int32()),
        ("entries_new", pa.int32()),
        ("articles_new", pa.int32()),
        ("pages_fetched", pa.int32()),
        ("pages_failed", pa.int32()),
        ("bytes", pa.int64()),
        ("elapsed_ms", pa.int32()),
        ("next_poll_at", TS),
    ]
)

ARTICLES = pa.schema(
    [
        ("url_key", pa.string()),
        ("url", pa.string()),
        ("canonical_url", pa.string()),
        ("feed_id", pa.string()),
        ("entry_key", pa.string()),
        ("title", pa.string()),
        ("author", pa.string()),
        ("sitename", pa.string()),
        ("language", pa.string()),
        ("published_at", TS),
        ("first_seen_at", TS),
        ("run_id", pa.string()),
        ("http_status", pa.int32()),
        ("content_type", pa.string()),
        ("text", pa.string()),
        ("summary", pa.string()),
        ("extraction_status", pa.string()),
        ("extraction_reason", pa.string()),
        ("fingerprint", pa.uint64()),
        ("duplicate_of", pa.string()),
        ("word_count", pa.int32()),
    ]
)

FEED_ENTRIES = pa.schema(
    [
        ("feed_id", pa.string()),
        ("entry_key", pa.string()),
        ("url_key", pa.string()),
        ("guid", pa.string()),
        ("link", pa.string()),
        ("first_seen_at", TS),
        ("run_id", pa.string()),
    ]
)

MENTIONS = pa.schema(
    [
        ("url_key", pa.string()),
        ("detector_version", pa.string()),
        ("detected_at", TS),
        ("score", pa.float64()),
        ("phase", pa.string()),
        ("name", pa.string()),
        ("series", pa.string()),
        ("aliases", pa.list_(pa.string())),
        ("countries", pa.list_(pa.string())),
        ("host", pa.string()),
        ("start_date", pa.date32()),
        ("start_precision", pa.string()),
        ("end_date", pa.date32()),
        ("end_precision", pa.string()),
        ("locations", pa.string()),
        ("location_names", pa.list_(pa.string())),
        ("troops", pa.int64()),
        ("aircraft", pa.int32()),
        ("ships", pa.int32()),
        ("vehicles", pa.int32()),
        ("domains", pa.list_(pa.string())),
        ("kind", pa.string()),
        ("qualifiers", pa.string()),
        ("evidence", pa.string()),
    ]
)

ARTICLE_CHECKS = pa.schema(
    [
        ("url_key", pa.string()),
        ("detector_version", pa.string()),
        ("checked_at", TS),
        ("is_exercise", pa.bool_()),
        ("score", pa.float64()),
    ]
)


def to_table(rows: list[dict], schema: pa.Schema) -> pa.Table:
    """Build an Arrow table, rejecting records whose fields do not match the schema."""
    names = set(schema.names)
    for row in rows[:1]:
        extra = set(row) - names
        if extra:
            raise ValueError(f"unexpected fields for {schema.names[0]} batch: {sorted(extra)}")
    return pa.Table.from_pylist(rows, schema=schema)
