"""The perceptron's word features looked up per position (speed20, issue 18) give the model's own features.

``Tagger._add`` no longer builds each word's prefixed feature strings: it looks the strings of
``FeatureExtractor.word_groups`` up among the features of each position.  These tests hold it to
what it replaced — the feature strings the model was trained on (``word_features``, whose templates
are written out again here as first written), and the score matrices summed from them.
Words written for these tests.
"""

from __future__ import annotations

from itertools import repeat

import numpy as np
import pytest

from marsad.nlp.ner.features import BOS, EOS, FeatureExtractor
from marsad.nlp.ner.tagger import Tagger, load_tagger

WORDS = [
    "وبالرياض", "الرياض", "محمد", "بن", "سلمان", "والمنظمة", "للمنظمة", "وزارة", "الخارجية", "أعلن",
    "فلاديمير", "بوتين", "سيؤدي", "مسئول", "مسؤول", "كاليفورنيا", "Obama", "UN", "2015", "٢٠١٥", "12.5%",
    "ق", "ال", "و", "،", ".", "=", "|", "a=b", "0", "-1", "+2x", "وبال", "بالقاهرة", "فالأمم", "كالعادة",
    "ولي", "العهد", "الأمير", "عبدالله", "iPhone", "G20", "مِصْر", "القـــدس", BOS, EOS,
]


def written_out(fx: FeatureExtractor, word: str) -> tuple[list[str], ...]:
    """``word_features`` as first written: every feature string built with its position."""
    if word in (BOS, EOS):
        return ["0b"], [f"-1{word}"], [f"+1{word}"], [f"-2{word}"], [f"+2{word}"]
    n, clitic, stem, flags, cl, cs, shp = fx._lex(word)
    core = ["0b", "0w=" + word, "0n=" + n, "0s=" + stem, "0p=" + clitic, "0sh=" + shp,
            "0l=" + str(min(len(stem), 9)), "0p2=" + n[:2], "0p3=" + n[:3], "0x1=" + n[-1:], "0x2=" + n[-2:],
            "0x3=" + n[-3:], "0sp2=" + stem[:2], "0sx2=" + stem[-2:], "0sx3=" + stem[-3:], "0sh|p=" + shp + clitic]
    core += ["0g=" + f for f in flags]
    core += [f"0c{i}=" + c for i, c in enumerate(cl)]
    core += [f"0cs{i}=" + c for i, c in enumerate(cs)]
    if not cl:
        core.append("0nocl")
    near = ["n=" + n, "s=" + stem, "p=" + clitic, "sh=" + shp, "x2=" + n[-2:]]
    near += ["g=" + f for f in flags]
    near += [f"c{i}=" + c for i, c in enumerate(cl[1:], 1)]
    near += [f"cs{i}=" + c for i, c in enumerate(cs[1:], 1)]
    far = ["n=" + n, "s=" + stem]
    far += ["g=" + f for f in flags if not f.startswith(("s", "a"))]
    far += [f"c{i}=" + c for i, c in enumerate(cl[1:2], 1)]
    return core, ["-1" + f for f in near], ["+1" + f for f in near], ["-2" + f for f in far], ["+2" + f for f in far]


@pytest.fixture(scope="module")
def tagger() -> Tagger:
    return load_tagger(profile="fast")


def test_word_features_are_the_trained_templates(tagger):
    fx = tagger._fx
    assert any(fx._lex(w)[4] for w in WORDS) and any(fx._lex(w)[3] for w in WORDS)  # clusters and flags seen
    for w in WORDS:
        assert fx.word_features(w) == written_out(fx, w), w
    # more cluster levels than the shipped three: the same strings
    deep = FeatureExtractor(gazetteer={"محمد": "PERS sPERS aLOC"}, clusters={"محمد": tuple("123456789A")})
    assert deep.word_features("محمد") == written_out(deep, "محمد")


def test_score_matrices_are_summed_from_the_feature_strings(tagger):
    """Each word's (5, n_tags) matrix: the same floats as summing the rows of its feature strings."""
    tagger._slot.clear()
    tagger._norms.clear()
    tagger._add(WORDS)
    feats, starts = [], []
    for w in WORDS:
        for group in written_out(tagger._fx, w):
            starts.append(len(feats))
            feats.append("")
            feats += group
    found = np.fromiter(map(tagger._index.get, feats, repeat(-1)), dtype=np.intp, count=len(feats))
    found[starts] = tagger._pad
    known = found >= 0
    assert known.sum() > 2 * len(starts)  # most strings are features of the model
    want = np.add.reduceat(tagger._w[found[known]], (np.cumsum(known) - 1)[starts], axis=0)
    got = np.stack([tagger._word(w)[0] for w in WORDS])
    assert np.array_equal(got, want.reshape(len(WORDS), 5, -1))


def test_pair_codes_find_what_the_joined_strings_find():
    """Word pairs looked up as numbers find the same rows as "a|b" looked up, normal forms holding "|" too."""
    from marsad.nlp.ner.tagger import _find_pairs, _pair_codes

    bl = {"في|الرياض": 4, "|||س": 5, "س||": 6, "|": 7, "ال|ال": 8}
    br = {"في|الرياض": 9, "من|في": 10}
    nid, (bl_codes, br_codes) = _pair_codes([bl, br])
    forms = ["في", "الرياض", "من", "س", "|", "||", "", "ال", "غيرها"]
    pairs = [(a, b) for a in forms for b in forms]
    codes = np.array([nid[a] * len(nid) + nid[b] if a in nid and b in nid else -1 for a, b in pairs])
    for table, coded in ((bl, bl_codes), (br, br_codes)):
        assert _find_pairs(coded, codes, -3).tolist() == [table.get(a + "|" + b, -3) for a, b in pairs]
    assert _find_pairs(_pair_codes([{}])[1][0], codes, -3).tolist() == [-3] * len(pairs)


def test_sentence_scores_add_the_pair_weights_of_the_joined_strings(tagger):
    """Emission scores with the word-pair rows found as numbers = adding each "a|b" feature that exists."""
    from test_ner_fast_paths import reference_perceptron_scores

    sents = [["أعلنت", "وزارة", "الخارجية", "في", "الرياض", "أمس"], ["قال", "ولي", "العهد", "|", "|", "إن"],
             ["رئيس", "الوزراء", "في", "المملكة", "المتحدة"], ["في"]]
    got = tagger.scores_many(sents)
    assert sum(tagger._nids[tagger._slot[w]] >= 0 for s in sents for w in s) > 5  # words of pair features
    norms = [[tagger._word(w)[1] for w in s] for s in sents]
    assert any("bl=" + a + "|" + b in tagger._index for n in norms for a, b in zip(n, n[1:]))  # pairs met
    for s, g in zip(sents, got):
        assert np.array_equal(g, reference_perceptron_scores(tagger, s))
