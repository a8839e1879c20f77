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
* **owner**: when the post's title says nothing of whose it is ("وزيراً للإسكان"), the country of the head of
  state or government who made the appointment.

The spans are gathered across articles into learned roles by ``marsad.nlp.learned_roles``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from marsad.models import Doc, Span
from marsad.nlp.gazetteer import Tok, readings, tokenize
from marsad.nlp.kb.kb import KnowledgeBase
from marsad.nlp.linking import new_entity_id
from marsad.nlp.office_dates import date_of
from marsad.nlp.office_doubts import doubts
from marsad.nlp.translit import norm, norm_tokens
from marsad.pipeline.stage import Resources, Stage

__all__ = ["CHANGES", "OFFICES", "START", "extract_changes"]

# Change words (normalised, clitics stripped by ``readings``) → the kind of change.  Nouns govern the person
# that follows ("تعيين فلان"); the "+ه" forms point back to a subject named earlier ("تعيينه").
_WORDS = {
    "elected": "انتخب انتخاب انتخابه انتخابها ينتخب انتخبت",
    "sworn_in": "تنصيب تنصيبه نصب",
    "appointed": "عين تعيين تعيينه تعيينها عينت",
    "named": "سمي تسميه تسميته كلف تكليف تكليفه",
    "resigned": "استقال استقاله استقالته استقالتها يستقيل استقالت",
    "dismissed": "اقال اقاله اقالته اعفي اعفاء اعفائه اعفاؤه عزل",
    "died": "توفي وفاه",
    "succeeded": "يخلف",
}
# Nouns name the change and govern the person after them ("تعيين فلان"); verbs take their subject before or
# after; the bare verbs that are also common words ("عين" is an eye, "عزل" isolation, "سمي" a namesake)
# count only with the title of the post after them ("عُيّن محافظاً").
_NOUNS = frozenset(norm(w) for w in "انتخاب تنصيب تعيين تسميه تكليف اقاله اعفاء استقاله وفاه".split())
_AMBIGUOUS = frozenset(norm(w) for w in "عين عينت سمي عزل نصب كلف".split())
_TRIGGERS = {norm(w): kind for kind, words in _WORDS.items() for w in words.split()}
_IN = frozenset(norm(w) for w in "في لدى".split())
_LOCAL_OFFICES = frozenset({"mayor", "governor"})  # offices of a city or a province, which the KB rarely knows
_WIN = frozenset(norm(w) for w in "فاز فوز يفوز".split())
_WIN_NOUNS = frozenset(norm(w) for w in "فوز".split())  # "استطاع الفوز بالرئاسة": a noun, told as done or not
_OATH = frozenset(norm(w) for w in "اليمين يمين".split())
_OATH_VERBS = frozenset(norm(w) for w in "ادى يؤدي اداء تادية ادت تؤدي".split())
_ACTING = frozenset(norm(w) for w in "بالوكالة بالانابة بالإنابة مؤقتا مؤقتاً".split())
_PRONOUN_FORMS = frozenset(w for w in _TRIGGERS if w.endswith(("ه", "ها")) and w[:-1] in _TRIGGERS
                           or w.endswith("ته")) | {norm("اعفائه"), norm("اعفاؤه")}  # "بإعفائه": "his dismissal" points back to a name said before
START = frozenset({"elected", "sworn_in", "appointed", "named", "acting", "succeeded"})
CHANGES = ("elected", "sworn_in", "appointed", "named", "acting", "resigned", "dismissed", "died", "succeeded")
# Words that make the change unreal: not yet, denied, wished for, a candidacy.
_UNREAL = frozenset(
    norm(w) for w in """لم لن لا سوف قد يعتزم ينوي تعتزم تنوي مرشح المرشح ترشح ترشيح مرتقب المرتقب المقرر المزمع
    محتمل المحتمل رفض يرفض نفى نفت تنفي ينفي احتمال امكانية إمكانية شائعات عدم يطالب طالب تطالب دعا يدعو
    حال حالة اذا إذا لو ترشحه ترشيحه دعم يدعم تدعم سباق""".split()
)
# Accusative titles that name the post someone is made ("عُيّن وزيراً للصحة") → their nominative.
_ACC_TITLES = {norm(k): v for k, v in {
    "رئيسا": "رئيس", "رئيساً": "رئيس", "وزيرا": "وزير", "وزيراً": "وزير",
    "محافظا": "محافظ", "محافظاً": "محافظ", "سفيرا": "سفير", "سفيراً": "سفير", "اميرا": "أمير", "أميراً": "أمير",
    "نائبا": "نائب", "نائباً": "نائب", "امينا": "أمين", "أميناً": "أمين", "مديرا": "مدير", "مديراً": "مدير",
    "قائدا": "قائد", "قائداً": "قائد", "مستشارا": "مستشار", "مستشاراً": "مستشار", "ملكا": "ملك",
    "ملكاً": "ملك", "وليا": "ولي", "ولياً": "ولي", "مفتيا": "مفتي", "مفتياً": "مفتي", "قاضيا": "قاضي",
    "مشرفا": "مشرف", "مشرفاً": "مشرف", "مدربا": "مدرب", "مدرباً": "مدرب", "عميدا": "عميد", "عميداً": "عميد",
    "ممثلا": "ممثل", "ممثلاً": "ممثل", "مبعوثا": "مبعوث", "مبعوثاً": "مبعوث",
}.items()}
# The nouns of an organisation named inside a title ("رئيس تحرير صحيفة «فلان»", "مدير مستشفى فلان"): the
# organisation they name is whose the post is.
_ORG_NOUNS = frozenset(norm(w) for w in """صحيفه صحيفة جريده جريدة مجله مجلة جامعه جامعة مستشفى مستشفي كليه كلية
    شركه شركة نادي بنك مصرف وكاله وكالة قناه قناة مؤسسه مؤسسة صندوق""".split())
