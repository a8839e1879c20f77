"""One folding table: every stage that matches Arabic words folds spelling variants the same way.

A phrase in a lexicon must match the text whichever way the writer spelled it, and two stages must not
disagree about whether "إيران" and "ايران" are one word.  Each stage's matching function is compared with
``marsad.arabic.normalize`` on words written several ways.
"""

from __future__ import annotations

import pytest

from marsad.arabic import normalize
from marsad.arabic.normalize import fold_loose
from marsad.extract.lexicon import fold as extract_fold
from marsad.nlp.events.lexicon import fold as events_fold
from marsad.nlp.ner.lexicon import norm_word as ner_fold
from marsad.nlp.speech_lexicon import fold as speech_fold
from marsad.nlp.timex_lexicon import key as timex_key
from marsad.store.common import fold as search_fold

# (spellings of one word) — alef forms, alef maqsura, taa marbuta, Persian letters, diacritics, tatweel,
# an invisible joiner.
VARIANTS = [
    ("إيران", "ايران", "إيـران"),
    ("مصطفى", "مصطفي", "مُصْطَفَى"),
    ("الحكومة", "الحكومه", "الحكومـة"),
    ("کرمان", "كرمان"),
    ("فارسی", "فارسي"),
    ("آمنة", "امنه", "ٱمنة"),
    ("سلام\u200cعليكم", "سلامعليكم"),
]

STAGES = {
    "extract": extract_fold,
    "quotes": speech_fold,
    "timex": timex_key,
    "ner": ner_fold,
    "events": events_fold,
    "search": search_fold,
}


@pytest.mark.parametrize("stage", sorted(STAGES))
@pytest.mark.parametrize("spellings", VARIANTS, ids=lambda v: v[0])
def test_every_stage_takes_the_spellings_of_a_word_as_one(stage, spellings):
    fold = STAGES[stage]
    forms = {fold(s) for s in spellings}
    assert len(forms) == 1, f"{stage} folds {spellings} into {forms}"
    # ... and into the form marsad.arabic gives (the loose stages add only the hamza seats and case).
    assert forms == {normalize(spellings[0])}


@pytest.mark.parametrize("stage", ["timex", "ner", "events", "search"])
def test_stages_that_read_numbers_read_eastern_digits(stage):
    assert {STAGES[stage](s) for s in ("١٥", "۱۵", "15")} == {"15"}


def test_hamza_seats_are_folded_only_by_the_loose_stages():
    # A seat dropped by a hurried writer ("موتمر", "مسيول") is a slip the lexicon stages (page widgets, the
    # tagger's word features) forgive; the strict form keeps seats, since "رئيس" is never "رييس" in careful text.
    for loose in (extract_fold, ner_fold, fold_loose):
        assert loose("مؤتمر") == loose("موتمر")
        assert loose("مسئول") == loose("مسيول")
    for strict in (speech_fold, timex_key, events_fold, search_fold):
        assert strict("رئيس") == normalize("رئيس") != normalize("رييس")


def test_presentation_forms_read_as_the_letters_they_show():
    # Some pages are written in the glyph forms of the letters (FE70–FEFF); they are the same words.
    shown = "\ufee3\ufeb4\ufe98\ufeb8\ufe8e\ufead"  # مستشار in presentation forms
    assert normalize(shown) == "مستشار"
    assert ner_fold(shown) == extract_fold("مستشار") == "مستشار"
