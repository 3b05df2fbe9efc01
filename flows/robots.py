"""robots.txt for article pages, read the way Google documents it.

https://developers.google.com/search/docs/crawling-indexing/robots/robots_txt and RFC 9309:

- One file per origin (scheme, host and port), at /robots.txt, fetched through the same guarded
  client as every page (the address guard applies), redirects followed up to the fetcher's
  limit, at most the first 500 KiB read (the rest is ignored, as Google does).
- 2xx: the rules apply. The group naming our product token ("drillwatch", from the user agent)
  wins over `*`; within a group the longest matching path wins, Allow on a tie; `*` and `$`
  work as wildcards. Parsing is Protego's (Scrapy's parser), which follows those rules.
- 4xx other than 429 (no file, or a forbidden one): no restrictions, as if the file did not
  exist. More redirects than the fetcher follows counts the same.
- 429, 5xx, a timeout or a network error: the site is treated as fully disallowed, for this
  poll. Google does the same (and keeps a cached copy for up to 30 days, which a poll-scoped
  cache has no use for). Each article of that origin records why it was not fetched.
- A host the address guard refuses is not judged here: its page fetch is refused by the guard
  itself, with the guard's own reason. A robots.txt that redirects to a refused address is a
  failed fetch (the site is skipped this poll).

Crawl-delay (or a Request-rate, read as seconds per request) spaces the starts of our page
requests to the origin, capped by `max_crawl_delay_s`. Google ignores Crawl-delay; Bing and
Yandex honour it, and it is what a site that names us asks for.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from protego import Protego

from flows.fetch import Fetcher, FetchResult, Refusal
from flows.settings import Settings

ROBOTS_MAX_BYTES = 500 * 1024  # Google reads this much of a robots.txt and ignores the rest
ROBOTS_ACCEPT = "text/plain, */*;q=0.1"
DISALLOWED = Refusal("robots", "disallowed by robots.txt")
DEFAULT_TOKEN = "drillwatch"
_TOKEN = re.compile(r"[A-Za-z_-]+")


def user_agent_token(user_agent: str) -> str:
    """The product token robots.txt groups are matched against (RFC 9309: letters, _ and -).

    `drillwatch/0.1 (+https://...)` gives "drillwatch"; a user agent changed in the settings
    brings its own token, so a site's rules for that name apply.
    """
    match = _TOKEN.match(user_agent.strip())
    return match.group(0).lower() if match else DEFAULT_TOKEN


def origin_of(url: str) -> str | None:
    """scheme://host[:port] of a URL (default ports dropped), or None when it has no host."""
    try:
        parts = urlsplit(url)
        host, port = parts.hostname, parts.port
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not host:
        return None
    if ":" in host:
        host = f"[{host}]"
    default = 80 if parts.scheme == "http" else 443
    return f"{parts.scheme}://{host}" + (f":{port}" if port and port != default else "")


@dataclass(frozen=True)
class RobotsPolicy:
    """What one origin's robots.txt allows us, as read once per poll."""

    origin: str
    rules: Protego | None = None  # None: no restrictions
    unavailable: str | None = None  # why the file could not be read: nothing is fetched
    crawl_delay_s: float = 0.0
    status: str = ""  # how the file answered, for logs and tests ("HTTP 200", "timeout", ...)

    def refusal(self, url: str, token: str) -> Refusal | None:
        """None when `url` may be fetched, else the reason it may not."""
        if self.unavailable is not None:
            return Refusal(
                "robots_unavailable",
                f"robots.txt unavailable ({self.unavailable}); page not fetched this poll",
            )
        if self.rules is not None and not self.rules.can_fetch(url, token):
            return DISALLOWED
        return None


def _delay(rules: Protego, token: str, cap_s: float) -> float:
    """Crawl-delay, or a Request-rate as seconds per request, whichever asks for more; capped."""
    delay = rules.crawl_delay(token) or 0.0
    rate = rules.request_rate(token)
    if rate is not None and rate.requests > 0:
        delay = max(delay, rate.seconds / rate.requests)
    if not delay > 0 or math.isnan(delay):
        return 0.0
    return min(delay, max(cap_s, 0.0))


def interpret(origin: str, result: FetchResult, token: str, cap_s: float) -> RobotsPolicy:
    """Turn the response for /robots.txt into the policy for its origin (Google's semantics)."""
    if result.error_kind == "blocked" and result.status is None:
        # The origin itself is refused by the address guard: so is every page fetch from it,
        # with the guard's own reason. (A robots.txt that *redirects* to a refused address is
        # a failed fetch like any other, below.)
        return RobotsPolicy(origin, status="blocked")
    if result.error_kind == "redirects":
        return RobotsPolicy(origin, status="redirects")  # Google: more hops than followed = 404
    if result.error:
        # Timeouts, resets, DNS and connection failures: Google's "server error" case. The page
        # fetch would meet the same trouble; guessing "allowed" is not ours to do.
        return RobotsPolicy(origin, unavailable=result.error, status=result.error_kind or "error")
    status = result.status or 0
    label = f"HTTP {status}"
    if status == 429 or status >= 500:
        return RobotsPolicy(origin, unavailable=label, status=label)
    if not 200 <= status < 300:
        return RobotsPolicy(origin, status=label)  # 4xx (and anything odd): no restrictions
    text = (result.body or b"").decode("utf-8", errors="replace").lstrip("\ufeff")
    try:
        rules = Protego.parse(text)
    except Exception as exc:  # a parser bug must not turn into "allowed"
        reason = f"robots.txt could not be parsed: {type(exc).__name__}"
        return RobotsPolicy(origin, unavailable=reason, status=label)
    return RobotsPolicy(origin, rules, None, _delay(rules, token, cap_s), label)


async def fetch_robots(
    fetcher: Fetcher, origin: str, token: str, settings: Settings
) -> RobotsPolicy:
    """GET origin/robots.txt (guarded, capped, never raising) and interpret it."""
    result = await fetcher.get(
        f"{origin}/robots.txt",
        max_bytes=ROBOTS_MAX_BYTES,
        accept=ROBOTS_ACCEPT,
        truncate=True,
    )
    return interpret(origin, result, token, settings.max_crawl_delay_s)
