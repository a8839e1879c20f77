"""What an article says, who it is about and when: the features story clustering compares.

- *terms*: normalised, clitic-stripped words weighted by TF-IDF (sublinear term
  frequency, title words count more), the top ``max_terms`` kept, L2-normalised.
  IDF comes from background document frequencies shipped with the package
  (SaudiNewsNet counts, see ``build_data``), so a term's weight does not depend
  on what else is in the store or in what order articles arrive.
- *entities*: linked entities of the ``mention`` layer (entity id, else the
  folded name), weighted by mentions and rarity; empty when no NER ran.
- *date*: the publication day, else the most cited day in the ``timex`` layer.

Tokenising is a regular expression over the folded text plus a cached
clitic split per word type: fast enough for 30,000 articles in seconds.
"""

from __future__ import annotations

import gzip
import math
import re
from collections import Counter
from dataclasses import dataclass, field, fields
from functools import lru_cache
from importlib import resources
from operator import mul
from typing import Any, Callable, Iterable, Iterator

from marsad.arabic.clitics import split_clitics
from marsad.arabic.normalize import fold_for_search
from marsad.models import Article, Span

WORD_RE = re.compile(r"[^\W\d_]{2,}")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}")
NUMBER_RE = re.compile(r"\d+")
# a web address in folded text (Latin lower-cased): its words and numbers name a site, not an event — every education
# office's call to book a teachers' interview gives the ministry's booking address
URL_RE = re.compile(r"(?:https?://|www\.)\S+|\b[a-z0-9][a-z0-9_-]*(?:\.[a-z0-9_-]+)*\.(?:com|org|net|gov|edu|sa|info)\b\S*")


def prefix_stripper(prefixes: tuple[str, ...]) -> Callable[[str], str]:
    """A folded word without the first of ``prefixes`` (longest first) it starts with, when three letters or more
    remain ("وبالحريق" → حريق): each slot module passes the clitics and articles its words may carry.  Cached: a
    pure function of the word, and headlines and leads repeat their words."""
    @lru_cache(maxsize=200_000)
    def bare(word: str) -> str:
        for p in prefixes:
            if word.startswith(p) and len(word) - len(p) >= 3:
                return word[len(p):]
        return word
    return bare


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """Matching forms of function words and news filler (shipped ``data/stopwords.txt``)."""
    text = (resources.files("marsad.stories") / "data" / "stopwords.txt").read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip())


@lru_cache(maxsize=1)
def document_frequencies() -> tuple[int, dict[str, int]]:
    """(background corpus size, stem → document count), from the shipped ``data/df.tsv.gz``."""
    path = resources.files("marsad.stories") / "data" / "df.tsv.gz"
    n, df = 1, {}
    with gzip.open(str(path), "rt", encoding="utf-8") as f:
        for line in f:
            key, _, count = line.rstrip("\n").partition("\t")
            if key == "#N":
                n = int(count)
            else:
                df[key] = int(count)
    return n, df


def idf(stem: str) -> float:
    """Smoothed inverse document frequency; an unseen word counts as rare (but not rarer than df=1); cached per
    stem (:data:`_IDF`)."""
    return _IDF[stem]


SUFFIXES = ("هما", "كما", "تان", "تين", "هم", "هن", "ها", "كم", "نا", "ات", "ون", "ين", "ان", "يه", "ه")


@lru_cache(maxsize=500_000)
def stem_of(word: str) -> str:
    """Clitic-stripped form of a folded word (وبالعاصمه → عاصمه), cached per word type."""
    if len(word) < 4 or not ("\u0600" <= word[0] <= "\u06ff"):
        return word
    return split_clitics(word)[1] or word


# SUFFIXES by length, longest first (a stem ends with at most one ending of each length): the endings
# ``term_of`` tries in turn, looked up by the stem's last letters instead of one by one
_ENDINGS = tuple((n, frozenset(x for x in SUFFIXES if len(x) == n))
                 for n in sorted({len(x) for x in SUFFIXES}, reverse=True))
assert list(SUFFIXES) == sorted(SUFFIXES, key=len, reverse=True), "term_of tries the longer endings first"


@lru_cache(maxsize=500_000)
def term_of(word: str) -> str:
    """The matching key of a content word: clitics, then one pronoun/plural/feminine ending off
    (تحالفهما → تحالف, اتفاقيات → اتفاقي); never shorter than three letters."""
    s = stem_of(word)
    if len(s) >= 5 and "\u0600" <= s[0] <= "\u06ff":
        for n, endings in _ENDINGS:
            if s[-n:] in endings and len(s) - n >= 3:
                return s[:-n]
    return s


def content_term(word: str) -> str | None:
    """The matching key of a folded word when it is a content word (None for a stopword); texts read it through the
    word table :data:`_TERMS`."""
    stops = stopwords()
    if word in stops:
        return None
    s = term_of(word)
    return s if len(s) >= 2 and s not in stops else None


