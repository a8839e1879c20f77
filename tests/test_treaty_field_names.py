"""An agreement named for the field of cooperation it covers: "اتفاقية للتعاون في إدارة مياه النيل" is that
agreement's name, not the bare "اتفاقية للتعاون" every cooperation agreement shares (our own sentences)."""

from __future__ import annotations

import pytest
from test_treaty_recall import KB, _doc

from marsad.nlp.events.treaty_steps import find_steps

PLACES = {"مصر": "Egypt", "السودان": "Sudan", "دمشق": "Damascus", "الأردن": "Jordan"}


def _names(text: str) -> list[str | None]:
    spans = find_steps(_doc(text, [(k, "LOC", v) for k, v in PLACES.items() if k in text]), KB)
    return [s.data.get("name") for s in spans if s.label == "signed"]


def test_the_field_of_cooperation_names_the_agreement() -> None:
    assert _names("وقعت مصر والسودان أمس اتفاقية للتعاون في إدارة مياه النيل وتنسيق تشغيل السدود.") == \
        ["اتفاقية للتعاون في إدارة مياه النيل"]
    assert _names("وقع الأردن ومصر اتفاقية شراكة في مكافحة التصحر خلال الزيارة.") == \
        ["اتفاقية شراكة في مكافحة التصحر"]


@pytest.mark.parametrize("text", [
    "وقعت مصر والسودان اتفاقية للتعاون في سبتمبر الماضي.",  # a time
    "وقعت مصر والسودان اتفاقية للتعاون في دمشق أمس.",  # a place
    "وقعت مصر والسودان اتفاقية للتعاون في اجتماع اللجنة المشتركة.",  # the occasion
])
def test_a_time_a_place_or_an_occasion_after_it_is_no_field(text: str) -> None:
    assert _names(text) == ["اتفاقية للتعاون"]
