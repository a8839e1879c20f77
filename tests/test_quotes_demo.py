"""Quotes on the bundled demo corpus (our own fictional news), scored against the planted quotes of expected.json.

The demo pipeline runs once for the module; the score follows the official
seed scorer: a gold quote is found when a quote of the same file holds its
snippet (diacritics and spaces folded) and its speaker matches the gold
speaker's English or Arabic name (the full name or its last word, since the
text often uses a short form or a title).
"""

from __future__ import annotations

import json
import re
from importlib import resources

import pytest

from marsad.demo.run import run_demo
from marsad.nlp.quote_records import QuoteRecord, list_quotes
from marsad.store import open_store

# Raise this when the demo score goes up; never lower it to make a change pass.
FOUND_FLOOR = 46


def _norm(s: str | None) -> str:
    s = re.sub(r"[\u064B-\u0652\u0640]", "", s or "")
    s = re.sub(r"[أإآ]", "ا", s)
    return re.sub(r"\s+", " ", s).strip().lower()


def _names(sp: dict) -> list[str]:
    return [_norm(v) for k, v in sp.items() if isinstance(v, str) and k in ("text", "name_ar", "name_en", "title")]


def _wanted(gold: dict) -> list[str]:
    ar = _norm(gold["speaker_ar"])
    return [_norm(gold["speaker_en"]), ar, ar.split()[-1]]


def _speaker_ok(gold: dict, rec: QuoteRecord) -> bool:
    return any(w == n or (len(w) > 3 and w in n) for w in _wanted(gold) for n in _names(rec.speaker))


def _in_file(rec: QuoteRecord, file: str) -> bool:
    return rec.origin.endswith("/" + file) or rec.origin == file


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> tuple[list[dict], list[QuoteRecord]]:
    db = str(tmp_path_factory.mktemp("demo") / "demo.db")
    run_demo(db)
    store = open_store(db)
    try:
        quotes = list_quotes(store)
    finally:
        store.close()
    expected = json.loads((resources.files("marsad.demo") / "expected.json").read_text(encoding="utf-8"))
    gold = [q for story in expected["stories"].values() for q in story.get("quotes", [])]
    return gold, quotes


def _score(gold: list[dict], quotes: list[QuoteRecord]) -> tuple[list[dict], list[dict], list[QuoteRecord]]:
    """(gold found, gold whose content was found with a wrong speaker, predicted quotes holding no gold snippet)."""
    found, wrong = [], []
    for g in gold:
        snip = _norm(g["content_snippet"])
        cands = [q for q in quotes if _in_file(q, g["file"]) and snip in _norm(q.content)]
        if any(_speaker_ok(g, q) for q in cands):
            found.append(g)
        elif cands:
            wrong.append(g)
    extra = [q for q in quotes
             if not any(_in_file(q, g["file"]) and _norm(g["content_snippet"]) in _norm(q.content) for g in gold)]
    return found, wrong, extra


def test_demo_quotes_found_with_right_speaker(demo):
    gold, quotes = demo
    found, wrong, extra = _score(gold, quotes)
    for g in gold:
        if g not in found:
            what = "speaker wrong" if g in wrong else "content not found"
            print(f"missing ({what}): {g['file']} {g['speaker_en']}: {g['content_snippet']}")
    for q in extra:
        print(f"extra: {q.origin.rsplit('/', 1)[-1]} {q.speaker.get('text')}: {q.content[:70]}")
    print(f"demo: {len(found)}/{len(gold)} gold quotes found with the right speaker; "
          f"{len(wrong)} with a wrong speaker; {len(extra)} extra of {len(quotes)} output")
    assert len(gold) >= 40, "expected.json lost its quotes"
    assert len(found) >= FOUND_FLOOR, f"{len(found)}/{len(gold)} found"


# A word after the speaker's first naming whom it was said to: "للصحفيين", "لوكالة ...", "للتلفزيون".
# ("وكالة النهار للأنباء", "المعهد الوطني للرصد": a لـ inside a body's own name is fine.)
_ADDRESSEE_RE = re.compile(r"\sل(?:ل?صح[اف]|ل?مراسل|ل?وكال|ل?قنا[ةه]|ل?موقع|ل?شبك|ل?[إا]ذاع|ل?تلفزيون|ل?تليفزيون)\w*")


def test_demo_speakers_carry_no_addressee(demo):
    _, quotes = demo
    glued = [(q.speaker.get("text"), q.content[:50]) for q in quotes if _ADDRESSEE_RE.search(q.speaker.get("text") or "")]
    assert not glued, glued
