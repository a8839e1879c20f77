"""The data functions of the story views: one dict each, rendered by the CLI, the API and the web pages."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from functools import lru_cache
from typing import Any

from marsad.errors import InputError
from marsad.models import Doc, Span, to_dict
from marsad.store import Store
from marsad.stories.compare import CompareOptions, align, compare, label_source, story_sentences
from marsad.stories.digest import extractive_summary, quotes_by_speaker, timeline
from marsad.stories.features import DATE_RE, article_date, entity_rarity

LAYERS = ("sentence", "timex", "mention", "quote", "event")
KEY_ACTOR_IDF = 3.0  # a one-word name at least this rare can be a key actor (المملكة, in every Saudi article, cannot)


def is_key_actor(name: str) -> bool:
    """Can this name stand for a key actor of a story?  Not a currency (ريال, دولار: units the tagger took
    for names), not a one-word name found in almost every article."""
    from marsad.arabic.normalize import fold_for_search
    from marsad.stories.facts import UNITS

    words = fold_for_search(name).split()
    bare = [w[2:] if w.startswith("ال") and len(w) > 4 else w for w in words]
    if not words or all(w in UNITS["money"] or b in UNITS["money"] for w, b in zip(words, bare)):
        return False
    return len(words) > 1 or entity_rarity(name) >= KEY_ACTOR_IDF


MAX_KEY_ACTORS = 12
_CLITICS = ("و", "ف", "ب", "ل")


def _unclitic(folded: str) -> set[str]:
    """The forms a folded name could have without a conjunction or preposition glued to its first word
    («وهيثم الملحاني», «للبنك المركزي», «لزمالك» for «الزمالك»)."""
    first, _, rest = folded.partition(" ")
    forms = set()
    if first.startswith("لل") and len(first) > 3:
        forms.add("ال" + first[2:])
    if first.startswith("ل") and len(first) > 3:
        forms.add("ا" + first)
    if first[:1] in _CLITICS and len(first) > 3:
        forms.add(first[1:])
    return {(f + " " + rest).strip() for f in forms}


def _conjoined(folded: str) -> bool:
    """A name opening with «و» before the definite article («والكورنيش», «والوسطى والكاريبي»): a conjunction and
    a noun the tagger cut off a list, not a name (a foreign name such as «والتر» is shorter)."""
    first = folded.partition(" ")[0]
    return first.startswith("وال") and len(first) >= 6


def _credited(docs: list[Doc]) -> set[str]:
    """The folded names of who wrote or supplied the story's articles: their bylines and credited sources."""
    from marsad.arabic.normalize import fold_for_search

    out = set()
    for d in docs:
        prov = d.article.provenance
        for name in [*d.article.authors, prov.original_outlet, prov.source_credit, prov.translated_from]:
            if name:
                out.add(" ".join(fold_for_search(str(name)).split()))
    return out


