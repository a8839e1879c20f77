"""Entities in the store: listing with counts, one entity's page, user-added entities.

Counts come from the store's mention methods (spans of kind ``mention``
linked to an entity); names fall back to the shipped KB for entities the
store has not been seeded with.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from marsad.errors import InputError, NotFoundError, UsageError
from marsad.models import Entity, Role, to_dict
from marsad.nlp.given_names import ARTICLE_PREFIX, is_article_entity
from marsad.nlp.kb.kb import KnowledgeBase, kb_entities, load_kb, names_of
from marsad.nlp.translit import norm_tokens, romanize, slugify
from marsad.store import Store

ENTITY_TYPES = ("PER", "LOC", "ORG", "MISC")
_PREFIX = {"PER": "per", "LOC": "loc", "ORG": "org", "MISC": "misc"}


# -- user entities ------------------------------------------------------------------------


def parse_entity_file(path: str | Path, kb: KnowledgeBase | None = None) -> list[Entity]:
    """Entities from a YAML or CSV file written by a user.

    YAML: a list of mappings ``{type, name_ar, name_en?, aliases?, roles?, data?, id?}``;
    roles are ``{title, of?, start?, end?, title_ar?}`` where ``of`` is an
    entity id or an ISO country code.  CSV: a header with ``type,name_ar`` and
    optionally ``name_en,aliases,id`` (aliases separated by ``|``).

    Raises:
        InputError: unreadable file, unknown type, missing Arabic name.
    """
    p = Path(path)
    if not p.is_file():  # a path typed wrong, as `marsad ingest` says it (exit 2), not an OS error's words
        raise UsageError(f"no such entity file: {p}" + (" (a folder: give a .yaml or .csv file)" if p.is_dir() else ""))
    kb = kb or load_kb()
    try:
        raw = p.read_text(encoding="utf-8-sig")  # a spreadsheet's "CSV UTF-8" starts with a byte order mark
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read entity file {p}: {exc}") from exc
    rows: list[dict[str, Any]]
    if p.suffix.lower() in (".yaml", ".yml", ".json"):
        import yaml

        try:
            data = yaml.safe_load(raw)
        except yaml.YAMLError as exc:
            raise InputError(f"{p}: not valid YAML ({exc})") from exc
        if isinstance(data, dict) and "entities" in data:
            data = data["entities"]
        if not isinstance(data, list):
            raise InputError(f"{p}: expected a list of entities (mappings with type and name_ar)")
        rows = data
    elif p.suffix.lower() in (".csv", ".tsv"):
        reader = csv.DictReader(raw.splitlines(), delimiter="\t" if p.suffix.lower() == ".tsv" else ",")
        header = [h.strip() for h in reader.fieldnames or []]
        if not {"type", "name_ar"} <= set(header):  # else every row is skipped and "added 0 entities" says nothing
            raise InputError(f"{p}: the first line must name the columns, with at least type and name_ar "
                             f"(optional: name_en, aliases, id); it has {', '.join(header) or 'nothing'}")
        rows = []
        for r in reader:
            r = {k.strip(): (v or "").strip() for k, v in r.items() if k}
            r["aliases"] = [a.strip() for a in r.get("aliases", "").split("|") if a.strip()]
            rows.append(r)
    else:
        raise InputError(f"{p}: entity files must be .yaml, .yml, .json, .csv or .tsv")
    iso = {e.data["iso"]: e.id for e in kb.entities.values() if e.data.get("kind") == "country"}
    out = []
    for n, row in enumerate(rows, 1):
        out.append(_user_entity(row, f"{p.name} entry {n}", iso))
    return out


def _user_entity(row: Any, where: str, iso: dict[str, str]) -> Entity:
    if not isinstance(row, dict):
        raise InputError(f"{where}: expected a mapping with type and name_ar")
    type_ = str(row.get("type") or "").upper()
    if type_ not in ENTITY_TYPES:
        raise InputError(f"{where}: type must be one of {', '.join(ENTITY_TYPES)} (got {row.get('type')!r})")
    name_ar = str(row.get("name_ar") or "").strip()
    if not name_ar:
        raise InputError(f"{where}: name_ar (the Arabic name) is required")
    name_en = (str(row["name_en"]).strip() or None) if row.get("name_en") else None
    eid = str(row.get("id") or "").strip()
    if not eid:
        base = name_en or " ".join(romanize(t) for t in norm_tokens(name_ar))
        eid = f"{_PREFIX[type_]}:{slugify(base) or 'x'}"
    roles = []
    for r in row.get("roles") or []:
        if not isinstance(r, dict) or not r.get("title"):
            raise InputError(f"{where}: each role needs a title")
        of = r.get("of")
        if of and ":" not in str(of):
            if str(of).upper() not in iso:
                raise InputError(f"{where}: role 'of' {of!r} is neither an entity id nor a known country code")
            of = iso[str(of).upper()]
        roles.append(Role(title=str(r["title"]), of=of, start=_s(r.get("start")), end=_s(r.get("end")), title_ar=r.get("title_ar")))
    aliases = row.get("aliases") or []
    if isinstance(aliases, str):
        aliases = [a.strip() for a in aliases.split("|") if a.strip()]
    data = dict(row.get("data") or {})
    data["source"] = "user"
    return Entity(id=eid, type=type_, name_ar=name_ar, name_en=name_en, aliases=[str(a) for a in aliases], roles=roles, data=data)


def _s(v: Any) -> str | None:
    return None if v is None or v == "" else str(v)


def add_user_entities(store: Store, path: str | Path) -> list[Entity]:
    """Read ``path`` and store its entities (source ``user``); later linking runs merge them in."""
    entities = parse_entity_file(path)
    store.upsert_entities(entities, source="user")
    return entities


def user_entities(store: Store) -> list[Entity]:
    """Entities users added to this store."""
    return store.entities_from("user")


def seed_kb(store: Store) -> int:
    """Write the shipped KB into the store's entities table (source ``kb``)."""
    return store.upsert_entities(kb_entities(), source="kb")


