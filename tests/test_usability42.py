"""What a new user trips on (round 42), each as they met it."""

from __future__ import annotations

import pytest

from marsad.cli.main import main


@pytest.mark.parametrize("flags, said", [
    (["--port", "99999"], "argument --port: expects a port number (0 to 65535; 0: any free one), got 99999"),
    (["--port", "eighty"], "argument --port: expects a port number (0 to 65535), got 'eighty'"),
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
