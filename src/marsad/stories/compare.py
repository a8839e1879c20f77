"""Cross-source comparison inside a story: what outlets agree on, where they disagree, what only one says.

The articles' sentences are aligned by TF-IDF cosine over normalised stems (an
inverted index of stems proposes pairs, so a story of hundreds of sentences is
not an all-pairs scan).  On top of that:

- *agreements*: the same checkable fact (``facts.quantities``: counts, tolls,
  durations, "the first since N years" however it is worded) in several
  outlets, and groups of near-identical statements across outlets;
- *disagreements*: the same fact frame with values that do not fit together
  (15 years against 10; 12 dead against 15), one event dated in different
  years, and a denial aligned with the statement it denies;
- *single-outlet claims*: sentences with content no other outlet carries;
- *distinctive wording*: per-outlet words by weighted log-odds with an
  informative Dirichlet prior (Monroe, Colaresi & Quinn 2008).

Every item lists its sentences (article id, outlet, offsets, text) and outlets.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from itertools import chain, compress
from operator import itemgetter
from typing import Any, Callable

from marsad.arabic.lexicon import default_lexicon
from marsad.arabic.normalize import fold_for_search, strip_diacritics
from marsad.arabic.sentences import one_sentence, split_sentences
from marsad.models import Doc
from marsad.stories.facts import (
    DateFact, Quantity, _noun_key, compatible, date_facts, dots_for_thousands, quantities, same_currency,
)
from marsad.stories.features import (
    WORD_RE, WordTable, content_stems, cosine, dot, idf, mask, stem_of, stopwords, tfidf,
)

MAX_SENTENCES = 25  # per article

DENIAL_CUES = {"نفي", "نفت", "ينفي", "تنفي", "نفيا", "تكذيب", "كذب", "دحض", "عاريه", "صحه", "ينفيان", "نفيه"}
# A denial is a verb of denying ("نفت الوزارة ...") — not the noun صحة (health) nor نفى بـ (to fulfil).
DENIAL_VERBS = {"نفي", "نفت", "ينفي", "تنفي", "ينفيان", "تنفيان", "نفوا", "ينفون", "كذبت", "كذب", "دحض", "دحضت"}
# What a denier denies, before the denied fact itself: "نفت الوزارة صحة الأنباء المتداولة عن ..."
DENIED_OBJECT = {"صحه", "الانباء", "انباء", "الاخبار", "اخبار", "الخبر", "خبر", "التقارير", "تقارير", "الشائعات",
                 "شائعات", "ما", "ان", "وجود", "الادعاءات", "ادعاءات", "المعلومات", "معلومات"}
NEWS_WORDS = DENIED_OBJECT | {"المتداوله", "المتداول", "متداوله", "التي", "الذي", "تشير", "تحدثت", "عن", "حول",
                              "الي", "يكون", "تكون", "بان", "بشان", "المنشوره", "قد"}
PREPOSITIONS = {"في", "من", "علي", "الي", "عن", "ب", "ل"}
NEGATION = {"لم", "لا", "ليس", "ليست", "لن", "غير", "نفي", "نفت", "ينفي", "تنفي", "عدم"}
ATTRIBUTION_CUES = {"مصدر", "مصادر", "بحسب", "وفقا", "وفق", "كشف", "كشفت", "علمت", "مطلع", "مطلعه"}
NAME_WEIGHT = 0.5
SAME_FACT_CONTEXT = 4  # content words two sentences must share (besides the unit) to state one fact
RARE_CONTEXT_IDF = 6.0  # ... one of them at least this rare
LOOSE_FRAMES = {"money", "percent"}
MIN_STATEMENT_WORDS = 6  # a statement shown as agreed has at least this many content words  # sums and shares: compared only between two tellings of one statement
STRONG_FRAMES = {"dead", "injured", "missing", "duration", "first_since"}
FRAME_NAMES = {"dead": "number of dead", "injured": "number of injured", "missing": "number missing",
               "duration": "duration", "first_since": "the first time since", "since": "since when",
               "money": "amount of money", "percent": "percentage"}
# What Arabic story pages say a compared figure is about (the English ``about`` stays for the API and English pages).
FRAME_NAMES_AR = {"dead": "عدد القتلى", "injured": "عدد المصابين", "missing": "عدد المفقودين", "duration": "المدة",
                  "first_since": "أول مرة منذ", "since": "منذ متى", "money": "المبلغ", "percent": "النسبة"}
UNIT_NAMES_AR = {"year": "بالسنوات", "month": "بالأشهر", "day": "بالأيام", "hour": "بالساعات", "percent": "بالمئة"}
EVENT_NAMES_AR = {"meeting": "اللقاء", "visit": "الزيارة", "signing": "التوقيع", "attack": "الهجوم",
                  "election": "الانتخابات"}
# When a figure holds: on one day, every day (a rate), or summed over a period.  Two figures anchored differently
# ("29 strikes on Sunday", "6,000 strikes so far") are two quantities.
DAY_CUES = {"امس", "اليوم", "الليله", "البارحه", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه",
            "السبت", "صباح", "مساء", "فجر", "ظهر"}
PERIODIC_CUES = {"يوميا", "اسبوعيا", "شهريا", "سنويا", "يومي", "اليومي", "اليوميه"}
CUMULATIVE_CUES = {"منذ", "اجمالي", "الاجمالي", "الاجماليه", "اجمالا", "مجموع", "المجموع", "الاجمالية", "حاليا"}
CUMULATIVE_AFTER_HATTA = {"الان", "تاريخه", "اليوم", "الساعه", "امس", "يوم"}
RISE_CUES = {"ترتفع", "يرتفع", "تصعد", "يصعد", "تقفز", "يقفز", "تربح", "يربح", "مرتفعا", "ارتفع", "ارتفعت",
             "ارتفاع", "صعد", "صعدت", "صعود", "زاد", "زادت", "زياده", "ربح", "ربحت", "قفز", "قفزت", "ارتفاعا",
             "مكاسب", "تقدم", "تقدمت", "نما", "نمو", "مرتفعه", "رابحا", "رابحه"}
DIRECTION_WINDOW = 16  # words before a figure where what moved it is looked for ("تراجع سعر الذهب في ... إلى X")
FALL_CUES = {"تهبط", "يهبط", "تتراجع", "يتراجع", "تنخفض", "ينخفض", "متراجعه", "متراجعا", "تخسر", "يخسر", "تفقد",
             "يفقد", "انخفض", "انخفضت", "انخفاض", "تراجع", "تراجعت", "هبط", "هبطت", "هبوط", "نزل", "نزلت", "خسر",
             "خسرت", "تراجعا", "انخفاضا", "خسائر", "فقد", "فقدت", "هوي", "هوت", "تهاوي", "انكمش", "منخفضا",
             "منخفضه", "خاسرا", "خاسره"}
# Acts that undo each other: a sentence telling one and a sentence telling the other say opposite things about one
# thing (a site closed, then reopened; a man held, then freed), however many words they share.  Content stems.
OPPOSED_ACTS = (
    ({"اغلاق", "اغلق", "اغلقت", "يغلق", "تغلق", "اقفال", "مغلق", "مغلقه", "اغلاقه", "اغلاقها"},
     {"افتتاح", "افتتح", "افتتحت", "يفتتح", "تفتتح", "فتح", "يفتح", "تفتح", "فتحت", "مفتوح", "مفتوحه", "فتحه",
      "فتحها", "افتتاحه", "افتتاحها"}),
    ({"اعتقال", "اعتقل", "اعتقلت", "يعتقل", "تعتقل", "توقيف", "اوقف", "اوقفت", "احتجاز", "احتجز", "احتجزت"},
     {"افراج", "افرج", "افرجت", "يفرج", "تفرج", "سراح"}),
)
MAX_DATE_GAP = 2  # years two outlets can misplace one event by; further apart, they tell of two events
MONTH_NAMES_AR = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
                  "نوفمبر", "ديسمبر")


@dataclass(slots=True)
class CompareOptions:
    """Thresholds of the comparison."""

    statement_similarity: float = 0.5  # cosine for two sentences to say the same thing
    related_similarity: float = 0.2  # cosine for two sentences to be about the same thing
    same_fact_similarity: float = 0.45  # cosine for two figures' sentences to state the same fact
    retelling_similarity: float = 0.65  # cosine for two sentences to be tellings of one statement
    single_max_similarity: float = 0.25  # a claim is single-outlet when nothing elsewhere is closer than this
    max_items: int = 12
    distinctive_terms: int = 8
    prior_share: float = 0.1  # alpha_0 of the Dirichlet prior, as a share of the story's word count
    min_z: float = 1.28  # one-sided 90%: stories are small samples, 1.96 would keep almost nothing


@dataclass(slots=True)
class Sent:
    """A sentence (or headline) of a story article, with what the comparison needs."""

    idx: int
    article_id: str
    source: str
    start: int
    end: int
    text: str
    stems: list[str]
    vec: dict[str, float]
    title: bool = False
    position: int = 0
    day: str = ""  # the article's publication day
    facts: list[Quantity] = field(default_factory=list)
    dates: list[DateFact] = field(default_factory=list)
    names: frozenset[str] = frozenset()  # the story's place and organisation names this sentence writes
    article_names: frozenset[str] = frozenset()  # ... and those its whole article (headline and text) writes
    lead_names: frozenset[str] = frozenset()  # ... and those its article's first sentence writes (for a headline)
    # (from story_sentences: the three name sets are filled when first read, by ``story_names.fill(sent)`` —
    # only two figures' sentences compared in :func:`distinct_quantities` read them, in few stories)
    story_names: "_StoryNames | None" = field(default=None, repr=False, compare=False)

    def ref(self) -> dict[str, Any]:
        return {"article_id": self.article_id, "outlet": self.source, "start": self.start, "end": self.end,
                "text": self.text, "headline": self.title}


def label_source(outlet: str | None, url: str | None, credits: list[str | None], origin: str | None, fallback: str) -> str:
    """Who published an article: outlet, else URL host, else the outlet it credits, else the file name."""
    if outlet:
        return outlet
    if url:
        host = re.sub(r"^www\.", "", re.sub(r"^[a-z]+://", "", url).split("/")[0])
        if host:
            return host
    credit = next((c for c in credits if c), None)
    if credit:
        return credit
    if origin:
        return re.split(r"[/\\]", origin)[-1]
    return fallback


def source_label(doc: Doc) -> str:
    """Who published an article, for comparison (see :func:`label_source`)."""
    a = doc.article
    p = a.provenance
    return label_source(a.outlet, a.url, [p.original_outlet, p.source_credit, p.translated_from], a.origin, a.id)


def sentences_of(doc: Doc) -> list[tuple[int, int]]:
    spans = [(s.start, s.end) for s in doc.layers.get("sentence", [])]
    if spans:
        return spans
    return split_sentences(doc.text)


def _resplit(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Stored sentence spans, each split again by today's splitter (a store made before a fix of the splitter
    may hold two sentences run together: "... بلادنا.وأشار ...")."""
    out = []
    for s, e in spans:
        piece = text[s:e]
        # (most stored sentences hold one period, their last character: one sentence, told without the splitter)
        inner = split_sentences(piece) if "." in piece and not one_sentence(piece) else [(0, e - s)]
        out.extend((s + a, s + b) for a, b in inner)
    return out