def kb_step(store: Store, options: Any = None, executor: Any = None) -> str:
    """Corpus step: keep the store's copy of the shipped KB current (the entities table backs names in views)."""
    shipped = list(kb_entities())
    have = store.entity_count("kb")
    if have == len(shipped):
        return ""
    store.upsert_entities(shipped, source="kb")
    return f"knowledge base: {len(shipped)} entities stored"


def kb_with_user_entities(store: Store | None) -> KnowledgeBase:
    """The shipped KB plus the store's user entities."""
    kb = load_kb()
    return kb.with_entities(user_entities(store)) if store is not None else kb


# -- reading ------------------------------------------------------------------------------


def _describe(store: Store, kb: KnowledgeBase, ids: Iterable[str]) -> dict[str, Entity]:
    ids = list(dict.fromkeys(ids))
    out = store.get_entities(ids)
    for i in ids:
        if i not in out and i in kb.entities:
            out[i] = kb.entities[i]
    return out


def list_entities(store: Store, type_: str | None = None, limit: int | None = 100, *, since: str | None = None,
                  until: str | None = None, outlet: str | None = None) -> list[dict[str, Any]]:
    """Entities mentioned in the store, most mentioned first; ``since`` / ``until`` / ``outlet`` count the
    mentions of the reports of those days and that outlet only (``marsad.filters.Reported``). A bare given name
    the linker kept to its article (``marsad.nlp.given_names``: «محمد» alone, someone else in each article) is no
    actor of the list.

    Returns:
        dicts with id, type, name_ar, name_en, mentions, articles.
    """
    if type_ and type_.upper() not in ENTITY_TYPES:
        raise InputError(f"unknown entity type {type_!r}; use one of {', '.join(ENTITY_TYPES)}")
    from marsad.filters import Reported

    reported = Reported(since, until, outlet)
    rows = store.mention_counts(type_.upper() if type_ else None, limit, since=since, until=until,
                                outlet=reported.outlet_key(store), leave_out_prefix=ARTICLE_PREFIX)
    kb = load_kb()
    ents = _describe(store, kb, [r["entity_id"] for r in rows])
    out = []
    for r in rows:
        e = ents.get(r["entity_id"])
        out.append(
            {
                "id": r["entity_id"],
                "type": e.type if e else r["label"],
                "name_ar": e.name_ar if e else None,
                "name_en": e.name_en if e else None,
                "mentions": r["mentions"],
                "articles": r["articles"],
            }
        )
    return out


@dataclass(frozen=True, slots=True)
class NameMatch:
    """The actor a name or id was taken as, and whether only by part of a name.

    ``candidates`` (id, name, mentions), most mentioned first, are every actor with the words of a part of a
    name; ``entity`` is the first of them.  Empty when the id, a whole name or a spelling said which.
    """

    entity: Entity | None
    candidates: tuple[tuple[str, str, int], ...] = ()
    # when an office's title was given («ولي ولي العهد», «الرئيس الأمريكي»): (office, whose, day) of the holder taken
    office: tuple[str, str, str | None] | None = None

    @property
    def ambiguous(self) -> bool:
        """Several actors have the words of the part of a name given."""
        return len(self.candidates) > 1


def resolve_entity(store: Store, id_or_name: str) -> Entity | None:
    """The entity an id or a name (any spelling) refers to: store first, then the KB."""
    return match_entity(store, id_or_name).entity


