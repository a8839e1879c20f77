"""Quotes as records: reading them from Docs and the store, and grouping the same statement across outlets.

``QuoteRecord`` is the flat, JSON-ready form of one ``quote`` span with its
article (id, origin, outlet).  ``group_quotes`` recognises one statement
reported by several outlets (same speaker, overlapping wording) and
``list_quotes`` is the store query behind ``marsad quotes``.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any, Iterable

from marsad import filters as bounds
from marsad.errors import NotFoundError
from marsad.models import Article, Doc, Span, counted, short_id
from marsad.nlp.speech_lexicon import HONORIFICS, ROLE_WORDS, fold
from marsad.store import Store

__all__ = ["QuoteRecord", "QuoteGroup", "GroupOptions", "QuoteQuery", "records_from_doc", "record_from_span",
           "group_quotes", "list_quotes", "quotes_listing", "quote_groups_step", "stored_groups", "speaker_name",
           "no_quotes_by"]


@dataclass(slots=True)
class QuoteRecord:
    """One quote with its article: what ``marsad quotes --json`` prints, one per line."""

    article_id: str
    origin: str
    outlet: str | None
    kind: str  # direct | indirect
    speaker: dict[str, Any]  # {text, entity_id, name_ar, name_en, resolved}
    speaker_name: str  # best display name: English canonical, else Arabic canonical, else surface
    cue: str
    content: str
    via: dict[str, Any] | None
    start: int  # content offsets in the article text
    end: int
    sentence: list[int]
    cue_span: list[int]
    published_at: str | None = None
    group: str | None = None
    outlets: list[str] = field(default_factory=list)
    sentence_text: str = ""  # the sentence the quote was read in (``sentence`` its offsets), as events give theirs


@dataclass(slots=True)
class QuoteGroup:
    """One statement and every report of it; ``outlets`` are the distinct outlets that carried it."""

    id: str
    speaker_name: str
    kind: str
    quotes: list[QuoteRecord]
    outlets: list[str]


@dataclass(slots=True)
class GroupOptions:
    """When two reports are the same statement."""

    containment: float = 0.6  # share of the shorter wording's content words found in the longer one
    jaccard: float = 0.25  # and overall word overlap
    min_words: int = 3  # wordings shorter than this only group when identical


@dataclass(slots=True)
class QuoteQuery:
    """Filters of ``list_quotes``: speaker (entity id or name), story id, article id, limit (at most that many quotes
    for ``list_quotes``, groups for ``quotes_listing``); ``since`` / ``until`` bound the day of the report that
    carries the quote (ISO dates, inclusive; a month or a year takes all its days, as ``marsad articles`` reads
    them), ``outlet`` keeps one outlet's reports (any of its names)."""

    speaker: str | None = None
    story: str | None = None
    article: str | None = None
    limit: int | None = None
    since: str | None = None
    until: str | None = None
    outlet: str | None = None

    def __post_init__(self) -> None:  # a bound such as "yesterday" or 2015-13 would keep nothing, silently
        bounds.Reported(self.since, self.until)  # (raises ValueError)

    @property
    def narrowed(self) -> bool:
        """Whether some filter leaves quotes out (the groups stored for every quote are not the answer then)."""
        return bool(self.speaker or self.story or self.article or self.since or self.until or self.outlet)

    def keeps(self, rec: "QuoteRecord", outlet: str | None) -> bool:
        """Whether the report day and ``outlet`` (the stored key of ``self.outlet``) of ``rec`` pass the filters."""
        return bounds.reported_within(rec.published_at, rec.outlet, self.since, self.until, outlet)


def speaker_name(sp: dict[str, Any] | None) -> str:
    """Best display name of a speaker dict."""
    sp = sp or {}
    return sp.get("name_en") or sp.get("name_ar") or sp.get("text") or ""


def record_from_span(span: Span, article_id: str, origin: str = "", outlet: str | None = None,
                     published_at: str | None = None, sentence_text: str = "") -> QuoteRecord:
    """The record of one ``quote`` span."""
    d = span.data
    sp = dict(d.get("speaker") or {})
    content = d.get("content") or [span.start, span.end]
    return QuoteRecord(
        article_id=article_id, origin=origin, outlet=outlet, kind=span.label, speaker=sp,
        speaker_name=speaker_name(sp), cue=d.get("cue_text") or "", content=d.get("content_text") or "",
        via=d.get("via"), start=content[0], end=content[1], sentence=list(d.get("sentence") or []),
        cue_span=list(d.get("cue") or []), published_at=published_at, sentence_text=sentence_text,
    )


