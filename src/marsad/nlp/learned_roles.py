"""Learned roles: the office changes of every article gathered into dated roles (issue 19).

The ``roles_step`` corpus step gathers the ``office_change`` spans of the ``offices`` stage into one change per
person, office and direction (the start or the end of a term), with its sources and a confidence that grows
with the number of articles reporting it, and stores them (``office_changes``).  A change is *learned* — it
becomes a dated role that linking uses — when a user accepted it, or when nobody rejected it and its
confidence reaches the threshold.  Learned roles live beside the shipped facts: ``with_learned_roles`` gives a
new knowledge base whose office index holds them (a start closes the term of whoever held the office before;
an end closes the person's own term), and the shipped tables are never changed.  Users' decisions
(``marsad roles accept|reject ID``) are kept in a table of their own, so re-runs never lose them.

When the learned roles change, the articles dated after the change that name the office are linked again,
so a later "الرئيس اللبناني" reaches the new holder.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Callable, Iterable

from marsad.errors import NotFoundError, UsageError
from marsad.models import Entity, counted
from marsad.nlp.kb.kb import Holder, KnowledgeBase, load_offices_spec, names_of
from marsad.nlp.office_changes import START, THRESHOLD
from marsad.nlp.translit import norm_tokens

if TYPE_CHECKING:
    from marsad.store import Store

__all__ = ["LearnedRole", "RolesOptions", "decide", "gather", "learned_roles", "roles_listing", "roles_step",
           "with_learned_roles"]

# The stages that read links: forgetting ``link`` re-runs it and what follows it.
_RELINK_STAGES = ("link",)
# How strong each kind of report is when several kinds describe one change (the most direct wins).
_KIND_ORDER = ("sworn_in", "elected", "appointed", "named", "acting", "succeeded", "resigned", "dismissed", "died")


@dataclass(slots=True)
class RolesOptions:
    """Which changes count as learned.

    Attributes:
        threshold: confidence from which an undecided change is learned (accepted ones always are,
            rejected ones never).
    """

    threshold: float = THRESHOLD


@dataclass(slots=True)
class LearnedRole:
    """A dated role learned from the news (or closed by it)."""

    change_id: str
    person_id: str
    person_name: str
    office: str
    of_id: str | None
    date: str | None
    direction: str  # start | end
    change: str
    predecessor_id: str | None = None
    articles: list[str] = field(default_factory=list)
    of_name: str | None = None


def change_id(person_id: str, office: str, of_id: str | None, direction: str) -> str:
    """Stable id of a change: 12 hex of sha1 over person, office, whose office and direction."""
    key = "\x1f".join([person_id, office, of_id or "", direction])
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def gather(spans: Iterable[dict[str, Any]], redirects: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """One row per (person, office, of, direction) from ``office_change`` spans (``store.office_change_spans()``).

    One event is one row: the same person under several name forms (``_same_person``: with or without the
    father's names, an honorific or a first name the others drop) starting or leaving one post of one owner,
    whose title may be a head's title for another ("أمير" / "زعيم" / "قائد") or a fuller form of it ("مشرف عام" /
    "مشرف عام إدارة الإعلام"); an owner is one whatever id each article gave its name.
    The date is the one most reports give (the earliest of a tie); the confidence combines the sources
    (1 - Π(1 - c)), capped at 0.99;
    the change kind is the most direct one reported; the predecessor the one most often named.
    """
    redirects = redirects or {}
    spans = _one_owner_id(list(spans))
    same = _same_person(spans, redirects)
    posts: dict[tuple[str, str, str], set[str]] = {}  # the posts each person starts or leaves in one office
    sure: dict[tuple[str, str, str], set[str]] = {}  # … in a report not doubted
    for row in spans:
        d = row["span"].data
        person = redirects.get(d["person"], d["person"])
        person = same.get(person, (person, ""))[0]
        where = (person, d.get("of") or "", _direction(row["span"].label))
        posts.setdefault(where, set()).add(_post_key(d))
        if d.get("confidence", 0.0) > 0.0:
            sure.setdefault(where, set()).add(_post_key(d))
    widest = {key: _widest(keys, sure.get(key, set())) for key, keys in posts.items()}
    spellings: dict[tuple[str, str, str, str], set[tuple[bool, str]]] = {}
    for row in spans:
        d = row["span"].data
        person = redirects.get(d["person"], d["person"])
        person = same.get(person, (person, ""))[0]
        where = (person, d.get("of") or "", _direction(row["span"].label))
        post = _post_key(d)
        key = (*where, widest[where][post])
        spellings.setdefault(key, set()).add((post != key[-1], d["office"]))
    # one spelling of each post: of the fullest title, the first in sort order
    offices = {key: min(found)[1] for key, found in spellings.items()}
    groups: dict[str, dict[str, Any]] = {}
    for row in spans:
        sp = row["span"]
        d = sp.data
        person = redirects.get(d["person"], d["person"])
        person, person_name = same.get(person, (person, d.get("person_name") or ""))
        direction = _direction(sp.label)
        where = (person, d.get("of") or "", direction)
        office = offices.get((*where, widest[where][_post_key(d)]), d["office"])
        cid = change_id(person, office, d.get("of"), direction)
        g = groups.setdefault(cid, {"id": cid, "person_id": person, "person_name": person_name,
                                    "direction": direction, "office": office, "title": d.get("title") or "",
                                    "of_id": d.get("of"), "of_name": d.get("of_name"), "_kinds": Counter(),
                                    "_preds": Counter(), "_names": {}, "sources": []})
        g["_kinds"][sp.label] += 1
        if d.get("predecessor"):
            pred = redirects.get(d["predecessor"], d["predecessor"])
            g["_preds"][pred] += 1
            g["_names"][pred] = d.get("predecessor_name")
        g["sources"].append({"article_id": row["article_id"], "start": sp.start, "end": sp.end, "date": d.get("date"),
                             "dated_by_text": d.get("date_from") == "timex", "change": sp.label,
                             "confidence": d.get("confidence", 0.0),
                             "doubts": list(d.get("doubts") or [])})  # why this report is not learned
    out = []
    for g in groups.values():
        kinds, preds, names = g.pop("_kinds"), g.pop("_preds"), g.pop("_names")
        g["change"] = min(kinds, key=lambda k: (_KIND_ORDER.index(k) if k in _KIND_ORDER else 99, k))
        # The date most reports give (the earliest of a tie): one sentence's stray time expression does not win.
        # Reports that date the change in their own words ("اليوم الاثنين") count before those dated only by
        # the article, whose date may be when a page was fetched, days after it was written.
        sure = [s for s in g["sources"] if s["date"] and s.get("confidence", 0.0) > 0.0]
        dates = (Counter(s["date"] for s in sure if s.get("dated_by_text")) or Counter(s["date"] for s in sure)
                 or Counter(s["date"] for s in g["sources"] if s["date"]))
        g["date"] = min(dates, key=lambda d: (-dates[d], d)) if dates else None
        pred = max(preds, key=lambda p: (preds[p], p)) if preds else None
        g["predecessor_id"], g["predecessor_name"] = pred, names.get(pred) if pred else None
        best: dict[str, float] = {}
        for s in g["sources"]:  # one vote per article: copies of a sentence in one article are one report
            best[s["article_id"]] = max(best.get(s["article_id"], 0.0), float(s["confidence"]))
        miss = 1.0
        for c in best.values():
            miss *= 1.0 - c
        g["confidence"] = round(min(0.99, 1.0 - miss), 2)
        g["articles"] = len(best)
        out.append(g)
    out.sort(key=lambda g: (g["date"] or "9999", g["id"]))
    return out


def _one_owner_id(spans: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The spans with one id for each owner's name: an organisation found by its name in one article and by
    the linker in another ("طالبان") is one owner — the knowledge base's id when it has one."""
    ids: dict[tuple[str, ...], set[str]] = {}
    for row in spans:
        d = row["span"].data
        if d.get("of") and d.get("of_name"):
            ids.setdefault(tuple(norm_tokens(d["of_name"])), set()).add(d["of"])
    best = {name: min(found, key=lambda i: (i.startswith("new:"), i)) for name, found in ids.items() if len(found) > 1}
    if not best:
        return spans
    out = []
    for row in spans:
        sp, d = row["span"], row["span"].data
        of = best.get(tuple(norm_tokens(d.get("of_name") or "")))
        out.append({**row, "span": replace(sp, data={**d, "of": of})} if of and d.get("of") and of != d["of"] else row)
    return out


