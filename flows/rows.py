"""Shape a fetched and analysed batch into the warehouse's records."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

from extractors.articles import Article
from extractors.pipeline import PageResult
from flows.batch import FetchedBatch
from warehouse.writes import PollBatch


def article_row(
    article: Article,
    feed_id: str,
    entry_key: str,
    run_id: str,
    now: datetime,
    http_status: int | None,
    content_type: str | None,
) -> dict:
    """The ARTICLES record of one article."""
    return {
        "url_key": article.url_key,
        "url": article.url,
        "canonical_url": article.canonical_url,
        "feed_id": feed_id,
        "entry_key": entry_key,
        "title": article.title,
        "author": article.author,
        "sitename": article.sitename,
        "language": article.language,
        "published_at": article.published,
        "first_seen_at": now,
        "run_id": run_id,
        "http_status": http_status,
        "content_type": (content_type or "").split(";")[0].strip() or None,
        "text": article.text,
        "summary": article.summary,
        "extraction_status": article.extraction_status,
        "extraction_reason": article.extraction_reason,
        "fingerprint": article.fingerprint,
        "duplicate_of": None,
        "word_count": article.word_count,
    }


def _iso_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _int(value: object) -> int | None:
    return int(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def mention_row(url_key: str, record: dict, now: datetime) -> dict:
    """The MENTIONS record of a detector result (only for is_exercise)."""
    qualifiers = record.get("qualifiers") or {}
    locations = record.get("locations") or []
    names = [loc.get("name") if isinstance(loc, dict) else str(loc) for loc in locations]
    return {
        "url_key": url_key,
        "detector_version": str(record.get("detector_version")),
        "detected_at": now,
        "score": float(record.get("score") or 0.0),
        "phase": record.get("phase") or "unknown",
        "name": record.get("name"),
        "series": record.get("series"),
        "aliases": list(record.get("aliases") or []),
        "countries": list(record.get("countries") or []),
        "host": record.get("host"),
        "start_date": _iso_date(record.get("start_date")),
        "start_precision": qualifiers.get("start_date"),
        "end_date": _iso_date(record.get("end_date")),
        "end_precision": qualifiers.get("end_date"),
        "locations": json.dumps(locations, ensure_ascii=False),
        "location_names": [n for n in names if n],
        "troops": _int(record.get("troops")),
        "aircraft": _int(record.get("aircraft")),
        "ships": _int(record.get("ships")),
        "vehicles": _int(record.get("vehicles")),
        "domains": list(record.get("domains") or []),
        "kind": record.get("kind"),
        "qualifiers": json.dumps(qualifiers, ensure_ascii=False),
        "evidence": json.dumps(record.get("evidence") or {}, ensure_ascii=False),
    }


def check_row(url_key: str, record: dict, now: datetime) -> dict:
    """The ARTICLE_CHECKS record: every article the detector looked at, positive or not."""
    return {
        "url_key": url_key,
        "detector_version": str(record.get("detector_version")),
        "checked_at": now,
        "is_exercise": bool(record.get("is_exercise")),
        "score": float(record.get("score") or 0.0),
    }


def build_poll_batch(
    run_id: str, fetched: FetchedBatch, results: list[PageResult], started_at: datetime
) -> PollBatch:
    """All records of a batch; feed state is included so it commits with the articles."""
    now = datetime.now(UTC)
    batch = PollBatch(run_id=run_id)
    stored_by_feed: dict[str, int] = {}
    for result in results:
        article, job = result.article, result.job
        if article is None:
            continue
        batch.articles.append(
            article_row(
                article,
                job.feed_id,
                job.entry.entry_key,
                run_id,
                now,
                job.http_status,
                job.content_type,
            )
        )
        batch.feed_entries.append(_entry_row(job.feed_id, job.entry, article.url_key, run_id, now))
        stored_by_feed[job.feed_id] = stored_by_feed.get(job.feed_id, 0) + 1
        if result.mention is not None:
            batch.checks.append(check_row(article.url_key, result.mention, now))
            if result.mention.get("is_exercise"):
                batch.mentions.append(mention_row(article.url_key, result.mention, now))
    for linked in fetched.linked:
        batch.feed_entries.append(
            _entry_row(linked.feed_id, linked.entry, linked.url_key, run_id, now)
        )
    keys = {
        (r.job.feed_id, r.job.entry.entry_key): r.article.url_key
        for r in results
        if r.article is not None
    }
    for shared in fetched.shared:
        if shared.leader in keys:  # the leader's page gave an article: index this entry too
            batch.feed_entries.append(
                _entry_row(shared.feed_id, shared.entry, keys[shared.leader], run_id, now)
            )
    for outcome in fetched.outcomes:
        res = outcome.result
        feed_id = outcome.job.feed_id
        batch.feed_states.append(outcome.state)
        batch.poll_log.append(
            {
                "run_id": run_id,
                "feed_id": feed_id,
                "started_at": started_at,
                "finished_at": now,
                "request_url": res.url,
                "final_url": res.final_url,
                "status_code": res.status,
                "outcome": outcome.outcome,
                "error": outcome.error,
                "entries_total": outcome.entries_total,
                "entries_new": len(outcome.entries),
                "articles_new": stored_by_feed.get(feed_id, 0),
                "pages_fetched": sum(1 for j in fetched.page_jobs if j.feed_id == feed_id),
                "pages_failed": fetched.pages_failed.get(feed_id, 0),
                "bytes": res.bytes_read,
                "elapsed_ms": res.elapsed_ms,
                "next_poll_at": outcome.state.get("next_poll_at"),
            }
        )
    return batch


def _entry_row(feed_id: str, entry, url_key: str, run_id: str, now: datetime) -> dict:
    return {
        "feed_id": feed_id,
        "entry_key": entry.entry_key,
        "url_key": url_key,
        "guid": entry.guid,
        "link": entry.link,
        "first_seen_at": now,
        "run_id": run_id,
    }
