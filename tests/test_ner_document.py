"""The NER document pass (document.py): an article's names tagged alike across its sentences (issue 11).

The rules are checked on emission scores written by hand (what the tagger would be sure or unsure of), the
article-level behaviour on the shipped model with an article of our own.
"""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from conftest import shared_path
from marsad.arabic.stages import SENTENCES
from marsad.models import Article, Doc
from marsad.nlp.ner import NER, load_tagger
from marsad.nlp.ner.document import PIECE, consistent_paths, marginals_many
from marsad.nlp.ner.perceptron import TAGS, transition_mask, viterbi_many
from marsad.pipeline.stage import Resources

TRANS = transition_mask(TAGS)  # no learned preference: only BIO's rule


def sentence(words: str, scores: dict[int, dict[str, float]]) -> tuple[list[str], np.ndarray]:
    """Tokens and emission scores: -5 for every tag, O 3 unless ``scores`` says otherwise at a position."""
    toks = words.split()
    em = np.full((len(toks), len(TAGS)), -5.0)
    em[:, 0] = 3.0
    for i, row in scores.items():
        em[i, 0] = -5.0
        for tag, value in row.items():
            em[i, TAGS.index(tag)] = value
    return toks, em


def tag_doc(*sents: tuple[list[str], np.ndarray]) -> tuple[list[list[str]], list[list[str]]]:
    """(each sentence alone, after the document pass) of one document."""
    words, ems = [s[0] for s in sents], [s[1] for s in sents]
    alone = viterbi_many(ems, TRANS)
    doc = consistent_paths([list(range(len(sents)))], words, ems, TRANS, alone, TAGS)
    return [[TAGS[k] for k in p] for p in alone], [[TAGS[k] for k in p] for p in doc]


def test_a_family_name_alone_is_the_person_named_in_full():
    full = sentence("استقبل الوزير سامر الحداد ضيفه", {2: {"B-PERS": 8}, 3: {"I-PERS": 8}})
    bare = sentence("وقال الحداد إن الزيارة ناجحة", {1: {"O": 1, "B-PERS": 0}})
    clitic = sentence("وشكر الضيف للحداد", {2: {"O": 2, "B-PERS": 0}})
    alone, doc = tag_doc(full, bare, clitic)
    assert alone[1][1] == "O" and alone[2][2] == "O"
    assert doc[1] == ["O", "B-PERS", "O", "O", "O"] and doc[2] == ["O", "O", "B-PERS"]
    assert doc[0] == alone[0]


def test_a_name_takes_the_type_of_its_surer_context():
    sure = sentence("بالتنسيق مع الويبو", {2: {"B-ORG": 6}})
    unsure = sentence("رفع التقارير إلى الويبو", {3: {"B-LOC": 1, "B-ORG": 0.5, "O": 0}})
    alone, doc = tag_doc(sure, unsure)
    assert alone[1][3] == "B-LOC" and doc[1][3] == "B-ORG"


def test_a_confident_decision_is_not_undone():
    org = sentence("بالتنسيق مع الويبو", {2: {"B-ORG": 3}})
    loc = sentence("رفع التقارير إلى الويبو", {3: {"B-LOC": 9}})
    alone, doc = tag_doc(org, loc)
    assert doc == alone


def test_a_word_sure_to_be_no_name_somewhere_is_not_tagged_elsewhere():
    name = sentence("زار الأسد المدينة", {1: {"B-PERS": 4}})
    animal = sentence("رأى الحارس الأسد في القفص", {2: {"O": 6, "B-PERS": 0}})
    unsure = sentence("وكان الأسد جائعا", {1: {"O": 1, "B-PERS": 0.5}})
    alone, doc = tag_doc(name, animal, unsure)
    assert doc == alone
    # without the sure "no name" sentence the unsure one follows the name
    assert tag_doc(name, unsure)[1][1][1] == "B-PERS"


def test_no_name_is_cut_out_of_a_longer_entity_of_another_type():
    country = sentence("سافر الوفد إلى السعودية", {3: {"B-LOC": 6}})
    airline = sentence("أعلنت الخطوط السعودية عن رحلات", {1: {"B-ORG": 2}, 2: {"I-ORG": 1.5, "B-LOC": 1.4}})
    alone, doc = tag_doc(country, airline)
    assert alone[1][1:3] == ["B-ORG", "I-ORG"] and doc == alone


