"""JSON records (one per RawDocument) → an Article built from the fields ingest mapped into ``raw.hints``."""

from __future__ import annotations

import html
import json
import re
from datetime import date
from typing import Any

from marsad import outlets
from marsad.arabic.normalize import fold_for_search
from marsad.errors import ExtractionError
from marsad.extract.assemble import Draft, earlier_url_date, finish, hint_date
from marsad.extract.lexicon import DATE_LIKE
from marsad.extract.metadata import is_place, parse_byline
from marsad.extract.options import ExtractOptions
from marsad.models import Article, RawDocument
from marsad.nlp.timex import stated_day

_ENTITY = re.compile(r"&(?:#\d{2,7}|#x[0-9a-fA-F]{2,6}|[a-zA-Z]{2,8});")
_MARKUP = re.compile(r"<(?:p|br|div|span|a|strong|em|b|i|li|ul|h[1-6])\b[^>]*>", re.IGNORECASE)


def extract_record(raw: RawDocument, options: ExtractOptions) -> list[Article]:
    """One Article from a JSON record's hints (text, title, url, outlet, published_at, authors)."""
    hints = raw.hints if raw.hints.get("text") else {**_fields_of(raw), **raw.hints}
    text = hints.get("text")
    if isinstance(text, str) and not text.strip():  # sent, but only spaces (a document posted to the API)
        raise ExtractionError("no article: the JSON record's text is blank (whitespace only): nothing to store")
    if not isinstance(text, str):
        raise ExtractionError("no article: the JSON record has no text (expected a 'text'/'content' field)")
    if _MARKUP.search(text):
        text = _markup_to_text(text)  # some exports keep the article's HTML in their text field
    elif _ENTITY.search(text):
        text = html.unescape(text)  # ... or only its escaped characters ("&quot;", "&#8220;")
    paragraphs = [" ".join(p.split()) for p in text.replace("\r", "\n").split("\n")]
    if not any(paragraphs):
        raise ExtractionError("no article: the JSON record's text holds only markup and whitespace")
    draft = Draft(
        title=" ".join(str(hints.get("title") or "").split()),
        blocks=[("body", p) for p in paragraphs if p],
        url=_str_or_none(hints.get("url")),
        outlet=_str_or_none(hints.get("outlet")),
    )
    own = outlets.lookup(draft.outlet)
    for author in _as_list(hints.get("authors")):
        _read_byline(html.unescape(author) if "&" in author else author, own, draft)  # "&nbsp;واس (جدة)"
    draft.fetched_at = hint_date(hints.get("fetched_at"), options)[0]
    draft.published_at, draft.date_precision = earlier_url_date(
        *hint_date(hints.get("published_at") or hints.get("fetched_at"), options), draft.url,
        fetched=not hints.get("published_at") or hints.get("published_at") == hints.get("fetched_at"))
    if draft.date_precision == "fetched" and draft.published_at:
        _date_by_text(draft, text)
    # A record's text field is the article, whatever its length: a one-sentence wire item or a
    # headline-only record is news, not the leftovers of a page, so the boilerplate length test
    # (ExtractOptions.min_chars) does not apply.
    return [finish(raw, 0, draft, options, min_chars=1)]


def _date_by_text(draft: Draft, text: str) -> None:
    """A record dated only by its fetch takes the day its own text says it was written on ("اليوم (الاثنين)" in a
    page fetched on Tuesday), precision "stated": the day its "today", "yesterday" and "tomorrow" count from.
    A site's page numbers do not move it later (``ingest.run.redate_by_sequence`` moves fetched dates only)."""
    try:
        fetched = date.fromisoformat(draft.published_at[:10])
    except ValueError:
        return
    day = stated_day(f"{draft.title}\n{text}", fetched)
    if day is not None:
        draft.published_at, draft.date_precision = day.isoformat(), "stated"


_FIELDS = {  # record field → hint, for a record that reached extraction without ingest's mapping
    "text": ("text", "content", "body", "article", "article_body", "articleBody"),
    "title": ("title", "headline"),
    "url": ("url", "link"),
    "outlet": ("outlet", "source", "site", "publisher"),
    "published_at": ("published_at", "date", "published", "datePublished", "pubdate"),
    "authors": ("authors", "author", "byline"),
    "fetched_at": ("fetched_at", "date_extracted", "crawled_at", "scraped_at"),
}


def _fields_of(raw: RawDocument) -> dict[str, Any]:
    """Hints read from the record's own bytes (a JSON object); empty when they are not one."""
    try:
        record = json.loads(raw.data.decode(raw.encoding or "utf-8", errors="replace"))
    except ValueError:
        return {}
    if not isinstance(record, dict):
        return {}
    out: dict[str, Any] = {}
    for hint, keys in _FIELDS.items():
        value = next((record[k] for k in keys if record.get(k)), None)
        if value is not None:
            out[hint] = value if hint == "authors" else (value if isinstance(value, str) else str(value))
    return out


