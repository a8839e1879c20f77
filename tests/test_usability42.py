"""What a new user trips on (round 42), each as they met it."""

from __future__ import annotations

import pytest

from marsad.cli.main import main


@pytest.mark.parametrize("flags, said", [
    (["--port", "99999"], "argument --port: expects a port number (0 to 65535; 0: any free one), got 99999"),
    (["--port", "eighty"], "argument --port: expects a port number (0 to 65535; 0: any free one), got 'eighty'"),
    (["--log-level", "loud"], "argument --log-level: invalid choice: 'loud'"),
])
def test_serve_says_which_option_is_wrong(demo_db, capsys, flags, said):
    """`serve --port 99999` and `serve --log-level loud` ended in a Python traceback (OverflowError, KeyError)."""
    with pytest.raises(SystemExit) as exit_:
        main(["--db", str(demo_db), "serve", *flags])
    assert exit_.value.code == 2 and said in capsys.readouterr().err


def test_serve_on_any_free_port_says_which(demo_db, capsys, monkeypatch):
    """`serve --port 0` said it served on http://127.0.0.1:0/, an address no browser opens."""
    import uvicorn

    monkeypatch.setattr(uvicorn.Server, "run", lambda self, sockets=None: None)
    assert main(["--db", str(demo_db), "serve", "--port", "0", "--log-level", "INFO"]) == 0
    said = capsys.readouterr().err
    assert "http://127.0.0.1:" in said and "http://127.0.0.1:0/" not in said


@pytest.mark.parametrize("text, outlets", [
    ("وارتفعت الحصيلة إلى خمسة قتلى، بحسب ما ذكرت وكالة الأفق للأنباء نقلا عن مصادر طبية.", ["الأفق للأنباء"]),
    ("وأشار إلى ذلك، وفقا لصحيفة المساء الجديد نقلاً عن مسؤول في الوزارة.", ["المساء الجديد"]),
])
def test_a_cited_outlets_name_ends_where_the_citation_goes_on(text, outlets):
    """`marsad show` printed «cited_outlets: النهار للأنباء نقلا» for «بحسب ما ذكرت وكالة النهار للأنباء نقلا عن
    مصادر»: the word that says whom the outlet quoted was read as part of its name."""
    from marsad.extract.metadata import cited_outlets

    assert cited_outlets(text) == outlets


@pytest.mark.parametrize("query, said", [
    ("/api/articles?after=e1d8d88ca38b", "after expects the `next` of the page before, a whole number, got "
                                         "'e1d8d88ca38b'"),
    ("/api/articles?limit=0", "limit expects a number of at least 1, got '0'"),
    ("/api/quotes?limit=100000", "limit expects a number of at most 5000, got '100000'"),
    ("/api/search?q=نابل&limit=ten", "limit expects a whole number, got 'ten'"),
])
def test_the_api_says_what_a_number_should_be(demo_db, query, said):
    """`/api/articles?after=<an article id>` (what the CLI's --after takes) answered pydantic's «Input should be a
    valid integer, unable to parse string as an integer»; a limit out of range «Input should be greater than or
    equal to 1»."""
    from fastapi.testclient import TestClient

    from marsad.web.app import WebSettings, create_app

    with TestClient(create_app(WebSettings(db=demo_db))) as client:
        answer = client.get(query)
    assert answer.status_code == 422 and [p["msg"] for p in answer.json()["detail"]] == [said]


def test_watch_refuses_a_feed_list_line_that_is_no_address(tmp_path, capsys):
    """A line of a feed list that is no address («not a url», «http://») was polled every round, each poll a
    failure whose reason was shown only after Ctrl-C."""
    feeds = tmp_path / "feeds.txt"
    feeds.write_text("# my feeds\nhttps://news.example/rss.xml\nnot a url\nhttp://  # broken\n", encoding="utf-8")
    assert main(["--db", str(tmp_path / "m.db"), "watch", str(feeds), "--rounds", "1"]) == 2
    assert "not a feed's http:// or https:// address — line 3: 'not a url'; line 4: 'http://'" in \
        capsys.readouterr().err