def key_actors(entities: dict[str, float], names: dict[str, str], docs: list[Doc]) -> list[tuple[str, float]]:
    """The (key, weight) of a story's key actors, heaviest first, at most MAX_KEY_ACTORS.

    Left out: shared facts ("fact:dead=12"), names made of common words (a currency, "the Kingdom"), news outlets and
    agencies (the outlet registry; a place of the knowledge base keeps its name, «الشرق الأوسط»), the articles'
    own bylines (a byline's city stays), names given only in datelines or as the naming article's own outlet, a
    name spelt again with a conjunction or preposition glued on («وهيثم الملحاني» beside «هيثم الملحاني») or a
    conjunction and a noun («والكورنيش»), and a second actor shown with the same name.  (A name only one article
    of a story of four or more gives is kept: read blind on 2015-08-03, leaving such names out dropped 38 right key
    actors — the executed man, the victim, a governor quoted — for 17 wrong ones.)
    """
    from marsad.arabic.normalize import fold_for_search
    from marsad.nlp.given_names import is_article_entity
    from marsad.nlp.linking import dateline_place
    from marsad.outlets import canonical, lookup
    from marsad.stories.features import entity_key, is_media_name

    # how many articles name each actor outside a dateline ("محمد حضاض- سبق- جدة:" names the reporter and where
    # the report was filed, not who the story is about); a name found only in datelines is no key actor
    # (nor is a name an article gives to its own outlet: «الشرق الأوسط» in Asharq Al-Awsat's "told «الشرق الأوسط»"
    # is the newspaper, whatever place the name was linked to)
    support: dict[str, int] = defaultdict(int)
    datelined: set[str] = set()
    for d in docs:
        inside, outside = set(), set()
        own = canonical(d.article.outlet, d.article.url)
        for m in d.layers.get("mention", []):
            k, name = entity_key(m, d.article.text)
            if own and (found := lookup(name)) is not None and found.key == own:
                inside.add(k)
            else:
                (inside if dateline_place(d.article.text, m.start, m.end) else outside).add(k)
        for k in outside:
            support[k] += 1
        datelined |= inside
    folded = {k: " ".join(fold_for_search(n).split()) for k, n in names.items() if not k.startswith("fact:")}
    story_names = set(folded.values())
    credited = _credited(docs)
    # (heaviest first, asked one by one until twelve are found: the same twelve, in the same order, as filtering
    # every entity and then sorting — the sort is stable — without asking the hundreds of light ones)
    out: list[tuple[str, float]] = []
    shown: set[str] = set()
    for k, v in sorted(entities.items(), key=lambda kv: -kv[1]):
        if k.startswith("fact:"):
            continue
        name = names.get(k, k.removeprefix("name:"))
        f = folded.get(k) or " ".join(fold_for_search(name).split())
        place = k.startswith("loc:") or k.endswith(":LOC")  # (a byline's city is no author: «لحج», «زيوريخ»)
        if f in shown or not is_key_actor(name) or is_media_name(name) or (f in credited and not place) \
                or is_article_entity(k):  # «محمد» alone: a person of one article, no actor (actors49)
            continue
        if not k.startswith("loc:") and lookup(name) is not None:
            continue  # an outlet or agency: who reported, not who the story is about
        if _unclitic(f) & story_names or _conjoined(f) or (k in datelined and not support.get(k)):
            continue
        shown.add(f)
        out.append((k, v))
        if len(out) == MAX_KEY_ACTORS:
            break
    return out


def resolve_story(store: Store, story_id: str) -> str | None:
    """A story id (or unique prefix) to the surviving story, following merges."""
    row = store.get_story(story_id)
    if row is None and len(story_id) >= 4:
        ids = store.story_ids_with_prefix(story_id, limit=2)
        row = store.get_story(ids[0]) if len(ids) == 1 else None
    seen: set[str] = set()
    while row and row["merged_into"] and row["id"] not in seen:
        seen.add(row["id"])
        row = store.get_story(row["merged_into"])
    return row["id"] if row else None


def _article_entry(r: dict[str, Any]) -> dict[str, Any]:
    prov = r.get("provenance") or {}
    source = label_source(r["outlet"], r["url"], [prov.get("original_outlet"), prov.get("source_credit"),
                                                  prov.get("translated_from")], r["origin"], r["id"])
    return {"id": r["id"], "outlet": r["outlet"], "source": source, "title": r["title"],
            "published_at": r["published_at"], "origin": r["origin"], "url": r["url"],
            "syndication_group": prov.get("syndication_group"), "syndicated_from": prov.get("syndicated_from")}


