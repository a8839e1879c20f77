"""speed19's shortcuts (issue 18) give what the plain computation gives (sentences written for these tests).

Each test runs the fast path beside the plain computation that skips nothing.
"""

from __future__ import annotations

import re
from collections import Counter

from marsad.models import Article, Doc, Span
from marsad.stories import facts as facts_mod
from marsad.stories.compare import NAME_WEIGHT, story_sentences
from marsad.stories.features import content_stems, mask, tfidf

SENTENCES = [
    "وأكد المسؤول أن العمل مستمر في المشروع دون توقف",
    "أسفر انهيار المبنى عن وفاة 7 عمال وإصابة أربعة آخرين في الحي الشرقي",
    "وقعت الشركتان اتفاقا بقيمة ثلاثة مليارات ريال لمدة خمس سنوات",
    "وبلغت مساحة الحديقة ٢٥٠٠ متر مربع بعد التوسعة الأخيرة",
    "وصل ستون حاجا إلى المطار مساء أمس قادمين من الشمال",
    "تبلغ مساحة الغرفة ² واحدة بحسب الرسم الذي نشرته البلدية",  # a superscript digit starts a word token
    "استمر الحصار ربع قرن قبل أن ينتهي باتفاق بين الطرفين",
    "وأعلنت اللجنة نتائج المسابقة وسط حضور كبير من الأهالي والضيوف",
    "سجل الفريق هدفين في الشوط الثاني وفاز بالمباراة 2-1",
    "ارتفع المؤشر بنسبة 1.5% في ختام تعاملات الأسبوع",
]


def _facts(qs) -> list[tuple]:
    return [(q.frame, q.value, q.start, q.end, q.surface, q.approx) for q in qs]


def test_quantities_are_the_same_when_every_sentence_is_scanned_token_by_token(monkeypatch):
    fast = [_facts(facts_mod.quantities(s)) for s in SENTENCES]
    fast_folded = [_facts(facts_mod.quantities(s, folded=True)) for s in SENTENCES]
    # the plain computation: the quick "no number word, no digit" answer never given
    monkeypatch.setattr(facts_mod, "DECIMAL_RE", re.compile(""))
    assert fast == [_facts(facts_mod.quantities(s)) for s in SENTENCES]
    assert fast_folded == [_facts(facts_mod.quantities(s, folded=True)) for s in SENTENCES]
    assert fast[0] == [] and fast[7] == [] and fast[5] == []
    assert sum(bool(f) for f in fast) >= 5  # (the others state figures, and are found)


def _doc(aid: str, text: str, names: list[str], title: str) -> Doc:
    spans = []
    for name in names:
        at = text.index(name)
        spans.append(Span("mention", at, at + len(name), "PER"))
    sentences, pos = [], 0
    for part in text.split(". "):
        sentences.append(Span("sentence", pos, pos + len(part) + 1))
        pos += len(part) + 2
    return Doc(Article(id=aid, raw_id=aid, text=text, title=title, outlet="صحيفة " + aid, published_at="2024-03-02"),
               {"mention": spans, "sentence": sentences})


def test_sentence_vectors_are_the_plain_computation_with_and_without_names_in_the_sentence():
    docs = [
        _doc("a", "استقبل سالم العتيبي وفد الغرفة التجارية في مكتبه بالمدينة. وناقش الجانبان سبل تطوير التجارة "
                  "بين البلدين خلال العام المقبل. وأشار العتيبي إلى أهمية تبادل الخبرات بين رجال الأعمال.",
             ["سالم العتيبي", "العتيبي"], "العتيبي يستقبل وفد الغرفة التجارية"),
        _doc("b", "ناقش وفد الغرفة التجارية سبل تطوير التجارة بين البلدين. والتقى الوفد بسالم العتيبي في مكتبه "
                  "صباح اليوم. وتوقع المشاركون زيادة حجم التبادل التجاري خلال العام المقبل.",
             ["سالم العتيبي"], "وفد تجاري يبحث تطوير التبادل"),
    ]
    sents = story_sentences(docs)
    by_doc = {d.article.id: d for d in docs}
    plain_names = with_names = 0
    for s in sents:
        doc = by_doc[s.article_id]
        stems = content_stems(s.text)
        counts = Counter(stems)
        if not s.title:
            masked = mask(doc.text, doc.layers["mention"])
            plain = Counter(content_stems(masked[s.start:s.end]))
            counts = Counter({k: plain.get(k, 0) + NAME_WEIGHT * (c - plain.get(k, 0)) for k, c in counts.items()})
            if masked[s.start:s.end] == s.text:
                plain_names += 1
            else:
                with_names += 1
        assert s.stems == stems
        assert s.vec == tfidf(counts, max_terms=200)
        # figures and dates read from the sentence folded once are what the sentence itself gives
        assert _facts(s.facts) == _facts(facts_mod.quantities(s.text))
        assert s.dates == facts_mod.date_facts(s.text)
        assert list(s.vec) == list(tfidf(counts, max_terms=200))
    assert plain_names >= 2 and with_names >= 2  # both paths ran