def test_watch_reads_a_feed_list_saved_with_a_byte_order_mark(tmp_path):
    """A feed list saved by an editor that writes a byte-order mark (Windows Notepad's «UTF-8 with BOM») was
    refused whole at the start: «line 1: '\\ufeffhttps://news.example/rss.xml'» is no feed's address."""
    from marsad.ingest.feeds import read_feed_list

    feeds = tmp_path / "feeds.txt"
    feeds.write_bytes("https://news.example/rss.xml\r\nhttps://other.example/feed\r\n".encode("utf-8-sig"))
    assert read_feed_list(str(feeds)) == ["https://news.example/rss.xml", "https://other.example/feed"]


def test_watch_says_a_feed_list_that_is_not_utf8_is_not(tmp_path, capsys):
    """A feed list whose comment was saved in Windows-1256 ended `marsad watch` in a UnicodeDecodeError traceback."""
    feeds = tmp_path / "feeds.txt"
    feeds.write_bytes("# مصادري\nhttps://news.example/rss.xml\n".encode("cp1256"))
    assert main(["--db", str(tmp_path / "m.db"), "watch", str(feeds), "--rounds", "1"]) == 2
    assert "not UTF-8 text (byte 3); save it as UTF-8" in capsys.readouterr().err
    assert not (tmp_path / "m.db").exists()


def test_watch_says_why_a_feed_failed_when_it_first_fails(tmp_path, capsys):
    """`marsad watch` printed «… 2 failures» round after round and the reasons only when stopped, each as often
    as it had failed."""
    feeds = tmp_path / "feeds.txt"
    feeds.write_text("http://127.0.0.1:9/feed.xml\n", encoding="utf-8")  # loopback: refused without a request
    assert main(["--db", str(tmp_path / "m.db"), "watch", str(feeds), "--rounds", "2", "--interval", "0"]) == 0
    lines = capsys.readouterr().err.splitlines()
    assert "1 failure" in lines[0] and lines[1].startswith("  failed: ") and "private or loopback" in lines[1]
    assert "2 failures" in lines[2] and len(lines) == 3


@pytest.mark.parametrize("rounds", ["1", "2"])
def test_watch_says_every_reason_a_feed_failed(tmp_path, capsys, rounds):
    """`marsad watch` of twelve failing feeds printed ten reasons in the first round and the other two never."""
    feeds = tmp_path / "feeds.txt"
    feeds.write_text("".join(f"http://127.0.0.1:9/feed{i}.xml\n" for i in range(12)), encoding="utf-8")
    assert main(["--db", str(tmp_path / "m.db"), "watch", str(feeds), "--rounds", rounds, "--interval", "0"]) == 0
    err = capsys.readouterr().err
    for i in range(12):
        assert err.count(f"/feed{i}.xml") == 1, (i, err)
    assert "… and 2 more" in err


@pytest.mark.parametrize("address", ["ftp://news.example/day.zip", "file:///tmp/day.zip"])
def test_ingest_says_which_addresses_it_fetches(tmp_path, capsys, address):
    """`ingest ftp://…` stored nothing and said «cannot read file: No such file or directory» (exit 1)."""
    db = tmp_path / "m.db"
    assert main(["--db", str(db), "ingest", address]) == 2
    assert f"only http:// and https:// addresses are fetched, not {address}" in capsys.readouterr().err
    assert not db.exists()


def test_ingest_fetches_an_address_written_in_capitals(tmp_path, capsys):
    """`ingest HTTPS://…` passed round 40's check of addresses (it reads the scheme in any case) and was then read as
    a file name: «cannot read file: No such file or directory», an empty database left behind."""
    assert main(["--db", str(tmp_path / "m.db"), "ingest", "HTTPS://127.0.0.1:9/feed.xml"]) == 1
    err = capsys.readouterr().err
    assert "private or loopback" in err and "No such file" not in err, err


