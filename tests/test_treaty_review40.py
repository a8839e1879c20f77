"""Treaty steps (issue 15; found by review40): a plural noun after «س» is no future verb, and a word «الصحيح» that
opens no correction clause takes back no step."""

from __future__ import annotations

from conftest import done_steps, processed_treaties

# After years of talks the agreement enters into force today: «سنوات» is a noun, the step is taken.
YEARS = [
    ("y1", "2026-05-10", "وكالة أ",
     "الرباط - وكالة أ: بعد سنوات من المفاوضات، لتدخل اتفاقية النقل البحري بين المغرب والسنغال حيز النفاذ اليوم "
     "الأحد، بعد تبادل وثائق التصديق."),
]

# A minister calls his country's ratification a step in the right direction after an old mistake: no correction.
RIGHT_DIRECTION = [
    ("r1", "2026-06-02", "وكالة ب",
     "عمّان - وكالة ب: قال وزير الخارجية إن بلاده صححت خطأ قديما حين صادق مجلس النواب الأردني أمس على اتفاقية "
     "حماية الاستثمار مع العراق، معتبرا ذلك خطوة في الاتجاه الصحيح."),
]


def _steps(tmp_path, reports):
    treaties = processed_treaties(tmp_path, reports)
    assert len(treaties) == 1, [t.name for t in treaties]
    return done_steps(treaties[0])


def test_years_of_talks_leave_an_entry_into_force_taken(tmp_path):
    steps = _steps(tmp_path, YEARS)
    assert any(kind == "in_force" for kind, *_ in steps), steps


def test_the_right_direction_takes_back_no_ratification(tmp_path):
    steps = _steps(tmp_path, RIGHT_DIRECTION)
    assert any(kind == "ratified" for kind, *_ in steps), steps