class WordTable(dict):
    """word → ``of(word)``, for the words met so far: a plain dict, read with ``__getitem__`` from ``map`` over
    every word of a text (a look-up in C, cheaper than the call of a cached function, which also reorders its
    LRU list at every hit).  A word not met before gets its value on the look-up (``__missing__``: a reader on
    another thread finds every word even while the table is emptied); emptied when it holds ``limit`` words."""

    def __init__(self, of: Callable[[str], Any], limit: int, *items: Any) -> None:
        super().__init__(*items)
        self.of, self.limit = of, limit

    def __missing__(self, word: str) -> Any:
        if len(self) >= self.limit:
            self.clear()
        v = self[word] = self.of(word)
        return v


# word → its :func:`content_term`
_TERMS = WordTable(content_term, 500_000)


def content_stems(text: str, *, keep_stopwords: bool = False, folded: bool = False) -> list[str]:
    """Stems of the content words of ``text`` in order (no digits, no stopwords, at least 2 letters).

    ``folded=True`` says the text is already in :func:`fold_for_search` form."""
    words = WORD_RE.findall(text if folded else fold_for_search(text))
    if keep_stopwords:
        return [s for w in words if len(s := term_of(w)) >= 2]
    return [s for s in map(_TERMS.__getitem__, words) if s is not None]


def stem_counts(text: str, *, folded: bool = False) -> Counter[str]:
    """How often each content stem occurs in ``text``, in the order the stems first occur.

    ``folded=True`` says the text is already in :func:`fold_for_search` form.
    """
    # every word's stem looked up (cached per word type) and counted in C; stopwords count under None
    out: Counter[str] = Counter(map(_TERMS.__getitem__, WORD_RE.findall(text if folded else fold_for_search(text))))
    out.pop(None, None)  # type: ignore[call-overload]
    return out


@lru_cache(maxsize=200_000)
def name_stems(name: str) -> tuple[str, ...]:
    """The content stems of a name (cached: one article names its actors many times, and so do thousands)."""
    return tuple(stem_counts(name))


def l2(vec: dict[str, float]) -> dict[str, float]:
    vals = vec.values()
    n = math.sqrt(sum(map(mul, vals, vals)))
    return {k: v / n for k, v in vec.items()} if n else {}


def dot(a: dict[str, float], b: dict[str, float]) -> float:
    """Dot product of two sparse vectors (iterating over the smaller one, in its insertion order, so the
    float sum is the same on every run)."""
    if len(a) > len(b):
        a, b = b, a
    # The products of the keys both have, in a's order, summed in C: the same float sum as over all of a's keys with
    # 0.0 for a missing one (adding 0.0 leaves a sum that starts at 0.0 as it is), without the lookups, products and
    # additions of the keys b lacks (most of them: 48 terms against 48 share a few).
    shared = list(filter(b.__contains__, a))
    return sum(map(mul, map(a.__getitem__, shared), map(b.__getitem__, shared)), 0.0)


def norm(a: dict[str, float]) -> float:
    vals = a.values()
    return math.sqrt(sum(map(mul, vals, vals)))


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    """Cosine of two sparse vectors (plain dot product when both are L2-normalised)."""
    d = dot(a, b)
    if not d:
        return 0.0
    na = norm(a)
    nb = norm(b)
    return d / (na * nb) if na and nb else 0.0


def top(vec: dict[str, float], k: int) -> dict[str, float]:
    """The ``k`` heaviest entries (ties by key, so the result is deterministic)."""
    if len(vec) <= k:
        return dict(vec)
    if k < 1:
        return dict(sorted(vec.items(), key=lambda kv: (-kv[1], kv[0]))[:k])
    # The k-th weight, from the weights alone (floats sort fast), then only the entries that weigh as much or more
    # ordered by (-weight, key) — the same k entries in the same order as sorting them all (weights are never NaN).
    least = sorted(vec.values(), reverse=True)[k - 1]
    return {key: vec[key] for _, key in sorted([(-v, key) for key, v in vec.items() if v >= least])[:k]}


def tfidf(stems: Iterable[str] | Counter[str], *, title_stems: Iterable[str] | Counter[str] = (),
          title_weight: float = 2.0, max_terms: int = 50) -> dict[str, float]:
    """Sublinear TF-IDF vector of the stems (title stems counted ``title_weight`` times), top terms, L2."""
    counts: Counter[str] = Counter(stems)
    extra = title_stems if isinstance(title_stems, Counter) else Counter(title_stems)
    for s, c in extra.items():
        counts[s] += title_weight * c
    sub, idf_of = _SUBLINEAR, _IDF
    vec = {s: sub[c] * idf_of[s] for s, c in counts.items() if c > 0}
    return l2(top(vec, max_terms))


class _Idf(dict):
    """stem → its :func:`idf`, computed once: a plain dict, read directly in the loop over every article's stems (a
    lookup cheaper than a cached function's call); emptied when it holds 500,000 stems."""

    def __missing__(self, stem: str) -> float:
        if len(self) >= 500_000:
            self.clear()
        n, df = document_frequencies()
        v = self[stem] = math.log((n + 1) / (df.get(stem, 0) + 1)) + 1.0
        return v


_IDF = _Idf()


class _Sublinear(dict):
    """count → 1 + log(count), each computed once (counts are small whole numbers, and 3 and 3.0 are one key
    with one logarithm)."""

    def __missing__(self, c: float) -> float:
        v = self[c] = 1.0 + math.log(c)
        return v


_SUBLINEAR = _Sublinear()


