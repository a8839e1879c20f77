"""The shortcuts the speed work takes must not change what is found (sentences written for these tests).

Each test runs the fast path beside a slow path that skips nothing, or checks the fact a shortcut rests on.
"""

from __future__ import annotations

import random

import pytest

from marsad.models import Article, Doc, Span
from marsad.nlp.events.analysis import Analysis, Sentence
from marsad.nlp.events.coder import CoderOptions
from marsad.nlp.gazetteer import readings, tokenize
from marsad.nlp.kb import load_kb
from marsad.nlp.linking import _Cand, _OverlapIndex

TEXTS = [
    "دعا مجلس التعاون لدول الخليج العربية ومجلس الأمن الدولي إلى وقف القتال في اليمن.",
    "التقى الرئيس الروسي فلاديمير بوتين بنظيره الأمريكي، ثم عاد بوتين إلى موسكو ولبوتين رأي آخر.",
    "وصل الوفد إلى بيونغيانغ ثم غادر بيونج يانج، وقال بلينكين إن أنطوني بلينكن سيزور سيئول.",
    "أعلنت وزارة الخارجية السعودية أن الأمير سعود الفيصل استقبل في جدة وزير خارجية الأردن.",
    "وقالت الأمم المتحدة ومنظمة الصحة العالمية والاتحاد الأوروبي إن المساعدات وصلت إلى عدن وصنعاء.",
    "عبد الله عبد الرحمن عبد العزيز بن عبد الله في عمان والعاصمة عمان ومجلس الوزراء.",
    # two-word names misspelt: found by the skeletons of both words (Gazetteer._may_go_on's fuzzy branch)
    "وقال فلادمير بوتين لوكالة فرنس برس إن بارك أوباما اتصل به من سان مارتين.",
]


class _Everything:
    def __contains__(self, _key: object) -> bool:
        return True


def _matches(g, text: str) -> list[tuple]:
    return [(m.i, m.j, m.start, m.end, m.kind, m.ids, m.fuzzy, m.weak, m.office, m.of) for m in g.find(text)]


@pytest.mark.parametrize("text", TEXTS)
def test_the_gazetteer_finds_the_same_names_when_it_tries_every_token_and_every_length(text):
    from marsad.nlp.gazetteer import Gazetteer

    kb = load_kb()
    fast = Gazetteer(kb)
    slow = Gazetteer(kb)
    slow._exact_prefixes = _Everything()  # read every name to the KB's longest, whatever the first words
    slow._starts = _TryAll()  # try a name (to the end of match_name), an office and a government at every token
    got = _matches(fast, text)
    assert got == _matches(slow, text)
    assert got  # (the sentences name things the shipped KB knows)


class _TryAll(dict):
    def __missing__(self, _token: str) -> tuple:
        return (True, frozenset(), ()), True, True  # a one-word name "possible": match_name always runs


def test_misspelt_two_word_names_are_found():
    # the next token goes on with a fuzzy name only by its skeleton: a shortcut testing exact second words
    # alone would lose these
    from marsad.nlp.gazetteer import Gazetteer

    ids = {i for m in Gazetteer(load_kb()).find(TEXTS[-1]) for i in m.ids}
    assert {"per:vladimir-putin", "org:agence-france-presse", "per:barack-obama", "loc:st-martin"} <= ids


def test_a_name_the_next_token_cannot_go_on_with_is_no_name():
    # Gazetteer._may_go_on spares match_name only where it finds nothing: every token of the texts, of the
    # texts with the gaps glued, and of each text's words paired with every other word
    from marsad.nlp.gazetteer import Gazetteer, Tok

    kb = load_kb()
    g = Gazetteer(kb)
    words = [t.norm for text in TEXTS for t in tokenize(text)]
    seqs = [tokenize(text) for text in TEXTS]
    seqs += [[Tok(t.start, t.end, t.norm) for t in toks] for toks in seqs]
    seqs += [[Tok(0, 1, a), Tok(2, 3, b)] for a in words for b in words[::7]]
    tried = spared = 0
    for toks in seqs:
        text = " " * (toks[-1].end + 1)
        for i, t in enumerate(toks):
            start = g._name_start(t.norm)
            if start is None:
                assert g.match_name(text, toks, i) is None
                continue
            tried += 1
            if not g._may_go_on(start, toks, i):
                spared += 1
                assert g.match_name(text, toks, i) is None, (t.norm, toks[i + 1].norm if i + 1 < len(toks) else None)
    assert tried > spared > 0


def test_every_clitic_reading_of_a_word_ends_in_the_words_last_two_letters():
    # surname coreference passes over the words whose last two letters no surname has
    words = {t.norm for text in TEXTS for t in tokenize(text)}
    words |= {"وللرئيس", "فبالعاصمة", "لل", "ولل", "بال", "كالعادة", "وسيزور", "للناتو", "والصين", "ب"}
    for w in words:
        for v, _k, _art in readings(w):
            assert v[-2:] == w[-2:], (w, v)


