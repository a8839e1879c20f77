"""Sentence splitting for Arabic news text.

Rules:

* A newline is always a boundary (paragraphs and headlines).
* A sentence ends after ``.`` ``!`` ``?`` ``؟`` or ``؛`` (runs such as ``؟!``
  count once), never at the Arabic comma ``،``.  Dot runs and ``…`` are pauses,
  not ends (``بالصور.. جماهير ...`` is one unit in Arabic news style).
* A list number before a period (``5. لعبة``) is not a sentence.
* An end mark glued to a following Latin letter, digit or symbol is not an end
  (``2024.5``, ``aljazeera.net``, ``example.com/?q=1``); glued to an Arabic
  letter it is (a missing space is a common typo).
* A period is not an end after an abbreviation: a Latin initial or a known
  Latin abbreviation (``U.S.``, ``Dr.``), a Latin letter spelt in Arabic
  (``إل. جي``), or a lone Arabic letter (``د.`` before a name, ``ص.`` for page) — but an era mark after a year (``1445 هـ.``) ends
  the sentence.
* Closing quotes and brackets after the end mark stay with the sentence they
  close (``قال: "انتهى الأمر." ثم غادر`` splits after the closing quote).  An
  end mark inside brackets that opened mid-sentence is not an end
  (``وأضاف (وهذا مهم!) أن ...``).
* No split inside a quotation that closes within the same paragraph and is at
  most :data:`MAX_QUOTE` characters long, unless the end mark is right before
  the closing quote.

Spans are returned with surrounding whitespace trimmed.
"""

from __future__ import annotations

import re

from marsad.arabic.normalize import normalize
from marsad.errors import InputError

__all__ = ["split_sentences", "link_label_end", "LINK_HEADS", "MAX_QUOTE"]

# A quotation longer than this may hold several sentences of its own; split it.
MAX_QUOTE = 400

_END_RE = re.compile(r"[.!?؟؛…]+|\n")
_CLOSERS = "»”’\")]}›"
_OPEN_TO_CLOSE = {"«": "»", "“": "”", "(": ")", "[": "]", "‹": "›", "„": "”"}
# Latin abbreviations that take a period and are usually followed by more text.
_LATIN_ABBR = frozenset(
    """mr mrs ms dr prof st jr sr vs etc no nos inc ltd co corp gen col lt sgt capt gov sen rep
    messrs mt ft jan feb mar apr jun jul aug sep sept oct nov dec e.g i.e approx dept est fig vol pp p""".split()
)
# Names of Latin letters as written in Arabic (normalised), used as initials.
_LETTER_NAMES = frozenset(
    "ايه بي سي دي اي اف جي اتش اش جيه كيه ال ام ان او كيو ار اس تي يو في دبليو اكس واي زد".split()
)
_ERA_MARKS = frozenset("مه")  # م (ميلادي) and هـ (هجري)
_ARABIC_LETTER_RE = re.compile(r"[\u0621-\u064a\u0671-\u06d3]")
_WORD_BEFORE_RE = re.compile(r"([\w\u0640\u064b-\u0652.]+)$")


_QUOTE_CHARS_RE = re.compile(r'[«“(\[‹„"»”)\]›]')


