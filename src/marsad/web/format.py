"""How the web pages say things: counts with Arabic number agreement, dates readers read, outlets by name.

These are the Jinja filters of the pages; each takes the page's language ("ar" or "en").
"""

from __future__ import annotations

from typing import Any

from markupsafe import Markup, escape

from marsad import outlets

MONTHS = {
    "ar": ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
           "ديسمبر"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}

# Arabic nouns by number: (one, two, three to ten, eleven to ninety-nine and the rest)
NOUNS: dict[str, dict[str, tuple[str, ...]]] = {
    "article": {"ar": ("مقال واحد", "مقالان", "مقالات", "مقالا", "مقال"), "en": ("article", "articles")},
    "outlet": {"ar": ("وسيلة إعلام واحدة", "وسيلتا إعلام", "وسائل إعلام", "وسيلة إعلام", "وسيلة إعلام"),
               "en": ("outlet", "outlets")},
    "mention": {"ar": ("إشارة واحدة", "إشارتان", "إشارات", "إشارة", "إشارة"), "en": ("mention", "mentions")},
    "copy": {"ar": ("نسخة واحدة", "نسختان", "نسخ", "نسخة", "نسخة"), "en": ("copy", "copies")},
    "report": {"ar": ("تقرير واحد", "تقريران", "تقارير", "تقريرا", "تقرير"), "en": ("report", "reports")},
}

ENTITY_TYPES = {
    "ar": {"PER": "شخص", "LOC": "مكان", "ORG": "منظمة", "MISC": "أخرى"},
    "en": {"PER": "Person", "LOC": "Place", "ORG": "Organisation", "MISC": "Other"},
}

# PLOVER event types and modalities as an Arabic reader reads them (the English page keeps the codes, as the API)
EVENT_TYPES_AR = {"AGREE": "اتفاق", "CONSULT": "تشاور", "SUPPORT": "دعم", "CONCEDE": "تنازل", "COOPERATE": "تعاون",
                  "AID": "مساعدة", "RETREAT": "انسحاب", "INVESTIGATE": "تحقيق", "REQUEST": "طلب", "ACCUSE": "اتهام",
                  "REJECT": "رفض", "THREATEN": "تهديد", "SANCTION": "عقوبات", "PROTEST": "احتجاج", "CRIME": "جريمة",
                  "MOBILIZE": "تعبئة", "COERCE": "إكراه", "ASSAULT": "هجوم"}
MODALITIES_AR = {"denied": "منفي", "hypothetical": "افتراضي", "future": "مستقبلي", "reported": "منقول عن غيره"}


def event_type(value: str | None, lang: str = "ar") -> str:
    """An event's PLOVER type: in Arabic on the Arabic page («تشاور» for CONSULT), the code on the English one."""
    return EVENT_TYPES_AR.get(value or "", value or "") if lang == "ar" else value or ""


def modality(value: str | None, lang: str = "ar") -> str:
    return MODALITIES_AR.get(value or "", value or "") if lang == "ar" else value or ""


def count(n: int | None, noun: str, lang: str = "ar") -> str:
    """"27 مقالا", "3 مقالات", "مقالان", "مقال واحد" — or "27 articles" in English."""
    n = int(n or 0)
    forms = NOUNS[noun][lang if lang in ("ar", "en") else "ar"]
    if lang == "en":
        return f"{n:,} {forms[0] if n == 1 else forms[1]}"
    one, two, few, many, hundred = forms
    if n == 1:
        return one
    if n == 2:
        return two
    tail = n % 100
    if 3 <= tail <= 10:
        return f"{n:,} {few}"
    if 11 <= tail <= 99:
        return f"{n:,} {many}"
    return f"{n:,} {hundred}"


def _parts(value: str | None) -> tuple[int, int | None, int | None] | None:
    if not value or not value[:4].isdigit():
        return None
    bits = value[:10].split("-")
    try:
        return int(bits[0]), int(bits[1]) if len(bits) > 1 else None, int(bits[2]) if len(bits) > 2 else None
    except ValueError:
        return None


def day(value: str | None, lang: str = "ar") -> Markup:
    """A date as readers write it ("21 يوليو 2015"), kept on one line and marked up with its ISO value."""
    from marsad.nlp.timex import week_days

    week = week_days(value)  # "2015-W29": «الأسبوع الماضي» in a report of 21 July, the days it spans
    if week is not None:
        return day_range(week[0].isoformat(), week[1].isoformat(), lang)
    parts = _parts(value)
    if parts is None:
        return Markup("")
    y, m, d = parts
    months = MONTHS[lang if lang in MONTHS else "ar"]
    text = " ".join(str(x) for x in ((d, months[m - 1], y) if m and d else (months[m - 1], y) if m else (y,)))
    return Markup('<time class="day" datetime="{}">{}</time>').format(value[:10], text)