def test_surname_mentions_are_the_same_without_the_ending_filter(monkeypatch):
    from marsad.nlp import coref
    from marsad.nlp.linking import link_doc

    text = ("قال فيكتور تشا إن المفاوضات طويلة. وأضاف تشا أن الطرفين يقتربان، ولتشا رأي في الجدول، "
            "وكرر أنطوني بلينكن أن واشنطن ستدعم الحل.")

    def run() -> list[tuple]:
        doc = Doc(Article(id="t", raw_id="t", text=text, published_at="2024-06-19"))
        return [(s.start, s.end, s.data["entity_id"], s.data["source"]) for s in link_doc(doc, load_kb())]

    fast = run()
    real = coref.free_tokens
    original = coref.surname_mentions

    def unfiltered(text, toks, index, taken):  # the slow path: every free token is read, as before the filter
        out = []
        if not index.by_part:
            return out
        for tok in real(toks, taken):
            for v, k, art in readings(tok.norm):
                if art:
                    continue
                eid = index.by_part.get(v) and index.owner_of_part(v)
                if eid:
                    start = coref.raw_skip(text, tok, k) if k else tok.start
                    out.append(coref.Cand(start, tok.end, "PER", eid, "alias"))
                    index.seen(eid)
                    break
        return out

    import marsad.nlp.linking as linking

    monkeypatch.setattr(linking, "surname_mentions", unfiltered)
    slow = run()
    monkeypatch.setattr(linking, "surname_mentions", original)
    assert fast == slow
    assert any(src == "alias" for *_, src in fast)  # the repeated surnames are found


def test_norm_token_in_one_pass_is_normalize_then_the_persian_letters():
    from marsad.arabic import normalize
    from marsad.nlp.translit import _EXTRA_TABLE, norm_token

    chars = [chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF]
    for c in chars:  # both are maps of single characters: agreeing on each is agreeing on every text
        assert norm_token(c) == normalize(c).translate(_EXTRA_TABLE), hex(ord(c))
    text = "وقال گرگین پاشا إنّ الـمؤتمر ﻻ يُعقد في ژنيف ۀ ١٢٣ " * 40  # long: the look-up array path
    assert len(text) > 1000 and norm_token(text) == normalize(text).translate(_EXTRA_TABLE)


FORM_SENTENCES = [
    "وتظاهر الآلاف ضد الحكومة في العاصمة",
    "فتجمع مئات المحتجين أمام البرلمان مطالبين بالإصلاح",
    "اندلعت مظاهرات في نواكشوط أمس",
    "واختطف مسلحون 15 شخصا قرب الحدود",
    "فاحتجزوا أربعة من الشرطة رهائن",
    "وفتح مسلحون النار على الحافلة",
    "ففجر انتحاري نفسه قرب الحاجز",
    "وانتحر جندي في ثكنته",
    "فقتل الفتى نفسه بقنبلة",
    "أطلق النار على نفسه",
    "قتل المسلح خمسة أشخاص ثم انتحر",
    "وصل الوفد إلى الرياض للقاء الوزير",
]


class _NeverDisjoint:
    def isdisjoint(self, _other: object) -> bool:
        return False


@pytest.mark.parametrize("text", FORM_SENTENCES)
def test_the_event_forms_tell_the_same_when_every_word_is_read(text, monkeypatch):
    from marsad.nlp.events import forms
    from marsad.nlp.events.analysis import _tokenize

    norms = [t.norm for t in _tokenize(text) if not t.punct]

    def told() -> tuple:
        return (forms.crowd_massing(norms), forms.abduction(norms), forms.armed_attack(norms),
                forms.self_killing(norms))

    fast = told()
    for name in ("_MASSING_WRITTEN", "_TAKING_WRITTEN", "_ATTACKING_WRITTEN", "_SELF_KILLING_WRITTEN"):
        monkeypatch.setattr(forms, name, _NeverDisjoint())
    assert told() == fast


SPLIT_TEXTS = [*TEXTS, *FORM_SENTENCES, "", " ", "،", "  x  ", "\u064b", "\u064bكتب ـــ", "١٢٫٥ و 3.5 و 10:30",
               "زار الوزيرُ الرياضَ - ثم جدة.\n\nوقال: «نعم»", "http://x.com/a?b=1 مرحبا U.S. O'Brien", "\x01 \x01ب"]


@pytest.mark.parametrize("text", SPLIT_TEXTS)
def test_the_tokenizers_find_by_one_split_what_a_loop_over_the_matches_finds(text):
    from marsad.arabic.tokenize import TOKEN_RE
    from marsad.nlp import gazetteer
    from marsad.nlp.events import analysis
    from marsad.nlp.events import lexicon as L
    from marsad.nlp.ner.lexicon import tokenize as ner_tokenize

    ner = [(t.text, t.start, t.end) for t in ner_tokenize(text)]
    assert ner == [(m.group(), m.start(), m.end()) for m in TOKEN_RE.finditer(text)]

    gaz, prev = [], 0
    for m in gazetteer._TOKEN_RE.finditer(text):
        gap = text[prev:m.start()]
        gaz.append((m.start(), m.end(), gazetteer.norm_token(m.group()), not gap.strip(gazetteer._GLUE),
                    not gap.strip()))
        prev = m.end()
    assert [(t.start, t.end, t.norm, t.glue, t.space) for t in gazetteer._tokenize(text)] == gaz

    events = []
    for m in analysis._FOLDED_TOKEN_RE.finditer(L.fold_in_place(text)):
        norm = m.group().replace("\x01", "")
        events.append((m.start(), m.end(), norm, not norm[:1].isalnum()))
    assert [(t.start, t.end, t.norm, t.punct) for t in analysis._tokenize(text)] == events


