"""Issue 15, treaties94: a step the learned treaty-step reader hears is dated from the word it heard it in.

The reader is a toy one written for the tests (a made-up cue word, «ختم», heard as the talks concluded; the reader
of test_treaty_learned93 heard it as a ratification), so that what is checked is where the date is read, not the
shipped model's weights.  The report tells the text agreed yesterday, far before the agreement's name, and the
signing to come on another day right after that name: the step's day is the one its own verb tells, not the
signing's, nor the report's."""

from __future__ import annotations

import pytest
from conftest import processed_treaties, use_step_reader

from marsad.nlp.events.step_reader import StepReader
from marsad.nlp.events.treaty_steps import heard_word

TOY = {"kinds": ["concluded", "signed"], "features": ["u:ختم"], "grams": [], "idf": [],
       "coef": [[20.0], [0.0]], "bias": [-10.0, -10.0]}

LEAD = "عمان - صحيفة: يوقع الأردن ومصر اتفاقية النقل البحري في العاصمة عمان يوم 19 مارس الجاري."
# (Tuesday 10 March's report: "أمس الإثنين" is 9 March; the agreement is named twenty words after the verb)
HEARD = ("وختم الوفدان الأردني والمصري أمس الإثنين، في جولة استثنائية دعا إليها وزيرا النقل بعد مشاورات طويلة "
         "مع شركات الشحن في البلدين، نص اتفاقية النقل البحري التي سيوقعها الوزيران يوم 19 مارس الجاري.")
REPORTS = [("a1", "2026-03-10", "صحيفة", f"{LEAD} {HEARD}")]


@pytest.fixture()
def toy(tmp_path, monkeypatch):
    return use_step_reader(tmp_path, monkeypatch, TOY)


def test_the_reader_tells_the_word_it_heard_the_step_in(toy) -> None:
    reader = StepReader.load(toy)
    at = heard_word(reader, HEARD, "concluded")
    assert at is not None and HEARD[at:].startswith("وختم")
    assert heard_word(reader, HEARD, "signed") is None  # (no word adds to a kind it does not hear)


def test_a_learned_step_is_dated_by_the_time_its_own_verb_tells(tmp_path, toy) -> None:
    found = processed_treaties(tmp_path, REPORTS)
    [x] = [t for t in found if "البحري" in t.name]
    concluded = [s for s in x.steps if s.kind == "concluded" and s.modality == "done"]
    assert len(concluded) == 1, [(s.kind, s.modality) for s in x.steps]
    step = concluded[0]
    # the day the text was agreed, "أمس الإثنين" after its verb: not the report's day (read at the agreement's
    # noun, far from any time of its own), nor the signing's day told after the name
    assert (step.date, step.date_source) == ("2026-03-09", "timex")
    assert [src.text.strip() for src in step.sources] == [HEARD]
