"""The person of an office change (issue 19): the linked mention the change word governs, with the words of
the name the recogniser left out, whether that person is the author of the decision rather than its object,
and the predecessor named after "خلفاً لـ"."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from operator import attrgetter

from marsad.models import Doc
from marsad.nlp.gazetteer import Tok
from marsad.nlp.linking import new_entity_id
from marsad.nlp.office_words import (ACC_TITLES, ACTING, FRAME_WORDS, IN, ORDERS, POST_NOUNS, START, STOP,
                                     TITLE_HEADS, TRIGGERS, WHO, trigger, variants)
from marsad.nlp.translit import norm

__all__ = ["PERSON_WINDOW", "Mention", "decides", "linked_mentions", "name_goes_on_before", "person_for",
           "predecessor", "tok_index", "whole_name"]

PERSON_WINDOW = 8  # tokens between a change word and the person it governs


@dataclass(slots=True)
class Mention:
    """A linked mention of the sentence, with its tokens."""

    start: int
    end: int
    label: str
    entity_id: str
    name: str
    source: str
    i: int  # first token
    j: int  # token after the last


def tok_index(toks: list[Tok], pos: int) -> int:
    """The token that holds or follows the character ``pos``."""
    # Tokens come in text order, so their ends rise: the first token ending after ``pos`` by bisection.
    return bisect_right(toks, pos, key=_END)


_END = attrgetter("end")


def linked_mentions(doc: Doc, toks: list[Tok]) -> list[Mention]:
    """The mentions of ``doc`` linked to an entity, in text order."""
    out = []
    for s in doc.layer("mention"):
        eid = s.data.get("entity_id")
        if not eid:
            continue
        i = tok_index(toks, s.start)
        j = max(i + 1, tok_index(toks, s.end - 1) + 1)
        out.append(Mention(s.start, s.end, s.label, eid, s.data.get("name") or doc.text[s.start:s.end],
                           s.data.get("source", ""), i, j))
    return sorted(out, key=lambda m: m.start)


def person_for(kind: str, k: int, lo: int, mentions: list[Mention], form: str,
               toks: list[Tok]) -> tuple[Mention, int] | None:
    """The person a change word at token ``k`` governs, and how many tokens away it is.

    ``form`` is noun (the person follows), pronoun ("تعيينه": the person was named before) or verb (after,
    else before)."""
    people = [m for m in mentions if m.label == "PER"]
    if kind in START:
        people = [m for m in people if m.source != "coref"]  # "عيّن الرئيس فلاناً": the role phrase appoints
    after = [m for m in people if k < m.i <= k + PERSON_WINDOW]
    before = [m for m in people if lo <= m.i and m.j <= k and k - m.j <= PERSON_WINDOW]
    if form == "pronoun" or (form == "verb" and not after):
        if before:
            m = before[-1]
            return m, k - m.j
        return None
    if not after:
        return None
    m = after[0]
    # The titles and honorifics of the person between the change word and the name ("تكليف الأخصائي الاستشاري
    # النفسي فلان") describe him and put no distance between them.
    return m, sum(1 for t in toks[k + 1:m.i] if not t.norm.startswith("ال") and t.norm not in FRAME_WORDS)


def name_goes_on_before(text: str, toks: list[Tok], i: int, k: int, mentions: list[Mention]) -> bool:
    """Whether the word right before a name that follows its change word is the name's first part ("أعيد
    انتخاب جوزيب| ماريا بارتوميو"): joined to it by one space, and none of what else stands there — a word
    with the article, a title, a particle, a day, an honorific, a change word or another name."""
    p = i - 1
    if p <= k or toks[i].start - toks[p].end != 1 or text[toks[p].end] != " ":
        return False
    w = toks[p].norm
    if w.startswith(("ال", "وال", "بال", "لل")) or len(w) < 3 or any(c.isdigit() for c in w):
        return False
    if any(m.i <= p < m.j for m in mentions):
        return False
    return not any(v in STOP or v in IN or v in FRAME_WORDS or v in TRIGGERS or v in ACC_TITLES
                   or v in TITLE_HEADS or v in ORDERS for v in variants(toks[p]))


def _name_goes_on_after(text: str, toks: list[Tok], j: int, hi: int, mentions: list[Mention]) -> bool:
    """Whether the word right after a name is its last part, the recogniser having stopped short: the name is
    followed, each time after one space, by one word and then the post it is given in the accusative ("تعيين
    محمد المختار| الفال رئيساً"). Between a name and its post Arabic news puts only the rest of the name, a
    word of time ("أمس") or punctuation."""
    if j + 1 >= hi or not all(toks[a].start - toks[a - 1].end == 1 and text[toks[a - 1].end] == " "
                              for a in (j, j + 1)):
        return False
    if not any(v in ACC_TITLES for v in variants(toks[j + 1])):
        return False
    w = toks[j].norm
    if len(w) < 3 or any(c.isdigit() for c in w) or any(m.i <= j < m.j for m in mentions):
        return False
    if w.startswith(("بال", "لل", "وال", "فال", "كال")):
        return False  # "بتكليف فلان بالعمل رئيساً": a particle glued to the article begins no name's word
    return not any(v in STOP or v in IN or v in FRAME_WORDS or v in TRIGGERS or v in ACC_TITLES
                   or v in TITLE_HEADS or v in ORDERS or v in ACTING or v in POST_NOUNS
                   for v in variants(toks[j]))


def whole_name(text: str, toks: list[Tok], k: int, hi: int, person: Mention,
               mentions: list[Mention]) -> Mention:
    """The person of a change with the words of their name that the recogniser left out on either side
    ("أعيد انتخاب جوزيب| ماريا بارتوميو", "تعيين السفير ثامر| السبهان سفيراً"), without the post it may have
    taken in ("فلان علان سفيراً|"): only for names the KB does not know (a known name is whole whatever its
    mention covers) that follow the change word."""
    if not person.entity_id.startswith("new:") or person.i <= k:
        return person
    i, j = person.i, person.j
    while j - i > 2 and any(v in ACC_TITLES for v in variants(toks[j - 1])):
        j -= 1  # "تعيين فلان علان سفيراً": the post in the accusative is no part of the name
    if i - 1 > k and name_goes_on_before(text, toks, i, k, mentions):
        i -= 1
    if _name_goes_on_after(text, toks, j, hi, mentions):
        j += 1
    if (i, j) == (person.i, person.j):
        return person
    name = text[toks[i].start:toks[j - 1].end]
    return Mention(toks[i].start, toks[j - 1].end, "PER", new_entity_id(name, "PER"), name, person.source, i, j)


_DECISIONS = frozenset(norm(w) for w in "قرار قرارا قراراً أمر امر أمرا أمراً مرسوم مرسوما مرسوماً توجيه توجيهات "
                       "موافقه موافقة تكليف".split())


def decides(toks: list[Tok], lo: int, person: Mention, mentions: list[Mention]) -> bool:
    """Whether a person named before "بتكليفه"/"بتعيينه" is the author of the decision: the name follows a
    decision word ("صدور قرار الوزير فلان بتكليفه") with only titles between, so "him" is someone else."""
    for a in range(person.i - 1, max(lo, person.i - 9) - 1, -1):
        if any(v in _DECISIONS for v in variants(toks[a])):
            return True
        if any(m.label == "PER" and m.i <= a < m.j for m in mentions) or toks[a].norm in STOP | WHO:
            return False
    return False


_SUCCEEDS = frozenset(norm(w) for w in "خلفا يخلف".split())


def predecessor(toks: list[Tok], k: int, hi: int, mentions: list[Mention], person: Mention) -> Mention | None:
    """The person named after "خلفاً لـ" / "يخلف" in the change's own clause (from its change word to the
    next change of the sentence: in "بتعيين فلان أميراً … وإعفاء علان … وتعيين زيد خلفاً له" the predecessor
    is no one's but the last change's), and not the person himself."""
    for a in range(max(k, person.j), min(hi, len(toks))):
        if any(v in _SUCCEEDS for v in variants(toks[a])):
            pred = next((m for m in mentions if m.label == "PER" and m is not person and a < m.i <= a + 2), None)
            if pred is not None and pred.i == a + 1 and pred.name.startswith("ل") and (
                    len(pred.name.split()) > 1 and pred.entity_id.startswith("new:")):
                name = pred.name[1:]  # "خلفاً لسامر العطار": the particle glued to the name
                pred = Mention(pred.start + 1, pred.end, pred.label, new_entity_id(name, "PER"), name, pred.source,
                               pred.i, pred.j)
            return None if pred is None or pred.entity_id == person.entity_id else pred
        if a > k and trigger(toks, a) is not None:
            return None
    return None