class _OpensEverything(dict):
    def __missing__(self, _norm: str) -> bool:
        return True


@pytest.mark.parametrize("text", [
    "قال رئيس بلدية صفاقس إن رئيس بلدية صفاقس ووزير الخارجية ورئيس بلدية صفاقس التقوا.",
    "افتتح رئيس بلدية صفاقس سوقا، ثم زار ورئيس بلدية صفاقس الميناء مع رئيس الوزراء.",
    "لا منصب هنا ولا بلدية.",
])
def test_learned_offices_are_found_the_same_when_every_token_is_tried(text, monkeypatch):
    from marsad.nlp import linking
    from marsad.nlp.learned_roles import LearnedRole, with_learned_roles

    kb = with_learned_roles(load_kb(), [LearnedRole("c1", "Q-mayor", "كريم الهمامي", "mayor", "Q-sfax", "2031-03-03",
                                                    "start", "elected", of_name="صفاقس")])
    toks = tokenize(text)

    def found() -> list[tuple]:
        return [(c.start, c.end, c.entity_id) for c in linking._learned_offices(kb, text, toks, [], "2031-04-11")]

    fast = found()
    assert bool(fast) == ("صفاقس" in text)  # the learned mayor, each time the office is named
    monkeypatch.setattr(linking, "_TitleOpeners", lambda first: _OpensEverything())
    linking._OPENERS.clear()
    assert found() == fast


# Lookups by bisection and kept answers (speed24): the same as the scans they replace.
def _scan(cands: list[_Cand], start: int, end: int) -> list[_Cand]:
    return [g for g in cands if g.start < end and start < g.end]


def _random_cands(rng: random.Random, n: int, tail: int) -> list[_Cand]:
    spans = []
    for _ in range(n):
        s = rng.randrange(0, 300)
        spans.append((s, s + rng.randrange(1, 25)))
    out = [_Cand(s, e, "PER", None, "gaz") for s, e in sorted(spans, key=lambda se: (se[0], -se[1]))]
    for _ in range(tail):  # appended as _merge_ner appends a looked-up NER span: anywhere in the text
        s = rng.randrange(0, 300)
        out.append(_Cand(s, s + rng.randrange(1, 25), "LOC", "x", "ner"))
    return out


def test_overlap_index_is_the_scan():
    rng = random.Random(24)
    for trial in range(400):
        cands = _random_cands(rng, rng.randrange(0, 40), rng.randrange(0, 4) if trial % 2 else 0)
        index = _OverlapIndex(cands)
        for _ in range(30):
            s = rng.randrange(0, 320)
            e = s + rng.randrange(0, 30)
            got = index.overlapping(s, e)
            want = _scan(cands, s, e)
            assert [id(g) for g in got] == [id(g) for g in want], (trial, s, e)


def test_overlap_index_touching_spans():
    # spans that only touch do not overlap; nested and equal spans do
    cands = [_Cand(0, 5, "PER", None, "gaz"), _Cand(5, 9, "PER", None, "gaz"), _Cand(5, 7, "PER", None, "gaz"),
             _Cand(20, 30, "ORG", None, "gaz")]
    index = _OverlapIndex(cands)
    assert index.overlapping(5, 9) == cands[1:3]
    assert index.overlapping(9, 20) == []
    assert index.overlapping(4, 6) == cands[:3]
    assert index.overlapping(0, 100) == cands
    assert _OverlapIndex([]).overlapping(0, 10) == []


def _doc() -> Doc:
    # (own sentences) two sentences, each naming people and places; one name runs across the sentence's end
    text = ("استقبل الوزير خالد سعيد في مدينة جدة الوفد القادم من الرباط. "
            "وبحث الجانبان مع سالم ناصر وعلي حمد في الرياض سبل التعاون بين البلدين.")
    doc = Doc(Article(id="s24", raw_id="r-s24", text=text, published_at="2024-03-02", outlet="test"))
    cut = text.index(".") + 1
    doc.layer("sentence").extend([Span("sentence", 0, cut), Span("sentence", cut + 1, len(text))])
    for surface, label in (("خالد سعيد", "PER"), ("جدة", "LOC"), ("الرباط", "LOC"), ("سالم ناصر", "PER"),
                           ("علي حمد", "PER"), ("الرياض", "LOC")):
        at = text.index(surface)
        doc.layer("mention").append(Span("mention", at, at + len(surface), label,
                                         {"entity_id": "id:" + surface, "name": surface, "source": "test"}))
    return doc


