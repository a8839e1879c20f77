"""The Arabic NER tagger: the shipped model loads and finds obvious entities; the CLI; determinism; bad input."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from conftest import ROOT, run_cli, shared_path
from marsad.arabic.stages import SENTENCES
from marsad.errors import InputError
from marsad.models import Article, Doc
from marsad.nlp.ner import NER, load_tagger
from marsad.nlp.ner.model import NerModel
from marsad.pipeline.stage import Resources

# Our own sentences, with entities any reader recognises.
OBAMA = "قال الرئيس الأمريكي باراك أوباما في واشنطن إن الأمم المتحدة يجب أن تتحرك بسرعة ."
PUTIN = "وصل الرئيس الروسي فلاديمير بوتين إلى القاهرة أمس في زيارة رسمية ."
WHO = "أعلنت منظمة الصحة العالمية في جنيف عن برنامج جديد لمكافحة الأمراض ."


@pytest.fixture(scope="module", params=["accurate", "fast"])
def tagger(request):
    return load_tagger(profile=request.param)


def test_model_loads_with_bio_tags(tagger):
    assert tagger.tags[0] == "O"
    assert {"B-PERS", "I-PERS", "B-LOC", "B-ORG", "I-ORG", "B-MISC"} <= set(tagger.tags)
    assert load_tagger(profile=tagger.describe().split(":")[0]) is tagger  # cached loader
    assert NER.version != "missing" and NER.requires == ("sentence",) and NER.assigns == ("mention",)


def test_unknown_profile_is_a_clear_error():
    with pytest.raises(InputError, match="unknown NER profile"):
        load_tagger(profile="turbo")


def test_tag_many_equals_one_sentence_at_a_time(tagger):
    sents = [OBAMA.split(), PUTIN.split(), WHO.split(), ["بوتين"], []]
    assert tagger.tag_many(sents) == [tagger.tag(s) for s in sents]


def test_a_token_longer_than_any_length_bucket_is_tagged(tagger):
    """Scraped sports pages carry image links hundreds of characters long inside the text: the tagger must
    tag around them, not fail the article."""
    link = "https://example.org/" + "a" * 300 + ".jpg"
    toks = PUTIN.split()[:-1] + [link, "."]
    tags = tagger.tag(toks)
    assert len(tags) == len(toks) and tags[toks.index("بوتين")] == "I-PERS"


def test_tags_president_capital_and_organisation(tagger):
    toks = OBAMA.split()
    tags = dict(zip(toks, tagger.tag(toks)))
    assert (tags["باراك"], tags["أوباما"]) == ("B-PERS", "I-PERS")
    assert tags["واشنطن"] == "B-LOC"
    assert (tags["الأمم"], tags["المتحدة"]) == ("B-ORG", "I-ORG")
    assert tags["الرئيس"] == tags["قال"] == tags["بسرعة"] == "O"


def test_tag_text_returns_mention_spans_with_offsets(tagger):
    text = OBAMA.replace(" .", ".") + " " + PUTIN.replace(" .", ".") + "\n" + WHO
    found = {(text[s.start : s.end], s.label) for s in tagger.tag_text(text)}
    assert {
        ("باراك أوباما", "PER"),
        ("واشنطن", "LOC"),
        ("الأمم المتحدة", "ORG"),
        ("فلاديمير بوتين", "PER"),
        ("القاهرة", "LOC"),
        ("جنيف", "LOC"),
    } <= found
    if tagger.describe().startswith("accurate"):  # the fast perceptron misses this one (it never saw it in training)
        assert ("منظمة الصحة العالمية", "ORG") in found
    spans = tagger.tag_text(text)
    assert all(s.kind == "mention" and s.data == {"source": "ner"} for s in spans)
    assert all(s.label in {"PER", "LOC", "ORG", "MISC"} for s in spans)


def test_stage_tags_each_sentence_of_a_doc():
    text = "مقدمة قصيرة بلا أسماء.\n" + PUTIN.replace(" .", ".")
    doc = Doc(Article(id="a1", raw_id="r1", text=text))
    res = Resources()
    SENTENCES.func(doc, res)
    NER.func(doc, res)
    got = [(text[m.start : m.end], m.label) for m in doc.layer("mention")]
    assert ("فلاديمير بوتين", "PER") in got and ("القاهرة", "LOC") in got
    assert all(m.start >= text.index("\n") for m in doc.layer("mention"))


def test_stage_tags_several_docs_at_once_as_one_by_one():
    texts = ["مقدمة قصيرة بلا أسماء.\n" + PUTIN.replace(" .", "."),
             "استقبل الملك سلمان في الرياض وفدا من الكويت، وبحث معه التعاون بين البلدين.",
             "خبر قصير.", PUTIN]
    res = Resources()
    one, many = [], []
    for i, text in enumerate(texts):
        for out, lang in ((one, None), (many, None)):
            doc = Doc(Article(id=f"b{i}", raw_id=f"r{i}", text=text, language="en" if i == 3 else lang))
            SENTENCES.func(doc, res)
            out.append(doc)
    for doc in one:
        NER.func(doc, res)
    NER.batch(many, res)
    assert [d.layer("mention") for d in many] == [d.layer("mention") for d in one]
    assert any(d.layer("mention") for d in many[:2]) and many[3].layer("mention") == []


def test_stage_skips_articles_in_other_languages():
    doc = Doc(Article(id="a2", raw_id="r2", text=PUTIN, language="en"))
    res = Resources()
    SENTENCES.func(doc, res)
    NER.func(doc, res)
    assert doc.layer("mention") == []


def test_bad_input_is_a_clear_error(tagger, tmp_path):
    assert tagger.tag([]) == []
    with pytest.raises(InputError):
        tagger.tag(["بوتين", ""])
    with pytest.raises(InputError):
        tagger.tag_text(None)  # type: ignore[arg-type]
    with pytest.raises(InputError, match="not found"):
        NerModel.load(tmp_path / "nope.npz")
    bogus = tmp_path / "bogus.npz"
    bogus.write_bytes(b"not a zip")
    with pytest.raises(InputError):
        NerModel.load(bogus)


def test_cli_tag_round_trips_the_token_per_line_format():
    sents = [OBAMA.split(), PUTIN.split(), WHO.split()]
    stdin = "\n\n".join("\n".join(s) for s in sents) + "\n"
    out = run_cli("tag", input=stdin.encode("utf-8")).stdout.decode("utf-8")
    lines = out.split("\n")
    in_lines = stdin.split("\n")
    assert len(lines) == len(in_lines)
    for src, got in zip(in_lines, lines):
        if not src:
            assert got == ""  # sentence breaks stay where they were
        else:
            tok, tag = got.split("\t")
            assert tok == src and (tag == "O" or tag[:2] in ("B-", "I-"))
    assert "واشنطن\tB-LOC" in lines and "بوتين\tI-PERS" in lines


def test_cli_tag_reports_a_missing_input_file(tmp_path):
    proc = run_cli("tag", str(tmp_path / "absent.txt"), check=False)
    assert proc.returncode == 1 and "cannot read" in proc.stderr.decode()


def _weights(path: Path) -> tuple[list[str], np.ndarray, np.ndarray]:
    m = NerModel.load(path)
    return m.features, m.weights, m.transitions


def test_training_on_a_slice_is_deterministic(tmp_path):
    from marsad.nlp.ner.train import TrainOptions, train_ner

    data = shared_path("data", "anercorp", "train.txt")
    reports = []
    for name in ("a.npz", "b.npz"):
        opts = TrainOptions(data=data, out=tmp_path / name, limit=80, epochs=2)
        reports.append(train_ner(opts))
    fa, wa, ta = _weights(tmp_path / "a.npz")
    fb, wb, tb = _weights(tmp_path / "b.npz")
    assert fa == fb and np.array_equal(wa, wb) and np.array_equal(ta, tb)
    assert (tmp_path / "a.npz").read_bytes() == (tmp_path / "b.npz").read_bytes()
    assert reports[0].n_train == 57 and reports[0].n_dev == 10 and len(fa) > 1000  # 5 frozen sentences unused


@pytest.mark.slow  # a whole training run (75 s of one core here): `make test-slow`
def test_the_shipped_fast_model_is_what_marsad_train_ner_builds(tmp_path):
    """`marsad train ner` rebuilds the shipped model from ../shared, byte for byte (a model the code can no longer
    build is a model nobody can fix or extend)."""
    from marsad.nlp.ner.model import MODEL_FILE

    shared_path("data", "anercorp", "train.txt")
    out = tmp_path / "fast.zip"
    run_cli("train", "ner", "--profile", "fast", "--out", str(out), "--quiet")
    assert out.read_bytes() == MODEL_FILE.read_bytes()


def test_training_reads_the_knowledge_base_names_the_shipped_model_was_trained_with():
    """The knowledge base grows between model releases; training reads the pinned snapshot, which holds exactly
    the KB flags inside the shipped neural model, so a rebuild does not drift with the KB."""
    from marsad.nlp.ner.lexicon import kb_snapshot
    from marsad.nlp.ner.neural import NeuralModel

    inside = {}
    for word, flags in NeuralModel.load().featurizer.gazetteer.items():
        kb = [f for f in flags.split() if f.startswith("KB")]
        if kb:
            inside[word] = " ".join(kb)
    assert len(inside) > 1000 and kb_snapshot() == inside


def test_a_knowledge_base_snapshot_is_written_the_same_way_every_time(tmp_path):
    from marsad.nlp.ner.lexicon import kb_gazetteer, kb_snapshot, save_kb_snapshot

    live = kb_gazetteer()
    save_kb_snapshot(live, tmp_path / "a.tsv.gz")
    save_kb_snapshot(live, tmp_path / "b.tsv.gz")
    assert (tmp_path / "a.tsv.gz").read_bytes() == (tmp_path / "b.tsv.gz").read_bytes()
    assert kb_snapshot(tmp_path / "a.tsv.gz") == live
    with pytest.raises(InputError, match="refresh-kb"):
        kb_snapshot(tmp_path / "missing.tsv.gz")


def test_cli_trains_a_model_that_marsad_tag_can_use(tmp_path):
    data = shared_path("data", "anercorp", "train.txt")
    lines = data.read_text(encoding="utf-8").split("\n\n")[:60]  # first 60 sentences, read at run time
    small = tmp_path / "small.txt"
    small.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    model = tmp_path / "m.npz"
    run_cli("train", "ner", "--profile", "fast", "--data", str(small), "--out", str(model), "--epochs", "2", "--quiet")
    assert NerModel.load(model).meta["n_train"] == 43  # train blocks only: 8 dev and 4 frozen sentences held out
    out = run_cli("tag", "--model", str(model), input="بوتين\nفي\nموسكو\n".encode()).stdout.decode()
    assert [line.split("\t")[0] for line in out.splitlines()] == ["بوتين", "في", "موسكو"]


@pytest.mark.slow
def test_dev_evaluation_meets_the_floor():
    shared_path("data", "anercorp", "train.txt")
    import importlib.util

    spec = importlib.util.spec_from_file_location("eval_ner", ROOT / "eval" / "eval_ner.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert mod.main([]) == 0


@pytest.mark.slow
def test_an_ensemble_trains_each_seed_as_alone(tmp_path):
    """`marsad train ner --members 2` = the seed-7 model and the seed-8 model side by side, bit for bit."""
    pytest.importorskip("torch")
    pytest.importorskip("gensim")
    from marsad.nlp.ner.neural import NeuralModel
    from marsad.nlp.ner.train_neural import NeuralTrainOptions, train_neural

    data = shared_path("data", "anercorp", "train.txt")
    runs = {}
    for name, members, seed in (("pair", 2, 7), ("seed8", 1, 8)):
        opts = NeuralTrainOptions(data=data, out=tmp_path / f"{name}.zip", limit=120, epochs=2, members=members,
                                  seed=seed, hidden=16)
        runs[name] = train_neural(opts)
    pair, alone = NeuralModel.load(tmp_path / "pair.zip"), NeuralModel.load(tmp_path / "seed8.zip")
    assert pair.n_members == 2 and alone.n_members == 1
    second = pair.member(1)
    assert all(np.array_equal(second[k], v) for k, v in alone.arrays.items())
    assert not np.array_equal(pair.member(0)["out_w"], second["out_w"])  # two seeds, two different models
    assert runs["pair"].n_dev > 0 and 0.0 <= runs["pair"].dev_f1 <= 1.0
    # --no-dev: the dev blocks join the training data, the frozen blocks stay out
    both = train_neural(NeuralTrainOptions(data=data, out=tmp_path / "both.zip", limit=120, epochs=1, hidden=16,
                                           with_dev=True))
    assert both.n_dev == 0 and both.n_train == runs["pair"].n_train + runs["pair"].n_dev
