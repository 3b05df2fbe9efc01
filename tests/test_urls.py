"""Article keys: tracking removed, identity kept."""

from __future__ import annotations

from extractors.urls import clean_url, same_site


def test_tracking_parameters_and_fragments_go():
    url = "https://News.Example.org/world/story?utm_source=rss&utm_medium=feed&fbclid=abc#top"
    assert clean_url(url) == "https://news.example.org/world/story"


def test_parameters_that_identify_the_article_stay():
    first = clean_url("https://news.example.org/article.php?n=5&utm_campaign=x")
    second = clean_url("https://news.example.org/article.php?n=6")
    assert first == "https://news.example.org/article.php?n=5"
    assert first != second
    assert clean_url("https://news.example.org/view?id=123&sid=9") != clean_url(
        "https://news.example.org/view?id=124&sid=9"
    )


def test_unusable_urls_have_no_key():
    assert clean_url("javascript:alert(1)") is None
    assert clean_url("mailto:desk@example.org") is None
    assert clean_url("") is None


def test_same_site_compares_registered_domains():
    assert same_site("https://www.example.org/a", "https://example.org/b")
    assert not same_site("https://example.org/a", "https://elsewhere.net/a")


def test_feed_tracking_parameters_that_courlan_misses_go_too():
    """Webtrends, AT Internet, comScore and per-site campaign ids: one page, one key."""
    clean = "https://www.heise.de/news/Manoever-im-Baltikum-9876543.html"
    tracked = [
        "?wt_mc=rss.red.ho.ho.atom.beitrag.beitrag",
        "?wt_zmc=nl.int.zonaudev.zeit_online_chefredaktion",
        "?WT.mc_id=rss",
        "?cmpid=rss_feed",
        "?ncid=rss_yahoo",
        "?ocid=msedgntp",
        "?sr_share=twitter",
        "?at_medium=rss&at_campaign=feed&at_emailtype=x",
        "?ns_mchannel=rss&ns_campaign=news",
        "?icid=home&smid=tw-share",
        "?wt_mc=rss&utm_source=feed#comments",
    ]
    assert {clean_url(clean + query) for query in tracked} == {clean}


def test_courlan_still_applies_our_list_and_its_own():
    """The list extends courlan's own pattern; an upgrade that stops reading it fails here."""
    from courlan.clean import TRACKERS_RE

    assert TRACKERS_RE.search("wt_mc") and TRACKERS_RE.search("utm_source")
    assert not TRACKERS_RE.search("id") and not TRACKERS_RE.search("page")
    kept = clean_url("https://news.example.org/view?story=12&page=2&cmpid=x")
    assert kept == "https://news.example.org/view?page=2&story=12"
