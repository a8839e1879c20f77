"""Issue 15, treaties93: the learned treaty-step reader heard in the pipeline, kept out of record linking.

A learned step is heard only in a report the rules read a step in, in a sentence naming an agreement; it joins the
record the rules made of that agreement from that report, with its sentence as its source, and never makes, joins
or splits a record.  The reader here is a toy one written for the tests (a made-up cue word, «ختم», heard as a
ratification), so that what is checked is the wiring, not the shipped model's weights."""

from __future__ import annotations

import pytest
from conftest import processed_treaties, use_step_reader

from marsad.nlp.events.step_reader import MODEL_ENV, StepReader, shipped

# a reader that hears «ختم» (and nothing else) as a ratification
TOY = {"kinds": ["ratified", "signed"], "features": ["u:ختم"], "grams": [], "idf": [],
       "coef": [[20.0], [0.0]], "bias": [-10.0, -10.0]}

SIGNED_X = "عمان - صحيفة: وقعت الأردن ومصر أمس اتفاقية النقل البحري في العاصمة عمان."
HEARD_X = "وختم مجلس النواب الأردني اليوم على اتفاقية النقل البحري بعد نقاش قصير."
HEARD_Y = "وفي شأن آخر، ختم البرلمان التونسي على معاهدة الصداقة مع الجزائر."
SIGNED_Y = "تونس - صحيفة: وقعت تونس والجزائر أمس معاهدة الصداقة في العاصمة الجزائرية."
ONLY_HEARD = "وختم مجلس الشيوخ على معاهدة حسن الجوار مع الكويت."

REPORTS = [("a1", "2026-03-10", "صحيفة", f"{SIGNED_X} {HEARD_X} {HEARD_Y}"),
           ("d1", "2026-03-09", "صحيفة", SIGNED_Y),
           ("b1", "2026-03-11", "صحيفة", ONLY_HEARD)]


@pytest.fixture()
def toy(tmp_path, monkeypatch):
    return use_step_reader(tmp_path, monkeypatch, TOY)


def _article_ids(t) -> set[str]:
    return {s.article_id for s in t.sources}


def _run(tmp_path, name: str) -> list:
    d = tmp_path / name
    d.mkdir()
    return processed_treaties(d, REPORTS)


def test_the_toy_reader_hears_only_its_word(toy) -> None:
    reader = shipped()
    assert isinstance(reader, StepReader)
    assert reader.score(HEARD_X)["ratified"] > 0.99
    assert reader.score(SIGNED_X)["ratified"] < 0.01
    assert reader.score("ختم الرجل الكتاب.")["ratified"] == 0.0  # (no agreement named: not heard)


def test_a_learned_step_joins_the_record_of_its_agreement_with_its_sentence(tmp_path, toy) -> None:
    found = _run(tmp_path, "learned")
    x = [t for t in found if "البحري" in t.name]
    assert len(x) == 1, [t.name for t in found]
    ratified = [s for s in x[0].steps if s.kind == "ratified" and s.modality == "done"]
    assert len(ratified) == 1, [(s.kind, s.modality) for s in x[0].steps]
    step = ratified[0]
    assert ((step.by or {}).get("country") or {}).get("name_en") == "Jordan"
    assert step.date == "2026-03-10"
    # the fact points back to the sentence the reader heard it in
    assert [src.text.strip() for src in step.sources] == [HEARD_X]
    assert {src.article_id for src in step.sources} <= _article_ids(x[0])


def test_a_learned_step_makes_joins_and_splits_no_record(tmp_path, toy, monkeypatch) -> None:
    heard = _run(tmp_path, "learned")
    monkeypatch.setenv(MODEL_ENV, "none")
    rules = _run(tmp_path, "rules")
    # the same records, each from the same reports, whatever the reader heard
    assert sorted((t.id, t.name, sorted(_article_ids(t))) for t in heard) == \
        sorted((t.id, t.name, sorted(_article_ids(t))) for t in rules)
    # a report the rules read no step in makes no record of what the reader heard there
    assert not any("الجوار" in t.name for t in heard), [t.name for t in heard]
    # a step heard of an agreement the report's rules took no step of joins no record: the friendship treaty's
    # record keeps only its own report, and no ratification
    y = [t for t in heard if "الصداقة" in t.name]
    assert len(y) == 1 and _article_ids(y[0]) == _article_ids(next(t for t in rules if "الصداقة" in t.name))
    assert not any(s.kind == "ratified" for s in y[0].steps)
    # ... and the rules' own steps are the same
    x_heard, x_rules = (next(t for t in ts if "البحري" in t.name) for ts in (heard, rules))
    assert [s for s in x_heard.steps if s.kind != "ratified"] == x_rules.steps


def test_a_reader_named_wrongly_is_told_in_words_that_name_the_setting(tmp_path, monkeypatch):
    from marsad.errors import InputError
    from marsad.nlp.events.step_reader import BAR_ENV, shipped_bar

    monkeypatch.setenv(MODEL_ENV, str(tmp_path / "shiped.json"))  # a typo: no such file
    with pytest.raises(InputError, match=f"{MODEL_ENV}=.*shiped.json.*'shipped'.*'none'"):
        shipped()
    monkeypatch.setenv(MODEL_ENV, "Shipped")  # the package's own, whatever its case
    assert shipped() is not None
    monkeypatch.setenv(BAR_ENV, "0,9")
    with pytest.raises(InputError, match=f"{BAR_ENV}=0,9: expected a probability between 0 and 1"):
        shipped_bar()
    monkeypatch.setenv(BAR_ENV, "80")  # a percentage is no probability: every learned step would be dropped
    with pytest.raises(InputError, match="between 0 and 1"):
        shipped_bar()
    monkeypatch.setenv(BAR_ENV, "0.9")
    assert shipped_bar() == 0.9


def test_turning_the_learned_reader_on_off_or_to_another_file_is_another_stage_version(toy, monkeypatch):
    # (a store processed with the rules alone is taken up again when the reader is turned on, and back)
    from marsad.nlp.events.step_reader import BAR_ENV
    from marsad.nlp.events.treaty_steps import stage_version

    on = stage_version("62")
    monkeypatch.setenv(MODEL_ENV, "none")
    assert stage_version("62") == "62"
    monkeypatch.delenv(MODEL_ENV)
    assert stage_version("62") == "62"  # (off unless asked: on real news it added one step in 2,924 articles, wrong)
    monkeypatch.setenv(MODEL_ENV, str(toy))
    assert on.startswith("62+learned-") and stage_version("62") == on
    monkeypatch.setenv(BAR_ENV, "0.9")
    assert stage_version("62") not in (on, "62")
    monkeypatch.setenv(MODEL_ENV, "shipped")
    assert stage_version("62") not in (on, "62") and stage_version("63") != stage_version("62")