@dataclass(slots=True)
class ArticleFeatures:
    """The clustering view of one article."""

    article_id: str
    seq: int
    outlet: str | None
    title: str
    date: str | None  # YYYY-MM-DD: publication day, else the most cited day
    terms: dict[str, float]  # L2-normalised TF-IDF of the top terms
    lead: dict[str, float] = field(default_factory=dict)  # the same for the headline and the lead only
    entities: dict[str, float] = field(default_factory=dict)  # L2-normalised entity weights
    entity_names: dict[str, str] = field(default_factory=dict)
    event_dates: list[str] = field(default_factory=list)  # day/month values of time expressions
    published: bool = False  # dated by its publication date (not guessed from its time expressions)
    title_vec: dict[str, float] = field(default_factory=dict)  # TF-IDF of the headline alone
    numbers: frozenset[str] = frozenset()  # numbers stated in the headline and lead (not the publication year)
    rarity: dict[str, float] = field(default_factory=dict)  # entity key → how rare its name is (IDF)
    events: frozenset[str] = frozenset()  # event types coded in the headline and lead
    vocab: frozenset[str] = frozenset()  # every content stem of the headline and the first part (names too)
    title_stems: tuple[str, ...] = ()
    title_rare: tuple[tuple[str, float], ...] = ()  # headline stems rarer than news filler, with their IDF
    title_names: frozenset[str] = frozenset()  # headline words that belong to a name it mentions (IDF >= NAME_IDF)
    actors: frozenset[str] = frozenset()  # entity keys of the names that can identify an event (identifying_name)
    marks: frozenset[str] = frozenset()  # what can identify its event: rare headline/lead words and names (IDF
    # at least IDENTITY_IDF), specific numbers of the headline and lead (see :func:`identity_marks`)
    lead_places: tuple[tuple[str, frozenset[str]], ...] = ()  # places the headline and lead name (key, rare words)
    head_places: frozenset[str] = frozenset()  # keys of the places its headline and lead name
    head_vocab: frozenset[str] = frozenset()  # content stems of its headline and lead
    slots: Any = None  # a sports article's headline slots (slots.Slots: opponents, players, camp), else None
    ordinal: int | None = None  # which delivery its headline counts ("the sixth relief plane": 6), if any
    contact: Any = None  # a cable's, call's, visit's or wedding's counterpart (contacts.Contact)
    periods: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())  # periods its results headline
    # reports, and periods its headline and lead name (slots.results_periods)
    company: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())  # the company whose results its
    # headline reports, and the names its headline and lead write (slots.results_company)
    market: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())  # countries of the markets its
    # session headline reports, and countries its headline and lead name (slots.market_slot)
    oil: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())  # who announces the oil output or
    # exports its headline reports, and the countries its headline and lead name (slots.oil_output_slot)
    incident: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())  # the kind (and place) of the
    # incident its headline reports, and those its headline and lead name (incidents.incident_slot)
    delivery: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())  # what carries the aid delivery
    # its headline reports and whose it is, and those its headline and lead name (incidents.delivery_slot)
    commodity: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())  # the commodities its price
    # headline reports, and those its headline and lead name (incidents.commodity_slot)
    session: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())  # the trading days a routine
    # market, price or currency report can be about (sessions.session_days), twice
    toll: int | None = None  # the dead its headline counts (incidents.death_toll)
    opinion: bool = False  # an opinion or analysis piece, not a report (opinion.is_opinion)
    bulletin: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())  # the day of the weather
    # service's daily report it reprints, twice (sessions.bulletin_days)
    convict: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())  # who the convict of the execution
    # its headline reports is: nationality and name words (incidents.execution_slot)
    front: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())  # the governorates the fighting its
    # headline reports is placed in, and those its headline and lead name (fronts.front_slot)
    act: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())  # what its war headline (else its lead's
    # first sentence) tells was done, a truce or fighting, and the acts its headline and first sentence name
    # (fronts.act_slot)
    act_head: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())  # the same read from the
    # headline alone (fronts.act_slot, from_lead False)
    count: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())  # how many people or goods the aid or
    # service action its headline reports reaches, and the numbers its headline and lead write, rounded
    # (incidents.beneficiaries_slot)
    crime: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())  # the crime of the police case its
    # headline reports, and those its headline and lead name (incidents.crime_slot)
    object: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())  # the exhibitions, festivals,
    # parks or forums its headline reports, by kind, name and place, twice (objects.object_slot)
    when: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())  # the days its lead dates the incident
    # its headline reports to, and every day its text names, a day either way (incidents.incident_days)
    period: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())  # the period a routine report is
    # about: its month or week when it reports one ("month:2015-07", "week:2015-07-30"), else its trading days as
    # ``session`` (sessions.period_days)
    where: tuple[frozenset[str], frozenset[str], frozenset[str], bool] = (frozenset(), frozenset(), frozenset(), False)
    # the places its headline names and those its headline and lead name, towns inside their regions, an incident's
    # marks and whether its headline follows one up (where.where_slot)

    def __reduce__(self) -> tuple:
        # The fields' values in order, back through ``__init__``: a day's features come from the workers, and the
        # dataclass's own pickling of a slots class (a Python loop over the fields on both sides) made unpickling
        # them a quarter slower in the process that places them (48 -> 36 ms for 300 articles).
        return ArticleFeatures, tuple(getattr(self, name) for name in _FEATURE_FIELDS)