def _name_matcher(docs: list[Doc]) -> re.Pattern[str] | None:
    """A pattern finding the story's names of places and organisations (the tagger's LOC and ORG mentions,
    folded) in folded text."""
    stops = stopwords()
    names = set()
    for doc in docs:
        for m in doc.layers.get("mention", []):
            if m.label in ("LOC", "ORG"):
                name = fold_for_search(doc.text[m.start:m.end]).strip()
                if len(name) >= 3 and name not in stops:
                    names.add(name)
    if not names:
        return None
    alts = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])(?:[وفبلك]{{0,2}})({alts})(?![^\W\d_])")


def _names(pattern: re.Pattern[str] | None, text: str, *, folded: bool = False) -> frozenset[str]:
    if pattern is None:
        return frozenset()
    return frozenset(pattern.findall(text if folded else fold_for_search(text)))


class _StoryNames:
    """The story's place and organisation names in a sentence (:attr:`Sent.names`, ``article_names``,
    ``lead_names``), found when the sentence's are first read (most story views never read them): the story's
    pattern once, each article's text and lead once."""

    __slots__ = ("docs", "leads", "index", "pattern", "of_doc")

    def __init__(self, docs: list[Doc]) -> None:
        self.docs = docs
        self.leads: list[str] = []  # each article's first body sentence
        self.index = {doc.article.id: k for k, doc in enumerate(docs)}
        self.pattern: re.Pattern[str] | None | bool = False  # (False: not compiled yet)
        self.of_doc: dict[int, tuple[frozenset[str], frozenset[str]]] = {}

    def fill(self, sent: Sent) -> None:
        """Set the sentence's three name sets (as :func:`story_sentences` once did for every sentence)."""
        if self.pattern is False:
            self.pattern = _name_matcher(self.docs)
        names = self.pattern
        k = self.index[sent.article_id]
        if k not in self.of_doc:
            doc = self.docs[k]
            self.of_doc[k] = (_names(names, doc.article.title + "\n" + doc.text), _names(names, self.leads[k]))
        sent.article_names, sent.lead_names = self.of_doc[k]
        if sent.facts:
            sent.names = _names(names, fold_for_search(sent.text), folded=True)
        sent.story_names = None


def story_sentences(docs: list[Doc]) -> list[Sent]:
    """Headlines and body sentences of the story's articles, with vectors and facts (the name sets are found when
    first read: ``Sent.story_names``)."""
    out: list[Sent] = []
    story_names = _StoryNames(docs)
    for doc in docs:
        src = source_label(doc)
        units = []
        if doc.article.title.strip():
            units.append((0, 0, doc.article.title.strip(), True))
        # News puts what matters first: the comparison reads the lead, not an archive's worth of background.
        for s, e in _resplit(doc.text, sentences_of(doc)[:MAX_SENTENCES])[:MAX_SENTENCES]:
            raw = doc.text[s:e]
            lead = len(raw) - len(raw.lstrip())
            units.append((s + lead, s + lead + len(raw.strip()), raw.strip(), False))
        masked = mask(doc.text, doc.layers.get("mention", []))
        dots = dots_for_thousands(doc.text)  # ("72.837" is 72,837 in a text that writes "45.999.540")
        story_names.leads.append(next((t for *_, t, is_title in units if not is_title), ""))
        for pos, (s, e, text, is_title) in enumerate(units):
            if len(text) < 15:
                continue
            folded = fold_for_search(text)  # (folded once for the stems, the figures, the dates and the names)
            stems = content_stems(folded, folded=True)
            # Names count half: two sentences about the same people are not the same statement.
            counts = Counter(stems)
            if not is_title and masked[s:e] != text:  # (no name in the sentence: every stem is plain, counts stay)
                plain = Counter(content_stems(masked[s:e]))
                counts = Counter({k: plain.get(k, 0) + NAME_WEIGHT * (c - plain.get(k, 0)) for k, c in counts.items()})
            facts = quantities(text, norm=folded, dots=dots)
            out.append(Sent(len(out), doc.article.id, src, s, e, text, stems, tfidf(counts, max_terms=200),
                            title=is_title, position=pos, facts=facts, dates=date_facts(text, norm=folded),
                            day=(doc.article.published_at or "")[:10], story_names=story_names))
    return out