def _members(store: Store, story_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    return {sid: [_article_entry(r) for r in rows] for sid, rows in store.story_members(story_ids).items()}


def list_stories(store: Store, *, since: str | None = None, min_size: int = 1, limit: int | None = None,
                 until: str | None = None, outlet: str | None = None,
                 entity: str | None = None) -> list[dict[str, Any]]:
    """Stories, largest and latest first: id, title, size, outlets, first/last seen and their articles.

    Args:
        since: only stories last seen on or after this ISO date (undated stories are kept).
        until: only stories first seen on or before this ISO date (a month or a year takes all its days).
        outlet: only stories with an article of this outlet (any of its names).
        entity: only stories with an article that mentions this actor (an id, a name or a part of one, as
            ``marsad articles --entity`` takes it): the way to follow an actor from story to story.
        min_size: only stories with at least this many articles.
        limit: at most this many stories.
    """
    if since is not None and not DATE_RE.match(since) and not since[:4].isdigit():
        raise InputError(f"--since expects an ISO date like 2024-06-19, got {since!r}")
    from marsad.filters import Reported, out_of_order

    problem = out_of_order(since, until)
    if problem:
        raise ValueError(problem)
    reported = Reported(None, until, outlet)
    if entity and not store.get_entities([entity]):
        from marsad.nlp.entity_queries import known_entity

        entity = known_entity(store, entity).id
    rows = store.stories(since=since or None, min_size=min_size, limit=limit, until=until or None,
                         outlet=reported.outlet_key(store), entity=entity or None)
    members = _members(store, [r["id"] for r in rows])
    out = []
    for r in rows:
        arts = members.get(r["id"], [])
        outlets = sorted({a["source"] for a in arts})
        out.append({"id": r["id"], "title": story_title(r["title"], arts), "size": len(arts), "outlets": outlets,
                    "first_seen": r["first_seen"], "last_seen": r["last_seen"], "articles": arts})
    return out


def story_title(title: str | None, arts: list[dict[str, Any]]) -> str:
    """A story's title: the one stored (its first article's), else the first title among its articles, so that a
    listing and the story's page do not show a blank when the first article had none (a scraped page)."""
    return title or next((a["title"] for a in arts if a.get("title")), "")


def story_docs(store: Store, article_ids: list[str]) -> list[Doc]:
    """The story's articles with their annotation layers (sentences, time expressions, mentions, quotes, events)."""
    # (the articles and their spans in two queries, not two an article: each article's spans in the order
    # ``store.spans(aid, LAYERS)`` gives them)
    articles = store.get_articles(article_ids)
    spans = store.spans_of([aid for aid in article_ids if aid in articles], LAYERS, as_stored=False)
    docs = []
    for aid in article_ids:
        article = articles.get(aid)
        if article is None:
            continue
        layers: dict[str, list[Span]] = defaultdict(list)
        for s in spans[aid]:
            layers[s.kind].append(s)
        docs.append(Doc(article, dict(layers)))
    return docs


def story_of(store: Store, article_id: str) -> str | None:
    """The story an article belongs to."""
    story = store.story_of_article(article_id)
    return resolve_story(store, story) if story else None


def _background_cutoff(first_seen: str, days: int = 60) -> str:
    """Dates before this belong to the background, not to the story's timeline."""
    from datetime import date, timedelta

    return (date.fromisoformat(first_seen[:10]) - timedelta(days=days)).isoformat()


# A story of hundreds of articles is read through a sample: timeline, quotes, summary and the comparison
# come from at most this many, chosen to cover every outlet (the cost grows with the square of it).
MAX_COMPARED = 24


def representative(arts: list[dict[str, Any]], limit: int) -> list[dict[str, Any]]:
    """Up to ``limit`` articles: one per syndication group, taken in turn from each source, in story order."""
    if len(arts) <= limit:
        return arts
    seen_groups: set[str] = set()
    by_source: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for a in arts:
        group = a.get("syndication_group")
        if group and group in seen_groups:
            continue  # a copy says what its original says
        if group:
            seen_groups.add(group)
        by_source[a.get("source") or a.get("outlet") or ""].append(a)
    queues = sorted(by_source.values(), key=lambda q: -len(q))
    picked: list[dict[str, Any]] = []
    while len(picked) < limit and any(queues):
        for q in queues:
            if q and len(picked) < limit:
                picked.append(q.pop(0))
    order = {a["id"]: i for i, a in enumerate(arts)}
    return sorted(picked, key=lambda a: order[a["id"]])


VIEW_VERSION = "30"  # bump when what a story view holds changes (5: no phantom "ألف" or named year as a figure;
# 6: a multiplier, أمثال/أضعاف, or رغم after a name's number is no counted noun; 7: plural and accusative multipliers,
# "3 مليارات دولار", are part of the number; 8: a timeline sentence is one item, at its own day rather than its
# dateline's, weeks in date order; 9: a sum's label names its currency, "3 billion dollars"; 10: numbers dotted by
# thousands read whole, a plan's or list's number counts nothing, a closure and a reopening are no one statement,
# an untitled story takes a member's headline; 11: «فتحت» opens, a wording of neither joins no closure to its
# reopening, «٫» dotting thousands as "." does; 12: key actors without outlets, bylines, clitic spellings and
# names only one of four or more articles gives; 13: those names back; 14: an agreed figure's ``value_ar``; 15: a
# disagreement's sides show the two figures that clash, not the first of each one's chain of agreeing figures; 16:
# a verb, a preposition with the article or كانون/تشرين of a month's name after a number is no counted noun; 17:
# nor كانون/تشرين of «كانون ثاني», a month's name written without the article; 18: nor a function word behind و
# or ف, «وسوف»; a sentence an outlet wrote twice, a page and its copy, shown once; 19: a summary sentence cites no
# sentence that tells its act otherwise, a signing to come for the signing done — fixes45; 20: nor a preposition
# with its pronoun, «3 منهم»: «عدد منهم: 3», usability45; 21: «سيتم توقيع» is the act «وقّع» tells, by the verbal
# noun's lexicon key, and «وتم» is «تم» — lastread43; 22: a preposition after «تم», «تم خلال», is no act; 23: a
# perfect in ت or ن, «ناقشت», «ندد», «تعاونت», is done, not read as an imperfect — fixes46; 24: an article dated by
# its fetch alone dates a timeline item by its "today" («بيان صدر اليوم») as a bound, ``date_bound`` "on_or_before",
# and its lead's item is of kind "fetched"; 25: a speaker's same words in several articles are one quote citing
# them all, ``also`` — usability46; 26: a bare given name kept to its article («محمد» alone) is no key actor —
# actors49; 27: each ``also`` of a quote says where its words stand, ``start``/``end`` — usability48; 28: a day or
# a month named, «السابع من حزيران», in a report dated by its fetch is no bound, only one counted from that day;
# 29: counted nouns labelled by their definite plural, one agreed figure shown once; 30: no month name or half of a
# compound name as an outlet's wording — fixes48)


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """What a stored view depends on besides the story itself: this code and the analysis stage versions."""
    from marsad.pipeline.registry import builtin_stages

    stages = ",".join(f"{s.name}={s.version}" for s in builtin_stages())
    return hashlib.sha256(f"{VIEW_VERSION};{stages}".encode()).hexdigest()[:16]


def story_view(store: Store, story_id: str, *, options: CompareOptions | None = None) -> dict[str, Any] | None:
    """Everything about one story: title, key entities, outlets and articles, first/last seen, timeline,
    quotes by speaker, an extractive summary citing its articles, and the cross-source comparison.

    Reads the view stored after clustering when it is still valid, else computes it.
    Returns None when there is no such story.
    """
    sid = resolve_story(store, story_id)
    if sid is None:
        return None
    if options is None:
        cached = store.stored_story_view(sid, fingerprint())
        if cached is not None:
            return cached
    return compute_story_view(store, sid, options=options)


def compute_story_view(store: Store, sid: str, *, options: CompareOptions | None = None) -> dict[str, Any]:
    """The story view, computed from the story's articles and their annotations."""
    row = store.get_story(sid)
    arts = _members(store, [sid]).get(sid, [])
    compared = representative(arts, MAX_COMPARED)
    docs = story_docs(store, [a["id"] for a in compared])
    centroid = row["centroid"] or {}
    outlets: dict[str, list[str]] = defaultdict(list)
    for a in arts:
        outlets[a["source"]].append(a["id"])
    days = []
    for d in docs:
        day = article_date(d.article, d.layers.get("timex", []))
        if day:
            days.append(day)
    names = centroid.get("names", {})
    entities = key_actors(centroid.get("entities", {}), names, docs)
    terms = sorted(centroid.get("terms", {}).items(), key=lambda kv: -kv[1])[:15]
    opts = options or CompareOptions()
    sents = story_sentences(docs)
    pairs = align(sents, opts.related_similarity)
    total = sum(centroid.get("terms", {}).values()) or 1.0
    return {
        "id": sid,
        "title": story_title(row["title"], arts) or (sents[0].text[:120] if sents else ""),
        "size": len(arts),
        "first_seen": min(days) if days else row["first_seen"],
        "last_seen": max(days) if days else row["last_seen"],
        "key_entities": [{"id": k, "name": names.get(k, k.removeprefix("name:")), "weight": round(v, 3)}
                         for k, v in entities],
        "key_terms": [{"term": k, "weight": round(v / total, 4)} for k, v in terms],
        "outlets": [{"outlet": o, "articles": ids} for o, ids in sorted(outlets.items(), key=lambda kv: (-len(kv[1]), kv[0]))],
        "articles": arts,
        "compared_articles": len(compared),
        "timeline": timeline(docs, since=_background_cutoff(min(days)) if days else None),
        "quotes": quotes_by_speaker(docs),
        "summary": extractive_summary(sents, pairs, centroid.get("terms", {})),
        "comparison": compare(docs, opts, sents=sents, pairs=pairs),
    }


# Stories per task when the views are computed on a pool of workers (a few hundred stories a day: small tasks
# keep both workers busy to the end).
_VIEWS_PER_TASK = 8


def materialize_step(store: Store, options: Any = None, executor: Any = None, *, min_size: int = 2) -> str:
    """Corpus step: store the views of stories (of ``min_size`` articles or more) that changed since last time.

    Each story's view depends on that story alone: on a pool of workers (``marsad process --workers N``) they
    are computed there and stored here, so this step does not leave the other cores idle.
    """
    fp = fingerprint()
    stale = store.stale_story_views(fp, min_size=min_size)
    if executor is not None and executor.workers > 1 and len(stale) > 1:
        from marsad.stories.cluster import StoreReader

        # (a few stories, as the second round of a run gives: one task each worker, not one here)
        per = min(_VIEWS_PER_TASK, -(-len(stale) // executor.workers))
        tasks = [stale[i:i + per] for i in range(0, len(stale), per)]
        for views in executor.map(_views_of, tasks, StoreReader(store.path)):
            with store.transaction():
                for sid, updated_at, view in views:
                    store.save_story_view(sid, updated_at, fp, view)
    else:
        for i in range(0, len(stale), 50):
            with store.transaction():
                for sid, updated_at in stale[i:i + 50]:
                    store.save_story_view(sid, updated_at, fp, compute_story_view(store, sid))  # (the store's JSON
                    # encodes dataclasses as ``to_dict`` does: the same text without copying the view first)
    return f"story views: {len(stale)} stored" if stale else ""


def _views_of(store: Store, stale: list[tuple[str, str]]) -> list[tuple[str, str, dict[str, Any]]]:
    """(story id, updated_at, view) of each stale story (on a worker, with its own read-only store)."""
    return [(sid, updated_at, to_dict(compute_story_view(store, sid))) for sid, updated_at in stale]
