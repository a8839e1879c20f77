"""Metadata read from an article's own lines: bylines, credits, tags, cited outlets, dates, language."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from marsad.errors import MarsadError
from marsad.extract.lexicon import AUTHOR_ROLES, DATE_LIKE, OUTLET_WORDS, PLACES, fold
from marsad.models import Provenance
from marsad.outlets import KIND_WORDS

_CUE = re.compile(
    r"^[\W_]*(?:بواسطة|بقلم|كتبته|كتبه|كتبت|كتب|اعداد|إعداد|written by|by|المصدر|مصدر الخبر|المصادر|source|sources|"
    r"كلمات دلالية|الكلمات الدلالية|كلمات مفتاحية|الكلمات المفتاحية|الوسوم|وسوم|tags|topics|ملاحظة|ملحوظة|note|"
    r"شارك في التغطية|شارك في إعداد|ساهم في التغطية|ساهم في إعداد|ساهم في هذا التقرير|تحرير|"
    r"additional reporting by|reporting by|ترجمة|ترجمه|translated by|نقلا عن)(?![\w])\s*[:：\-–—]?\s*",
    re.IGNORECASE,
)
_TRAIL = " \t.,،:;؛-–—|/\"'“”«»()"
_LIST_SEP = re.compile(r"\s*[,،;؛|/#]\s*|\s+-\s+")
_CITY_PREFIX = re.compile(r"^[\w\s]{2,25}?\s*[:：\-–]\s+(?=\S)")  # "لندن: فلان" — a dateline before the name
_TRANSLATOR_FROM = re.compile(
    r"(?:قام|قامت)\s+(?P<who>.{3,60}?)\s+بترجم[ةه]\s+(?:هذا|هذه)\s+(?:\S+\s+)?(?:من|عن)\s+(?:مصدر\s+)?(?P<src>.{3,60})"
)
_TRANSLATED_BY = re.compile(r"ترجم[ةه]\s*[:：]?\s*(?P<who>.{3,60}?)(?:\s+(?:عن|من)\s+(?P<src>.{3,60}))?$")
_TRANSLATED_EN = re.compile(r"translated\s+(?:from\s+(?P<src>.{3,60}?)\s+)?by\s+(?P<who>.{3,60})", re.IGNORECASE)

# Outlet citations in prose: a reporting cue, a kind of outlet, its name ("بحسب ما ذكرت صحيفة ...").
_KINDS = tuple(dict.fromkeys(v for w in KIND_WORDS for v in (w, w.replace("إ", "ا"))))  # (as written: "اذاعة" too)
_SPACES = re.compile(r"\s+")
_CUES = frozenset({
    "بحسب", "حسب", "وفق", "وفقا", "وفقًا", "طبقا", "نقلا", "نقلت", "ذكرت", "قالت", "أفادت", "افادت", "أوردت",
    "اوردت", "كشفت", "نشرت", "أشارت", "اشارت", "أكدت", "اكدت", "أعلنت", "تقرير", "لتقرير",
})
_NAME = re.compile(r"[\"“«”][^\"“”«»\n،,.:؛]{2,40}[\"”»“]?|[^\s،,.:؛()\"“”«»]+(?:\s+[^\s،,.:؛()\"“”«»]+){0,4}")
_CUE_WINDOW_WORDS = 4  # "بحسب ما ذكرت صحيفة": the cue stands at most a few words before the outlet word
_QUOTED_AFTER_REPORT = re.compile(r"تقرير\s+[\"“«](?P<name>[^\"“”«»\n]{3,40})[\"”»]")
_NAME_STOP = {
    "إن", "أن", "في", "على", "عن", "من", "إلى", "الى", "أمس", "اليوم", "الخميس", "الجمعة", "السبت", "الأحد",
    "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "يوم", "التي", "الذي", "مع", "بأن", "أنه", "قبل", "بعد",
}
_NATIONALITY = re.compile(r"^ال\w+(?:ية|يه)$")
# A dateline opening the first paragraph: "CITY - 19 نوفمبر 2026 (CREDIT) -", "CITY (CREDIT) -", "CITY - 19 ...".
_PLACE_WORD = r"[^\d\s()\-–—:،,.«»\"“”]+"
_DATELINE = re.compile(
    r"^\s*(?P<city>" + _PLACE_WORD + r"(?:\s+" + _PLACE_WORD + r"){0,2})\s*"
    r"(?:(?:[-–—،,:]\s*[^()\n]{0,40}?)?\((?P<credit>[^()\n\d]{2,40})\)\s*[-–—:]|[-–—]\s*\d{1,2}\s)"
)
_DASH = re.compile(r"\s+[-–—]\s+")


@dataclass(slots=True)
class TextMeta:
    """Metadata gathered from the meta lines and prose of one article."""

    authors: list[str] = field(default_factory=list)
    provenance: Provenance = field(default_factory=Provenance)
    date_text: str | None = None
    outlet: str | None = None  # the site's name printed above its menu
    credit: str | None = None  # the outlet a dateline credits: "CITY - DATE (CREDIT) -"


def _strip_cue(text: str) -> str:
    return _CUE.sub("", text, count=1).strip(_TRAIL)


def clean_name(text: str) -> str:
    """A name as found in a credit, with stray punctuation and Persian letters folded to Arabic ones."""
    return " ".join(text.replace("ی", "ي").replace("ک", "ك").strip(_TRAIL).split())


@lru_cache(maxsize=1)
def _outlet_words() -> tuple[frozenset[str], tuple[str, ...]]:
    folded = [fold(w) for w in OUTLET_WORDS]
    # Short names ("واس", "وام", "تاس") hide inside ordinary words and names: match them as whole words.
    return frozenset(w for w in folded if len(w) <= 4), tuple(w for w in folded if len(w) > 4)


def is_outlet(name: str) -> bool:
    """Does this byline part name an outlet (agency, paper, channel) rather than a person?"""
    f = fold(name)
    short, long_ = _outlet_words()
    return any(w in f for w in long_) or bool(short & set(f.split()))


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    """Places a byline may name: the lexicon's cities and every place of the knowledge base (countries, cities)."""
    from marsad.nlp.kb.kb import kb_entities, names_of

    kb = [n for e in kb_entities() if e.type == "LOC" for n in names_of(e)]
    return frozenset(" ".join(fold(p).split()) for p in (*PLACES, *kb))


