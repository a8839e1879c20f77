"""lastread41: mends from the last read of round 41's change (texts written for these tests)."""

from __future__ import annotations

from marsad.nlp.ner.tagger import tag_lines


class _Echo:
    """A tagger that tags every token O: what tag_lines makes of the lines is what is tested."""

    def tag_many(self, sentences):
        return [["O"] * len(s) for s in sentences]


def test_a_file_tagged_in_bilou_is_read_by_its_first_column_not_as_running_text():
    # BILOU writes a one-word name U- and a name's last word L-: each such line was taken for a line of running
    # text, its tag tokenized as words of a sentence of its own
    lines = ["التقى O", "عادل B-PER", "الحمدان L-PER", "في O", "جدة U-LOC", "", "وصل O", "الوفد O"]
    got = [line.split("\t")[0] for line in tag_lines(lines, _Echo())]
    assert got == ["التقى", "عادل", "الحمدان", "في", "جدة", "", "وصل", "الوفد"]


def test_the_web_page_of_the_start_of_many_ids_says_there_are_more_than_it_links(tmp_path):
    """As `marsad show ab12` ends its list with «…» past five ids, the 404 page says it links only some of them
    (it listed five and stopped, as if they were all)."""
    from fastapi.testclient import TestClient

    from marsad.models import Article, Paragraph, RawDocument
    from marsad.store import open_store
    from marsad.views import SHOWN_IDS
    from marsad.web.app import WebSettings, create_app

    db = tmp_path / "news.db"
    store = open_store(str(db))
    ids = [f"ab12{n:02d}0000000000" for n in range(SHOWN_IDS + 2)]
    with store.transaction():
        for n, aid in enumerate(ids):
            raw = RawDocument.from_bytes(f"نبأ قصير رقم {n}".encode(), f"nabaa{n}.txt", "text/plain")
            store.add_raw(raw)
            text = "افتتح المحافظ معرضا للكتاب في المدينة صباح اليوم."
            store.add_articles([Article(id=aid, raw_id=raw.id, text=text, title=f"نبأ {n}", origin=raw.origin,
                                        paragraphs=[Paragraph(0, len(text))])])
    store.close()
    with TestClient(create_app(WebSettings(db=str(db)))) as c:
        page = c.get("/article/ab12", params={"lang": "en"})
    assert page.status_code == 404 and "The start of more than one id" in page.text
    linked = [i for i in ids if f'href="/article/{i}"' in page.text]
    assert linked == ids[:SHOWN_IDS]
    assert "<li>…</li>" in page.text


def test_ctrl_c_in_a_command_without_a_database_does_not_say_its_work_is_stored(capsys, monkeypatch):
    """`marsad tag` keeps nothing anywhere: «what was finished is stored ... run the same command again to go on»
    told a user who pressed Ctrl-C at its prompt of a store it never had."""
    import io
    import sys

    from marsad.cli.main import main

    class Interrupted(io.StringIO):
        def __iter__(self):
            raise KeyboardInterrupt

    monkeypatch.setattr(sys, "stdin", Interrupted(""))
    assert main(["tag"]) == 130
    err = capsys.readouterr().err
    assert "interrupted" in err and "stored" not in err and "again" not in err, err


def test_procedures_announced_as_to_come_are_no_ratification_taken(tmp_path):
    """«أعلنت ... أنها ستبدأ قريبا استكمال إجراءات المصادقة» tells a ratification to come: read as a notice that
    procedures were completed, it was a ratification done by Morocco on the report's day."""
    from conftest import processed_treaties

    found = processed_treaties(tmp_path, [
        ("p1", "2026-03-09", "صحيفة", "أعلنت الحكومة المغربية أنها ستبدأ قريبا استكمال إجراءات المصادقة على اتفاقية "
                                      "التبادل الحر مع كندا."),
        ("p2", "2026-03-10", "صحيفة", "وكانت إسبانيا قد أبلغت نواكشوط باستكمال إجراءاتها الداخلية للمصادقة على "
                                      "اتفاقية الصيد البحري بين البلدين."),
    ], include_all=True)
    steps = {(t.name, s.kind, s.modality, ((s.by or {}).get("country") or {}).get("name_en"))
             for t in found for s in t.steps}
    assert not any(kind == "ratified" and modality == "done" and "التبادل الحر" in name
                   for name, kind, modality, _c in steps), steps
    # the notice of procedures completed is still the notifying state's ratification
    assert any(kind == "ratified" and modality == "done" and country == "Spain" and "الصيد البحري" in name
               for name, kind, modality, country in steps), steps
