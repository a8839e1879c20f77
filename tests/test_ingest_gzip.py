"""Gzipped inputs: an export or a page gzipped is read as what it holds; an archive's date bounds apply only to a
gzip that holds a web archive (before: `ingest export.jsonl.gz --since …` was taken as an archive's bound, then the
file was refused as «binary file, not text», with or without the bound)."""

from __future__ import annotations

import gzip
import json

import pytest

from marsad.cli.main import main

REPORTS = [{"title": "افتتاح مكتبة الحي", "published_at": "2015-07-20", "outlet": "صحيفة التجربة",
            "text": "افتتحت البلدية صباح الأحد مكتبة عامة في الحي الشمالي، وقال مديرها إنها تضم آلاف الكتب للصغار "
                    "والكبار وستفتح أبوابها كل يوم حتى المساء."},
           {"title": "تعادل في ملعب البلدية", "published_at": "2015-07-25", "outlet": "صحيفة التجربة",
            "text": "انتهت مباراة الفريقين المحليين بالتعادل مساء السبت في ملعب البلدية، بعد شوط أول لم يسجل فيه "
                    "أحد وشوط ثان تبادل فيه الفريقان هدفين."}]


def _export(path):
    path.write_bytes(gzip.compress("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in REPORTS).encode()))
    return str(path)


@pytest.mark.parametrize("name", ["export.jsonl.gz", "export.gz"])
def test_a_gzipped_export_is_read_as_what_it_holds(tmp_path, capsys, name):
    db = str(tmp_path / "m.db")
    assert main(["--db", db, "ingest", _export(tmp_path / name)]) == 0
    assert "2 articles added; 0 rejected" in capsys.readouterr().err
    assert main(["--db", db, "articles", "--json"]) == 0
    titles = {json.loads(line)["title"] for line in capsys.readouterr().out.splitlines()}
    assert titles == {r["title"] for r in REPORTS}


def test_an_archive_bound_on_a_gzipped_export_is_refused_as_on_the_export(tmp_path, capsys):
    """`--since` on an export.jsonl.gz was accepted as an archive's bound and did nothing: it is refused as on an
    export.jsonl, naming the command that lists a period, and nothing is stored."""
    db = tmp_path / "m.db"
    assert main(["--db", str(db), "ingest", _export(tmp_path / "export.jsonl.gz"), "--since", "2015-07-22"]) == 2
    err = capsys.readouterr().err
    assert "--since filters the records of web archives (WARC/WET) only" in err and "marsad articles --since" in err
    assert not db.exists()


def test_a_folder_keeps_reading_gzipped_exports_and_leaves_other_gzip_files(tmp_path, capsys):
    """A folder of daily exports.jsonl.gz stored nothing (a foreign extension, skipped); a backup.tar.gz beside
    them is still no news."""
    _export(tmp_path / "day1.jsonl.gz")
    (tmp_path / "backup.tar.gz").write_bytes(gzip.compress(b"\0" * 600))
    assert main(["--db", str(tmp_path / "m.db"), "ingest", str(tmp_path)]) == 0
    assert "2 articles added; 0 rejected" in capsys.readouterr().err


def test_a_gzipped_web_archive_without_its_suffix_is_read_and_bounded(tmp_path, capsys):
    from test_ingest_warc import RECORDS, build_warc

    crawl = tmp_path / "crawl.gz"
    crawl.write_bytes(build_warc(RECORDS))
    db = str(tmp_path / "m.db")
    assert main(["--db", db, "ingest", str(crawl), "--since", "2026-11-22"]) == 0
    assert main(["--db", db, "articles", "--json"]) == 0
    assert [json.loads(line)["url"] for line in capsys.readouterr().out.splitlines()] == [
        "https://sport.other.example/match"]


def test_a_gzip_that_unpacks_beyond_the_size_limit_is_refused_saying_so(tmp_path, capsys):
    bomb = tmp_path / "big.jsonl.gz"
    bomb.write_bytes(gzip.compress(b" " * 3_000_000))
    assert main(["--db", str(tmp_path / "m.db"), "ingest", str(bomb), "--max-bytes", "1000000"]) == 1
    assert "too large once unpacked" in capsys.readouterr().err


@pytest.mark.parametrize("packing", ["gzip", "zip"])
def test_a_file_packed_inside_itself_is_refused_not_a_crash(tmp_path, capsys, packing):
    """A gzip inside a gzip inside … (or a zip inside a zip) was unpacked one level per call until Python's
    recursion limit: a 13 KB file ended `marsad ingest` in a RecursionError traceback, and in a folder it took
    every other file down with it.  (A file that unpacks to itself never ends otherwise.)"""
    import io
    import zipfile

    blob = b"{}"
    for _ in range(600):
        if packing == "gzip":
            blob = gzip.compress(blob)
        else:
            buf = io.BytesIO()
            with zipfile.ZipFile(buf, "w") as z:
                z.writestr("inner.zip", blob)
            blob = buf.getvalue()
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / ("deep.gz" if packing == "gzip" else "deep.zip")).write_bytes(blob)
    _export(folder / "day.jsonl.gz")
    assert main(["--db", str(tmp_path / "m.db"), "ingest", str(folder)]) == 0
    err = capsys.readouterr().err
    assert "2 articles added; 1 rejected" in err and "packed inside" in err, err


def test_an_archive_bound_applies_to_a_gzipped_web_archive_inside_a_zip(tmp_path, capsys):
    """A zip holding crawl.gz (a web archive) is read as one, but `--since` on it was refused: «none of these
    inputs is one»."""
    import zipfile

    from test_ingest_warc import RECORDS, build_warc

    with zipfile.ZipFile(tmp_path / "crawls.zip", "w") as z:
        z.writestr("crawl.gz", build_warc(RECORDS))
    db = str(tmp_path / "m.db")
    assert main(["--db", db, "ingest", str(tmp_path / "crawls.zip"), "--since", "2026-11-22"]) == 0
    assert main(["--db", db, "articles", "--json"]) == 0
    assert [json.loads(line)["url"] for line in capsys.readouterr().out.splitlines()] == [
        "https://sport.other.example/match"]