def align(sents: list[Sent], min_similarity: float) -> dict[tuple[int, int], float]:
    """Pairs of sentences from different sources with cosine >= ``min_similarity`` (via an inverted index).

    Each sentence's rare stems (the only ones in the index) are picked once: the second pass goes through them
    alone, not through every stem again with a look-up that finds nothing for most (the same sentences met in the
    same order: a stem not in the index added none)."""
    rare_of = [[stem for stem in set(s.stems) if idf(stem) > 2.5] for s in sents]
    index: dict[str, list[int]] = defaultdict(list)
    for s, rare in zip(sents, rare_of):
        for stem in rare:
            index[stem].append(s.idx)
    pairs: dict[tuple[int, int], float] = {}
    for s, rare in zip(sents, rare_of):
        seen: dict[int, int] = {}  # (a plain dict: Counter's ``+= 1`` calls __missing__ for each new sentence)
        get = seen.get
        i = s.idx
        for stem in rare:
            for j in index[stem]:
                if j > i:
                    seen[j] = get(j, 0) + 1
        short = len(s.vec) <= 6
        for j, shared in seen.items():
            o = sents[j]
            if o.source == s.source:
                continue
            if shared < 2 and not (short or len(o.vec) <= 6):
                continue  # one rare word in common cannot make two long sentences say the same thing
            sim = dot(s.vec, o.vec)  # sentence vectors are L2-normalised: the dot product is the cosine
            if sim >= min_similarity:
                pairs[(i, j)] = sim
    return pairs


def _once(items: list[Any], sent: Callable[[Any], Sent]) -> list[Any]:
    """``items`` but one of each sentence an outlet wrote twice (a page and its copy, stored apart): the story of
    Turkey's strikes showed each of four agreed figures twice in one outlet's words."""
    seen: set[tuple[str, str]] = set()
    out = []
    for item in items:
        s = sent(item)
        if (s.source, s.text) not in seen:
            seen.add((s.source, s.text))
            out.append(item)
    return out


def _group_refs(items: list[Sent]) -> dict[str, Any]:
    return {"sentences": [s.ref() for s in _once(items, lambda s: s)], "outlets": sorted({s.source for s in items}),
            "articles": sorted({s.article_id for s in items})}


def _counted_noun(frame: str, facts: list[Quantity]) -> str | None:
    """The counted noun of a ``count:`` frame as an outlet wrote it; None when no outlet wrote a content word
    there (a folded key or a function word never names a figure)."""
    for q in facts:
        noun = q.noun.strip()
        if noun and fold_for_search(noun) not in stopwords() and not any(c.isdigit() for c in noun):
            return noun
    return None


def _frame_name(frame: str, facts: list[Quantity]) -> str:
    if frame.startswith("count:"):
        noun = _counted_noun(frame, facts)
        return f"number of {noun}" if noun else "a count"
    base, _, unit = frame.partition(":")
    return FRAME_NAMES.get(base, base) + (f" ({unit}s)" if unit else "")


_PLURAL_ENDINGS = ("ات", "ون", "ين")
_HAMZA_PLURAL_RE = re.compile(r"ا(?=[^ا]{2}ا[^ا]$)")  # أفعال: the folded اشخاص is written أشخاص


def _bare_noun(noun: str) -> str:
    """A counted noun as written, without what the number's grammar put on it: a proclitic preposition or
    conjunction ("بجروح" → "جروح") and the accusative alif of a singular after 11–99 ("منزلا" → "منزل"), each
    taken off only when the rest is a word of the news (the shipped lexicon) with the article."""
    lex = default_lexicon()
    word = strip_diacritics(noun)
    f = fold_for_search(word)
    if len(f) > 3 and f[0] in "وفبلك" and lex.known("ال" + f[1:]) and not lex.known("ال" + f):
        word, f = word[1:], f[1:]
    if len(f) >= 3 and f.endswith("ا") and not f.endswith("اا") and (
            lex.known("ال" + f[:-1]) or lex.freq(f[:-1]) >= 10):
        word, f = word[:-1], f[:-1]
    return word


def _plural_of(single: str) -> str | None:
    """The plural of a singular noun (written form), the commonest of its sound and broken plurals the news writes
    with the article (شخص → أشخاص, منزل → منازل, جولة → جولات, هدف → أهداف); None when the news has none."""
    lex = default_lexicon()
    f = fold_for_search(single)
    if f in lex.names:  # a name has no plural («2018 وقطر» counts no «قطار»)
        return None
    stem = f[:-1] if f.endswith("ه") else f
    cands = [stem + "ات"]
    if len(f) == 3:
        a, b, c = f
        cands += ["ا" + a + b + "ا" + c, a + b + "و" + c, a + b + "ا" + c]
    elif len(f) == 4:
        a, b, c, d = f
        cands += [a + b + "ا" + c + d]
    best = max(cands, key=lambda w: lex.freq("ال" + w))
    if lex.freq("ال" + best) < 10 or lex.freq("ال" + best) * 20 < lex.freq("ال" + f) or best.startswith("ال"):
        return None
    if best.endswith("ات") and len(best) - 2 == len(stem):
        return (single[:-1] if f.endswith("ه") else single) + "ات"
    return _HAMZA_PLURAL_RE.sub("أ", best, count=1) if len(f) == 3 and best.startswith("ا") else best


def _is_plural(noun: str) -> bool:
    """Is a noun (written form) a plural: a sound plural ending, or a broken plural (فعول, أفعال, مفاعل) whose
    singular the news writes with the article (جروح: الجرح; أهداف: الهدف; منازل: المنزل)?"""
    lex = default_lexicon()
    f = fold_for_search(noun)
    if f.endswith(_PLURAL_ENDINGS) and len(f) > 4:
        return True
    singles = []
    if len(f) == 4 and f[2] == "و":
        singles.append(f[:2] + f[3])
    if len(f) == 5 and f[0] == "ا" and f[3] == "ا":
        singles.append(f[1:3] + f[4])
    if len(f) == 5 and f[2] == "ا" and f[4] != "ه":  # (not سيارة)
        singles.append(f[:2] + f[3:])
    return any(lex.known("ال" + w) and lex.freq("ال" + w) >= 10 for w in singles)


def _counted_label_ar(facts: list[Quantity]) -> str | None:
    """What a count frame counts, as a label reads in Arabic: «عدد» and the noun's definite plural ("عدد الأشخاص",
    "عدد المنازل"), not the noun as the number's grammar left it in one sentence ("590 شخصا", "86 منزلا",
    "اثنين بجروح").  A noun written after 3–10, or with a sound plural ending, is already plural; otherwise its
    plural is looked for in the news's words.  None when there is no content word or no plural to be found."""
    nouns = [(q, q.noun.strip()) for q in facts]
    nouns = [(q, n) for q, n in nouns
             if n and fold_for_search(n) not in stopwords() and not any(c.isdigit() for c in n)]
    for q, n in nouns:
        bare = _bare_noun(n)
        if 3 <= q.value <= 10 or _is_plural(bare):
            return "عدد ال" + bare
    for q, n in nouns:
        plural = _plural_of(_bare_noun(n))
        if plural:
            return "عدد ال" + plural
    return None


def _frame_name_ar(frame: str, facts: list[Quantity]) -> str:
    """The Arabic label of a frame: "عدد القتلى", "عدد المذكرات" (the counted noun's definite plural), "المدة
    (بالسنوات)"; a noun with no plural to be found is shown bare in brackets ("العدد (منزل)")."""
    if frame.startswith("count:"):
        label = _counted_label_ar(facts)
        if label:
            return label
        noun = _counted_noun(frame, facts)
        return f"العدد ({_bare_noun(noun)})" if noun else "العدد"
    base, _, unit = frame.partition(":")
    name = FRAME_NAMES_AR.get(base, "رقم")
    return name + (f" ({UNIT_NAMES_AR[unit]})" if unit in UNIT_NAMES_AR else "")


def _days_apart(a: str, b: str) -> int:
    """Days between two publication days (0 when either is unknown)."""
    if len(a) < 10 or len(b) < 10:
        return 0
    try:
        return abs((date.fromisoformat(a) - date.fromisoformat(b)).days)
    except ValueError:
        return 0


def _fact_ref(q: Quantity, s: Sent) -> dict[str, Any]:
    """Where a figure is stated: its sentence, and the figure in the outlet's own words with its offsets."""
    return {**s.ref(), "figure": q.surface, "figure_start": s.start + q.start, "figure_end": s.start + q.end}


