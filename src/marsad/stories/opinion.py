"""Opinion and analysis pieces: a column on an event is not a report of it.

A columnist's piece on the Iran deal shares the deal's names and words with the deal's reports, so the pair model
puts it in the deal's story; several columns then make that story mixed, and one column on two subjects can draw two
stories together.  :func:`is_opinion` tells such pieces apart, and the grouper places them on their own
(``GroupOptions.opinion_apart``): they never join, seed or bridge a news story.

Two signals, in this order:

1. **The outlet's opinion section**, when its web address says it (``data/opinion_sections.txt``: a host, a
   pattern over the path, and whether the pattern says "opinion"): a site that files columns under a section of
   their own tells every one of its pages apart, columns and news, so for such a host the address decides alone.
2. **The text**, for the other outlets: a columnist argues in the first person ("نحن", "أعتقد", "بلادنا"), asks
   and exclaims, weighs ("لكن", "ربما", "ينبغي"), and hardly ever attributes ("قال", "أكد", "أوضح"), which a report
   does sentence after sentence; a byline naming a person (not an agency, not "staff") adds a little, a quoted or
   colon headline and an interview's "لـ«...»" take some away.  The weights are a logistic regression fit on the
   pages whose address gives their section (al-Sharq al-Awsat, al-Watan, al-Jazirah, SaudiNewsNet days outside the
   frozen pages; :mod:`marsad.stories.train_opinion` trains them); the threshold is high (``TEXT_THRESHOLD``) because a report kept
   out of its story costs more than a column left in: interviews and long features look like columns too.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from urllib.parse import urlsplit

from marsad.arabic.normalize import fold_for_search

TEXT_CHARS = 6000  # the text read for the language signal (a column's voice shows in its first paragraphs)
TEXT_THRESHOLD = 3.0  # log-odds an unsectioned article's text needs to be read as a column
MIN_WORDS = 80  # a shorter text is not read for a voice: one "لكن" in 20 words is a rate of 5 per 100 (a brief
# report or a feed's summary is no column; 34 of SaudiNewsNet's 21,855 unsectioned articles were flagged so)


def _folded(words: str) -> frozenset[str]:
    return frozenset(fold_for_search(w) for w in words.split())


# A columnist's own voice: first person, singular or plural
FIRST_PERSON = _folded("أنا نحن إننا إنني لنا علينا لدينا أعتقد أظن أرى نرى أننا أنني لعلنا نحتاج لي عندي بيننا "
                       "منا فينا نعيش نريد أقول نقول")
# A report's attributions: who said, stressed, explained, announced
ATTRIBUTION = _folded("قال وقال أكد وأكد أوضح وأوضح أعلن وأعلن أشار وأشار ذكر وذكر أفاد وأفاد أضاف وأضاف صرح وصرح "
                      "لافتا مشيرا مؤكدا موضحا مضيفا وأشارت وأكدت وقالت قالت أكدت أعلنت وأعلنت أوضحت")
# Weighing and arguing: but, rather, perhaps, should, must, if only, how, why
ARGUMENT = _folded("لكن ولكن بل ربما لعل ينبغي يجب إذ فإن لو ولو هكذا أليس كيف لماذا")
# Bylines that are not a person: an agency, a desk, "staff", "follow-up"
DESK_BYLINE = re.compile(r"واس|رويترز|ف ب|أ\.ف\.ب|د ب أ|وكالات|متابعة|المحرر|محرر|مراسل|خاص")
ARABIC_WORD = re.compile(r"[\u0621-\u064a]+")
TOLD_TO = re.compile(r"لـ\s*[«\"]")  # "told to «the paper»": an interview

# The features of the language signal, in the order the model is fit; the weights (log-odds of a column, rates per
# 100 words) are trained by ``python -m marsad.stories.train_opinion --db SNN_STORE --write`` and shipped as data
FEATURES = ("bias", "first_person", "our_suffix", "attribution", "lead_attribution", "argument", "question",
            "exclamation", "quoted_headline", "told_to", "person_byline")
WEIGHTS_PATH = Path(__file__).resolve().parent / "data" / "opinion_weights.json"


@lru_cache(maxsize=1)
def weights() -> tuple[tuple[str, float], ...]:
    """(feature, weight) of the shipped model (``data/opinion_weights.json``)."""
    w = json.loads(WEIGHTS_PATH.read_text(encoding="utf-8"))
    return tuple((k, float(w[k])) for k in FEATURES)


@dataclass(frozen=True, slots=True)
class Section:
    host: str
    pattern: re.Pattern
    opinion: bool
    news: bool = False  # a news section: its pages are reports (the training's negatives)


@lru_cache(maxsize=1)
def sections() -> dict[str, list[Section]]:
    """host → its sections (shipped ``data/opinion_sections.txt``)."""
    text = (resources.files("marsad.stories") / "data" / "opinion_sections.txt").read_text(encoding="utf-8")
    out: dict[str, list[Section]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("host\t"):
            continue
        host, pattern, kind = line.split("\t")[:3]
        out.setdefault(host, []).append(Section(host, re.compile(pattern), kind.strip() == "opinion",
                                                kind.strip() == "news"))
    return out


def _split(url: str):
    try:
        return urlsplit(url)
    except ValueError:  # "http://[::1": no host, no path to read
        return urlsplit("")


def _host(url: str) -> str:
    return _host_of(_split(url))


def _host_of(parts) -> str:
    host = parts.hostname or ""
    return host[4:] if host.startswith("www.") else host


def _section_kind(url: str | None) -> tuple[bool, bool] | None:
    """(in a listed opinion section, in a listed news section) of an address; None for a host not listed."""
    if not url:
        return None
    parts = _split(url)
    known = sections().get(_host_of(parts))
    if not known:
        return None
    path = parts.path
    return (any(s.opinion and s.pattern.search(path) for s in known),
            any(s.news and s.pattern.search(path) for s in known))


def section_says(url: str | None) -> bool | None:
    """True when the address is in the outlet's opinion section, False when the outlet files its columns under a
    section of their own and this address is not there, None when the outlet's sections are not known."""
    kind = _section_kind(url)
    return None if kind is None else kind[0]


