"""URL cleaning and identity keys.

Articles are keyed by their cleaned canonical URL, so the same story reached through a tracking
link, a feed proxy or a differently-cased host collapses onto one row.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import courlan


def clean_url(url: str | None) -> str | None:
    """Return the canonical form used as an identity key, or None when the URL is unusable.

    courlan's normalisation drops tracking parameters (utm_*, fbclid, ...) and lowercases the
    host; the fragment goes too. Its *strict* mode is not used: it also drops every parameter
    outside a short allow-list, and sites that address articles as `?id=123` or `?n=5` would
    then collapse onto one key. The scheme is kept: http and https copies are the same page only
    by convention, and a key must never merge two different resources.
    """
    if not url:
        return None
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    try:
        cleaned = courlan.normalize_url(url, strict=False)
    except (ValueError, TypeError):
        return None
    cleaned = cleaned.split("#", 1)[0]
    return cleaned or None


def host_of(url: str) -> str:
    """Lower-cased host name, the unit of politeness (per-host concurrency)."""
    return (urlsplit(url).hostname or "").lower()


def same_site(a: str, b: str) -> bool:
    """True when two URLs share a registered domain (approximated by the last two labels).

    Used to decide whether a page's canonical link may replace the fetched URL: a canonical
    pointing to an unrelated site is either an error or an attempt to hijack another key.
    """
    ha, hb = host_of(a), host_of(b)
    if not ha or not hb:
        return False
    if ha == hb:
        return True
    return ha.split(".")[-2:] == hb.split(".")[-2:]
