"""One feed's HTTP exchange -> its outcome, new state and the entries worth fetching.

This is where the fetch policy lives (conditional GET, body hash, redirects, 410, 429/503,
backoff). It is plain code over a FetchResult so every branch is testable without a network.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime

from extractors.feeds import FeedEntry, ParsedFeed, UnsafeFeedError, parse_feed
from flows.feedlist import FeedConfig
from flows.fetch import FetchResult
from flows.schedule import failure_weight, next_poll_after_failure, next_poll_after_success
from flows.settings import Settings

FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, "
    "text/xml;q=0.9, */*;q=0.5"
)


@dataclass
class FeedJob:
    """A due feed: its configuration and its stored state (None on first sight)."""

    config: FeedConfig
    state: dict

    @property
    def feed_id(self) -> str:
        return self.config.feed_id

    @property
    def url(self) -> str:
        return self.state.get("url") or self.config.url

    @property
    def interval_minutes(self) -> int:
        configured = self.state.get("interval_minutes")
        return int(configured) if configured is not None else 30

    def conditional_headers(self) -> dict[str, str]:
        headers = {}
        if self.state.get("etag"):
            headers["If-None-Match"] = self.state["etag"]
        if self.state.get("last_modified"):
            headers["If-Modified-Since"] = self.state["last_modified"]
        return headers


@dataclass
class FeedOutcome:
    """What a poll of one feed decided; `state` is the FEED_STATE row to commit."""

    job: FeedJob
    result: FetchResult
    outcome: str  # ok | not_modified | unchanged | error | gone
    error: str | None
    state: dict
    entries: list[FeedEntry] = field(default_factory=list)
    entries_total: int = 0
    parsed: ParsedFeed | None = None
    # Validators of a body with more entries than one poll takes; see keep_new_entries.
    pending_validators: dict | None = None


def _body_hash(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


def _base_state(job: FeedJob, result: FetchResult, now: datetime) -> dict:
    return {
        "feed_id": job.feed_id,
        "url": result.permanent_url or job.url,
        "active": True,
        "retired_reason": None,
        "etag": job.state.get("etag"),
        "last_modified": job.state.get("last_modified"),
        "body_hash": job.state.get("body_hash"),
        "last_status": result.status,
        "last_outcome": None,
        "last_error": None,
        "last_polled_at": now,
        "last_success_at": None,
        "next_poll_at": None,
        "failure_score": float(job.state.get("failure_score") or 0.0),
        "consecutive_failures": int(job.state.get("consecutive_failures") or 0),
    }


def _failed(
    job: FeedJob,
    result: FetchResult,
    state: dict,
    error: str,
    now: datetime,
    settings: Settings,
    weight: float | None = None,
) -> FeedOutcome:
    weight = failure_weight(result.status, result.error_kind) if weight is None else weight
    state["failure_score"] += weight
    state["consecutive_failures"] += 1
    state["last_outcome"] = "error"
    state["last_error"] = error
    state["next_poll_at"] = next_poll_after_failure(
        now, job.interval_minutes, state["failure_score"], result.status, result.headers, settings
    )
    return FeedOutcome(job, result, "error", error, state)


def _succeeded(state: dict, outcome: str, now: datetime) -> None:
    state["failure_score"] = 0.0
    state["consecutive_failures"] = 0
    state["last_outcome"] = outcome
    state["last_success_at"] = now


def evaluate_response(
    job: FeedJob, result: FetchResult, now: datetime, settings: Settings
) -> FeedOutcome:
    """Turn one feed response into an outcome and the next state of the feed."""
    state = _base_state(job, result, now)
    if result.error:
        return _failed(job, result, state, result.error, now, settings)
    status = result.status or 0
    if status == 410:
        state.update(
            active=False,
            retired_reason="410 Gone: the publisher removed this feed",
            last_outcome="gone",
            last_error="410 Gone",
        )
        return FeedOutcome(job, result, "gone", "410 Gone", state)
    if status == 304:
        _succeeded(state, "not_modified", now)
        state["etag"] = result.headers.get("etag") or state["etag"]
        state["next_poll_at"] = next_poll_after_success(
            now, job.interval_minutes, None, result.headers, settings
        )
        return FeedOutcome(job, result, "not_modified", None, state)
    if not 200 <= status < 300:
        reason = f"HTTP {status}"
        if status in (429, 503) and result.headers.get("retry-after"):
            reason += f" (Retry-After: {result.headers['retry-after']})"
        return _failed(job, result, state, reason, now, settings)
    body = result.body or b""
    if not body.strip():
        return _failed(job, result, state, "empty response body", now, settings)
    digest = _body_hash(body)
    new_validators = {
        "etag": result.headers.get("etag"),
        "last_modified": result.headers.get("last-modified"),
        "body_hash": digest,
    }
    if digest == job.state.get("body_hash"):
        _succeeded(state, "unchanged", now)
        state.update(new_validators)
        state["next_poll_at"] = next_poll_after_success(
            now, job.interval_minutes, None, result.headers, settings
        )
        return FeedOutcome(job, result, "unchanged", None, state)
    try:
        parsed = parse_feed(body, result.headers, result.final_url)
    except UnsafeFeedError as exc:
        return _failed(job, result, state, str(exc), now, settings, weight=1.0)
    if not parsed.is_feed:
        kind = "an HTML page" if b"<html" in body[:2048].lower() else "not a feed"
        return _failed(job, result, state, f"not an RSS/Atom feed ({kind})", now, settings, 1.0)
    _succeeded(state, "ok", now)
    if parsed.bozo and not parsed.entries:
        return _failed(
            job, result, state, f"malformed feed: {parsed.bozo_message}", now, settings, 1.0
        )
    warning = None
    if parsed.bozo:
        warning = f"parsed with errors: {parsed.bozo_message}"
    if parsed.charset_repaired:
        warning = f"charset repaired ({parsed.charset_repaired})"
    state["last_error"] = warning
    entries = parsed.entries
    pending = None
    if len(entries) > settings.max_entries_per_feed:
        # Whether this body can be finished in one poll depends on how many of its entries are
        # already stored, which only the batch knows: keep_new_entries decides.
        pending = new_validators
    else:
        state.update(new_validators)
    state["next_poll_at"] = next_poll_after_success(
        now, job.interval_minutes, parsed.ttl_minutes, result.headers, settings
    )
    return FeedOutcome(
        job, result, "ok", warning, state, entries, len(parsed.entries), parsed, pending
    )


def keep_new_entries(outcome: FeedOutcome, known_keys: set[str], settings: Settings) -> None:
    """Drop the entries already stored, then keep at most `max_entries_per_feed` of the rest.

    The cap counts only entries that still need work, so every poll of a long feed takes the
    next slice of it (capping before this filter would take the same first slice forever).
    The validators advance only when nothing is left over; until then the stored ones stay those
    of the last body taken in full, so the next poll can neither get a 304 nor find the body
    "unchanged", and it sees the remainder.
    """
    fresh = [e for e in outcome.entries if e.entry_key not in known_keys]
    outcome.entries = fresh[: settings.max_entries_per_feed]
    if len(fresh) <= settings.max_entries_per_feed and outcome.pending_validators:
        outcome.state.update(outcome.pending_validators)
        outcome.pending_validators = None