def match_entity(store: Store, id_or_name: str) -> NameMatch:
    """Like :func:`resolve_entity`, and, when it took a part of a name, which actors have it."""
    q = id_or_name.strip()
    if not q:
        return NameMatch(None)
    kb = kb_with_user_entities(store)
    found = _describe(store, kb, [q]).get(q)
    if found:
        return NameMatch(found)
    ids = kb.lookup(q)
    if ids:
        return NameMatch(_describe(store, kb, [ids[0]]).get(ids[0]))
    named = store.entity_named(q, leave_out_prefix=ARTICLE_PREFIX)  # (not one article's «محمد»: whoever the news
    # mentions most with the name, below)
    if named:
        return NameMatch(named)
    return _office_holder(store, kb, q) or _most_mentioned_with_words(store, kb, q)


def _office_holder(store: Store, kb: KnowledgeBase, q: str) -> NameMatch | None:
    """An office's title («ولي ولي العهد», «الرئيس الأمريكي», «وزير خارجية مصر»): whoever held it on the latest day
    of the stored news (today's when none is stored), as linking reads a title in an article on its day.  A title
    that names no country or organisation is the holder the stored news mentions most of those holding it then;
    None when it is no title, or nothing tells its holders apart."""
    toks = tuple(norm_tokens(q))
    n = next((k for k in range(len(toks), 0, -1) if toks[:k] in kb.titles), 0)
    if not n:
        return None
    office, rest = kb.titles[toks[:n]], toks[n:]
    if rest:
        of = kb.adjectives.get(rest) or kb.fem_adjectives.get(rest)
        if of is None:
            of = next((i for i in kb.lookup(" ".join(rest)) if kb.entities[i].data.get("kind") == "country"
                       or kb.entities[i].type == "ORG"), None)
        if of is None:
            return None
        places = [of]
    else:
        roles = kb.office_roles.get(office, (office,))
        places = sorted({o for t, o in kb.offices if t in roles})
    latest = next(iter(store.iter_articles(newest_first=True, limit=1)), None)
    day = (latest.published_at or "")[:10] or None if latest is not None else None
    holders: dict[str, str] = {}
    for of in places:
        h = kb.holder(office, of, day)
        if h and h not in holders:
            holders[h] = of
    if not holders:
        return None
    mentions = store.mentions_of(list(holders))
    ranked = sorted(holders, key=lambda h: -mentions.get(h, 0))
    if len(ranked) > 1 and mentions.get(ranked[0], 0) == mentions.get(ranked[1], 0):
        return None  # («الرئيس» of every country, none mentioned more)
    best = ranked[0]
    e = _describe(store, kb, [best]).get(best)
    return NameMatch(e, office=(office, holders[best], day)) if e is not None else None


def _most_mentioned_with_words(store: Store, kb: KnowledgeBase, q: str) -> NameMatch:
    """Part of a name ("كاميرون", "كيري"): of the known and discovered actors with every word of it in one of
    their names, the one the stored news mentions most (a known actor on a tie; when none is mentioned, the
    only one there is).

    Not the first discovered name holding the letters: «كيري» is not «رودريغيز وكيري», and «كاميرون» is the
    prime minister the news quotes, not a name seen once.
    """
    words = set(norm_tokens(q))
    if not words:
        return NameMatch(None)
    # every actor with the words, however many: the one the news mentions most may sort anywhere among them
    known = suggest_entities(q, limit=None)
    found = [e for e in store.discovered_entities_with_alias(" ".join(norm_tokens(q)), limit=None)
             if any(words <= set(norm_tokens(n)) for n in names_of(e)) and not is_article_entity(e.id)]
    ids = list(dict.fromkeys([*known, *(e.id for e in found)]))
    if not ids:
        return NameMatch(None)
    counted = store.mentions_of(ids)
    mentions = {i: counted.get(i, 0) for i in ids}
    ids.sort(key=lambda i: -mentions[i])  # a stable sort: the known actors come first on a tie
    best = ids[0]
    if not mentions[best] and len(ids) > 1:  # nothing tells them apart («في» is a word of many names)
        return NameMatch(None)
    described = _describe(store, kb, ids)
    stored = {e.id: e for e in found}

    def name(i: str) -> str:
        e = described.get(i) or stored.get(i)
        return (e.name_ar or e.name_en or i) if e else i

    return NameMatch(described.get(best) or stored.get(best), tuple((i, name(i), mentions[i]) for i in ids))