# Nouns of a place that an owner or a branch is named with ("محافظاً لمحافظة لحج", "صحيفة مكة بمدينة جدة").
_PLACE_NOUNS = frozenset(norm(w) for w in "محافظه محافظة مدينه مدينة منطقه منطقة ولايه ولاية اقليم إقليم عاصمه "
                         "عاصمة".split())
# A pronoun after a title makes the post a person's ("نائباً له", "ممثلاً لها"): the deputy or envoy of whoever
# appoints, which no country or organisation holds.
_TITLE_PRONOUNS = frozenset(norm(w) for w in "له لها لهم لهما".split())
# A branch or an office of an organisation ("مديراً لفرع حائل"): the place named after it is where it is, and
# the organisation whose post it is goes unsaid.
_BRANCH = frozenset(norm(w) for w in "فرع الفرع مكتب المكتب".split())
# Newsroom posts belong to a publication ("مدير التحرير بالسعودية" is the paper's post in Saudi Arabia).
_NEWSROOM = frozenset(norm(w) for w in "تحرير التحرير".split())
# Words that head a title ("منصب مدير التحرير"): after "منصب" another word is not the post's name.
_TITLE_HEADS = frozenset(norm(w) for w in """رئيس وزير محافظ سفير امير أمير نائب امين أمين مدير قائد مستشار ملك ولي
    مفتي قاضي مشرف مدرب عميد وكيل مساعد عضو رئيسه رئيسة مديره مديرة امينه أمينة متحدث ناطق""".split())
_ORG_NAME_WORDS = 3  # words of an organisation's name after its noun ("مستشفى الملك فهد التخصصي")
# The nouns of a post: "منصب رئيس الوزراء", "لرئاسة الجمهورية", "رئاسة بلدية صفاقس".
_POST_NOUNS = frozenset(norm(w) for w in "منصب منصبه منصبها".split())
_PRESIDENCY = frozenset(norm(w) for w in "رئاسة رئاسه".split())
_STOP = frozenset(norm(w) for w in """في من على عن الى إلى بعد قبل خلفا خلفاً الذي التي حيث كما وذلك بينما أن ان
    إن منذ حتى لمدة خلال اثر إثر عقب بدلا بدلاً أول اول""".split())
# Nouns of posts that begin with ل themselves ("لرئاسة لجنة التحكيم", "قائداً للواء"): no particle to take off.
_L_NOUNS = frozenset(norm(w) for w in "لجنه لجنة لجان لواء".split())
# Adjectives of an accusative title, in the accusative too ("مديراً عاماً") → their nominative.
_ACC_ADJECTIVES = {norm(k): norm(v) for k, v in {
    "عاما": "عام", "عاماً": "عام", "تنفيذيا": "تنفيذي", "تنفيذياً": "تنفيذي", "فنيا": "فني", "فنياً": "فني",
    "دوريا": "دوري", "دورياً": "دوري", "اقليميا": "اقليمي", "إقليمياً": "اقليمي"}.items()}
# Adjectives of the post that are no part of its name ("محافظاً جديداً لعدن").
_POST_ADJECTIVES = frozenset(norm(w) for w in "جديدا جديد الجديد جديده الجديده مؤقتا مكلفا".split())
# Words that end a title or an organisation's name ("وزيراً للإسكان وهو القادم من ...", "بالمرتبة الممتازة").
_TITLE_END = frozenset(norm(w) for w in "وهو وهي بسم بمرتبه بمرتبة بالمرتبه بالمرتبة".split())
_MAX_TITLE_WORDS = 4
_PERSON_WINDOW = 8  # tokens between a change word and the person it governs
_OFFICE_WINDOW = 12  # tokens between a change word and the office (unless the office is said with the name)
THRESHOLD = 0.6  # confidence from which a change becomes a learned role (see marsad.nlp.learned_roles)


@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    label: str
    entity_id: str
    name: str
    source: str
    i: int  # first token
    j: int  # token after the last


@dataclass(slots=True)
class _Office:
    office: str
    title: str
    of_id: str | None
    of_name: str | None
    lexicon: bool
    i: int
    j: int


def _tok_index(toks: list[Tok], pos: int) -> int:
    for k, t in enumerate(toks):
        if t.end > pos:
            return k
    return len(toks)


def _mentions(doc: Doc, toks: list[Tok]) -> list[_Mention]:
    out = []
    for s in doc.layer("mention"):
        eid = s.data.get("entity_id")
        if not eid:
            continue
        i = _tok_index(toks, s.start)
        j = max(i + 1, _tok_index(toks, s.end - 1) + 1)
        out.append(_Mention(s.start, s.end, s.label, eid, s.data.get("name") or doc.text[s.start:s.end],
                            s.data.get("source", ""), i, j))
    return sorted(out, key=lambda m: m.start)


def _variants(tok: Tok) -> list[str]:
    return [v for v, _k, _a in readings(tok.norm)]


