"""speed44 (issue 18): the gazetteer asks what may start at a new word type with less work, with the same answers."""

from __future__ import annotations

import pytest

from marsad.nlp import gazetteer as G
from marsad.nlp.translit import clitic_variants

# Words written for these tests: plain, with clitics, with the article, short, Latin, digits, empty.
WORDS = ["سلمان", "والرياض", "فالحكومة", "بالقاهرة", "للمملكة", "لندن", "كتاب", "وكالة", "الحكومه", "السلطات",
         "والحكومه", "جهاز", "بجهاز", "المخابرات", "وللمخابرات", "امريكا", "اوباما", "بوتين", "وبوتين", "ولي",
         "و", "ال", "لل", "ب", "وب", "ابن", "عبدالله", "Obama", "UN", "2015", "", "ققق", "فف", "كك", "الى", "اال"]


def _readings_reference(token: str) -> tuple[tuple[str, int, bool], ...]:
    """The readings as worked out from every clitic variant (the code before the shortcut)."""
    out = []
    for v in clitic_variants(token):
        if token.endswith(v):
            k = len(token) - len(v)
            art = False
            if not v.startswith("ال") and token[:k].endswith("ال") and k >= 2:
                k -= 2
                art = True
        else:
            k = len(token) - len(v) + 1
            art = False
        out.append((v, k, art))
    return tuple(out)


@pytest.mark.parametrize("word", WORDS)
def test_readings_are_the_clitic_readings(word):
    assert G.readings(word) == _readings_reference(word)


def test_a_word_no_clitic_starts_is_read_without_the_clitic_splitter(monkeypatch):
    G.readings.cache_clear()

    def no_split(token):
        raise AssertionError(f"clitic_variants asked for {token!r}")

    monkeypatch.setattr(G, "clitic_variants", no_split)
    try:
        assert G.readings("سلمانيات") == (("سلمانيات", 0, False),)
        assert G.readings("امريكيات") == (("امريكيات", 0, False),)
    finally:
        G.readings.cache_clear()


@pytest.fixture(scope="module")
def gaz():
    from marsad.nlp.kb import load_kb

    return load_kb().gazetteer()


def _start_reference(gaz, token):
    rs = G.readings(token)
    got = (gaz._name_start(token), any(v in gaz._title_first for v, _k, _a in rs),
           any(v in G._GOV_WORDS or v in G._AGENCY_HEADS or v in G._INTEL_WORDS for v, _k, _a in rs))
    return got if any(got) else None


@pytest.mark.parametrize("word", WORDS + ["وزير", "والوزير", "رئيس", "الرئيس", "هيئه", "والاستخبارات", "حكومه"])
def test_what_may_start_at_a_word_is_unchanged(gaz, word):
    assert gaz._start_of(word) == _start_reference(gaz, word)


def test_government_and_role_words_may_start_a_phrase(gaz):
    assert gaz._start_of("والحكومه")[2] is True
    assert gaz._start_of("بجهاز")[2] is True
    assert gaz._start_of("كتابات") is None


# -- new words normalised together (norm_each) -------------------------------------------------------------------

MANY = ["وَالرِّياضُ", "إِسْلامٌ", "أحمد", "آمنة", "مدرسةٌ", "مستشفى", "ـــمرحبا", "گلستان", "پاکستان", "ڤيينا",
        "Obama", "ÉCOLE", "2015", "١٤٣٦", "", "ً", "x", "ﻻ", "مؤتمر", "رئيس", "شؤون", "ئـ", "القُدْس", "بيونغ"]


@pytest.mark.parametrize("words", [MANY, MANY * 3, MANY[:5], MANY + ["سطر\nآخر"] + MANY, ["ب"] * 40, [""] * 20])
def test_norm_each_is_norm_token_of_each_word(words):
    from marsad.nlp.translit import norm_each, norm_token

    assert norm_each(list(words)) == [norm_token(w) for w in words]


def test_an_articles_new_words_are_normalised_together(monkeypatch):
    """The tokens of a text with many new words are the same, and no word is normalised alone."""
    text = " ".join(f"{w}{i}" for i, w in enumerate(MANY * 2) if w.strip())
    G._NORMS.clear()
    with monkeypatch.context() as m:  # the reference: each new word normalised alone, as before speed44
        m.setattr(G, "norm_each", lambda words: [G.norm_token(w) for w in words])
        want = [(t.start, t.end, t.norm, t.glue, t.space) for t in G._tokenize(text)]
    G._NORMS.clear()

    def alone(word):
        raise AssertionError(f"{word!r} normalised alone")

    monkeypatch.setattr(G, "norm_token", alone)
    got = [(t.start, t.end, t.norm, t.glue, t.space) for t in G._tokenize(text)]
    G._NORMS.clear()
    assert got == want
    assert any(n != text[a:b] for a, b, n, *_ in got)  # (some words changed by the normalisation)