def test_the_gazetteer_finds_the_same_with_a_warm_cache_as_with_a_fresh_one():
    from marsad.nlp.gazetteer import Gazetteer
    from marsad.nlp.kb import load_kb

    kb = load_kb()
    text = ("استقبل الرئيس الروسي فلاديمير بوتين في موسكو وزير الخارجية السعودي، وبحث معه الوضع في اليمن "
            "وسوريا، ثم غادر الوزير إلى الرياض. وقالت الحكومة الروسية إن المخابرات الأمريكية لم تعلق.")

    def found(g):
        return [(m.i, m.j, m.start, m.end, m.kind, m.ids, m.fuzzy, m.office, m.of) for m in g.find(text)]

    warm = Gazetteer(kb)
    first = found(warm)  # every word seen for the first time
    again = found(warm)  # every word answered by the per-word table
    assert first == again == found(Gazetteer(kb))
    assert len(first) >= 4
    assert all(v is not None for v in (warm._starts.get("في"), warm._starts.get("موسكو")))


def _plain_stem_counts(text: str) -> Counter:
    from marsad.arabic.normalize import fold_for_search
    from marsad.stories.features import WORD_RE, content_term

    out: Counter = Counter()
    for w in WORD_RE.findall(fold_for_search(text)):  # word by word
        s = content_term(w)
        if s is not None:
            out[s] += 1
    return out


def test_stem_counts_are_the_word_by_word_counts_in_the_same_order():
    from marsad.stories.features import stem_counts

    for text in [*SENTENCES, " ".join(SENTENCES), "في في من إلى", ""]:
        got = stem_counts(text)
        assert list(got.items()) == list(_plain_stem_counts(text).items())
    assert stem_counts(" ".join(SENTENCES * 3))["اتفاق"] == 3 * stem_counts(" ".join(SENTENCES))["اتفاق"] > 0


def _plain_wording(docs, opts):
    """distinctive_wording computed word by word, every written form counted (as before the shortcuts)."""
    import math
    from collections import defaultdict

    from marsad.stories.compare import _WORD, _wording_key, source_label

    counts, surface = defaultdict(Counter), defaultdict(Counter)
    for doc in docs:
        src = source_label(doc)
        for w in _WORD.findall(doc.article.title + "\n" + doc.text):
            s = _wording_key(w)
            if s:
                counts[src][s] += 1
                surface[s][w] += 1
    if len(counts) < 2:
        return {}, counts
    total = Counter()
    for c in counts.values():
        total.update(c)
    n_total = sum(total.values())
    a0 = max(1.0, opts.prior_share * n_total)
    out = {}
    for src in sorted(counts):
        n_i = sum(counts[src].values())
        n_j = n_total - n_i
        rows = []
        for w, y_i in counts[src].items():
            y_j = total[w] - y_i
            a_w = a0 * total[w] / n_total
            delta = (math.log((y_i + a_w) / (n_i + a0 - y_i - a_w)) - math.log((y_j + a_w) / (n_j + a0 - y_j - a_w)))
            z = delta / math.sqrt(1.0 / (y_i + a_w) + 1.0 / (y_j + a_w))
            if y_i >= 2 and z > opts.min_z:
                rows.append({"word": surface[w].most_common(1)[0][0], "z": round(z, 2), "count": y_i, "others": y_j})
        rows.sort(key=lambda r: (-r["z"], r["word"]))
        if rows:
            out[src] = rows[: opts.distinctive_terms]
    return out, counts