def is_place(name: str, also: str | None = None) -> bool:
    """Is ``name`` a known city or country (or the place ``also``, e.g. the city of the page's dateline)?"""
    f = " ".join(fold(name).split())
    return f in _places() or (bool(also) and f == " ".join(fold(also or "").split()))


def dateline(text: str) -> tuple[str, str | None] | None:
    """``(city, credit)`` of a dateline opening a paragraph ("القاهرة - 17 نوفمبر 2026 (وكالة ...) -"), or None."""
    m = _DATELINE.match(text[:160])
    if m is None:
        return None
    city = clean_name(m.group("city"))
    credit = clean_name(m.group("credit")) if m.group("credit") else None
    if credit and not (is_place(city) or is_outlet(credit)):
        credit = None  # "قال الوزير (في بيان) -": a parenthesis in prose, not a dateline's credit
    return city, credit or None


def place_byline(text: str, city: str | None = None) -> str | None:
    """The name of a "CITY - AUTHOR" or "AUTHOR - CITY" byline, or None when neither side is a place."""
    sides = _DASH.split(text.strip())
    if len(sides) != 2:
        return None
    a, b = (clean_name(s) for s in sides)
    if is_place(a, city) and not is_place(b, city):
        return b
    if is_place(b, city) and not is_place(a, city):
        return a
    return None


def parse_byline(text: str) -> tuple[list[str], str | None]:
    """Authors and the outlet named in a byline ("بواسطة تيسا وونغ، بي بي سي نيوز")."""
    body = _strip_cue(text)
    m = _CITY_PREFIX.match(body)
    if m and len(m.group(0).split()) <= 3 and not is_outlet(m.group(0)) and not is_place(body[m.end():]):
        body = body[m.end():]
    authors: list[str] = []
    outlet = None
    parts = re.split(r"\s*[,،;؛|/]\s*|\s+[-–—]\s+", body)
    for part in parts:
        part = clean_name(part)
        if not part or len(parts) > 1 and is_place(part):
            continue  # "بواسطة فلان - القاهرة": where the reporter filed from
        if is_outlet(part):
            outlet = outlet or part
            continue
        for name in _split_and(part):
            if 1 <= len(name.split()) <= 5:
                authors.append(name)
    return authors, outlet


