"""A disagreement's two sides show the two figures that clash (before: each side was labelled by the first figure
of its chain of agreeing figures, so «~200» stood against «~200» while the sentences stated 173 and 215)."""

from __future__ import annotations

from marsad.stories.compare import CompareOptions, Sent, fact_comparison
from marsad.stories.facts import Quantity


def _sent(idx: int, outlet: str, figure: str, value: float, approx: bool, words: list[str]) -> Sent:
    text = f"وأعلنت السلطات أن حصيلة الضحايا بلغت {figure} في المدينة"
    at = text.index(figure)
    q = Quantity("dead", value, "count", approx=approx, surface=figure, start=at, end=at + len(figure), step=1.0)
    return Sent(idx, f"a{idx}", outlet, 0, len(text), text, [], {w: 1.0 for w in words}, position=3,
                day="2026-03-02", facts=[q])


def test_each_side_of_a_disagreement_shows_its_own_clashing_figure():
    # two chains of agreeing tolls, each ending in «نحو 200»: 173 ~ «نحو 185» ~ «نحو 200», and 215 ~ «نحو 200»;
    # the two sentences that clash state 173 and 215 (the words give each pair of related sentences one in common)
    sents = [_sent(0, "الأفق", "173 قتيلا", 173, False, ["rq", "rt"]),
             _sent(1, "الشرق", "نحو 185 قتيلا", 185, True, ["rq", "qp"]),
             _sent(2, "النهار", "215 قتيلا", 215, False, ["rt", "ts"]),
             _sent(3, "الصباح", "نحو 200 قتيل", 200, True, ["qp"]),
             _sent(4, "المساء", "نحو 200 قتيل", 200, True, ["ts"])]
    _, disagreements = fact_comparison(sents, 2026, CompareOptions())
    assert disagreements
    for item in disagreements:
        values = [side["value"] for side in item["values"]]
        assert len(set(values)) == 2, values  # never one figure against itself
        for side in item["values"]:  # and each figure shown is one its sentences state, give or take «نحو»
            assert any(side["value"].lstrip("~") in r["figure"] for r in side["sentences"]), side
    assert {frozenset(side["value"] for side in item["values"]) for item in disagreements} >= {
        frozenset({"173", "215"})}
