"""Entity-substitution augmentation for NER training (marsad.nlp.ner.augment), on small data of our own."""

from __future__ import annotations

import random

from marsad.nlp.ner.augment import NamePools, augment, build_pools, substitute
from marsad.nlp.ner.conll import bio_spans

# Our own sentences: "Samir Haddad met the mayor of Tartus", "and Haddad went to Latakia", a sentence with no name.
S1 = [("التقى", "O"), ("سمير", "B-PERS"), ("حداد", "I-PERS"), ("رئيس", "O"), ("بلدية", "O"), ("طرطوس", "B-LOC"),
      (".", "O")]
S2 = [("وحداد", "B-PERS"), ("ذهب", "O"), ("إلى", "O"), ("اللاذقية", "B-LOC"), ("امس", "O")]
S3 = [("ارتفعت", "O"), ("الأسعار", "O"), ("اليوم", "O")]
S4 = [("قال", "O"), ("حداد", "B-PERS"), ("إن", "O"), ("بنك", "B-ORG"), ("الأمل", "I-ORG"), ("تأسس", "O")]


def _pools() -> NamePools:
    return NamePools(
        spans={"PERS": [("سمير", "حداد"), ("حداد",)], "LOC": [("طرطوس",)], "ORG": [("بنك", "الأمل")]},
        lists={"LOC": [("حمص",)], "ORG": [("شركة", "النور")]},
        foreign=["غريغوري", "باتيستا", "كوفالسكي"],
        known={"سمير": 1, "حداد": 3, "طرطوس": 1, "اللاذقية": 1, "وحداد": 1},
    )


def test_substitute_keeps_context_and_types() -> None:
    rng = random.Random(3)
    for _ in range(20):
        new = substitute(S1, _pools(), rng)
        assert new is not None
        assert new[0] == S1[0] and new[-1] == S1[-1]  # the words around the names are kept
        spans = sorted(bio_spans([t for _, t in new]))
        assert [ty for _, _, ty in spans] == ["PERS", "LOC"]
        assert [w for w, t in new if t == "O"] == [w for w, t in S1 if t == "O"]
        for a, b, _ty in spans:
            assert new[a][1].startswith("B-") and all(t.startswith("I-") for _, t in new[a + 1 : b])


def test_substitute_moves_the_conjunction_to_the_new_name() -> None:
    rng = random.Random(5)
    firsts = {substitute(S2, _pools(), rng)[0][0] for _ in range(30)}
    assert firsts and all(w.startswith("و") for w in firsts)
    assert firsts - {"وحداد", "وسمير"}  # new names were drawn, each with the conjunction on it


def test_a_name_starting_with_a_clitic_letter_is_not_split() -> None:
    # "باتيستا" starts with ب but is no ب + name: nothing moves to a drawn name.
    pools = _pools()
    sent = [("باتيستا", "B-PERS"), ("فاز", "O")]
    rng = random.Random(0)
    firsts = {substitute(sent, pools, rng)[0][0] for _ in range(30)}
    assert not any(w.startswith("ب") and w[1:] in {"سمير", "حداد", "غريغوري", "كوفالسكي"} for w in firsts)


def test_types_filter_and_no_name() -> None:
    rng = random.Random(1)
    assert substitute(S3, _pools(), rng) is None
    new = substitute(S4, _pools(), rng, types=("ORG",))
    assert new[1] == ("حداد", "B-PERS")  # PERS untouched when only ORG is substituted
    assert any(t == "B-ORG" for _, t in new)


def test_augment_is_deterministic_and_counts_copies(tmp_path) -> None:
    train = [S1, S2, S3, S4]
    pools = build_pools(train, tmp_path)  # no lists under tmp_path: the training spans only
    assert pools.spans["PERS"] == [("حداد",), ("سمير", "حداد"), ("وحداد",)] and not pools.foreign
    a = augment(train, pools, 2, seed=7)
    assert len(a) == 6  # 3 sentences with names, 2 copies each
    assert a == augment(train, pools, 2, seed=7)
