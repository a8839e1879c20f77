"""speed43 (issue 18): the stems of new word types are found once per process and more cheaply, with the same result.

The tokenizer's clitic split of a word serves the story features, which fold the same words again; a word that no
clitic letter and no article starts is its own stem at once; ``term_of`` finds its ending by a look-up.  Each test
puts the quick path beside the plain rule (words made up or written for these tests).
"""

from __future__ import annotations

import pytest

from marsad.arabic import clitics
from marsad.arabic.clitics import analyse_clitics, split_clitics
from marsad.arabic.lexicon import Lexicon, default_lexicon
from marsad.arabic.tokenize import tokenize
from marsad.stories import features
from marsad.stories.features import SUFFIXES, content_term, stem_of, term_of

# new word forms (made up: no cache of the test run has met them), with clitics, the article, endings, Latin, digits
WORDS = [
    "وبالمستكشفين", "فللمستكشفات", "والمستكشفون", "بمستكشفهما", "كالمستكشف", "لمستكشفيه", "المستكشفتان",
    "مستكشفاتهم", "تستكشفونها", "يستكشفكما", "نستكشفه", "استكشافيين", "وأستكشف", "بإستكشاف", "فآستكشفنا",
    "زمردان", "زمردتين", "زمردهن", "ولل", "وال", "بال", "ال", "لل", "و", "ب", "",
    "covid", "Marsad", "x_y", "2015", "12ab", "زمرد2", "é",
]


def _plain_term(word: str) -> str:
    """``term_of`` as the rule says it: the clitics, then the first of SUFFIXES (in their order) that leaves three
    letters or more."""
    s = stem_of(word)
    if len(s) >= 5 and "\u0600" <= s[0] <= "\u06ff":
        for suf in SUFFIXES:
            if s.endswith(suf) and len(s) - len(suf) >= 3:
                return s[: -len(suf)]
    return s


@pytest.mark.parametrize("word", WORDS)
def test_a_words_ending_is_the_first_that_the_rule_tries(word):
    assert term_of(word) == _plain_term(word)


def test_endings_of_five_and_six_letter_stems():
    # a three-letter ending needs six letters; on five, the two-letter ending under it is cut instead
    assert term_of("مزارتان") == "مزار"
    assert term_of("زمتان") == "زمت"
    assert term_of("زمردهما") == "زمرد"
    assert term_of("زمردات") == "زمرد"
    assert term_of("زمرده") == "زمرد"
    assert term_of("زمرد") == "زمرد"  # four letters: nothing cut


@pytest.mark.parametrize("word", [w for w in WORDS if len(w) >= 3])
def test_a_word_no_clitic_or_article_starts_is_its_own_stem(word, monkeypatch):
    lex = default_lexicon()
    got = analyse_clitics(word, lex)
    if word[0] not in "وفبكلا":
        assert got == ("", word)
    # the same as when the clitic rules are asked about every word
    monkeypatch.setattr(clitics, "_CLITIC_FIRST", frozenset(word[0]) | clitics._CLITIC_FIRST)
    assert analyse_clitics(word, lex) == got


def test_short_latin_and_empty_words_keep_their_letters():
    lex = default_lexicon()
    for w in ("", "ب", "ال", "ab", "12"):
        assert analyse_clitics(w, lex) == ("", w)
    assert stem_of("covid") == "covid" and term_of("2015") == "2015"
    assert content_term("Marsad") == "Marsad"


def test_a_custom_lexicon_still_decides_the_cut():
    lex = Lexicon.from_words({"زمرد": 50, "الزمرد": 2, "قلعه": 40}, names={"بلقيس"})
    assert analyse_clitics("وبالزمرد", lex) == ("وبال", "زمرد")
    assert analyse_clitics("بلقيس", lex) == ("", "بلقيس")
    assert analyse_clitics("والقلعه", lex) == ("وال", "قلعه")
    assert analyse_clitics("مقلعه", lex) == ("", "مقلعه")


def test_a_light_form_with_no_hamza_is_the_same_reading_as_none():
    for w in ("والمستكشفين", "بالزمرد", "لللاعبين", "مستكشف"):
        assert split_clitics(w, w) == split_clitics(w) == analyse_clitics(w, default_lexicon())
    # a hamza on the alef still tells: بألوان is ب + ألوان, not ب + ال + وان
    assert split_clitics("بالوان", "بألوان") == ("ب", "الوان")
    assert split_clitics("بالوان", "بألوان") == analyse_clitics("بالوان", default_lexicon(), "بألوان")


def test_the_story_features_reuse_the_tokenizers_splits(monkeypatch):
    """The words a tokenized text used are not split again when the story features read them."""
    calls: list[str] = []
    real = clitics.analyse_clitics

    def counted(word, lex, light=None):
        calls.append(word)
        return real(word, lex, light)

    monkeypatch.setattr(clitics, "analyse_clitics", counted)
    text = "وبالمستكشفين زار المستكشفون فللمستكشفات قلعة زمردان والزمردتين"
    tokens = tokenize(text)
    assert calls  # the tokenizer split them
    calls.clear()
    words = [t.norm for t in tokens if t.is_arabic]
    stems = [stem_of(w) for w in words]
    assert calls == []  # the features asked no clitic rule again
    assert stems == [real(w, default_lexicon())[1] or w for w in words]
    assert [t.stem for t in tokens if t.is_arabic] == [split_clitics(w)[1] for w in words]
    features._TERMS.clear()