_FEATURE_FIELDS = tuple(f.name for f in fields(ArticleFeatures))


@lru_cache(maxsize=200_000)
def _name_key(name: str) -> str:
    return "name:" + fold_for_search(name).strip()


def entity_key(span: Span, text: str) -> tuple[str, str]:
    """(key, display name) of a mention: its linked entity id, else its folded name."""
    data = span.data or {}
    name = data.get("name") or text[span.start:span.end]
    eid = data.get("entity_id")
    return (str(eid) if eid else _name_key(name)), name


@lru_cache(maxsize=200_000)  # a pure function of the name (and the shipped frequencies): names repeat
def entity_rarity(name: str) -> float:
    """How rare an entity's name is: the IDF of its rarest word (a common word names nothing)."""
    return max((idf(term_of(w)) for w in WORD_RE.findall(fold_for_search(name))), default=1.0)


MEDIA_WORDS = frozenset({"صحيفه", "جريده", "قناه", "اذاعه", "تلفزيون", "مجله"})


@lru_cache(maxsize=200_000)
def is_media_name(name: str) -> bool:
    """A newspaper, channel or news agency named as a credit ("صحيفة ..." in every article of one outlet, "وكالة
    الأنباء ..."): who reported, not who or what the event is about."""
    words = WORD_RE.findall(fold_for_search(name))
    return bool(words) and (words[0] in MEDIA_WORDS or "الانباء" in words or "انباء" in words)


def entity_vector(mentions: list[Span], text: str) -> tuple[dict[str, float], dict[str, str]]:
    """Weighted, normalised entity vector of an article's mentions, and each key's display name (news outlets
    named as credits left out: they identify the reporter, not the event)."""
    counts: Counter[str] = Counter()
    names: dict[str, str] = {}
    for m in mentions:
        key, name = entity_key(m, text)
        if len(key) <= 5 or is_media_name(name):
            continue
        counts[key] += 1
        names.setdefault(key, name)
    vec = {}
    for key, c in counts.items():
        vec[key] = (1.0 + math.log(c)) * entity_rarity(names[key])
    return l2(vec), names


def article_date(article: Article, timexes: list[Span]) -> str | None:
    """The article's day: its publication date, else the day its time expressions cite most (latest on ties)."""
    if article.published_at and DATE_RE.match(article.published_at):
        return article.published_at[:10]
    days = Counter(v[:10] for t in timexes if DATE_RE.match(v := str((t.data or {}).get("value") or "")))
    if not days:
        return None
    return max(days.items(), key=lambda kv: (kv[1], kv[0]))[0]


FACT_WEIGHT = 0.6
IDENTITY_IDF = 6.0  # a word used by fewer than about one article in 150 can name a person, place or thing;
# currencies, "the kingdom", "prices", "Eid", "fire" (used by one in 5 to 30) name a kind of news, not an event
IDENTITY_ACTOR_IDF = 3.5  # a name whose rarest word is at least this rare can identify (اليمن, داعش, الأقصى);
# المملكة, السعودية, الأمير (in one Saudi article of 10 to 20) cannot


@lru_cache(maxsize=200_000)
def identifying_name(name: str) -> bool:
    """Can a shared name identify an event?  Not a currency (ريال, دولار: units the tagger took for names), not a
    name in a large share of all articles (المملكة)."""
    from marsad.stories.facts import UNITS

    words = WORD_RE.findall(fold_for_search(name))
    money = UNITS["money"]
    if not words or all(w in money or (w.startswith("ال") and w[2:] in money) for w in words):
        return False
    return entity_rarity(name) >= IDENTITY_ACTOR_IDF


NAME_IDF = 3.0  # a headline word of a name this rare says which place or person (المملكة, السعودية do not)


def specific_number(n: str) -> bool:
    """A number that can identify an event (a toll of 23, a sum of 450): two digits or more, not a year (of the
    Gregorian or the Hijri calendar: 1436 dates a school year, a budget, a hajj season; the Hijri years of modern news,
    1400-1459, only — a toll of 1,480 is a figure)."""
    return len(n) >= 2 and not (len(n) == 4 and (n[:2] in ("19", "20") or "1400" <= n <= "1459"))


def identity_marks(head: Counter[str], names: Iterable[str], numbers: Iterable[str]) -> frozenset[str]:
    """What in an article's headline and lead can identify its event: rare words, rare words of the names it
    mentions, specific numbers.  Generic words (high document frequency) are never marks, however often used."""
    marks = {t for t in head if idf(t) >= IDENTITY_IDF}
    for name in names:
        marks.update(t for t in name_stems(name) if idf(t) >= IDENTITY_IDF)
    marks.update("#" + n for n in numbers if specific_number(n))
    return frozenset(marks)


PLACE_IDF = 3.0  # a place name this rare says where (المملكة, السعودية, the country of most articles, do not)


def local_place(key: str) -> bool:
    """Does a place key name a place inside a country (a city, a town, a province), not a country or a
    world region?  Countries in a lead are often who reacts ("Bahrain condemns"), not where it happened."""
    return bool(country_of(key))