def test_sentence_mentions_by_bisection_are_the_scan():
    a = Analysis(_doc(), CoderOptions())
    assert a.ment_firsts == sorted(a.ment_firsts) and len(a.ments) == 6
    n = len(a.toks)
    for lo in range(n + 1):
        for hi in range(lo, n + 1):
            want = [m for m in a.ments if lo <= m.first and m.last < hi]
            assert Sentence(a, lo, hi, Span("sentence", 0, 0)).ments == want
    # mentions out of order (never made by ``_mentions``): the scan is used
    a.ments = list(reversed(a.ments))
    a.ment_firsts = None
    assert [m.first for m in Sentence(a, 0, n, Span("sentence", 0, 0)).ments] == sorted(
        (m.first for m in a.ments), reverse=True)


def test_short_form_owners_kept_until_a_full_name_is_added():
    from marsad.nlp.coref import NameIndex

    def fresh(index: NameIndex, words: list[str]):
        index._owners.clear()
        return index.owner_of_words(words)

    index = NameIndex()
    index.add_full("p1", ["سالم", "ناصر", "الحربي"], 0)
    asks = [["ناصر", "الحربي"], ["سالم", "الحربي"], ["الحربي"], ["خالد"]]
    for words in asks:
        assert index.owner_of_words(words) == fresh(index, words)
    index.add_full("p2", ["خالد", "سعيد", "الحربي"], 40)
    index.add_full("p2", ["خالد", "سعيد", "الحربي"], 90)  # counted twice: the best owner of "الحربي" may change
    for words in asks:
        index.owner_of_words(words)  # cached, then asked again after the counts changed
        index.seen("p1")
        assert index.owner_of_words(words) == fresh(index, words)
    assert index.owner_of_words(["خالد", "الحربي"]) == "p2"


def test_tokenizer_patterns_split_as_the_alternations_did():
    """The gazetteer's and the event coder's word patterns, written as runs of letters between runs of marks,
    split every text as the one-alternation-a-character patterns did (own text: diacritics, tatweel, joiners,
    deleted marks at the start, inside and at the end of words, digits, underscores, Latin)."""
    import re

    from marsad.arabic.tokenize import splitter
    from marsad.nlp import gazetteer
    from marsad.nlp.events import analysis
    from marsad.nlp.events import lexicon as L

    old_gaz = splitter(re.compile(r"[^\W_](?:[^\W_]|[\u064B-\u065F\u0670\u0640\u06D6-\u06ED\u200c\u200d])*"))
    old_ev = splitter(re.compile(r"(?:[^\W\d_]|\x01)+|\d+(?:[./:\-]\d+)*|[^\w\s\x01]"))
    texts = [
        "قَالَ الوزيــر إنّ المُحادثات في جدة_2024 ستستأنف يوم 3/4 عند السّاعة 10:30، ومعه Jean-Yves.",
        "\u064bأول \u0640\u0640مد كلمة\u064e\u064e و\u200cكتب ١٢٫٥ %ـ _x ــ\u200d ؟!",
        "\x01\x01بدأ\x01 ال\x01مؤتمر \x01 12\x01 a\x01b \x01_ _\x01 \x01\x01",
        "",
    ]
    for text in texts + [L.fold_in_place(t) for t in texts]:
        assert gazetteer._TOKEN_SPLIT_RE.split(text) == old_gaz.split(text)
        assert analysis._FOLDED_SPLIT_RE.split(text) == old_ev.split(text)


def _story_doc(i: int, outlet: str, title: str, text: str) -> Doc:
    return Doc(Article(id=f"a{i}", raw_id=f"r{i}", text=text, title=title, outlet=outlet,
                       url=f"https://{outlet}.example/{i}", published_at="2015-07-21T10:00:00"), {})


# Three outlets count the dead of one blast: the first tells 12, then 15 (it takes no side), the others 15 and 20.
_TOLL_DOCS = [
    (1, "okaz", "مقتل 12 شخصا في انفجار بمدينة الحسكة",
     "قتل 12 شخصا في انفجار سيارة مفخخة وسط مدينة الحسكة صباح اليوم. ثم ارتفع عدد القتلى في انفجار الحسكة إلى 15"
     " شخصا بحسب مصادر طبية."),
    (2, "alriyadh", "مقتل 15 شخصا في انفجار بمدينة الحسكة",
     "قتل 15 شخصا في انفجار سيارة مفخخة وسط مدينة الحسكة صباح اليوم، وأصيب آخرون."),
    (3, "alwatan", "مقتل 20 شخصا في انفجار بمدينة الحسكة",
     "قتل 20 شخصا في انفجار سيارة مفخخة وسط مدينة الحسكة صباح اليوم، وأصيب آخرون."),
]


def test_fact_comparison_asks_once_whether_a_source_states_a_figure(monkeypatch):
    """Whether a source also states a value compatible with a figure is answered once per (source, figure),
    not again for every pair the figure clashes in: the same agreements and disagreements."""
    from marsad.stories import compare as C

    docs = [_story_doc(*d) for d in _TOLL_DOCS]
    sents = C.story_sentences(docs)
    asked = []
    real = C.compatible
    monkeypatch.setattr(C, "compatible", lambda a, b, y: asked.append((a, b)) or real(a, b, y))
    agree, disagree = C.fact_comparison(sents, 2015, C.CompareOptions())
    assert [(a["frame"], a["values"], a["outlets"]) for a in agree] == [("dead", ["15"], ["alriyadh", "okaz"])]
    assert [(d["frame"], [v["value"] for v in d["values"]], d["outlets"]) for d in disagree] == [
        ("dead", ["12", "20"], ["alwatan", "okaz"]), ("dead", ["15", "20"], ["alriyadh", "alwatan", "okaz"])]
    # (the outcome the scan over every value of the source gave for each pair, before the answers were kept)
    assert asked