def records_from_doc(doc: Doc) -> list[QuoteRecord]:
    """Records of the ``quote`` layer of an analysed Doc."""
    a: Article = doc.article
    def sentence(s: Span) -> str:
        bounds_ = s.data.get("sentence") or []
        return a.text[bounds_[0]:bounds_[1]] if len(bounds_) == 2 else ""

    return [record_from_span(s, a.id, a.origin, a.outlet, a.published_at, sentence(s))
            for s in doc.layers.get("quote", [])]


# -- grouping across outlets -------------------------------------------------------------------------

_WORD_RE = re.compile(r"[\w\u0610-\u061a\u064b-\u065f\u0670\u0640]+")
_PREFIXES = ("وبال", "وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل")
_STOP = frozenset(fold(w) for w in (
    "في من على إلى عن مع أن إن هذا هذه ذلك التي الذي الذين كان كانت قد لا لم لن ما هو هي هم نحن أنه أنها "
    "بين كل أي عند بعد قبل حتى أو ثم كما لكن إلا وقد").split())


def _content_words(text: str) -> frozenset[str]:
    """Folded, clitic-stripped content words: the comparable core of a wording."""
    out = set(map(_content_word, _WORD_RE.findall(text)))
    out.discard("")
    return frozenset(out)


@lru_cache(maxsize=200_000)
def _content_word(w: str) -> str:
    """A word's comparable core ("" for a stop word): once per word (a day's quotes repeat their words; each
    word folded and its clitics tried anew was two thirds of grouping them)."""
    f = fold(w)
    if f in _STOP or len(f) < 2:
        return ""
    for p in _PREFIXES:
        if f.startswith(p) and len(f) - len(p) >= 3:
            f = f[len(p):]
            break
    if f.endswith("ه") and len(f) > 3:
        f = f[:-1]
    return f


def _speaker_keys(q: QuoteRecord) -> set[str]:
    sp = q.speaker or {}
    keys = {fold(str(v)).strip() for k, v in sp.items() if k in ("entity_id", "name_ar", "name_en", "text") and v}
    return {k for k in keys if k}


def _same_speaker(a: QuoteRecord, b: QuoteRecord) -> bool:
    ea, eb = (a.speaker or {}).get("entity_id"), (b.speaker or {}).get("entity_id")
    if ea and eb:
        return ea == eb
    ka, kb = _speaker_keys(a), _speaker_keys(b)
    if not ka or not kb:
        return True
    return bool(ka & kb) or any(x in y or y in x for x in ka for y in kb if min(len(x), len(y)) > 3)


def _same_wording(wi: frozenset[str], wj: frozenset[str], opts: GroupOptions) -> bool:
    """Whether two wordings (content words, neither empty) overlap enough to be one statement."""
    inter = len(wi & wj)
    small = min(len(wi), len(wj))
    if small < opts.min_words and wi != wj:
        return False
    return not (inter / max(1, small) < opts.containment or inter / len(wi | wj) < opts.jaccard)


def group_quotes(quotes: list[QuoteRecord], options: GroupOptions | None = None) -> list[QuoteGroup]:
    """Group reports of the same statement (same speaker, overlapping wording) across articles.

    Sets each record's ``group`` and ``outlets``; returns groups biggest first.
    Candidate pairs come from an inverted index of the rarer words of each wording (a prefix filter), wordings taken
    shortest first: a pair shares ``containment`` of the shorter one's n words (at least ⌈0.6·n⌉) and ``jaccard`` of
    the longer one's m (at least ⌈m/4⌉), so it shares one of the shorter one's n - ⌈0.6·n⌉ + 1 rarest words and one
    of the longer one's m - ⌈m/4⌉ + 1. The words most quotes hold are never walked through, and the groups are
    those that comparing every pair sharing a word makes (a day of SaudiNewsNet, 4,023 quotes: the same 3,268).
    """
    return _group_words(quotes, [_content_words(q.content) for q in quotes], options or GroupOptions())