@lru_cache(maxsize=4096)
def country_of(key: str) -> str | None:
    """The country of a town, city or province of the knowledge base (None for a country, a world region or a
    place the knowledge base does not know)."""
    if not key.startswith("loc:"):
        return None
    from marsad.nlp.kb.kb import load_kb

    e = load_kb().get(key)
    data = (e.data if e is not None else None) or {}
    return data.get("country") if data.get("kind") != "country" else None


@lru_cache(maxsize=100_000)
def headline_matches(title: str) -> tuple[Any, ...]:
    """The knowledge base's name matches in a headline (the mention layer covers the text, not the headline),
    found once: the place signature, the sports slots and the contact slots all read them, and copies repeat
    headlines."""
    from marsad.nlp.kb.kb import load_kb

    return tuple(load_kb().gazetteer().find(title))


def title_places(title: str) -> list[tuple[str, str]]:
    """(key, name) of the places a headline names."""
    out = []
    for m in headline_matches(title):
        if m.kind == "name" and m.ids and m.ids[0].startswith("loc:"):
            out.append((m.ids[0], title[m.start:m.end]))
    return out


def place_signature(mentions: list[Span], text: str, lead_chars: int,
                    title: str) -> tuple[tuple[tuple[str, frozenset[str]], ...], frozenset[str]]:
    """Where an article reports from: the towns, cities and provinces its headline and lead name (key and rare
    name words), and the keys of every place its headline and lead name."""
    lead: dict[str, frozenset[str]] = {}
    head = set()
    located = [(key, name, 0) for key, name in title_places(title)]
    located += [(*entity_key(m, text), m.start) for m in mentions if m.label == "LOC" and m.start < lead_chars]
    for key, name, start in located:
        head.add(key)
        words = frozenset(t for t in name_stems(name) if idf(t) >= PLACE_IDF)
        if words and key not in lead and local_place(key):
            lead[key] = words
    return tuple(sorted(lead.items())), frozenset(head)


TITLE_RARE_IDF = 4.0  # headline words at least this rare say what the headline is about
FACT_CHARS = 2500  # facts that identify an event are stated early; the tail is background


def fact_keys(text: str, *, folded: bool = False) -> set[str]:
    """Keys of the distinctive quantity facts of a text: ``dead=12``, ``duration=15``, ``first_since``."""
    from marsad.stories.facts import quantities

    out = set()
    for q in quantities(text, folded=folded):
        if q.frame in ("first_since",):
            out.add(q.frame)
        elif q.frame in ("dead", "injured", "missing", "duration") and not q.approx:
            out.add(f"{q.frame}={q.value:g}")
    return out


def mask(text: str, spans: list[Span]) -> str:
    """``text`` with the given spans blanked out (same length, so offsets still hold)."""
    if any(not 0 <= s.start <= s.end <= len(text) for s in spans):  # (never from a stage): blank as a list would
        chars = list(text)
        for s in spans:
            chars[s.start:s.end] = " " * (s.end - s.start)
        return "".join(chars)
    parts = []
    pos = 0  # text before pos is done; spans may overlap or nest
    for start, end in sorted((s.start, s.end) for s in spans):
        if end <= pos:
            continue
        if start > pos:
            parts.append(text[pos:start])
            pos = start
        parts.append(" " * (end - pos))
        pos = end
    parts.append(text[pos:])
    return "".join(parts)