def test_a_story_view_is_stored_as_the_same_json_without_to_dict():
    """``materialize_step`` hands the view to the store as computed: the store's JSON encodes dataclasses, tuples
    and dict subclasses as ``to_dict`` copies them."""
    from collections import Counter

    from marsad.models import to_dict
    from marsad.store.common import dumps
    from marsad.stories.compare import compare, story_sentences

    docs = [_story_doc(*d) for d in _TOLL_DOCS]
    view = {"comparison": compare(docs), "facts": [q for s in story_sentences(docs) for q in s.facts],
            "pair": ("a", 1), "counts": Counter("أبجد")}
    assert dumps(view) == dumps(to_dict(view))


_DATED = [
    "التقى الوزيران في سبتمبر 2019 لبحث التعاون بين البلدين.",
    "وقعت الحكومتان الاتفاقية وفي أغسطس الماضي زار الوفد العاصمة.",
    "زار الرئيس المدينة في آب الماضي واجتمع بالمسؤولين.",
    "اجتمع القادة بسبتمبر/أيلول 2014 في قمة طارئة.",
    "وصل الوفد يوم الأحد إلى الرياض دون أن يذكر موعد الزيارة.",
    "قال المتحدث إن الاجتماع المقبل سيعقد في الربيع.",
]


@pytest.mark.parametrize("text", _DATED)
def test_date_facts_skip_a_sentence_naming_no_month(text, monkeypatch):
    """``date_facts`` returns at once when no token can be a month, and reads the tokens ``quantities`` found in the
    same folded sentence; the slow path tokenises the sentence afresh and reads every sentence on."""
    from marsad.arabic.normalize import fold_for_search
    from marsad.stories import facts as F

    fast = F.date_facts(text)
    # the tokens quantities found in the very same folded sentence, read again by date_facts (as a story view does)
    folded = fold_for_search(text)
    F.quantities(text, norm=folded)
    assert F._LAST_TOKENS[0] is folded
    assert F.date_facts(text, norm=folded) == fast
    monkeypatch.setattr(F, "_LAST_TOKENS", (None, []))
    monkeypatch.setattr(F, "_MONTH_FORMS", frozenset(F.TOKEN_RE.findall(fold_for_search(text))) | {"\0"})
    assert fast == F.date_facts(text)


def test_every_token_read_as_a_month_is_a_month_form():
    from marsad.stories import facts as F

    words = {p + w for p in ("",) + F.CLITICS + ("ال", "لل", "فب") for w in (*F.MONTHS, *F.NUMBER_WORDS, "ابريل", "ابل")}
    assert {w for w in words if F.MONTHS.get(F._bare(w)) is not None} <= F._MONTH_FORMS


def test_clauses_skip_an_article_whose_folded_text_holds_no_cue_word():
    """``find_clauses`` folds the article once: folding goes letter by letter, so every folded sentence is a piece
    of the folded article, and a cue (plain letters, no anchor) found in none of the article is in no sentence."""
    from marsad.nlp.events import treaties as T

    assert set(T._TREATY_CUE.pattern) - {"|"} <= {chr(c) for c in range(0x0621, 0x064B)}
    text = "وَقَّعَ البلدانِ اتّفاقيةً للتعاونِ في مجالِ الزراعةِ، وتنصُّ على تبادلِ الخبراتِ. وأعلنت الوزارةُ ﻻ تغيير في الموعد."
    rng = random.Random(7)
    for _ in range(300):
        a = rng.randrange(len(text))
        b = rng.randrange(a, len(text) + 1)
        assert T.fold(text[a:b]) in T.fold(text)
    cut = text.index(".") + 1
    sents = [Span("sentence", 0, cut), Span("sentence", cut + 1, len(text))]
    plain = "زار الوزير المدينة وتفقد المشاريع الجديدة. وعاد إلى العاصمة مساء أمس."
    assert T.find_clauses(Doc(Article(id="c1", raw_id="c1", text=plain, title=""),
                              {"sentence": [Span("sentence", 0, 42), Span("sentence", 43, len(plain))]})) == []
    found = T.find_clauses(Doc(Article(id="c2", raw_id="c2", text=text, title=""), {"sentence": sents}))
    assert [(s.label, s.data["area"]) for s in found] == T.clause_kinds(text[:cut]) + T.clause_kinds(text[cut + 1:])
    assert found  # (the cooperation clause of the first sentence)