def _direction(change: str) -> str:
    """"start" for a change that gives an office (elected, appointed …), "end" for one that ends it."""
    return "start" if change in START else "end"


def _name_words(name: str) -> tuple[str, ...]:
    """The words of a name, normalised, "عبد" joined to what follows ("عبد القادر" = "عبدالقادر"), without the
    honorifics before it ("الملا منصور" = "منصور")."""
    out: list[str] = []
    words = norm_tokens(name)
    while len(words) > 1 and words[0] in _HONORIFICS:
        words = words[1:]
    for w in words:
        if out and out[-1] in ("عبد", "ابو", "أبو"):
            out[-1] += w
        else:
            out.append(w)
    return tuple(out)


def _title_key(office: str) -> str:
    """A title the news wrote, without the article on its words: "مدير عام التعليم" and "مدير عام تعليم" are one
    post."""
    return " ".join(w[2:] if w.startswith("ال") and len(w) > 4 else w for w in office.split())


# Bare titles of the head of a movement, an organisation or a country, which the news gives one for another
# ("أمير طالبان", "زعيم طالبان", "قائد الحركة"): one post.
_LEADER = frozenset(norm_tokens("امير أمير زعيم قائد")) | {"emir", "leader"}  # and the lexicon's keys for them


def _post_key(d: dict[str, Any]) -> str:
    """The post a change names, as a key: its title without the article on its words, without the name of
    whose it is when the title repeats it ("زعيم طالبان" of Taliban is "زعيم"), the head's titles as one."""
    office = d["office"] if d["office"].isascii() else " ".join(norm_tokens(d["office"]))  # a lexicon key as it is
    words = _title_key(office).split()
    owner = [w[2:] if w.startswith("ال") and len(w) > 4 else w for w in norm_tokens(d.get("of_name") or "")]
    if owner and len(words) > len(owner) and words[-len(owner):] == owner:
        words = words[:-len(owner)]
    if len(words) == 1 and words[0] in _LEADER:
        return "<leader>"
    return " ".join(words)


