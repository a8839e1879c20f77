"""The detector's words learned from the annotators' spans, and the coder coding with a given detector."""

from __future__ import annotations

import pytest

from marsad.models import Article, Doc, Span
from marsad.nlp.events.coder import CoderOptions, code_events
from marsad.nlp.events.detect import Detector, TypeModel, span_features
from marsad.nlp.events.train_detector import GoldSentence, learn_span_words, norms_of

VERBS = frozenset({"تجمع", "تظاهر"})
ACTORS = frozenset({"متظاهر"})


def test_a_marked_verb_opening_a_clause_with_its_protesters_after_it_is_told_apart_from_protesters_as_object():
    told = span_features(norms_of("وتجمع مئات المتظاهرين أمام مبنى البلدية."), "PROTEST", VERBS, ACTORS)
    assert {"sv:PROTEST", "sv_open:PROTEST", "sv_actor_after:PROTEST"} <= set(told)
    counted = span_features(norms_of("تظاهر 300 طالب في الساحة."), "PROTEST", VERBS, ACTORS)
    assert "sv_actor_after:PROTEST" in counted  # a count after the verb is its subject too

    object_only = span_features(norms_of("فرّقت الشرطة المتظاهرين بالغاز."), "PROTEST", VERBS, ACTORS)
    assert "sv:PROTEST" not in object_only and "sa:PROTEST" in object_only
    assert "sa_subject:PROTEST" not in object_only  # "المتظاهرين": not the subject
    subject = span_features(norms_of("وكان المتظاهرون يحملون الأعلام."), "PROTEST", VERBS, ACTORS)
    assert "sa_subject:PROTEST" in subject


def test_words_the_annotators_mark_are_learned_but_not_words_found_everywhere():
    protests = ["اعتصم العمال خلال الليل في المصنع.", "واعتصم الأطباء خلال يوم الأحد.", "اعتصم الطلاب أمام الجامعة."]
    others = [f"قال الوزير خلال اللقاء رقم {k} إن الميزانية جاهزة." for k in range(9)]
    rows = [GoldSentence(f"DOC{k}-1", "PROTEST", "yes" if t in protests else "easy no", 3 if t in protests else 0, 3, t)
            for k, t in enumerate(protests + others)]
    spans = {t: [{"verb": [t.split()[0], *(["خلال"] if "خلال" in t else [])], "source_actor": [t.split()[1]]}]
             for t in protests}
    spans[protests[2]].append({"verb": ["اعتصم"], "source_actor": ["الطلاب"]})
    verbs, actors = learn_span_words(rows, spans)
    assert "اعتصم" in verbs  # marked in all three protest sentences
    assert "خلال" not in verbs  # marked twice, but it stands in eleven sentences
    assert not actors  # each actor word marked in one sentence only: not enough to learn from


def test_a_detector_keeps_its_learned_words_through_its_file():
    det = Detector({"PROTEST": TypeModel("PROTEST", -2.0, {"sv_open:PROTEST": 3.0}, 0.5, VERBS, ACTORS)})
    back = Detector.from_json(det.to_json())
    m = back.models["PROTEST"]
    assert m.verbs == VERBS and m.actors == ACTORS
    norms = norms_of("تجمع آلاف المحتجين قرب القصر.")
    assert m.score(norms) > 0.7 > m.score(norms_of("التقى الوزير نظيره في القصر."))


def _doc(text: str) -> Doc:
    return Doc(Article(id="a", raw_id="a", text=text, published_at="2025-03-02"),
               {"sentence": [Span("sentence", 0, len(text))], "mention": []})


def test_the_coder_codes_with_the_detector_it_is_given():
    # (no count after the verb: "وتجمع مئات العمال" is a crowd massing, coded whatever the detector says)
    text = "وتجمع العمال أمام مقر الشركة يوم أمس."
    eager = Detector({"PROTEST": TypeModel("PROTEST", -3.0, {"sv_open:PROTEST": 6.0}, 0.5, VERBS, ACTORS)})
    never = Detector({"PROTEST": TypeModel("PROTEST", -9.0, {}, 0.99, VERBS, ACTORS)})
    found = code_events(_doc(text), CoderOptions(detector=eager, shown_filter=False))
    assert [e.label for e in found] == ["PROTEST"] and found[0].data["detector"] > 0.9
    assert not [e for e in code_events(_doc(text), CoderOptions(detector=never)) if e.label == "PROTEST"]


