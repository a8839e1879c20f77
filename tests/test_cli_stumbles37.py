"""What a new user trips on in the CLI (round 37): listings that print nothing, files that are not there."""

from __future__ import annotations

import json

from conftest import PARK_ARTICLE as ARTICLE
from marsad.cli.main import main


def _one_article_store(tmp_path, capsys, text: str = ARTICLE) -> str:
    """A store of one ingested article (the park story), the CLI's output of it read away."""
    db = str(tmp_path / "one.db")
    story = tmp_path / "park.txt"
    story.write_text(text, encoding="utf-8")
    assert main(["--db", db, "ingest", str(story)]) == 0
    capsys.readouterr()
    return db


def test_treaties_says_when_there_is_nothing_to_list(tmp_path, capsys):
    """`marsad treaties` printed nothing at all on a store without agreements: every listing says so."""
    db = _one_article_store(tmp_path, capsys, "حديقة جديدة\n\n" + ARTICLE)
    assert main(["--db", db, "treaties"]) == 0
    assert capsys.readouterr().out.startswith("nothing to list (--all also lists")


def test_treaties_count_reports_not_the_sentences_each_gives(tmp_path, capsys):
    """An agreement told in two sentences of one article was listed as "2 reports" (an independent reader's finding
    on SaudiNewsNet, round 37): the count is of articles."""
    db = _one_article_store(tmp_path, capsys, "توقيع اتفاقية للنقل البحري\n\n"
                            "وقعت سلطنة عمان وجمهورية كينيا أمس الثلاثاء في مسقط اتفاقية النقل البحري بين البلدين. "
                            "وقال وزير النقل العماني إن اتفاقية النقل البحري التي وقعها البلدان أمس تفتح خطا ملاحيا "
                            "مباشرا بين ميناء صلالة وميناء مومباسا.")
    assert main(["--db", db, "process"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "treaties", "--json"]) == 0
    found = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(found) == 1 and len(found[0]["sources"]) >= 2  # the agreement, told twice in the one article
    assert main(["--db", db, "treaties"]) == 0
    assert "(1 report, " in capsys.readouterr().out


def test_kb_add_of_a_missing_file_says_so_as_ingest_does(tmp_path, capsys):
    """It answered exit 1 with the OS error's words («[Errno 2] No such file or directory: 'x.yaml'»)."""
    db = _one_article_store(tmp_path, capsys)
    missing = tmp_path / "my_actors.yaml"
    assert main(["--db", db, "kb", "add", str(missing)]) == 2
    assert capsys.readouterr().err.strip() == f"marsad: error: no such entity file: {missing}"
    assert main(["--db", db, "kb", "add", str(tmp_path)]) == 2
    assert "(a folder: give a .yaml or .csv file)" in capsys.readouterr().err


def test_a_language_given_by_name_is_refused_not_an_empty_listing(tmp_path, capsys):
    """`--language arabic` listed nothing, as if no article were in Arabic; a code in capitals («AR») too."""
    db = _one_article_store(tmp_path, capsys)
    assert main(["--db", db, "articles", "--language", "arabic"]) == 2
    assert "--language expects a language code such as ar or en, got 'arabic'" in capsys.readouterr().err
    assert main(["--db", db, "articles", "--language", "AR", "--json"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 1
