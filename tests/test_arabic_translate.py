"""The fast path of ``marsad.arabic.normalize.translate``: the same strings as ``str.translate``."""

from __future__ import annotations

import importlib
import random

import pytest

from marsad.nlp.events import lexicon as events_lexicon

N = importlib.import_module("marsad.arabic.normalize")  # the package exports a function of the same name

TABLES = {
    "normalize": N._TABLE,
    "keep hamza": N._KEEP_HAMZA_TABLE,
    "strip": N._STRIP_TABLE,
    "search": N._SEARCH_TABLE,
    "loose": N._LOOSE_TABLE,
    "events fold": events_lexicon._fold_table(),
    "events marks": events_lexicon._mark_table(),
}

# A long passage of our own: voweled words, tatweel, Eastern and Persian digits, a presentation form,
# zero-width and bidi controls, Latin capitals, punctuation.
PASSAGE = (
    "قالَ وزيرُ الخارجيّـــة إنّ المفاوضاتِ ستُستأنفُ في ١٢ آب، وأضافَ: «لن نتراجعَ». "
    "\u200fوذكرت وكالة Reuters أن الاجتماع عُقد في مدينة إسطنبول يوم ۱۴ من الشهر الماضي ﺑالقرب من المرفأ. "
    "ولم يُعلّق المتحدثُ باسم الحكومة على الأنباء حتى الآن ٪٥٠ Élysée ÀÉÎ.\n"
) * 3


def test_a_long_passage_reads_the_same_through_every_table():
    assert len(PASSAGE) > N._ARRAY_FROM
    for name, table in TABLES.items():
        assert N.translate(PASSAGE, table) == PASSAGE.translate(table), name


def test_characters_beyond_the_basic_plane_and_lone_surrogates_are_kept_as_they_were():
    # An emoji (two UTF-16 units), a lone high then a lone low surrogate (two code points that must
    # not be joined into one), and a diacritic next to each.
    odd = "خبرٌ 😀 عاجلٌ \ud83d\ude00 نهايةٌ \udc80 "
    base = PASSAGE.replace("\n", " ")
    for text in (base + odd, base + "\ud83d" + "َ" + "\ude00", base + "\ud800\udc00"):
        for name, table in TABLES.items():
            assert N.translate(text, table) == text.translate(table), name
    assert len(N.translate(base + "\ud800\udc00", N._TABLE)) == len((base + "\ud800\udc00").translate(N._TABLE))


def test_random_texts_of_every_length_around_the_threshold():
    rng = random.Random(7)
    alphabet = [chr(c) for c in range(0x0600, 0x0700)] + list("abcXYZ ÉÀ\u200c\u200f\u0640\n") + ["\ufb91", "۳"]
    for n in [0, 1, N._ARRAY_FROM - 1, N._ARRAY_FROM, N._ARRAY_FROM + 1, 1000, 5000]:
        text = "".join(rng.choice(alphabet) for _ in range(n))
        for name, table in TABLES.items():
            assert N.translate(text, table) == text.translate(table), (name, n)


@pytest.mark.parametrize("table", [{ord("a"): "xy"}, {0x1F600: None}, {ord("ب"): 0x1F600}])
def test_tables_an_array_cannot_express_fall_back_to_str_translate(table):
    text = "ab بب" * 200
    assert N.translate(text, table) == text.translate(table)


def test_the_folding_functions_give_what_str_translate_gives_on_long_text():
    text = PASSAGE * 2
    assert N.normalize(text) == text.translate(N._TABLE)
    assert N.fold_for_search(text) == text.translate(N._SEARCH_TABLE)
    assert N.fold_loose(text) == text.translate(N._LOOSE_TABLE)
    assert N.strip_diacritics(text) == text.translate(N._STRIP_TABLE)
    assert events_lexicon.fold_in_place(text) == text.translate(events_lexicon._mark_table())
    assert len(events_lexicon.fold_in_place(text)) == len(text)
