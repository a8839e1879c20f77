"""Agreements and treaties: their clauses in each article, and the treaty objects assembled across articles.

Two layers of work:

* the :data:`CLAUSES` stage marks, in one article, the sentences that describe
  an agreement's content — mutual assistance in case of aggression, no treaty
  with a third party against the other, no use of territory against the other,
  and cooperation areas (nuclear energy, space, food security, trade ...).  A
  sentence counts when it names an agreement (اتفاق، معاهدة، بند، ينص ...) or
  sits next to a signing/pledge event;
* :func:`assemble_treaties` groups the signing events (AGREE, mode "sign") of
  all articles by their parties (persons and capitals folded into their
  countries) and date, adds the articles that report the same parties agreeing
  or pledging at that time, and attaches the clause sentences of all those
  articles: one :class:`Treaty` per agreement, each clause with its sources.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Iterable

from marsad.models import Doc, Span, short_id
from marsad.nlp.events.lexicon import fold, fold_in_place
from marsad.nlp.events.records import EventRecord, Keyer, event_parties, exact_date, load_clauses, party_matches
from marsad.pipeline.stage import Resources, Stage
from marsad.store import Store

# Matching is on the folded sentence (ة→ه, أ→ا, ى→ي), so patterns are written folded.
_TREATY_CUE = re.compile(r"اتفاق|معاهد|بند|ينص|تنص|يتضمن|تتضمن|تضمن|الوثيقه|ميثاق")
_HELP = r"مساعد|دعم|الدفاع|يدافع|تساعد|يساعد|تقديم"
_MUTUAL = r"متبادل|بعضهما|بعضهم|بعضها|للاخر|الطرف الاخر|كل طرف|المشترك"
# Names that hold a field's word and tell no cooperation of an agreement: the Gulf Cooperation Council, the
# Organisation of Islamic Cooperation, a ministry or a minister's title ("وزير الثقافه والاعلام").
_TITLES = (re.compile(r"(?<!\S)[وفلب]{0,2}(?:مجلس|منظمه) التعاون"),
           re.compile(r"(?<!\S)[وف]?[لب]?(?:ال)?(?:وزير|وزيره|وزاره)\s+\S+(?:\s+و\S+)?"))
_CLAUSES: list[tuple[str, list[list[re.Pattern[str]]]]] = [
    ("mutual_assistance", [
        # help and what makes it mutual close together ("تقديم المساعدة المتبادلة", "يساعد كل طرف الآخر"), not a
        # word of support and "خطة العمل المشتركة" anywhere in a long sentence
        [re.compile(rf"(?:{_HELP})\S*(?:\s+\S+){{0,2}}?\s+\S*(?:{_MUTUAL})"
                    rf"|(?:{_MUTUAL})\S*(?:\s+\S+){{0,2}}?\s+\S*(?:{_HELP})")],
        # help + an attack + a condition: "تقديم كل مساعدة عسكرية ... إذا واجه أحد الجانبين اعتداء"
        [re.compile(r"مساعد|دعم|الدفاع عن|تساعد|يساعد|يدافع"), re.compile(r"عدوان|اعتداء|هجوم|حرب"),
         re.compile(r"في حال|اذا|واجه|تعرض")],
    ]),
    ("no_third_party", [[re.compile(r"(دوله|دول|طرف) ثالث")]]),
    ("territory", [[re.compile(r"استخدام اراضي|باستخدام اراضي")]]),
]
_AREAS: dict[str, re.Pattern[str]] = {
    "nuclear_energy": re.compile(r"الطاقه النوويه"),
    "space": re.compile(r"الفضاء"),
    "food_security": re.compile(r"الامن الغذائي"),
    "energy": re.compile(r"الطاقه(?! النوويه)"),
    "trade": re.compile(r"التجاره|التجاري|تجاري"),
    "defence": re.compile(r"الدفاع|الدفاعي|العسكري"),
    "technology": re.compile(r"التكنولوجيا|التقنيات|تقنيات"),
    "tourism": re.compile(r"السياحه"),
    "culture": re.compile(r"الثقافه"),
    "education": re.compile(r"التعليم"),
    "health": re.compile(r"الصحه"),
    "agriculture": re.compile(r"الزراعه"),
}
# The same fields in Arabic words, for a name that tells them ("اتفاقية ... للتعاون في التجارة"): every key of _AREAS.
AREA_WORDS: dict[str, str] = {
    "nuclear_energy": "الطاقة النووية", "space": "الفضاء", "food_security": "الأمن الغذائي", "energy": "الطاقة",
    "trade": "التجارة", "defence": "الدفاع", "technology": "التقنية", "tourism": "السياحة", "culture": "الثقافة",
    "education": "التعليم", "health": "الصحة", "agriculture": "الزراعة"}
_COOP = re.compile(r"تعاون|التعاون|مجال|مجالات")


def clause_kinds(sentence: str, folded: str | None = None) -> list[tuple[str, str | None]]:
    """The (kind, area) clauses a sentence describes, from its wording alone (``folded``: ``fold(sentence)``, when
    the caller has it)."""
    s = fold(sentence) if folded is None else folded
    found: list[tuple[str, str | None]] = []
    for kind, alternatives in _CLAUSES:
        if any(all(p.search(s) for p in alt) for alt in alternatives):
            found.append((kind, None))
    for title in _TITLES:
        s = title.sub(" ", s)
    if _COOP.search(s):
        told = " | ".join(_told_areas(s))
        for area, pat in _AREAS.items():
            if pat.search(told):
                found.append(("cooperation", area))
    return found


_FIELD_WORD = re.compile(r"^[وفلب]?(?:ال)?مجال(?:ات|ي|ين)?$")


def _told_areas(s: str) -> list[str]:
    """The words that tell a field of cooperation: those just after «تعاون» ("التعاون العسكري", "التعاون بين البلدين
    في مجال الطاقة"), and a list that opens with a field right after «مجال» ("مجالات الفضاء والأمن الغذائي"); not
    a field word anywhere in the sentence ("في مجال التصنيع العسكري", "والعمل مستمر في هذا المجال")."""
    words = s.split()
    out = []
    for i, w in enumerate(words):
        w = w.strip("،,.؛:()«»\"")
        window = " ".join(words[i + 1:i + 9])
        if "تعاون" in w and "تعاوني" not in w:  # (not a cooperative: "الجمعية التعاونية", "تعاونيات")
            out.append(" ".join(words[i + 1:i + 7]))
        elif _FIELD_WORD.match(w) and any(pat.match(window) for pat in _AREAS.values()):
            out.append(window)
    return out


def find_clauses(doc: Doc) -> list[Span]:
    """Clause spans of ``doc``: sentences describing an agreement's content (see module doc)."""
    sents = sorted(doc.layers.get("sentence", []), key=lambda s: s.start)
    agree = [e for e in doc.layers.get("event", []) if e.label == "AGREE"
             and e.data.get("mode") in ("sign", "pledge", "agree") and e.data.get("modality") != "denied"]
    out: list[Span] = []
    # The cue words are plain letters and folding goes letter by letter: a sentence's folded text is a piece of the
    # article's, and when the article's holds no cue word, none of its sentences does (most articles: each sentence
    # was folded to find none).
    # Folding goes character by character too: a sentence's folded text is the article's, folded once in place (each
    # deleted mark kept as \x01), cut at the sentence and its marks taken out — not each sentence folded anew (the
    # article's own \x01, which folding keeps, would be taken out with them: such an article folds each sentence).
    in_place = fold_in_place(doc.text) if "\x01" not in doc.text else None
    cued = _TREATY_CUE.search(fold(doc.text) if in_place is None else in_place.replace("\x01", "")) is not None
    if not cued and not agree:
        return out
    for k, s in enumerate(sents):
        text = doc.text[s.start:s.end]
        near = [e for e in agree if any(sents[j].start <= e.start < sents[j].end
                                        for j in range(max(0, k - 1), min(len(sents), k + 2)))]
        folded = fold(text) if in_place is None else in_place[s.start:s.end].replace("\x01", "")
        if not (cued and _TREATY_CUE.search(folded)) and not near:
            continue
        kinds = clause_kinds(text, folded)
        if not kinds:
            continue
        signing = [e for e in agree if e.data.get("mode") == "sign"] or agree
        anchor = min(signing, key=lambda e: abs(e.start - s.start)) if signing else None
        for kind, area in kinds:
            data: dict[str, Any] = {"area": area, "sentence": [s.start, s.end]}
            if anchor is not None:
                data["event"] = [anchor.start, anchor.end]
                data["agreement"] = anchor.data.get("agreement")
                data["parties"] = [p for p in (anchor.data.get("actor"), anchor.data.get("recipient")) if p]
            out.append(Span("clause", s.start, s.end, kind, data))
    return out


def _clauses_stage(doc: Doc, res: Resources) -> None:
    doc.layer("clause").extend(find_clauses(doc))


CLAUSES = Stage(
    name="clauses", version="3", func=_clauses_stage, requires=("sentence", "event"), assigns=("clause",),
    doc="Sentences describing an agreement's clauses (mutual assistance, third parties, cooperation areas).",
)


# -- treaties across articles -------------------------------------------------------


@dataclass(slots=True)
class SourceRef:
    """Where something was said: article, character span, the sentence, outlet and date."""

    article_id: str
    start: int
    end: int
    text: str = ""
    outlet: str | None = None
    published_at: str | None = None


@dataclass(slots=True)
class Clause:
    """One clause of an agreement as the articles describe it."""

    kind: str  # mutual_assistance | no_third_party | territory | cooperation
    area: str | None = None
    sources: list[SourceRef] = field(default_factory=list)


@dataclass(slots=True)
class Step:
    """One dated step in an agreement's life (see :data:`marsad.nlp.events.treaty_steps.STEP_KINDS`).

    ``by`` is the party or body that took it (a parliament ratifying, a state withdrawing);
    ``modality`` is "done" or "expected"; ``date_source`` says whether the date was written in
    the sentence ("timex"), is the day of the session the report's lead sentence dates, inferred for a body's step
    told as taken in it ("session"), is the report's date for a step reported ("article"), or for one recalled
    ("before": it happened by then).  An ``extended`` step keeps the new end (``until``) and the added ``period``
    its reports give, whichever they write (``period_said`` is the period in the reports' words, shown to readers);
    a ``replaced`` step (on the old agreement) names the new ``agreement``.
    """

    kind: str
    date: str | None
    date_source: str | None = None
    by: dict[str, Any] | None = None
    modality: str = "done"
    sources: list[SourceRef] = field(default_factory=list)
    # an extension's new end ("2030", "2027-12-31") and the period it adds (ISO 8601: "P2Y"), when the text gives them
    until: str | None = None
    period: str | None = None
    period_said: str | None = None  # the period as the reports write it ("عامين"): what readers are shown
    # a replacement's new agreement ({"name", "id"}: the id of its record when the store has one)
    agreement: dict[str, Any] | None = None


@dataclass(slots=True)
class Treaty:
    """An agreement, assembled from the articles that report it: its name and aliases, parties, dated steps.

    ``background`` is true when every dated step lies more than a year before the first report
    (an old treaty recalled in today's news, not news about it); ``organisations`` when its reports
    name companies or institutions taking the steps (a contract, not a treaty between states).  ``duration``
    is how long it holds when a report says so ("ومدتها خمس سنوات قابلة للتجديد"); ``replaces`` the agreements
    it replaces (each with the id of its record when the store has one; that record has a ``replaced`` step).
    """

    id: str
    name: str | None
    parties: list[dict[str, Any]]
    date_signed: str | None
    clauses: list[Clause] = field(default_factory=list)
    sources: list[SourceRef] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    steps: list[Step] = field(default_factory=list)
    first_reported: str | None = None
    last_reported: str | None = None
    background: bool = False
    organisations: bool = False
    duration: dict[str, Any] | None = None  # {"period": "P5Y", "said": "خمس سنوات", "renewable": True}
    replaces: list[dict[str, Any]] = field(default_factory=list)  # the agreements it replaces ({"name", "id"})
    # for a record its reports call by a bare noun only: what they say it is for, right after its own noun
    # ("لتعيين الحدود البحرية"), and the fields of cooperation its own sentences give it (keys of _AREAS)
    purpose: str | None = None
    fields: list[str] = field(default_factory=list)


@dataclass(slots=True)
class TreatyOptions:
    """How signing events are grouped: parties folded to countries; dates within ``window_days``."""

    window_days: int = 7
    by_country: bool = True


def _is_signing(ev: EventRecord) -> bool:
    d = ev.data
    return ev.type == "AGREE" and d.get("mode") == "sign" and not d.get("negated") \
        and d.get("modality") not in ("denied", "hypothetical", "future")


def _days(a: str | None, b: str | None) -> int | None:
    from datetime import date

    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)  # type: ignore[index]
    except (TypeError, ValueError):
        return None