def _fact_refs(items: list[tuple[Quantity, Sent]]) -> dict[str, Any]:
    return {"sentences": [_fact_ref(q, s) for q, s in _once(items, lambda qs: qs[1])],
            "outlets": sorted({s.source for _, s in items}),
            "articles": sorted({s.article_id for _, s in items})}


def same_fact(a: Sent, b: Sent, unit_stems: set[str], opts: CompareOptions, *, strong: bool = False) -> bool:
    """Are two sentences stating a figure of one frame about the same thing (the toll of the same attack)?
    Their wording must be close, or share at least :data:`SAME_FACT_CONTEXT` content words besides the unit,
    one of them rarer than news filler (two market reports share all their vocabulary).  ``strong``: the
    frame itself names the fact (a death toll, "the first ... since"), so related wording is enough."""
    if a.article_id == b.article_id:
        return False
    if strong:
        return cosine(a.vec, b.vec) >= opts.related_similarity or _shared_context(a, b, unit_stems) >= 2
    if cosine(a.vec, b.vec) >= opts.same_fact_similarity:
        return True
    shared = (set(a.stems) & set(b.stems)) - unit_stems
    return len(shared) >= SAME_FACT_CONTEXT and any(idf(t) >= RARE_CONTEXT_IDF for t in shared)


def _noun_form(noun: str) -> str:
    """"f" for a sound feminine counted noun (مقاتلات، سيارة), "m" for a sound masculine one (مقاتلين، مقاتلا),
    "" for the rest (broken plurals: أشخاص، أسر)."""
    w = fold_for_search(noun).strip()
    if w.endswith(("ات", "ه", "تين", "تان")):
        return "f"
    if w.endswith(("ين", "ون", "ان")) or (w.endswith("ا") and not w.endswith(("اا", "ها"))):
        return "m"
    return ""


def _tokens_around(text: str, start: int, end: int) -> tuple[list[str], list[str]]:
    """The folded words before and after a figure at ``text[start:end]`` (the sentence's own offsets)."""
    return WORD_RE.findall(fold_for_search(text[:start])), WORD_RE.findall(fold_for_search(text[end:]))


ANCHOR_WINDOW = 8  # words on either side of a figure where its time anchor is looked for
WEEKDAYS = {"الاثنين": 0, "الثلاثاء": 1, "الاربعاء": 2, "الخميس": 3, "الجمعه": 4, "السبت": 5, "الاحد": 6}


def _day_of(word: str, day: str, nxt: str = "") -> str:
    """The day a day word names, as a weekday number when the publication day is known ("امس" on a Monday is
    6), else the word itself."""
    if word in WEEKDAYS:
        return str(WEEKDAYS[word])
    shift = {"امس": -1, "البارحه": -1, "اليوم": 0, "الليله": 0}.get(word)
    if word == "امس" and nxt == "الاول":
        shift = -2  # "أمس الأول": the day before yesterday
    if shift is None:
        return ""  # صباح/مساء: a time of some day
    try:
        return str((date.fromisoformat(day[:10]) + timedelta(days=shift)).weekday())
    except ValueError:
        return word


def _time_anchor(q: Quantity, s: Sent) -> str:
    """When the figure holds, by the nearest cue in its sentence: "day:N" (yesterday, on Sunday: N the weekday),
    "day" (a day not told), "rate" (daily, a year), "total" (so far, since, in all; "حتى يوم أمس" too),
    "session:open"/"session:close", or "" when the sentence does not say (within :data:`ANCHOR_WINDOW` words of
    the figure).  A duration is a time of its own: none."""
    if q.unit in ("year", "month", "day", "hour") or q.since_year is not None:
        return ""
    before, after = _tokens_around(s.text, q.start, q.end)
    before, after = before[-ANCHOR_WINDOW:], after[:ANCHOR_WINDOW]
    words = before + after
    dists = [len(before) - k for k in range(len(before))] + [k + 1 for k in range(len(after))]
    kinds = [""] * len(words)
    for k, w in enumerate(words):
        nxt = words[k + 1] if k + 1 < len(words) else ""
        st = stem_of(w)
        if w in ("حتي", "وحتي") and nxt in CUMULATIVE_AFTER_HATTA | {"صباح", "مساء"}:
            for m in range(k, min(len(words), k + 3)):  # "حتى يوم أمس", "حتى صباح اليوم": up to then
                kinds[m] = "total"
        elif kinds[k]:
            continue
        elif w in CUMULATIVE_CUES or st in CUMULATIVE_CUES:
            kinds[k] = "total"
        elif w in PERIODIC_CUES or st in PERIODIC_CUES:
            kinds[k] = "rate"
        elif st in ("بدايه", "مستهل", "مطلع", "افتتاح") and nxt.startswith(("التعامل", "التداول", "تعامل", "تداول")):
            kinds[k] = "session:open"
        elif st in ("نهايه", "ختام", "اغلاق", "التسويه", "تسويه") and (
                st in ("التسويه", "تسويه") or nxt.startswith(("التعامل", "التداول", "تعامل", "تداول"))):
            kinds[k] = "session:close"
        elif w in DAY_CUES or st in DAY_CUES:
            named = _day_of(w if w in DAY_CUES else st, s.day, nxt)
            kinds[k] = f"day:{named}" if named else "day"
    best, dist = "", 99
    for kind, d in zip(kinds, dists):
        if kind and d < dist:
            best, dist = kind, d
    return best


_CLOCK_RE = re.compile(r"الساعه\s+(\d{1,2})[:.]?(\d{2})")


def _clock(s: Sent) -> str:
    """The clock time a sentence gives ("بحلول الساعة 0642 بتوقيت جرينتش"), as HHMM, or ""."""
    m = _CLOCK_RE.search(fold_for_search(s.text))
    return f"{int(m.group(1)):02d}{m.group(2)}" if m else ""


def _anchors_differ(ta: str, tb: str) -> bool:
    if not ta or not tb:
        return False
    if ta.startswith("session") or tb.startswith("session"):
        return ta.startswith("session") and tb.startswith("session") and ta != tb
    if ta.split(":")[0] != tb.split(":")[0]:
        return True
    return ta != tb and ":" in ta and ":" in tb  # two days


LEVEL_CUES = {"عند", "الي", "مستوي", "مستواه", "ليغلق", "لتغلق", "ليصل", "لتصل", "ليبلغ", "لتبلغ", "بلغ", "بلغت",
              "يبلغ", "تبلغ", "ليسجل", "لتسجل", "قدره", "قدرها"}


def _role(q: Quantity, s: Sent) -> str:
    """"level" when the figure is where something stands ("ليغلق عند 8700 نقطة"), "change" when it is how much
    it moved ("ارتفع 135 نقطة", "بـ 44 نقطة"), else ""."""
    before, _ = _tokens_around(s.text, q.start, q.end)
    prev = before[-1] if before else ""
    if prev in LEVEL_CUES:
        return "level"
    raw = s.text[max(0, q.start - 3):q.start]
    if raw.rstrip().endswith(("ب", "بـ")) or prev in ("بمقدار", "بواقع"):
        return "change"
    if any(w in RISE_CUES or w in FALL_CUES or stem_of(w) in RISE_CUES | FALL_CUES for w in before[-2:]):
        return "change"
    return ""


def _direction(q: Quantity, s: Sent) -> str:
    """"up" or "down" when the nearest movement word before the figure says it rose or fell."""
    before, _ = _tokens_around(s.text, q.start, q.end)
    for w in reversed(before[-DIRECTION_WINDOW:]):
        if w.endswith(("ها", "هم")) and len(w) > 5:  # "تراجعها"
            w = w[:-2]
        st = stem_of(w)
        if w in RISE_CUES or st in RISE_CUES:
            return "up"
        if w in FALL_CUES or st in FALL_CUES:
            return "down"
    return ""


