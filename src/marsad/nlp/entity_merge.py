"""One entity per actor across articles: users' merges and splits, and the corpus step that merges discovered names.

A discovered entity's id comes from its normalised name (``new:<hash>:PER``), so one spelling in
every article is one entity, but "غيراسيموف" alone, "فاليري جيراسيموف" and "فاليري غيراسيموف" are
three.  Merging records a *redirect* (``entity_redirects``): mentions whose name gives the merged id
count for the target from then on.  The redirect is applied by the link stage (so ``process --redo
link``, re-ingesting and new articles keep it) and to the mentions already stored (they keep the id
their name gave in ``data["name_id"]``, so a split can move them back).  The stages that read
mentions (quotes, events, clauses, offices) are re-run for the articles that changed.

Users' decisions win: a user's merge is never undone by the merging step, and a user's split records
a separation that no later merge crosses.  Every merge and split is logged with its method,
confidence and evidence (``marsad entity ID`` shows the history).

The merging step (``merge_step``, a corpus step after the per-article stages) is incremental: it
looks only at the discovered persons of articles it has not seen, finds candidates through blocking
keys (the transliteration skeleton of the surname), and merges when the names agree word for word
up to transliteration (غيراسيموف/جيراسيموف) — or when a surname or short form agrees and the two
share context (other actors mentioned with them).  Its cost is flat per article.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Iterable, Sequence

from marsad.errors import InputError, NotFoundError, UsageError
from marsad.models import Entity, counted
from marsad.nlp.coref import HONORIFICS, PARTIAL_STOP, _same_word
from marsad.nlp.given_names import is_article_entity, join_abd
from marsad.nlp.kb.kb import KnowledgeBase, load_kb, names_of
from marsad.nlp.translit import norm_tokens, skeleton
from marsad.store import Store

STEP = "entity_merge"
# Stages that read the mention layer and copy entity ids: re-run where mentions moved (``offices`` too: an office
# change names its person by the id, and a later run would find the merged one).
DOWNSTREAM = ("quotes", "events", "clauses", "offices")


@dataclass(slots=True)
class MergeOptions:
    """How the merging step decides.

    Attributes:
        threshold: smallest confidence that merges.
        margin: the best candidate must beat the second by this much, else the name is ambiguous.
        min_key_chars: shortest surname (normalised letters) used to find candidates.
    """

    threshold: float = 0.75
    margin: float = 0.1
    min_key_chars: int = 4


@dataclass(slots=True)
class MergeReport:
    """What a merge, a split or a merging run changed."""

    merged: list[tuple[str, str, float]] = field(default_factory=list)  # (from, into, confidence)
    split: list[tuple[str, str]] = field(default_factory=list)  # (id, from)
    articles: list[str] = field(default_factory=list)

    def summary(self) -> str:
        parts = []
        if self.merged:
            parts.append(f"{len(self.merged)} entities merged")
        if self.split:
            parts.append(f"{len(self.split)} split off")
        if not parts:
            return ""
        return "entities: " + ", ".join(parts) + f" ({counted(len(self.articles), 'article')} relinked)"


# -- resolving user input ---------------------------------------------------------------------


def _resolve(store: Store, id_or_name: str) -> Entity:
    """The one entity a merge or split names: an id, a whole name or a known spelling.

    A part of a name is refused, not guessed (the look-up would take the most mentioned actor with it), and the
    message lists the actors that have it.
    """
    from marsad.nlp.entity_queries import match_entity

    found = match_entity(store, id_or_name)
    if found.entity is None:
        raise NotFoundError(f"no entity {id_or_name!r}; use an id from `marsad entities` or another spelling")
    if found.candidates:
        shown = "; ".join(f"{i} ({name}, {n} mention{'s' * (n != 1)})" for i, name, n in found.candidates[:10])
        more = f"; and {len(found.candidates) - 10} more" if len(found.candidates) > 10 else ""
        raise UsageError(f"{id_or_name!r} is only part of a name; actors with it: {shown}{more}; "
                         "give the id or the whole name of the one you mean")
    return found.entity


def redirect_targets(store: Store) -> dict[str, tuple[str, str, str | None]]:
    """For the link stage: merged id → (target id, target's Arabic name, English name)."""
    redirects = store.entity_redirects()
    if not redirects:
        return {}
    kb = load_kb()
    stored = store.get_entities(set(redirects.values()))
    out = {}
    for old, new in redirects.items():
        e = kb.entities.get(new) or stored.get(new)
        out[old] = (new, e.name_ar if e else new, e.name_en if e else None)
    return out


def _name_of(store: Store, entity_id: str) -> tuple[str | None, str | None]:
    e = load_kb().entities.get(entity_id) or store.get_entity(entity_id)
    return (e.name_ar, e.name_en) if e else (None, None)


def _relink(store: Store, moves: Iterable[tuple[str, str, Iterable[str] | None]]) -> list[str]:
    """Move mentions (from id, to id, only these name ids) and mark the stages after linking as not run there."""
    changed: list[str] = []
    for src, dst, name_ids in moves:
        name_ar, name_en = _name_of(store, dst)
        changed += store.move_mentions(src, dst, name_ids=name_ids, name_ar=name_ar, name_en=name_en)
    changed = list(dict.fromkeys(changed))
    if changed:
        store.forget_stage_runs(changed, DOWNSTREAM)
    return changed


# -- users' corrections -------------------------------------------------------------------------


def merge_entities(store: Store, source: str, target: str) -> MergeReport:
    """Merge entity ``source`` into ``target`` (ids or names): a user's correction, kept across re-runs.

    Raises:
        InputError: an unknown entity, or both name the same entity.
    """
    a, b = _resolve(store, source), _resolve(store, target)
    redirects = store.entity_redirects()
    b_id = redirects.get(b.id, b.id)
    if a.id == b_id:
        raise InputError(f"{source!r} and {target!r} are already one entity ({b_id})")
    if not a.id.startswith("new:") and b_id.startswith("new:"):
        # an actor of the knowledge base (or a user's) merged into a name only found in the news took that name's
        # id and lost its own English name and dated roles from its page («merge "حيدر العبادي" "فهد العبادي"»)
        import shlex

        raise UsageError(f"{a.id} ({a.name_ar or a.name_en}) is a known actor and {b_id} only a name found in the "
                         f"news: merged into it, it would lose its English name and roles; merge the other way: "
                         f"marsad entity merge {shlex.quote(target)} {shlex.quote(source)}")
    with store.transaction():
        store.remove_separation(a.id, b_id)
        store.add_redirect(a.id, b_id, method="user", evidence={"by": "user"})
        articles = _relink(store, [(a.id, b_id, None)])
    return MergeReport(merged=[(a.id, b_id, 1.0)], articles=articles)


def split_entity(store: Store, entity: str, part: str) -> MergeReport:
    """Split ``part`` (an id or a name that was merged into ``entity``) off ``entity`` again, for good.

    Raises:
        InputError: ``part`` was not merged into ``entity``; the message lists what was.
    """
    e = _resolve(store, entity)
    merged = store.redirects_into(e.id)
    ids = {r["entity_id"] for r in merged}
    found = [part] if part in ids else []
    if not found:
        key = " ".join(norm_tokens(part))
        for eid, ent in store.get_entities(ids).items():
            if any(" ".join(norm_tokens(n)) == key for n in names_of(ent)):
                found.append(eid)
    if not found:
        names = ", ".join(sorted(ids)) or "nothing"
        raise InputError(f"{part!r} was not merged into {e.id}; merged into it: {names}")
    report = MergeReport()
    with store.transaction():
        for pid in found:
            store.remove_redirect(pid, method="user", evidence={"by": "user"})
            store.add_separation(pid, e.id)
            report.split.append((pid, e.id))
        report.articles = _relink(store, [(e.id, pid, [pid]) for pid in found])
    return report


# -- the merging step -------------------------------------------------------------------------------


@lru_cache(maxsize=65_536)
def _key_words(name: str) -> tuple[str, ...]:
    """A name's words as merging compares them (honorifics in front dropped).  Cached: the step asks again for
    the same names (sorting, blocking, and every candidate's names for every person that may be it)."""
    words = join_abd(norm_tokens(name))
    while len(words) > 1 and words[0] in HONORIFICS:
        words = words[1:]
    return tuple(words)


def blocking_keys(words: Sequence[str], min_chars: int = 4) -> list[str]:
    """Keys that find candidates for a name: the skeleton of its last word (the surname)."""
    if not words or words[-1] in PARTIAL_STOP or len(words[-1]) < min_chars or words[-1].isascii():
        return []
    return ["s:" + skeleton(words[-1])]


def name_agreement(a: Sequence[str], b: Sequence[str], native: frozenset[str]) -> tuple[str, float]:
    """How two names agree: ``same`` (the same words once folded), ``variant`` (word for word, up to
    transliteration), ``short`` (one is the other's first + last or a longer part of it), ``surname`` (one is the
    other's surname alone), or ``none``."""
    if len(a) > len(b):
        a, b = b, a
    if len(a) == len(b):
        if a == b:
            # one name written two ways the words fold away («عبد الله» / «عبدالله»); one word alone is no name
            # to go on («سلمان», the title of «الملك سلمان» set aside, is not the king)
            return ("same", 0.95) if len(a) > 1 else ("none", 0.0)
        if all(_same_word(x, y, native) for x, y in zip(a, b)):
            return "variant", 0.85
        return "none", 0.0
    if not _same_word(a[-1], b[-1], native):
        return "none", 0.0
    if len(a) == 1:
        if a[0] in native or _lineage(b) or a[0].startswith("عبد"):
            # a first name, or the father's or grandfather's name of a lineage ("فيصل" of "منصور بن بدر بن
            # فيصل", "عيسى" of "حمد بن عيسى"): not a surname that stands for the whole name; nor a «عبد…» name
            # («عبدالرحمن» alone is a given name far more often than «رامي عبد الرحمن»'s family name)
            return "none", 0.0
        return "surname", 0.45
    k, after_son = 0, False
    for w in b:
        if k < len(a) and _same_word(a[k], w, native):
            k += 1
            after_son = a[k - 1] in _SON_OF
        elif after_son:
            # "محمد بن سعود" is no short form of "محمد بن سلمان آل سعود": the word after بن is the father's
            # name and follows the long name's بن too (issue 15, events39)
            return "none", 0.0
        else:
            after_son = False
    return ("short", 0.6) if k == len(a) and _same_word(a[0], b[0], native) else ("none", 0.0)


# the word of a lineage: the name after it is the father's ("محمد بن سلمان")
_SON_OF = frozenset({"بن", "ابن", "بنت", "ابنة", "بنة"})


def _lineage(words: Sequence[str]) -> bool:
    """A name that is a lineage alone, each name after the first following بن ("منصور بن بدر بن فيصل"): its last
    word is a father's name.  "جمعان رشيد بن رقوش" is not one: a family name may start with بن."""
    return len(words) >= 3 and len(words) % 2 == 1 and all(
        (w in _SON_OF) == (i % 2 == 1) for i, w in enumerate(words))


@dataclass(slots=True)
class _Seen:
    entity_id: str
    type: str
    name: str
    context: set[str] = field(default_factory=set)


def _kb_people_by_key(kb: KnowledgeBase, min_chars: int) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for e in kb.entities.values():
        if e.type != "PER":
            continue
        for n in names_of(e):
            words = norm_tokens(n)
            if len(words) >= 2:
                for k in blocking_keys(words, min_chars):
                    if e.id not in out.setdefault(k, []):
                        out[k].append(e.id)
    return out


# (kb, min_key_chars, its people by blocking key) of the last merge: the KB object itself is held, so a KB loaded
# later can never be taken for it (an id() may be reused once an object is gone)
_KB_KEYS: list[tuple[KnowledgeBase, int, dict[str, list[str]]]] = []


def _kb_keys(kb: KnowledgeBase, min_chars: int) -> dict[str, list[str]]:
    """The KB's people by blocking key (:func:`_kb_people_by_key`), kept for the last KB and minimum asked."""
    last = _KB_KEYS[0] if _KB_KEYS else None
    if last is None or last[0] is not kb or last[1] != min_chars:
        last = (kb, min_chars, _kb_people_by_key(kb, min_chars))
        _KB_KEYS[:] = [last]
    return last[2]


def merge_step(store: Store, options: Any = None, executor: Any = None) -> str:
    """Corpus step: merge the discovered persons of new articles into known ones (see module docstring)."""
    report = merge_new_entities(store, MergeOptions())
    if report.articles:
        _refresh(store, options, executor)
    return report.summary()


merge_step.touches_entities = True  # type: ignore[attr-defined]  # evaluations run it after linking


def _refresh(store: Store, options: Any, executor: Any = None) -> None:
    """Re-run the stages after linking where mentions moved (on the run's workers when it has a pool: theirs
    are warm, and a new pool would load and warm everything again)."""
    from marsad.pipeline.runner import ProcessOptions, process

    workers = getattr(options, "workers", 1) if options is not None else 1
    pool = executor if executor is not None and (executor.workers > 1 or executor.distributed) else None
    try:
        process(store, ProcessOptions(only=list(DOWNSTREAM), corpus_steps=False, workers=workers, show_progress=False),
                executor=pool)
    except Exception as exc:  # a pipeline without these stages (custom) has nothing to refresh
        from marsad.errors import PipelineError

        if not isinstance(exc, PipelineError):
            raise


def merge_new_entities(store: Store, options: MergeOptions | None = None) -> MergeReport:
    """Merge the discovered persons first seen since the last run; returns what changed."""
    opts = options or MergeOptions()
    pos = store.step_position(STEP)
    seqs = store.article_seqs(after_seq=pos)
    report = MergeReport()
    if not seqs:
        return report
    kb = load_kb()
    kb_keys = _kb_keys(kb, opts.min_key_chars)
    redirects = store.entity_redirects()
    seen: dict[str, _Seen] = {}  # in order of first appearance
    ids = [aid for _s, aid in seqs]
    for i in range(0, len(ids), 500):
        # (the linked mentions' label, entity id and name alone: no span's data decoded)
        for mentions in store.linked_mentions_of(ids[i:i + 500]).values():
            present = {eid for _label, eid, _name in mentions}
            for label, eid, name in mentions:
                if not eid.startswith("new:") or eid in redirects or label != "PER":
                    continue
                got = seen.setdefault(eid, _Seen(eid, label, str(name or "")))
                got.context |= present - {eid}
    reads = _Reads(store)
    moves = []
    keys_to_add: list[tuple[str, str]] = []
    local: dict[str, list[str]] = {}  # keys added by this run
    # Full names first, so that surnames and short forms merge into them (not the other way round).
    order = sorted(seen, key=lambda e: -len(_key_words(seen[e].name)))
    keys_of = {eid: blocking_keys(_key_words(seen[eid].name), opts.min_key_chars) for eid in order}
    # The stored keys of every name at once (a query a name was 6,564 queries a day, while no worker runs): the
    # keys this run adds are written after the loop, so what each name finds stored is the same.
    stored_keys = store.entities_with_keys([k for keys in keys_of.values() for k in keys])
    for eid in order:
        item = seen[eid]
        words = _key_words(item.name)
        keys = keys_of[eid]
        if not keys:
            continue
        cands: set[str] = set()
        for k in keys:
            cands.update(stored_keys.get(k, ()))
            cands.update(kb_keys.get(k, ()))
            cands.update(local.get(k, ()))
        cands = {redirects.get(c, c) for c in cands} - {eid}
        own = is_article_entity(eid)
        if own:
            # a bare given name kept to its article (``marsad.nlp.given_names``) joins no other article's discovered
            # name («إبراهيم» is no «عمر إبراهيم»); a KB person it shares its article's context with, it may
            # («هادي» beside Yemen's actors is the president: his family name)
            cands = {c for c in cands if c in kb.entities}
        best = _choose(reads, kb, item, words, cands, opts, redirects)
        if own and best is not None and not _family_name_of(kb.entities[best[0]], words):
            best = None  # «عبدالعزيز» alone is no «سلمان بن عبدالعزيز»: his father's name, not his family's
        target = eid
        if best is not None:
            target, conf, evidence = best
            if store.separated([(eid, target)]):
                target = eid
            else:
                store.add_redirect(eid, target, method="auto", confidence=round(conf, 3), evidence=evidence)
                redirects[eid] = target
                report.merged.append((eid, target, conf))
                moves.append((eid, target, None))
        if (target.startswith("new:") or target == eid) and not own:  # (no name of another article merges into it)
            keys_to_add += [(k, target) for k in keys]
            for k in keys:
                local.setdefault(k, []).append(target)
    if keys_to_add:
        store.add_entity_keys(keys_to_add)
    if moves:
        report.articles = _relink(store, moves)
    store.set_step_position(STEP, max(s for s, _a in seqs))
    return report


_AL = norm_tokens("آل")[0]


def _family_name_of(e: Entity, words: Sequence[str]) -> bool:
    """Whether the name ``words`` is the last word of one of ``e``'s names, and not a father's after «بن» nor the
    house's name after «آل» («سعود» alone is no «محمد بن سلمان آل سعود»: the broadcaster «سعود» on 2015-08-09)."""
    word = "".join(words)
    for n in names_of(e):
        t = norm_tokens(n)
        if len(t) >= 2 and t[-1] == word and t[-2] not in _SON_OF and t[-2] != _AL:
            return True
    return False


@dataclass(slots=True)
class _Reads:
    """What a merging run asks the store about candidates, each asked once: a candidate comes back for many
    names (every spelling of a surname), and neither the stored entities nor who is mentioned with an entity
    change while the run decides (the redirects it adds touch neither; mentions move after it has decided)."""

    store: Store
    entities: dict[str, Entity | None] = field(default_factory=dict)
    mentioned_with: dict[str, set[str]] = field(default_factory=dict)

    def get_entities(self, ids: list[str]) -> dict[str, Entity]:
        """``Store.get_entities``."""
        missing = [i for i in ids if i not in self.entities]
        if missing:
            got = self.store.get_entities(missing)
            for i in missing:
                self.entities[i] = got.get(i)
        return {i: e for i in ids if (e := self.entities[i]) is not None}

    def cooccurring(self, entity_id: str) -> set[str]:
        """The ids of the (first 100) entities ``Store.cooccurring`` gives."""
        if entity_id not in self.mentioned_with:
            self.mentioned_with[entity_id] = {r["entity_id"] for r in self.store.cooccurring(entity_id, limit=100)}
        return self.mentioned_with[entity_id]


def _choose(reads: _Reads, kb: KnowledgeBase, item: _Seen, words: Sequence[str], cands: set[str],
            opts: MergeOptions, redirects: dict[str, str] | None = None) -> tuple[str, float, dict[str, Any]] | None:
    if not cands:
        return None
    stored = reads.get_entities([c for c in cands if c not in kb.entities])
    scored = []
    for c in sorted(cands):
        e = kb.entities.get(c) or stored.get(c)
        if e is None or e.type != item.type:
            continue
        best_kind, best = "none", 0.0
        for n in names_of(e):
            theirs = _key_words(n)
            if len(words) > 1 and len(theirs) == 1:
                # a surname alone stands for the full name it belongs to, not the other way round: a full name
                # whose surname is another person's ("سليمان الجبر" and "الجبير", Adel al-Jubeir's) is not that
                # person; his full names (first name and surname) decide
                continue
            kind, s = name_agreement(words, theirs, kb.native_names)
            if s > best:
                best_kind, best = kind, s
        if best == 0.0:
            continue
        shared: list[str] = []
        if best < opts.threshold:  # context decides: actors mentioned with both
            theirs = reads.cooccurring(c)
            shared = sorted(_shared_context(reads, kb, item.context, theirs, redirects or {}))
            # Another person or organisation in both is strong evidence; a place everyone mentions is weak.
            best += min(0.4, sum(0.05 if _is_place(kb, x) else 0.25 for x in shared))
        scored.append((best, c, {"names": best_kind, "shared_context": shared[:5]}))
    if not scored:
        return None
    scored.sort(reverse=True)
    same = [x for x in scored if x[2]["names"] == "same"]
    if len(same) == 1:
        return same[0][1], same[0][0], same[0][2]  # the very name written another way outranks a short form of it
    top = scored[0]
    if top[0] < opts.threshold or (len(scored) > 1 and scored[1][0] > top[0] - opts.margin):
        return None
    return top[1], top[0], top[2]


def _is_place(kb: KnowledgeBase, entity_id: str) -> bool:
    e = kb.entities.get(entity_id)
    return entity_id.endswith(":LOC") or (e is not None and e.type == "LOC")


def _shared_context(reads: _Reads, kb: KnowledgeBase, mine: set[str], theirs: set[str],
                    redirects: dict[str, str]) -> set[str]:
    """The actors mentioned both with a name and with a candidate for it.  Each side's actors are taken as merged
    so far, and a discovered person on one side is the other side's when their names agree as one person's
    would (one a short form of the other, or word for word): the three soldiers an outlet names in full and another
    by first name and surname stand by one another («جمعة الحمادي» beside «خالد الشحي», «جمعة جوهر جمعة
    الحمادي» beside «خالد محمد عبد الله الشحي»).  A surname alone is not enough."""
    theirs = {redirects.get(t, t) for t in theirs}
    shared = {m for m in mine if redirects.get(m, m) in theirs}
    rest = [m for m in mine - shared if m.startswith("new:") and m.endswith(":PER")]
    people = [t for t in theirs if t.endswith(":PER") or (t in kb.entities and kb.entities[t].type == "PER")]
    if not rest or not people:
        return shared
    got = reads.get_entities([i for i in rest + people if i not in kb.entities])
    names = {i: [_key_words(n) for n in names_of(e)] for i in rest + people if (e := kb.entities.get(i) or got.get(i))}
    for m in rest:
        if any(name_agreement(a, b, kb.native_names)[0] in ("same", "variant", "short")
               for t in people if t != m for a in names.get(m, ()) for b in names.get(t, ())):
            shared.add(m)
    return shared
