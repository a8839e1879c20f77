"""``marsad demo``: ingest the bundled corpus into a fresh database, process it, print a readable summary."""

from __future__ import annotations

import os
import shlex
from importlib import resources
from pathlib import Path

import marsad
from marsad.ingest.run import IngestOptions
from marsad.outlets import display_name
from marsad.pipeline.runner import ProcessOptions
from marsad.store import Store


def corpus_path() -> Path:
    """Folder of the bundled demo corpus (our own fictional Arabic news)."""
    return Path(str(resources.files("marsad.demo") / "corpus"))


def run_demo(db_path: str, *, workers: int = 1) -> str:
    """Build the demo database from scratch and return the summary text."""
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db_path + suffix):
            os.remove(db_path + suffix)
    with marsad.open(db_path) as m:
        m.ingest([str(corpus_path())], IngestOptions())
        proc = m.process(ProcessOptions(workers=workers))
        return m.summary(header=_header(m.store, db_path, proc.failures))


def _header(store: Store, db_path: str, failures: int) -> str:
    """Two plain lines: what was read, and what the analysis found in it."""
    stats = store.stats()
    kinds = stats["annotations"]
    found = [f"{kinds.get('sentence', 0):,} sentences", f"{kinds.get('mention', 0):,} mentions of actors",
             f"{kinds.get('quote', 0):,} quotes", f"{kinds.get('event', 0):,} events",
             f"{store.story_count():,} stories"]
    head = (f"Marsad demo: {stats['tables']['articles']} articles from {len(stats['outlets'])} outlets, "
            f"read and analysed into {db_path}")
    tail = f" ({failures} could not be analysed: see `marsad rejections`)" if failures else ""
    return head + "\nFound " + ", ".join(found) + tail


def summary(store: Store, *, header: str = "") -> str:
    """A readable overview of what a database holds: sections are added as capabilities grow."""
    lines = [header, ""] if header else []
    stats = store.stats()
    lines.append(f"{stats['tables']['articles']} articles from {len(stats['outlets'])} outlets:")
    for outlet, n in stats["outlets"].items():
        lines.append(f"  {n:>3}  {display_name(outlet)}")
    for section in _sections():
        text = section(store)
        if text:
            lines += ["", text]
    rej = store.rejections()
    if rej:
        lines += ["", f"{len(rej)} rejected (see `marsad rejections`)"]
    base = command_on(store)
    lines += ["", "Explore (each line a command to paste):"]
    lines += [f"  {base} {rest}" for rest in ("stories", "story ID", "search QUERY", "serve")]
    return "\n".join(lines)


def command_on(store: Store) -> str:
    """The start of a command that reads ``store``, quoted for a shell: ``marsad --db 'my news.db'``."""
    return f"{shlex.quote(command_name())} --db {shlex.quote(str(store.path))}"


def command_name() -> str:
    """How to call marsad from here: ``marsad`` when the shell finds this one, else its path (`.venv/bin/marsad`)."""
    import shutil
    import sys

    here = Path(sys.argv[0]).resolve() if sys.argv and sys.argv[0] else None
    found = shutil.which("marsad")
    if here is None or here.name != "marsad" or (found and Path(found).resolve() == here):
        return "marsad"
    try:
        return str(here.relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(here)


def actors_section(store: Store, top: int = 8) -> str:
    """The most mentioned actors, with their spellings linked into one."""
    from marsad.nlp.entity_queries import list_entities

    rows = list_entities(store, limit=top)
    if not rows:
        return ""
    lines = ["Most mentioned actors:"]
    for r in rows:
        name = r["name_ar"] or r["id"]
        lines.append(f"  {r['mentions']:>4} mentions in {r['articles']:>2} articles  {name}"
                     + (f" ({r['name_en']})" if r.get("name_en") else "") + f"  [{r['id']}]")
    return "\n".join(lines)


def quotes_section(store: Store, top: int = 4) -> str:
    """Statements carried by the most outlets, each outlet's wording beside the other."""
    from marsad.nlp.quote_records import quotes_listing
    from marsad.stories.summary import shorten

    groups = sorted(quotes_listing(store), key=lambda g: (-len(g.outlets), -len(g.quotes), g.id))[:top]
    if not groups:
        return ""
    total = store.span_count("quote")
    lines = [f"{total} quotes; the statements reported most widely:"]
    for g in groups:
        lines.append(f"  {g.speaker_name} ({g.kind}) — reported by {len(g.outlets)} outlets")
        for q in g.quotes[:3]:
            lines.append(f"    {display_name(q.outlet) if q.outlet else q.article_id}: «{shorten(q.content, 90)}»")
    return "\n".join(lines)


def events_section(store: Store) -> str:
    """Who did what to whom: event counts by type, and the agreements signed with their clauses."""
    from marsad.nlp.events.treaties import treaties

    counts = store.label_counts("event")
    if not counts:
        return ""
    lines = ["Events: " + ", ".join(f"{label} {n}" for label, n in counts)]
    for t in treaties(store)[:3]:
        parties = " – ".join(p.get("name_en") or p.get("name") or "?" for p in t.parties)
        lines.append(f"  agreement: {t.name or '(unnamed)'} · {parties} · signed {t.date_signed or '?'} · "
                     f"{len(t.sources)} source{'s' if len(t.sources) != 1 else ''}")
        for c in t.clauses[:4]:
            lines.append(f"    clause: {c.kind}{' (' + c.area + ')' if c.area else ''} — {len(c.sources)} source{'s' if len(c.sources) != 1 else ''}")
    return "\n".join(lines)


def _sections():
    """Summary sections in order: stories first (the point of Marsad), then actors, quotes, events."""
    from marsad.stories.summary import demo_section

    return [demo_section, actors_section, quotes_section, events_section]