def article_features(article: Article, spans: list[Span], seq: int = 0, *, max_terms: int = 50) -> ArticleFeatures:
    """Features of an article from its text and its ``mention``/``timex``/``event`` layers (any may be absent)."""
    mentions = [s for s in spans if s.kind == "mention"]
    timexes = [s for s in spans if s.kind == "timex"]
    # Names go to the entity channel: the term channel says what happened, not who (the same actors
    # appear in many different stories).
    folded_title = fold_for_search(article.title)
    if mentions:
        body = fold_for_search(mask(article.text, mentions))
        # only the first FACT_CHARS of the unmasked text are read: fold a prefix (folding is letter by letter, so the
        # folded prefix starts the folded text), all of it when folding removed too much of the prefix
        full = fold_for_search(article.text[:2 * FACT_CHARS])
        if len(full) < FACT_CHARS < len(article.text):
            full = fold_for_search(article.text)
    else:
        full = body = fold_for_search(article.text)
    # The headline and the lead say what the story is; they count twice.
    cut = body.find("\n", 250)
    lead = body[: cut if cut > 0 else 400][:600]
    title_counts = stem_counts(folded_title, folded=True)
    head = title_counts + stem_counts(lead, folded=True)
    body_counts = stem_counts(body, folded=True)
    terms = tfidf(body_counts, title_stems=head, max_terms=max_terms)
    entities, names = entity_vector(mentions, article.text)
    facts = fact_keys(folded_title + "\n" + full[:FACT_CHARS], folded=True)
    if facts:
        # Checkable facts (a death toll, a duration, "the first ... since") shared by two articles are
        # strong evidence of one event; they join the "who" channel, each weighing FACT_WEIGHT
        # against the unit-length entity vector.
        entities = dict(entities)
        for k in sorted(facts):
            entities["fact:" + k] = FACT_WEIGHT
            names.setdefault("fact:" + k, k)
        entities = l2(entities)
    dates = sorted({str(t.data.get("value"))[:10] for t in timexes
                    if re.match(r"^\d{4}-\d{2}", str((t.data or {}).get("value") or ""))})
    published = bool(article.published_at and DATE_RE.match(article.published_at))
    title_stems = sorted(title_counts)
    year = article.published_at[:4] if published else ""
    numbers = frozenset(n.lstrip("0") for n in NUMBER_RE.findall(folded_title + " " + lead)
                        if n != year and n.lstrip("0") not in ("", "1"))
    lead_end = len(lead) + 200
    events = frozenset(s.label for s in spans if s.kind == "event" and s.start < lead_end and s.label)
    rarity = {k: round(entity_rarity(names[k]), 3) for k in entities if not k.startswith("fact:")}
    # every word the article uses, names included (the body channel has them masked)
    vocab = set(body_counts) | set(title_counts)
    for name in set(names.values()):
        vocab.update(name_stems(name))
    lead_names = {n for m in mentions if m.start < lead_end for n in [entity_key(m, article.text)[1]] if not is_media_name(n)}
    if URL_RE.search(lead):  # (a web address in the lead: its words and numbers are no marks)
        plain = URL_RE.sub(" ", lead)
        plain_numbers = {n.lstrip("0") for n in NUMBER_RE.findall(folded_title + " " + plain)}
        marks = identity_marks(title_counts + stem_counts(plain, folded=True), lead_names,
                               [n for n in numbers if n in plain_numbers])
    else:
        marks = identity_marks(head, lead_names, numbers)
    name_words = {t for name in set(names.values()) for t in name_stems(name) if idf(t) >= NAME_IDF}
    lead_places, head_places = place_signature(mentions, article.text, len(lead), article.title)
    from marsad.stories.contacts import headline_contact
    from marsad.stories.opinion import is_opinion
    from marsad.stories.slots import delivery_ordinal, headline_slots, is_sport

    lead_text = article.text[:lead_end]
    slots = None
    if is_sport(WORD_RE.findall(folded_title + " " + lead)):
        slots = headline_slots(article.title, full[:len(lead) + 100],
                               {term_of(w) for name in names.values() for w in WORD_RE.findall(fold_for_search(name))},
                               head_places)
    return ArticleFeatures(article_id=article.id, seq=seq, outlet=article.outlet, title=article.title,
                           date=article_date(article, timexes), terms=terms, lead=tfidf(head, max_terms=25),
                           entities=entities, entity_names=names, event_dates=dates, published=published,
                           title_vec=tfidf(title_counts, max_terms=20), numbers=numbers,
                           rarity=rarity, events=events, vocab=frozenset(vocab), title_stems=tuple(title_stems),
                           title_rare=tuple((t, idf(t)) for t in title_stems if idf(t) >= TITLE_RARE_IDF),
                           marks=marks, title_names=frozenset(t for t in title_stems if t in name_words),
                           actors=frozenset(k for k in rarity if identifying_name(names[k])),
                           lead_places=lead_places, head_places=head_places, head_vocab=frozenset(head),
                           slots=slots or None, ordinal=delivery_ordinal(article.title),
                           opinion=is_opinion(article.text, article.title, article.url, article.authors),
                           **({} if slots and (slots.kinds or slots.club)  # (a club's other news alone —
                              # a ruling, wages, training — fills no match slot: what else it reports is read)
                              else _reported(article, lead_text, timexes)),
                           contact=headline_contact(article.title, lead_text,
                                                    [entity_key(m, article.text) for m in mentions
                                                     if m.start < lead_end]))


_NO_DAYS: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())


def _reported(article: Article, lead_text: str, timexes: list[Span]) -> dict[str, Any]:
    """What a (non-sports) headline reports, slot by slot: a results period, a market, an oil-output country, an
    incident, a delivery, a commodity, a routine report's trading day, a death toll, an execution's convict and
    where its event happened."""
    from marsad.stories.incidents import (CONVICT_CHARS, beneficiaries_slot, commodity_slot, death_toll,
                                          crime_slot, delivery_slot, execution_slot, incident_days,
                                          incident_slot)
    from marsad.stories.sessions import bulletin_days, period_days, session_days
    from marsad.stories.fronts import act_slot, front_slot
    from marsad.stories.objects import object_slot
    from marsad.stories.where import where_slot
    from marsad.stories.slots import (market_slot, oil_output_slot, results_company, results_periods,
                                      session_headline)

    market = market_slot(article.title, lead_text)
    commodity = commodity_slot(article.title, lead_text)
    published = article.published_at if article.published_at and DATE_RE.match(article.published_at) else None
    incident, delivery = incident_slot(article.title, lead_text), delivery_slot(article.title, lead_text)
    toll = death_toll(article.title)
    report = bool(market[0] or commodity[0] or session_headline(article.title))
    return {"when": incident_days(timexes, len(lead_text)) if incident[0] else _NO_DAYS,
            "crime": crime_slot(article.title, lead_text), "object": object_slot(article.title, lead_text),
            "periods": results_periods(article.title, lead_text), "market": market,
            "company": results_company(article.title, lead_text),
            "oil": oil_output_slot(article.title, lead_text), "incident": incident,
            "delivery": delivery, "commodity": commodity,
            "toll": toll, "convict": execution_slot(article.title, article.text[:CONVICT_CHARS]),
            "bulletin": bulletin_days(article.title, lead_text, published),
            "front": front_slot(article.title, lead_text), "act": act_slot(article.title, lead_text),
            "act_head": act_slot(article.title, lead_text, from_lead=False),
            "count": beneficiaries_slot(article.title, lead_text),
            "session": session_days(article.title, lead_text, timexes, published, report),
            "period": period_days(article.title, lead_text, timexes, published, report),
            "where": where_slot(article.title, lead_text)}


