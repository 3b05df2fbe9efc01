"""When to poll a feed next, and how a failure weighs: the policy of good feed fetchers.

Next poll after success = the largest of our interval, the feed's <ttl>, Cache-Control max-age
and Retry-After, capped. Failures add a weight (1 for a hard failure, 0.5 for the kinds that
usually pass: timeouts, DNS, 404, 429, 5xx) and the delay grows linearly with the accumulated
weight, capped at a day. A 429 gets random jitter so a crowd of feeds on one host does not come
back in lockstep.
"""

from __future__ import annotations

import random
import re
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

from flows.settings import Settings

SOFT_FAILURE = 0.5
HARD_FAILURE = 1.0
_MAX_AGE = re.compile(r"max-age\s*=\s*(\d+)", re.IGNORECASE)


def retry_after_seconds(value: str | None, now: datetime) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - now).total_seconds())


def max_age_seconds(cache_control: str | None) -> float | None:
    """The max-age of a Cache-Control header, if any."""
    if not cache_control:
        return None
    match = _MAX_AGE.search(cache_control)
    return float(match.group(1)) if match else None


def next_poll_after_success(
    now: datetime,
    interval_minutes: int,
    ttl_minutes: int | None,
    headers: dict[str, str],
    settings: Settings,
) -> datetime:
    """Largest of the hints the publisher and we give, between our floor and ceiling."""
    candidates = [interval_minutes * 60.0]
    if ttl_minutes:
        candidates.append(ttl_minutes * 60.0)
    age = max_age_seconds(headers.get("cache-control"))
    if age is not None:
        candidates.append(age)
    retry = retry_after_seconds(headers.get("retry-after"), now)
    if retry is not None:
        candidates.append(retry)
    delay = min(max(candidates), settings.max_interval_minutes * 60.0)
    delay = max(delay, settings.min_interval_minutes * 60.0)
    return now + timedelta(seconds=delay)


def failure_weight(status: int | None, error_kind: str | None) -> float:
    """How much one failure counts towards backoff."""
    if error_kind in {"timeout", "dns", "connect", "network"}:
        return SOFT_FAILURE
    if status is not None and (status in {404, 408, 429} or status >= 500):
        return SOFT_FAILURE
    return HARD_FAILURE


def next_poll_after_failure(
    now: datetime,
    interval_minutes: int,
    failure_score: float,
    status: int | None,
    headers: dict[str, str],
    settings: Settings,
    rng: random.Random | None = None,
) -> datetime:
    """Linear backoff on the accumulated failure weight, honouring Retry-After up to a cap."""
    delay = interval_minutes * 60.0 + failure_score * settings.backoff_step_minutes * 60.0
    delay = min(delay, settings.max_backoff_minutes * 60.0)
    if status in (429, 503):
        retry = retry_after_seconds(headers.get("retry-after"), now)
        if retry is not None:
            delay = max(delay, min(retry, settings.max_retry_after_minutes * 60.0))
        if status == 429:
            delay += (rng or random).uniform(0, min(300.0, delay * 0.1))
    return now + timedelta(seconds=delay)