def _widest(keys: set[str], sure: set[str]) -> dict[str, str]:
    """Each post of one person in one office mapped to the fullest title that says the same post with more
    words ("مشرف عام" → "مشرف عام اداره الاعلام": the same head word, its words in order), of a report not
    doubted (a doubted one may have read the words after the post as its name).  A title that two different
    fuller ones could complete ("وزير" of "وزير الصحه" and "وزير الدفاع") stays as it is."""
    words = {k: k.split() for k in keys}
    out = {}
    for k, w in words.items():
        fuller = [q for q, v in words.items() if q != k and q in sure and len(v) > len(w) and v[0] == w[0]
                  and _in_order(w, v)]
        best = max([k, *fuller], key=lambda q: (len(words[q]), q))
        out[k] = best if all(q == best or _in_order(words[q], words[best]) for q in fuller) else k
    return out


def _in_order(short: list[str] | tuple[str, ...], long: list[str] | tuple[str, ...]) -> bool:
    """Every word of ``short`` is in ``long``, in the same order."""
    it = iter(long)
    return all(w in it for w in short)


_SON_OF = frozenset(norm_tokens("بن ابن بنت"))
# Honorifics and ranks written before a name ("الملا منصور", "الشيخ فلان", "الدكتور فلان"): no part of the name.
_HONORIFICS = frozenset(norm_tokens("""الملا ملا الشيخ شيخ الدكتور دكتور د المهندس السيد الجنرال اللواء العميد
    العقيد الامير الأمير الحاج الاستاذ الأستاذ"""))