def test_a_persons_name_is_not_cut_to_the_family_name():
    bare = sentence("وقال الشمراني إن الموسم صعب", {1: {"B-PERS": 6}})
    full = sentence("وأكد علي الشمراني أن الفريق جاهز", {1: {"B-PERS": 1}, 2: {"I-PERS": 0.6, "B-PERS": 0.5}})
    alone, doc = tag_doc(bare, full)
    assert alone[1][1:3] == ["B-PERS", "I-PERS"] and doc == alone


def test_an_everyday_adjective_is_no_name_alone():
    country = sentence("وصل الوفد إلى السعودية أمس", {3: {"B-LOC": 6}})
    adjective = sentence("تحتاج الشركات الكفاءات السعودية المدربة", {3: {"O": 1, "B-LOC": 0.5}})
    alone, doc = tag_doc(country, adjective)
    assert doc == alone
    # a place name that is no adjective follows its surer context
    place = sentence("وصل الوفد إلى الأحساء أمس", {3: {"B-LOC": 6}})
    again = sentence("تحتاج الشركات في الأحساء المدربة", {3: {"O": 1, "B-LOC": 0.5}})
    assert tag_doc(place, again)[1][1][3] == "B-LOC"


def test_a_title_at_the_end_of_a_rulers_name_is_no_person_alone():
    # the tagger runs the name on into the title of «سلطان بروناي»; the «السلطان» before the name is no person
    full = sentence("هنأ الأمير حسن بلقيه سلطان بروناي شعبه",
                    {2: {"B-PERS": 8}, 3: {"I-PERS": 8}, 4: {"I-PERS": 6}, 5: {"B-LOC": 8}})
    title = sentence("وأرسل السلطان برقية تهنئة", {1: {"O": 1, "B-PERS": 0.5}})
    alone, doc = tag_doc(full, title)
    assert alone[1][1] == "O" and doc == alone


def test_a_family_name_that_is_also_a_title_word_is_the_person_alone():
    # «مساعد», «القاضي», «آل الشيخ» are family names after a given name; alone later they are the person
    for full, name, bare, at in (("أشاد المدرب بأداء طارق مساعد أمس", (3, 5), "وسجل مساعد هدفين في المباراة", 1),
                                 ("كرمت البلدية المهندسة نوال القاضي", (3, 5), "وتسلمت القاضي درعا تذكاريا", 1),
                                 ("التقى الوفد بالشيخ عبدالرحمن آل الشيخ", (3, 6), "وأكد آل الشيخ أهمية التعاون", 2)):
        scores = {k: {("B-PERS" if k == name[0] else "I-PERS"): 8} for k in range(*name)}
        alone, doc = tag_doc(sentence(full, scores), sentence(bare, {at: {"O": 1, "B-PERS": 0}}))
        assert alone[1][at] == "O" and doc[1][at] == "B-PERS", full


def test_a_title_the_name_runs_on_into_before_its_genitive_is_no_person_alone():
    # the tagger runs the name on into «ولي» of «ولي العهد»; «ولي» alone elsewhere is no person
    full = sentence("بايع الحضور الأمير فهد بن خالد ولي العهد",
                    {3: {"B-PERS": 8}, 4: {"I-PERS": 8}, 5: {"I-PERS": 8}, 6: {"I-PERS": 6}})
    title = sentence("وألقى ولي العهد كلمة", {1: {"O": 1, "B-PERS": 0}})
    alone, doc = tag_doc(full, title)
    assert alone[1][1] == "O" and doc == alone


def test_a_name_is_not_blocked_by_a_titles_letters_nor_read_as_a_currency():
    # «الزير» is no «وزير» without its first letter; «يوانا» is a given name, no yuan («يوان») in the accusative
    hero = sentence("روى الحكواتي سيرة سالم الزير للأطفال", {3: {"B-PERS": 8}, 4: {"I-PERS": 8}})
    bare = sentence("وانتصر الزير في الحكاية", {1: {"O": 1, "B-PERS": 0}})
    alone, doc = tag_doc(hero, bare)
    assert alone[1][1] == "O" and doc[1][1] == "B-PERS"
    sure = sentence("غنت يوانا في الحفل", {1: {"B-PERS": 8}})
    again = sentence("وصفق الجمهور طويلا ليوانا", {3: {"O": 1, "B-PERS": 0}})
    alone, doc = tag_doc(sure, again)
    assert alone[1][3] == "O" and doc[1][3] == "B-PERS"