def _quote_regions(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Matched quotation/bracket regions ``(open, close)`` inside ``text[start:end]``."""
    regions: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    straight_open = -1
    for m in _QUOTE_CHARS_RE.finditer(text, start, end):
        i = m.start()
        ch = text[i]
        if ch in _OPEN_TO_CLOSE:
            stack.append((_OPEN_TO_CLOSE[ch], i))
        elif ch == '"':
            if straight_open < 0:
                straight_open = i
            else:
                regions.append((straight_open, i))
                straight_open = -1
        elif stack and ch == stack[-1][0]:
            regions.append((stack.pop()[1], i))
        else:
            # A closer that does not match the innermost opener: drop the
            # openers above its partner (they were never closed).
            for k in range(len(stack) - 1, -1, -1):
                if stack[k][0] == ch:
                    regions.append((stack[k][1], i))
                    del stack[k:]
                    break
    return [r for r in regions if r[1] - r[0] <= MAX_QUOTE]


def _is_abbreviation(text: str, dot: int, para_start: int) -> bool:
    """True if the period at ``dot`` ends an abbreviation rather than a sentence."""
    m = _WORD_BEFORE_RE.search(text, max(para_start, dot - 24), dot)
    if not m:
        return False
    word = m.group(1).rstrip(".")
    if not word:
        return False
    letters = word.replace("\u0640", "")
    if len(letters) == 1 and _ARABIC_LETTER_RE.match(letters):
        # د. / ص. / م. before more text — but an era mark after a year
        # ("عام 1445 هـ." / "2015 م.") usually ends the sentence.
        before = text[max(para_start, m.start() - 2) : m.start()].rstrip()
        return not (letters in _ERA_MARKS and before[-1:].isdigit())
    if "." in letters:
        # U.S. / أ.د. / e.g. : dotted initials
        parts = [p for p in letters.split(".") if p]
        if parts and all(len(p) <= 2 for p in parts):
            return True
    if len(letters) == 1 and letters.isalpha() and letters.isupper():
        return True  # initial: "J. Smith"
    if len(letters) <= 5 and normalize(letters) in _LETTER_NAMES:
        return True  # Latin initials spelt in Arabic: "إل. جي", "جورج دبليو. بوش"
    return letters.lower() in _LATIN_ABBR


def _is_enumerator(text: str, dot: int, sentence_start: int) -> bool:
    """True if the period at ``dot`` follows a list number (``1.``) that opens a
    sentence or follows a colon or bullet."""
    j = dot
    while j > sentence_start and text[j - 1].isdigit() and dot - j < 3:
        j -= 1
    if j == dot or (j > sentence_start and text[j - 1].isdigit()):
        return False
    while j > sentence_start and text[j - 1] in " \t":
        j -= 1
    return j <= sentence_start or text[j - 1] in ":-*•\n"


_ANY_END_RE = re.compile(r"[.!?؟؛…\n]")  # a character a match of _END_RE starts with


def one_sentence(text: str) -> bool:
    """Does :func:`split_sentences` read ``text`` as one sentence, ``[(0, len(text))]``?  Told without splitting:
    when it starts with no space and its only end mark is a final period, whatever that period ends (the sentence,
    an abbreviation, a list number, a quotation), the spans are that one.  False says nothing (split it then)."""
    return bool(text) and text[-1] == "." and not text[0].isspace() and \
        _ANY_END_RE.search(text, 0, len(text) - 1) is None


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Split ``text`` into sentences.

    Returns:
        ``(start, end)`` character spans into ``text``, whitespace trimmed, in order.

    Raises:
        InputError: if ``text`` is not a string.
    """
    if not isinstance(text, str):
        raise InputError(f"split_sentences expects str, got {type(text).__name__}")
    n = len(text)
    cuts: list[int] = []
    para_start = 0
    regions: list[tuple[int, int]] | None = None
    closing: set[int] = set()
    para_end = 0
    for m in _END_RE.finditer(text):
        s, e = m.span()
        if text[s] == "\n":
            cuts.append(s)
            para_start = e
            regions = None
            continue
        nxt = text[e] if e < n else ""
        if nxt and not nxt.isspace() and nxt not in _CLOSERS and not _ARABIC_LETTER_RE.match(nxt):
            continue  # aljazeera.net, 3.5, U.S. (inner dots), example.com/?q=1
        mark = text[s:e]
        if mark != "." and not mark.strip(".…"):
            continue  # "بالصور.. ", "لا أدري... لكن": a pause, not an end
        if mark == ".":
            if _is_abbreviation(text, s, para_start):
                continue
            if _is_enumerator(text, s, cuts[-1] if cuts else 0):
                continue  # "5. لعبة ...": a list number
        if regions is None:
            para_end = text.find("\n", para_start)
            if para_end < 0:
                para_end = n
            regions = _quote_regions(text, para_start, para_end)
            closing = {qe for _, qe in regions}
        # Absorb closing quotes/brackets (and end marks after them: «...»!);
        # a straight quote only when it closes a quotation.
        j = e
        while j < n and text[j] in _CLOSERS and (text[j] not in "\"'" or j in closing):
            j += 1
        if j > e and j < n and text[j] in ".!?؟؛":
            j += 1
        # Inside a quotation that the absorbed closers do not close: not an end.
        # A bracket closed right after the mark is a parenthesis inside the
        # sentence — "(وهذا مهم!)" — unless the bracket opened the sentence.
        last_cut = cuts[-1] if cuts else 0
        # A bracket closed before the mark ("(...).وأوضح") holds nothing of it.
        if any(
            qs < s and (qe >= j or (qe >= s and text[qs] in "([{" and text[last_cut:qs].strip()))
            for qs, qe in regions
        ):
            continue
        cuts.append(j)
    spans: list[tuple[int, int]] = []
    prev = 0
    for c in cuts + [n]:
        a, b = prev, c
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            spans.append((a, b))
        prev = c
    return spans


# First words of a "link to the story" line: "رابط الخبر بصحيفة X: <another article's headline>".
LINK_HEADS = ("رابط", "الرابط", "روابط", "ورابط")


def link_label_end(sentence: str) -> int:
    """Where the label of a link line ends ("رابط الخبر بصحيفة X:" — its first word is "link" and a colon follows
    within a few words): the offset just past the colon, or 0 when the sentence is no link line.  The label names the
    outlet's own page, not anything the article is about; the headline after it is another article's, told as such."""
    lead = len(sentence) - len(sentence.lstrip())
    head = sentence[lead:lead + 60]
    first = head.split(maxsplit=1)[0].rstrip(":") if head else ""
    colon = head.find(":")
    return lead + colon + 1 if first in LINK_HEADS and colon > 0 else 0