def _trigger(toks: list[Tok], k: int) -> str | None:
    if any(v in _WIN for v in _variants(toks[k])):
        # "فاز برئاسة": only with the post won (a match, a prize or an election against someone is no office)
        nxt = _variants(toks[k + 1]) if k + 1 < len(toks) else []
        return "elected" if any(v in _PRESIDENCY or v in _POST_NOUNS for v in nxt) else None
    for v in _variants(toks[k]):
        if v in _OATH and k > 0 and any(w in _OATH_VERBS for w in _variants(toks[k - 1])):
            return "sworn_in"
        kind = _TRIGGERS.get(v)
        if kind:
            return kind
    return None


def _office_at(kb: KnowledgeBase, text: str, toks: list[Tok], k: int, lo: int, hi: int,
               mentions: list[_Mention]) -> _Office | None:
    """A role phrase starting at token ``k`` (within the sentence tokens ``[lo, hi)``)."""
    m = kb.gazetteer().match_office(text, toks, k)
    if m is not None and m.of:
        of = kb.entities.get(m.of)
        return _Office(m.office or "", text[m.start:m.end], m.of, of.name_ar if of else None, True, m.i, m.j)
    words = _variants(toks[k])
    nominative = next((_ACC_TITLES[v] for v in words if v in _ACC_TITLES), None)
    post = any(v in _POST_NOUNS for v in words)
    presidency = any(v in _PRESIDENCY for v in words)
    if nominative is None and not post and not presidency:
        return None
    if post:  # "منصب رئيس الوزراء اللبناني": the title follows in its own form
        if k + 1 >= hi:
            return None
        inner = _office_at(kb, text, toks, k + 1, lo, hi, mentions)
        if inner is not None:
            inner.i = k
            return inner
        nominative, k = None, k + 1
        if any(v in _TRIGGERS for v in _variants(toks[k])) or toks[k].norm in _STOP:
            return None  # "من منصبه وتكليف فلان": the next change, not a title
        head_word = toks[k].norm[2:] if toks[k].norm.startswith("ال") else toks[k].norm
        if head_word[:1] in ("و", "ف") and head_word not in _TITLE_HEADS:
            return None  # "استقالته من منصبه وتقوم إدارة النادي": a new clause, the post was named before
        head = [toks[k].norm]
    elif presidency:
        head = [norm("رئيس")]
    else:
        head = [norm(nominative)]
    # The complement: "للصحة" → "الصحة", "لبلدية صفاقس" → "بلدية صفاقس", up to a stop word or a person.
    words_out: list[str] = []
    positions: list[int] = []
    j = k + 1
    while j < hi and len(words_out) < _MAX_TITLE_WORDS and (toks[j].space or toks[j - 1].norm == "ل"):
        w = toks[j].norm
        if w in _TITLE_PRONOUNS:
            return None  # "نائباً له": the deputy of the one who appoints, a post of no country
        if w in _STOP or w in _TITLE_END or any(m.i == j and m.label == "PER" for m in mentions) or any(
                v in _TRIGGERS for v in _variants(toks[j])):
            break  # a person, or the next change of a decree ("وزيراً للإسكان وإعفاء فلان")
        if w.startswith("و") and any(v in _ACC_TITLES for v in _variants(toks[j])):
            if any(t.norm in _TITLE_PRONOUNS for t in toks[j + 1:min(hi, j + 3)]):
                return None  # "نائباً وممثلاً له": posts of the one who appoints
            break  # "وزيراً للإسكان ومستشاراً": a second post, not part of the first one's name
        if w in _POST_ADJECTIVES or (not words_out and w == "ل"):  # "رئيساً لـ «فيفا»": the particle apart
            j += 1
            continue
        lead = not words_out or words_out == [_ACC_ADJECTIVES.get(toks[j - 1].norm)]  # the complement's first word
        if nominative is not None and not words_out and w in _ACC_ADJECTIVES:
            w = _ACC_ADJECTIVES[w]  # "مديراً عاماً", "رئيساً تنفيذياً": the post is "مدير عام"
        elif lead and w.startswith("لل"):
            w = "ال" + ("ل" + w[2:] if "ل" + w[2:] in _L_NOUNS else w[2:])  # "للواء" is "اللواء"
        elif lead and w.startswith("ل") and len(w) > 3 and w not in _L_NOUNS:
            w = w[1:]
        words_out.append(w)
        positions.append(j)
        j += 1
    of = _of_in(kb, toks, k + 1, j, mentions)
    if of is None and j < hi and toks[j].norm in _IN:  # "وزيراً للصحة في الحكومة المصرية"
        of = _of_in(kb, toks, j + 1, min(hi, j + 4), mentions)
        if of is not None:
            of = (of[0], of[1], j)
    title_words = head + words_out
    org = _org_in_title(kb, text, toks, positions, hi, mentions)
    if org is None and of is None:  # "رئيساً تنفيذياً للشركة": the company the sentence named before
        org = _org_named_before(kb, text, toks, words_out, positions, lo, k, hi, mentions)
    if org is not None:  # "رئيس تحرير صحيفة الرياض": the newspaper's, not the city's
        of, cut = org
        title_words = head + [w for w, p in zip(words_out, positions) if p < cut]
        name = " ".join(title_words)
        return _Office(kb.titles.get(tuple(title_words)) or name, name, of[0], of[1], False, k, max(j, of[2]))
    if any(_bare(w) in _NEWSROOM or _bare(w) in _BRANCH for w in head + words_out):
        return None  # a newsroom post or a branch of an organisation the title does not name
    if of is not None:  # the place or organisation is not part of the office's name
        of_id, of_name, oi = of
        title_words = head + [w for w, p in zip(words_out, positions) if p < oi]
        while len(title_words) > 1 and _bare(title_words[-1]) in _PLACE_NOUNS:
            title_words.pop()  # "محافظاً لمحافظة لحج" is the governor of Lahj: the noun says what kind of place
    else:
        of_id = of_name = None
    if presidency and not words_out[:1]:
        return None
    if of_id is None:  # "رئيساً لبلدية صفاقس" with the place unrecognised: the words after the title name it
        for n in range(len(title_words) - 1, 0, -1):
            office = kb.titles.get(tuple(title_words[:n]))
            rest = words_out[n - 1:]
            if office and 1 <= len(rest) <= 2 and kb.office_roles.get(office, ("",))[0] in _LOCAL_OFFICES:
                a = k + n
                if len(rest) == 2 and rest[0] in _PLACE_NOUNS:
                    a += 1  # "محافظاً لمحافظة لحج": the place is لحج
                place = " ".join(t.norm for t in toks[a:k + n + len(rest)])
                found = [e for e in kb.lookup(place) if e.startswith("loc:")]
                of_id = found[0] if found else new_entity_id(place, "LOC")
                of_name = text[toks[a].start:toks[k + n + len(rest) - 1].end]
                title_words = title_words[:n]
                break
    if len(title_words) == 1 and of_id is None:
        return None  # a bare "رئيساً": whose?
    key = tuple(title_words)
    office = None
    for n in range(len(key), 0, -1):
        office = kb.titles.get(key[:n])
        if office and n == len(key):
            break
        office = None
    if title_words[:1] == [norm("رئيس")] and title_words[1:] in ([norm("الجمهوريه")], [norm("جمهوريه")]):
        office, title_words = "president", [norm("رئيس")]
    name = " ".join(title_words)
    return _Office(office or name, name, of_id, of_name, office is not None, k, j)