def _group_words(quotes: list[QuoteRecord], words: list[frozenset[str]], opts: GroupOptions) -> list[QuoteGroup]:
    """``group_quotes`` with each quote's content words (``_content_words``) given."""
    parent = list(range(len(quotes)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def rarest(ws: frozenset[str], share: float) -> list[str]:
        """The words of ``ws`` a pair sharing ``share`` of them shares one of (``share`` 0: all of them)."""
        need = max(0, math.ceil(share * len(ws) - 1e-9))
        return sorted(ws, key=lambda w: (df[w], w))[:len(ws) - need + 1]

    df: dict[str, int] = {}
    for ws in words:
        for w in ws:
            df[w] = df.get(w, 0) + 1
    index: dict[str, list[int]] = {}  # the shorter wordings seen so far, by their rarest words
    for i in sorted(range(len(words)), key=lambda k: len(words[k])):
        wi = words[i]
        seen = {j for w in rarest(wi, opts.jaccard) for j in index.get(w, ())}
        for w in rarest(wi, opts.containment):
            index.setdefault(w, []).append(i)
        for j in sorted(seen):
            # (one test of wording for grouping every quote and for the step's regrouping of what changed)
            if _same_wording(wi, words[j], opts) and _same_speaker(quotes[i], quotes[j]):
                parent[find(i)] = find(j)
    members: dict[int, list[int]] = {}
    for i in range(len(quotes)):
        members.setdefault(find(i), []).append(i)
    groups = []
    for idx in members.values():
        qs = [quotes[i] for i in idx]
        groups.append(_group(short_id(*sorted(f"{q.article_id}:{q.start}" for q in qs), length=12), qs))
    groups.sort(key=_listing_order)
    return groups


def _listing_order(g: QuoteGroup) -> tuple[int, int, str, int]:
    """Statements the most widely reported first (then the most reports, then where the first was read)."""
    return -len(g.outlets), -len(g.quotes), g.quotes[0].article_id, g.quotes[0].start


def _group(gid: str, qs: list[QuoteRecord]) -> QuoteGroup:
    """The group ``gid`` of the reports ``qs`` (in listing order); sets each one's ``group`` and ``outlets``."""
    outlets = sorted({q.outlet or q.article_id for q in qs})
    named = [q.speaker_name for q in qs if (q.speaker or {}).get("name_en")] or [q.speaker_name for q in qs]
    kind = "direct" if any(q.kind == "direct" for q in qs) else "indirect"
    for q in qs:
        q.group, q.outlets = gid, outlets
    # the fullest name, written plainest: «سـالم سعـيد كبيش» (a page's tatweels) was the longest of three spellings
    best = max(named, key=lambda n: (len(fold(n)), -n.count("ـ"))) if named else ""
    return QuoteGroup(gid, best, kind, qs, outlets)


# -- the store --------------------------------------------------------------------------------------

def _story_members(store: Store, story: str) -> list[str]:
    """Article ids of a story (and of the stories merged into it); a unique id prefix is enough, as for
    `marsad story`."""
    from marsad.stories.view import resolve_story
    from marsad.views import no_story

    found = resolve_story(store, story)
    if found is None:
        raise no_story(story, store)
    return store.story_article_ids(found)


def _article_id(store: Store, article: str) -> str:
    """The article ``--article`` names, as `marsad show` takes it (its id or a unique prefix of one): an id that
    names none is an error, not "nothing to list"."""
    from marsad.views import no_article

    found = store.get_article(article)
    if found is None:
        raise no_article(article, store)
    return found.id


@dataclass(slots=True)
class SpeakerFilter:
    """Who ``--speaker NAME`` means: the entity the name resolves to (any spelling, merges followed), and the
    spellings to look for in speakers that no entity was found for."""

    entity_ids: frozenset[str]
    spellings: tuple[str, ...]
    words: tuple[frozenset[str], ...] = ()  # each spelling's name words ("أحمد القطان" → أحمد, قطان)

    def matches(self, q: QuoteRecord) -> bool:
        sp = q.speaker or {}
        if sp.get("entity_id") and sp["entity_id"] in self.entity_ids:
            return True
        names = [fold(str(sp.get(k) or "")).lower() for k in ("text", "name_ar", "name_en")]
        if any(w and w in n for w in self.spellings for n in names):
            return True
        # "أحمد القطان" or "اللواء عباس إبراهيم" for "أحمد عبدالعزيز قطان", "عباس إبراهيم": every name word
        # there, with or without the article, in any order
        have = [_name_words(n) for n in names]
        return any(len(w) > 1 and w <= h for w in self.words for h in have)


def _name_words(name: str) -> frozenset[str]:
    """The words of a (folded) name without titles and the article."""
    out = set()
    for w in fold(name).lower().split():
        if w in HONORIFICS or w in ROLE_WORDS:
            continue
        w = w[2:] if w.startswith("ال") and len(w) > 4 else w
        if len(w) >= 2:
            out.add(w)
    return frozenset(out)


def speaker_filter(store: Store, wanted: str) -> SpeakerFilter:
    """Resolve a ``--speaker`` value: an entity id, or a name in any spelling the linker or a merge knows.

    "جيراسيموف" finds the quotes of the entity merged with "غيراسيموف", and those whose speaker was
    written either way.
    """
    from marsad.nlp.entity_merge import redirect_targets
    from marsad.nlp.entity_queries import resolve_entity

    ids: set[str] = {wanted} if ":" in wanted else set()
    spellings = {wanted}
    entity = resolve_entity(store, wanted)
    if entity is not None:
        redirects = redirect_targets(store)
        target, seen = entity.id, set()
        while target in redirects and target not in seen:  # a merged id stands for the entity it went into
            seen.add(target)
            target = redirects[target][0]
        ids |= {entity.id, target} | {old for old, (new, _, _) in redirects.items() if new == target}
        for eid in ids:
            e = resolve_entity(store, eid)
            if e is not None:
                spellings |= {n for n in (e.name_ar, e.name_en) if n}
    folded = sorted({fold(w).strip().lower() for w in spellings} - {""})
    return SpeakerFilter(frozenset(ids), tuple(folded), tuple(_name_words(w) for w in folded))


def list_quotes(store: Store, query: QuoteQuery | None = None) -> list[QuoteRecord]:
    """Quotes stored by the ``quotes`` stage, in article order, filtered by ``query``."""
    query = query or QuoteQuery()
    ids = None
    if query.story:
        ids = _story_members(store, query.story)
        if not ids:
            return []
    article = _article_id(store, query.article) if query.article else None
    wanted = speaker_filter(store, query.speaker) if query.speaker else None
    # one entity id: the store's index does the filtering
    speaker = next(iter(wanted.entity_ids)) if wanted and len(wanted.entity_ids) == 1 and ":" in query.speaker else None
    outlet = _outlet_key(store, query.outlet)
    out = []
    for r in store.quote_spans(article_id=article, article_ids=ids, speaker=speaker):
        rec = record_from_span(r["span"], r["article_id"], r["origin"], r["outlet"], r["published_at"],
                               r["sentence_text"])
        if wanted is not None and not wanted.matches(rec) or not query.keeps(rec, outlet):
            continue
        out.append(rec)
        if query.limit and len(out) >= query.limit:
            break
    return out


def quotes_listing(store: Store, query: QuoteQuery | None = None,
                   options: GroupOptions | None = None) -> list[QuoteGroup]:
    """What ``marsad quotes`` shows: the stored quotes matching ``query``, grouped across outlets, the most widely
    reported first; ``query.limit`` counts groups, every matching quote grouped before they are taken (a limit on
    the quotes read grouped the store's first ones only: a statement two outlets reported came out as one's).

    Every quote unfiltered: the groups ``quote_groups_step`` stored, a page read as asked (grouping every quote on
    each request took seconds a day of news); else, or while they are not those of the quotes now stored, the
    quotes are grouped here."""
    query = query or QuoteQuery()
    if options is None and not query.narrowed:
        stored = stored_groups(store, limit=query.limit)
        if stored is not None:
            return stored
    if options is None and not (query.speaker or query.story or query.article):
        # by day or outlet only: each stored statement with its reports in the bounds, under the id it has in
        # the whole listing (grouped again, a statement reported on two days had another id on each)
        stored = stored_groups(store)
        if stored is not None:
            outlet = _outlet_key(store, query.outlet)
            groups = [_group(g.id, kept) for g in stored if (kept := [q for q in g.quotes if query.keeps(q, outlet)])]
            groups.sort(key=_listing_order)
            return groups[:query.limit] if query.limit else groups
    groups = group_quotes(list_quotes(store, replace(query, limit=None)), options)
    return groups[:query.limit] if query.limit else groups


def _outlet_key(store: Store, outlet: str | None) -> str | None:
    """The stored key of an outlet filter (an outlet nobody stored is an error naming the near ones)."""
    if not outlet:
        return None
    from marsad.views import stored_outlet_key

    return stored_outlet_key(store, outlet)


# -- the groups of every quote, stored by a corpus step ---------------------------------------------------------

GROUPS_VERSION = "2"  # bump when grouping (``group_quotes``, ``GroupOptions``, ``_content_words``) changes
# (2: each group's place in the listing and each quote's content words stored, for regrouping only what changed)


def _stamp() -> str:
    o = GroupOptions()
    return f"{GROUPS_VERSION}/{o.containment}/{o.jaccard}/{o.min_words}"


GroupKey = tuple[str, int, int, str, int, int]  # group id, quotes, outlets, first report's article, start, row


def _listing_key(key: GroupKey) -> tuple:
    """Where a group (as ``save_quote_groups`` takes it) stands in the listing: the most outlets, the most reports,
    then by its first report (article id, start, row): the order ``group_quotes`` gives."""
    _gid, quotes, outlets, article, start, row = key
    return -outlets, -quotes, article, start, row


def _regroup(rows: list[dict[str, Any]]) -> tuple[list[GroupKey], list[tuple[int, str, str]]]:
    """Group the quotes of ``rows`` (``quote_spans`` rows, every report of each statement among them): each group's
    key (``save_quote_groups``) and each quote's member row (row, group id, content words)."""
    rows = sorted(rows, key=lambda r: r["order"])  # (store order: each group's first report is its first here)
    records = [record_from_span(r["span"], r["article_id"], r["origin"], r["outlet"], r["published_at"])
               for r in rows]
    words = [_content_words(q.content) for q in records]
    groups = _group_words(records, words, GroupOptions())
    row_of = {id(q): r["row"] for q, r in zip(records, rows)}
    keys = [(g.id, len(g.quotes), len(g.outlets), g.quotes[0].article_id, g.quotes[0].start, row_of[id(g.quotes[0])])
            for g in groups]
    members = [(r["row"], q.group, " ".join(sorted(ws))) for r, q, ws in zip(rows, records, words)]
    return keys, members


def _touched_groups(store: Store, changed: set[str]) -> tuple[set[str], list[dict[str, Any]], list[int]]:
    """What regrouping the quotes of the ``changed`` articles touches: the stored groups to group again (those that
    lost a quote, and those a new quote may join: some report shares enough of its wording), the quotes of the
    changed articles, and the member rows to replace (every row of those groups)."""
    opts = GroupOptions()
    members = store.quote_group_members()
    # a group that lost a quote may fall apart: group its other reports again
    touched = {g for _row, g, _w, article in members if article is None or article in changed}
    ids = sorted(changed)
    fresh = [r for k in range(0, len(ids), 500)
             for r in store.quote_spans(article_ids=ids[k:k + 500], sentences=False)]
    fresh_words = [_content_words((r["span"].data or {}).get("content_text") or "") for r in fresh]
    vocab = set().union(*fresh_words) if fresh_words else set()
    # the kept quotes sharing a word with a new one (their stored words; the others not read), and those shorter
    # than ``min_words`` (a wording that short is one statement with the same wording only) by wording
    kept: list[tuple[str, frozenset[str]]] = []
    short: dict[frozenset[str], set[str]] = {}
    df: dict[str, int] = {}
    for _row, g, w, _article in members:
        if g in touched or not w:
            continue
        ws = frozenset(w.split())
        if len(ws) < opts.min_words:
            short.setdefault(ws, set()).add(g)
        elif not vocab.isdisjoint(ws):
            kept.append((g, ws))
            for x in ws:
                df[x] = df.get(x, 0) + 1
    for wi in fresh_words:
        for x in wi:
            df[x] = df.get(x, 0) + 1

    def rarest(ws: frozenset[str]) -> tuple[list[str], int, int]:
        """The words of ``ws``, rarest first, and how many of them a pair sharing ``containment`` of them (its
        shorter side) and ``jaccard`` (any side) shares one of: a pair's rarest shared word is among both."""
        n = len(ws)
        return (sorted(ws, key=lambda x: (df[x], x)), n - math.ceil(opts.containment * n - 1e-9) + 1,
                n - math.ceil(opts.jaccard * n - 1e-9) + 1)

    probes = [rarest(wi) for wi in fresh_words if len(wi) >= opts.min_words]
    # a pair's rarest shared word is among the new wording's ``shared`` rarest: a kept one holding none of those of
    # any new wording is not indexed (the others hold the common words of the day's quotes only)
    probed = {x for order, _contained, shared in probes for x in order[:shared]}
    as_shorter: dict[str, list[tuple[str, frozenset[str]]]] = {}
    as_longer: dict[str, list[tuple[str, frozenset[str]]]] = {}
    for entry in kept:
        if probed.isdisjoint(entry[1]):
            continue
        order, contained, shared = rarest(entry[1])
        for x in order[:contained]:
            as_shorter.setdefault(x, []).append(entry)
        for x in order[:shared]:
            as_longer.setdefault(x, []).append(entry)
    joined: set[str] = set()
    for wi in fresh_words:
        if len(wi) < opts.min_words:
            joined |= short.get(wi, set())
    for order, contained, shared in probes:
        wi, n = frozenset(order), len(order)
        seen: set[int] = set()
        # a kept wording as long or shorter (one of its ``contained`` rarest words among this one's ``shared``),
        # and one as long or longer (the other way round)
        for words, index, longer in ((order[:shared], as_shorter, False), (order[:contained], as_longer, True)):
            for x in words:
                for entry in index.get(x, ()):
                    g, wj = entry
                    if g in joined or (len(wj) > n if not longer else len(wj) < n) or id(entry) in seen:
                        continue
                    seen.add(id(entry))
                    if _same_wording(wi, wj, opts):  # (the speakers are compared when grouping)
                        joined.add(g)
    touched |= joined
    replaced = [row for row, g, _w, _article in members if g in touched]
    return touched, fresh, replaced


def quote_groups_step(store: Store, options: Any = None, executor: Any = None) -> str:
    """Corpus step: group every stored quote across outlets (``group_quotes``) and store the groups in listing
    order, when the quotes changed since the last run (a quote written again, one gone, a new one).

    Once grouped, only what changed is grouped again: the quotes of the articles written since, with the groups
    that lost a quote and those that a new quote may join (the same groups as grouping every quote: a statement is
    the reports linked by pairs of the same speaker and wording, and no pair links a group left out to one
    regrouped); the listing is sorted anew."""
    stamp = _stamp()
    if store.quote_groups_current(stamp):
        return ""
    changes = store.quote_changes()  # (read first: an article written again while grouping stays listed)
    if store.quote_groups_stamp() != stamp:  # never grouped, or by other code: every quote
        keys, members = _regroup(store.quote_spans(sentences=False))
        replaced = None
    else:
        changed = {article for article, _times in changes}
        touched, fresh, replaced = _touched_groups(store, changed)
        ids = sorted(touched)
        kept = [r for k in range(0, len(ids), 500)
                for r in store.quote_spans(groups=ids[k:k + 500], sentences=False)
                if r["article_id"] not in changed]  # (a changed article's quotes are read anew: ``fresh``)
        new_keys, members = _regroup(kept + fresh)
        keys = [k for k in store.quote_group_keys() if k[0] not in touched] + new_keys
    keys.sort(key=_listing_key)
    store.save_quote_groups(stamp, keys, members, changes, replaced)
    return f"quotes: {counted(sum(k[1] for k in keys), 'quote')} in {counted(len(keys), 'statement')}"


def stored_groups(store: Store, *, limit: int | None = None, after: str | None = None) -> list[QuoteGroup] | None:
    """The stored groups of every quote, the first ``limit`` of them (after the group ``after``), as
    ``group_quotes`` makes them; None when none are stored for the quotes now stored."""
    if not store.quote_groups_current(_stamp()):
        return None
    start = -1
    if after is not None:
        start = store.quote_group_ordinal(after)
        if start is None:
            return None
    page = store.quote_group_page(limit=limit, after=start)
    ids = [gid for _k, gid, _n in page]
    if len(set(ids)) < len(ids):  # two groups of one id (their first reports at one place): told apart in memory
        return None
    members: dict[str, list[QuoteRecord]] = {gid: [] for gid in ids}
    for k in range(0, len(ids), 500):  # (IN lists under every backend's limit)
        for r in store.quote_spans(groups=ids[k:k + 500]):
            members[r["group"]].append(record_from_span(r["span"], r["article_id"], r["origin"], r["outlet"],
                                                        r["published_at"], r["sentence_text"]))
    if any(len(members[gid]) != n for _k, gid, n in page):  # (written again since the step: not theirs)
        return None
    return [_group(gid, members[gid]) for gid in ids]


def no_quotes_by(speaker: str) -> NotFoundError:
    """The error for a speaker filter that finds no quote (the CLI's exit 2, the API's 404)."""
    return NotFoundError(f"no quotes by a speaker matching {speaker!r} (see `marsad entities --type PER`)")


def iter_records(groups: Iterable[QuoteGroup]) -> Iterable[QuoteRecord]:
    """The records of groups, group by group."""
    for g in groups:
        yield from g.quotes