# -- features kept in the store ---------------------------------------------------------------------------------
# A placed article's features are kept (``Store.save_story_features``) so that the next run reads its window back
# instead of computing them again.  They are written as JSON, not pickled: a store may be shared, and reading it
# must run no code; JSON gives floats back exactly (``repr``), and dicts in their order.

FEATURES_FORMAT = "1"  # bump when the encoding below changes


def _same(v: Any) -> Any:
    return v


def _sets(v: Any) -> list[list[str]]:
    return [list(x) if isinstance(x, frozenset) else x for x in v]


# How each annotated type is written to JSON and read back (json itself writes str, numbers, bool, None, lists of
# them and dicts of str; the others are converted here), per field, so that reading back is one ``json.loads`` and a
# few conversions an article: a walk over every value cost 1.3 ms an article each way.
_CODECS: dict[str, tuple[Callable[[Any], Any], Callable[[Any], Any]]] = {
    "frozenset[str]": (list, frozenset),
    "tuple[str, ...]": (_same, tuple),
    "tuple[tuple[str, float], ...]": (_same, lambda v: tuple(map(tuple, v))),
    "tuple[tuple[str, frozenset[str]], ...]": (lambda v: [(k, list(w)) for k, w in v],
                                               lambda v: tuple((k, frozenset(w)) for k, w in v)),
    "tuple[frozenset[str], frozenset[str]]": (_sets, lambda v: (frozenset(v[0]), frozenset(v[1])) if v[0] or v[1]
                                              else _NO_PAIR),  # (most are empty)
    "tuple[frozenset[str], frozenset[str], frozenset[str], bool]": (
        _sets, lambda v: (frozenset(v[0]), frozenset(v[1]), frozenset(v[2]), v[3])),
}
_NO_PAIR: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
_PLAIN = frozenset({"bool", "int", "str", "int | None", "str | None", "dict[str, float]", "dict[str, str]",
                    "list[str]"})


def _codecs(cls: type) -> list[tuple[str, Callable[[Any], Any], Callable[[Any], Any]]]:
    """(field, encode, decode) of each field of a dataclass whose values may be kept."""
    out = []
    for f in fields(cls):
        if f.type in _PLAIN:
            out.append((f.name, _same, _same))
        elif f.type in _CODECS:
            out.append((f.name, *_CODECS[f.type]))
        elif f.type == "Any":  # a headline's slots (slots.Slots) or contact (contacts.Contact), or None
            out.append((f.name, _enc_object, _dec_object))
        else:
            raise TypeError(f"no encoding for {cls.__name__}.{f.name}: {f.type}")
    return out


@lru_cache(maxsize=1)
def _kept_classes() -> dict[str, tuple[type, list[tuple[str, Callable[[Any], Any], Callable[[Any], Any]]]]]:
    """The classes a feature's value may be (and nothing else is built when features are read back)."""
    from marsad.stories.contacts import Contact
    from marsad.stories.slots import Slots

    return {c.__name__: (c, _codecs(c)) for c in (Slots, Contact)}


def _enc_object(v: Any) -> Any:
    if v is None:
        return None
    cls, codecs = _kept_classes().get(type(v).__name__, (None, []))
    if type(v) is not cls:
        raise TypeError(f"cannot keep a {type(v).__name__}")
    return [cls.__name__, [enc(getattr(v, name)) for name, enc, _ in codecs]]


def _dec_object(v: Any) -> Any:
    if v is None:
        return None
    cls, codecs = _kept_classes()[v[0]]
    return cls(*(dec(x) for (_, _, dec), x in zip(codecs, v[1])))


@lru_cache(maxsize=1)
def _feature_codecs() -> list[tuple[str, Callable[[Any], Any], Callable[[Any], Any]]]:
    return _codecs(ArticleFeatures)


