"""The numpy reader of treaty steps (marsad.nlp.events.step_reader): features, character grams, scores."""

import gzip
import json
import math

from marsad.nlp.events.step_reader import StepReader, char_grams, features, fold_words, names_agreement


def _model() -> dict:
    # a hand-made model: a negation pulls a ratification down, one character gram of the agreement word pushes it up
    return {"kinds": ["ratified"], "features": ["NEG", "NEG_near", "FOLLOWS"], "grams": ["تفا"], "idf": [2.0],
            "coef": [[-5.0, 0.0, -1.0, 1.0]], "bias": [2.0]}


def test_agreement_words_in_any_clitic_form():
    assert names_agreement(fold_words("وقّعت الحكومتان بالاتفاقية الجديدة"))
    assert names_agreement(fold_words("أعلنت الدولة انسحابها من نظام روما الأساسي"))
    assert not names_agreement(fold_words("اتفق الوزيران على اللقاء مجددا"))


def test_char_grams_pad_words_and_count_a_short_word_once():
    assert sorted(char_grams(["ab"])) == sorted([" a", "ab", "b ", " ab", "ab ", " ab "])
    assert char_grams(["a"], 4, 5) == {" a ": 1}


def test_negation_is_a_feature_near_the_agreement():
    f = features(fold_words("لم يصادق المجلس على المعاهدة"), False)
    assert f["NEG"] == 1.0 and f["NEG_near"] == 1.0
    assert "NEG" not in features(fold_words("صادق المجلس على المعاهدة"), False)


def test_scores_follow_the_weights(tmp_path):
    path = tmp_path / "m.json.gz"
    path.write_bytes(gzip.compress(json.dumps(_model(), ensure_ascii=False).encode("utf-8")))
    r = StepReader.load(path)
    sig = lambda z: 1 / (1 + math.exp(-z))  # noqa: E731
    assert abs(r.score("صادق المجلس على المعاهدة أمس")["ratified"] - sig(2.0)) < 1e-9  # no gram of تفا
    assert abs(r.score("صادق المجلس على الاتفاقية أمس")["ratified"] - sig(3.0)) < 1e-9  # one gram, its row norm 1
    assert abs(r.score("لم يصادق المجلس على الاتفاقية")["ratified"] - sig(-2.0)) < 1e-9
    assert r.score("صادق المجلس على القانون أمس")["ratified"] == 0.0  # names no agreement, follows none
    assert abs(r.score("وصادق عليها المجلس أمس", follows=True)["ratified"] - sig(1.0)) < 1e-9
