"""The NER models' per-word shortcuts (speed8, issue 18) give what their definitions say.

* ``strip_clitics`` tries only the proclitics that start with the word's first letter;
* ``shape`` answers a word of Arabic letters only by one match;
* the neural featurizer looks up the indices of its binary features once per distinct value;
* the tagger checks its tokens by one pass of ``str.isspace``.

Words and names here are our own.
"""

from __future__ import annotations

import numpy as np
import pytest

from marsad.errors import InputError
from marsad.nlp.ner.lexicon import _PREFIXES, shape, strip_clitics
from marsad.nlp.ner.neural import LENGTHS, WordFeaturizer
from marsad.nlp.ner.tagger import _check_tokens

WORDS = [
    "وبالرياض", "والقاهرة", "فالمدينة", "بالسيارة", "كالبرق", "وللطلاب", "فللمدرسة", "للبيت", "الوزير",
    "وبغداد", "ولندن", "فبدأ", "فلما", "وزير", "فهد", "بيت", "لبنان", "كتاب", "والد", "وال", "لل", "ال",
    "و", "ب", "وب", "سعود", "مكة", "", "abc", "x", "١٢٣", "2015",
]


def defined_split(norm: str) -> tuple[str, str]:
    """The rule of ``strip_clitics``: the first proclitic of ``_PREFIXES`` leaving a long enough stem."""
    for p in _PREFIXES:
        rest = len(norm) - len(p)
        if norm.startswith(p) and (rest >= 3 or (rest >= 2 and len(p) >= 2)):
            return p, norm[len(p):]
    return "", norm


@pytest.mark.parametrize("word", WORDS)
def test_clitics_are_split_by_their_rule(word):
    assert strip_clitics(word) == defined_split(word)


def test_clitic_examples():
    assert strip_clitics("وبالرياض") == ("وبال", "رياض")
    assert strip_clitics("للبيت") == ("لل", "بيت")
    assert strip_clitics("فهد") == ("", "فهد")  # a one-letter clitic leaves at least three letters
    assert strip_clitics("سعود") == ("", "سعود")


@pytest.mark.parametrize(
    "word, want",
    [
        ("الرياض", "ar"),
        ("مُحَمَّد", "ar"),  # diacritics are neither Latin nor digits
        ("جـــدة", "ar"),  # tatweel
        ("Riyadh", "lat"),
        ("2015", "num"),
        ("١٤٣٦", "num"),  # Arabic-Indic digits
        ("ف16", "mix"),
        ("iPhoneالجديد", "mix"),
        ("B52", "mix"),
        ("،", "punct"),
        ("...", "punct"),
        ("ـ", "ar"),  # the tatweel lies in the Arabic letters' range the shapes use
        ("(«»)", "punct"),
    ],
)
def test_shapes(word, want):
    assert shape(word) == want


def small_featurizer() -> WordFeaturizer:
    gaz = {"فهد": "PERS FIRST", "رياض": "LOC", "الرياض": "LOC COUNTRY_part", "لندن": "LOC"}
    return WordFeaturizer(["<pad>", "<unk>", "الرياض", "فهد"], ["<pad>", "<unk>", *"الرياضفهدلن"], gaz,
                          ["PERS", "FIRST", "LOC"])


def named_parts(fz: WordFeaturizer, word: str) -> list[str]:
    names = fz.sparse_names()
    return [names[i] for i in fz.parts(word)[3]]


def test_neural_binary_features_are_the_named_ones():
    fz = small_featurizer()
    # a person's name in the gazetteer, looked up as itself
    assert named_parts(fz, "فهد") == ["shape=ar", "clitic=", "lookup=word", "len<=3", "w:PERS", "w:FIRST"]
    # a place with two proclitics: flags of the stem and of "ال" + stem; COUNTRY_part is no feature of this model
    assert named_parts(fz, "وبالرياض") == [
        "shape=ar", "clitic=وبال", "lookup=al+stem", "len<=5", "s:LOC", "a:LOC",
    ]
    assert named_parts(fz, "لندن") == ["shape=ar", "clitic=ل", "lookup=unk", "len<=3", "w:LOC"]
    assert named_parts(fz, "Riyadh") == ["shape=lat", "clitic=", "lookup=unk", "len<=7"]
    # asked again (now from the cache of indices): the same features
    assert named_parts(fz, "وبالرياض")[-2:] == ["s:LOC", "a:LOC"]
    assert named_parts(fz, "فهد")[-2:] == ["w:PERS", "w:FIRST"]


def test_neural_feature_vector_has_its_features_on():
    fz = small_featurizer()
    w, s, chars, vec = fz.features("بالرياض")
    names = fz.sparse_names()
    assert sorted(names[i] for i in np.flatnonzero(vec)) == sorted(
        ["shape=ar", "clitic=بال", "lookup=al+stem", f"len<={next(b for b in LENGTHS if 4 <= b)}", "s:LOC", "a:LOC"]
    )
    assert w == 2 and s == 2  # found as "ال" + stem


@pytest.mark.parametrize(
    "tokens",
    [["فهد", ""], ["فهد", " "], ["\n"], ["فهد", None], [3], ["\u00a0"]],
)
def test_bad_tokens_are_refused(tokens):
    with pytest.raises(InputError):
        _check_tokens(tokens)


def test_good_tokens_pass():
    _check_tokens([])
    _check_tokens(["فهد", "في", "الرياض", "،", "2015", "a b"])  # a token with a space inside is not blank


def test_neural_length_bucket_of_every_stem_length():
    """The length feature is the first bound of LENGTHS holding the stem's length, the last past them all,
    whatever the order in which words come (the shape, clitic, lookup and length indices are kept per
    combination: a word's list of indices is its own)."""
    fz = small_featurizer()
    for n in [*range(0, 105), 150, *range(12, 0, -1)]:
        word = "ب" + "ت" * n if n else "!"
        stem = strip_clitics(word)[1]
        want = f"len<={next((b for b in LENGTHS if len(stem) <= b), LENGTHS[-1])}"
        got = named_parts(fz, word)
        assert got[3] == want, (n, got)
    a, b = fz.parts("كتاب")[3], fz.parts("كتاب")[3]
    a.append(0)
    assert a != b and fz.parts("كتاب")[3] == b