def _bare(word: str) -> str:
    """A title word without its particle ("لفرع" → "فرع", "للتحرير" → "التحرير")."""
    if word.startswith("لل"):
        return "ال" + word[2:]
    return word[1:] if word[:1] in ("ل", "ب") and len(word) > 3 else word


def _org_noun(word: str, nouns: frozenset[str] = _ORG_NOUNS) -> str | None:
    """The organisation noun a title word is, without its particle ("لمستشفى" → "مستشفي")."""
    for w in (word, word[1:] if word.startswith("ل") else "", "ال" + word[2:] if word.startswith("لل") else ""):
        if w in nouns or (w.startswith("ال") and w[2:] in nouns):
            return w
    return None


# Nouns by which a post refers back, with the article, to the organisation the sentence named before
# ("أعلنت شركة فلان تعيين زيد رئيساً تنفيذياً للشركة", "قرار مدير جامعة نجران بتكليفه متحدثاً للجامعة").
_BACK_NOUNS = _ORG_NOUNS | frozenset(norm(w) for w in """مجلس اتحاد هيئه هيئة حركه حركة حزب منظمه منظمة لجنه
    لجنة""".split())


def _org_named_before(kb: KnowledgeBase, text: str, toks: list[Tok], words: list[str], positions: list[int],
                      lo: int, k: int, hi: int, mentions: list[_Mention]) -> tuple[tuple[str, str, int], int] | None:
    """The organisation a title's last word points back to: a noun with the article ("للشركة", "للمجلس") is the
    organisation named by that noun without it earlier in the sentence ("شركة اتحاد اتصالات"), before the
    title at ``k``.  ((id, name, token after its name), the title word's token), like ``_org_in_title``."""
    if not words or not words[-1].startswith("ال") or words[-1][2:] not in _BACK_NOUNS:
        return None
    noun = words[-1][2:]
    for a in range(k - 1, lo - 1, -1):
        if toks[a].norm == noun or (toks[a].norm[:1] in ("و", "ل", "ب") and toks[a].norm[1:] == noun):
            found = _org_in_title(kb, text, toks, [a], hi, mentions, _BACK_NOUNS, closed=True)
            return (found[0], positions[-1]) if found is not None and found[0][2] <= k else None
    return None


def _org_in_title(kb: KnowledgeBase, text: str, toks: list[Tok], positions: list[int], hi: int,
                  mentions: list[_Mention], nouns: frozenset[str] = _ORG_NOUNS,
                  closed: bool = False) -> tuple[tuple[str, str, int], int] | None:
    """The organisation named by the words of a title ("لتحرير صحيفة «الوطن»", "لمستشفى الملك فهد"):
    ((id, name, token after its name), the organisation noun's token) — the linked organisation when the
    linker found one there, else the organisation noun and the words of its name (with ``closed``, only a name
    that something ends — a change word, a stop word, punctuation — before its longest length: "نادي الشباب
    باب الترشح" has taken in the words after it)."""
    for p in positions:
        if _org_noun(toks[p].norm, nouns) is None:
            continue
        linked = next((m for m in mentions if m.label == "ORG" and p <= m.i <= p + 1), None)
        if linked is not None:
            return (linked.entity_id, linked.name, linked.j), p
        end = p + 1
        while end < min(hi, p + 1 + _ORG_NAME_WORDS):
            gap = text[toks[end - 1].end:toks[end].start]
            w = toks[end].norm
            if gap.strip(" «»\"'“”") or w in _STOP or w in _TITLE_END or w in _FRAME_WORDS or (
                    w.startswith("ال") and w[2:] in _FRAME_WORDS) or any(
                    v in _TRIGGERS or v in _ACC_TITLES for v in _variants(toks[end])):
                break
            if w.startswith("ب") and (w[1:] in _PLACE_NOUNS or w[1:3] == "ال" and w[3:] in _PLACE_NOUNS or any(
                    m.i == end and m.label in ("LOC", "GPE") for m in mentions)):
                break  # "صحيفة مكة بمدينة جدة", "صندوق التنمية بحائل": where it is, not its name
            if end > p + 1 and (kb.adjectives.get((w,)) or kb.fem_adjectives.get((w,))):
                end += 1  # "نادي برشلونة الإسباني": the country's adjective ends the name
                break
            if w.startswith("و") and end > p + 1 and (w[1:] in _ACC_TITLES or w[1:3] == "ال"):
                break  # "صحيفة عكاظ والمشرف على ...": the next part of the sentence
            end += 1
        if end == p + 1:
            return None  # "مدير الشركة": which one the sentence does not say
        if closed and end == min(hi, p + 1 + _ORG_NAME_WORDS):
            return None
        surface = text[toks[p].start:toks[p].end]
        noun = ("ال" + surface[2:] if toks[p].norm.startswith("لل") else surface[1:]
                if toks[p].norm not in nouns and surface[:1] in ("ل", "و", "ب") else surface)
        rest = text[toks[p + 1].start:toks[end - 1].end].strip("«»\"'“” ")
        name = f"{noun} {rest}"
        return (new_entity_id(name, "ORG"), name, end), p
    return None


