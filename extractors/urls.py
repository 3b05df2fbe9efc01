"""URL cleaning and identity keys.

Articles are keyed by their cleaned canonical URL, so the same story reached through a tracking
link, a feed proxy or a differently-cased host collapses onto one row.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import courlan
from courlan import clean as _courlan_clean

# Tracking parameters news feeds add that courlan's own list (utm_*, fbclid, *_campaign, ...)
# misses: Webtrends (wt_mc, wt_zmc, WT.mc_id), AT Internet (at_medium, at_campaign, at_*),
# comScore (ns_mchannel, ns_*), and the per-site campaign ids of Microsoft Start (ocid),
# Yahoo/NBC (ncid), Adobe and many newspapers (cmpid, icid), Der Spiegel (sr_share), the New
# York Times (smid, smtyp), The Independent (ito), HubSpot (_hsenc, _hsmi, __hs*), Echobox and
# Twitter cards. Only names that never identify an article: dropping one that did would merge
# two different pages into one key, which is worse than fetching a page twice.
TRACKING_PARAMS = (
    "cmpid",
    "icid",
    "ncid",
    "ocid",
    "mbid",
    "wtrid",
    "sr_share",
    "smid",
    "smtyp",
    "ito",
    "echobox",
    "guccounter",
    "dicbo",
    "_hsenc",
    "_hsmi",
    "__hstc",
    "__hssc",
    "__hsfp",
    "__twitter_impression",
)
TRACKING_PREFIXES = ("wt_", "wt.", "at_", "ns_")
# Bumped whenever the cleaning rules change what a key looks like, so stored links can be
# brought up to date once (see flows/pagekeys.py): 1 was courlan's own list, 2 adds the above.
URL_RULES_VERSION = 2


def _extend_courlan_trackers() -> None:
    """Add our names to the one pattern courlan's query cleaning consults (idempotent).

    courlan has no setting for extra tracking parameters; its `clean_query` reads the module
    global `TRACKERS_RE` (matched against each lower-cased parameter name), so the pattern is
    extended in place. tests/test_urls.py fails if a courlan upgrade stops honouring it.
    """
    extra = "^(?:{})|^(?:{})$".format(
        "|".join(re.escape(p) for p in TRACKING_PREFIXES),
        "|".join(re.escape(p) for p in TRACKING_PARAMS),
    )
    current = _courlan_clean.TRACKERS_RE.pattern
    if extra not in current:
        _courlan_clean.TRACKERS_RE = re.compile(f"{current}|{extra}")


COURLAN_OWN_TRACKERS_RE = _courlan_clean.TRACKERS_RE  # what URL_RULES_VERSION 1 keyed by
_extend_courlan_trackers()


def clean_url(url: str | None) -> str | None:
    """Return the canonical form used as an identity key, or None when the URL is unusable.

    courlan's normalisation drops tracking parameters (utm_*, fbclid, ... plus TRACKING_PARAMS
    and TRACKING_PREFIXES) and lowercases the host; the fragment goes too. Its *strict* mode is
    not used: it also drops every parameter outside a short allow-list, and sites that address
    articles as `?id=123` or `?n=5` would then collapse onto one key. The scheme is kept: http
    and https copies are the same page only by convention, and a key must never merge two
    different resources.
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