def assemble_treaties(events: Iterable[EventRecord], clauses: Iterable[dict[str, Any]],
                      options: TreatyOptions | None = None) -> list[Treaty]:
    """Group signing events into treaties and attach the clause sentences of their articles."""
    opt = options or TreatyOptions()
    events = list(events)
    keyer = Keyer.from_parties(event_parties(events), opt.by_country)
    groups: list[dict[str, Any]] = []
    for ev in events:
        if not _is_signing(ev):
            continue
        parties = [p for p in (ev.data.get("actor"), ev.data.get("recipient"), *(ev.data.get("co_actors") or [])) if p]
        keys = {k for k in (keyer(p) for p in parties) if k}
        if len(keys) < 2:
            continue
        date = exact_date(ev.data)  # (a day it was signed by, told by an announcement, is no signing date)
        for g in groups:
            gap = _days(g["date"], date)
            if g["keys"] == keys and (gap is None or gap <= opt.window_days):
                g["events"].append(ev)
                g["date"] = g["date"] or date
                break
        else:
            groups.append({"keys": keys, "date": date, "events": [ev], "support": []})
    # Articles that report the agreement without a two-party signing sentence ("اتفقتا على ...",
    # "تعهد بـ ...") between the same parties at the same time add their clauses and sources.
    for ev in events:
        d = ev.data
        if ev.type != "AGREE" or _is_signing(ev) or d.get("negated") or d.get("modality") == "denied" \
                or d.get("mode") not in ("sign", "agree", "pledge"):
            continue
        keys = {k for k in (keyer(p) for p in (d.get("actor"), d.get("recipient"), *(d.get("co_actors") or []))) if k}
        for g in groups:
            gap = _days(g["date"], exact_date(d))
            if keys == g["keys"] and (gap is None or gap <= opt.window_days):
                g["support"].append(ev)
                break
    by_article: dict[str, list[dict[str, Any]]] = {}
    for c in clauses:
        by_article.setdefault(c["article_id"], []).append(c)
    # Signing events naming one party only ("قال بوتين إن البلدين وقعا على اتفاقية ...") still name
    # the agreement their article reports.
    named: dict[str, list[str]] = {}
    for ev in events:
        if _is_signing(ev) and ev.data.get("agreement"):
            named.setdefault(ev.article_id, []).append(ev.data["agreement"])
    treaties = []
    for g in groups:
        evs: list[EventRecord] = g["events"]
        names = Counter(n for aid in dict.fromkeys(e.article_id for e in evs) for n in named.get(aid, []))
        # the most specific name: most words, then most reports ("اتفاقية شراكة شاملة" over "اتفاقا")
        name = max(names, key=lambda n: (len(n.split()), names[n], len(n))) if names else None
        dates = Counter(e.data.get("date") for e in evs if e.data.get("date") and e.data.get("date_source") == "timex")
        dates = dates or Counter(exact_date(e.data) for e in evs if exact_date(e.data))
        parties: dict[str, dict[str, Any]] = {}
        for e in evs:
            for p in (e.data.get("actor"), e.data.get("recipient")):
                k = keyer(p)
                if k and k not in parties:
                    country = (p or {}).get("country") if opt.by_country else None
                    src = country if isinstance(country, dict) and country.get("kind", "country") == "country" else p
                    parties[k] = {"name": src.get("name"), "name_en": src.get("name_en"),
                                  "entity_id": src.get("entity_id") or (None if k.startswith("name:") else k)}
        found: dict[tuple[str, str | None], Clause] = {}
        for aid in dict.fromkeys(e.article_id for e in evs + g["support"]):
            for c in by_article.get(aid, []):
                clause = found.setdefault((c["label"], c["data"].get("area")), Clause(c["label"], c["data"].get("area")))
                clause.sources.append(SourceRef(aid, c["start"], c["end"], c.get("text") or "", c.get("outlet"), c.get("published_at")))
        tid = short_id("treaty", *sorted(g["keys"]), str(dates.most_common(1)[0][0] if dates else ""))
        treaties.append(Treaty(
            id=tid, name=name, parties=list(parties.values()),
            date_signed=dates.most_common(1)[0][0] if dates else None,
            clauses=list(found.values()),
            sources=[SourceRef(e.article_id, e.start, e.end, e.sentence_text, e.outlet, e.published_at)
                     for e in evs + g["support"]],
        ))
    return treaties


