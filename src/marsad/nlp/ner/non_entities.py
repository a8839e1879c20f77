"""What a news index does not show as an entity, although the tagger may tag it.

ANERcorp's guidelines (which the tagger follows) tag religious formulas,
currencies and the like; some function words get tagged by accident (``لي``
"to me" read as the Chinese surname Li).  An entity list of a news index shows
people, places, organisations and named things, so linking asks
``is_non_entity(words)`` before a mention creates or feeds an index entity.

The criterion is by class, not by a list fitted to a day:

* religious formulas and divine names — a span made only of the words of
  such formulas (``الله``, ``سبحانه وتعالى``, ``عز وجل``, ``صلى الله عليه وسلم``);
  ``حزب الله`` and ``عبد الله`` hold another word and stay;
* currencies and units — the span starts with a measure word and holds only
  words of currency or unit names.  Measure words are the head words of the
  currency and unit names in CLDR's Arabic data (via Babel) that SaudiNewsNet
  uses as measures: at least ``MEASURE_AFTER_NUMBER`` of their occurrences
  follow a number (``200 مليون دولار``).  That keeps ``دولار``, ``ريال``,
  ``يورو``, ``برميل`` and drops CLDR names that are mostly names in news
  (``ليون`` the city, ``مارك`` the first name, ``كونا`` the agency).  Words of
  those names that follow a measure word in at least ``QUALIFIER_AFTER_HEAD``
  of their occurrences count as measure words too (``إسترليني``, not ``أمريكي``);
* function words — a one-word span that is an Arabic stopword (the
  stopwords-iso list) among the ``TOP_WORDS`` most frequent SaudiNewsNet words,
  unless it is also a person's name in the name lists (``علي``, ``أمين``).

Both lists are computed from ../shared by ``build_non_entity_words`` (run by
``marsad train ner``) and ship as ``data/non_entity_words.json``.

Words are compared in the matching form of ``marsad.nlp.translit.norm``, for
formulas and measures also with a leading clitic (و ف ب ل ك, ال) set aside.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

from marsad.nlp.translit import norm

DATA = Path(__file__).resolve().parent / "data" / "non_entity_words.json"
MEASURE_AFTER_NUMBER = 0.3
MIN_MEASURE_COUNT = 20
QUALIFIER_AFTER_HEAD = 0.5
TOP_WORDS = 5000
_NUMBER_WORDS = frozenset(norm(w) for w in "مليون مليار الف ألف آلاف الاف ملايين مليارات تريليون".split())

# Words of religious formulas and divine names (our own list of the class; matched after clitics).
_FORMULA = """الله لله بالله والله تالله اللهم تعالى سبحانه وتعالى عز وجل جل جلاله الرحمن الرحيم رب العالمين
صلى عليه وسلم السلام الصلاة رضي عنه عنها عنهم رحمه رحمها بسم الحمد شاء ان إن ما أكبر اكبر لا إله اله إلا الا
""".split()
# CLDR unit categories that news writes as measures (not time words, light or angles).
_UNIT_KINDS = ("length-", "area-", "volume-", "mass-", "energy-", "power-", "speed-", "temperature-", "digital-",
               "pressure-", "consumption-")
_ARABIC = re.compile("[\u0621-\u064a]")
_CLITICS = ("وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك")


def _forms(word: str) -> set[str]:
    """The word and its readings without a leading clitic (at least two letters left)."""
    w = norm(word)
    out = {w}
    for c in _CLITICS:
        if w.startswith(c) and len(w) - len(c) >= 2:
            out.add(w[len(c):])
            if c.endswith("ال"):
                out.add("ال" + w[len(c):])
    return out


@lru_cache(maxsize=1)
def _formula_words() -> frozenset[str]:
    return frozenset(norm(w) for w in _FORMULA)


@lru_cache(maxsize=1)
def _measure_words() -> tuple[frozenset[str], frozenset[str]]:
    """(head words, all words) of CLDR's Arabic currency and unit names, singular and plural forms."""
    from babel import Locale
    from babel.numbers import get_currency_name
    from babel.units import get_unit_name

    names: list[str] = []
    loc = Locale("ar")
    for code, name in loc.currencies.items():
        if code.startswith("X") or "-" in name or any(ch.isdigit() for ch in name):
            continue  # metals, fund units, withdrawn currencies ("... - 1927-2002")
        names.append(name)
        for count in (2, 3, 11):
            names.append(get_currency_name(code, count=count, locale="ar"))
    for unit in loc._data["unit_display_names"]:
        if not unit.startswith(_UNIT_KINDS):
            continue
        for length in ("long", "short"):
            try:
                name = get_unit_name(unit, length=length, locale="ar")
            except Exception:  # noqa: BLE001 - Babel raises several kinds for units it cannot name
                continue
            if name and "{" not in name:
                names.append(name)
    heads: set[str] = set()
    words: set[str] = set()
    for name in names:
        toks = [norm(t) for t in name.replace("/", " ").split()]
        toks = [t for t in toks if len(t) >= 2 and _ARABIC.search(t)]
        if toks:
            heads.add(toks[0])
            words.update(toks)
    return frozenset(heads), frozenset(words)


