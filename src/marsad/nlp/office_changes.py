"""Office changes in the news: who was elected, sworn in, appointed, named, made acting holder of, resigned or
was dismissed from, or died in which office, and when (issue 19).

The ``offices`` stage reads each sentence that holds a change word ("انتُخب", "تعيين", "استقالة", "خلفاً لـ") and
a linked person, and writes one ``office_change`` span per change over the sentence:

* **person**: the person mention that the change word governs — the name right after a noun or verb
  ("تعيين فلان", "استقال فلان"), or the subject named before it in the sentence ("فلان يؤدي اليمين");
  role phrases ("رئيس الوزراء اللبناني") count as their holder for the end of a term only;
* **office**: a role phrase of the title lexicon (``kb/data/offices.yaml``: "رئيساً للبنان", "وزير الخارجية
  السعودي", "رئيس بلدية صفاقس"), or a title in the accusative that names the post ("وزيراً للصحة" → the
  office "وزير الصحة"); the country, organisation or city it belongs to is the adjective or the linked name
  that follows the title;
* **date**: a time expression of the sentence resolved to a day (``timex``), else the article's date
  (``marsad.nlp.office_dates``);
* **predecessor**: the person after "خلفاً لـ" / "يخلف";
* **confidence**: how much of the pattern was found (see ``_confidence``), or 0 when the sentence says the
  change is not one to learn — old, planned, wished, a former post, a fragment of a name, someone other than the
  one the change word governs (``marsad.nlp.office_doubts``; the reasons are kept in ``doubts``);
* **owner**: when the post's title says nothing of whose it is ("وزيراً للإسكان"), the one who made the
  appointment: the country of the head of state or government, the organisation of its head, or the
  organisation that announced or decided it (``marsad.nlp.office_owners``).

The spans are gathered across articles into learned roles by ``marsad.nlp.learned_roles``.  The person is read by
``marsad.nlp.office_people``, the office by ``marsad.nlp.office_posts``, both with the words of
``marsad.nlp.office_words``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import compress
from operator import attrgetter
from typing import Any

from marsad.models import Doc, Span
from marsad.nlp.gazetteer import Tok, readings, tokenize
from marsad.nlp.kb.kb import KnowledgeBase
from marsad.nlp.office_dates import date_of, full_stop
from marsad.nlp.office_doubts import doubts
from marsad.nlp.office_people import (PERSON_WINDOW, Mention, decides, linked_mentions, name_goes_on_before,
                                      person_for, predecessor, tok_index, whole_name)
from marsad.nlp.office_owners import announcer_of, appointer_of, doc_day, holders_at, royal_owner
from marsad.nlp.office_posts import Office, office_for
from marsad.nlp.office_words import ACC_TITLES, ACTING, CHANGES, START, TRIGGERS, WHO, _may_trigger, trigger, variants
from marsad.nlp.translit import norm, norm_tokens
from marsad.pipeline.stage import Resources, Stage

__all__ = ["CHANGES", "OFFICES", "START", "THRESHOLD", "extract_changes"]

# Nouns name the change and govern the person after them ("تعيين فلان"); verbs take their subject before or
# after; the bare verbs that are also common words ("عين" is an eye, "عزل" isolation, "سمي" a namesake)
# count only with the title of the post after them ("عُيّن محافظاً").
_NOUNS = frozenset(norm(w) for w in "انتخاب تنصيب تعيين تسميه تكليف اقاله اعفاء استقاله وفاه".split())
_AMBIGUOUS = frozenset(norm(w) for w in "عين عينت سمي عزل نصب كلف".split())
_WIN_NOUNS = frozenset(norm(w) for w in "فوز".split())  # "استطاع الفوز بالرئاسة": a noun, told as done or not
# The "+ه" forms point back to a name said before ("بإعفائه": "his dismissal").
_PRONOUN_FORMS = frozenset(w for w in TRIGGERS if w.endswith(("ه", "ها")) and w[:-1] in TRIGGERS
                           or w.endswith("ته")) | {norm("اعفائه"), norm("اعفاؤه")}
# Words that make the change unreal: not yet, denied, wished for, a candidacy.
_UNREAL = frozenset(
    norm(w) for w in """لم لن لا سوف قد يعتزم ينوي تعتزم تنوي مرشح المرشح ترشح ترشيح مرتقب المرتقب المقرر المزمع
    محتمل المحتمل رفض يرفض نفى نفت تنفي ينفي احتمال امكانية إمكانية شائعات عدم يطالب طالب تطالب دعا يدعو
    حال حالة اذا إذا لو ترشحه ترشيحه دعم يدعم تدعم سباق""".split()
)
_OFFICE_WINDOW = 12  # tokens between a change word and the office (unless the office is said with the name)
THRESHOLD = 0.6  # confidence from which a change becomes a learned role (see marsad.nlp.learned_roles)


def _confidence(kind: str, gap: int, office: Office | None, unreal: bool, dated: bool, person: Mention) -> float:
    """How much of the pattern is there.  A change word with its person next to it and a whole office
    (title and whose) is likely; a title without a country, a person further away, a coref holder or a
    word of doubt nearby are less so."""
    c = 0.35
    c += 0.2 if gap <= 2 else 0.1 if gap <= PERSON_WINDOW else 0.0
    if office is not None:
        c += 0.15 if office.of_id else 0.05
        c += 0.1 if office.lexicon else 0.0
    if dated:
        c += 0.05
    if person.source == "coref":
        c -= 0.05
    if unreal:
        c -= 0.4
    return round(max(0.0, min(0.95, c)), 2)


_NORM = attrgetter("norm")
_LIST_YEAR = re.compile(r"(?:^|(?<=[\s.]))([12][0-9]{3})\s*[-–—]\s")


# The words asked of ``_may_trigger`` so far, by its answer: an article's words are sorted by set operations in C.
# The sets only grow (a word once in one is in it for good: a reader on another thread never misses one), up to
# _MAY_LIMIT words; past it, the new words are asked each time.
_MAY_YES: set[str] = set()
_MAY_NO: set[str] = set()
_MAY_LIMIT = 300_000


def _may_trigger_at(toks: list[Tok]) -> list[int]:
    """The positions of the tokens that may name a change (``office_words._may_trigger``), in order.

    Each distinct word is asked once in the run (a day: some 100k words for 700k distinct words of articles);
    the words that may are found by set operations in C, their positions by a set look-up a token.  Over a day
    (2,888 articles, a million tokens) 0.62 s became 0.39 s against a cached call a token, then 0.36-0.61 s
    became 0.15-0.21 s against a cached call a distinct word of an article."""
    norms = list(map(_NORM, toks))
    words = set(norms)
    new = words - _MAY_NO
    new -= _MAY_YES
    if new:
        yes = set(filter(_may_trigger, new))
        if len(_MAY_NO) < _MAY_LIMIT:
            _MAY_YES.update(yes)
            _MAY_NO.update(new - yes)
        found = (words & _MAY_YES) | yes
    else:
        found = words & _MAY_YES
    return list(compress(range(len(norms)), map(found.__contains__, norms))) if found else []


def extract_changes(doc: Doc, kb: KnowledgeBase) -> list[Span]:
    """The office changes of ``doc`` (needs its ``sentence``, ``timex`` and ``mention`` layers).

    Returns:
        ``office_change`` spans over their sentence, ``label`` the change and ``data`` holding ``person``,
        ``person_name``, ``office``, ``title``, ``of``, ``of_name``, ``date``, ``date_from`` (timex | article),
        ``predecessor``, ``predecessor_name``, ``trigger`` (offsets of the change word) and ``confidence``.
    """
    text = doc.text
    toks = tokenize(text)
    # The tokens that may name a change, found once for the article: ``trigger`` is None for every other one
    may = _may_trigger_at(toks)
    if not may:
        return []  # (most articles)
    mentions = linked_mentions(doc, toks)
    sentences = doc.layer("sentence") or [Span("sentence", 0, len(text))]
    out: list[Span] = []
    holders = holders_at(kb, doc_day(doc))
    for s in sentences:
        lo, hi = tok_index(toks, s.start), min(len(toks), tok_index(toks, s.end - 1) + 1)
        here = may[bisect_left(may, lo):bisect_left(may, min(hi, len(toks)))]
        if not here:
            continue
        sent_mentions = [m for m in mentions if s.start <= m.start and m.end <= s.end]
        seen: set[tuple[str, str]] = set()
        for k in here:
            kind = trigger(toks, k)
            if kind is None:
                continue
            here = variants(toks[k])
            form = ("pronoun" if any(v in _PRONOUN_FORMS for v in here)
                    else "noun" if any(v in _NOUNS or v in _WIN_NOUNS for v in here) else "verb")
            if any(v in _AMBIGUOUS for v in here) and not any(
                    v in ACC_TITLES for t in toks[k + 1:min(hi, k + 1 + PERSON_WINDOW)] for v in variants(t)):
                continue
            if kind == "succeeded":
                pred = next((m for m in sent_mentions if m.label == "PER" and k < m.i <= k + 2), None)
                if pred is None:
                    continue
                found = person_for("appointed", k, lo, [m for m in sent_mentions if m is not pred], "pronoun", toks)
            else:
                pred = None
                found = person_for(kind, k, lo, sent_mentions, form, toks)
            if found is None:
                continue
            person, gap = found
            if form == "pronoun" and person.entity_id in holders and kind in ("appointed", "dismissed", "named"):
                continue  # "أصدر الرئيس قراراً بإقالته": "him" is someone named earlier, not the one who decides
            if (kind in START or kind == "dismissed") and form != "pronoun" and person.entity_id in holders:
                # "عيّن الرئيس اليمني، فلان، ... فلاناً محافظاً", "أقال رئيس الوزراء وزيرَ الدفاع فلاناً": the
                # office holder who appoints or dismisses is named first
                reach = 3 if kind in START else PERSON_WINDOW
                nxt = [m for m in sent_mentions if m.label == "PER" and m.i >= person.j and m.i - person.j <= reach
                       and m.entity_id not in holders]
                if not nxt:
                    continue
                person, gap = nxt[0], gap + 2
            if kind == "died" and person.source == "coref":
                continue  # "وفاة الزعيم الفلسطيني" in a report about a past leader: the holder today did not die
            if form == "pronoun" and decides(toks, lo, person, mentions=sent_mentions):
                continue  # "قرار الوزير فلان بتكليفه": the one named after the decision decides; "him" is another
            if kind in START:
                person = whole_name(text, toks, k, hi, person, sent_mentions)
            office = office_for(kb, text, toks, k, lo, hi, person, sent_mentions, kind)
            if office is not None and not (office.j == person.i or office.i == person.j
                                           or abs(office.i - k) <= _OFFICE_WINDOW):
                office = None  # a title far from the change word is another clause's
            if office is None and person.source == "coref":
                pm = next((sp for sp in doc.layer("mention") if sp.start == person.start), None)
                if pm is not None and pm.data.get("office") and pm.data.get("of"):
                    of = kb.entities.get(pm.data["of"])
                    office = Office(pm.data["office"], text[pm.start:pm.end], pm.data["of"],
                                    of.name_ar if of else None, True, person.i, person.j)
            if office is None or (kind == "died" and office.j != person.i and office.i != person.j):
                continue  # died in office: the office is said with the name
            if kind in START and office.of_id is None and len(office.title.split()) > 1:
                whose = (appointer_of(kb, k, sent_mentions, holders, doc, toks)  # "وزيراً للإسكان": the king's
                         or announcer_of(kb, text, toks, lo, k, hi, sent_mentions)  # "أعلنت شركة فلان تعيين"
                         or royal_owner(kb, doc, toks, lo, hi))
                if whose is not None:
                    office.of_id, office.of_name = whose
            if kind != "succeeded":
                pred = predecessor(toks, k, hi, sent_mentions, person)
            if kind in START and any(v in ACTING for t in toks[office.i:min(office.j + 2, hi)] for v in variants(t)):
                kind = "acting"
            window = toks[max(lo, k - 3):k]
            unreal = (any(v in _UNREAL for t in window for v in variants(t)) or toks[k].norm.startswith("سي")
                      or (toks[k].norm.startswith("ل") and toks[k].norm[1:] in TRIGGERS))  # "لانتخاب": to elect
            who = next((a for a in range(person.j, k) if toks[a].norm in WHO), None) if form == "pronoun" else None
            clause = (toks[who].start, toks[max(k, office.j - 1)].end) if who is not None else None
            date, date_from = date_of(doc, s.start, s.end, toks[k].start, clause)
            key = (person.entity_id, office.office)
            if key in seen:
                continue
            seen.add(key)
            years = list(_LIST_YEAR.finditer(text, max(s.start, toks[k].start - 160), toks[k].start))
            if years:  # "1989 - تعيين فلان ...": a line of an almanac says its year
                date, date_from = years[-1].group(1), "timex"
            conf = _confidence(kind, gap, office, unreal, date_from == "timex", person)
            if form == "noun" and date_from == "article":
                conf = round(max(0.0, conf - 0.1), 2)  # a change named by its noun and no date: often background
            # "أمر الإعفاء، وجّه ولي العهد فلان": a noun with its article governs no name after it, nor does a
            # change word across a comma
            apart = person.i > k and (any(c in text[toks[k].end:person.start] for c in "،,;:")
                                      or (form == "noun" and any(a for _v, _n, a in readings(toks[k].norm)
                                                                 if _v in TRIGGERS)))
            # a name the KB knows is whole whatever its mention covers ("عادل بن أحمد| الجبير")
            cut = (person.entity_id.startswith("new:") and person.i > k + 1 and not office.i <= person.i - 1 < office.j
                   and toks[person.i - 1].norm not in norm_tokens(person.name)
                   and name_goes_on_before(text, toks, person.i, k, sent_mentions))
            stop_at = full_stop(text, toks[k].end, s.end)
            against = doubts(toks, k, lo, hi, kind=kind, form=form, person_surface=text[person.start:person.end],
                             person_name=person.name,
                             person_known=not person.entity_id.startswith("new:"), person_i=person.i,
                             person_j=person.j, office_i=office.i, office_j=office.j, change_date=date,
                             date_from=date_from, published=doc_day(doc),
                             is_change=lambda j: trigger(toks, j) is not None, person_apart=apart,
                             name_cut=cut, stop=hi if stop_at is None else tok_index(toks, stop_at))
            if against:
                conf = 0.0  # not learned, whatever the rest of the pattern says (see office_doubts)
            data: dict[str, Any] = {
                "person": person.entity_id, "person_name": person.name, "office": office.office,
                "title": office.title, "of": office.of_id, "of_name": office.of_name, "date": date,
                "date_from": date_from, "predecessor": pred.entity_id if pred else None,
                "predecessor_name": pred.name if pred else None,
                "trigger": [toks[k].start, toks[k].end], "confidence": conf,
            }
            if against:
                data["doubts"] = against
            out.append(Span("office_change", s.start, s.end, "succeeded" if kind == "succeeded" else kind, data))
    return out


def _offices_stage(doc: Doc, res: Resources) -> None:
    """The ``offices`` stage: office changes of one article (uses the linking KB, less the roles learned from the
    article itself: its changes are read the same on its first pass and after they were learned)."""
    from marsad.nlp.linking import kb_apart_from

    doc.layers["office_change"] = extract_changes(doc, kb_apart_from(res, doc.article.id))


OFFICES = Stage(
    name="offices",
    # 10: the roles learned from the article itself left out (the same rows on a first pass and a re-run);
    # 9: the title as the text wrote it ("وزير الداخلية", not the folded key "وزير الداخليه")
    version="10",
    func=_offices_stage,
    requires=("sentence", "timex", "mention"),
    assigns=("office_change",),
    doc="Office changes: elected, sworn in, appointed, named, acting, resigned, dismissed, died, succeeded.",
)
STAGE = OFFICES
