"""fixes45: an act a noun of ending governs ("في ختام زيارته", "في أعقاب لقاء") has taken place — a cue of what is
to come outside its own phrase (a schedule, a verb in سـ after it) tells of what follows its end, not of the act;
an act its own phrase calls to come ("الأسبوع المقبل", "المرتقبة") stays to come.  Sentences written for these
tests."""

from __future__ import annotations

from marsad.nlp.events.coder import CoderOptions
from test_events_coder import coded, make_doc

_ALL = CoderOptions(shown_filter=False)
_TWO = [("كمال الدين", "PER", "Kamal Eddin"), ("القاهرة", "LOC", "Cairo"), ("سامي فؤاد", "PER", "Sami Fouad")]


def _modalities(text: str) -> list[str]:
    return [e["modality"] for e in coded(make_doc(text, [m for m in _TWO if m[0] in text]), "CONSULT", _ALL)]


def test_a_visit_at_whose_end_a_statement_is_scheduled_is_not_to_come() -> None:
    assert _modalities("ومن المقرر أن يصدر بيان مشترك في ختام زيارة كمال الدين إلى القاهرة.") == ["asserted"]


def test_a_visit_at_whose_end_a_press_conference_will_be_held_is_not_to_come() -> None:
    assert _modalities("وفي ختام زيارة كمال الدين إلى القاهرة سيعقد الجانبان مؤتمرا صحفيا.") == ["asserted"]


def test_a_meeting_in_whose_wake_talks_will_follow_is_not_to_come() -> None:
    assert _modalities("وفي أعقاب لقاء كمال الدين وسامي فؤاد ستجري اللجان محادثات.") == ["asserted"]


def test_a_visit_its_own_phrase_sets_next_week_stays_to_come() -> None:
    assert _modalities("وسيصدر بيان في ختام زيارة كمال الدين إلى القاهرة الأسبوع المقبل.") == ["future"]


def test_a_scheduled_visit_with_no_noun_of_ending_stays_to_come() -> None:
    assert _modalities("ومن المقرر أن يزور كمال الدين القاهرة الأسبوع المقبل.") == ["future"]