def _shorter_form(short: tuple[str, ...], long: tuple[str, ...], titled: bool = False) -> bool:
    """``short`` is ``long`` written with fewer of its names: same first and last word, the rest in order
    ("نايف البكري" of "نايف صالح عبدالقادر البكري"), the long one's beginning up to a father's name ("مشعل بن
    عبدالله" of "مشعل بن عبدالله بن مساعد"), the long one without its first name ("أختر منصور" of "محمد أختر
    منصور"), or — with ``titled``, a name written after an honorific — its last name alone ("الملا منصور")."""
    if titled and len(short) == 1 and len(long) >= 2 and short[0] == long[-1] and long[-2] not in _SON_OF:
        return True  # "الملا منصور" of "أختر منصور"; but "الأمير سلمان" is not "محمد بن سلمان", his son
    if len(short) >= 2 and len(long) == len(short) + 1 and long[1:] == short and short[0] not in _SON_OF:
        return True
    if len(short) < 2 or len(short) >= len(long) or short[0] != long[0]:
        return False
    if len(short) >= 3 and short[-2] in _SON_OF and long[:len(short)] == short:
        return True
    if short[-1] != long[-1]:
        return False
    it = iter(long)
    return all(w in it for w in short)


def _same_person(spans: list[dict[str, Any]], redirects: dict[str, str]) -> dict[str, tuple[str, str]]:
    """Person ids that name, in the changes of one owner (or of one title without an owner), the same person as
    a longer name: {id: (id, name) of the longest form}.  Arabic news gives a name with or without the father's and grandfather's names, and each
    form may become an entity of its own; for one office and direction they are one change with several
    sources.  A short form that two unrelated longer forms could complete stays as it is."""
    by_office: dict[tuple[str, str, str], dict[str, str]] = {}
    for row in spans:
        sp, d = row["span"], row["span"].data
        # the people of one organisation or country, whatever the title ("أمير طالبان", "زعيم طالبان");
        # a post of no one's, by its title
        key = ("", d["of"], _direction(sp.label)) if d.get("of") else (d["office"], "", _direction(sp.label))
        person = redirects.get(d["person"], d["person"])
        by_office.setdefault(key, {}).setdefault(person, d.get("person_name") or "")
    out: dict[str, tuple[str, str]] = {}
    for people in by_office.values():
        words = {p: _name_words(n) for p, n in people.items()}
        titled = {p for p, n in people.items() if len(norm_tokens(n)) > 1 and norm_tokens(n)[0] in _HONORIFICS}
        for p, w in words.items():
            longer = [q for q, v in words.items() if q != p and (v == w or _shorter_form(w, v, p in titled))]
            best = max([p, *longer], key=lambda q: (len(words[q]), q))
            if best != p and all(words[q] == words[best] or _shorter_form(words[q], words[best], q in titled)
                                 for q in longer):
                out[p] = (best, people[best])
    return out


def learned_roles(rows: Iterable[dict[str, Any]], options: RolesOptions | None = None) -> list[LearnedRole]:
    """The changes that count: accepted ones, and undecided ones at or above the threshold."""
    options = options or RolesOptions()
    out = []
    for r in rows:
        decision = r.get("decision")
        if decision == "reject" or (decision != "accept" and r["confidence"] < options.threshold):
            continue
        if not r.get("of_id"):
            continue  # an office without whose it is cannot be looked up
        out.append(LearnedRole(r["id"], r["person_id"], r.get("person_name") or "", r["office"], r["of_id"],
                               r.get("date"), r["direction"], r["change"], r.get("predecessor_id"),
                               list(dict.fromkeys(s["article_id"] for s in r.get("sources") or [])), r.get("of_name")))
    return out


def _role_title(kb: KnowledgeBase, office: str) -> str:
    roles = kb.office_roles.get(office)
    return roles[0] if roles else office