def _markup_to_text(text: str) -> str:
    from resiliparse.extract.html2text import extract_plain_text

    return extract_plain_text(text, preserve_formatting=True, main_content=False, list_bullets=True,
                              alt_texts=False, links=False)


_QUOTE_MARKS = "«»\"“”'"
_FROM_PLACE = re.compile(r"\s+من\s+\S+(?:\s+\S+)?$")  # "الاقتصادية من الرياض": the outlet, from a city
_PARENS = re.compile(r"\([^)]*\)?")  # "بالي (إندونيسيا)": the country of a dateline


# Bylines that credit a desk, not a person: "متابعات" (follow-ups), "وكالات" (agencies), "عواصم" (capitals).
_DESK_CREDITS = frozenset(fold_for_search(w) for w in ("متابعات", "وكالات", "الوكالات", "خاص", "المحرر", "محرر",
                                                       "فريق التحرير", "التحرير", "قسم الأخبار", "تصوير", "عواصم",
                                                       "كتب", "كتبت", "المنسق الإعلامي",
                                                       # a section's desk, or the word that opens a credit
                                                       # standing alone ("الجزيرة - المحليات", "إعداد - …")
                                                       "المحليات", "محليات", "إعداد", "قراءة", "بقلم", "حوار"))
_ARABIC_DAY = r"(?:ال)?(?:أحد|احد|اثنين|إثنين|ثلاثاء|أربعاء|اربعاء|خميس|جمعة|سبت)"
# The day a page was posted, before its date: an Arabic weekday only after a mark or «يوم», as a word of its own —
# a name's last word may be one («سعد الخميس», «محمد جمعة») or end like one («عبدالواحد»)
_WEEKDAY_TAIL = re.compile(r"(?:[\s|,،\-–]*\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b"
                           rf"|\s*[|,،\-–][\s|,،\-–]*(?:يوم\s+)?{_ARABIC_DAY}|(?<!\S)يوم\s+{_ARABIC_DAY})?"
                           r"[\s|,،\-–]*$", re.IGNORECASE)
_WIRE_DESKS = frozenset(fold_for_search(w) for w in ("وكالات", "الوكالات"))


def _wire(part: str, own: "outlets.Outlet | None") -> bool:
    """Does this byline part credit only wire agencies ("واس", "أ ف ب، رويترز", "وكالات"), none of them its own?"""
    pieces = [p for p in re.split(r"\s*[,،]\s*", part) if p.strip()]
    if not pieces:
        return False
    for piece in pieces:
        if fold_for_search(piece.strip()) in _WIRE_DESKS:
            continue
        known = _outlet_named(piece)
        if known is None or known == own or known.kind != "agency":
            return False
    return True


def _read_byline(author: str, own: "outlets.Outlet | None", draft: Draft) -> None:
    """The people a record's author field names, and the outlet it credits: its parts ("CITY: NAME",
    "NAME - CITY", "CITY ـ AGENCY") are each a person, a place, an outlet or a desk."""
    dated = DATE_LIKE.search(author)
    if dated:  # "بقلم: فلان | Mon, 2015-08-10 22:22": the day it was posted, no name
        author = _WEEKDAY_TAIL.sub("", author[:dated.start()])
    parts = [p for p in _PARTS.split(_bare(author)) if p.strip()]
    wires = [p for p in parts if _wire(p, own)]
    if len(parts) == 2 and len(wires) == 1:
        # "بوسطن - واس", "أ ف ب - ميامي": a wire's report and the city it was filed from; a wire's credit names
        # no reporter, so the other side is a place even when no list of places knows it
        parts = wires
    elif len(parts) == 2 and sorted(len(_PARENS.sub(" ", p).split()) for p in parts)[0] == 1 \
            and not any(re.search(r"[,،]", p) or _outlet_named(p) is not None for p in parts):
        # "الرس - منصور الحمود:", "سيهات - حسام النصر": a byline gives a reporter's full name, so a single word
        # beside a name of two or more is the town it was filed from (or a desk's word, «تحليل»), known or not
        parts = [p for p in parts if len(_PARENS.sub(" ", p).split()) > 1] or parts
    elif len(parts) == 2 and any(_outlet_named(p) is not None for p in parts) \
            and any(len(_PARENS.sub(" ", p).split()) == 1 and _outlet_named(p) is None for p in parts):
        # "الرس - الجزيرة", "زيوريخ - الوئام": a single word beside an outlet is the town it was filed from
        parts = [p for p in parts if _outlet_named(p) is not None]
    elif len(parts) == 2 and sum(_town_like(p) for p in parts) == 1:
        # "وادي الدواسر - عبدالله الحمدان", "حوطة سدير - ناصر العريج": a name opening with a word of places
        parts = [p for p in parts if not _town_like(p)]
    for part in parts:
        pieces = [q.strip() for q in re.split(r"[,،]", part) if q.strip()]
        if len(pieces) > 1 and all(is_place(q) for q in pieces):
            continue  # "عدن، صنعاء - فلان": the towns a report was filed from, no writer
        if any(is_place(m.strip("() ")) for m in _PARENS.findall(part)):
            if len(parts) > 1:
                continue  # "بالي (إندونيسيا): NAME": a city with its country is where the reporter filed from
            # the whole byline "NAME (CITY)", "A (CITY) B (CITY)": reporters and where they filed from (Okaz's)
            for piece in (" ".join(p.split()) for p in _PARENS.split(part)):
                if len(piece.split()) >= 2 or _outlet_named(piece) is not None:
                    _read_part(piece, own, draft)
        else:
            _read_part(" ".join(_PARENS.sub(" ", part).split()), own, draft)