@lru_cache(maxsize=1)
def _shipped() -> dict[str, frozenset[str]]:
    """The shipped lists: {"function": words, "measure": head words} (empty when the file is missing)."""
    try:
        data = json.loads(DATA.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"function": frozenset(), "measure": frozenset()}
    return {k: frozenset(data.get(k, [])) for k in ("function", "measure")}


def non_entity_class(words: list[str]) -> str | None:
    """``"formula"``, ``"measure"`` (currency or unit), ``"function"`` or None (a possible entity)."""
    return _class_of(tuple(words))


@lru_cache(maxsize=100_000)
def _class_of(words: tuple[str, ...]) -> str | None:
    """``non_entity_class`` of a name's words, once per name: the NER document pass asks it of every entity the
    tagger finds, and the same names recur in every article (a pure function of the words and the shipped lists)."""
    words = [w for w in words if any(ch.isalpha() for ch in w)]
    if not words:
        return "function"
    forms = [_forms(w) for w in words]
    if all(f & _formula_words() for f in forms):
        return "formula"
    lists = _shipped()
    if forms[0] & lists["measure"] and all(f & _measure_words()[1] for f in forms):
        return "measure"
    if len(words) == 1 and norm(words[0]) in lists["function"]:  # as written: "بالاو" is not "ب" + "ال" + "او"
        return "function"
    return None


def is_non_entity(words: list[str]) -> bool:
    """True when a mention made of ``words`` should not become an index entity."""
    return non_entity_class(words) is not None


def _person_names(data_dir: Path) -> set[str]:
    """One-word person names of the name lists in ../shared/data (normalised)."""
    from marsad.nlp.ner.lexicon import build_gazetteer

    out = set()
    for word, flags in build_gazetteer(data_dir).items():
        if {"PERS", "FIRST", "LAST"} & set(flags.split()):
            out.add(norm(word))
    return out