def test_a_person_named_surely_in_full_is_not_retyped_by_less_sure_readings():
    # «نبيل حداد» is a person (a given name first), read surely once and as an organisation, less surely, thrice
    sure = sentence("التقى الوزير نبيل حداد أمس", {2: {"B-PERS": 6}, 3: {"I-PERS": 6}})
    weak = [sentence(f"{v} نبيل حداد {w}", {1: {"B-ORG": 1, "B-PERS": 0.8}, 2: {"I-ORG": 1, "I-PERS": 0.8}})
            for v, w in (("وصرح", "للصحفيين"), ("وأوضح", "ذلك"), ("وختم", "كلمته"))]
    words, ems = [s[0] for s in (sure, *weak)], [s[1] for s in (sure, *weak)]
    alone = viterbi_many(ems, TRANS)
    doc = consistent_paths([[0, 1, 2, 3]], words, ems, TRANS, alone, TAGS, given=frozenset({"نبيل"}))
    assert [TAGS[p[1]] for p in alone[1:]] == ["B-ORG"] * 3
    assert [[TAGS[k] for k in p[1:3]] for p in doc[1:]] == [["B-PERS", "I-PERS"]] * 3


def test_the_tagger_gives_the_document_pass_its_given_names():
    tagger = load_tagger()
    if getattr(tagger, "partner", None) is None:
        pytest.skip("no perceptron partner")
    assert {"سامر", "خالد", "ماجد"} <= tagger._given() and "ريال" not in tagger._given()


def test_the_head_noun_of_a_place_name_is_no_place_alone():
    # «كورنيش ينبع» tagged as two places once; a bare «كورنيش» elsewhere stays a common noun
    sure = sentence("تنزه الزوار على كورنيش ينبع مساء", {3: {"B-LOC": 6}, 4: {"B-LOC": 8}})
    bare = sentence("افتتح كورنيش جديد في ينبع", {1: {"O": 1, "B-LOC": 0.5}, 4: {"B-LOC": 8}})
    alone, doc = tag_doc(sure, bare)
    assert alone[1][1] == "O" and doc == alone


def test_a_currency_is_no_name_to_spread():
    sure = sentence("دفع المشتري خمسين ريالا نقدا", {3: {"B-MISC": 6}})
    unsure = sentence("وارتفع السعر إلى ستين ريالا", {4: {"O": 1, "B-MISC": 0.5}})
    alone, doc = tag_doc(sure, unsure)
    assert alone[1][4] == "O" and doc == alone


def test_a_clubs_name_is_not_made_a_person_by_one_surer_reading():
    # one sure PERS reading of the club («مهاجم ريال بيتيس») against two less sure ORG readings of it
    person = sentence("تعاقد النادي مع مهاجم ريال بيتيس", {4: {"B-PERS": 6}, 5: {"I-PERS": 6}})
    club = [sentence(f"{v} ريال بيتيس {w}", {1: {"B-ORG": 1, "B-PERS": 0.8}, 2: {"I-ORG": 1, "I-PERS": 0.8}})
            for v, w in (("فاز", "أمس"), ("وخسر", "مرتين"))]
    alone, doc = tag_doc(person, *club)
    assert [a[1] for a in alone[1:]] == ["B-ORG", "B-ORG"]
    assert [d[1:3] for d in doc[1:]] == [["B-ORG", "I-ORG"], ["B-ORG", "I-ORG"]]


def test_a_long_sentence_changes_only_around_its_names():
    # a text without punctuation: one sentence of many pieces; the family name comes back in the third piece
    filler = " ".join(["كلمة"] * (PIECE - 3))
    words = f"استقبل الوزير سامر الحداد {filler} وقال الحداد إن {filler} {filler} انتهى"
    n = len(words.split())
    scores = {2: {"B-PERS": 8}, 3: {"I-PERS": 8}, PIECE + 2: {"O": 1, "B-PERS": 0}, n - 5: {"B-LOC": 2}}
    toks, em = sentence(words, scores)
    alone, doc = tag_doc((toks, em))
    assert n > 2 * PIECE and alone[0][PIECE + 2] == "O" and doc[0][PIECE + 2] == "B-PERS"
    assert [t for k, t in enumerate(doc[0]) if k != PIECE + 2] == [t for k, t in enumerate(alone[0]) if k != PIECE + 2]