# Words that open the names of towns and not of people: a valley, an oasis, a cape, a well, a village...
# («وادي الدواسر», «حوطة سدير», «رأس تنورة», «حفر الباطن», «رجال ألمع», «دير الزور», «شرم الشيخ»)
_TOWN_WORDS = frozenset(fold_for_search(w) for w in (
    "وادي", "حوطة", "رأس", "راس", "حفر", "رجال", "دير", "شرم", "بئر", "تل", "كفر", "جزيرة", "جزر", "قرية", "بلدة",
    "محافظة", "مدينة", "منطقة", "مركز", "ميناء", "جبل", "سيدي", "مرسى", "عين", "خليج", "جسر", "بحرة"))


def _town_like(part: str) -> bool:
    """A byline part of two or three words whose first is a word of places (``_TOWN_WORDS``), no outlet."""
    words = fold_for_search(_PARENS.sub(" ", part)).split()
    return 2 <= len(words) <= 3 and words[0] in _TOWN_WORDS and _outlet_named(part) is None


def _read_part(part: str, own: "outlets.Outlet | None", draft: Draft) -> None:
    """One part of a byline: a person, a place, an outlet or a desk."""
    words = fold_for_search(part).split()
    if not part or _is_own(part, own) or {"تصوير", "وتصوير"} & set(words) or fold_for_search(part) in _DESK_CREDITS \
            or is_place(part):
        return  # the article's own outlet, a photo credit, a desk or the reporter's city
    known = _outlet_named(part)
    if known is not None:  # exports put the outlet in the author field ("«الشرق الأوسط»"): not a person
        if known != own:
            draft.original_outlet = draft.original_outlet or known.key
        return
    names, outlet = parse_byline(part)
    if outlet and not _is_own(outlet, own):
        draft.original_outlet = draft.original_outlet or outlets.canonical(outlet)
    for name in names or ([] if outlet else [part]):
        name = _FROM_PLACE.sub("", name).strip(" *")  # "فلان من الرياض": the writer, filing from a city
        if name and name not in draft.authors and not is_place(name) and not _is_own(name, own):
            draft.authors.append(name)
_PARTS = re.compile(r"\s*[-–:/|]\s*|\s+ـ+\s+")  # "المدينة ـ جدة", "ــ": tatweels standing in for a dash


def _bare(name: str) -> str:
    return _FROM_PLACE.sub("", " ".join(name.translate({ord(c): " " for c in _QUOTE_MARKS}).split()))


def _outlet_named(name: str) -> "outlets.Outlet | None":
    """The outlet a byline names instead of a person ("«الشرق الأوسط أونلاين»", "الاقتصادية» من الرياض",
    "الرياض-الوئام")."""
    bare = _bare(name)
    for part in (bare, *_PARTS.split(bare)[::-1]):
        undotted = " ".join(part.replace(".", " ").split())  # "أ. ف. ب"
        for candidate in (part, undotted, part.removesuffix(" أونلاين").removesuffix(" الإلكترونية").removesuffix(" نت")):
            found = outlets.lookup(candidate) if candidate else None
            if found is not None:
                return found
    return None


def _is_own(name: str, own: "outlets.Outlet | None") -> bool:
    """A byline naming the article's own outlet by the short form of its name ("الجزيرة" for الجزيرة السعودية)."""
    if own is None:
        return False
    bare = fold_for_search(_bare(name)).removeprefix("مكتب ")  # "مكتب الجزيرة": the outlet's own bureau
    for edition in ("الالكتروني", "الإلكتروني", "الالكترونية", "الإلكترونية", "اونلاين", "أونلاين", "نت"):
        bare = bare.removesuffix(" " + fold_for_search(edition))  # "الرياض الإلكتروني": its own web edition
    return bool(bare) and any(fold_for_search(n).split()[0] == bare or fold_for_search(n) == bare
                              for n in (own.name_ar, *own.aliases) if n.strip())


def _as_list(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value] if value.strip() else []
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value if v and str(v).strip()]
    return []


def _str_or_none(value: Any) -> str | None:
    return str(value).strip() or None if value else None