def test_distinctive_wording_is_the_same_as_counted_word_by_word(monkeypatch):
    from marsad.stories import compare as C

    docs = [
        _doc("a", "رفعت الشركة أسعار الوقود. وقالت الشركة إن رفع الأسعار ضروري. ورفض المستهلكون رفع الاسعار "
                  "ورفض التجار الزيادة وأسعار النقل. وغلت السلع والسلع الأخرى", [], "الشركة ترفع أسعار الوقود"),
        _doc("b", "زادت أسعار الوقود اليوم. واعتبر المستهلكون الزيادة كبيرة. والزيادة الثانية خلال عام. "
                  "وطالب المستهلكون بمراجعة الزيادة وزيادة الرقابة", [], "زيادة أسعار الوقود"),
        _doc("c", "١٢٣ ٤٥٦", [], ""),  # a source with no word of its own: not a source of wording
    ]
    opts = C.CompareOptions(min_z=-10.0)  # (every word used twice shown: the written forms of many stems chosen)
    want, counts = _plain_wording(docs, opts)
    assert len(counts) == 2  # the article with no word is no source of wording
    assert sum(len(rows) for rows in want.values()) >= 8
    # two written forms of one stem, once each: the first written shows it
    assert any(r["word"] == "السلع" for rows in want.values() for r in rows)
    assert C.distinctive_wording(docs, opts) == want
    assert C.distinctive_wording(docs, opts) == want  # (every word's key known already)
    assert C.distinctive_wording(docs, C.CompareOptions()) == _plain_wording(docs, C.CompareOptions())[0]
    # the words' keys forgotten when the table is full: the same again
    full = C.WordTable(C._wording_key, 200_000, ((f"w{i}", "") for i in range(199_990)))
    monkeypatch.setattr(C, "_WORDING_KEYS", full)
    assert C.distinctive_wording(docs, opts) == want
    assert len(C._WORDING_KEYS) < 1000


def test_distinctive_wording_while_another_thread_empties_the_word_keys(monkeypatch):
    # a view computed on one thread of the web API's pool while another fills the table past its bound: every
    # key is still found (a plain dict handed out and emptied under the reader gave a KeyError)
    import threading

    from marsad.stories import compare as C

    docs = [_doc("a", "رفعت الشركة أسعار الوقود ورفعت الرسوم. ورفض التجار الزيادة ورفض المستهلكون الرسوم", [], ""),
            _doc("b", "زادت أسعار الوقود وزادت الرسوم. وطالب المستهلكون بمراجعة الزيادة والرسوم", [], "")]
    opts = C.CompareOptions(min_z=-10.0)
    want = C.distinctive_wording(docs, opts)
    assert want
    monkeypatch.setattr(C, "_WORDING_KEYS", C.WordTable(C._wording_key, 200_000, ((f"w{i}", "") for i in range(199_999))))
    stop = threading.Event()

    def fill() -> None:
        n = 0
        while not stop.is_set():
            C._WORDING_KEYS[f"x{n}"]  # (a new word: its key made, the table emptied when full)
            n += 1

    t = threading.Thread(target=fill)
    t.start()
    try:
        for _ in range(200):
            assert C.distinctive_wording(docs, opts) == want
    finally:
        stop.set()
        t.join()
    assert C.distinctive_wording(docs[2:], opts) == {}


def test_top_keeps_the_same_entries_in_the_same_order_as_sorting_them_all():
    import random

    from marsad.stories.features import top

    rng = random.Random(19)
    words = ["كلمة%d" % i for i in range(300)]
    for _ in range(300):
        # weights rounded coarsely too, so that many tie at the cut (ties go by key)
        vec = {w: round(rng.random(), rng.choice([1, 2, 6])) for w in rng.sample(words, rng.randint(0, 120))}
        for k in (-2, 0, 1, 5, 25, 50, 200):
            plain = dict(sorted(vec.items(), key=lambda kv: (-kv[1], kv[0]))[:k]) if len(vec) > k else dict(vec)
            assert list(top(vec, k).items()) == list(plain.items())


def _plain_align(sents, min_similarity):
    """compare.align as before the shortcut: shared stems counted in a Counter."""
    from collections import defaultdict

    from marsad.stories.features import dot, idf

    index = defaultdict(list)
    for s in sents:
        for stem in set(s.stems):
            if idf(stem) > 2.5:
                index[stem].append(s.idx)
    pairs = {}
    for s in sents:
        seen: Counter = Counter()
        for stem in set(s.stems):
            for j in index.get(stem, ()):
                if j > s.idx:
                    seen[j] += 1
        short = len(s.vec) <= 6
        for j, shared in seen.items():
            o = sents[j]
            if o.source == s.source or (shared < 2 and not (short or len(o.vec) <= 6)):
                continue
            sim = dot(s.vec, o.vec)
            if sim >= min_similarity:
                pairs[(s.idx, j)] = sim
    return pairs