@pytest.fixture
def cv():
    """The cross-validation script of eval/ (events_gsr_cv), imported as a module."""
    import sys

    from conftest import ROOT

    sys.path.insert(0, str(ROOT / "eval"))
    import events_gsr_cv

    return events_gsr_cv


def test_the_recall_breakdown_says_where_each_missed_positive_was_lost(cv):
    rows = {"gsr:protest:A-1": ("PROTEST", "A-1", True, "وقع الوزيران اتفاقية للتعاون في مجال الطاقة."),
            "gsr:protest:B-1": ("PROTEST", "B-1", True, "تظاهر مئات العمال أمام البرلمان للمطالبة بأجورهم."),
            "gsr:protest:C-1": ("PROTEST", "C-1", True, "خرج آلاف الطلاب في مسيرة احتجاجية."),
            "gsr:protest:D-1": ("PROTEST", "D-1", False, "قمعت الشرطة المتظاهرين."),
            "gsr:protest:E-1": ("PROTEST", "E-1", True, "نزل المحتجون إلى الشوارع.")}
    coded = {"gsr:protest:A-1": {"types": set(), "shown": set()},
             "gsr:protest:B-1": {"types": {"PROTEST"}, "shown": {"PROTEST"}},
             "gsr:protest:C-1": {"types": {"PROTEST"}, "shown": set()},
             "gsr:protest:D-1": {"types": {"PROTEST"}, "shown": {"PROTEST"}}}
    got = cv.breakdown(rows, coded, set(rows))["PROTEST"]
    assert got == {"no word of the type": 1, "found (shown)": 1, "coded, not shown": 1, "rejected at ingest": 1}
    scores = cv.score(rows, coded, "types", set(rows))["PROTEST"]
    assert (scores["tp"], scores["positives"], scores["false_alarms"]) == (2, 4, 1)  # E-1, never stored, is a miss
    assert cv.score(rows, coded, "shown", set(rows))["PROTEST"]["tp"] == 1


def test_false_alarms_are_told_apart_by_how_the_annotators_voted(cv):
    rows = {"gsr:assault:A-1": ("ASSAULT", "A-1", False, "انفجرت سيارة ملغومة قرب سوق المدينة وأصيب عشرة أشخاص."),
            "gsr:assault:B-1": ("ASSAULT", "B-1", False, "سجل المهاجم هدفين في المباراة النهائية."),
            "gsr:assault:C-1": ("ASSAULT", "C-1", False, "هدد الوزير بقصف مواقع المسلحين إن لم ينسحبوا."),
            "gsr:assault:D-1": ("ASSAULT", "D-1", True, "هاجم مسلحون مركزا للشرطة فقتلوا ثلاثة من عناصره."),
            "gsr:assault:E-1": ("ASSAULT", "E-1", False, "زار الرئيس الجرحى في المستشفى.")}
    votes = {"gsr:assault:A-1": ("difficult no", 2, 4), "gsr:assault:B-1": ("easy no", 0, 3),
             "gsr:assault:C-1": ("difficult no", 1, 3), "gsr:assault:D-1": ("yes", 4, 4),
             "gsr:assault:E-1": ("easy no", 0, 3)}
    coded = {u: {"types": {"ASSAULT"}, "shown": set()} for u in rows if u != "gsr:assault:E-1"}
    got = cv.false_alarms(rows, votes, coded, "types", set(rows))["ASSAULT"]
    # the car bomb half the annotators accepted is a split vote; the goal and the threat are plain misreadings
    assert got == {"split no": 1, "easy no": 1, "difficult no": 1}
    assert not cv.false_alarms(rows, votes, coded, "shown", set(rows))["ASSAULT"]


