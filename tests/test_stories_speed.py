"""The story steps' shortcuts and caches give what the plain computation gives (issue 18: cheaper, same output)."""

from __future__ import annotations

import math
import random
from collections import Counter

from marsad.arabic.normalize import fold_for_search
from marsad.models import Span
from marsad.stories import features as F
from marsad.stories.compare import Sent
from marsad.stories.digest import extractive_summary
from marsad.stories.facts import date_facts, quantities


def _plain_mask(text: str, spans: list[Span]) -> str:
    chars = list(text)
    for s in spans:
        chars[s.start:s.end] = " " * (s.end - s.start)
    return "".join(chars)


def test_mask_blanks_overlapping_and_nested_names_as_before():
    text = "التقى وزير الخارجية عبد الله الراشد نظيره في مدينة الرياض صباح اليوم"
    spans = [Span("mention", 6, 19), Span("mention", 12, 35), Span("mention", 20, 28), Span("mention", 51, 57),
             Span("mention", 51, 57), Span("mention", 0, 0)]
    masked = F.mask(text, spans)
    assert masked == _plain_mask(text, spans)
    assert len(masked) == len(text) and "الراشد" not in masked and "الرياض" not in masked and masked.startswith("التقى ")
    assert F.mask(text, []) == text
    rng = random.Random(7)
    for _ in range(200):
        spans = [Span("mention", a, a + rng.randint(0, 12)) for a in (rng.randint(0, len(text) - 12) for _ in range(4))]
        assert F.mask(text, spans) == _plain_mask(text, spans)


def _loop_dot(a: dict[str, float], b: dict[str, float]) -> float:
    """The products of the shared keys in a's order, summed by sum() as dot() sums them (Python 3.12's sum() of
    floats rounds otherwise than a += loop; both sides of the comparison use it)."""
    if len(a) > len(b):
        a, b = b, a
    return sum((v * b[k] for k, v in a.items() if k in b), 0.0)


def test_dot_and_cosine_give_the_same_floats_as_the_loop():
    rng = random.Random(3)
    words = [f"w{i}" for i in range(60)]
    for _ in range(300):
        a = {w: rng.random() for w in rng.sample(words, rng.randint(0, 25))}
        b = {w: rng.random() * 3 for w in rng.sample(words, rng.randint(0, 25))}
        assert F.dot(a, b) == _loop_dot(a, b)  # bit for bit: story scores are compared with thresholds
        if a and b and _loop_dot(a, b):
            na, nb = math.sqrt(sum(v * v for v in a.values())), math.sqrt(sum(v * v for v in b.values()))
            assert F.cosine(a, b) == _loop_dot(a, b) / (na * nb)
    assert F.dot({}, {"x": 1.0}) == 0.0 and F.cosine({"x": 1.0}, {"y": 1.0}) == 0.0


def test_cached_word_and_name_answers_match_a_fresh_computation():
    text = "وقال المتحدث باسم الهيئة إن فرق الإنقاذ والإطفاء وصلت إلى الموقع، وإن الحريق أتى على مستودعات الشركة"
    first = F.content_stems(text), F.stem_counts(text)
    names = ["وكالة الأنباء الوطنية", "صحيفة المساء", "نهر الفرات", "الريال", "سليمان البدري", "المملكة"]
    answers = [(F.entity_rarity(n), F.is_media_name(n), F.identifying_name(n), F._name_key(n)) for n in names]
    F._TERMS.clear()
    for cached in (F.entity_rarity, F.is_media_name, F.identifying_name, F._name_key):
        cached.cache_clear()
    assert (F.content_stems(text), F.stem_counts(text)) == first
    assert [(F.entity_rarity(n), F.is_media_name(n), F.identifying_name(n), F._name_key(n)) for n in names] == answers
    # the per-word rule, spelled out: stopwords out, then the matching key if it is still a content word
    stops = F.stopwords()
    words = F.WORD_RE.findall(fold_for_search(text))
    plain = [s for w in words if w not in stops for s in [F.term_of(w)] if len(s) >= 2 and s not in stops]
    assert F.content_stems(text) == plain and F.stem_counts(text) == Counter(plain)
    assert F.content_stems(text, keep_stopwords=True) == [s for w in words if len(s := F.term_of(w)) >= 2]
    assert answers[0][1] and answers[1][1] and not answers[4][1]  # agencies and papers are credits, a person is not
    assert not answers[3][2]  # a currency identifies no event