def section_label(url: str | None) -> bool | None:
    """The training's silver label: True in a listed opinion section, False in a listed news section, else None
    (another section of a listed outlet — sport, culture — or an outlet whose sections are not known)."""
    kind = _section_kind(url)
    if kind is None or not (kind[0] or kind[1]):
        return None
    return kind[0]


def text_features(text: str, title: str = "", authors: list[str] | tuple[str, ...] = ()) -> dict[str, float]:
    """The language signal's features (rates per 100 words of the first ``TEXT_CHARS`` characters)."""
    text = text[:TEXT_CHARS]
    words = ARABIC_WORD.findall(fold_for_search(text))
    n = max(len(words), 1)
    rate = lambda k: 100.0 * k / n  # noqa: E731
    # (the words of each list counted in C: the same counts as a loop over the words)
    return {
        "words": float(len(words)),  # (not a feature: short texts are not read, MIN_WORDS)
        "bias": 1.0,
        "first_person": rate(sum(map(FIRST_PERSON.__contains__, words))),
        "our_suffix": rate(sum(1 for w in words if len(w) > 4 and w.endswith("نا") and not w.endswith("انا"))),
        "attribution": rate(sum(map(ATTRIBUTION.__contains__, words))),
        "lead_attribution": 0.0 if ATTRIBUTION.isdisjoint(words[:60]) else 1.0,
        "argument": rate(sum(map(ARGUMENT.__contains__, words))),
        "question": min(rate(text.count("؟") + text.count("?")), 2.0),
        "exclamation": min(rate(text.count("!")), 2.0),
        "quoted_headline": 1.0 if any(c in title for c in ":«\"") else 0.0,
        "told_to": 1.0 if TOLD_TO.search(title + " " + text) else 0.0,
        "person_byline": 1.0 if authors and not any(DESK_BYLINE.search(a) for a in authors) else 0.0,
    }


def text_score(text: str, title: str = "", authors: list[str] | tuple[str, ...] = ()) -> float:
    """Log-odds that the text is a column (the language signal alone)."""
    return _score(text_features(text, title, authors))


def _score(f: dict[str, float]) -> float:
    return sum(w * f[k] for k, w in weights())


def is_opinion(text: str, title: str = "", url: str | None = None,
               authors: list[str] | tuple[str, ...] = ()) -> bool:
    """Is this an opinion or analysis piece rather than a report?  The outlet's section when its address says it,
    else the text's voice (above ``TEXT_THRESHOLD``, for a text of ``MIN_WORDS`` words or more)."""
    said = section_says(url)
    if said is not None:
        return said
    f = text_features(text, title, authors)
    if f["words"] < MIN_WORDS:
        return False
    score = _score(f)
    return not math.isnan(score) and score >= TEXT_THRESHOLD