def test_phrase_finder_is_every_phrase_tried():
    """``learned_roles.phrase_finder`` looks for a phrase only in a text holding its first word: the same answer as
    trying every (date, phrase) of the changed roles, whatever the text and the day."""
    from marsad.nlp.learned_roles import phrase_finder

    words = ["رئيس", "وزير", "الخارجيه", "الداخليه", "ولي", "العهد", "مصر", "السعوديه", "قال", "في", "امس", ""]
    rng = random.Random(11)
    for _ in range(200):
        phrases = [(rng.choice([None, "2015-07-20", "2015-07-21", "2015-07-22"]),
                    " ".join(rng.choice(words) for _ in range(rng.randint(1, 3))).strip())
                   for _ in range(rng.randint(1, 8))]
        found = phrase_finder(phrases)
        for _ in range(5):
            toks = [w for w in (rng.choice(words) for _ in range(rng.randint(0, 12))) if w]
            text = " " + " ".join(toks) + " "
            day = rng.choice(["", "2015-07-19", "2015-07-21", "2015-07-23"])
            assert found(text, day) == any((d is None or day >= d) and f" {p} " in text for d, p in phrases)


def test_treaty_steps_skip_an_article_naming_no_agreement_noun():
    """``find_steps`` returns at once when the folded article holds no agreement noun: every token's folded form is
    a piece of the folded text (marks deleted alike), and a token is an agreement noun only through a piece of it."""
    from marsad.nlp.events import treaty_steps as TS
    from marsad.nlp.events.analysis import _tokenize

    texts = ["وَقَّعَ الطرفانِ اتّفاقيّةً للتجارةِ الحرّةِ، ونصّت معاهدتُهما على خفض الرسوم.",
             "صادق البرلمان على الاتفاقِ النوويّ وعلى بروتوكولِه الإضافيّ أمس.",
             "زار الوزير المدينة وتفقد المشاريع الجديدة ثم عاد إلى العاصمة."]
    for text in texts:
        folded = TS.fold(text)
        toks = _tokenize(text)
        assert all(t.norm in folded for t in toks)
        nouns = [t.norm for t in toks if TS._treaty_noun(t.norm)]
        assert not nouns or not TS._names_no_agreement(text)
        assert all(any(n in t for n in TS.TREATY_NOUNS) for t in nouns)
    assert TS._names_no_agreement(texts[2]) and not TS._names_no_agreement(texts[0])
    doc = Doc(Article(id="t3", raw_id="t3", text=texts[2], title=""), {"sentence": [Span("sentence", 0, len(texts[2]))]})
    assert TS.find_steps(doc) == []
    assert not TS._names_no_agreement("اتفا\x01ق")  # (a text holding the tokenizer's own mark is read in full)


def test_story_sentences_find_their_names_when_first_read():
    """The name sets of a story's sentences are found when ``distinct_quantities`` first reads them: the same sets
    as finding them for every sentence up front (the story's pattern over each article, its lead, each figure's
    sentence)."""
    from marsad.arabic.normalize import fold_for_search
    from marsad.stories import compare as C

    docs = []
    for i, outlet, title, text in _TOLL_DOCS:
        ments = [Span("mention", k, k + len(w), label) for w, label in (("الحسكة", "LOC"), ("مصادر طبية", "ORG"))
                 for k in [text.find(w)] if k >= 0]
        docs.append(Doc(Article(id=f"a{i}", raw_id=f"r{i}", text=text, title=title, outlet=outlet,
                                url=f"https://{outlet}.example/{i}", published_at="2015-07-21T10:00:00"),
                        {"mention": ments}))
    sents = C.story_sentences(docs)
    assert all(s.story_names is not None and not s.article_names for s in sents)  # (nothing found yet)
    pattern = C._name_matcher(docs)
    for s in sents:
        doc = next(d for d in docs if d.article.id == s.article_id)
        lead = next(t.text for t in sents if t.article_id == s.article_id and not t.title)
        s.story_names.fill(s)
        assert s.story_names is None
        assert s.article_names == C._names(pattern, doc.article.title + "\n" + doc.text) == {"الحسكه", "مصادر طبيه"} \
            or s.article_names == C._names(pattern, doc.article.title + "\n" + doc.text) == {"الحسكه"}
        assert s.lead_names == C._names(pattern, lead)
        assert s.names == (C._names(pattern, fold_for_search(s.text), folded=True) if s.facts else frozenset())
    assert any(s.names for s in sents)


@pytest.mark.parametrize("text", [
    "أعلنت الوزارة اليوم افتتاح المستشفى الجديد في المدينة.",
    "قال د.",
    "1.",
    "وصل الوفد إلى «العاصمة.",
    "زار الرئيس (المعرض.",
    "التقى الأمير بالسفير الأمريكي U.S.",
    " بدأ الاجتماع.",
    "بدأ الاجتماع. ثم انتهى.",
    "هل انتهى الاجتماع؟ نعم.",
    "بدأ الاجتماع\nوانتهى.",
    "انتهى الاجتماع...",
    "مرحبا",
    "",
])
def test_one_sentence_is_what_the_splitter_says(text):
    """``one_sentence`` (the story view's shortcut past the splitter) is never True where ``split_sentences`` would
    give anything but the whole text."""
    from marsad.arabic.sentences import one_sentence, split_sentences

    if one_sentence(text):
        assert split_sentences(text) == [(0, len(text))]
    rng = random.Random(len(text))
    pieces = TEXTS + [text]
    for _ in range(50):  # (random pieces of the tests' sentences, each ended by a period)
        t = rng.choice(pieces)
        a = rng.randrange(len(t) + 1)
        piece = t[a:a + rng.randrange(1, 60)] + "."
        if one_sentence(piece):
            assert split_sentences(piece) == [(0, len(piece))]


