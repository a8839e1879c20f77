"""Ingest: idempotence, formats, encodings, and bad input that is recorded instead of crashing."""

from __future__ import annotations

import json
import zipfile

from conftest import run_cli, shared_path

from marsad.ingest.run import ingest

ARTICLE = (
    "أعلنت وزارة الزراعة يوم الاثنين عن خطة لزراعة مليون شجرة في المدن الكبرى خلال العام المقبل.\n"
    "وقال المتحدث باسم الوزارة إن الخطة تهدف إلى خفض درجات الحرارة في الأحياء المكتظة.\n"
)


def test_same_bytes_twice_is_one_document(store, tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    first = ingest(store, [str(f)])
    again = ingest(store, [str(f), str(f)])
    assert (first.raw_added, first.articles_added) == (1, 1)
    assert again.raw_added == 0 and again.articles_added == 0 and again.duplicates == 2
    assert store.stats()["tables"]["articles"] == 1


def test_json_records_map_usual_field_names(store, tmp_path):
    records = [
        {"title": "خبر أول", "content": ARTICLE, "source": "صحيفة التجربة", "url": "https://ex.example/1",
         "date_extracted": "2015-07-21 10:00:00", "author": "not available"},
        {"headline": "خبر ثان", "body": ARTICLE + "سطر إضافي.", "outlet": "وكالة الاختبار", "date": "2015-07-22"},
    ]
    (tmp_path / "a.json").write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(
        json.dumps({"text": ARTICLE + "ثالث.", "site": "موقع ثالث"}, ensure_ascii=False) + "\n\n", encoding="utf-8")
    report = ingest(store, [str(tmp_path)])
    assert report.articles_added == 3 and report.rejected == 0
    by_title = {a.title: a for a in store.iter_articles()}
    first = by_title["خبر أول"]
    assert first.outlet == "صحيفة التجربة" and first.url == "https://ex.example/1"
    assert first.published_at.startswith("2015-07-21") and first.authors == []
    assert by_title["خبر ثان"].outlet == "وكالة الاختبار"


def test_map_option_for_unusual_exports(store, tmp_path):
    (tmp_path / "x.jsonl").write_text(json.dumps({"nass": ARTICLE, "jarida": "الجريدة"}, ensure_ascii=False),
                                      encoding="utf-8")
    run_cli("ingest", str(tmp_path / "x.jsonl"), "--map", "text=nass,outlet=jarida", db=store.path)
    (article,) = list(store.iter_articles())
    assert article.outlet == "الجريدة" and "مليون شجرة" in article.text


def test_record_without_text_is_rejected_with_hint(store, tmp_path):
    (tmp_path / "x.jsonl").write_text(json.dumps({"nass": ARTICLE}, ensure_ascii=False), encoding="utf-8")
    report = ingest(store, [str(tmp_path / "x.jsonl")])
    assert report.rejected == 1
    assert "--map" in store.rejections()[0].reason


def test_short_records_are_articles_and_blank_ones_say_why(store, tmp_path):
    # A one-sentence wire item is a whole article: a structured record's text is never boilerplate.
    short = ["تظاهر مئات الطلاب أمام الجامعة.", "قتل جنديان في هجوم على حاجز."]
    rows = [{"url": f"https://ex.example/{k}", "content": t} for k, t in enumerate(short)]
    rows += [{"url": "https://ex.example/blank", "content": "   "}, {"url": "https://ex.example/tags", "content": "<p> </p>"}]
    (tmp_path / "s.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    report = ingest(store, [str(tmp_path / "s.jsonl")])
    assert sorted(a.text for a in store.iter_articles()) == sorted(short)
    assert report.rejected == 2
    reasons = " | ".join(r.reason for r in store.rejections())
    assert "blank" in reasons and "only markup" in reasons and "boilerplate" not in reasons


def test_zip_of_mixed_files(store, tmp_path):
    z = tmp_path / "batch.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("one.txt", ARTICLE)
        zf.writestr("two.html", f"<html><body><article><h1>عنوان</h1><p>{ARTICLE}</p></article></body></html>")
        zf.writestr("three.jsonl", json.dumps({"text": ARTICLE + "ب"}, ensure_ascii=False))
    report = ingest(store, [str(z)])
    assert report.articles_added == 3
    assert all("batch.zip!" in a.origin for a in store.iter_articles())


def test_stdin(store):
    run_cli("ingest", "-", db=store.path, input=ARTICLE.encode("utf-8"))
    assert store.stats()["tables"]["articles"] == 1


def test_bad_folder_keeps_the_good_and_lists_the_bad(store, tmp_path):
    d = tmp_path / "mixed"
    d.mkdir()
    (d / "empty.txt").write_bytes(b"")
    (d / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (d / "truncated.txt").write_bytes(ARTICLE.encode("utf-8")[:-1][:-1])  # cut inside a character
    (d / "win1256.txt").write_bytes(ARTICLE.encode("cp1256"))
    (d / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (d / "bom.txt").write_bytes(b"\xef\xbb\xbf" + (ARTICLE + "مع علامة.").encode("utf-8"))
    (d / "utf16.txt").write_bytes((ARTICLE + "بترميز آخر.").encode("utf-16"))
    big = d / "big.txt"
    with open(big, "w", encoding="utf-8") as fh:
        line = "سطر طويل من نص تجريبي لا معنى له يتكرر لملء ملف كبير جدا. " * 4 + "\n"
        for _ in range(50 * 1024 * 1024 // len(line.encode("utf-8")) + 1):
            fh.write(line)
    report = ingest(store, [str(d)])
    reasons = {r.origin.rsplit("/", 1)[-1]: r.reason for r in store.rejections()}
    assert "empty" in reasons["empty.txt"]
    assert "binary" in reasons["binary.txt"]
    texts = {a.origin.rsplit("/", 1)[-1]: a.text for a in store.iter_articles()}
    for name in ("good.txt", "win1256.txt", "bom.txt", "utf16.txt", "truncated.txt"):
        assert "مليون شجرة" in texts[name], name
    assert not texts["bom.txt"].startswith("\ufeff")
    # The 50 MB file is either stored or rejected with a reason; it never sinks the batch.
    assert "big.txt" in texts or "big.txt" in reasons
    assert report.seen == 8


def test_unreadable_path_is_a_rejection(store, tmp_path):
    report = ingest(store, [str(tmp_path / "missing.txt")])
    assert report.rejected == 1 and "cannot read" in store.rejections()[0].reason


def test_seeds_ingest_once(store):
    seeds = shared_path("seeds")
    first = ingest(store, [str(seeds)])
    again = ingest(store, [str(seeds)])
    assert first.raw_added == 5 and first.articles_added >= 5
    assert again.raw_added == 0 and again.articles_added == 0


def test_saudinewsnet_day_zip_ingests_as_is(store):
    day = shared_path("data", "saudinewsnet", "2015-07-23.zip")
    first = ingest(store, [str(day)])
    again = ingest(store, [str(day)])
    assert first.articles_added > 500 and first.rejected < first.seen * 0.02
    assert again.articles_added == 0
    a = next(iter(store.iter_articles()))
    assert a.outlet and a.url.startswith("http") and a.published_at.startswith("2015-07")


def test_workers_store_the_same_articles(tmp_path):
    from marsad.ingest.run import IngestOptions
    from marsad.store import open_store

    records = [{"title": f"خبر رقم {i}", "content": ARTICLE.replace("مليون", f"{i + 2} مليون"), "source": f"صحيفة {i % 3}"}
               for i in range(120)]
    (tmp_path / "many.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), encoding="utf-8")
    got = []
    for workers in (1, 2):
        s = open_store(str(tmp_path / f"w{workers}.db"))
        report = ingest(s, [str(tmp_path / "many.jsonl")], IngestOptions(workers=workers, batch_size=50))
        assert report.articles_added == 120
        got.append([(a.id, a.title, a.text, a.outlet) for a in s.iter_articles()])
        assert s.search("مليون") and len(s.search("خبر", limit=500)) == 120
    assert got[0] == got[1]


def test_a_record_dated_when_fetched_takes_the_earlier_day_of_its_url(store, tmp_path):
    # A first crawl holds older pages: the export's date is the fetch, the URL path the publication.
    records = [
        {"title": "قديم", "content": ARTICLE, "url": "https://paper.example/2015/07/13/article_1.html",
         "date_extracted": "2015-07-21 10:00:00"},
        {"title": "محدث", "content": ARTICLE + "تحديث.", "url": "https://paper.example/2015/07/25/article_2.html",
         "date_extracted": "2015-07-21 10:00:00"},
        {"title": "أرشيف", "content": ARTICLE + "أرشيف.", "url": "https://paper.example/2009/01/02/old.html",
         "date_extracted": "2015-07-21 10:00:00"},
    ]
    (tmp_path / "a.json").write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    ingest(store, [str(tmp_path / "a.json")])
    dates = {a.title: a.published_at[:10] for a in store.iter_articles()}
    assert dates == {"قديم": "2015-07-13", "محدث": "2015-07-21", "أرشيف": "2015-07-21"}