def test_sentences_without_numbers_or_event_words_have_no_facts_and_the_others_keep_theirs():
    assert quantities("وأكد المسؤول أن العمل مستمر في المشروع دون توقف") == []
    assert date_facts("وأكد المسؤول أن العمل مستمر في المشروع دون توقف منذ سبتمبر 2019") == []  # no event word
    facts = quantities("وأسفر الحادث عن مقتل 12 شخصا وإصابة ثلاثة آخرين خلال أكثر من 15 يوما")
    assert [(q.frame, q.value) for q in facts][:2] == [("dead", 12.0), ("injured", 3.0)]
    text = "وكان الوزير قد زار العاصمة في يونيو 2021 قبل أن يلتقي نظيره في سبتمبر الماضي"
    dates = date_facts(text)
    # the kind is the first cue word's (زار: a visit), for every month of the sentence
    assert [(d.event, d.month, d.year, d.relative) for d in dates] == [("visit", 6, 2021, None), ("visit", 9, None, -1)]
    assert text[text.index("يونيو"):].startswith(dates[0].surface)


def _sent(idx: int, art: str, words: list[str], position: int = 5) -> Sent:
    counts = Counter(words)
    return Sent(idx, art, "منفذ " + art, 0, 10, " ".join(words), words, F.tfidf(counts), position=position,
                day="2026-03-01")


def _old_pick(sents: list[Sent], centroid: dict[str, float], k: int = 4, lam: float = 0.7) -> list[int]:
    pool = [s for s in sents if not s.title and 6 <= len(s.stems) <= 70]
    rel = {s.idx: F.cosine(s.vec, centroid) + (0.08 if s.position <= 3 else 0.0) for s in pool}
    chosen: list[Sent] = []
    while pool and len(chosen) < k:
        best = max(pool, key=lambda s: (lam * rel[s.idx] - (1 - lam) * max((F.cosine(s.vec, c.vec) for c in chosen),
                                                                               default=0.0), -s.idx))
        pool.remove(best)
        if chosen and max(F.cosine(best.vec, c.vec) for c in chosen) > 0.6:
            continue
        chosen.append(best)
    return [s.idx for s in chosen]


def test_summary_picks_what_the_full_recomputation_picked():
    rng = random.Random(11)
    vocab = ["سد", "نهر", "فيضان", "امطار", "اجلاء", "سكان", "قري", "منسوب", "مياه", "طرق", "جسر", "انهيار", "دفاع",
             "مدني", "خسائر", "مزارع", "محاصيل", "طوارئ", "لجنه", "تعويض"]
    sents = [_sent(i, f"a{i % 5}", rng.choices(vocab, k=rng.randint(6, 14)), position=i % 7) for i in range(40)]
    centroid = F.tfidf(Counter(vocab[:8] * 3 + vocab[8:]))
    picked = [d["article_id"] + ":" + d["text"] for d in extractive_summary(sents, {}, centroid)]
    expected = [sents[i].article_id + ":" + sents[i].text for i in _old_pick(sents, centroid)]
    assert picked == expected and len(picked) >= 2


def test_facts_read_the_start_of_the_folded_text_even_when_folding_shortens_it_a_lot():
    from marsad.models import Article

    voweled = "بَّـ" * 1500  # 6,000 characters that fold to 1,500: the first 5,000 fold to fewer than FACT_CHARS
    text = voweled + " وأسفر الانفجار عن مقتل 12 شخصا في سوق المدينة، بحسب الدفاع المدني"
    a = Article(id="x1", raw_id="r1", text=text, title="انفجار في سوق المدينة", outlet="صحيفة الغد",
                published_at="2026-02-02T09:00:00")
    mention = Span("mention", text.index("الدفاع"), len(text), "ORG", {"name": "الدفاع المدني"})
    f = F.article_features(a, [mention])
    assert "fact:dead=12" in f.entities  # within the first FACT_CHARS folded characters, so it counts
    short = Article(id="x2", raw_id="r2", text="وأسفر الانفجار عن مقتل 12 شخصا في سوق المدينة", title="انفجار",
                    outlet="صحيفة الغد", published_at="2026-02-02T09:00:00")
    far = Article(id="x3", raw_id="r3", text="ب" * 3000 + " " + short.text, title="انفجار", outlet="صحيفة الغد",
                  published_at="2026-02-02T09:00:00")
    assert "fact:dead=12" in F.article_features(short, [Span("mention", 0, 5, "ORG", {})]).entities
    assert "fact:dead=12" not in F.article_features(far, [Span("mention", 0, 5, "ORG", {})]).entities  # the tail


# -- clustering's pair scores, facts, the opinion signal and TF-IDF (issue 14) ------------------------------------