# People counted without saying who they are: any of them can be the toll.  Soldiers, children, citizens ... are
# a group of their own: "12 dead" and "5 soldiers" are two counts.
GENERIC_PEOPLE = {"شخص", "شخصا", "اشخاص", "قتيل", "قتيلا", "قتلي", "جريح", "جريحا", "جرحي", "مصاب", "مصابا",
                  "مصابين", "اخرين", "اخرون", "ضحيه", "ضحايا", "فرد", "افراد", "حاله", "حالات", "وفاه", "وفيات",
                  "اصابه", "اصابات", "مفقود", "مفقودا", "مفقودين", "نسمه"}


def _people_group(q: Quantity) -> str:
    """Who a casualty figure counts: "" for people at large, else the counted noun's key (جنود, أطفال ...)."""
    noun = fold_for_search(q.noun).strip() or (WORD_RE.findall(fold_for_search(q.surface)) or [""])[-1]
    if not noun or noun in GENERIC_PEOPLE or stem_of(noun) in GENERIC_PEOPLE:
        return ""
    return _noun_key(noun)


HEADLINE_CLASH_CONTEXT = 2  # content words besides the counted noun two headlines/leads share to clash on a count
MAX_RATIO = 3.0  # two values of one quantity told by two outlets are within this factor of each other


def distinct_quantities(qa: Quantity, sa: Sent, qb: Quantity, sb: Sent,
                        anchors: dict[tuple[str, float], str] | None = None) -> str:
    """Why two figures of one frame with different values are not two values of one quantity ("" when nothing
    says so): one is a part or an item of a list; the counted nouns are two senses of one root (مقاتلين
    fighters, مقاتلات jets); one holds on a day and the other per day or in all; one rose and the other fell; or
    they are told at two clock times; each side's sentence names a place or an organisation the other side's
    article never mentions; one is a level and the other a
    change; the values are more than :data:`MAX_RATIO` apart (a day's and a year's, a total and a group's).
    ``anchors``: the time anchor of each (article, value) in body sentences, for a headline that tells none."""
    if qa.part or qb.part:
        return "part"
    if qa.unit != qb.unit and qa.since_year is None and qb.since_year is None or not same_currency(qa, qb):
        return "unit"
    va, vb = abs(qa.value), abs(qb.value)
    if qa.since_year is None and qb.since_year is None and min(va, vb) > 0 and max(va, vb) / min(va, vb) > MAX_RATIO:
        return "scale"
    ra, rb = _role(qa, sa), _role(qb, sb)
    if ra and rb and ra != rb:
        return "role"
    da, db = _direction(qa, sa), _direction(qb, sb)
    if da and db and da != db:
        return "direction"
    if (da or db) and qa.frame.split(":")[0] not in STRONG_FRAMES:
        # a price, an index or any figure told as it rises or falls moves through the day: two outlets telling it
        # at two times differ without disagreeing (a toll that "rose to 15" is a strong frame, kept)
        return "moving"
    if qa.frame.startswith("count:"):
        fa, fb = _noun_form(qa.noun), _noun_form(qb.noun)
        if fa and fb and fa != fb:
            return "sense"
    elif qa.frame in ("dead", "injured", "missing"):
        ga, gb = _people_group(qa), _people_group(qb)
        if (ga or gb) and ga != gb:
            return "group"
    ta, tb = _time_anchor(qa, sa), _time_anchor(qb, sb)
    if anchors is not None:
        ta = ta or anchors.get((sa.article_id, qa.value), "")
        tb = tb or anchors.get((sb.article_id, qb.value), "")
    if _anchors_differ(ta, tb):
        return "time"
    ca, cb = _clock(sa), _clock(sb)
    if ca and cb and ca != cb:
        return "time"
    for sent in (sa, sb):
        if sent.story_names is not None:
            sent.story_names.fill(sent)  # (its name sets, found now)
    na = sa.names or (sa.lead_names if sa.title else frozenset())  # a headline names its event in the lead
    nb = sb.names or (sb.lead_names if sb.title else frozenset())
    if (na - sb.article_names) and (nb - sa.article_names):
        return "name"
    if sa.article_names and sb.article_names and not sa.article_names & sb.article_names:
        return "name"  # two articles naming no place or organisation in common tell of two events
    return ""


def _shared_context(a: Sent, b: Sent, unit_stems: set[str]) -> int:
    return len((set(a.stems) & set(b.stems)) - unit_stems)


