"""The UniversalPETRARCH Arabic verb dictionary, reduced to a fallback lexicon for the event coder.

:func:`build_petrarch_lexicon` reads ``VERBS.DICT.AR.LEMMA.V3.txt`` (MIT, Open
Event Data Alliance) from ``../shared/data/petrarch_arabic`` and the 2021
CAMEO→PLOVER table, and writes ``data/petrarch_verbs.json``: verb lemmas whose
CAMEO code maps to a PLOVER type, with their conjugated forms minus frequent
words.  The coder loads that file; it never reads ``../shared`` at run time.
Rebuild with::

    python -c "from pathlib import Path; from marsad.nlp.events.petrarch import build_petrarch_lexicon as b; \
        b(Path('../shared/data/petrarch_arabic'), Path('../shared/data/plover/CAMEO2PLOVER-2021.txt'), \
          Path('src/marsad/nlp/events/data/petrarch_verbs.json'))"
"""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path

from marsad.nlp.events.lexicon import CAMEO_ROOTS, Trigger, _w, fold


# -- PETRARCH ------------------------------------------------------------------------

# Forms that are (also) frequent function or content words; PETRARCH's generated
# conjugations of e.g. قبل (receive) include قبل (before).
_PETRARCH_STOP = _w("قبل بعد علم قال قالت يقول تقول عن عند منذ ضمن حول دون بين ثم كان كانت يكون تكون اي ان "
                    "قد لقد تم تمت يتم لم لن ما من الى على في هذا هذه ذلك تلك عام عاما حين قول امر امرا "
                    "اهم شمل عمل بنى جمع سعد ضرب وصل لقي سلم عطف اثار اشار اكد زعم")


# The lemmas kept.  The others misfire on news text (checked on SaudiNewsNet): their
# generated forms are nouns or particles (وفقا، وزارة، حرس الحدود), speech verbs (صرح) or
# machine-translation glosses (منع → obstruct/protest, ضافي → host).
PETRARCH_KEEP = frozenset(fold(w) for w in (
    "خطف قبض عاقب مدح ساند قتل حجز طرد غزو هجم قصف ندد دان نقد هدد رفض زار ساعد أشاد حث طالب دعا دعو".split()))


def cameo_to_plover(code: str, table: dict[str, tuple[str, str]] | None = None) -> tuple[str | None, str]:
    """PLOVER (type, mode) of a CAMEO code: the detailed table when given, else the 2-digit root."""
    code = code.strip()
    if table and code in table:
        return table[code]
    return CAMEO_ROOTS.get(code[:2]), ""


def parse_cameo2plover(text: str) -> dict[str, tuple[str, str]]:
    """Parse the CAMEO→PLOVER conversion table (``code: TYPE, mode, context # gloss``)."""
    table: dict[str, tuple[str, str]] = {}
    for line in text.splitlines():
        m = re.match(r"^(\d{2,4}):\s*([A-Z]+)\s*(?:,\s*([^,#]*))?", line)
        if m:
            table[m.group(1)] = (m.group(2), (m.group(3) or "").strip())
    return table


def build_petrarch_lexicon(petrarch_dir: Path, plover_table: Path, out: Path) -> int:
    """Reduce PETRARCH's Arabic verb dictionary to ``out`` (JSON): forms → CAMEO/PLOVER.

    Keeps verb lemmas with a CAMEO code whose PLOVER type is not dropped, their
    conjugated forms minus frequent words. Returns the number of entries written.
    """
    table = parse_cameo2plover(plover_table.read_text(encoding="utf-8"))
    text = (petrarch_dir / "VERBS.DICT.AR.LEMMA.V3.txt").read_text(encoding="utf-8")
    entries: dict[tuple[str, str], set[str]] = {}
    for m in re.finditer(r"^--- (\S+)\s+\[(\d+)\] ---\s*\n\{([^}]*)\}", text, flags=re.M):
        lemma, code, forms = m.group(1), m.group(2), m.group(3).split()
        plover, _mode = cameo_to_plover(code, table)
        if not plover or fold(lemma) not in PETRARCH_KEEP:
            continue
        # forms ending in ة/ه are nouns or adjectives (إضافية), never the conjugations meant here
        keep = {fold(f) for f in forms if not fold(f).endswith("ه")} - _PETRARCH_STOP
        entries.setdefault((fold(lemma), code), set()).update(f for f in keep if len(f) >= 3)
    rows = []
    for (lemma, code), forms in sorted(entries.items()):
        plover, mode = cameo_to_plover(code, table)
        rows.append({"lemma": lemma, "cameo": code, "plover": plover, "mode": mode, "forms": sorted(forms)})
    payload = {
        "about": "Derived from UniversalPETRARCH VERBS.DICT.AR.LEMMA.V3 (MIT, Open Event Data Alliance); "
                 "CAMEO codes mapped with CAMEO2PLOVER-2021. Built by marsad.nlp.events.petrarch.build_petrarch_lexicon.",
        "verbs": rows,
    }
    out.write_text(json.dumps(payload, ensure_ascii=False, indent=0), encoding="utf-8")
    return len(rows)


def petrarch_patterns() -> list[tuple[list[str], Trigger]]:
    try:
        raw = resources.files("marsad.nlp.events").joinpath("data/petrarch_verbs.json").read_text(encoding="utf-8")
    except FileNotFoundError:  # the derived file is optional: the hand lexicon works alone
        return []
    out = []
    for row in json.loads(raw)["verbs"]:
        out.append((row["forms"], Trigger(f"petrarch:{row['lemma']}", row["plover"], row["mode"],
                                          confidence=0.45, cameo=row["cameo"], source="petrarch")))
    return out