def _split_and(part: str) -> list[str]:
    """"أحمد علي وسارة محمد" → two names; a single name starting with و ("وليد") stays whole."""
    words = part.split()
    if len(words) < 4:
        return [part]
    names, cur = [], [words[0]]
    for w in words[1:]:
        if w.startswith("و") and len(cur) >= 2 and len(w) > 2:
            names.append(" ".join(cur))
            cur = [w[1:]]
        else:
            cur.append(w)
    names.append(" ".join(cur))
    return names if all(len(n.split()) >= 2 for n in names) else [part]


def parse_translation(text: str) -> tuple[str | None, str | None]:
    """``(translator, translated_from)`` from a translation credit line."""
    line = text.lstrip("©").strip()
    m = _TRANSLATOR_FROM.search(line) or _TRANSLATED_EN.search(line)
    if not m and fold(line).startswith("ترجم"):
        m = _TRANSLATED_BY.search(line)
    if not m:
        return None, None
    who, src = m.group("who"), m.group("src")
    return (clean_name(who) if who else None), (clean_name(src) if src else None)


def parse_note_author(text: str) -> str | None:
    """"ملاحظة: فلانة، خبيرة في ..." → the name before the role word."""
    body = _strip_cue(text)
    parts = re.split(r"\s*[,،]\s*", body, maxsplit=1)
    if len(parts) == 2 and 1 <= len(parts[0].split()) <= 4 and parts[1].split()[:1] and any(
        parts[1].split()[0] == role for role in AUTHOR_ROLES
    ):
        return clean_name(parts[0])
    return None


def parse_tags(text: str) -> list[str]:
    """Tags of a tag line; without separators the line is kept whole (multi-word tags cannot be split safely)."""
    body = _strip_cue(text)
    parts = [clean_name(p) for p in _LIST_SEP.split(body)]
    return [p for p in parts if p]


def cited_outlets(text: str) -> list[str]:
    """Outlets the prose cites: "بحسب ما ذكرت صحيفة ...", "نقلت وكالة ...", "وفقا لشبكة ..."."""
    found: list[str] = []
    hits = []
    for word in _KINDS:  # str.find is much faster than a regex alternation scanning every position
        at = text.find(word)
        while at >= 0:
            hits.append((at, at + len(word)))
            at = text.find(word, at + len(word))
    for start, end in sorted(hits):
        word_start = start
        while word_start > 0 and start - word_start < 2 and text[word_start - 1] in "وفبل":
            word_start -= 1  # clitics: "لوكالة", "بصحيفة", "وللقناة" is not an outlet citation
        if (word_start > 0 and text[word_start - 1].isalnum()) or end >= len(text) or not text[end].isspace():
            continue  # inside a longer word ("الموقع", "شبكات")
        before = text[max(0, word_start - 80):word_start].split()[-_CUE_WINDOW_WORDS:]
        if not any(w in _CUES or w[1:] in _CUES for w in before):
            continue  # "إنشاء شبكة بديلة": an outlet word, but nothing is reported
        m = _NAME.match(text, _SPACES.match(text, end).end())  # type: ignore[union-attr]
        name = _outlet_name(m.group(0)) if m else None
        if name and name not in found:
            found.append(name)
    for m in _QUOTED_AFTER_REPORT.finditer(text) if "تقرير" in text else ():
        name = clean_name(m.group("name"))
        if name and name not in found and len(name.split()) <= 4:
            found.append(name)
    return found


def _outlet_name(raw: str) -> str | None:
    raw = raw.strip()
    if raw[:1] in "\"“«”":
        if raw[-1:] in "\"”»“" and len(raw) > 2:
            return clean_name(raw[1:-1]) or None
        raw = raw[1:]  # an opening quote never closed: read the words as if unquoted
    words = []
    for w in raw.split():
        if w in _NAME_STOP or w.startswith(("و", "ف")) and len(words) >= 1 and w[1:] in _NAME_STOP or \
                words and w.replace("\u064b", "") in _CUES:  # "وكالة النهار نقلا عن مصادر": its name ends at نقلا
            break
        words.append(w)
    while len(words) > 1 and _NATIONALITY.match(words[-1]) and words[0] not in ("الأنباء", "الانباء", "أنباء"):
        words.pop()
    if not words:
        return None
    name = clean_name(" ".join(words))
    if words[0] in ("الأنباء", "الانباء", "أنباء", "انباء"):
        name = "وكالة " + name  # "وكالة الأنباء X" is the agency's name, not a description
    return name if len(name) >= 2 else None