def _own_ids(found: list[Treaty]) -> list[Treaty]:
    """Records that share an id (a generic name, «اتفاقية تعاون», with the same parties) each take one of their
    own, from that id and their first report (its day, its article, the place in it), so that the id a listing
    shows opens that record; a record whose id no other shares keeps it."""
    same = Counter(t.id for t in found)
    for t in found:
        if same[t.id] > 1 and t.sources:
            first = min(t.sources, key=lambda s: (s.published_at or "", s.article_id, s.start))
            t.id = short_id("treaty", t.id, first.article_id, str(first.start))
    return found


def treaties(store: Store, options: TreatyOptions | None = None, *, party: str | None = None,
             include_all: bool = False, since: str | None = None, until: str | None = None,
             outlet: str | None = None) -> list[Treaty]:
    """Agreements followed across the store's articles, latest report first.

    Args:
        store: the store.
        options: how reports are grouped (see :class:`TreatyOptions`).
        party: only agreements with this party (entity id, Arabic or English name).
        include_all: also old agreements only recalled in the news (see ``Treaty.background``),
            contracts of companies and institutions (``Treaty.organisations``), agreements the
            reports neither name nor give two parties ("اتفاق" or "اتفاقية تعاون" with one country, or a name made of
            words of its own only: "اتفاق العالم"), a sale or purchase named with fewer than two states ("اتفاقية
            شراء الطاقة" of a utility), and
            plurals of several agreements told as one ("اتفاقيات التجارة الحرة" of one country with many, "اتفاقيات
            ثنائية" of one with several): only a pair's set of agreements is listed.
        since, until, outlet: only agreements some report of those days and that outlet speaks of
            (``marsad.filters.Reported``); the record keeps all its reports.
    """
    from marsad.filters import Reported

    reported = Reported(since, until, outlet)
    outlet_key = reported.outlet_key(store)
    from marsad.nlp.events.treaty_life import assemble_records, descriptive, described_name, name_words, sale, several
    from marsad.nlp.events.treaty_steps import listed_name

    steps = store.treaty_step_spans()
    clauses = load_clauses(store, {r["article_id"] for r in steps})
    found = _own_ids(assemble_records(steps, clauses, options))
    if party:
        found = [t for t in found if any(party_matches(p, party) for p in t.parties)]
    if reported.narrowed:
        found = [t for t in found if any(reported.keeps(s.published_at, s.outlet, outlet_key) for s in t.sources)]
    if not include_all:
        found = [t for t in found if not t.background and not t.organisations
                 and (len(t.parties) >= 2 or name_words(t.name) and not descriptive(name_words(t.name))
                      and listed_name(t.name) and not sale(t.name))
                 and not (several(t.name) and len(t.parties) != 2)]
    for t in found:  # (named last: which records are listed goes by the name the reports give)
        t.name = described_name(t)
    same = Counter(t.name for t in found)
    for t in found:  # different agreements told apart: "اتفاقية بين مصر والسودان (2026-05-03)"
        day = t.date_signed or t.first_reported
        if same[t.name] > 1 and day and t.purpose is not None:
            t.name += f" ({day})"
    return found
