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