def _plain_pair_features(a, b):
    """pair_features as it was before its shortcuts: every generator run, every set built."""
    from marsad.stories import pairs as P

    shared = (a.rarity.keys() & b.rarity.keys())
    rarest = max((a.rarity[k] for k in shared), default=0.0)
    rare_actors = sum(1 for k in shared if a.rarity[k] >= P.RARE_ACTOR)
    facts = sum(1 for k in a.entities.keys() & b.entities.keys() if k.startswith("fact:"))
    lead, title = _loop_dot(a.lead, b.lead), _loop_dot(a.title_vec, b.title_vec)
    own = {a.date, b.date}
    cited = len((set(a.event_dates) & set(b.event_dates)) - own) if a.event_dates and b.event_dates else 0
    dated = a.published and b.published
    gap = min(P.MAX_GAP, P._days(a.date, b.date)) if a.date and b.date else P.MAX_GAP // 2
    rare_scaled = max(0.0, min(1.0, (rarest - 3.0) / 6.0))

    def unexplained(x, y):
        total = missing = 0.0
        for t, w in x.title_rare:
            total += w
            if t not in y.vocab:
                missing += w
        return missing / total if total else 0.0

    def days(f):
        return {d for d in f.event_dates if len(d) == 10}

    return [1.0, _loop_dot(a.terms, b.terms), lead, title, _loop_dot(a.entities, b.entities), rare_scaled,
            math.log1p(rare_actors), min(2, facts) / 2, min(3, len(a.numbers & b.numbers)) / 3, min(3, cited) / 3,
            min(2, len(a.events & b.events)) / 2, 1.0 if dated and gap == 0 else 0.0, gap / P.MAX_GAP,
            0.0 if dated else 1.0, 1.0 if a.outlet and a.outlet == b.outlet else 0.0, lead * rare_scaled,
            title * lead, max(unexplained(a, b), unexplained(b, a)),
            1.0 if (n := days(a)) and (o := days(b)) and not (n & o) else 0.0]


_REPORTS = [
    ("2026-05-03T08:00:00", "وكالة الشمال", "حريق يلتهم مستودعا للأخشاب في المنطقة الصناعية بالزرقاء",
     "اندلع فجر اليوم حريق كبير في مستودع للأخشاب بالمنطقة الصناعية في الزرقاء، وأصيب 4 عمال بحروق، وقال الدفاع "
     "المدني إن فرقه احتاجت 6 ساعات للسيطرة على النيران."),
    ("2026-05-03T12:00:00", "صحيفة الميدان", "الدفاع المدني يسيطر على حريق مستودع الأخشاب في الزرقاء",
     "سيطرت فرق الدفاع المدني على الحريق الذي شب في مستودع الأخشاب بالمنطقة الصناعية في الزرقاء بعد 6 ساعات، "
     "ونقل 4 عمال مصابين إلى المستشفى."),
    ("2026-05-05T10:00:00", "موقع الأفق", "لجنة تحقيق في حريق الزرقاء تبدأ عملها",
     "بدأت لجنة فنية التحقيق في أسباب حريق مستودع الأخشاب، وقال رئيسها إن اللجنة ستنهي تقريرها خلال 15 يوما."),
    ("2026-05-05T15:00:00", "وكالة الشمال", "البنك المركزي يبقي سعر الفائدة دون تغيير",
     "قرر البنك المركزي إبقاء سعر الفائدة الرئيسي دون تغيير عند 7 بالمئة، في اجتماعه الدوري لشهر مايو."),
]


def test_pair_features_give_the_floats_of_the_plain_computation():
    from dataclasses import replace

    from marsad.stories.pairs import pair_features

    base = [F.article_features(a, []) for a in _story_articles(_REPORTS)]
    rng = random.Random(5)
    variants = list(base)
    for f in base:  # with actors, facts and cited days (what the tagger and the time expressions add)
        keys = rng.sample(["loc:zarqa", "org:civil-defence", "name:لجنه", "per:x", "fact:dead=4"], 3)
        variants.append(replace(f, rarity={k: round(rng.uniform(2, 9), 3) for k in keys if not k.startswith("fact")},
                                entities={k: rng.random() for k in keys},
                                event_dates=rng.sample(["2026-05-03", "2026-05-02", "2026-05", "2026-05-05"], 2)))
    variants.append(replace(base[0], title_rare=(), published=False, date=None))
    for a in variants:
        for b in variants:
            assert pair_features(a, b) == _plain_pair_features(a, b)
    assert any(pair_features(a, b)[5] for a in variants for b in variants)  # (some pairs share a rare actor)