def _of_in(kb: KnowledgeBase, toks: list[Tok], i: int, j: int,
           mentions: list[_Mention]) -> tuple[str, str, int] | None:
    """The country, organisation or place named in tokens ``[i, j)``: (id, name, first token)."""
    for a in range(i, j):
        for an in range(min(3, j - a), 0, -1):
            words = tuple(t.norm for t in toks[a:a + an])
            country = kb.adjectives.get(words) or kb.fem_adjectives.get(words)
            if country:
                e = kb.entities.get(country)
                return country, (e.name_ar if e else country), a
        for m in mentions:
            if m.i == a and m.label in ("LOC", "ORG", "GPE") and m.j <= j + 1:
                place = _glued_place(kb, toks, m)
                return (*place, a) if place else (m.entity_id, m.name, a)
    return None


def _places(kb: KnowledgeBase, name: str) -> list[str]:
    """The ids of the places the KB knows by ``name``."""
    return [e for e in kb.lookup(name) if e.startswith("loc:")]


def _glued_place(kb: KnowledgeBase, toks: list[Tok], m: _Mention) -> tuple[str, str] | None:
    """The place a name with a glued particle and a place noun stands for ("لمحافظة لحج" → لحج): the
    particle and the noun say how the place is named, not which it is."""
    first = toks[m.i].norm
    if first[:1] not in ("ل", "ب"):
        return None
    if m.j - m.i >= 2 and first[1:] in _PLACE_NOUNS:
        name = m.name.split(maxsplit=1)[1] if len(m.name.split()) > 1 else " ".join(
            t.norm for t in toks[m.i + 1:m.j])
    elif not kb.lookup(m.name) and _places(kb, m.name[1:]):  # "لعدن": the particle glued to a place the KB knows
        name = m.name[1:]
    else:
        return None
    found = _places(kb, name)
    return (found[0] if found else new_entity_id(name, m.label)), name


def _confidence(kind: str, gap: int, office: _Office | None, unreal: bool, dated: bool, person: _Mention) -> float:
    """How much of the pattern is there.  A change word with its person next to it and a whole office
    (title and whose) is likely; a title without a country, a person further away, a coref holder or a
    word of doubt nearby are less so."""
    c = 0.35
    c += 0.2 if gap <= 2 else 0.1 if gap <= _PERSON_WINDOW else 0.0
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


def _person_for(kind: str, k: int, lo: int, mentions: list[_Mention], form: str,
                toks: list[Tok]) -> tuple[_Mention, int] | None:
    """The person a change word at token ``k`` governs, and how many tokens away it is.

    ``form`` is noun (the person follows), pronoun ("تعيينه": the person was named before) or verb (after,
    else before)."""
    people = [m for m in mentions if m.label == "PER"]
    if kind in START:
        people = [m for m in people if m.source != "coref"]  # "عيّن الرئيس فلاناً": the role phrase appoints
    after = [m for m in people if k < m.i <= k + _PERSON_WINDOW]
    before = [m for m in people if lo <= m.i and m.j <= k and k - m.j <= _PERSON_WINDOW]
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
    return m, sum(1 for t in toks[k + 1:m.i] if not t.norm.startswith("ال") and t.norm not in _FRAME_WORDS)


def _office_for(kb: KnowledgeBase, text: str, toks: list[Tok], k: int, lo: int, hi: int, person: _Mention,
                mentions: list[_Mention], kind: str) -> _Office | None:
    """The office of a change: the first role phrase after the person (or the change word), else the title
    written right before the person's name ("رئيس الوزراء الياباني فلان")."""
    def before() -> _Office | None:
        for a in range(max(lo, person.i - _MAX_TITLE_WORDS - 2), person.i):
            office = _office_at(kb, text, toks, a, lo, person.i, mentions)
            if office is not None and office.j == person.i and office.of_id != person.entity_id:
                return office
        return None

    if kind not in START:  # who leaves is named with the office he leaves: "استقال وزير الدفاع فلان"
        office = before()
        if office is not None:
            return office
    first = lo if kind == "succeeded" else min(person.j, k + 1)
    # The post someone is made is said in the accusative ("رئيساً لأركان الجيوش"); a nominative title after
    # the name is the title he had ("فلان رئيس مجلس الأمن القومي"), so the accusative is looked for first.
    # Only the first accusative title counts: a later one is another clause's ("تكليفه مشرفاً على الجامعة
    # بالإضافة إلى عمله مديراً لجامعة المجمعة" — the post he already holds).
    last = hi
    for accusative in (True, False):
        for a in range(first, last):
            if person.i <= a < person.j:
                continue
            if accusative and not any(v in _ACC_TITLES or v in _POST_NOUNS or v in _PRESIDENCY
                                      for v in _variants(toks[a])):
                continue
            office = _office_at(kb, text, toks, a, lo, hi, mentions)
            if office is not None and office.of_id != person.entity_id:
                return office
            if accusative:
                last = a
                break
    return before() if kind in START else None