def day_range(first: str | None, last: str | None, lang: str = "ar") -> Markup:
    """First and last day of something, in reading order ("21 – 23 يوليو 2015"); nothing when neither is known."""
    a, b = _parts(first), _parts(last)
    if a is None and b is None:
        return Markup("")
    if a is None or b is None or first[:10] == last[:10]:
        return day(first or last, lang)
    start = day(first, lang)
    if a[0] == b[0] and a[1] and b[1] and a[2] and b[2] and a[1] <= b[1]:
        # one year (and month) said once, «24 – 25 يوليو 2015»: «24 يوليو 2015 – 25 يوليو 2015» took two lines of
        # every story card on a phone
        months = MONTHS[lang if lang in MONTHS else "ar"]
        head = str(a[2]) if a[1] == b[1] else f"{a[2]} {months[a[1] - 1]}"
        start = Markup('<time datetime="{}">{}</time>').format(first[:10], head)
    # Each end is isolated, so in a right-to-left line the range still reads from the first day to the last.
    return Markup('<span class="range"><bdi>{}</bdi> – <bdi>{}</bdi></span>').format(start, day(last, lang))


def outlet_name(value: Any, lang: str = "ar", unknown: str = "") -> str:
    """An outlet by the name readers know; an article (dict) without one shows who it credits, else ``unknown``."""
    if isinstance(value, dict):
        prov = value.get("provenance") or {}
        key = value.get("outlet") or prov.get("original_outlet") or prov.get("source_credit")
    else:
        key = value
    return outlets.display_name(key, lang) if key else unknown


def entity_type(value: str | None, lang: str = "ar") -> str:
    return ENTITY_TYPES.get(lang, ENTITY_TYPES["ar"]).get(value or "", value or "")


def entity_name(entity: dict[str, Any] | None, lang: str = "ar") -> str:
    """An actor's name in the page's language: Arabic names in Arabic lines, English where there is one."""
    if not entity:
        return ""
    ar = entity.get("name_ar") or entity.get("name") or ""
    return (entity.get("name_en") or ar) if lang == "en" else (ar or entity.get("name_en") or "")


def clip(text: str | None, limit: int = 280) -> Markup:
    """Long text folded: its first ``limit`` characters, the rest a click away (<details>)."""
    text = text or ""
    if len(text) <= limit:
        return Markup(escape(text))
    cut = text.rfind(" ", 0, limit)
    cut = cut if cut > limit // 2 else limit
    return Markup('<details class="clip"><summary>{}…</summary>{}</details>').format(text[:cut], text[cut:])


def with_figure(sentence: dict[str, Any], limit: int = 200) -> Markup:
    """A compared sentence with its figure marked, folded as :func:`clip` folds text but never before the figure: the
    story of Turkey's strikes agreed on «عدد بجروح — 2» beside Al-Madina's sentence of 497 characters cut at 200,
    and its «اثنين بجروح» stood in the folded part."""
    text = sentence.get("text") or ""
    start, fs, fe = sentence.get("start"), sentence.get("figure_start"), sentence.get("figure_end")
    if not all(isinstance(x, int) for x in (start, fs, fe)) or not 0 <= fs - start < fe - start <= len(text):
        return clip(text, limit)
    fs, fe = fs - start, fe - start
    marked = Markup("{}<mark>{}</mark>{}")
    if len(text) <= max(limit, fe):
        return marked.format(text[:fs], text[fs:fe], text[fe:])
    cut = text.find(" ", max(limit, fe + 30))  # the figure and a few words after it, ending at a word
    if cut < 0:
        return marked.format(text[:fs], text[fs:fe], text[fe:])
    return Markup('<details class="clip"><summary>{}…</summary>{}</details>').format(
        marked.format(text[:fs], text[fs:fe], text[fe:cut]), text[cut:])


def office_title(role: str, lang: str = "ar") -> str:
    """An office key's title in ``lang`` («وزير الخارجية» for foreign_minister; «الحكومة» for a CAMEO "gov")."""
    from marsad.nlp.kb.kb import office_title as title

    return title(role, lang)


def cited(quote: dict[str, Any]) -> list[dict[str, Any]]:
    """The articles a quote cites, one per outlet: its own, then those reporting the same words (``also``)."""
    out: list[dict[str, Any]] = []
    own = {"article_id": quote.get("article_id"), "outlet": quote.get("outlet"), "start": quote.get("start"),
           "end": quote.get("end")}
    for ref in (own, *(quote.get("also") or [])):
        if all(r["outlet"] != ref.get("outlet") for r in out):
            out.append(ref)
    return out


def cite_url(ref: dict[str, Any] | None, article_id: str | None = None) -> str:
    """The link of a citation: its article, opened on the cited sentence when the reference carries its offsets
    (``start``/``end``: a summary sentence, a timeline source, a quote, a compared sentence)."""
    ref = ref or {}
    aid = article_id or ref.get("article_id")
    start, end = ref.get("start"), ref.get("end")
    if isinstance(start, int) and isinstance(end, int) and 0 <= start < end:
        return f"/article/{aid}?at={start}-{end}#cited"
    return f"/article/{aid}"


FILTERS = {"cited": cited, "cite_url": cite_url, "with_figure": with_figure,
           "count": count, "day": day, "day_range": day_range, "outlet_name": outlet_name,
           "entity_type": entity_type, "entity_name": entity_name, "clip": clip, "office_title": office_title,
           "event_type": event_type, "modality": modality}