# -- events coder (speed29) -------------------------------------------------------------------------------------------

EVENT_TEXTS = [
    "تظاهر مئات الطلاب أمام مبنى الوزارة احتجاجا على رفع الرسوم، وهتفوا ضد القرار.",
    "قصفت الطائرات مواقع للمسلحين شمال المدينة فقتلت عشرة منهم وأصابت آخرين.",
    "وقال المتحدث باسم الحكومة إن الوزير سيزور العاصمة الأسبوع المقبل لبحث التعاون.",
    "واختطف مجهولون مهندسين اثنين قرب الحدود، واتهمت الشرطة جماعة مسلحة بالهجوم.",
    "فاز الفريق على منافسه بهدفين، واحتفل المشجعون بالفوز في الشوارع حتى الصباح.",
    "وللمرة الأولى وقعت الدولتان اتفاقا للتبادل التجاري، ورحبت به بلدانهما وشعوبهما.",
]


def _stems_one_clitic_at_a_time(norm: str) -> tuple:
    """``analysis.stems`` as it was written before speed29: every clitic tried in turn."""
    out = [("", norm)]
    for p in ("و", "ف"):
        if norm.startswith(p) and len(norm) > 3:
            out.append((p, norm[1:]))
    for pre, s in list(out):
        for p in ("ب", "ل", "ك", "س"):
            if s.startswith(p) and len(s) > 3:
                out.append((pre + p, s[1:]))
    for pre, s in list(out):
        if s.startswith("ال") and len(s) > 4:
            out.append((pre + "ال", s[2:]))
        elif s.startswith("ل") and pre.endswith("ل") and len(s) > 3:
            out.append((pre + "ال", s[1:]))
    res = [(p, s, "") for p, s in out]
    for p, s in out:
        for suf in ("هما", "ها", "هم", "ه"):
            if s.endswith(suf) and len(s) - len(suf) >= 3:
                res.append((p, s[: -len(suf)], suf))
                break
    return tuple(res)


def test_stems_by_one_letter_test_are_every_clitic_tried():
    from marsad.nlp.events.analysis import _tokenize, stems

    words = {t.norm for text in EVENT_TEXTS for t in _tokenize(text)}
    rnd = random.Random(29)
    letters = "وفبلكساهمتني"
    words |= {"".join(rnd.choice(letters) for _ in range(rnd.randint(0, 9))) for _ in range(30_000)}
    words |= {"", "و", "ال", "لل", "ولل", "فبال", "هما", "ها", "هم", "ه", "كتبهما", "وللهم", "سالها"}
    for w in words:
        assert stems.__wrapped__(w) == _stems_one_clitic_at_a_time(w), w


def _fresh_lexicon():
    from marsad.nlp.events import lexicon as L

    return L.Lexicon(entries=L.load_lexicon(True).entries)  # the same entries, nothing cached yet


def test_trigger_words_are_the_words_with_a_reading_cold_and_warm():
    from marsad.nlp.events.analysis import _tokenize, stems

    lex = _fresh_lexicon()
    words = [{t.norm for t in _tokenize(text)} for text in EVENT_TEXTS]
    for _round in range(2):  # cold (worked out), then warm (from the cache)
        held = 0
        for w in words:
            found = lex.trigger_words(set(w), stems)
            assert found == {n for n in w if lex.readings(n, stems)}
            held += bool(found)
        assert held >= 4  # (most of the texts hold a trigger)
    assert lex._triggers == {n for n, r in lex._readings.items() if r}


def test_article_cue_types_give_each_sentence_its_cue_types():
    """The detector's kinds of a sentence: the union of the types of the article's typed words among the sentence's
    words is ``sentence_cue_types``, and ``_cue_types``'s shortcut for a word with no reading changes no answer."""
    from marsad.nlp.events import detect as D
    from marsad.nlp.events import lexicon as L
    from marsad.nlp.events.analysis import _tokenize, stems

    lex = _fresh_lexicon()
    sentences = [[t.norm for t in _tokenize(text) if not t.punct] for text in EVENT_TEXTS]
    article = D.article_cue_types({n for s in sentences for n in s}, lex)
    assert article
    for norms in sentences:
        fast = set().union(*map(article.__getitem__, article.keys() & norms)) if article else set()
        assert fast == D.sentence_cue_types(norms, lex)
    assert D.article_cue_types(set(sentences[0]), lex) == {n: t for n, t in article.items() if n in sentences[0]}

    def slow(norm: str) -> frozenset:
        forms = {norm, *(s for _p, s, _suf in stems(norm))}
        plovers = {x.plover for _p, _s, _f, x in lex.readings(norm, stems)}
        return frozenset(t for t in D.DETECTED_TYPES
                         if not forms.isdisjoint(L.DETECTOR_CUES.get(t, frozenset())) or t in plovers)

    cues = [w for t in D.DETECTED_TYPES for w in L.DETECTOR_CUES.get(t, ())]
    words = {n for s in sentences for n in s} | set(cues) | {p + w for w in cues for p in ("و", "بال", "ل", "فس")}
    words |= {w + s for w in cues for s in ("ها", "هم")} | set(list(lex.entries)[:3000])
    for w in words:
        assert D._cue_types(w, lex) == slow(w), w


