"""The knowledge base of canonical actors: loading, indexing and office look-up.

The KB ships as ``kb.json.gz`` next to this module (built by ``marsad kb
build`` from ``../shared``); ``load_kb()`` reads it once per process and
builds the matching indexes the gazetteer needs:

* ``exact``: tuple of normalised tokens of every name and alias → entity ids;
* ``fuzzy``: the transliteration skeleton of a name (spaces removed) → ids,
  only for names long enough that a skeleton collision with an ordinary word
  is unlikely;
* ``offices``: (role title, country/organisation id) → dated holders, so
  "الرئيس الروسي" resolves to the president of Russia at the article's date;
* ``titles`` / ``adjectives``: the Arabic office titles and country nisba
  adjectives role phrases are made of.

User entities (``marsad kb add``) are merged with ``KnowledgeBase.with_entities``.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from marsad.errors import InputError
from marsad.models import Entity, Role
from marsad.nlp.translit import near, norm_tokens, skeleton_key, strip_article

KB_PATH = Path(__file__).with_name("kb.json.gz")
DATA_DIR = Path(__file__).with_name("data")

# Source priority when two entities share an alias: user entries win over
# curated facts, which win over the CLDR tables and the petrarch dictionary.
SOURCE_RANK = {"user": 0, "facts": 1, "cldr": 2, "petrarch": 3}
# Shortest skeleton a fuzzy match may use: shorter keys collide with words.
MIN_FUZZY_SKELETON = 4
MIN_FUZZY_SINGLE_TOKEN_CHARS = 5


def entity_from_dict(d: dict[str, Any]) -> Entity:
    """An Entity from its JSON form (as stored in ``kb.json.gz`` and the store)."""
    roles = [r if isinstance(r, Role) else Role(**r) for r in d.get("roles") or []]
    return Entity(
        id=d["id"],
        type=d["type"],
        name_ar=d["name_ar"],
        name_en=d.get("name_en"),
        aliases=list(d.get("aliases") or []),
        roles=roles,
        data=dict(d.get("data") or {}),
    )


@dataclass(slots=True)
class Holder:
    """One dated tenure of an office."""

    entity_id: str
    start: str | None
    end: str | None


@dataclass(slots=True)
class KnowledgeBase:
    """Canonical entities plus the indexes linking needs (build with ``KnowledgeBase.from_entities``)."""

    entities: dict[str, Entity]
    exact: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)
    exact_first: set[str] = field(default_factory=set)
    fuzzy: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = field(default_factory=dict)  # skeleton → (id, name tokens)
    fuzzy_prefixes: set[str] = field(default_factory=set)
    weak: dict[tuple[tuple[str, ...], str], tuple[str, ...]] = field(default_factory=dict)
    weak_keys: frozenset[tuple[str, ...]] = frozenset()  # the names that are a weak alias of some entity
    offices: dict[tuple[str, str], list[Holder]] = field(default_factory=dict)
    office_roles: dict[str, tuple[str, ...]] = field(default_factory=dict)
    titles: dict[tuple[str, ...], str] = field(default_factory=dict)
    adjectives: dict[tuple[str, ...], str] = field(default_factory=dict)
    fem_adjectives: dict[tuple[str, ...], str] = field(default_factory=dict)
    max_len: int = 1
    native_names: frozenset[str] = frozenset()  # Arabic given names: never matched by skeleton
    family_first: frozenset[str] = frozenset()
    # Words that open several place/organisation names and are never a name alone (سان، جزر، وكالة، حزب):
    # a lone one is a fragment of a name the tagger cut short ("وان سان" → "سان"), not an entity.
    name_heads: frozenset[str] = frozenset()
    agencies: dict[tuple[str, str], str] = field(default_factory=dict)  # (kind, country id) → organisation id  # family names written first (كيم, تشوي): from the KB's "partial" names
    # Names of the places and organisations (not countries) whose office holders were learned from the news → id.
    learned_names: dict[tuple[str, ...], str] = field(default_factory=dict)
    _gazetteer: Any = None  # built on first use by gazetteer()

    # -- construction -------------------------------------------------------------------

    @classmethod
    def from_entities(
        cls, entities: Iterable[Entity], offices_spec: dict[str, Any] | None = None, native_names: Iterable[str] = ()
    ) -> "KnowledgeBase":
        """Index ``entities`` (later entries with the same id replace earlier ones)."""
        kb = cls(entities={}, native_names=frozenset(native_names))
        for e in entities:
            kb.entities[e.id] = e
        kb._index(offices_spec if offices_spec is not None else load_offices_spec())
        return kb

    def with_entities(self, extra: Iterable[Entity]) -> "KnowledgeBase":
        """A new KB with ``extra`` entities merged in (same id → replaced)."""
        extra = list(extra)
        if not extra:
            return self
        merged = dict(self.entities)
        for e in extra:
            merged[e.id] = e
        return KnowledgeBase.from_entities(merged.values(), native_names=self.native_names)

    def _index(self, offices_spec: dict[str, Any]) -> None:
        exact: dict[tuple[str, ...], list[str]] = {}
        fuzzy: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        for e in self.entities.values():
            weak = e.data.get("weak_aliases") or {}
            weak_keys = {tuple(norm_tokens(a)): tuple(ctx) for a, ctx in weak.items()}
            for name in names_of(e):
                toks = tuple(norm_tokens(name))
                if not toks:
                    continue
                exact.setdefault(toks, []).append(e.id)
                if toks in weak_keys:
                    self.weak[(toks, e.id)] = weak_keys[toks]
                    continue  # weak aliases never match fuzzily
                # One-word names match by skeleton only for people: for places and
                # organisations one-word skeletons collide with adjectives and common
                # words (الشرقية ~ الشارقة); their spelling variants are listed instead.
                if _fuzzy_ok(toks) and (len(toks) > 1 or e.type == "PER"):
                    fuzzy.setdefault(skeleton_key(toks), []).append((e.id, toks))
        self.weak_keys = frozenset(k for k, _ in self.weak)
        heads: dict[str, int] = {}
        for key, ids in exact.items():
            if len(key) > 1 and any(self.entities[i].type != "PER" for i in ids):
                heads[key[0]] = heads.get(key[0], 0) + 1
        lasts = {k[-1] for k in exact}
        self.name_heads = frozenset(w for w, n in heads.items() if n >= 2 and w not in lasts)
        for key, ids in exact.items():
            self.exact[key] = self._rank(ids)
            self.exact_first.add(key[0])
            self.max_len = max(self.max_len, len(key))
        for sk, pairs in fuzzy.items():
            order = {eid: k for k, eid in enumerate(self._rank([eid for eid, _ in pairs]))}
            self.fuzzy[sk] = tuple(sorted(dict.fromkeys(pairs), key=lambda p: order[p[0]]))
            for i in range(1, len(sk) + 1):
                self.fuzzy_prefixes.add(sk[:i])
        family: set[str] = set()
        for e in self.entities.values():
            for p in e.data.get("partial") or ():
                toks = norm_tokens(p)
                if len(toks) == 1 and any(norm_tokens(n)[:1] == toks for n in names_of(e)):
                    family.add(toks[0])
            for r in e.roles:
                if r.of:
                    self.offices.setdefault((r.title, r.of), []).append(Holder(e.id, r.start, r.end))
            if e.type == "ORG" and e.data.get("kind") == "intelligence" and e.data.get("country"):
                self.agencies.setdefault(("intelligence", e.data["country"]), e.id)
            if e.data.get("kind") == "country":
                for adj in e.data.get("adj") or []:
                    toks = tuple(norm_tokens(adj))
                    self.adjectives[toks] = e.id
                    fem = list(toks)
                    fem[-1] = fem[-1] + "ه"
                    self.fem_adjectives[tuple(fem)] = e.id
                    # "الكوري الشمالي" → feminine "الكورية الشمالية": every word agrees.
                    self.fem_adjectives[tuple(t + "ه" for t in toks)] = e.id
        self.family_first = frozenset(family)
        for office, spec in offices_spec.items():
            self.office_roles[office] = tuple(spec["roles"])
            for t in spec["titles"]:
                self.titles[tuple(norm_tokens(t))] = office

    def _rank(self, ids: list[str]) -> tuple[str, ...]:
        uniq = list(dict.fromkeys(ids))
        uniq.sort(key=lambda i: SOURCE_RANK.get(self.entities[i].data.get("source", "petrarch"), 9))
        return tuple(uniq)

    def gazetteer(self) -> Any:
        """The name matcher over this KB (``marsad.nlp.gazetteer.Gazetteer``), built once."""
        if self._gazetteer is None:
            from marsad.nlp.gazetteer import Gazetteer

            self._gazetteer = Gazetteer(self)
        return self._gazetteer

    # -- look-up ------------------------------------------------------------------------

    def get(self, entity_id: str) -> Entity | None:
        """The entity with this id, or None."""
        return self.entities.get(entity_id)

    def lookup(self, name: str) -> tuple[str, ...]:
        """Entity ids whose name or alias matches ``name`` (exact normalised, then skeleton)."""
        toks = tuple(norm_tokens(name))
        if not toks:
            return ()
        for variant in (toks, (strip_article(toks[0]),) + toks[1:]):
            if variant in self.exact:
                return self.exact[variant]
        return self.fuzzy_lookup(toks)

    def fuzzy_lookup(self, toks: tuple[str, ...] | list[str]) -> tuple[str, ...]:
        """Entity ids whose name is a transliteration variant of normalised ``toks``.

        Same skeleton, and close in spelling: one edit per word when the word
        counts agree, one edit overall when they differ ("بيونغيانغ").
        """
        pairs = self.fuzzy.get(skeleton_key(toks))
        if not pairs:
            return ()
        out = []
        for eid, name in pairs:
            if len(name) == len(toks):
                # A differing word must be long and foreign: Arabic given names that
                # differ by a letter are different names (محمد/محمود, سمير/سمر).
                ok = all(
                    a == b or (len(a) >= 4 and a not in self.native_names and b not in self.native_names and near(a, b))
                    for a, b in zip(toks, name)
                )
            else:
                ok = near("".join(toks), "".join(name))
            if ok and eid not in out:
                out.append(eid)
        return tuple(out)

    def holder(self, office: str, of: str, date: str | None) -> str | None:
        """Entity id of whoever held ``office`` of ``of`` at ``date`` (ISO; None = now/latest)."""
        for role_title in self.office_roles.get(office, (office,)):
            holders = self.offices.get((role_title, of))
            if not holders:
                continue
            best: Holder | None = None
            for h in holders:
                if date is None:
                    ok = h.end is None
                else:
                    ok = (h.start is None or h.start[: len(date)] <= date) and (h.end is None or date < h.end)
                if ok and (best is None or (h.start or "") > (best.start or "")):
                    best = h
            if best is not None:
                return best.entity_id
        return None


    def previous_holder(self, office: str, of: str, date: str | None) -> str | None:
        """Who held ``office`` of ``of`` last before ``date`` ("الرئيس الأمريكي السابق"): the term that ended
        most recently by then, excluding whoever holds it at ``date``."""
        current = self.holder(office, of, date)
        for role_title in self.office_roles.get(office, (office,)):
            ended = [h for h in self.offices.get((role_title, of), ())
                     if h.end and (date is None or h.end[: len(date)] <= date) and h.entity_id != current]
            if ended:
                return max(ended, key=lambda h: h.end or "").entity_id
        return None

    def sole_holder(self, office: str, of: str, date: str | None) -> str | None:
        """The holder of ``office`` at ``date`` when exactly one person held it then (deputies are often several)."""
        holders = {
            h.entity_id
            for h in self.offices.get((office, of), ())
            if (date is None and h.end is None)
            or (date is not None and (h.start is None or h.start[: len(date)] <= date) and (h.end is None or date < h.end))
        }
        return next(iter(holders)) if len(holders) == 1 else None


def _fuzzy_ok(toks: tuple[str, ...]) -> bool:
    """May this name match by skeleton?  Only when a collision with ordinary words is unlikely.

    Every word needs three letters (petrarch's "ال غور" would otherwise match
    "الجاري"), and the skeleton without the article needs four consonants for
    one word ("الجبيل" ~ "القبول") or five for several.
    """
    if any(len(t) < 3 or t.isascii() for t in toks):
        return False
    core = skeleton_key((strip_article(toks[0]),) + toks[1:])
    return len(core) >= (MIN_FUZZY_SKELETON if len(toks) == 1 else MIN_FUZZY_SKELETON + 1)


def names_of(e: Entity) -> list[str]:
    """All names an entity may be written with (canonical names first)."""
    out = [e.name_ar]
    if e.name_en:
        out.append(e.name_en)
    out.extend(e.aliases)
    return [n for n in dict.fromkeys(out) if n]


# Roles the knowledge base gives that are no office of offices.yaml (not titles that name their holder in the
# news), in Arabic and English: a few offices, and the sectors of CAMEO actor codes the PETRARCH dictionary dates
# a person's place by ("gov" government, "ptyleg" a party in a legislature, "cvleli" a civilian elite).
_ROLE_NAMES = {
    "deputy_foreign_minister": ("نائب وزير الخارجية", "deputy foreign minister"),
    "security_council_secretary": ("أمين مجلس الأمن", "security council secretary"),
    "spokesperson": ("متحدث رسمي", "spokesperson"), "analyst": ("محلل", "analyst"), "actor": ("فاعل", "actor"),
}
_SECTORS = {
    "gov": ("الحكومة", "government"), "eli": ("النخبة", "elite"), "leg": ("السلطة التشريعية", "legislature"),
    "mil": ("الجيش", "military"), "pty": ("حزب سياسي", "political party"), "opp": ("المعارضة", "opposition"),
    "reb": ("المتمردون", "rebels"), "igo": ("منظمة دولية", "intergovernmental organisation"),
    "med": ("الإعلام", "media"), "bus": ("الأعمال", "business"), "spy": ("الاستخبارات", "intelligence"),
    "jud": ("القضاء", "judiciary"), "crm": ("الجريمة", "crime"), "cvl": ("المدنيون", "civilians"),
    "edu": ("التعليم", "education"), "hlh": ("الصحة", "health"), "hri": ("حقوق الإنسان", "human rights"),
    "rad": ("متشددون", "radicals"), "ref": ("اللاجئون", "refugees"), "int": ("دولي", "international"),
    "img": ("جماعة مسلحة دولية", "international militarised group"), "ngo": ("منظمة غير حكومية", "NGO"),
    "uaf": ("قوات مسلحة غير نظامية", "unaligned armed forces"), "cop": ("الشرطة", "police"),
}


def office_title(role: str, lang: str = "ar") -> str:
    """An office as a reader reads it, in ``lang`` ("ar" or "en"): its Arabic title ("foreign_minister" →
    «وزير الخارجية»; in English "foreign minister"), a CAMEO sector code in words ("govleg" → «الحكومة، السلطة
    التشريعية»), else its key in words, never a key with underscores."""
    en = lang == "en"
    spec = load_offices_spec().get(role)
    titles = spec.get("titles") if isinstance(spec, dict) else None
    if titles and not en:
        return str(titles[0])
    if role in _ROLE_NAMES:
        return _ROLE_NAMES[role][en]
    codes = [role[i:i + 3] for i in range(0, len(role), 3)]
    if not titles and role and all(c in _SECTORS for c in codes):
        return (", " if en else "، ").join(_SECTORS[c][en] for c in codes)
    return role.replace("_", " ")


def load_offices_spec() -> dict[str, Any]:
    """The office titles table (``data/offices.yaml``)."""
    return _load_offices_spec_cached()


@lru_cache(maxsize=1)
def _load_offices_spec_cached() -> dict[str, Any]:
    import yaml

    return yaml.safe_load((DATA_DIR / "offices.yaml").read_text(encoding="utf-8"))


def read_kb_payload(path: Path) -> dict[str, Any]:
    """The JSON payload of a built KB file: ``{"format", "entities", "native_names"}``."""
    try:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            payload = json.load(fh)
    except FileNotFoundError:
        raise InputError(f"knowledge base file {path} is missing; run `marsad kb build`") from None
    except (OSError, ValueError) as exc:
        raise InputError(f"knowledge base file {path} is unreadable ({exc}); run `marsad kb build`") from exc
    if not isinstance(payload, dict) or "entities" not in payload:
        raise InputError(f"{path} is not a Marsad knowledge base; run `marsad kb build`")
    return payload


def read_kb_file(path: Path) -> list[Entity]:
    """Entities of a built KB file (``kb.json.gz``)."""
    return [entity_from_dict(d) for d in read_kb_payload(path)["entities"]]


def load_kb(path: str | None = None) -> KnowledgeBase:
    """The shipped knowledge base (cached per process; read-only)."""
    return _load_kb(str(path) if path else None)  # ``load_kb()`` and ``load_kb(None)``: one KB, read once


@lru_cache(maxsize=4)
def _load_kb(path: str | None) -> KnowledgeBase:
    payload = read_kb_payload(Path(path) if path else KB_PATH)
    return KnowledgeBase.from_entities(
        (entity_from_dict(d) for d in payload["entities"]), native_names=payload.get("native_names") or ()
    )


load_kb.cache_clear = _load_kb.cache_clear  # type: ignore[attr-defined]  # after `marsad kb build`


def kb_entities(path: str | None = None) -> list[Entity]:
    """All KB entities, for seeding the store's entities table."""
    return list(load_kb(path).entities.values())