def suggest_entities(query: str, limit: int | None = 5) -> list[str]:
    """KB entity ids with a name containing the words of ``query`` ("كيم" → the Kims)."""
    words = set(norm_tokens(query))
    if not words:
        return []
    kb = load_kb()
    out = []
    for e in kb.entities.values():
        if any(words <= set(norm_tokens(n)) for n in names_of(e)):
            out.append(e.id)
    source_rank = {"facts": 0, "cldr": 1}
    out.sort(key=lambda i: (source_rank.get(kb.entities[i].data.get("source"), 2), i))
    return out[:limit] if limit is not None else out


def _learned_roles_of(store: Store, entity_id: str) -> list[dict[str, Any]]:
    """The office changes learned from the news about an entity (as the holder), with their sources."""
    from marsad.nlp.learned_roles import roles_listing

    keep = ("id", "change", "direction", "office", "title", "of_id", "of_name", "date", "predecessor_id",
            "predecessor_name", "confidence", "status", "sources")
    return [{k: r[k] for k in keep} for r in roles_listing(store, person=entity_id) if r["person_id"] == entity_id]


OTHERS_LISTED = 50  # actors listed beside the one a part of a name was taken as (``others_total`` counts them all)


def _match_view(query: str, found: NameMatch) -> dict[str, Any] | None:
    """When ``query`` was part of a name: the actor taken (the most mentioned with it) and the others that have it,
    most mentioned first. None when an id, a whole name or a known spelling said which."""
    if found.office is not None and found.entity is not None:
        office, of, day = found.office
        return {"query": query, "taken": {"id": found.entity.id, "name": found.entity.name_ar},
                "office": {"office": office, "of": of, "day": day}, "others": [], "others_total": 0}
    if not found.candidates:
        return None
    (eid, name, mentions), others = found.candidates[0], found.candidates[1:]
    return {"query": query, "taken": {"id": eid, "name": name, "mentions": mentions},
            "others": [{"id": i, "name": n, "mentions": k} for i, n, k in others[:OTHERS_LISTED]],
            "others_total": len(others)}


def known_entity(store: Store, id_or_name: str) -> Entity:
    """The entity a filter names (an id, a name, a part of one), or the error `no_entity` says."""
    found = match_entity(store, id_or_name).entity
    if found is None:
        raise no_entity(id_or_name)
    return found


def no_entity(id_or_name: str) -> NotFoundError:
    """The error for a name or id no entity has, with the known actors whose names hold its words."""
    hint = suggest_entities(id_or_name)
    more = f"; did you mean {', '.join(hint)}?" if hint else "; try `marsad entities` for ids, or another spelling"
    return NotFoundError(f"no entity {id_or_name!r}{more}")


def entity_detail(store: Store, id_or_name: str, limit: int = 50) -> dict[str, Any]:
    """One entity: names, aliases, roles, the articles that mention it, co-occurring entities.

    Raises:
        InputError: no entity has this id or name.
    """
    found = match_entity(store, id_or_name)
    e = found.entity
    if e is None:
        raise no_entity(id_or_name)
    target = store.entity_redirects().get(e.id)
    if target:  # merged into another entity: show that one
        kb0 = kb_with_user_entities(store)
        e = _describe(store, kb0, [target]).get(target) or e
    totals = store.mention_totals(e.id)
    articles = store.articles_mentioning(e.id, limit)
    co = store.cooccurring(e.id, limit)
    kb = load_kb()
    names = _describe(store, kb, [c["entity_id"] for c in co])
    roles = []
    for r in e.roles:
        d = to_dict(r)
        of = names.get(r.of) or kb.entities.get(r.of or "")
        d["of_name"] = (of.name_en or of.name_ar) if of else None
        d["of_name_ar"] = (of.name_ar or of.name_en) if of else None  # for an Arabic line («— الأردن»)
        roles.append(d)
    merged = store.redirects_into(e.id)
    merged_names = store.get_entities([m["entity_id"] for m in merged])
    return {
        "entity": to_dict(e),
        "match": _match_view(id_or_name, found),
        "names": list(dict.fromkeys([*names_of(e), *(n for m in merged_names.values() for n in names_of(m))])),
        "merged": [{**m, "name_ar": merged_names[m["entity_id"]].name_ar if m["entity_id"] in merged_names else None}
                   for m in merged],
        "merge_history": store.merge_history(e.id),
        "roles": roles,
        "learned_roles": _learned_roles_of(store, e.id),
        "mentions": totals["mentions"],
        "article_count": totals["articles"],
        "articles": articles,
        "cooccurring": [
            {
                "id": c["entity_id"],
                "name_ar": names[c["entity_id"]].name_ar if c["entity_id"] in names else None,
                "name_en": names[c["entity_id"]].name_en if c["entity_id"] in names else None,
                "type": names[c["entity_id"]].type if c["entity_id"] in names else None,
                "articles": c["articles"],
                "mentions": c["mentions"],
            }
            for c in co
        ],
    }
