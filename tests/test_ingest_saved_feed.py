"""A feed saved as a file that carries its articles' text (RSS content:encoded, Atom content) is read item by item.

Our own Arabic text throughout. The CLI through ``main`` on real SQLite files.
"""

from __future__ import annotations

import json

from conftest import cli

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>نشرة الساحل</title><link>https://sahil.example/</link>
<item><title>افتتاح جسر جديد فوق وادي الرمان</title><link>https://sahil.example/news/41</link>
<pubDate>Mon, 07 Dec 2026 09:30:00 +0300</pubDate><dc:creator>سلمى القاسم</dc:creator>
<description>افتتح وزير النقل جسرا جديدا.</description>
<content:encoded><![CDATA[<p>افتتح وزير النقل صباح اليوم جسرا جديدا فوق وادي الرمان يربط البلدتين الشرقية والغربية.</p>
<p>وقال الوزير إن الجسر يختصر الطريق بين البلدتين إلى ربع ساعة بعد أن كان يستغرق ساعة كاملة.</p>]]></content:encoded>
</item>
<item><title>مهرجان للكتاب في المدينة القديمة</title><link>https://sahil.example/news/42</link>
<pubDate>Mon, 07 Dec 2026 11:00:00 +0300</pubDate>
<description>يبدأ غدا مهرجان الكتاب.</description></item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>موجز الواحة</title>
<entry><title>تشغيل محطة لتحلية المياه في الواحة</title><link href="https://waha.example/a/7"/>
<published>2026-12-06T08:00:00Z</published><author><name>مازن الحداد</name></author>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>بدأت محطة تحلية المياه الجديدة في الواحة العمل اليوم
بطاقة عشرة آلاف متر مكعب في اليوم.</p><p>وقالت البلدية إن المحطة تكفي حاجة السكان في الصيف.</p></div></content>
</entry></feed>
"""


def articles(capsys, db: str) -> list[dict]:
    rc, out, _ = cli(capsys, "--db", db, "articles", "--json")
    return [json.loads(line) for line in out.splitlines()]


def test_a_saved_rss_feed_with_full_texts_gives_its_articles_and_refuses_the_teaser(tmp_path, capsys):
    db, feed = str(tmp_path / "news.db"), tmp_path / "feed.xml"
    feed.write_text(RSS, encoding="utf-8")
    rc, out, err = cli(capsys, "--db", db, "ingest", str(feed))
    assert rc == 0
    (got,) = articles(capsys, db)
    assert got["title"] == "افتتاح جسر جديد فوق وادي الرمان"
    assert got["url"] == "https://sahil.example/news/41" and got["outlet"] == "نشرة الساحل"  # the feed's title
    assert got["published_at"].startswith("2026-12-07")
    assert "سلمى القاسم" in json.dumps(got, ensure_ascii=False)
    full = cli(capsys, "--db", db, "show", got["id"], "--json")[1]
    assert "ربع ساعة" in full and "<p>" not in full  # the article's own text, its markup read as paragraphs
    rejected = cli(capsys, "--db", db, "rejections")[1]
    assert "https://sahil.example/news/42" in rejected and "summary only" in rejected
    assert cli(capsys, "--db", db, "ingest", str(feed))[0] in (0, 1)  # the same file again adds nothing
    assert len(articles(capsys, db)) == 1


def test_a_saved_atom_feed_with_inline_xhtml_content_gives_its_article(tmp_path, capsys):
    db, feed = str(tmp_path / "news.db"), tmp_path / "atom.xml"
    feed.write_text(ATOM, encoding="utf-8")
    assert cli(capsys, "--db", db, "ingest", str(feed))[0] == 0
    (got,) = articles(capsys, db)
    assert got["title"] == "تشغيل محطة لتحلية المياه في الواحة" and got["published_at"].startswith("2026-12-06")
    full = cli(capsys, "--db", db, "show", got["id"], "--json")[1]
    assert "عشرة آلاف متر مكعب" in full and "حاجة السكان" in full and "xmlns" not in full
