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