def _story_articles(rows, first: int = 0):
    from marsad.models import Article

    return [Article(id=f"sp{first + i:03d}", raw_id=f"rsp{first + i:03d}", text=text, title=title, outlet=outlet,
                    published_at=when) for i, (when, outlet, title, text) in enumerate(rows)]


def test_a_split_reads_the_placed_articles_pair_scores_as_it_would_compute_them(monkeypatch):
    import numpy as np

    from marsad.stories.grouping import Grouper

    from test_stories_chains import ASSAULTS

    feats = [F.article_features(a, []) for a in _story_articles(ASSAULTS, 100)]

    def run(cached: bool):
        g = Grouper()
        hits = []
        real = Grouper._pair_prob

        def counted(self, a, b):
            if not cached:
                self._known = ("", {})  # the slow path: every pair computed
            hits.append(a.article_id == self._known[0] and b.article_id in self._known[1])
            return real(self, a, b)

        monkeypatch.setattr(Grouper, "_pair_prob", counted)
        for f in feats:
            g.add(f)
        monkeypatch.undo()
        return g.partition(), {k: (ids, w.copy()) for k, (ids, w) in g._mats.items()}, sum(hits)

    part, mats, hits = run(True)
    slow_part, slow_mats, none = run(False)
    assert part == slow_part and none == 0 and hits > 0
    assert mats.keys() == slow_mats.keys()
    for k in mats:
        assert mats[k][0] == slow_mats[k][0] and np.array_equal(mats[k][1], slow_mats[k][1])
    assert mats and len(set(part.values())) >= 2  # (splits were looked at; the chained incident left)


def test_facts_tokens_from_the_matches_are_the_tokens_findall_gives():
    from marsad.stories import facts

    texts = ["قتل 12 شخصا وأصيب 3,500 آخرون بنسبة 45.5% في 2026", "لا رقم هنا ولا عدد", "ثلاثة عشر قتيلا ونصف قرن",
             "١٢ جريحا و٤ مفقودين", "٢٣،٥ مليون و(36) ألف", ""]
    for t in texts:
        norm = fold_for_search(t)
        assert list(map(facts._MATCHED, facts.TOKEN_RE.finditer(norm))) == facts.TOKEN_RE.findall(norm)
    assert [(q.frame, q.value) for q in quantities("قتل 12 شخصا وأصيب 40 آخرون في الانفجار")] == \
        [("dead", 12.0), ("injured", 40.0)]
    assert [(q.frame, q.value) for q in quantities("قتل ثلاثة عشر شخصا في الانفجار")] == [("dead", 13.0)]


def test_the_opinion_signal_counts_the_words_as_a_loop_does():
    from marsad.stories import opinion as O

    texts = ["أعتقد أننا نحتاج إلى مراجعة، لكن ربما لا يجب أن نتعجل. وقال الوزير إن الخطة جاهزة، وأكد أننا سنرى. " * 9,
             "قال المتحدث إن الاجتماع انتهى. وأضاف أن الوفد غادر مساء اليوم إلى العاصمة بعد جولة من المحادثات. " * 12,
             "كلمات قليلة"]
    for text in texts:
        got = O.text_features(text, "عنوان: رأي", ["كاتب"])
        words = O.ARABIC_WORD.findall(fold_for_search(text[:O.TEXT_CHARS]))
        n = max(len(words), 1)
        assert got["first_person"] == 100.0 * sum(w in O.FIRST_PERSON for w in words) / n
        assert got["attribution"] == 100.0 * sum(w in O.ATTRIBUTION for w in words) / n
        assert got["argument"] == 100.0 * sum(w in O.ARGUMENT for w in words) / n
        assert got["lead_attribution"] == (1.0 if any(w in O.ATTRIBUTION for w in words[:60]) else 0.0)
    assert O.text_features(texts[0])["first_person"] > 0 and O.text_features(texts[1])["attribution"] > 0


def test_tfidf_gives_the_floats_of_the_plain_formula():
    rng = random.Random(9)
    vocab = ["حريق", "مستودع", "زرقاء", "دفاع", "عمال", "لجنه", "تحقيق", "بنك", "فائده", "سعر"]
    for _ in range(50):
        body = Counter(rng.choices(vocab, k=rng.randint(1, 40)))
        title = Counter(rng.choices(vocab, k=rng.randint(0, 5)))
        counts = Counter(body)
        for s, c in title.items():
            counts[s] += 2.0 * c
        vec = {s: (1.0 + math.log(c)) * F.idf(s) for s, c in counts.items() if c > 0}
        assert F.tfidf(body, title_stems=title, max_terms=6) == F.l2(F.top(vec, 6))