# Words that stand between a change word and the name it governs without being part of the name: honorifics
# without the article, and days ("تعيين د. فلان", "انتخب أمس فلان").
_FRAME_WORDS = frozenset(norm(w) for w in """د دكتور فضيله فضيلة معالي سمو سماحه سماحة صاحب سعاده سعادة دوله دولة
    امس أمس اليوم مؤخرا مؤخراً رسميا رسمياً مجددا مجدداً مساء صباح ليل""".split())


def _name_goes_on_before(text: str, toks: list[Tok], i: int, k: int, mentions: list[_Mention]) -> bool:
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
    return not any(v in _STOP or v in _IN or v in _FRAME_WORDS or v in _TRIGGERS or v in _ACC_TITLES
                   or v in _TITLE_HEADS or v in _ORDERS for v in _variants(toks[p]))


def _name_goes_on_after(text: str, toks: list[Tok], j: int, hi: int, mentions: list[_Mention]) -> bool:
    """Whether the word right after a name is its last part, the recogniser having stopped short: the name is
    followed, each time after one space, by one word and then the post it is given in the accusative ("تعيين
    محمد المختار| الفال رئيساً"). Between a name and its post Arabic news puts only the rest of the name, a
    word of time ("أمس") or punctuation."""
    if j + 1 >= hi or not all(toks[a].start - toks[a - 1].end == 1 and text[toks[a - 1].end] == " "
                              for a in (j, j + 1)):
        return False
    if not any(v in _ACC_TITLES for v in _variants(toks[j + 1])):
        return False
    w = toks[j].norm
    if len(w) < 3 or any(c.isdigit() for c in w) or any(m.i <= j < m.j for m in mentions):
        return False
    if w.startswith(("بال", "لل", "وال", "فال", "كال")):
        return False  # "بتكليف فلان بالعمل رئيساً": a particle glued to the article begins no name's word
    return not any(v in _STOP or v in _IN or v in _FRAME_WORDS or v in _TRIGGERS or v in _ACC_TITLES
                   or v in _TITLE_HEADS or v in _ORDERS or v in _ACTING or v in _POST_NOUNS
                   for v in _variants(toks[j]))


def _whole_name(text: str, toks: list[Tok], k: int, hi: int, person: _Mention,
                mentions: list[_Mention]) -> _Mention:
    """The person of a change with the words of their name that the recogniser left out on either side
    ("أعيد انتخاب جوزيب| ماريا بارتوميو", "تعيين السفير ثامر| السبهان سفيراً"), without the post it may have
    taken in ("فلان علان سفيراً|"): only for names the KB does not know (a known name is whole whatever its
    mention covers) that follow the change word."""
    if not person.entity_id.startswith("new:") or person.i <= k:
        return person
    i, j = person.i, person.j
    while j - i > 2 and any(v in _ACC_TITLES for v in _variants(toks[j - 1])):
        j -= 1  # "تعيين فلان علان سفيراً": the post in the accusative is no part of the name
    if i - 1 > k and _name_goes_on_before(text, toks, i, k, mentions):
        i -= 1
    if _name_goes_on_after(text, toks, j, hi, mentions):
        j += 1
    if (i, j) == (person.i, person.j):
        return person
    name = text[toks[i].start:toks[j - 1].end]
    return _Mention(toks[i].start, toks[j - 1].end, "PER", new_entity_id(name, "PER"), name, person.source, i, j)


_DECISIONS = frozenset(norm(w) for w in "قرار قرارا قراراً أمر امر أمرا أمراً مرسوم مرسوما مرسوماً توجيه توجيهات "
                       "موافقه موافقة تكليف".split())


def _decides(toks: list[Tok], lo: int, person: _Mention, mentions: list[_Mention]) -> bool:
    """Whether a person named before "بتكليفه"/"بتعيينه" is the author of the decision: the name follows a
    decision word ("صدور قرار الوزير فلان بتكليفه") with only titles between, so "him" is someone else."""
    for a in range(person.i - 1, max(lo, person.i - 9) - 1, -1):
        if any(v in _DECISIONS for v in _variants(toks[a])):
            return True
        if any(m.label == "PER" and m.i <= a < m.j for m in mentions) or toks[a].norm in _STOP | _WHO:
            return False
    return False


_WHO = frozenset(norm(w) for w in "الذي التي والذي والتي".split())  # a relative clause about the person
_LIST_YEAR = re.compile(r"(?:^|(?<=[\s.]))([12][0-9]{3})\s*[-–—]\s")


def _doc_day(doc: Doc) -> str | None:
    pub = doc.article.published_at
    return pub[:10] if pub else None