def test_sentence_pairs_are_the_same_pairs_in_the_same_order():
    from marsad.stories.compare import align

    docs = [
        _doc("a", "ناقش وفد الغرفة التجارية سبل تطوير التجارة بين البلدين. وتوقع المشاركون زيادة حجم التبادل "
                  "التجاري خلال العام المقبل. وأكد الوفد أهمية تبادل الخبرات.", [], "وفد تجاري يبحث تطوير التبادل"),
        _doc("b", "بحث وفد الغرفة التجارية تطوير التجارة بين البلدين. وتوقع المشاركون زيادة التبادل التجاري "
                  "في العام المقبل. وشدد الوفد على أهمية تبادل الخبرات.", [], "الغرفة التجارية تبحث تطوير التجارة"),
        _doc("c", "وتوقع المشاركون زيادة حجم التبادل التجاري. وغادر الوفد المدينة مساء.", [], "زيادة التبادل"),
    ]
    sents = story_sentences(docs)
    for threshold in (0.1, 0.3, 0.5):
        got = align(sents, threshold)
        assert list(got.items()) == list(_plain_align(sents, threshold).items())
    assert len(align(sents, 0.3)) >= 3


def test_figures_and_dates_from_a_text_folded_by_the_caller_are_the_texts_own():
    from marsad.arabic.normalize import fold_for_search

    texts = [*SENTENCES,
             "وقّع الوزيران في مارس 2019 اتفاقية بقيمة (3) ملايين ريال",  # a bracketed figure: rewritten before folding
             "بلغت النسبة 2\u200f5 في المئة بعد الزيارة التي جرت في يناير الماضي",  # a right-to-left mark
             "زار الرئيس العاصمة في سبتمبر 2019 والتقى بأربعة وزراء"]
    for text in texts:
        folded = fold_for_search(text)
        assert _facts(facts_mod.quantities(text, norm=folded)) == _facts(facts_mod.quantities(text))
        assert facts_mod.date_facts(text, norm=folded) == facts_mod.date_facts(text)
    assert facts_mod.date_facts(texts[-1]) and facts_mod.quantities(texts[-1])


def _plain_summary_picks(sents, centroid, k=4, lam=0.7):
    """The MMR choice of extractive_summary with ``cosine`` for every pair (as before the norms were kept)."""
    from marsad.stories.features import cosine

    if any(len(s.day) == 10 for s in sents):
        sents = [s for s in sents if len(s.day) == 10]
    pool = [s for s in sents if not s.title and 6 <= len(s.stems) <= 70] or [s for s in sents if len(s.stems) >= 3]
    rel = {s.idx: cosine(s.vec, centroid) + (0.08 if s.position <= 3 else 0.0) for s in pool}
    chosen, red = [], {}
    while pool and len(chosen) < k:
        best = max(pool, key=lambda s: (lam * rel[s.idx] - (1 - lam) * red.get(s.idx, 0.0), -s.idx))
        pool.remove(best)
        if chosen and red[best.idx] > 0.6:
            continue
        chosen.append(best)
        for s in pool:
            sim = cosine(s.vec, best.vec)
            if s.idx not in red or sim > red[s.idx]:
                red[s.idx] = sim
    return [(s.article_id, s.start, s.end) for s in chosen]


def test_the_summary_picks_what_cosine_for_every_pair_picks():
    from marsad.stories.compare import align
    from marsad.stories.digest import extractive_summary

    docs = [
        _doc("a", "ناقش وفد الغرفة التجارية سبل تطوير التجارة بين البلدين في اجتماع موسع. وتوقع المشاركون زيادة "
                  "حجم التبادل التجاري خلال العام المقبل بفضل الاتفاقات الجديدة. وأكد الوفد أهمية تبادل الخبرات "
                  "بين رجال الأعمال في البلدين الشقيقين.", [], "وفد تجاري يبحث تطوير التبادل"),
        _doc("b", "بحث وفد الغرفة التجارية تطوير التجارة بين البلدين خلال زيارته الحالية. وتوقع المشاركون زيادة "
                  "التبادل التجاري في العام المقبل مع تسهيل الإجراءات الجمركية. وشدد الوفد على أهمية إقامة "
                  "معارض مشتركة للمنتجات الوطنية.", [], "الغرفة التجارية تبحث تطوير التجارة"),
    ]
    sents = story_sentences(docs)
    centroid = tfidf(Counter(st for s in sents for st in s.stems), max_terms=200)
    for k in (1, 2, 4, 6):
        got = [(r["article_id"], r["start"], r["end"]) for r in extractive_summary(sents, align(sents, 0.3), centroid, k=k)]
        assert got == _plain_summary_picks(list(sents), centroid, k=k)
    assert len(got) >= 2