def encode(f: ArticleFeatures) -> bytes:
    """An article's features as kept: its fields in order, as compressed JSON (raises TypeError for a value of a
    type the encoding does not know).  Compressed fast (level 1): a day's 2,869 kept features 0.27 s instead of
    0.57 s at level 6, 9.6 MB instead of 8.5; the table holds the window's only, and ``decode`` reads any level."""
    import json
    import zlib

    return zlib.compress(json.dumps([enc(getattr(f, name)) for name, enc, _ in _feature_codecs()],
                                    ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 1)


def decode(data: bytes) -> ArticleFeatures:
    """The features ``encode`` kept (equal to them, field by field); ValueError for bytes that are no such
    compressed JSON."""
    import json
    import zlib

    try:
        values = json.loads(zlib.decompress(data))
    except zlib.error as exc:  # (no ValueError: the readers of kept features catch that)
        raise ValueError(f"kept features that cannot be read: {exc}") from None
    return ArticleFeatures(*(dec(x) for (_, _, dec), x in zip(_feature_codecs(), values, strict=True)))


def _import_statements(tree: Any) -> Iterator[Any]:
    """The import statements of a parsed module, also those inside functions, classes, ``if``/``try``/``with``
    blocks: only statement lists are walked (an import is always a statement), not every expression node as
    ``ast.walk`` would (features_version read 122 modules in 2.2 s CPU that way)."""
    import ast

    todo = list(tree.body)
    while todo:
        node = todo.pop()
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            yield node
            continue
        for attr in ("body", "orelse", "finalbody", "handlers", "cases"):
            block = getattr(node, attr, None)
            if isinstance(block, list):
                todo += block


# A line that starts an import statement (after its indentation), with its continuation: the parenthesised names
# of ``from x import (...)`` over several lines, or lines joined by a backslash.
_IMPORT_LINE_RE = re.compile(r"^[ \t]*((?:from[ \t]+[\w.]+[ \t]+import[ \t]*\([^)]*\)|(?:from[ \t]+[\w.]+[ \t]+)?import"
                             r"[ \t][^\n]*?(?:\\\n[^\n]*?)*)[ \t]*(?:#[^\n]*)?$)", re.M)


def _import_lines(source: str) -> list[Any]:
    """The import statements of a module's source, as ``_import_statements`` finds them in its parsed tree, without
    parsing the module: only the lines that start with ``import`` or ``from ... import`` are parsed, one statement
    each (features_version: 0.6 s of CPU less, most of its time, spent building the trees of 120 modules).

    Such a line inside a string (a docstring's example) is read as an import too: a module more in the version's
    hash, never one less.  An import after another statement on its line (``if x: import y``) is not seen: the
    package writes none (tests/test_stories_kept_features.py checks that both ways find the same modules)."""
    import ast

    out = []
    for m in _IMPORT_LINE_RE.finditer(source):
        try:
            tree = ast.parse(m.group(1))
        except SyntaxError:
            if m.group(1).startswith("from") and "(" in m.group(1):
                # names in parentheses the line's pattern cut short (a ")" in a comment among them): the whole
                # module parsed instead, so that no import is missed
                return list(_import_statements(ast.parse(source)))
            continue  # (prose in a docstring)
        out += tree.body
    return out


def _imported_modules(name: str, path: Any, statements: Iterable[Any]) -> list[str]:
    """The names a module (``name``, at ``path``) imports, absolute: modules, and names that may be modules (each
    name imported from a module, as ``base.name``)."""
    import ast

    out = []
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in statements:
        if isinstance(node, ast.Import):
            out += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[:len(package.split(".")) - node.level + 1]
                base = ".".join(parts + ([base] if base else []))
            out.append(base)
            out += [f"{base}.{a.name}" for a in node.names]  # (a submodule imported by name)
    return out


def _feature_modules(parse: bool = False) -> dict[str, Any]:
    """The ``marsad`` modules ``article_features`` may import (this module and, transitively, those it imports): name
    -> source path, or None for a name imported from a module that is no module.  ``parse=True``: their import
    statements read from each module's whole parsed tree (``_import_statements``) instead of its import lines
    (``_import_lines``), for checks."""
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]  # the ``marsad`` package
    seen: dict[str, Path | None] = {}
    todo = [__name__]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        where = root.joinpath(*name.split(".")[1:])
        path = where / "__init__.py" if where.is_dir() else where.with_suffix(".py")
        seen[name] = path if path.is_file() else None  # (None: a name imported from a module, not a module)
        if seen[name] is None:
            continue
        source = path.read_text(encoding="utf-8")
        statements = _import_statements(ast.parse(source)) if parse else _import_lines(source)
        todo += _imported_modules(name, path, statements)
        todo = [t for t in todo if t == "marsad" or t.startswith("marsad.")]
    return seen


@lru_cache(maxsize=1)
def features_version() -> str:
    """The version of the code and data features are computed with: a hash of the encoding's format, of the source
    of every ``marsad`` module ``article_features`` may import (this module and, transitively, those it imports) and
    of the data shipped beside them (word frequencies, stopwords, the knowledge base...).  Features kept under
    another version are computed again."""
    import hashlib
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]  # the ``marsad`` package
    seen = _feature_modules()
    files = {p for p in seen.values() if p is not None}
    for path in list(files):  # the data beside each module: files of its directory and its data/ directory
        here = path.parent
        files |= {p for p in here.iterdir() if p.is_file() and p.suffix not in (".py", ".pyc")}
        if (here / "data").is_dir():
            files |= {p for p in (here / "data").rglob("*") if p.is_file()}
    from marsad import __version__  # (and the package's: installed without its sources, this is all that changes)

    h = hashlib.sha256(f"{FEATURES_FORMAT};{__version__}".encode())
    for p in sorted(files):
        h.update(str(p.relative_to(root)).encode() + b"\0" + p.read_bytes())
    return FEATURES_FORMAT + "-" + h.hexdigest()[:16]
