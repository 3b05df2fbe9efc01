"""Telling people that exercises were found: Prefect events, and an optional webhook.

Events (`drillwatch.exercise.detected`) let users attach Prefect automations without code. The
webhook posts a Slack-compatible JSON payload (`text` plus a structured `mentions` list other
receivers can read). The webhook URL is a secret: it is never logged or put in an artifact.
A failing webhook is logged and does not fail the poll, whose data is already committed.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import httpx

from flows.settings import Settings

EVENT_NAME = "drillwatch.exercise.detected"
MAX_LISTED = 10

log = logging.getLogger("drillwatch.alerts")


@dataclass(frozen=True)
class NewMention:
    """What an alert says about one newly stored exercise mention."""

    article_id: str
    url: str
    title: str
    name: str | None
    phase: str
    countries: tuple[str, ...]
    host: str | None


def emit_events(mentions: list[NewMention]) -> int:
    """One Prefect event per new mention, with the article as the event's resource."""
    from prefect.events import emit_event

    for m in mentions:
        emit_event(
            event=EVENT_NAME,
            resource={
                "prefect.resource.id": f"drillwatch.article.{m.article_id}",
                "prefect.resource.name": m.title[:200] or m.article_id,
            },
            payload={
                "name": m.name,
                "phase": m.phase,
                "countries": list(m.countries),
                "host": m.host,
                "url": m.url,
                "title": m.title,
            },
        )
    return len(mentions)


def webhook_payload(mentions: list[NewMention]) -> dict:
    """Slack-compatible body: a readable `text`, and the mentions as data."""
    lines = [f"drillwatch: {len(mentions)} new military exercise mention(s)"]
    for m in mentions[:MAX_LISTED]:
        who = ", ".join(m.countries) or "participants unknown"
        lines.append(f"• {m.name or 'unnamed exercise'} ({m.phase}; {who}) <{m.url}|{m.title}>")
    if len(mentions) > MAX_LISTED:
        lines.append(f"… and {len(mentions) - MAX_LISTED} more")
    return {
        "text": "\n".join(lines),
        "mentions": [
            {
                "name": m.name,
                "phase": m.phase,
                "countries": list(m.countries),
                "host": m.host,
                "url": m.url,
                "title": m.title,
            }
            for m in mentions
        ],
    }


def post_webhook(mentions: list[NewMention], settings: Settings) -> bool:
    """POST the payload once, with a short timeout; True when the receiver accepted it."""
    if not mentions or settings.webhook_url is None:
        return False
    url = settings.webhook_url.get_secret_value()
    try:
        response = httpx.post(
            url,
            json=webhook_payload(mentions),
            timeout=10.0,
            headers={"User-Agent": settings.user_agent},
        )
    except httpx.HTTPError as exc:
        log.warning("webhook delivery failed: %s", type(exc).__name__)
        return False
    if response.status_code >= 300:
        log.warning("webhook receiver answered HTTP %s", response.status_code)
        return False
    return True
