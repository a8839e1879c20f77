"""Who a back reference or a subject-less cue means: coreference for the quote finder.

``CorefFinder`` is the base of ``marsad.nlp.quote_subjects.SubjectFinder`` (and so of
``marsad.nlp.quote_speakers.SpeakerFinder``). It resolves

* continuations with no subject ("وأضاف"، "وأوضحت"، "وأضافوا"، "مشيرا"): the person who opened the previous
  sentence, a party a later sentence brought in as its subject (across paragraph breaks), else the last speaker —
  each only when the verb's gender and number fit (:func:`verb_agreement`, :func:`speaker_agreement`);
* back references: "الوكالة", "المصدر", "الوزير السعودي" to the body, source or person introduced before; "المصادر"
  to the sources brought in last, quoted or not;
* a title with no name ("المتحدث الأمني في الوزارة") to the person the article names with that title;
* a statement, study or report ("البيان"، "الدراسة") to whoever issued it.

It reads the quote finder's state (text, tokens, mentions, sentences, quotes, speakers seen) and calls its noun
phrase helpers (``_mentions_in``, ``_surface``, ``_named_after``, ``_sentence``, ``_paragraph``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Any

from marsad.models import Span
from marsad.nlp import speech_lexicon as lex
from marsad.nlp.quote_marks import Tokens
from marsad.nlp.speech_lexicon import fold

# A title or rank right after a verb: its subject may run on to a name ("كرر وزير الخارجية البريطاني فلان").
_TITLE_HEADS = lex.ROLE_WORDS | lex.HONORIFICS
# A reporter's byline at the head of an article ("فلان - سبق - الرياض:").
_DATELINE_RE = re.compile(r"[^.:\n]{0,60}?[-–—][^.:\n]{0,40}:")
# Documents that someone issues, and what follows one to name its maker ("أعدتها"، "التي قامت بها").
_ISSUED_DOCUMENTS = frozenset(fold(w) for w in "بيان دراسة تقرير".split())
_MADE_BY_RE = re.compile(r"\s*(?:(?:التي|الذي)\s+)?(?:اعد|اجر|اصدر|نشر|قام|اطلق|نفذ|وضع)\w*(?:\s+(?:بها|به))?\s+")
# Patterns of the speaker search, compiled once (a pattern string per call goes through re's cache each time).
_APPOSITION_GAP_RE = re.compile(r"[\s،,]*")
_CLAUSE_BREAK_RE = re.compile(r"[.:؛;!?؟\n]")
_PHRASE_BREAK_RE = re.compile(r"[.!?؟،,:؛\n]")
_WORD_RE = re.compile(r"\w+")
_CLAUSE_RE = re.compile(r"[^.،,:؛;!?؟\n\"“”«»]*")
_COMMA_RE = re.compile("[،,]")
# Plural heads of people: a continuation in the singular ("وأضاف") does not go on with them ("الأطباء").
PEOPLE_PLURALS = frozenset(fold(w) for w in (
    "خبراء شهود سكان أطباء مواطنين مواطنون نشطاء ناشطون ناشطين قادة زعماء أهالي عمال طلاب لاعبون لاعبين "
    "مسؤولون مسؤولين محللون محللين مراقبون مراقبين دبلوماسيون دبلوماسيين نواب وزراء معلمون معلمين").split())
# Non-human plurals: they take a feminine singular verb ("وأضافت المصادر").
_THING_PLURALS = frozenset(fold(w) for w in "مصادر تقارير بيانات إحصاءات إحصائيات أرقام تقديرات وسائل سلطات".split())


def _stem(folded: str) -> str:
    """A folded word without its conjunction, preposition and article ("للحج" → "حج", "والعمره" → "عمره")."""
    for p in ("وال", "بال", "لل", "ال", "و", "ل", "ب"):
        if folded.startswith(p) and len(folded) - len(p) >= 2:
            return folded[len(p):]
    return folded


def _linked(entity_id: str | None) -> bool:
    """An entity of the knowledge base, not one the linker made up for this surface ("new:…")."""
    return bool(entity_id) and not str(entity_id).startswith("new:")


def _name_words(name: str) -> frozenset[str]:
    """The words of a personal name as a set, folded and without the article ("الجبرتي" and "جبرتي" agree)."""
    out = set()
    raw = name.split()
    if len(raw) > 1 and raw[-1] == "على":
        name = " ".join(raw[:-1])  # "إبراهيم على" after "وشدد": the verb's preposition, not a name
    for w in fold(name).split():
        w = w[2:] if w.startswith("ال") and len(w) > 4 else w
        if len(w) >= 3:
            out.add(w)
    return frozenset(out)


def _is_word_char(c: str) -> bool:
    """Is ``c`` a word character as ``\\w`` reads it (a letter or digit, or "_")?"""
    return c.isalnum() or c == "_"


def whole_word_spots(folded: str, phrase: str, lo: int, hi: int, *, sliced: bool = False) -> list[int]:
    """Where ``phrase`` stands as whole words in ``folded[lo:hi]`` (no word character right before or after it;
    the end ``hi`` counts as a break): what ``(?<!\\w)phrase(?!\\w)`` finds with ``pos=lo`` and ``endpos=hi``, or
    in the slice ``folded[lo:hi]`` when ``sliced`` (then ``lo`` counts as a break too), by ``str.find`` (a
    pattern opening with a lookbehind is tried at every offset)."""
    out, n, edge = [], len(phrase), lo if sliced else 0
    i = folded.find(phrase, lo, hi)
    while i >= 0:
        e = i + n
        if (i == edge or not _is_word_char(folded[i - 1])) and (e >= hi or not _is_word_char(folded[e])):
            out.append(i)
            i = folded.find(phrase, e, hi)
        else:
            i = folded.find(phrase, i + 1, hi)
    return out


def verb_agreement(surface: str, lemma: str, klass: str) -> str | None:
    """Who a cue verb with no subject can be about: "m" (وأضاف، مشيرا), "f" (وأضافت، مشيرة: a woman, a body, a
    non-human plural) or "p" (وأضافوا، مشيرين: people); None when the form does not tell."""
    w = fold(surface)
    if w[:1] in ("و", "ف") and len(w) > 3:
        w = w[1:]
    base = fold(lemma)
    if klass == "participle":
        if w.endswith(("ين", "ون")):
            return "p"
        return "f" if w.endswith("ه") else "m"
    if w.endswith(("وا", "ون")) and not base.endswith("و"):
        return "p"
    if w in (base + "ا", base + "تا") and not base.endswith("ا"):
        return "d"  # وشددا، وأكدتا: two parties (الجانبان، الدولتان)
    if w == base:
        return "m"
    if w == base + "ت":
        return "f"
    if w != base and not w.endswith("ان"):  # the present tense: يضيف / تضيف
        if w.startswith("ي"):
            return "m"
        if w.startswith("ت") and not base.startswith("ت"):
            return "f"
    return None


def speaker_agreement(sp: dict[str, Any]) -> frozenset[str]:
    """The verb agreements a speaker takes: "الوزير" m, "الوزيرة"/"الوزارة"/"المصادر" f, "الأطباء" p, "الجانبان" d
    (a dual verb goes on with two parties only)."""
    words = fold(sp.get("title") or sp.get("text") or "").split()
    if not words:
        return frozenset("mfpd")
    head = words[0]
    bare = head[2:] if head.startswith("ال") else head
    if (bare.endswith(("ان", "ين")) and len(bare) >= 5 and sp.get("label") != "PER" and not sp.get("entity_id")
            and (sp.get("kind") or lex.speaker_kind(sp)) not in ("document", "media")):
        # "الجانبان", "خبيران عقاريان", "الوزيرين": a dual, or a plural (a name such as "الحمدان" is a mention)
        return frozenset("dp")
    if bare in _THING_PLURALS:
        return frozenset("fp")
    if bare in PEOPLE_PLURALS or head in lex.COLLECTIVE_ROLES and bare not in ("مصدر",):
        return frozenset("p")
    if bare.endswith(("ان", "ين")) and (bare[:-2] in lex.ROLE_WORDS or "ال" + bare[:-2] in lex.ROLE_WORDS):
        return frozenset("p")  # "أستاذان", "المستشارين": two or more people, never a singular verb's subject
    kind = sp.get("kind") or lex.speaker_kind(sp)
    if kind == "person":
        if sp.get("label") == "PER" and not sp.get("title") and head not in lex.ROLE_WORDS:
            return frozenset("mf")  # a bare name: its gender is not written
        return frozenset("f") if bare.endswith("ه") else frozenset("m")
    return frozenset("f") if bare.endswith("ه") else frozenset("mf")


# Between a role and a person, these make the person someone else: "مصدر مقرب من فلان", "مستشار لدى فلان".
NEAR_WORDS = frozenset(fold(w) for w in "من عن لدى مع مقرب المقرب قريب مقربة المقربة قريبة".split())



def speaker_from_mention(m: Span, surface: str) -> dict[str, Any]:
    """A speaker dict from a (linked) mention, shown as ``surface``."""
    d = m.data or {}
    return {"text": surface, "entity_id": d.get("entity_id"), "name_ar": d.get("name") or surface,
            "name_en": d.get("name_en"), "label": m.label}



class CorefFinder:
    """Continuations, back references, titles and documents; the state lives in the quote finder subclass."""

    text: str
    folded: str
    tokens: Tokens
    mentions: list[Span]
    quotes: list[Span]
    speakers_seen: list[dict[str, Any]]
    last_speaker: dict[str, Any] | None
    sentences: list[tuple[int, int]]
    _sent_starts: list[int]
    _cursor: int
    _mention_starts: list[int]

    def _title_holder(self, sp: dict[str, Any], s: int) -> None:
        """"المتحدث الأمني في وزارة الداخلية" with no name: the person the article names with that title, right
        before it ("اللواء فلان، المتحدث الأمني") or right after it ("رئيس المجلس التنسيقي، الشيخ فلان"),
        the nearest such place up to this one."""
        words = fold(sp.get("text") or "").split()
        if len(words) < 2 or words[0] not in lex.ROLE_WORDS or words[0] in lex.COLLECTIVE_ROLES:
            return
        bare = words[0][2:] if words[0].startswith("ال") else words[0]
        if words[0] in lex.UNNAMED_ROLES or bare in lex.UNNAMED_ROLES:
            return  # "مصدر في الوزارة": a source stays unnamed
        key, content = [], 0
        for w in words:
            key.append(w)
            content += w not in lex.NAME_BREAKERS
            if content == 2:
                break
        if content < 2:
            return
        phrase = " ".join(key)
        spots = whole_word_spots(self.folded, phrase, max(0, s - 6000), min(len(self.text), s + 1))
        for p in reversed(spots):
            person = self._holder_at(p, p + len(phrase))
            if person is not None:
                sp.update(speaker_from_mention(person, sp["text"]), text=sp["text"], title=sp["text"], resolved="coref")
                return

    def _speakers_as_entities(self) -> None:
        """Speakers named by part of a name ("الجبرتي", "تشاوش", "الفارسي") take the entity of the person the
        article names in full with it: one person's statements gather on one entity.

        A speaker with no entity, or with one the linker only made up for the short form, takes the person
        mention whose words hold all of its words (with or without the article) and more; among several
        people, the one named last before the quote.
        """
        if all(_linked(q.data["speaker"].get("entity_id")) for q in self.quotes):
            return
        # "عضو في رئاسة الحزب" first, "عضو في رئاسة الحزب، فلان" later: the description is that person
        titled = {}
        for q in self.quotes:
            sp = q.data["speaker"]
            if sp.get("title") and sp.get("name_ar"):
                titled.setdefault(fold(sp["title"]).strip(), sp)
        for q in self.quotes:
            sp = q.data["speaker"]
            named = titled.get(fold(sp.get("text") or "").strip()) if not sp.get("title") else None
            if named is not None and not sp.get("entity_id"):
                sp.update({k: named.get(k) for k in ("entity_id", "name_ar", "name_en", "label")}, resolved="coref")
                q.data["entity_id"] = named.get("entity_id")
        people = []  # (start, name words, mention) of the linked person mentions
        for m in self.mentions:
            if m.label == "PER" and (m.data or {}).get("entity_id"):
                words = _name_words(self.text[m.start:m.end])
                if words:
                    people.append((m.start, words, m))
        if not people:
            return
        for q in self.quotes:
            sp = q.data["speaker"]
            eid = sp.get("entity_id")
            if _linked(eid) or (eid and sp.get("label") != "PER"):
                continue
            surface = (sp.get("text") if eid else sp.get("name_ar") or sp.get("text")) or ""
            raw = surface.split()
            if not raw or len(raw) > 4 or fold(raw[0]) in lex.KIN_HEADS:
                continue  # "والد الشهيد فلان": the father, not the martyr named
            titled = False
            while len(raw) > 1 and (fold(raw[0]) in lex.HONORIFICS or fold(raw[0]) in lex.ROLE_WORDS):
                titled = titled or not fold(raw[0]).startswith("ال")
                raw = raw[1:]  # "الدكتور عبده", "السفير قطان": the title is not part of the name
            if titled and all(fold(w).endswith("ي") and not fold(w).startswith("ال") for w in raw):
                continue  # "مسؤول مصري", "مصدر أمني": an undefined title and its adjectives name no one
            words = _name_words(" ".join(raw))
            if not words:
                continue
            # an entity already made up for this person gives way only to a fuller name
            current = _name_words(sp.get("name_ar") or "")
            known = current if eid and words <= current else words
            fits = [(start, m) for start, ws, m in people
                    if words <= ws and (known < ws if eid else True) and (m.data or {}).get("entity_id") != eid]
            if not fits:
                continue
            if len({(m.data or {}).get("entity_id") for _, m in fits}) > 1:
                before = [f for f in fits if f[0] < q.start]
                fits = before[-1:] if before else fits[:1]
            m = max((m for _, m in fits), key=lambda m: (_linked((m.data or {}).get("entity_id")), m.end - m.start))
            linked = speaker_from_mention(m, sp.get("text") or "")
            sp.update(entity_id=linked["entity_id"], name_ar=linked["name_ar"], name_en=linked["name_en"], label="PER")
            q.data["entity_id"] = linked["entity_id"]

    def _described_holder(self, sp: dict[str, Any], s: int) -> None:
        """"وقال مسؤول الحج" after "حذر نائب رئيس اللجنة الوطنية للحج … فلان": a description with no name is the
        person named last with its words around him (the clause before his name, or the apposition after it).

        Every word of the description past its head must be there; the head too, unless the person is the
        last speaker (a description may only paraphrase his office: "مسؤول" for "نائب رئيس").
        """
        words = fold(sp.get("text") or "").split()
        if len(words) < 2 or sp.get("entity_id"):
            return
        head = words[0]
        bare = head[2:] if head.startswith("ال") else head
        if not (head in lex.ROLE_WORDS or bare in lex.ROLE_WORDS) or head in lex.COLLECTIVE_ROLES or (
                head in lex.UNNAMED_ROLES or bare in lex.UNNAMED_ROLES):
            return
        if not any(w.startswith(("ال", "وال", "لل")) for w in words):
            return  # "مسؤول مصري": an undefined description brings in someone new, it refers back to no one
        content = {_stem(w) for w in words[1:] if w not in lex.NAME_BREAKERS and not lex.is_function_word(w)}
        content.discard("")
        if not content:
            return
        last = self.last_speaker or {}
        last_words = set(fold(" ".join(str(last.get(k) or "") for k in ("text", "name_ar"))).split())
        first, stop = bisect_left(self._mention_starts, max(0, s - 4000)), bisect_left(self._mention_starts, s)
        for m in reversed(self.mentions[first:stop]):
            eid = (m.data or {}).get("entity_id")
            if m.label != "PER" or m.end > s or not eid:
                continue
            ss = self._sentence(m.start)[0]
            before = _PHRASE_BREAK_RE.split(fold(self.text[max(ss, m.start - 150):m.start]))[-1]
            after = " ".join(_PHRASE_BREAK_RE.split(fold(self.text[m.end:min(s, m.end + 100)]))[:2])
            around = {_stem(w) for w in (before + " " + after).split()}
            # the last speaker: the same entity, or his surname ("وقال الجبرتي" is linked only at the end)
            is_last = eid == last.get("entity_id") or fold(self.text[m.start:m.end]).split()[-1] in last_words
            if content <= around and (_stem(head) in around or is_last):
                sp.update(speaker_from_mention(m, sp["text"]), text=sp["text"], title=sp["text"], resolved="coref")
                return

    def _holder_at(self, a: int, b: int) -> Span | None:
        """The person named in apposition with the title at text[a:b]: just before it, or after its rest."""
        for m in reversed(self._mentions_in(max(0, a - 60), a)):
            if m.label == "PER" and m.end <= a and _APPOSITION_GAP_RE.fullmatch(self.text, m.end, a):
                return m
        for m in self._mentions_in(b, b + 120):
            if m.label != "PER" or m.start < b:
                continue
            between = fold(self.text[b:m.start])
            if (_CLAUSE_BREAK_RE.search(between) or lex.COMPLEMENTIZERS.intersection(between.split())
                    or NEAR_WORDS.intersection(between.split()) or self._named_after(m, b)):
                return None
            return m
        return None

    def _coref(self, sp: dict[str, Any]) -> None:
        """"الوكالة" after "وكالة الأنباء ...": take the names of the body named before."""
        words = sp["text"].split()
        if sp.get("entity_id") or not words:
            return
        w0 = fold(words[0])
        if (w0[2:] if w0.startswith("ال") else w0) in _ISSUED_DOCUMENTS:
            issuer = self._issuer(w0[2:] if w0.startswith("ال") else w0, definite=w0.startswith("ال"))
            if issuer is not None:  # "البيان" after "أعلن الجيش في بيان": the army spoke through it
                sp.update(issuer, resolved="coref")
                return
        if len(words) > 2:
            return
        head = lex.GENERIC_HEADS.get(fold(words[0]))
        if head is None:
            w0 = fold(words[0])
            role = lex.ROLE_BACKREFS.get(w0)
            if role is None and w0.startswith("ال") and len(w0) > 4 and not lex.is_function_word(w0):
                role = w0[2:]  # "الكاتب الاقتصادي" after "الكاتب الاقتصادي فلان": any definite description
            if role is not None:
                self._role_coref(sp, role, fold(words[1]) if len(words) > 1 else None)
            return
        # "المركز" after "المركز الإعلامي للمقاومة", "اللجنة" after "اللجنة العليا للإغاثة": the body named in full
        # before, with or without the article (the back reference itself, one word, names no one)
        heads = (head, "ال" + head)
        for prev in reversed(self.speakers_seen):
            for key in ("text", "name_ar"):
                words = fold(prev.get(key) or "").split()
                if len(words) > 1 and words[0] in heads:
                    sp.update(entity_id=prev.get("entity_id"), name_ar=prev.get("name_ar") or prev.get("text"),
                              name_en=prev.get("name_en"))
                    sp["resolved"] = "coref"
                    return
        for m in reversed(self.mentions):
            if m.start < self._cursor and fold(self.text[m.start:m.end]).split()[0] in heads and (
                    len(self.text[m.start:m.end].split()) > 1):
                sp.update(speaker_from_mention(m, self.text[m.start:m.end]), text=sp["text"], resolved="coref")
                return

    def _issuer(self, noun: str, definite: bool) -> dict[str, Any] | None:
        """Who issued the statement, study or report named by ``noun`` at or before the cursor (its entity and
        names): the body or person that made it ("دراسة أعدتها شركة X", "الدراسة التي قامت بها X") or that spoke
        in it ("أعلن X في بيان", "وقالت السفارة في بيان: …")."""
        spot = self._issuer_spot(noun, definite)
        if isinstance(spot, dict):
            return {key: spot.get(key) for key in ("entity_id", "name_ar", "name_en")}
        if spot is None:
            return None
        out = {"entity_id": (spot.data or {}).get("entity_id"), "name_ar": (spot.data or {}).get("name")
               or self._surface(spot.start, spot.end), "name_en": (spot.data or {}).get("name_en")}
        before = self.folded[max(0, spot.start - 30):spot.start].split()
        if spot.label == "LOC" and before and before[-1] in lex.BODY_WORDS:  # "جيش الإمارات": the army
            out = {"entity_id": None, "name_ar": self._surface(spot.start - len(before[-1]) - 1, spot.end),
                   "name_en": None}
        return out

    def _issuer_spot(self, noun: str, definite: bool) -> Span | dict[str, Any] | None:
        """The issuer's mention, or the speaker of the sentence that issued the statement."""
        lo = max(0, self._cursor - 4000)
        hi = min(len(self.text), self._cursor + 40)
        if self.folded.find(noun, lo, hi) < 0:
            return None  # no form of the noun in reach (every match below holds it)
        spots = list(re.finditer(r"(?<!\w)[وبلف]?(?:ال)?" + re.escape(noun) + r"(?:ا|ه)?(?!\w)", self.folded[lo:hi]))
        for m in reversed(spots):
            a, b = lo + m.start(), lo + m.end()
            made = _MADE_BY_RE.match(self.folded, b)
            if made:
                for x in self._mentions_in(made.end(), made.end() + 50):
                    if x.start >= made.end() and x.label in ("ORG", "PER"):
                        return x
            if a >= self._cursor - 2 and definite:
                continue  # the back reference itself names no issuer before it
            if noun == "بيان" and self.folded[max(0, a - 3):a] == "في ":  # "أعلن الجيش في بيان"
                ss = self._sentence(a)[0]
                for q in self.quotes:  # "وقالت السفارة في بيان: إن …": who spoke in it
                    if q.data["sentence"][0] == ss and q.data["cue"][0] < a and self._named(q.data["speaker"]):
                        return q.data["speaker"]
                for x in self._mentions_in(ss, a):
                    if x.start >= ss and x.end <= a and x.label in ("ORG", "PER", "LOC"):
                        return x
        return None

    def _role_coref(self, sp: dict[str, Any], role: str, qualifier: str | None) -> None:
        """"المصدر" after "مصدر دبلوماسي سوداني", "الوزير السعودي" after "وزير الخارجية السعودي فلان":
        the earlier speaker, else the earlier person, introduced with the same role (and qualifier)."""
        heads = (role, "ال" + role)
        quals = (qualifier, qualifier[2:]) if qualifier and qualifier.startswith("ال") else (qualifier,)

        def fits(words: list[str]) -> bool:
            return bool(words) and words[0] in heads and (qualifier is None or any(q in words for q in quals))

        # "وكانت مصادر أمنية أعلنت …. ونقلت الوكالة عن المصادر": the sources last brought in, quoted or not
        intro = self._role_intro(role, fits) if role in lex.UNNAMED_ROLES else None
        for prev in reversed(self.speakers_seen):
            if prev is sp or prev.get("resolved") == "coref" and not prev.get("entity_id"):
                continue
            for key in ("title", "text", "name_ar"):
                words = fold(prev.get(key) or "").split()
                if fits(words) and (prev.get("entity_id") or len(words) > 1 + (qualifier is not None)):
                    if intro is not None and intro[0] > self._quoted_at(prev):
                        break
                    sp.update(entity_id=prev.get("entity_id"), name_ar=prev.get("name_ar"), name_en=prev.get("name_en"),
                              resolved="coref")
                    return
            else:
                continue
            break
        if intro is not None:
            sp.update(name_ar=intro[1], resolved="coref")
            return
        if role in lex.UNNAMED_ROLES:
            return  # "المصادر": sources stay unnamed; a person near "مصدر" is who it is close to
        lo = max(0, self._cursor - 4000)
        if self.folded.find(role, lo, self._cursor) < 0:
            return  # the role is not written before: no one was introduced with it
        # the mentions starting in [lo, cursor), last first (mentions are sorted by start)
        first, stop = bisect_left(self._mention_starts, lo), bisect_left(self._mention_starts, self._cursor)
        for m in reversed(self.mentions[first:stop]):
            if m.label != "PER":
                continue
            before = _PHRASE_BREAK_RE.split(fold(self.text[max(0, m.start - 60):m.start]))[-1].split()[-5:]
            if not before or before[-1] in lex.NAME_BREAKERS or before[-1] in lex.BODY_WORDS or before[-1][0] == "ل":
                continue  # "المتحدث باسم حكومة نيجيريا", "مصدر مقرب من فلان": the person is not the one titled
            # "كريس فيليرز المتحدث باسم الشركة": the description may also follow the name
            after = _PHRASE_BREAK_RE.split(fold(self.text[m.end:m.end + 40]))[0]
            after = _WORD_RE.findall(after)[:3]
            if any(fits(before[i:]) for i in range(len(before))) or (after and fits(after)):
                sp.update(speaker_from_mention(m, sp["text"]), text=sp["text"], resolved="coref")
                return

    def _quoted_at(self, speaker: dict[str, Any]) -> int:
        """Where the quote (cue and content) of this speaker dict ends (-1 if none)."""
        return next((q.end for q in reversed(self.quotes) if q.data["speaker"] is speaker), -1)

    def _role_intro(self, role: str, fits: Any) -> tuple[int, str] | None:
        """The last place before the cursor that brings in an unnamed source with this role ("مصادر أمنية
        يمنية"): its offset and its description (the role and up to three words after it, within the clause)."""
        lo = max(0, self._cursor - 4000)
        for a in reversed(self._role_spots(role, lo, self._cursor)):
            clause = _CLAUSE_RE.match(self.text[a:a + 80]).group(0).split()
            words = clause[:1]
            for w in clause[1:4]:
                f = fold(w)
                if (f in lex.NAME_BREAKERS or f in lex.COMPLEMENTIZERS or lex.CUES.get(f) or lex.is_function_word(f)
                        or f.startswith(("بال", "لل")) or not (f.endswith(("ي", "ه")) or f.startswith("ال"))):
                    break  # adjectives ("أمنية يمنية"، "قبلي") go on; "بسقوط"، "لـ" open what follows
                words.append(w)
            if fits([fold(w) for w in words]):
                return a, " ".join(words)
        return None

    def _role_spots(self, role: str, lo: int, hi: int) -> list[int]:
        """Where ``role`` stands as a whole word, alone or after "و", in ``folded[lo:hi]`` (the start of the role):
        what ``(?<!\\w)و?(role)(?!\\w)`` finds in that slice."""
        alone = whole_word_spots(self.folded, role, lo, hi, sliced=True)
        after_wa = [i + 1 for i in whole_word_spots(self.folded, "و" + role, lo, hi, sliced=True)]
        return sorted(alone + after_wa) if after_wa else alone

    def _previous_subject(self, ss: int) -> dict[str, Any] | None:
        """"رحب رئيس المفوضية فلان بالاتفاق. وقال في بيان إن": a subject-less cue goes on with the person
        who opened the previous sentence of its paragraph, when that sentence quoted no one."""
        k = bisect_right(self._sent_starts, ss - 1) - 1
        if k < 0 or self.sentences[k][0] >= ss:
            return None
        ps, pe = self.sentences[k]
        if self._paragraph(ps)[0] != self._paragraph(ss)[0] or self._quotes_in(ps, pe):
            return None
        return self._opening_person(ps, pe)

    def _quotes_in(self, ps: int, pe: int) -> bool:
        return any(q.data["sentence"][0] <= ps < q.data["sentence"][1] or ps <= q.data["content"][0] < pe
                   for q in self.quotes)

    def _opening_person(self, ps: int, pe: int, lead_words: int = 7) -> dict[str, Any] | None:
        """The person who opens the sentence text[ps:pe] as its subject, if one does: at most ``lead_words``
        words after the sentence's last opening comma."""
        dateline = _DATELINE_RE.match(self.text, ps, pe)
        if dateline:  # "فلان - سبق - الرياض:": the reporter's byline, not the sentence's subject
            ps = dateline.end()
        for m in self._mentions_in(ps, pe):
            if m.start >= ps and m.label == "PER":
                if self._named_after(m, ps):
                    continue  # "أكد الأمين العام لمركز الملك فلان": the centre's namesake is not its subject
                lead = self.text[ps:m.start]
                # the subject comes early: right after the verb, past an opening adjunct ("وفي أول رد فعل، رحب")
                clause = _COMMA_RE.split(lead)[-1].split()
                adj = fold(clause[1]) if len(clause) > 2 else ""
                if adj and fold(clause[0]) == "من" and lex.ADJUNCT_NOUNS.intersection((adj, adj[:-1], adj[:-2], adj[:-2] + "ه")):
                    clause = clause[2:]  # "من جهته/ناحيته كشف الرئيس التنفيذي فلان": the adjunct is not the verb
                elif clause and fold(clause[0]) in lex.PRE_CUE_SKIP:
                    clause = clause[1:]  # "بدوره أوضح فلان"
                titled = len(clause) > 1 and fold(clause[1]) in _TITLE_HEADS
                if len(lead.split()) > 14 or len(clause) > (7 if titled else lead_words):
                    return None  # "كرر وزير الخارجية البريطاني فلان": a title may stand between the verb and him
                sp = speaker_from_mention(m, self._surface(m.start, m.end))
                sp["resolved"] = "previous"
                return sp
        return None

    def _continuation(self, ti: int, klass: str, lemma: str, ss: int, subject_first: bool) -> dict[str, Any] | None:
        """Who a cue with no subject ("وأضاف"، "وتابعت"، "مشيرا") goes on with.

        The person who opened the previous sentence of the paragraph when it quoted no one (``subject_first``);
        else a person who opened a sentence since the last quote, up to three sentences back and across
        paragraph breaks (a new party has come in); else the last speaker — each only when the verb's
        gender and number fit ("وأضاف" does not go on with "الأطباء", nor "وأضافوا" with one minister);
        past a last speaker that does not fit, the latest earlier one that does.
        """
        t = self.tokens.at(ti)
        agr = verb_agreement(self.text[t.start:t.end], lemma, klass)

        def fits(sp: dict[str, Any]) -> bool:
            return agr is None or agr in speaker_agreement(sp)

        if ss < t.start and not any(q.data["sentence"][0] == ss for q in self.quotes):
            # "تحدث الصحفي فلان عن المسألة، إذ أشار إلى أن", "الروائي فلان، تميل قراءاته …، فيقول:": the person
            # who opens this very sentence, when it quoted no one before the cue
            sp = self._opening_person(ss, t.start, lead_words=4)
            if sp is not None and fits(sp):
                return sp
        if subject_first:
            sp = self._previous_subject(ss)
            if sp is not None and fits(sp):
                return sp
        sp = self._new_subject(ss)
        if sp is not None and fits(sp):
            return sp
        if self.last_speaker is None:
            return None
        if not fits(self.last_speaker):
            for prev in reversed(self.speakers_seen):
                if fits(prev) and self._named(prev):
                    return dict(prev, resolved="previous")
            if agr == "d":
                return None  # "وشددا" after one king's words: the two parties were never a speaker
        return dict(self.last_speaker, resolved="previous")

    @staticmethod
    def _named(sp: dict[str, Any]) -> bool:
        """A speaker that is a party for sure: a linked name, a title, a role or body head, a plural of people."""
        head = fold((sp.get("text") or "").split()[0]) if sp.get("text") else ""
        bare = head[2:] if head.startswith("ال") else head
        return bool(sp.get("entity_id") or sp.get("title") or head in lex.ROLE_WORDS or head in lex.BODY_WORDS
                    or bare in PEOPLE_PLURALS)

    def _new_subject(self, ss: int) -> dict[str, Any] | None:
        """A person opening one of the (up to three) sentences between the last quote and ``ss``."""
        k = bisect_right(self._sent_starts, ss - 1) - 1
        for _ in range(3):
            if k < 0:
                return None
            ps, pe = self.sentences[k]
            if ps >= ss:
                k -= 1
                continue
            if self._quotes_in(ps, pe):
                return None
            if self.text[ps:pe].rstrip().endswith(":"):
                k -= 1  # a dateline ("فلان - الرياض:") names the reporter, not a party
                continue
            sp = self._opening_person(ps, pe, lead_words=2)  # the verb's subject: "وأوضح فلان"، "فيما لفتت فلانة"
            if sp is not None:
                return sp
            k -= 1
        return None

