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
    if len(a) > len(b):
        a, b = b, a
    total = 0.0
    for k, v in a.items():
        w = b.get(k)
        if w is not None:
            total += v * w
    return total


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
    for cached in (F.content_term, F.entity_rarity, F.is_media_name, F.identifying_name, F._name_key):
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