def read_meta_lines(lines: list[tuple[str, str]], prose: str) -> TextMeta:
    """Gather metadata from ``(kind, text)`` meta lines and the article's prose."""
    meta = TextMeta()
    prov = meta.provenance
    opening = dateline(prose)
    if opening is not None:
        meta.credit = opening[1]
    for kind, text in lines:
        if kind == "outlet":
            meta.outlet = meta.outlet or clean_name(text) or None
        elif kind == "byline_place":
            name = place_byline(text, opening[0] if opening else None)
            for author in parse_byline(name)[0] if name else []:
                if author not in meta.authors:
                    meta.authors.append(author)
        elif kind == "byline":
            authors, outlet = parse_byline(text)
            meta.authors.extend(a for a in authors if a not in meta.authors)
            if outlet and not prov.original_outlet:
                prov.original_outlet = outlet
        elif kind == "source":
            prov.source_credit = prov.source_credit or clean_name(_strip_cue(text)) or None
        elif kind == "service":
            name = clean_name(re.sub(r"^(?:خدمة|خدمه)\s*[:：]?|[«»{}\"“”]", " ", text))
            prov.source_credit = prov.source_credit or name or None
            prov.original_outlet = prov.original_outlet or name or None
        elif kind == "translation":
            who, src = parse_translation(text)
            prov.translator = prov.translator or who
            prov.translated_from = prov.translated_from or src
        elif kind == "note":
            author = parse_note_author(text)
            if author and author not in meta.authors:
                meta.authors.append(author)
        elif kind == "tags":
            prov.tags.extend(t for t in parse_tags(text) if t not in prov.tags)
        elif kind == "dateline" and meta.date_text is None:
            meta.date_text = _strip_cue(text) or text
    prov.cited_outlets = cited_outlets(prose)
    return meta


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of ``text``: the shared detector when present, else the script mix and py3langid."""
    try:
        from marsad.arabic import detect_language as shared  # written in parallel; use it once it exists
    except ImportError:
        shared = None
    sample = text[:300]  # a page's language shows in its first paragraphs
    if shared is not None:
        return shared(sample)
    arabic = sum(1 for ch in sample if "\u0600" <= ch <= "\u06ff")
    letters = sum(1 for ch in sample if ch.isalpha())
    if not letters:
        return None
    if arabic / letters >= 0.5:
        return "ar"
    import py3langid

    lang, _ = py3langid.classify(sample)
    return lang


def publication_date(text: str, languages: tuple[str, ...] = ("ar", "en")) -> tuple[str, str] | None:
    """``(iso, precision)`` of a publication date written in a dateline or metadata value, or None.

    The one place extraction reads dates: ``marsad.nlp.timex.parse_date`` (the project's resolver) when
    it is installed, dateparser otherwise.  The whole line is tried first (it may carry a time), then the
    date found in it.
    """
    candidates = [text.strip()[:120]]
    found = DATE_LIKE.search(text)
    if found and found.group(0) != candidates[0]:
        candidates.append(found.group(0))
    for candidate in candidates:
        parsed = _parse_date(candidate, languages)
        if parsed:
            return parsed
    return None


def _parse_date(text: str, languages: tuple[str, ...]) -> tuple[str, str] | None:
    try:
        from marsad.nlp.timex import parse_date
    except ImportError:
        parse_date = None
    if parse_date is not None:
        try:
            return parse_date(text)
        except (MarsadError, ValueError, TypeError, OverflowError):
            return None  # a date is optional metadata: a resolver failure must not cost the article
    import dateparser

    settings = {"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False}
    parsed = dateparser.parse(text, languages=list(languages), settings=settings)
    if parsed is None:
        return None
    if parsed.hour or parsed.minute:
        return parsed.isoformat(timespec="minutes"), "datetime"
    return parsed.date().isoformat(), "day"