def _holders_at(kb: KnowledgeBase, day: str | None) -> dict[str, str]:
    """Everyone holding an office of the KB that appoints others at ``day``, with whose office it is."""
    out: dict[str, str] = {}
    for (title, of), holders in kb.offices.items():
        if title in _APPOINTING:
            out.update((h.entity_id, of) for h in holders
                       if (h.start is None or day is None or h.start[:len(day)] <= day)
                       and (h.end is None or (day is not None and day < h.end)))
    return out


def _appointer_of(kb: KnowledgeBase, k: int, mentions: list[_Mention], holders: dict[str, str],
                  doc: Doc) -> tuple[str, str] | None:
    """Whose the post is when the sentence does not say: the country of the head of state or government who
    appoints ("أصدر الملك أمراً بتعيين فلان وزيراً للإسكان" → Saudi Arabia) — the nearest person before the
    change word, when they hold such an office."""
    before = [m for m in mentions if m.label == "PER" and m.j <= k]
    if not before:
        return None
    m = before[-1]
    of = holders.get(m.entity_id)
    if of is None and m.source == "coref":
        pm = next((sp for sp in doc.layer("mention") if sp.start == m.start), None)
        if pm is not None and pm.data.get("office") in _APPOINTING:
            of = pm.data.get("of")
    if not of:
        return None
    e = kb.entities.get(of)
    return of, (e.name_ar if e else of)


_ORDERS = frozenset(norm(w) for w in "امر أمر أمرا أمراً الامر الأمر اوامر أوامر الاوامر الأوامر مرسوم مرسوما "
                     "مرسوماً المرسوم مراسيم".split())
_ROYAL = frozenset(norm(w) for w in "ملكي ملكيا ملكياً الملكي ملكيه ملكية الملكيه الملكية".split())


def _outlet_country(doc: Doc) -> str | None:
    """The ISO code of the country of the article's outlet (``marsad.outlets``), if known."""
    from marsad import outlets

    a = doc.article
    found = outlets.lookup(a.outlet) or outlets.by_url(a.url) or outlets.by_url(a.origin)
    return found.country if found and found.country else None


def _royal_owner(kb: KnowledgeBase, doc: Doc, toks: list[Tok], lo: int, hi: int) -> tuple[str, str] | None:
    """Whose the post is when a royal order or decree makes the appointment and names no king ("صدر أمر ملكي
    بتعيين فلان وزيراً للإسكان"): the country of the outlet, when the knowledge base has a king of that country
    on the article's day."""
    if not any(toks[a + 1].norm in _ROYAL and any(v in _ORDERS for v in _variants(toks[a]))
               for a in range(lo, min(hi, len(toks)) - 1)):
        return None
    country = _outlet_country(doc)
    day = _doc_day(doc)
    for (title, of), holders in kb.offices.items():
        e = kb.entities.get(of)
        if title == "king" and e is not None and e.data.get("iso") == country and any(
                (h.start is None or day is None or h.start[:len(day)] <= day)
                and (h.end is None or (day is not None and day < h.end)) for h in holders):
            return of, e.name_ar
    return None


_APPOINTING = frozenset({"president", "king", "emir", "prime_minister", "crown_prince", "supreme_leader", "leader"})
_SUCCEEDS = frozenset(norm(w) for w in "خلفا يخلف".split())


def _predecessor(toks: list[Tok], k: int, hi: int, mentions: list[_Mention], person: _Mention) -> _Mention | None:
    """The person named after "خلفاً لـ" / "يخلف" in the change's own clause (from its change word to the
    next change of the sentence: in "بتعيين فلان أميراً … وإعفاء علان … وتعيين زيد خلفاً له" the predecessor
    is no one's but the last change's), and not the person himself."""
    for a in range(max(k, person.j), min(hi, len(toks))):
        if any(v in _SUCCEEDS for v in _variants(toks[a])):
            pred = next((m for m in mentions if m.label == "PER" and m is not person and a < m.i <= a + 2), None)
            if pred is not None and pred.i == a + 1 and pred.name.startswith("ل") and (
                    len(pred.name.split()) > 1 and pred.entity_id.startswith("new:")):
                name = pred.name[1:]  # "خلفاً لسامر العطار": the particle glued to the name
                pred = _Mention(pred.start + 1, pred.end, pred.label, new_entity_id(name, "PER"), name, pred.source,
                                pred.i, pred.j)
            return None if pred is None or pred.entity_id == person.entity_id else pred
        if a > k and _trigger(toks, a) is not None:
            return None
    return None