def test_each_folds_precision_is_told_beside_its_share_of_split_votes(cv):
    from marsad.nlp.events.train_detector import fold_of

    rows = {"gsr:assault:A-1": ("ASSAULT", "A-1", True, "هاجم مسلحون مركزا للشرطة فقتلوا ثلاثة من عناصره."),
            "gsr:assault:A-2": ("ASSAULT", "A-2", False, "انفجرت سيارة ملغومة قرب سوق المدينة وأصيب عشرة أشخاص."),
            "gsr:assault:A-3": ("ASSAULT", "A-3", False, "هدد الوزير بقصف مواقع المسلحين إن لم ينسحبوا."),
            "gsr:assault:B-1": ("ASSAULT", "B-1", True, "قصفت الطائرات مواقع المسلحين فقتلت عشرين منهم."),
            "gsr:assault:B-2": ("ASSAULT", "B-2", False, "زار الرئيس الجرحى في المستشفى.")}
    votes = {"gsr:assault:A-1": ("yes", 3, 3), "gsr:assault:A-2": ("difficult no", 2, 4),
             "gsr:assault:A-3": ("difficult no", 1, 3), "gsr:assault:B-1": ("yes", 3, 3),
             "gsr:assault:B-2": ("easy no", 0, 3)}
    coded = {u: {"types": {"ASSAULT"}, "shown": set()} for u in ("gsr:assault:A-1", "gsr:assault:A-2")}
    got = cv.by_fold(rows, votes, coded, "types", set(rows))["ASSAULT"]
    a, b = fold_of("A"), fold_of("B")
    assert a != b  # (the two documents fall in two folds)
    # the car bomb half of the annotators accepted is the fold's split vote and its false alarm; the threat is no split
    assert (got[a]["tp"], got[a]["false_alarms"], got[a]["yes"], got[a]["split"]) == (1, 1, 1, 1)
    assert got[a]["precision"] == 0.5 and got[a]["recall"] == 1.0
    assert (got[b]["tp"], got[b]["false_alarms"], got[b]["yes"], got[b]["split"]) == (0, 0, 1, 0)
    assert got[b]["precision"] == 0.0 and got[b]["recall"] == 0.0
    assert not cv.by_fold(rows, votes, coded, "types", set(rows))["PROTEST"]


