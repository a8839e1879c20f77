"""Entity linking: every mention resolves to a KB entity or to a deterministic new entity.

The ``link`` stage works with or without the NER stage before it:

1. the gazetteer (``marsad.nlp.gazetteer``) finds KB names and aliases
   (clitics and transliteration variants allowed), role phrases and
   government phrases;
2. NER mentions already in the ``mention`` layer are merged in: where they
   overlap a KB match the longer KB-linked span wins; a NER span the
   gazetteer missed is looked up as a whole;
3. role phrases ("الرئيس الروسي") resolve to the office holder at the
   article's date (``article.published_at``; the current holder when the
   date is unknown) and are dropped when the holder's name follows at once;
4. single words that repeat a part of a full name found in the same article
   ("بوتين" after "فلاديمير بوتين", "كيم" after "كيم جونغ أون") link to that
   person — to the most mentioned one when several share the word;
5. what is left becomes a new entity ``new:<hash of the normalised name>:<TYPE>``,
   the same id in every article, described in ``data["new_entity"]`` for the
   store to upsert.

Metonymy choice: capitals stay places ("موسكو" → Moscow), institutions stay
organisations ("الكرملين" → Kremlin); "الحكومة الروسية"-style phrases link to
the country entity with ``data["stands_for"] = "government"``.

Mention data: ``entity_id``, ``name`` (canonical Arabic), ``name_en``,
``source`` (gazetteer | ner | alias | coref — coref marks role phrases), and
when relevant ``office``/``of``, ``stands_for``, ``fuzzy``, ``new_entity``.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from marsad.models import Doc, Entity, Span, to_dict
from marsad.nlp.gazetteer import Match, Tok, raw_skip, readings, tokenize
from marsad.nlp.kb.kb import KnowledgeBase, entity_from_dict, kb_entities, load_kb, names_of
from marsad.nlp.translit import norm, norm_tokens
from marsad.pipeline.stage import Resources, Stage

if TYPE_CHECKING:
    from marsad.store import Store

__all__ = ["LINK", "STAGE", "LinkOptions", "entity_search_terms", "kb_entities", "kb_for", "link_doc", "new_entity", "new_entity_id"]

# Name parts too common to stand for a person on their own.
_PARTIAL_STOP = frozenset(
    norm(w)
    for w in """عبد ابو أبو بن ابن بنت آل ال الله محمد أحمد علي دي دا فان فون لا لو الملك الأمير الشيخ الرئيس
    السيد خادم آية الدين الابن الأب""".split()
)
_BETWEEN_TITLE_AND_NAME = frozenset(" \t\u00a0،,:")
# NER spans longer than this are tagging accidents (a whole English sentence), not names.
_MAX_NEW_ENTITY_WORDS = 6


@dataclass(slots=True)
class LinkOptions:
    """How linking behaves.

    Attributes:
        date: ISO date used for role phrases when the article has none (None = today's holders).
        partial_names: link single words that repeat part of a full name in the same article.
        min_partial_chars: shortest such word (normalised letters).
    """

    date: str | None = None
    partial_names: bool = True
    min_partial_chars: int = 3


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    label: str
    entity_id: str | None
    source: str
    extra: dict[str, Any] = field(default_factory=dict)
    ntoks: int = 1


def new_entity_id(name: str, type_: str) -> str:
    """Deterministic id of a discovered entity: ``new:<12 hex of sha1(normalised name)>:<TYPE>``."""
    key = " ".join(norm_tokens(name))
    return f"new:{hashlib.sha1(key.encode('utf-8')).hexdigest()[:12]}:{type_}"


def new_entity(name: str, type_: str) -> Entity:
    """The Entity record for a discovered name (to upsert into the store)."""
    canonical = " ".join(norm_tokens(name)) if not name.isascii() else name.strip()
    surface = " ".join(name.split())
    return Entity(id=new_entity_id(name, type_), type=type_, name_ar=surface, name_en=None, aliases=[canonical] if canonical != surface else [], data={"source": "discovered"})


def _doc_date(doc: Doc, options: LinkOptions) -> str | None:
    pub = doc.article.published_at
    if pub and len(pub) >= 4 and pub[:4].isdigit():
        return pub[:10]
    return options.date


def _entity_cand(kb: KnowledgeBase, m: Match, eid: str, source: str, **extra: Any) -> _Cand:
    e = kb.entities[eid]
    return _Cand(m.start, m.end, e.type, eid, source, dict(extra), m.j - m.i)


def _gazetteer_cands(kb: KnowledgeBase, matches: list[Match], date: str | None) -> list[_Cand]:
    strong = {m.ids[0] for m in matches if m.kind == "name" and not m.weak}
    strong |= {m.of for m in matches if m.kind == "office" and m.of}
    out: list[_Cand] = []
    for m in matches:
        if m.kind == "name":
            if m.weak and not (set(m.weak) & strong):
                continue  # a weak alias ("سيول") with none of its context in the article
            extra = {"fuzzy": True} if m.fuzzy else {}
            if len(m.ids) > 1:
                extra["candidates"] = list(m.ids)
            out.append(_entity_cand(kb, m, m.ids[0], "gazetteer", **extra))
        elif m.kind == "government":
            out.append(_entity_cand(kb, m, m.ids[0], "gazetteer", stands_for="government"))
        elif m.kind == "office":
            holder = kb.holder(m.office, m.of, date)
            if holder:
                out.append(_entity_cand(kb, m, holder, "coref", office=m.office, of=m.of))
            elif m.inner is not None:
                out.append(_entity_cand(kb, m.inner, m.inner.ids[0], "gazetteer"))
    return out


def _overlaps(a: _Cand, b: _Cand) -> bool:
    return a.start < b.end and b.start < a.end


def _merge_ner(kb: KnowledgeBase, text: str, gaz: list[_Cand], ner: list[Span]) -> tuple[list[_Cand], list[_Cand]]:
    """KB-linked candidates plus NER spans; returns (accepted, unresolved NER).

    A NER span that is only a KB match plus a clitic ("وروسيا") keeps the
    tighter KB span; a NER span the gazetteer missed is looked up whole; an
    unknown NER span overlapping KB matches yields to them.
    """
    accepted = sorted(gaz, key=lambda c: (c.start, -c.end))
    unresolved: list[_Cand] = []
    for sp in ner:
        if not text[sp.start : sp.end].strip():
            continue
        c = _Cand(sp.start, sp.end, sp.label or "MISC", None, "ner")
        c.ntoks = max(1, len(text[sp.start : sp.end].split()))
        hits = [g for g in accepted if _overlaps(g, c)]
        if hits and all(g.start <= c.start and c.end <= g.end for g in hits):
            continue  # the KB match covers the NER span
        ids, start = _lookup_span(kb, text, sp.start, sp.end)
        if ids:
            if any(g.entity_id == ids[0] for g in hits):
                continue  # same entity as the KB match, which has the tighter span
            c.entity_id, c.start = ids[0], start
            c.label = kb.entities[ids[0]].type
            accepted = [g for g in accepted if not _overlaps(g, c)] + [c]
        elif not hits and c.ntoks <= _MAX_NEW_ENTITY_WORDS:
            unresolved.append(c)
    accepted.sort(key=lambda c: c.start)
    return accepted, unresolved


def _lookup_span(kb: KnowledgeBase, text: str, start: int, end: int) -> tuple[tuple[str, ...], int]:
    """KB ids for ``text[start:end]`` and where the name starts once a clitic is set aside."""
    toks = tokenize(text[start:end])
    if not toks:
        return (), start
    norms = [t.norm for t in toks]
    for v, k, art in readings(norms[0]):
        if art and len(norms) == 1:
            continue
        key = (v, *norms[1:])
        ids = kb.exact.get(key) or kb.fuzzy_lookup(key)
        if ids:
            first = Tok(toks[0].start + start, toks[0].end + start, toks[0].norm)
            return ids, (raw_skip(text, first, k) if k else first.start)
    return (), start


def _drop_titles_before_names(text: str, cands: list[_Cand]) -> list[_Cand]:
    """A role phrase directly followed by a person's name is not a mention of its own."""
    out = []
    for k, c in enumerate(cands):
        if c.source == "coref" and k + 1 < len(cands):
            nxt = cands[k + 1]
            if nxt.label == "PER" and nxt.source != "coref" and set(text[c.end : nxt.start]) <= _BETWEEN_TITLE_AND_NAME:
                continue
        out.append(c)
    return out


def _partial_names(kb: KnowledgeBase, text: str, toks: list[Tok], cands: list[_Cand], unresolved: list[_Cand], options: LinkOptions) -> list[_Cand]:
    """Mentions for single words repeating part of a full name in the article."""
    counts = Counter(c.entity_id for c in cands if c.label == "PER" and c.entity_id and c.ntoks >= 2)
    if not counts:
        return []
    parts: dict[str, Counter] = {}
    for eid, n in counts.items():
        e = kb.entities.get(eid)
        if e is None:
            continue
        if "partial" in e.data:  # explicit (East Asian names: the family name comes first)
            words = {w for p in e.data["partial"] for w in norm_tokens(p)}
        else:  # the surname: last word, unless it only completes a compound (بن سلمان, عبد النور)
            words = set()
            for name in names_of(e):
                nt = norm_tokens(name)
                if len(nt) >= 2 and nt[-2] not in _PARTIAL_STOP and nt[-1] not in _PARTIAL_STOP:
                    if len(nt[-1]) >= options.min_partial_chars and not nt[-1].isascii():
                        words.add(nt[-1])
        for w in words:
            parts.setdefault(w, Counter())[eid] = n
    if not parts:
        return []
    taken = sorted((c.start, c.end) for c in cands)
    out: list[_Cand] = []
    ti = 0
    for tok in toks:
        while ti < len(taken) and taken[ti][1] <= tok.start:
            ti += 1
        if ti < len(taken) and taken[ti][0] < tok.end:
            continue  # inside an existing mention
        for v, k, art in readings(tok.norm):
            if art:
                continue
            owners = parts.get(v)
            if owners:
                eid = owners.most_common(1)[0][0]
                start = raw_skip(text, tok, k) if k else tok.start
                out.append(_Cand(start, tok.end, "PER", eid, "alias"))
                break
    # A NER span holding such a word over-reached ("كيم بعناق"): the word wins.
    unresolved[:] = [u for u in unresolved if not any(_overlaps(u, c) for c in out)]
    # A NER person span made of words of one full name ("جونغ أون") is that person.
    name_words: dict[str, Counter] = {}
    for eid, n in counts.items():
        for name in names_of(kb.entities[eid]) if eid in kb.entities else ():
            for w in norm_tokens(name):
                name_words.setdefault(w, Counter())[eid] = n
    keep = []
    for u in unresolved:
        words = [t.norm for t in tokenize(text[u.start : u.end])]
        if u.label == "PER" and words:
            owners = [name_words.get(w) or name_words.get(readings(w)[-1][0]) for w in words]
            if all(owners):
                common = set(owners[0]).intersection(*owners[1:])
                if common:
                    u.entity_id = max(common, key=lambda i: counts[i])
                    u.source = "alias"
                    out.append(u)
                    continue
        keep.append(u)
    unresolved[:] = keep
    return out


def _strip_clitic(text: str, start: int, end: int, doc_words: set[str]) -> int:
    """Start of a NER span without a leading clitic ("وكوريا" → "كوريا") when the article
    also writes the word without it — so a new entity does not split on clitics."""
    toks = tokenize(text[start:end])
    if not toks:
        return start
    for v, k, art in readings(toks[0].norm)[1:]:
        if k and not art and len(v) >= 3 and v in doc_words:
            return raw_skip(text, Tok(toks[0].start + start, toks[0].end + start, toks[0].norm), k)
    return start


def link_doc(doc: Doc, kb: KnowledgeBase | None = None, options: LinkOptions | None = None) -> list[Span]:
    """Find and link the mentions of ``doc``; replaces its ``mention`` layer and returns it.

    Args:
        doc: the article under analysis; NER mentions already in ``doc.layer("mention")`` are
            merged and linked, mentions that already carry an ``entity_id`` are kept unchanged.
        kb: the knowledge base (default: the shipped one).
        options: LinkOptions.

    Returns:
        The mention spans, sorted by offset, each with ``data["entity_id"]``.
    """
    kb = kb or load_kb()
    options = options or LinkOptions()
    text = doc.text
    toks = tokenize(text)
    gaz = kb.gazetteer()
    matches = gaz.find(text, toks)
    date = _doc_date(doc, options)
    cands = _gazetteer_cands(kb, matches, date)
    # Mentions that arrive already linked (gold data, a custom stage) are kept as they are.
    given = [
        _Cand(s.start, s.end, s.label, s.data["entity_id"], s.data.get("source", "given"),
              {k: v for k, v in s.data.items() if k not in ("entity_id", "source", "name", "name_en")})
        for s in doc.layer("mention") if s.data.get("entity_id")
    ]
    if given:
        cands = [c for c in cands if not any(_overlaps(c, g) for g in given)] + given
    ner = [s for s in doc.layer("mention") if not s.data.get("entity_id")]
    cands, unresolved = _merge_ner(kb, text, cands, ner)
    cands = _drop_titles_before_names(text, cands)
    if options.partial_names:
        cands = sorted(cands + _partial_names(kb, text, toks, cands, unresolved, options), key=lambda c: c.start)
    doc_words = {t.norm for t in toks}
    for u in unresolved:
        u.start = _strip_clitic(text, u.start, u.end, doc_words)
        surface = text[u.start : u.end]
        ent = new_entity(surface, u.label)
        u.entity_id = ent.id
        u.extra["new_entity"] = to_dict(ent)
        cands.append(u)
    cands.sort(key=lambda c: (c.start, c.end))
    spans = []
    for c in cands:
        data: dict[str, Any] = {"entity_id": c.entity_id, "source": c.source}
        e = kb.entities.get(c.entity_id or "")
        ne = c.extra.get("new_entity") or {}
        data["name"] = e.name_ar if e is not None else ne.get("name_ar", text[c.start : c.end])
        data["name_en"] = e.name_en if e is not None else ne.get("name_en")
        data.update(c.extra)
        spans.append(Span(kind="mention", start=c.start, end=c.end, label=c.label, data=data))
    doc.layers["mention"] = spans
    return spans


def kb_for(res: Resources) -> KnowledgeBase:
    """The KB for a pipeline run, cached in ``res``.

    The shipped KB (or ``settings["kb_path"]``), plus user entities: those in
    ``settings["entities"]`` (Entity objects or their dicts) and, when
    ``settings["db"]`` names a database, the ones added there with ``marsad kb add``.
    """

    def load() -> KnowledgeBase:
        base = load_kb(res.settings.get("kb_path"))
        extra = [e if isinstance(e, Entity) else entity_from_dict(e) for e in res.settings.get("entities") or []]
        db = res.settings.get("db")
        if db and Path(str(db)).exists():
            from marsad.nlp.entity_queries import user_entities
            from marsad.store import open_store

            store = open_store(str(db), readonly=True)
            try:
                extra += user_entities(store)
            finally:
                store.close()
        return base.with_entities(extra)

    return res.get("kb", load)


def _link_stage(doc: Doc, res: Resources) -> None:
    """The ``link`` stage.  Settings: ``db`` / ``entities`` / ``kb_path`` (see ``kb_for``),
    ``link`` = LinkOptions fields as a dict (e.g. ``{"date": "2024-06-19"}``)."""
    options = res.get("link_options", lambda: LinkOptions(**(res.settings.get("link") or {})))
    link_doc(doc, kb_for(res), options)


LINK = Stage(
    name="link",
    version="1",
    func=_link_stage,
    requires=("sentence",),
    assigns=("mention",),
    doc="Gazetteer + NER mentions linked to KB entities (or deterministic new entities).",
)
STAGE = LINK


def entity_search_terms(query: str, kb: KnowledgeBase | None = None, store: "Store | None" = None) -> list[str]:
    """Spellings to search for when the user searches ``query`` as an entity.

    ``"بيونج يانج"`` → ``["بيونج يانج", "بيونغ يانغ", "بيونغيانغ", ..., "Pyongyang"]``.
    ``query`` may also be an entity id.  With a ``store``, its user and
    discovered entities count too.  Unknown names give ``[query]``.
    """
    q = query.strip()
    if not q:
        return []
    if store is not None and kb is None:
        from marsad.nlp.entity_queries import resolve_entity

        e = resolve_entity(store, q)
        return list(dict.fromkeys([q, *names_of(e)])) if e else [q]
    kb = kb or load_kb()
    ids = (q,) if q in kb.entities else (kb.lookup(q) or _lookup_span(kb, q, 0, len(q))[0])
    if not ids:
        return [q]
    return list(dict.fromkeys([q, *names_of(kb.entities[ids[0]])]))
