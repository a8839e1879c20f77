"""The stories section of ``marsad demo``: top stories with their outlets, timeline and disagreements."""

from __future__ import annotations

from marsad.store import Store
from marsad.stories.view import list_stories, story_view


def shorten(text: str, n: int = 110) -> str:
    """One line of at most ``n`` characters (whitespace folded, … when cut)."""
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def demo_section(store: Store, *, top: int = 3) -> str:
    """A readable summary of the largest stories (empty when there are none)."""
    stories = list_stories(store, limit=top)
    if not stories:
        return ""
    total = store.story_count()
    lines = [f"{total} stories; the largest:"]
    for s in stories:
        view = story_view(store, s["id"])
        if view is None:
            continue
        lines.append("")
        lines.append(f"  {view['title']}")
        lines.append(f"    {view['id']} · {view['size']} articles · {view['first_seen'] or '?'} – {view['last_seen'] or '?'}")
        lines.append("    outlets: " + ", ".join(f"{o['outlet']} ({len(o['articles'])})" for o in view["outlets"]))
        for t in view["timeline"][:3]:
            lines.append(f"    {t['date']}: {shorten(t['text'], 90)}")
        comp = view["comparison"]
        for d in comp["disagreements"][:3]:
            values = "; ".join(f"{v['value']} ({', '.join(v['outlets'])})" for v in d["values"])
            lines.append(f"    disagree on {d['about']}: {values}")
        agreed = [a for a in comp["agreements"] if a["kind"] == "fact"][:2]
        for a in agreed:
            lines.append(f"    agree on {a['about']}: {a['value']} ({len(a['outlets'])} outlets)")
        for c in comp["single_outlet_claims"][:1]:
            lines.append(f"    only {c['outlet']}: {shorten(c['about'], 90)}")
    lines.append("")
    from marsad.demo.run import command_on

    lines.append(f"  More: {command_on(store)} stories")
    lines.append(f"        {command_on(store)} story ID")
    return "\n".join(lines)