def test_period_and_weather_slots_skip_only_texts_without_their_words():
    from marsad.stories import slots as S
    from marsad.stories.sessions import FORECAST, REPORT_WORDS, _bare, _first_sentence_end, bulletin_days

    def plain_periods(folded):
        out = {f"{u}:{n}" for u, n in S._PERIOD.findall(folded) if not (u == "نصف" and n in ("ثالث", "رابع"))}
        return frozenset(out | ({"nine"} if S._NINE.search(folded) else set()))

    texts = ["ارتفعت أرباح الشركة في الربع الأول من العام", "خسائر النصف الثاني تتراجع", "نتائج التسعة أشهر الأولى",
             "وفي الأشهر التسعة الماضية زادت المبيعات", "الشركة توزع أرباحا نقدية على المساهمين", "ربعية النصفين",
             "توقعت الرئاسة العامة للأرصاد وحماية البيئة في تقريرها عن حالة الطقس لهذا اليوم هطول أمطار على عسير.",
             "وبالأرصاد الجوية تتوقع رياحا نشطة في حالة الطقس اليوم.", "أمطار غزيرة تغرق شوارع المدينة"]
    for t in texts:
        folded = fold_for_search(t)
        assert S._periods(folded) == plain_periods(folded)
        first = fold_for_search(t[:_first_sentence_end(t)])
        words = {_bare(w) for w in F.WORD_RE.findall(first)} | set(F.WORD_RE.findall(first))
        weather = ("ارصاد" in words or "الارصاد" in words) and words & FORECAST and any(p in first for p in REPORT_WORDS)
        assert bulletin_days("طقس", t, "2026-05-03T08:00:00")[0] == (frozenset(["2026-05-03"]) if weather else frozenset())
    assert S._periods(fold_for_search(texts[0])) == {"ربع:اول"} and bulletin_days("طقس", texts[6], "2026-05-03")[0]


def test_a_slot_one_article_leaves_empty_never_clashes():
    # Grouper._clash asks slot_conflict only when the first article fills the slot
    from marsad.stories.grouping import Grouper, GroupOptions, slot_conflict

    g = Grouper(None, GroupOptions(crime_slots=True))
    for attr in g.reported_slots + ("crime", "object"):
        if attr == "object":  # "kind|name words|places" of what was opened or held
            filled = (frozenset({"معرض|كتاب|"}), frozenset())
            other = (frozenset({"مهرجان|صيف|"}), frozenset())
        elif attr == "where":  # places of the hierarchy (marsad.nlp.places), an incident's marks, a follow-up
            filled = (frozenset({"sa:asir:abha"}), frozenset({"sa:asir:abha", "sa:jazan"}), frozenset(), False)
            other = (frozenset({"sa:jazan"}), frozenset({"sa:jazan"}), frozenset(), False)
        else:
            filled, other = (frozenset({"x"}), frozenset({"x", "y"})), (frozenset({"z"}), frozenset({"z"}))
        assert slot_conflict(attr, filled, other) is not None  # (both filled: asked)
        for empty in ((frozenset(), frozenset()), (frozenset(), frozenset({"z"}))):
            assert not slot_conflict(attr, empty, other) and not slot_conflict(attr, empty, filled)


def test_article_features_travel_from_a_worker_whole():
    """The features a pool worker sends back (``__reduce__``: the fields through ``__init__``) are the same object
    on arrival: every field equal, of the same type, dictionaries in the same order (sums over them depend on it)."""
    import pickle
    from dataclasses import fields

    from marsad.models import Article

    text = ("أعلنت وزارة الصحة في الرياض يوم الأحد افتتاح مستشفى جديد بسعة 300 سرير.\n"
            "وقال الوزير خالد الفالح إن المستشفى يخدم سكان الأحياء الشمالية.")
    article = Article(id="a1", raw_id="r1", text=text, title="افتتاح مستشفى جديد في الرياض", outlet="صحيفة ما",
                      published_at="2015-07-21", origin="f1")
    spans = [Span("mention", text.index("الرياض"), text.index("الرياض") + 6, "LOC", {"entity_id": "loc:riyadh"}),
             Span("mention", text.index("خالد"), text.index("خالد") + 11, "PER", {"entity_id": "per:x"})]
    f = F.article_features(article, spans, 7)
    back = pickle.loads(pickle.dumps(f, protocol=pickle.HIGHEST_PROTOCOL))
    assert back == f and back is not f
    for field in fields(f):
        a, b = getattr(f, field.name), getattr(back, field.name)
        assert type(a) is type(b), field.name
        if isinstance(a, dict):
            assert list(a.items()) == list(b.items()), field.name
