"""A signing verb whose object comes after its subject, a day set aside between commas and a place (issue 15)."""

from __future__ import annotations

from conftest import done_steps, processed_treaties

from marsad.nlp.events.treaty_life import name_words

# Two reports by different outlets: the day of the signing between commas, then where it took place, then the
# agreement; the second report tells Jordan's ratification.
SIGNED = [
    ("s1", "2026-03-11", "وكالة أ",
     "تونس - وكالة أ: وقعت تونس والأردن، أمس الثلاثاء، بمقر وزارة الشؤون الخارجية في العاصمة اتفاقية النقل البري "
     "للبضائع بين البلدين، على أن تعرض على البرلمانين للمصادقة."),
    ("s2", "2026-06-02", "صحيفة ب",
     "صادق مجلس النواب الأردني أمس على اتفاقية النقل البري للبضائع مع تونس."),
]


def test_a_signing_past_a_day_between_commas_and_a_place_is_read(tmp_path):
    found = [t for t in processed_treaties(tmp_path, SIGNED) if name_words("اتفاقية النقل البري") <= name_words(t.name)]
    assert len(found) == 1  # one record for the agreement, signed and ratified
    assert {p.get("name_en") for p in found[0].parties} == {"Tunisia", "Jordan"}
    assert ("signed", None) in done_steps(found[0])
    assert ("ratified", "Jordan") in done_steps(found[0])
    signed = [s for s in found[0].steps if s.kind == "signed"]
    assert signed[0].date == "2026-03-10"  # "أمس الثلاثاء" of the report dated the 11th
