"""Feed parsing: RSS 2.0, Atom, and malformed feeds."""

from datetime import datetime, timedelta, timezone

import pytest

from crawler.spiders.feeds import MalformedFeed, parse_feed

RSS = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Terkini</title>
<item><title>BPJS Ketenagakerjaan Kendari catat 52 ribu peserta</title>
<link>https://sultra.example/berita/1/bpjs</link>
<pubDate>Wed, 11 Jun 2025 14:05:00 +0800</pubDate>
<description><![CDATA[Kendari (ANTARA) - <b>BPJS</b> Ketenagakerjaan mencatat]]>
</description></item>
<item><title>Tanpa tautan</title></item>
<item><title>Festival budaya</title><link>https://sultra.example/berita/2/festival</link></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title>
<entry><title>Jamsostek pekerja rentan</title><link href="https://w.example/a"/>
<updated>2025-05-14T10:00:00+08:00</updated><summary>ringkasan</summary></entry>
</feed>"""


def test_rss_items() -> None:
    items = parse_feed(RSS)
    assert [i.link for i in items] == [
        "https://sultra.example/berita/1/bpjs",
        "https://sultra.example/berita/2/festival",
    ]
    first = items[0]
    assert first.title == "BPJS Ketenagakerjaan Kendari catat 52 ribu peserta"
    assert first.published == datetime(2025, 6, 11, 14, 5, tzinfo=timezone(timedelta(hours=8)))
    assert "Ketenagakerjaan mencatat" in first.snippet
    assert items[1].published is None


def test_atom_items() -> None:
    (item,) = parse_feed(ATOM)
    assert item.link == "https://w.example/a"
    assert item.snippet == "ringkasan"
    assert item.published is not None and item.published.utcoffset() == timedelta(hours=8)


def test_malformed_feed_raises_with_recovered_items() -> None:
    truncated = RSS[: RSS.index(b"<item><title>Tanpa")]
    with pytest.raises(MalformedFeed) as caught:
        parse_feed(truncated)
    assert [i.link for i in caught.value.items] == ["https://sultra.example/berita/1/bpjs"]
    assert "malformed feed" in str(caught.value)


def test_garbage_is_malformed() -> None:
    with pytest.raises(MalformedFeed) as caught:
        parse_feed(b"<html><body>not a feed")
    assert caught.value.items == []


GUIDS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Tribun</title>
<item><title>a</title><link>https://t.example/</link><guid>https://t.example/2025/09/05/a</guid></item>
<item><title>b</title><link>https://t.example/</link>
<guid isPermaLink="false">tribun-8812</guid></item>
<item><title>c</title><guid isPermaLink="true">https://t.example/2025/09/04/c</guid></item>
</channel></rss>"""


def test_guid_permalinks() -> None:
    items = parse_feed(GUIDS)
    assert [(i.link, i.permalink) for i in items] == [
        ("https://t.example/", "https://t.example/2025/09/05/a"),
        ("https://t.example/", ""),  # isPermaLink="false": an identifier, not a URL
        ("", "https://t.example/2025/09/04/c"),
    ]