def with_learned_roles(kb: KnowledgeBase, roles: Iterable[LearnedRole]) -> KnowledgeBase:
    """A copy of ``kb`` whose office index also holds ``roles`` (the shipped facts are left as they are).

    A start from date D makes the person the holder from D and ends, at D, the term of whoever held the office
    then; an end at D ends the person's term.  People and places the KB does not know (discovered entities) are
    added as entities so role phrases can resolve to them; offices whose title no lexicon has ("وزير الصحة")
    become role titles.
    """
    roles = sorted(roles, key=lambda r: (r.date or "", r.direction != "end", r.change_id))
    if not roles:
        return kb
    out = replace(kb, offices={k: [replace(h) for h in v] for k, v in kb.offices.items()}, titles=dict(kb.titles),
                  office_roles=dict(kb.office_roles), entities=dict(kb.entities),
                  learned_names=dict(kb.learned_names), _gazetteer=None)
    for r in roles:
        if r.person_id not in out.entities:
            out.entities[r.person_id] = Entity(id=r.person_id, type="PER", name_ar=r.person_name,
                                               data={"source": "discovered"})
        if r.office not in out.office_roles:  # a title the news used: it is its own office
            out.office_roles[r.office] = (r.office,)
            out.titles.setdefault(tuple(norm_tokens(r.office)), r.office)
        key = (_role_title(out, r.office), r.of_id or "")
        holders = out.offices.setdefault(key, [])
        place = out.entities.get(r.of_id or "")
        if place is None or place.data.get("kind") != "country":  # countries are found by the gazetteer
            for name in ([*names_of(place)] if place else []) + ([r.of_name] if r.of_name else []):
                out.learned_names.setdefault(tuple(norm_tokens(name)), r.of_id or "")
        if r.direction == "start":
            for h in holders:  # the term of whoever held the office at that date ends then
                if h.entity_id != r.person_id and _holds(h, r.date):
                    h.end = r.date
            if not any(h.entity_id == r.person_id and _holds(h, r.date) for h in holders):
                holders.append(Holder(r.person_id, r.date, None))
        else:
            for h in holders:
                if h.entity_id == r.person_id and _holds(h, r.date):
                    h.end = r.date
    return out


def _holds(h: Holder, date: str | None) -> bool:
    if date is None:
        return h.end is None
    return (h.start is None or h.start[: len(date)] <= date) and (h.end is None or date < h.end)


# -- the corpus step ------------------------------------------------------------------------------------


def roles_step(store: "Store", options: Any = None, executor: Any = None) -> str:
    """Gather office changes into the ``office_changes`` table; re-link articles the learned roles change.

    Returns a one-line summary for ``marsad process``.
    """
    before = {_fingerprint(r) for r in learned_roles(store.office_changes())}
    rows = gather(store.office_change_spans(), store.entity_redirects())
    store.replace_office_changes(rows)
    current = store.office_changes()
    now = learned_roles(current)
    changed = [r for r in now if _fingerprint(r) not in before]
    relinked = relink_after(store, changed, executor=executor) if changed else 0
    # what is new said apart from the totals: a run with nothing to do repeated «13 office changes, 5 learned»
    text = f"office changes: {len(current)} in the news, {len(now)} learned, {len(changed)} new"
    return text + (f" ({counted(relinked, 'article')} to link again)" if relinked else "")


def _fingerprint(r: LearnedRole) -> tuple[Any, ...]:
    return (r.change_id, r.date, r.direction, r.office, r.of_id)


def phrase_finder(phrases: list[tuple[str | None, str]]) -> Callable[[str, str], bool]:
    """``found(text, day)``: does ``text`` (normalised tokens joined by single spaces, a space at each end) hold one
    of the ``(date, phrase)`` dated on or before ``day`` (or undated), as whole tokens?  The same answer as trying
    every phrase, found faster: the phrases by their first word (a title: رئيس، وزير، ولي), since a text without
    " رئيس " holds no " رئيس ... " — an article is searched for a few first words, then for the phrases of those
    it holds (a day's changed roles give a hundred phrases)."""
    by_first: dict[str, list[tuple[str | None, str]]] = {}
    for d, p in phrases:
        by_first.setdefault(f" {p.split(' ', 1)[0]} ", []).append((d, f" {p} "))
    firsts = list(by_first.items())

    def found(text: str, day: str) -> bool:
        return any(first in text and any((d is None or day >= d) and p in text for d, p in group)
                   for first, group in firsts)

    return found


# Articles per task when the articles naming a changed office are looked for on a pool of workers (``relink_after``).
_ARTICLES_PER_TASK = 500


