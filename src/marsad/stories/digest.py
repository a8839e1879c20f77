"""What a reader of a story wants first: a timeline, who said what, and a short extractive summary."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from marsad.arabic.normalize import fold_for_search
from marsad.models import Doc, Span
from marsad.nlp.timex_lexicon import names_month
from marsad.stories.compare import Sent, source_label
from marsad.stories.features import cosine, dot, norm

ISO_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?")


def _sentence_at(doc: Doc, pos: int) -> tuple[int, int]:
    for s in doc.layers.get("sentence", []):
        if s.start <= pos < s.end:
            return s.start, s.end
    # No sentence layer: the line around the position.
    start = doc.text.rfind("\n", 0, pos) + 1
    end = doc.text.find("\n", pos)
    return start, (len(doc.text) if end < 0 else end)


TIMELINE_CHARS = 220  # a timeline item shows at most this much of its sentence (the sources give the rest)
LEAD_SENTENCES = 3  # an article whose first sentences carry no date reports its development on its own day


def _short(text: str, n: int = TIMELINE_CHARS) -> str:
    text = " ".join(text.split())
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n - 1)
    return text[: cut if cut > n // 2 else n - 1] + "…"


def _same_development(a: set[str], b: set[str]) -> bool:
    return bool(a and b) and len(a & b) / min(len(a), len(b)) >= 0.6


def _chronological(value: str) -> tuple[str, int]:
    """A sort key putting a week ("2026-W46") at its Monday and a month before its days: ISO weeks sort as text
    after every day of their year."""
    m = re.match(r"^(\d{4})-W(\d{2})", value)
    if m:
        try:
            return date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1).isoformat(), 1
        except ValueError:
            pass
    return value, 0


def _holds(period: str, day: str) -> bool:
    """Whether a month ("2026-11") or an ISO week ("2026-W47") holds the day ("2026-11-22")."""
    start = _chronological(period)[0]
    if start == period:
        return day.startswith(period)
    return date.fromisoformat(start) <= date.fromisoformat(day) < date.fromisoformat(start) + timedelta(days=7)


def _sentence_date(found: list[tuple[int, int, str, str, Span]], published: str | None):
    """The date of the development a sentence carries, among the dates it holds: a day its own time expression
    names before an event's date, and any day before a month or a week ("announced today ... opens in December" is
    today's announcement); the report's own day ("22 نوفمبر" of a dateline, "الأحد" of the day
    it was written) only when the sentence names no other day ("لقي 12 شخصا ... ليلة السبت" happened on Saturday);
    among several, the first written (the main clause comes first: "أعلنت تعليق الدروس يوم الاثنين ... مساء الأحد")."""
    day = published[:10] if published else None
    pool = [x for x in found if x[0] < 2] or found  # a day (its own or an event's) before any month or week
    others = [x for x in pool if x[2] != day]
    return min(others or pool, key=lambda x: (x[0], x[1]))


def timeline(docs: list[Doc], *, max_items: int = 20, since: str | None = None) -> list[dict[str, Any]]:
    """Dated developments, not articles: each item is the sentence that carries a development, dated by
    its own time expression when it has one, else by the day its article reported it.  A sentence is one item,
    however many dates it holds (:func:`_sentence_date` picks its development's).

    A relative expression ("yesterday", "last Tuesday") counts only when its article has a publication
    date to resolve it against.  The same development told by several outlets on one date becomes one item
    listing all its sources; items are ordered by date and their text is shortened (``TIMELINE_CHARS``);
    ``since`` (ISO date) drops background dates before it ("the 1959 treaty").
    """
    from marsad.stories.features import content_stems

    by_date: dict[str, list[dict[str, Any]]] = defaultdict(list)

    def add(value: str, label: str, doc: Doc, s: int, e: int, expression: str, src: str, bound: bool = False) -> None:
        text = doc.text[s:e].strip()
        stems = set(content_stems(text))
        if len(stems) < 4:
            return
        entries = by_date[value]
        hit = next((x for x in entries if _same_development(x["_stems"], stems)), None)
        source = {"article_id": doc.article.id, "outlet": src, "start": s, "end": e, "expression": expression}
        if hit is None:
            entries.append({"date": value, "kind": label, "text": _short(text), "_stems": stems, "sources": [source]})
            if bound:
                entries[-1]["date_bound"] = "on_or_before"
        elif all(x["article_id"] != doc.article.id for x in hit["sources"]):
            hit["sources"].append(source)
            if not bound:  # a source that tells the day itself
                hit.pop("date_bound", None)

    for doc in docs:
        src = source_label(doc)
        published = doc.article.published_at if doc.article.published_at and ISO_RE.match(doc.article.published_at) \
            else None
        # an article with no date of its own is dated by when its page was fetched: its "today" («بيان صدر
        # اليوم») is that day or one before, so a day counted from it is told as a bound ("on or before"), and its
        # lead is said to be of the fetch day
        fetched = published is not None and doc.article.date_precision == "fetched"
        # every date a sentence carries: (rank, text position, value, label, span) — the sentence becomes ONE item,
        # dated by the best of them (see _sentence_date)
        dated: dict[tuple[int, int], list[tuple[int, int, str, str, Span]]] = defaultdict(list)
        for t in doc.layers.get("timex", []):
            data = t.data or {}
            value = str(data.get("value") or "")
            if data.get("relative") and not published:
                continue  # "yesterday" with no date to count from
            if ISO_RE.match(value) and t.label in ("day", "datetime", "month", "week"):
                value = value[:10]
                if len(value) < 10 and published and _holds(value, published[:10]):
                    continue  # "this month", "this week", "the usual rainfall of November": no more than the report's day
                dated[_sentence_at(doc, t.start)].append((0 if len(value) == 10 else 2, t.start, value, t.label, t))
        for ev in doc.layers.get("event", []):
            if (ev.data or {}).get("date_bound"):
                continue  # a day the act happened by (its announcement's), not its own: the timex is there already
            value = str((ev.data or {}).get("date") or "")
            if ISO_RE.match(value):
                dated[_sentence_at(doc, ev.start)].append((1, ev.start, value[:10], "event:" + ev.label, ev))
        lead_end = None
        sents = doc.layers.get("sentence", [])
        if len(sents) >= 1:
            lead_end = sents[min(LEAD_SENTENCES, len(sents)) - 1].end
        has_lead_date = False
        for (s, e), found in dated.items():
            found = [x for x in found if not (since and (k := _chronological(x[2])[0]) < since[: len(k)])]
            if not found:
                continue
            _, _, value, label, span = _sentence_date(found, published)
            # (counted from the fetch day: a relative expression, or an act's day its coder may have counted so — not
            # a day or a month named, «السابع من حزيران/يونيو», whose year alone comes from that day: «≤ 2015-06-07»
            # said the elections of 7 June could have been held before it)
            bound = fetched and (span.kind == "event" or bool((span.data or {}).get("relative"))
                                 and not names_month(doc.text[span.start:span.end]))
            add(value, label, doc, s, e, doc.text[span.start:span.end], src, bound)
            has_lead_date = has_lead_date or (lead_end is not None and s < lead_end)
        if not has_lead_date and published and sents:
            first = sents[0]
            add(published[:10], "fetched" if fetched else "reported", doc, first.start, first.end, "", src)
    items = []
    for value in sorted(by_date, key=_chronological):
        entries = sorted(by_date[value], key=lambda x: (-len(x["sources"]), x["text"]))
        for x in entries[:3]:
            x.pop("_stems", None)
            x["outlets"] = sorted({s["outlet"] for s in x["sources"]})
            items.append(x)
    if len(items) > max_items:  # keep the best-attested developments, in date order
        keep = sorted(items, key=lambda x: -len(x["sources"]))[:max_items]
        items = [x for x in items if x in keep]
    return items


_WORDS = re.compile(r"[^\W_]+")


def same_words(quotes: list[dict[str, Any]], text_key: str = "text") -> list[dict[str, Any]]:
    """One speaker's quotes with the same words (folded, punctuation aside) shown once: the first, in order, with the
    other reports of them as ``also`` ({"article_id", "outlet"} and the words' ``start``/``end`` when known, one per
    article). A page and its copy in the same
    outlet (SaudiNewsNet 2015-08-02: Al-Riyadh's report of a condolence visit, printed twice under two headlines)
    listed each of the official's words twice, «[الرياض]» after both."""
    out: list[dict[str, Any]] = []
    seen: dict[str, dict[str, Any]] = {}
    for q in quotes:
        key = " ".join(_WORDS.findall(fold_for_search(q.get(text_key) or "")))
        first = seen.get(key) if key else None
        if first is None:
            q = {**q, "also": []}
            out.append(q)
            if key:
                seen[key] = q
        elif q["article_id"] != first["article_id"] and all(a["article_id"] != q["article_id"]
                                                               for a in first["also"]):
            also = {"article_id": q["article_id"], "outlet": q.get("outlet")}
            if q.get("start") is not None:  # (where its words stand: a citation opens the report on them)
                also.update(start=q["start"], end=q.get("end"))
            first["also"].append(also)
    return out


def quotes_by_speaker(docs: list[Doc]) -> list[dict[str, Any]]:
    """The story's quotes grouped by speaker (linked entity, else the folded name), most quoted first; the same words
    reported by several articles are one quote citing them all (``also``)."""
    groups: dict[str, dict[str, Any]] = {}
    for doc in docs:
        src = source_label(doc)
        for q in doc.layers.get("quote", []):
            data = q.data or {}
            sp = data.get("speaker") or {}
            name = sp.get("name_ar") or sp.get("text") or ""
            key = sp.get("entity_id") or ("name:" + fold_for_search(name).strip() if name else "unknown")
            g = groups.setdefault(key, {"speaker": name or None, "entity_id": sp.get("entity_id"),
                                        "name_en": sp.get("name_en"), "quotes": [], "outlets": set()})
            content = data.get("content_text") or doc.text[q.start:q.end]
            g["quotes"].append({"text": content, "kind": q.label, "article_id": doc.article.id, "outlet": src,
                                "start": q.start, "end": q.end, "via": (data.get("via") or {}).get("text")})
            g["outlets"].add(src)
    out = []
    for g in groups.values():
        g["outlets"] = sorted(g["outlets"])
        g["quotes"] = same_words(g["quotes"])
        out.append(g)
    out.sort(key=lambda g: (-len(g["quotes"]), g["speaker"] or ""))
    return out


_WORD_RE = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=4096)  # (a story's sentences are asked again for each chosen one they may source)
def told_acts(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """(acts told as still to come, acts told as done) in a sentence, each by its event-lexicon key ("sign"; after
    «تم»/«سيتم», its verbal noun's key, or the noun itself when the lexicon has none: «سيتم توقيع» and «وقّع» tell
    one act): to come after سـ, سوف, «سيتم» or a schedule's «من المقرر أن» ("سيوقع", "من المقرر أن يوقع", "سيتم
    توقيع"); done in the perfect or after «تم» ("وقّع", "تم توقيع").  An act told in the imperfect with no such cue is
    neither (the present of a headline, a habit)."""
    from marsad.nlp.events import lexicon as L
    from marsad.nlp.events.analysis import stems

    lex = L.load_lexicon()
    words = _WORD_RE.findall(L.fold(text))
    ahead: set[str] = set()
    done: set[str] = set()
    for k, w in enumerate(words):
        # (the words before, و or ف off: «وتم», «ولم» and «وسوف» are cues; a root's و, «وقع», leaves none)
        before = [x[1:] if x[:1] in ("و", "ف") and len(x) > 2 else x for x in words[max(0, k - 5):k]]
        prev = before[-1] if before else ""
        if (prev in _WILL_BE_DONE or prev in _WAS_DONE) and w not in L.PREPOSITIONS:
            # (a preposition after the cue, «تم خلال اللقاء بحث», is no act: nothing is read from that phrase)
            # the act's verbal noun by the key the lexicon reads it with («توقيع» is "sign", as «وقّع»), else as written
            keys = {e.key for _p, _st, _s, e in lex.readings(w, stems) if e.pos == "noun" and e.plover}
            (ahead if prev in _WILL_BE_DONE else done).update(keys or {w.removeprefix("ال")})
            continue
        for p, st, _s, e in lex.readings(w, stems):
            if e.pos != "verb" or not e.plover:
                continue
            imperfect = _imperfect(lex, st, e.key)
            if "س" in p or (imperfect and (prev == "سوف" or (prev == "ان" and any(x in _SCHEDULED for x in before)))):
                ahead.add(e.key)
            elif not imperfect and "س" not in p and prev not in L.NEGATIONS:
                done.add(e.key)
    return frozenset(ahead), frozenset(done)


def _imperfect(lex: Any, form: str, key: str) -> bool:
    """Whether a verb's form of the lexicon entry ``key`` is its imperfect: it begins with ي, or with ت or ن where
    the entry holds the same form with ي (تناقش beside يناقش).  A perfect of the 5th or 6th form, or of a root in
    ن, begins so too and has no such form beside it («تعاونت», «تباحث», «ناقش», «ندد»: no يعاونت, يباحث, ياقش,
    يدد) — each was read as still to come, or as no act told."""
    if form[:1] == "ي":
        return True
    if form[:1] not in ("ت", "ن"):
        return False
    return any(x.key == key and x.pos == "verb" for x in lex.entries.get("ي" + form[1:], ()))


def told_otherwise(a: str, b: str) -> bool:
    """Whether two sentences tell one act, one as still to come and the other as done («من المقرر أن يوقع» and
    «وقّع»), with neither telling it both ways."""
    ahead_a, done_a = told_acts(a)
    ahead_b, done_b = told_acts(b)
    return bool(((ahead_a - done_a) & (done_b - ahead_b)) or ((done_a - ahead_a) & (ahead_b - done_b)))


def _fold_all(words: str) -> frozenset[str]:
    from marsad.nlp.events import lexicon as L

    return frozenset(L.fold(w) for w in words.split())


# a schedule's words before أن ("من المقرر أن"); «سيتم» and «تم» before an act's verbal noun
_SCHEDULED = _fold_all("المقرر المزمع المنتظر المرتقب المتوقع المفترض")
_WILL_BE_DONE = _fold_all("سيتم ستتم سيجري ستجري")
_WAS_DONE = _fold_all("تم تمت جرى جرت")


def extractive_summary(sents: list[Sent], pairs: dict[tuple[int, int], float], centroid: dict[str, float], *,
                       k: int = 4, lam: float = 0.7, cite_similarity: float = 0.4) -> list[dict[str, Any]]:
    """A few sentences chosen by maximal marginal relevance: close to the story, far from each other.

    Relevance is the cosine with the story centroid (lead sentences get a small
    bonus, as news puts the essentials first); each chosen sentence cites the
    articles that say much the same thing, and tell it the same way: a report of an act to come ("من المقرر أن
    يوقع") is no source of the act done ("وقّع"), nor the other way round (:func:`told_otherwise`).  When the
    story has dated articles, sentences of undated ones are neither chosen nor cited.
    """
    by_idx = {s.idx: s for s in sents}
    if any(len(s.day) == 10 for s in sents):
        sents = [s for s in sents if len(s.day) == 10]  # an undated article is weak evidence: it never sums up a story
    usable = {s.idx for s in sents}
    pool = [s for s in sents if not s.title and 6 <= len(s.stems) <= 70]
    if not pool:
        pool = [s for s in sents if len(s.stems) >= 3]
    rel = {s.idx: cosine(s.vec, centroid) + (0.08 if s.position <= 3 else 0.0) for s in pool}
    # each sentence's norm once (``cosine`` would compute both norms again for every pair): the same floats
    norms = {s.idx: norm(s.vec) for s in pool}
    chosen: list[Sent] = []
    red: dict[int, float] = {}  # sentence → its largest cosine with the chosen ones (updated as one is chosen)
    while pool and len(chosen) < k:
        def mmr(s: Sent) -> tuple[float, int]:
            return (lam * rel[s.idx] - (1 - lam) * red.get(s.idx, 0.0), -s.idx)
        best = max(pool, key=mmr)
        pool.remove(best)
        if chosen and red[best.idx] > 0.6:
            continue
        chosen.append(best)
        nb = norm(best.vec)
        for s in pool:
            d = dot(s.vec, best.vec)  # = cosine(s.vec, best.vec)
            na = norms[s.idx]
            sim = (d / (na * nb) if na and nb else 0.0) if d else 0.0
            if s.idx not in red or sim > red[s.idx]:
                red[s.idx] = sim
    out = []
    for s in chosen:
        cites = {s.article_id: s.source}
        for (i, j), sim in pairs.items():
            if sim >= cite_similarity and s.idx in (i, j) and (j if i == s.idx else i) in usable:
                o = by_idx[j if i == s.idx else i]
                if o.article_id in cites or told_otherwise(s.text, o.text):
                    continue  # (a signing to come is no source of the signing done: fixes45)
                cites[o.article_id] = o.source
        out.append({"text": s.text, "article_id": s.article_id, "outlet": s.source, "start": s.start, "end": s.end,
                    "cites": sorted(cites), "outlets": sorted(set(cites.values()))})
    return out