def test_lexicon_readings_skip_a_word_whose_stems_are_no_entry():
    """``Lexicon.readings`` answers () at once when no stem of the word is an entry: the same readings as looking
    each stem up, for the entries themselves, with clitics and pronouns, and for other words."""
    from marsad.nlp.events.analysis import _tokenize, stems

    lex = _fresh_lexicon()
    keys = list(lex.entries)[::7]
    words = set(keys) | {p + k for k in keys[:2000] for p in ("و", "فب", "لل", "وال", "س")}
    words |= {k + s for k in keys[:2000] for s in ("ه", "ها", "هما")}
    words |= {t.norm for text in EVENT_TEXTS for t in _tokenize(text)}
    for w in words:
        slow = tuple((p, st, suf, e) for p, st, suf in stems(w) for e in lex.entries.get(st, ()))
        assert lex.readings(w, stems) == slow, w
    assert sum(1 for w in words if lex.readings(w, stems)) > len(keys)


class _ReadAll(frozenset):
    """A word set that never says it is disjoint from a sentence: every sentence is read word by word."""

    def isdisjoint(self, _other: object) -> bool:
        return False


OTHER_SENSE_SENTENCES = [
    "لقي ثلاثة جنود مصرعهم بعد أن تحطمت طائرة تدريب عسكرية في الصحراء.",
    "وتحطمت مروحيتهم قرب القاعدة، ولم تعلن أي جهة مسؤوليتها.",
    "أقدم رجل على قتل ابنه ثم أطلق النار على زوجته في القرية.",
    "قام الشاب بقتل شقيقه بعد خلاف على الأرض.",
    "أطلق المحتفلون الرصاص في الهواء فأصيب طفل بجروح.",
    "أطلقوا النار في الهواء لتفريق المتظاهرين أمام المبنى.",
    "قصفت المدفعية مواقع المسلحين وقتلت عشرين منهم.",
    "سقطت قذيفة على سوق شعبي وسقوط طائرة مسيرة في الحقل.",
]


@pytest.mark.parametrize("text", OTHER_SENSE_SENTENCES + EVENT_TEXTS)
def test_other_sense_types_the_same_when_every_word_is_read(text, monkeypatch):
    from marsad.nlp.events import checks as K
    from marsad.nlp.events.analysis import _tokenize

    norms = [t.norm for t in _tokenize(text) if not t.punct]
    fast = (K.other_sense_types(norms), K._kin_killed(norms))
    monkeypatch.setattr(K, "_CRASHED", _ReadAll(K._CRASHED))
    monkeypatch.setattr(K, "_KIN", _ReadAll(K._KIN))
    assert (K.other_sense_types(norms), K._kin_killed(norms)) == fast


def test_no_word_of_a_crash_ends_as_noun_base_makes_words():
    from marsad.nlp.events import checks as K

    assert not any(w.endswith("ه") for w in K._CRASHED)  # _noun_base changes a word only into one ending in ه
    assert all(K._noun_base(w) == w for w in K._CRASHED)


def test_stem_counts_and_content_stems_read_the_word_cache_as_content_term_says(monkeypatch):
    from collections import Counter

    from marsad.arabic.normalize import fold_for_search
    from marsad.stories import features as F

    texts = TEXTS + ["وفي الرياض والرياض، قال إنه لن يعود إلى الرياض في هذا العام ولا في عام 2015."]
    for round_ in range(2):  # cold, then every word already in the cache
        for text in texts:
            words = F.WORD_RE.findall(fold_for_search(text))
            slow = [s for s in map(F.content_term, words) if s is not None]
            assert F.content_stems(text) == slow
            assert list(F.stem_counts(text).items()) == list(Counter(slow).items())
    monkeypatch.setattr(F, "_TERMS", F.WordTable(F.content_term, 500_000, {w: None for w in range(500_000)}))  # full: emptied at the next word
    assert F.content_stems(TEXTS[0]) == [s for s in map(F.content_term, F.WORD_RE.findall(fold_for_search(TEXTS[0])))
                                         if s is not None]
    assert len(F._TERMS) < 100


def test_the_word_keys_of_a_contact_are_its_words_terms(monkeypatch):
    from marsad.arabic.normalize import fold_for_search
    from marsad.stories import contacts as C
    from marsad.stories.features import WORD_RE, term_of

    for text in TEXTS:
        words = set(WORD_RE.findall(fold_for_search(text)))
        for _ in range(2):  # made, then read
            assert set(map(C._WORD_KEYS.__getitem__, words)) == {"w:" + term_of(w) for w in words}
    title, lead = TEXTS[1][:40], TEXTS[1]
    named = C.headline_contact(title, lead).named
    assert {"w:" + term_of(w) for w in WORD_RE.findall(fold_for_search(title + " " + lead))} <= named
    monkeypatch.setattr(C, "_WORD_KEYS", C.WordTable(C._word_key, 200_000, {str(i): "" for i in range(200_000)}))  # full: emptied
    assert C.headline_contact(title, lead).named == named and len(C._WORD_KEYS) < 100