def test_kb_add_counts_one_entity_as_one(tmp_path, capsys):
    """`marsad kb add` of a file of one entity said «added 1 entities; … to link them»."""
    mine = tmp_path / "mine.csv"
    mine.write_text("name_ar,type\nسامي العياري,PER\n", encoding="utf-8")
    assert main(["--db", str(tmp_path / "m.db"), "kb", "add", str(mine)]) == 0
    assert "added 1 entity; re-run `marsad process --redo link` to link it in stored articles" in \
        capsys.readouterr().err


def test_show_refuses_a_negative_number_of_annotations(demo_db, capsys):
    """`show ID --max-spans -1` listed each layer but its last annotation and then «… 4 more» of a layer of 3."""
    with pytest.raises(SystemExit) as exit_:
        main(["--db", str(demo_db), "show", "c960", "--max-spans", "-1"])
    assert exit_.value.code == 2
    assert "argument --max-spans: expects a number of annotations (0 or more), got -1" in capsys.readouterr().err


@pytest.mark.parametrize("command, said", [
    (["watch", "FEEDS", "--interval", "-5"], "argument --interval: expects seconds (0 to 604800; a week), got -5"),
    (["watch", "FEEDS", "--rounds", "0"], "argument --rounds: expects a number of rounds (1 or more), got 0"),
    (["ingest", "FEEDS", "--max-bytes", "-5"], "argument --max-bytes: expects a number of bytes (1 or more), got -5"),
    (["ingest", "FEEDS", "--timeout", "0"],
     "argument --timeout: expects seconds (more than 0, at most 604800; a week), got 0"),
    (["ingest", "FEEDS", "--delay", "nan"], "argument --delay: expects seconds (0 to 604800; a week), got nan"),
    (["watch", "FEEDS", "--interval", "inf"], "argument --interval: expects seconds (0 to 604800; a week), got inf"),
    (["ingest", "FEEDS", "--timeout", "infinity"],
     "argument --timeout: expects seconds (more than 0, at most 604800; a week), got inf"),
    (["serve", "--max-body", "-1"], "argument --max-body: expects a number of bytes (1 or more), got -1"),
    (["ingest", "FEEDS", "--timeout", "1e300"],
     "argument --timeout: expects seconds (more than 0, at most 604800; a week), got 1e+300"),
    (["serve", "--timeout", "1e300"],
     "argument --timeout: expects seconds (more than 0, at most 604800; a week), got 1e+300"),
    (["watch", "FEEDS", "--interval", "1e10"], "argument --interval: expects seconds (0 to 604800; a week), got 1e+10"),
])
def test_a_number_out_of_range_is_an_option_error(tmp_path, capsys, command, said):
    """`watch --interval -5` polled once and ended in a traceback (sleep length must be non-negative); `--rounds
    0` or `-1` polled nothing and said nothing; `--max-bytes -5` refused every file as «too large: 26 bytes»;
    `watch --interval inf` polled once and ended in a traceback (timestamp out of range for platform time_t); so did
    `--timeout 1e300` (timeout value is too large): a duration is at most a week."""
    feeds = tmp_path / "feeds.txt"
    feeds.write_text("http://127.0.0.1:9/feed.xml\n", encoding="utf-8")
    with pytest.raises(SystemExit) as exit_:
        main(["--db", str(tmp_path / "m.db"), *[str(feeds) if c == "FEEDS" else c for c in command]])
    assert exit_.value.code == 2 and said in capsys.readouterr().err
    assert not (tmp_path / "m.db").exists()


def test_a_count_of_more_digits_than_a_float_holds_is_no_traceback():
    """`watch --rounds 1000…0` (400 digits) ended in a traceback (int too large to convert to float)."""
    from marsad.cli.core import amount

    assert amount("a number of rounds", 1)("1" + "0" * 400) == 10 ** 400