def test_marginals_are_those_of_every_path():
    rng = np.random.default_rng(5)
    trans = TRANS + np.vstack([rng.normal(0, 1, (len(TAGS), len(TAGS))), rng.normal(0, 1, len(TAGS))])
    ems = [rng.normal(0, 2, (n, len(TAGS))) for n in (1, 4, 3)]
    for em, marg in zip(ems, marginals_many(ems, trans)):
        exact = np.zeros_like(em)
        for path in itertools.product(range(len(TAGS)), repeat=len(em)):
            s = trans[-1, path[0]] + sum(em[i, t] for i, t in enumerate(path))
            s += sum(trans[a, b] for a, b in zip(path, path[1:]))
            if s > -1e8:
                exact[np.arange(len(em)), path] += np.exp(s)
        assert np.allclose(marg, exact / exact.sum(axis=1, keepdims=True), atol=1e-9)
    long = rng.normal(0, 3, (2 * PIECE + 7, len(TAGS)))
    (marg,) = marginals_many([long], trans)
    assert marg.shape == long.shape and np.allclose(marg.sum(axis=1), 1) and np.isfinite(marg).all()


# An article of our own: the minister named in full once, then by his family name alone.
ARTICLE = ("استقبل وزير الخارجية الأردني أيمن الصفدي في عمان نظيره البرتغالي يوم الأحد.\n"
           "وبحث الصفدي مع ضيفه سبل تعزيز التعاون بين البلدين.\n"
           "ونقل بيان للوزارة عن الصفدي قوله إن المحادثات كانت مثمرة.")


def test_an_article_tags_the_family_name_in_every_sentence():
    tagger = load_tagger(profile="accurate")
    found = [(ARTICLE[s.start : s.end], s.label) for s in tagger.tag_text(ARTICLE)]
    assert found.count(("الصفدي", "PER")) == 2 and ("أيمن الصفدي", "PER") in found
    doc = Doc(Article(id="d1", raw_id="r1", text=ARTICLE))
    res = Resources()
    SENTENCES.func(doc, res)
    NER.func(doc, res)
    assert [(ARTICLE[m.start : m.end], m.label) for m in doc.layer("mention")] == found


def test_the_fast_profile_tags_each_sentence_alone():
    tagger = load_tagger(profile="fast")
    sents = [s.split() for s in ARTICLE.replace(".", " .").split("\n")]
    assert tagger.tag_documents([sents, sents[:1]]) == [tagger.tag_many(sents), tagger.tag_many(sents[:1])]


def test_the_document_pass_does_not_lose_on_anercorp_dev():
    import importlib.util

    from conftest import ROOT

    shared_path("data", "anercorp", "train.txt")
    spec = importlib.util.spec_from_file_location("eval_ner", ROOT / "eval" / "eval_ner.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    from marsad.nlp.ner.conll import DEV_BLOCKS, block_of, read_conll, score, split_blocks

    sents = read_conll(mod.DATA)
    dev = split_blocks(sents).dev
    docs = mod.documents([b for b in block_of(sents) if b in DEV_BLOCKS], "20")
    assert sorted(i for d in docs for i in d) == list(range(len(dev))) and max(map(len, docs)) == 20
    tagger = load_tagger(profile="accurate")
    words, gold = [[w for w, _ in s] for s in dev], [[t for _, t in s] for s in dev]
    pred = [[] for _ in dev]
    for doc, tags in zip(docs, tagger.tag_documents([[words[i] for i in d] for d in docs])):
        for i, t in zip(doc, tags):
            pred[i] = t
    alone = score(gold, tagger.tag_many(words)).prf()[2]
    assert score(gold, pred).prf()[2] >= alone + 0.002


@pytest.mark.parametrize("text", ["", "خبر قصير بلا أسماء."])
def test_texts_without_names_or_words(text):
    assert load_tagger(profile="accurate").tag_text(text) == []