def build_non_entity_words(stopwords: Path, corpus_dir: Path, out: Path = DATA) -> dict[str, int]:
    """Write ``non_entity_words.json`` from the stopword list and SaudiNewsNet; returns the list sizes."""
    from marsad.nlp.ner.clusters import _sentences

    heads, words = _measure_words()
    freq: Counter[str] = Counter()
    after_number: Counter[str] = Counter()
    after_head: Counter[str] = Counter()
    for sent in _sentences(corpus_dir):
        prev = ""
        for tok in sent:
            w = norm(tok)
            freq[w] += 1
            if w in heads and (prev in _NUMBER_WORDS or prev[:1].isdigit()):
                after_number[w] += 1
            elif w in words and prev in heads:
                after_head[w] += 1
            prev = w
    stop = {norm(w) for w in json.loads(stopwords.read_text(encoding="utf-8"))}
    stop -= _person_names(stopwords.parent.parent)
    frequent = {w for w, _ in freq.most_common(TOP_WORDS)}
    lists = {
        "function": sorted(w for w in stop & frequent if len(w) >= 2),
        "measure": sorted(
            w for w in heads
            if freq[w] >= MIN_MEASURE_COUNT and after_number[w] >= MEASURE_AFTER_NUMBER * freq[w]
        ),
    }
    # Words that qualify a measure word most of the time they occur ("إسترليني" after "جنيه"),
    # unlike nationality adjectives that also qualify currencies ("أمريكي").
    lists["measure"] = sorted(set(lists["measure"]) | {
        w for w in words - heads
        if freq[w] >= MIN_MEASURE_COUNT and after_head[w] >= QUALIFIER_AFTER_HEAD * freq[w]
    })
    out.write_text(json.dumps(lists, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    _shipped.cache_clear()
    return {k: len(v) for k, v in lists.items()}


# Fixed expressions that hold a word which is also a name (our own list of the class): the lion's share, God's
# guests (the pilgrims), holiday greetings.  The name-like word inside is no one: «حصة الأسد» is not al-Assad,
# «عيدكم مبارك» not Mubarak, «ضيوف الرحمن» no person.  Each is matched with a clitic on its first word
# («بحصة الأسد», «لضيوف الرحمن»).
IDIOMS = (
    "حصة الأسد", "نصيب الأسد", "ضيوف الرحمن", "ضيوف بيت الله", "حجاج بيت الله", "عيدكم مبارك", "عيدك مبارك",
    "عيد مبارك", "عيدكم سعيد", "عيد سعيد", "جمعة مباركة", "رمضان كريم", "رمضان مبارك", "صبر أيوب",
)


@lru_cache(maxsize=1)
def _idioms() -> dict[str, list[tuple[str, ...]]]:
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for idiom in IDIOMS:
        words = tuple(norm(w) for w in idiom.split())
        by_first.setdefault(words[0], []).append(words[1:])
    return by_first


@lru_cache(maxsize=1)
def _idiom_openers() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Every word :func:`idiom_spans` may find an expression at — an idiom's first word, alone or behind a
    single-letter clitic (four letters or more together) — and the words that must follow it."""
    firsts = _idioms()
    out: dict[str, list[tuple[str, ...]]] = {}
    for w, rests in firsts.items():
        for opener in [w, *(c + w for c in "وفبلك" if len(w) + 1 > 3)]:
            out.setdefault(opener, []).extend(rests)
    return {w: tuple(rests) for w, rests in out.items()}


def may_hold_idiom(words: set[str]) -> bool:
    """Whether a text of these (normalised) words may hold an expression of ``IDIOMS``: one of them opens one and
    the others follow it somewhere.  False for nearly every article (a day: 2,817 of 2,888), told by a few set tests
    in C instead of :func:`idiom_spans` reading every token; where it is False, ``idiom_spans`` finds nothing."""
    openers = _idiom_openers()
    return any(words.issuperset(rest) for w in words.intersection(openers) for rest in openers[w])


def idiom_spans(words: list[tuple[str, int, int]]) -> list[tuple[int, int]]:
    """The (start, end) of each fixed expression of ``IDIOMS`` among ``words`` — (normalised word, start, end) in
    text order; a single-letter clitic (و ف ب ل ك) may lead the first word."""
    idioms = _idioms()
    out = []
    for i, (w, start, _end) in enumerate(words):
        heads = [w] + ([w[1:]] if len(w) > 3 and w[0] in "وفبلك" else [])
        for head in heads:
            for rest in idioms.get(head, ()):
                tail = words[i + 1:i + 1 + len(rest)]
                if len(tail) == len(rest) and all(t[0] == r for t, r in zip(tail, rest)):
                    out.append((start, tail[-1][2]))
    return out