def _gold_folder(path, label: str = "yes"):
    """A tiny gold folder in the layout of event_gsr_dev (own sentences)."""
    import csv

    path.mkdir(exist_ok=True)
    for typ, text in (("protest", "اعتصم عشرات المعلمين أمام وزارة التربية مطالبين بزيادة رواتبهم."),
                      ("assault", "أطلق مسلحون النار على حافلة للركاب فقتلوا سائقها.")):
        with open(path / f"{typ}_dev.csv", "w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=["id", "label", "accept", "total", "text"])
            w.writeheader()
            w.writerow({"id": "DOC_1-1", "label": label, "accept": 3 if label == "yes" else 0, "total": 3, "text": text})
    return path


def test_the_fold_detectors_kept_beside_the_database_are_used_until_what_they_learn_from_changes(cv, tmp_path):
    gsr = _gold_folder(tmp_path / "gold")
    held = {0: frozenset({"DOC"}), 1: frozenset()}
    kept = Detector({"PROTEST": TypeModel("PROTEST", -1.5, {"sv_open:PROTEST": 4.0}, 0.6, VERBS, ACTORS)}, "mine")
    cache = tmp_path / "fold_detectors.json"
    import json

    cache.write_text(json.dumps({"key": cv.detector_inputs_key(gsr, held),
                                 "folds": {"0": kept.to_json(), "1": kept.to_json()}}), encoding="utf-8")
    got = cv.fold_detectors(gsr, held, cache, verbose=False)
    assert got[0].version == "mine" and got[1].models["PROTEST"].weights == {"sv_open:PROTEST": 4.0}
    # another label, other held-out documents: the detectors must be trained again
    relabelled = _gold_folder(tmp_path / "gold2", label="easy no")
    assert cv.detector_inputs_key(relabelled, held) != cv.detector_inputs_key(gsr, held)
    assert cv.detector_inputs_key(gsr, {0: frozenset(), 1: frozenset({"DOC"})}) != cv.detector_inputs_key(gsr, held)


def test_a_strength_whose_threshold_reaches_the_target_precision_beats_a_better_f1_that_does_not():
    from marsad.nlp.events.train_detector import _rank

    precise = _rank(1.0, 0.08, 0.8)  # a few sentences, all right
    loose = _rank(0.30, 0.67, 0.8)  # a better F1, at a precision far below the target
    assert precise > loose
    assert _rank(0.85, 0.5, 0.8) > _rank(0.81, 0.4, 0.8)  # both reach it: the better F1
    assert _rank(0.5, 0.5, 0.8) > _rank(0.4, 0.4, 0.8)  # neither: the better F1
    assert _rank(0.0, 0.0, 0.8) < _rank(0.1, 0.1, 0.8)


def test_each_coded_event_is_put_down_to_the_coder_path_that_emitted_it(cv):
    det = Detector({"PROTEST": TypeModel("PROTEST", 0.0, {}, 0.6), "ASSAULT": TypeModel("ASSAULT", 0.0, {}, 0.5)})

    def event(label, **data):
        return Span("event", 0, 1, label, data)

    # the detector scored it over its threshold; a form told it below; a lexicon event kept without a score
    assert cv.emitted_by([event("PROTEST", detector=0.8)], det) == {"PROTEST": "detector yes"}
    assert cv.emitted_by([event("PROTEST", detector=0.2)], det) == {"PROTEST": "form, detector no"}
    assert cv.emitted_by([event("ASSAULT")], det) == {"ASSAULT": "lexicon kept, detector no"}
    # two events of a type: the detector's path first; a type the detector does not score is left out
    assert cv.emitted_by([event("ASSAULT"), event("ASSAULT", detector=0.5), event("ACCUSE")], det) == \
        {"ASSAULT": "detector yes"}
    rows = {"gsr:protest:A-1": ("PROTEST", "A-1", True, "اعتصم المعلمون أمام الوزارة."),
            "gsr:protest:B-1": ("PROTEST", "B-1", False, "تجمع الزوار أمام المتحف."),
            "gsr:protest:C-1": ("PROTEST", "C-1", False, "دعا الحزب إلى التظاهر يوم الجمعة.")}
    coded = {"gsr:protest:A-1": {"types": {"PROTEST"}, "paths": {"PROTEST": "detector yes"}},
             "gsr:protest:B-1": {"types": {"PROTEST"}, "paths": {"PROTEST": "form, detector no"}},
             "gsr:protest:C-1": {"types": set(), "paths": {}}}
    got = cv.paths(rows, coded, set(rows))["PROTEST"]
    assert got == {"hits": {"detector yes": 1}, "false alarms": {"form, detector no": 1}}


def test_a_score_is_the_same_from_cold_and_warm_word_shares_and_is_the_sum_of_its_features():
    """A sentence's score adds each distinct word's share (cached per model once worked out) and the pair, opening,
    lexicon and span features: the same probability on a first and a second reading, and the same as the
    logistic of the weights of ``sentence_features`` summed (speed39: the cached shares read without a call)."""
    import math

    from marsad.nlp.events.detect import sentence_features, word_features

    sents = [norms_of(t) for t in ("تظاهر مئات الطلاب أمام مبنى الوزارة في العاصمة يوم الخميس.",
                                   "وتجمع المحتجون قرب القصر ورفعوا لافتات تطالب بالإصلاح.",
                                   "التقى الوزير نظيره في القصر وبحثا التعاون بين البلدين.")]
    feats = {f for n in sents for f in sentence_features(n, ["lex:PROTEST"]) + span_features(n, "PROTEST", VERBS,
                                                                                              ACTORS)}
    weights = {f: ((k * 7919) % 200 - 100) / 37.0 for k, f in enumerate(sorted(feats))}
    model = TypeModel("PROTEST", -0.75, weights, 0.5, VERBS, ACTORS)
    for norms in sents:
        want = -0.75 + sum(weights.get(f, 0.0) for f in sentence_features(norms, ["lex:PROTEST"])
                           + span_features(norms, "PROTEST", VERBS, ACTORS))
        cold = model.score(norms, ["lex:PROTEST"])
        assert set(norms) <= set(model._word)  # each word's share is kept ...
        assert model.score(norms, ["lex:PROTEST"]) == cold  # ... and read back to the same float
        assert abs(cold - 1.0 / (1.0 + math.exp(-want))) < 1e-12
        assert all(model.word_score(n) == sum(weights.get(f, 0.0) for f in word_features(n)) for n in norms)