def extract_changes(doc: Doc, kb: KnowledgeBase) -> list[Span]:
    """The office changes of ``doc`` (needs its ``sentence``, ``timex`` and ``mention`` layers).

    Returns:
        ``office_change`` spans over their sentence, ``label`` the change and ``data`` holding ``person``,
        ``person_name``, ``office``, ``title``, ``of``, ``of_name``, ``date``, ``date_from`` (timex | article),
        ``predecessor``, ``predecessor_name``, ``trigger`` (offsets of the change word) and ``confidence``.
    """
    text = doc.text
    toks = tokenize(text)
    mentions = _mentions(doc, toks)
    sentences = doc.layer("sentence") or [Span("sentence", 0, len(text))]
    out: list[Span] = []
    holders = _holders_at(kb, _doc_day(doc))
    for s in sentences:
        lo, hi = _tok_index(toks, s.start), min(len(toks), _tok_index(toks, s.end - 1) + 1)
        sent_mentions = [m for m in mentions if s.start <= m.start and m.end <= s.end]
        seen: set[tuple[str, str]] = set()
        for k in range(lo, min(hi, len(toks))):
            kind = _trigger(toks, k)
            if kind is None:
                continue
            variants = _variants(toks[k])
            form = ("pronoun" if any(v in _PRONOUN_FORMS for v in variants)
                    else "noun" if any(v in _NOUNS or v in _WIN_NOUNS for v in variants) else "verb")
            if any(v in _AMBIGUOUS for v in variants) and not any(
                    v in _ACC_TITLES for t in toks[k + 1:min(hi, k + 1 + _PERSON_WINDOW)] for v in _variants(t)):
                continue
            if kind == "succeeded":
                pred = next((m for m in sent_mentions if m.label == "PER" and k < m.i <= k + 2), None)
                if pred is None:
                    continue
                found = _person_for("appointed", k, lo, [m for m in sent_mentions if m is not pred], "pronoun", toks)
            else:
                pred = None
                found = _person_for(kind, k, lo, sent_mentions, form, toks)
            if found is None:
                continue
            person, gap = found
            if form == "pronoun" and person.entity_id in holders and kind in ("appointed", "dismissed", "named"):
                continue  # "أصدر الرئيس قراراً بإقالته": "him" is someone named earlier, not the one who decides
            if (kind in START or kind == "dismissed") and form != "pronoun" and person.entity_id in holders:
                # "عيّن الرئيس اليمني، فلان، ... فلاناً محافظاً", "أقال رئيس الوزراء وزيرَ الدفاع فلاناً": the
                # office holder who appoints or dismisses is named first
                reach = 3 if kind in START else _PERSON_WINDOW
                nxt = [m for m in sent_mentions if m.label == "PER" and m.i >= person.j and m.i - person.j <= reach
                       and m.entity_id not in holders]
                if not nxt:
                    continue
                person, gap = nxt[0], gap + 2
            if kind == "died" and person.source == "coref":
                continue  # "وفاة الزعيم الفلسطيني" in a report about a past leader: the holder today did not die
            if form == "pronoun" and _decides(toks, lo, person, mentions=sent_mentions):
                continue  # "قرار الوزير فلان بتكليفه": the one named after the decision decides; "him" is another
            if kind in START:
                person = _whole_name(text, toks, k, hi, person, sent_mentions)
            office = _office_for(kb, text, toks, k, lo, hi, person, sent_mentions, kind)
            if office is not None and not (office.j == person.i or office.i == person.j
                                           or abs(office.i - k) <= _OFFICE_WINDOW):
                office = None  # a title far from the change word is another clause's
            if office is None and person.source == "coref":
                pm = next((sp for sp in doc.layer("mention") if sp.start == person.start), None)
                if pm is not None and pm.data.get("office") and pm.data.get("of"):
                    of = kb.entities.get(pm.data["of"])
                    office = _Office(pm.data["office"], text[pm.start:pm.end], pm.data["of"],
                                     of.name_ar if of else None, True, person.i, person.j)
            if office is None or (kind == "died" and office.j != person.i and office.i != person.j):
                continue  # died in office: the office is said with the name
            if kind in START and office.of_id is None and len(office.title.split()) > 1:
                whose = (_appointer_of(kb, k, sent_mentions, holders, doc)  # "وزيراً للإسكان" of the king's country
                         or _royal_owner(kb, doc, toks, lo, hi))
                if whose is not None:
                    office.of_id, office.of_name = whose
            if kind != "succeeded":
                pred = _predecessor(toks, k, hi, sent_mentions, person)
            if kind in START and any(v in _ACTING for t in toks[office.i:min(office.j + 2, hi)] for v in _variants(t)):
                kind = "acting"
            window = toks[max(lo, k - 3):k]
            unreal = (any(v in _UNREAL for t in window for v in _variants(t)) or toks[k].norm.startswith("سي")
                      or (toks[k].norm.startswith("ل") and toks[k].norm[1:] in _TRIGGERS))  # "لانتخاب": to elect
            who = next((a for a in range(person.j, k) if toks[a].norm in _WHO), None) if form == "pronoun" else None
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
                                                                 if _v in _TRIGGERS)))
            # a name the KB knows is whole whatever its mention covers ("عادل بن أحمد| الجبير")
            cut = (person.entity_id.startswith("new:") and person.i > k + 1 and not office.i <= person.i - 1 < office.j
                   and toks[person.i - 1].norm not in norm_tokens(person.name)
                   and _name_goes_on_before(text, toks, person.i, k, sent_mentions))
            against = doubts(toks, k, lo, hi, kind=kind, form=form, person_surface=text[person.start:person.end],
                             person_name=person.name,
                             person_known=not person.entity_id.startswith("new:"), person_i=person.i,
                             person_j=person.j, office_i=office.i, office_j=office.j, change_date=date,
                             date_from=date_from, published=_doc_day(doc),
                             is_change=lambda j: _trigger(toks, j) is not None, person_apart=apart,
                             name_cut=cut)
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
    """The ``offices`` stage: office changes of one article (uses the linking KB)."""
    from marsad.nlp.linking import kb_for

    doc.layers["office_change"] = extract_changes(doc, kb_for(res))


OFFICES = Stage(
    name="offices",
    version="7",
    func=_offices_stage,
    requires=("sentence", "timex", "mention"),
    assigns=("office_change",),
    doc="Office changes: elected, sworn in, appointed, named, acting, resigned, dismissed, died, succeeded.",
)
STAGE = OFFICES