def fact_comparison(sents: list[Sent], reference_year: int | None, opts: CompareOptions
                    ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Agreements and disagreements on quantity facts, frame by frame, only between claims about one thing.

    Two figures of one frame from two sources are compared only when their sentences are about the same
    thing (:func:`same_fact`); equal values then agree, values that do not fit together disagree — unless a
    source states both (a toll that rose, a range), which takes no side.
    """
    by_frame: dict[str, list[tuple[Quantity, Sent]]] = defaultdict(list)
    for s in sents:
        for q in s.facts:
            if q.frame != "span":
                by_frame[q.frame].append((q, s))
    agreements, disagreements = [], []
    for frame in sorted(by_frame):
        facts = by_frame[frame]
        if len({s.source for _, s in facts}) < 2:
            continue
        unit = {stem_of(w) for q, _ in facts for w in fold_for_search(q.surface).split(" ")[1:]}
        strong = frame.split(":")[0] in STRONG_FRAMES
        name = _frame_name(frame, [q for q, _ in facts])
        name_ar = _frame_name_ar(frame, [q for q, _ in facts])
        values_by_source: dict[str, list[Quantity]] = defaultdict(list)
        for q, s in facts:
            values_by_source[s.source].append(q)
        parent = list(range(len(facts)))

        def find(x: int) -> int:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        anchors: dict[tuple[str, float], str] = {}  # a headline's figure is anchored where its body tells it
        for q, s in facts:
            if not s.title:
                anchors.setdefault((s.article_id, q.value), _time_anchor(q, s))
        stated: dict[tuple[str, int], bool] = {}

        def states(source: str, k: int) -> bool:
            """Does ``source`` state a value compatible with the k-th figure?  (Asked again for every pair the
            figure clashes in: a market story's dozens of figures of one frame — answered once.)"""
            key = (source, k)
            known = stated.get(key)
            if known is None:
                q = facts[k][0]
                known = stated[key] = any(compatible(x, q, reference_year) for x in values_by_source[source])
            return known

        clashes: list[tuple[int, int]] = []
        for i, (qa, sa) in enumerate(facts):
            for j in range(i + 1, len(facts)):
                qb, sb = facts[j]
                # what the headlines and leads of one story count is what the story is about: one fact
                headline_facts = frame.startswith("count:") and sa.position <= 1 and sb.position <= 1 \
                    and sa.article_id != sb.article_id
                if sa.source == sb.source or not (headline_facts or same_fact(sa, sb, unit, opts, strong=strong)):
                    continue
                if frame in LOOSE_FRAMES and cosine(sa.vec, sb.vec) < opts.statement_similarity:
                    continue
                ok = compatible(qa, qb, reference_year)
                if ok and strong is False and qa.approx != qb.approx and \
                        (qa.value, qa.unit, qa.since_year) != (qb.value, qb.unit, qb.since_year):
                    continue  # "more than 3.6 billion" neither agrees nor clashes with "3.8 billion"
                if ok is False and frame.split(":")[0] not in STRONG_FRAMES and (
                        _days_apart(sa.day, sb.day) > (1 if headline_facts else 0)
                        or not headline_facts and cosine(sa.vec, sb.vec) < opts.retelling_similarity):
                    # sums, prices, counts differ between any two market reports or two stages of one event: only
                    # two tellings of one statement on one day disagree on them (or two headlines/leads on what
                    # they count); a price or a daily total told on two days is two facts
                    continue
                if (ok or (ok is None and strong)) and frame in ("dead", "injured", "missing") and \
                        _people_group(qa) != _people_group(qb):
                    continue  # nine soldiers and nine dead at large are not one count
                if ok or (ok is None and strong):  # "since 2000" and "24 years": cannot tell, do not split
                    parent[find(i)] = find(j)
                elif ok is False:
                    if strong and not (headline_facts or same_fact(sa, sb, unit, opts)):
                        continue  # related wording is enough to agree on a toll, not to set two tolls apart
                    # a source that also states the other value is not taking a side
                    if states(sa.source, j) or states(sb.source, i):
                        continue
                    if distinct_quantities(qa, sa, qb, sb, anchors):
                        continue  # two quantities, not two values of one
                    if headline_facts and not same_fact(sa, sb, unit, opts) and \
                            _shared_context(sa, sb, unit) < HEADLINE_CLASH_CONTEXT:
                        continue  # two headlines counting one noun may count it at two events
                    clashes.append((i, j))
        groups: dict[int, list[int]] = defaultdict(list)
        for i in range(len(facts)):
            groups[find(i)].append(i)
        agreed: dict[tuple[str, ...], dict[str, Any]] = {}  # one item per frame and figure
        for members in groups.values():
            # no chains, except for a frame that names the fact itself (one story has one toll): every figure shown
            # states the fact as the first one does — or, when that is a headline no other outlet words alike (joined
            # to the others as what the story counts), as the first body sentence does
            items = []
            for anchor in dict.fromkeys((members[0], next((i for i in members if not facts[i][1].title), members[0]))):
                first = facts[anchor][1]
                items = [facts[i] for i in members
                         if i == anchor or strong or same_fact(first, facts[i][1], unit, opts)]
                if len({s.source for _, s in items}) >= 2:
                    break
            if len({s.source for _, s in items}) >= 2:
                values = sorted({q.label() for q, _ in items})
                item = {"kind": "fact", "about": name, "about_ar": name_ar, "frame": frame,
                        "value": items[0][0].label(), "value_ar": items[0][0].label_ar(), "values": values,
                        "values_ar": sorted({q.label_ar() for q, _ in items}), **_fact_refs(items)}
                same = agreed.get(tuple(values))
                if same is not None:  # the same figure of the same frame agreed twice reads as one fact: shown once
                    _merge_refs(same, item)
                    continue
                agreed[tuple(values)] = item
                agreements.append(item)
        seen: set[tuple[int, int]] = set()
        shown: dict[frozenset[str], dict[str, Any]] = {}  # one item per pair of values (headline and lead alike)
        for i, j in clashes:
            gi, gj = find(i), find(j)
            key = (min(gi, gj), max(gi, gj))
            if key in seen:
                continue
            seen.add(key)
            sides = []
            for own, other in ((i, j), (j, i)):
                # a side is the figure that clashes and those of its group that fit it and not the other side's
                # (not the group's first figure: a chain of agreeing figures, 173 ~ «نحو 185» ~ «نحو 200», set
                # «~200» against another chain's «~200» while the sentences shown stated 173 and 215)
                mine, theirs = facts[own][0], facts[other][0]
                items = [facts[k] for k in groups[find(own)] if k == own or (
                    compatible(facts[k][0], mine, reference_year) and compatible(facts[k][0], theirs, reference_year)
                    is False and any(same_fact(facts[k][1], facts[x][1], unit, opts, strong=strong) for x in (i, j)))]
                sides.append({"value": mine.label(), "value_ar": mine.label_ar(), **_fact_refs(items)})
            pair = frozenset(v["value"] for v in sides)
            if len(pair) < 2:
                continue  # two figures that read alike (one value, two currencies unnamed) are shown as no clash
            if pair in shown:
                _merge_sides(shown[pair], sides)
                continue
            sides.sort(key=lambda v: -len(v["outlets"]))
            all_items = [facts[i], facts[j]]
            item = {"kind": "number", "about": name, "about_ar": name_ar, "frame": frame, "values": sides,
                    "outlets": sorted({s.source for _, s in all_items} | set(sides[0]["outlets"]) |
                                      set(sides[1]["outlets"])),
                    "articles": sorted({a for v in sides for a in v["articles"]})}
            shown[pair] = item
            disagreements.append(item)
    return agreements, disagreements


def _merge_refs(item: dict[str, Any], other: dict[str, Any]) -> None:
    """Add another group's sentences, outlets and articles to a shown agreement on the same figure."""
    have = {(r["article_id"], r["start"], r["figure_start"]) for r in item["sentences"]}
    item["sentences"] += [r for r in other["sentences"] if (r["article_id"], r["start"], r["figure_start"]) not in have]
    item["outlets"] = sorted(set(item["outlets"]) | set(other["outlets"]))
    item["articles"] = sorted(set(item["articles"]) | set(other["articles"]))


def _merge_sides(item: dict[str, Any], sides: list[dict[str, Any]]) -> None:
    """Add the sentences of another clash between the same two values to a shown disagreement."""
    for side in sides:
        mine = next(v for v in item["values"] if v["value"] == side["value"])
        have = {(r["article_id"], r["start"], r["figure_start"]) for r in mine["sentences"]}
        for r in side["sentences"]:
            if (r["article_id"], r["start"], r["figure_start"]) not in have:
                mine["sentences"].append(r)
        mine["outlets"] = sorted(set(mine["outlets"]) | set(side["outlets"]))
        mine["articles"] = sorted(set(mine["articles"]) | set(side["articles"]))
    item["outlets"] = sorted({o for v in item["values"] for o in v["outlets"]})
    item["articles"] = sorted({a for v in item["values"] for a in v["articles"]})


def _year_of(d: DateFact, latest_year: int | None) -> tuple[int | None, int | None]:
    """(year, tolerance) of a date fact; relative dates resolve against the story's latest year."""
    if d.year is not None:
        return d.year, 0
    if latest_year is None:
        return None, None
    return latest_year + min(0, d.relative or 0), 1


def date_disagreements(sents: list[Sent], latest_year: int | None, opts: CompareOptions | None = None
                       ) -> list[dict[str, Any]]:
    """The same kind of event in the same month, placed in years that do not fit, by different sources —
    only between sentences about the same thing, and not when a source states both years."""
    opts = opts or CompareOptions()
    keyed: dict[tuple[str, int], list[tuple[DateFact, Sent]]] = defaultdict(list)
    for s in sents:
        for d in s.dates:
            keyed[(d.event, d.month)].append((d, s))
    out = []
    for (event, month), facts in sorted(keyed.items()):
        resolved = []
        for d, s in facts:
            year, tol = _year_of(d, latest_year)
            if year is not None:
                resolved.append((year, tol or 0, d, s))
        years_of: dict[str, set[int]] = defaultdict(set)
        for year, _, _, s in resolved:
            years_of[s.source].add(year)
        sides: dict[int, dict[int, tuple[DateFact, Sent, int]]] = defaultdict(dict)  # year → idx → fact
        for i, (ya, ta, da, sa) in enumerate(resolved):
            for j in range(i + 1, len(resolved)):
                yb, tb, db, sb = resolved[j]
                if sa.source == sb.source or abs(ya - yb) <= max(ta, tb):
                    continue
                if abs(ya - yb) > MAX_DATE_GAP + max(ta, tb):
                    continue  # a September 13 years before another is another September's event, not a misdating
                if any(abs(y - yb) <= max(ta, tb) for y in years_of[sa.source]) or \
                        any(abs(y - ya) <= max(ta, tb) for y in years_of[sb.source]):
                    continue  # a source that states both years takes no side
                if not same_fact(sa, sb, set(), opts, strong=True):  # one kind of event in one month: related is enough
                    continue
                sides[ya][i] = (da, sa, ta)
                sides[yb][j] = (db, sb, tb)
        if len(sides) < 2:
            continue
        values = []
        for year in sorted(sides):
            items = list(sides[year].values())
            inferred = any(t for _, _, t in items)  # a relative date ("last September") resolved by us
            values.append({"value": f"{month:02d}/{year}" + (" (inferred)" if inferred else ""),
                           "value_ar": f"{MONTH_NAMES_AR[month - 1]} {year}" + (" (مستنتج)" if inferred else ""),
                           "expressions": sorted({d.surface for d, _, _ in items}),
                           **_group_refs([s for _, s, _ in items])})
        all_items = [s for v in sides.values() for _, s, _ in v.values()]
        out.append({"kind": "date", "about": f"when the {event} of month {month} took place",
                    "about_ar": f"موعد {EVENT_NAMES_AR.get(event, 'الحدث')} في شهر {MONTH_NAMES_AR[month - 1]}",
                    "values": values,
                    "outlets": sorted({s.source for s in all_items}),
                    "articles": sorted({s.article_id for s in all_items})})
    return out


def _has(stems: list[str], text: str, cues: set[str]) -> bool:
    words = set(WORD_RE.findall(fold_for_search(text)))
    return bool(words & cues) or bool(set(stems) & cues)


def _content(words: list[str]) -> list[str]:
    """Content stems of folded words, as a sentence's ``stems`` holds them."""
    return content_stems(" ".join(words))


def denied_content(text: str) -> tuple[list[str], list[str]] | None:
    """(who denies, what is denied) as content stems when the sentence says that someone denies something: a
    verb of denying ("نفت الوزارة صحة الأنباء عن منع ...", "نفى أن يكون ..."), or a report called baseless
    ("... عارية من الصحة").  None when it does not (صحة as health, نفى بـ to fulfil, a verb after a
    preposition)."""
    words = WORD_RE.findall(fold_for_search(text))
    for k, w in enumerate(words):
        bare = w[1:] if w[:1] in "وف" and w[1:] in DENIAL_VERBS else w
        if bare in DENIAL_VERBS:
            if k and words[k - 1] in PREPOSITIONS or k + 1 < len(words) and words[k + 1].startswith("ب"):
                continue
            rest = words[k + 1:k + 40]
            obj = next((m for m, x in enumerate(rest[:12]) if x in DENIED_OBJECT), None)
            if obj is None:  # "نفى الحزيم ذلك": the denied thing is not in the sentence
                continue
            m = obj
            while m < len(rest) and (rest[m] in NEWS_WORDS or rest[m] in stopwords()):
                m += 1
            return _content(rest[:obj]), _content(rest[m:m + 14])
        if stem_of(w) in ("عاريه", "العاريه") and any(x.endswith("صحه") for x in words[k + 1:k + 4]):  # "الأنباء حول X عارية من الصحة"
            before = words[max(0, k - 16):k]
            return [], _content([x for x in before if x not in NEWS_WORDS])
    return None


def denials(sents: list[Sent], pairs: dict[tuple[int, int], float]) -> list[dict[str, Any]]:
    """A sentence denying what an aligned sentence of another source asserts.

    Only a real denial counts (:func:`denied_content`), and only against a sentence that asserts what is denied:
    the first words of the denied fact are in it, most of the denied fact is, it negates nothing, and it does
    not name the denier (a sentence telling the denier's own account is the same side)."""
    out = []
    parsed: dict[int, tuple[list[str], list[str]] | None] = {}

    def denial_of(s: Sent) -> tuple[list[str], list[str]] | None:
        if s.idx not in parsed:
            parsed[s.idx] = denied_content(s.text) if _has(s.stems, s.text, DENIAL_CUES) else None
        return parsed[s.idx]

    for (i, j), sim in sorted(pairs.items(), key=lambda kv: -kv[1]):
        a, b = sents[i], sents[j]
        if sim < 0.35 or sim > 0.75 or a.title or b.title:
            # a denial answers the very statement it is aligned with; two near-identical tellings, one with a
            # denial clause added, are the same report
            continue
        if min(len(set(a.stems)), len(set(b.stems))) < MIN_STATEMENT_WORDS:  # tag lists, link lines
            continue
        da, db = denial_of(a), denial_of(b)
        if (da is None) == (db is None):
            continue
        (deny, claim), (denier, denied) = ((a, b), da) if da is not None else ((b, a), db)
        if _has(claim.stems, claim.text, NEGATION | DENIAL_CUES - {"صحه"}):  # both sides negate: no clash
            continue
        claimed = set(claim.stems)
        if len(denied) < 3 or not any(w in claimed for w in denied[:2]) or \
                sum(w in claimed for w in set(denied)) < max(3, len(set(denied)) // 2):
            continue  # the claim does not assert what is denied
        if sum(w in claimed for w in set(denier)) >= 2:
            continue  # the claim tells the denier's own account
        out.append({"kind": "denial", "about": "a denial against an assertion", "about_ar": "نفي لما أكده مصدر آخر",
                    "values": [{"value": "asserted", "value_ar": "أكّد", **_group_refs([claim])},
                               {"value": "denied", "value_ar": "نفى", **_group_refs([deny])}],
                    "outlets": sorted({a.source, b.source}), "articles": sorted({a.article_id, b.article_id})})
    return out[:3]


@lru_cache(maxsize=4096)
def _act_words(text: str) -> frozenset[str]:
    """The folded words of a sentence, each also without a leading «و»: the stemmer reads «فتحت» as «ف» + «تحت»."""
    words = WORD_RE.findall(fold_for_search(text))
    return frozenset(chain(words, (w[1:] for w in words if w.startswith("و"))))


def _acts(s: Sent) -> tuple[int, ...]:
    """Which side of each pair of :data:`OPPOSED_ACTS` a sentence tells: 1 the first, 2 the second, 0 neither,
    3 both (which opposes nothing)."""
    words = set(s.stems) | _act_words(s.text)
    return tuple((1 if not words.isdisjoint(one) else 0) + (2 if not words.isdisjoint(other) else 0)
                 for one, other in OPPOSED_ACTS)


def opposed(a: Sent, b: Sent) -> bool:
    """Do two sentences tell acts that undo each other (one a closure, the other an opening)?"""
    return any({x, y} == {1, 2} for x, y in zip(_acts(a), _acts(b)))


def statement_agreements(sents: list[Sent], pairs: dict[tuple[int, int], float], opts: CompareOptions) -> list[dict[str, Any]]:
    """Groups of near-identical statements from two or more sources (union of aligned pairs); two sentences telling
    acts that undo each other (:func:`opposed`) are never one statement."""
    parent = list(range(len(sents)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    degree: Counter[int] = Counter()
    for (i, j), sim in pairs.items():
        if sim >= opts.statement_similarity and not opposed(sents[i], sents[j]):
            parent[find(i)] = find(j)
            degree[i] += 1
            degree[j] += 1
    groups: dict[int, list[Sent]] = defaultdict(list)
    for i in degree:
        groups[find(i)].append(sents[i])
    out = []
    for members in groups.values():
        members.sort(key=lambda s: s.idx)
        if len({s.source for s in members}) < 2:
            continue
        rep = max(members, key=lambda s: (degree[s.idx], -s.idx))
        # no chains: every member says what the representative says; one sentence per article
        close = {s.idx: (1.0 if s is rep else pairs.get((min(s.idx, rep.idx), max(s.idx, rep.idx)), 0.0))
                 for s in members}
        best: dict[str, Sent] = {}
        # the closest first (the representative, then members in order on a tie): an article's closest sentence,
        # unless it tells the act undoing one taken already (a closure and a reopening, each close to a wording
        # of neither)
        for s in sorted(members, key=lambda s: -close[s.idx]):
            if (s is rep or close[s.idx] >= opts.retelling_similarity and not opposed(s, rep)) and \
                    s.title == rep.title and len(set(s.stems)) >= MIN_STATEMENT_WORDS and \
                    s.article_id not in best and not any(opposed(s, t) for t in best.values()):
                best[s.article_id] = s
        members = sorted(best.values(), key=lambda s: s.idx)
        if len({s.source for s in members}) < 2:
            continue
        out.append({"kind": "statement", "about": rep.text, **_group_refs(members)})
    out.sort(key=lambda g: (-len(g["outlets"]), g["sentences"][0]["article_id"]))
    return out[: opts.max_items]


def single_outlet_claims(sents: list[Sent], pairs: dict[tuple[int, int], float], opts: CompareOptions) -> list[dict[str, Any]]:
    """Sentences whose content no other source carries, ranked by how much new content they hold."""
    sources = {s.source for s in sents}
    if len(sources) < 2:
        return []
    best: dict[int, float] = defaultdict(float)
    for (i, j), sim in pairs.items():
        best[i] = max(best[i], sim)
        best[j] = max(best[j], sim)
    stems_by_source: dict[str, set[str]] = defaultdict(set)
    for s in sents:
        stems_by_source[s.source].update(s.stems)
    elsewhere_of: dict[str, set[str]] = {}  # source → the stems of the other sources (made once a source, not a sentence)
    ranked = []
    for s in sents:
        if s.title or len(s.stems) < 6 or best[s.idx] >= opts.single_max_similarity:
            continue
        elsewhere = elsewhere_of.get(s.source)
        if elsewhere is None:
            elsewhere = elsewhere_of[s.source] = set().union(
                *(v for k, v in stems_by_source.items() if k != s.source))
        new = [t for t in set(s.stems) if t not in elsewhere]
        novelty = len(new) / len(set(s.stems))
        if novelty < 0.2:
            continue
        bonus = (1.0 if s.facts else 0.0) + (1.0 if _has(s.stems, s.text, ATTRIBUTION_CUES) else 0.0)
        ranked.append((novelty * math.log(1 + len(new)) + bonus, s, sorted(new)))
    ranked.sort(key=lambda t: (-t[0], t[1].idx))
    out, per_source = [], Counter()
    for sc, s, new in ranked:
        if per_source[s.source] >= 2:
            continue
        per_source[s.source] += 1
        out.append({"kind": "single", "outlet": s.source, "about": s.text, "new_words": new[:8],
                    "score": round(sc, 3), **_group_refs([s])})
        if len(out) >= opts.max_items:
            break
    return out


_WORD = re.compile(r"[^\W\d_]{2,}")
# A compound name written in two words («عبد الرحمن», «أبو ظبي») is one word of wording: its second half alone
# («الرحمن», «ظبي») is no outlet's choice of words, only a fragment of how it spaces the name.
_COMPOUND_NAME = re.compile(r"\b([وفلب]?(?:عبد|أبو|ابو|أبي|ابي)) +(?=[^\W\d_])")


@lru_cache(maxsize=1)
def _calendar_words() -> frozenset[str]:
    """Month names (folded, and their stems; of «كانون الثاني» its first word): an outlet's dateline style
    («تموز/يوليو»), not its wording of the story."""
    from marsad.nlp.timex_lexicon import GREGORIAN_MONTHS

    words = {name.split()[0] for name, _, safe in GREGORIAN_MONTHS if safe}
    return frozenset(words | {stem_of(w) for w in words})


def _wording_key(word: str) -> str:
    """The stem a word of the text counts under in ``distinctive_wording`` ("" for a stopword, a short stem or a
    calendar word)."""
    stops = stopwords()
    f = fold_for_search(word)
    if f in stops:
        return ""
    s = stem_of(f)
    calendar = _calendar_words()
    return "" if len(s) < 3 or s in stops or f in calendar or s in calendar else s


# word → its ``_wording_key``, for the words met so far (the web API computes views on a thread pool: a
# WordTable finds every key while another thread empties it)
_WORDING_KEYS = WordTable(_wording_key, 200_000)


def distinctive_wording(docs: list[Doc], opts: CompareOptions) -> dict[str, list[dict[str, Any]]]:
    """Per source, the words it uses more than the others: weighted log-odds z-scores with an informative prior.

    The prior is the story's overall word distribution scaled to ``prior_share`` of
    its size (Monroe et al. 2008, eq. 16-22); only words a source uses at least twice
    and with z above ``min_z`` are kept.

    Fast because no word is visited in Python: each source's stems are counted in C over its words' keys (a
    dict read by ``map``), and the written forms of a stem are counted only for the few stems shown (their words
    picked by ``compress``).  The same counts, z-scores and words as counted word by word: which form a stem shows
    (its most common, the first seen of them on a tie) reads the words in the same order.
    """
    texts = [_WORD.findall(_COMPOUND_NAME.sub(r"\1", doc.article.title + "\n" + doc.text)) for doc in docs]
    key_of = _WORDING_KEYS.__getitem__
    by_source: dict[str, list[list[str]]] = defaultdict(list)
    for doc, words in zip(docs, texts):
        by_source[source_label(doc)].append(words)
    counts: dict[str, Counter[str]] = {}
    for src, parts in by_source.items():
        mine = Counter(map(key_of, chain.from_iterable(parts)))
        mine.pop("", None)  # (stopwords and short stems)
        if mine:  # (a source counts once it has a word)
            counts[src] = mine
    if len(counts) < 2:
        return {}
    # (the sources' counts added up, not every word's key looked up again: the same count of each stem, as the
    # words of a source without a counted word are all stopwords and short stems)
    total: Counter[str] = Counter()
    for mine in counts.values():
        total.update(mine)
    n_total = sum(total.values())
    a0 = max(1.0, opts.prior_share * n_total)
    found: dict[str, list[tuple[str, float, int, int]]] = {}  # source → (stem, z, its count, the others' count)
    for src in sorted(counts):
        mine = counts[src]
        n_i = sum(mine.values())
        n_j = n_total - n_i
        rows = []
        for w, y_i in mine.items():
            if y_i < 2:
                continue
            y_j = total[w] - y_i
            a_w = a0 * total[w] / n_total
            delta = (math.log((y_i + a_w) / (n_i + a0 - y_i - a_w)) - math.log((y_j + a_w) / (n_j + a0 - y_j - a_w)))
            z = delta / math.sqrt(1.0 / (y_i + a_w) + 1.0 / (y_j + a_w))
            if z > opts.min_z:
                rows.append((w, z, y_i, y_j))
        found[src] = rows
    # how often each written form of the stems shown is written, the forms in the order first written
    shown = {w for rows in found.values() for w, *_ in rows}
    surface: dict[str, dict[str, int]] = defaultdict(dict)
    if shown:
        written = Counter(chain.from_iterable(texts))
        for word in compress(written, map(shown.__contains__, map(key_of, written))):
            surface[key_of(word)][word] = written[word]
    out: dict[str, list[dict[str, Any]]] = {}
    for src, found_rows in found.items():
        # the most common written form, the first seen of them on a tie (as Counter.most_common(1))
        rows = [{"word": max(surface[w].items(), key=itemgetter(1))[0], "z": round(z, 2), "count": y_i,
                 "others": y_j} for w, z, y_i, y_j in found_rows]
        rows.sort(key=lambda r: (-r["z"], r["word"]))
        if rows:
            out[src] = rows[: opts.distinctive_terms]
    return out


def reference_years(docs: list[Doc]) -> tuple[int | None, int | None]:
    """(year of publication, latest explicit year written in the texts) — for "since 2000" and "last September"."""
    pub = sorted(int(d.article.published_at[:4]) for d in docs
                 if d.article.published_at and d.article.published_at[:4].isdigit())
    published = pub[len(pub) // 2] if pub else None
    years = [int(y) for d in docs for y in re.findall(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)", d.text)]
    latest = published or (max(years) if years else None)
    return published, latest


def compare(docs: list[Doc], options: CompareOptions | None = None, *, sents: list[Sent] | None = None,
            pairs: dict[tuple[int, int], float] | None = None) -> dict[str, Any]:
    """Agreements, disagreements, single-outlet claims and distinctive wording across a story's articles.

    ``sents``/``pairs`` (from :func:`story_sentences`/:func:`align`) can be passed when already computed.
    """
    opts = options or CompareOptions()
    sents = story_sentences(docs) if sents is None else sents
    pairs = align(sents, opts.related_similarity) if pairs is None else pairs
    published, latest = reference_years(docs)
    fact_agree, fact_disagree = fact_comparison(sents, published, opts)
    agreements = fact_agree + statement_agreements(sents, pairs, opts)
    disagreements = fact_disagree + date_disagreements(sents, latest, opts) + denials(sents, pairs)
    return {
        "agreements": agreements[: opts.max_items * 2],
        "disagreements": disagreements[: opts.max_items],
        "single_outlet_claims": single_outlet_claims(sents, pairs, opts),
        "distinctive_wording": distinctive_wording(docs, opts),
        "sources": sorted({s.source for s in sents}),
    }