def relink_after(store: "Store", changed: list[LearnedRole], executor: Any = None) -> int:
    """Mark for linking again the articles dated on or after a changed role that name its office.

    Returns how many articles were marked (``marsad process`` links them in the same run).  With an ``executor`` of
    several workers (the run's pool), the articles are read and searched there, in parts, while this process waits:
    the whole store's texts normalised (2015-07-21: some 0.45 s of the step's 0.55) with the workers idle otherwise.
    """
    from marsad.nlp.linking import kb_for
    from marsad.pipeline.stage import Resources

    kb = kb_for(Resources(settings={}))
    spec = load_offices_spec()
    phrases: list[tuple[str | None, str]] = []
    for r in changed:
        titles = list(spec.get(r.office, {}).get("titles") or []) or [r.office]
        of = kb.entities.get(r.of_id or "")
        of_names = names_of(of) + list(of.data.get("adj") or []) if of else []
        of_names += [r.of_name] if r.of_name else []
        if r.of_id and r.of_id.startswith("new:"):
            rows = store.get_entities([r.of_id])
            of_names += names_of(rows[r.of_id]) if r.of_id in rows else []
        for t in titles:
            for n in of_names:
                phrases.append((r.date, " ".join(norm_tokens(f"{t} {n}"))))
    since = min((d for d, _ in phrases if d), default=None)
    if executor is not None and (executor.workers > 1 or executor.distributed):
        from marsad.stories.cluster import StoreReader

        every = [aid for _seq, aid in store.article_seqs()]
        tasks = [(every[i:i + _ARTICLES_PER_TASK], since, phrases) for i in range(0, len(every), _ARTICLES_PER_TASK)]
        ids = [aid for found in executor.map(_naming, tasks, StoreReader(store.path)) for aid in found]
    else:
        ids = _naming(store, (None, since, phrases))
    store.forget_stage_runs(ids, _RELINK_STAGES)
    return len(ids)


def _naming(store: "Store", task: tuple[list[str] | None, str | None, list[tuple[str | None, str]]]) -> list[str]:
    """The ids of the articles (of ``ids``, or all), dated on or after ``since``, that hold one of the dated
    phrases, in store order (on a worker, with its own read-only store)."""
    ids, since, phrases = task
    names_one = phrase_finder(phrases)
    return [a.id for a in store.iter_articles(since=since, ids=ids)
            if names_one(" " + " ".join(norm_tokens(a.text)) + " ", (a.published_at or "")[:10])]


roles_step.relinks = True  # type: ignore[attr-defined]  # the runner links what it marked in the same run


# -- review ---------------------------------------------------------------------------------------------


def roles_listing(store: "Store", *, person: str | None = None, status: str | None = None,
                  options: RolesOptions | None = None) -> list[dict[str, Any]]:
    """Learned office changes for review, each with ``status``: learned | below (the threshold) | accepted |
    rejected | no-office (no country, organisation or city: not used for linking)."""
    options = options or RolesOptions()
    if status not in (None, "learned", "below", "accepted", "rejected", "no-office"):
        raise UsageError(f"--status expects learned, below, accepted, rejected or no-office, got {status!r}")
    out = []
    for r in store.office_changes(person_id=person):
        r["status"] = _status(r, options)
        if status is None or r["status"] == status:
            out.append(r)
    return out


def _status(r: dict[str, Any], options: RolesOptions) -> str:
    if r.get("decision") == "accept":
        return "accepted"
    if r.get("decision") == "reject":
        return "rejected"
    if not r.get("of_id"):
        return "no-office"
    return "learned" if r["confidence"] >= options.threshold else "below"


def decide(store: "Store", change: str, decision: str | None) -> dict[str, Any]:
    """Accept or reject a learned change (``None`` forgets the decision); the decision outlives every re-run.

    The articles the change affects are marked for linking again (the next ``marsad process`` does it).

    Raises:
        NotFoundError: no change has this id (or id prefix); UsageError: the prefix is ambiguous.
    """
    if decision not in ("accept", "reject", None):
        raise UsageError(f"a decision is accept or reject, got {decision!r}")
    rows = store.office_changes(change_id=change)
    if not rows:
        raise NotFoundError(f"no office change {change!r}; `marsad roles` lists them")
    if len(rows) > 1 and not any(r["id"] == change for r in rows):
        raise UsageError(f"{change!r} names {len(rows)} office changes; give more of the id")
    row = next((r for r in rows if r["id"] == change), rows[0])
    store.set_office_change_decision(row["id"], decision)
    row["decision"] = decision
    role = learned_roles([{**row, "decision": "accept"}])
    row["relinked"] = relink_after(store, role) if role else 0
    return row
