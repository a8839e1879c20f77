"""Negation and modality of coded events: denied, hypothetical, future, reported.

A mixin of the coder's analysis: an event is negated by a particle right before
its trigger (لم، لن، لا، ما), denied inside a deny frame (نفى أن ...), hypothetical
after a conditional (إذا، لو، في حال وقوع ...) or inside a request/threat, future
after سـ/سوف or inside a pledge, and reported when a speech cue or the ``quote``
layer attributes it to someone other than its actor.
"""

from __future__ import annotations

import datetime
import json
from functools import lru_cache
from importlib import resources

from marsad.nlp.events import lexicon as L
from marsad.nlp.events.analysis import STRONG_PUNCT, Analysis, Hit, Sentence, Speech, has_word, key, stems


# a question or the odds of an act, before its trigger (events34)
_ASKED_OR_ODDS = L._w("هل وهل فهل احتمالات الاحتمالات احتمالية")


class ModalityMixin(Analysis):
    """(negated, modality, reported_by) of the coder's hits."""

    def _negated_here(self, sent: Sentence, h: Hit) -> bool:
        i = h.tok
        window = [self.toks[j].norm for j in range(max(sent.lo, i - 2), i)]
        if window[-1:] == ["ما"]:  # "ما وقعت" denies; "وهو ما تنفيه" is a relative
            return h.entry.pos == "verb" and window[-2:-1] not in (["هو"], ["هي"], ["وهو"], ["وهي"], ["كل"], ["مثل"])
        if any(self.toks[j].norm in ("سوي", "سوى", "الا") for j in range(i + 1, min(sent.hi, i + 8))):
            return False  # "لم تقصف تركيا داعش سوى ثلاث مرات": "only", an exception, not a denial
        # "ولم يلتزم", "فلن": a negation particle takes و/ف like any word
        return any((w in L.NEGATIONS or (w[:1] in ("و", "ف") and w[1:] in L.NEGATIONS)) and w.lstrip("وف") != "ما"
                   for w in window)

    def _so(self, j: int) -> bool:
        """Whether token ``j`` is "إذاً"/"إذًا" with its tanween: "so", no condition (folded, it is إذا) — events44."""
        return "\u064b" in self.text[self.toks[j].start:self.toks[j].end]

    def _imperfect(self, h: Hit) -> bool:
        """Whether the verb of ``h`` is in the imperfect: its form in ي, or in ت when the lexicon knows the same
        form in ي for the same trigger ("تلتزم" beside "يلتزم"; not "تعهد", "تعهدت": the perfect of a verb in ت,
        whose ي-form "يعهد" is no form of it) — events44; it was read by the first letter alone."""
        n = self.toks[h.tok].norm
        st = next((st for _p, st, _s, e in self.lex.readings(n, stems) if e is h.entry), None)
        if st is None:
            st = n[len(h.prefix):] if h.prefix and n.startswith(h.prefix) else n.lstrip("وف")
        if st[:1] == "ي":
            return True
        if st[:1] != "ت":
            return False
        return any(e.key == h.entry.key for e in self.lex.entries.get("ي" + st[1:], ()))

    def _will_have(self, j: int) -> bool:
        """"زيارته سيكون لها نتائج": what a visit will bring, not the visit, is to come (events41)."""
        return j + 1 < len(self.toks) and self.toks[j + 1].norm in _HAVE

    def modality(self, sent: Sentence, h: Hit, speeches: list[Speech]) -> tuple[bool, str, dict | None]:
        """(negated, modality, reported_by) of ``h``."""
        i, toks = h.tok, self.toks
        window = [toks[j].norm for j in range(max(sent.lo, i - 3), i)]
        negated = self._negated_here(sent, h)
        # (a cue takes و/ف like any word: "وسوف ننشر", "ولن" — events44)
        future = "س" in h.prefix or any(_bare(w) in L.FUTURE_CUES or _bare(w) == "لن" for w in window)
        if h.entry.pos == "verb" and self._imperfect(h) and not any(w in _WAS for w in window):
            # "ستزور ... الأسبوع المقبل" — but "كانت تعارضها": كان makes the imperfect a past habit
            future = future or any(toks[j].norm in L.NEXT_TIME for j in range(i + 1, sent.hi))
            if h.entry.key in ("visit", "meet", "host", "discuss") or h.entry.plover == "CONSULT":
                # "يزور الجبير موسكو الثلاثاء", "يبحث الوزير مع نظيره الاثنين": a visit or talks told in the
                # imperfect on a named weekday other than the report's own are still to come
                future = future or self._on_other_weekday(sent, i)

        hyp = False
        for j in range(max(sent.lo, i - 6), i):
            w = _bare(toks[j].norm)  # "وقد يزور", "وربما" (events44)
            if w == "قد":
                # (not the pluperfect "كانت أستونيا قد تعهدت": what had been done before, nor "وقد تعهد": the
                # perfect of a verb in ت, a done act — events44)
                pluperfect = any(toks[k].norm in _WAS for k in range(max(sent.lo, j - 5), j))
                hyp = hyp or (j == i - 1 and h.entry.pos == "verb" and self._imperfect(h) and not pluperfect)
            elif w in L.HYPOTHETICAL_CUES and not self._so(j) and not self._not_a_condition(j):
                hyp = True
            elif w in _ASKED_OR_ODDS and not any(self._clause_break(k, i) for k in range(j, i)):
                # "هل استنكر مسؤول ... تصريحاته؟": a question asks whether it happened; "احتمالات أن ترفض القيادة
                # الاتفاق محدودة": the odds of an act are no act (events34)
                hyp = True
            elif w == "اي" and j + 1 < i and (j == sent.lo or not toks[j - 1].punct) \
                    and not any(self.boundary(k) for k in range(j, i)) \
                    and not (h.entry.pos == "verb" and "و" in h.prefix):
                # (not "ينفي الرجلان أي تورط، ورفضت روسيا تسليمهما": the verb in و opens a clause of its own)
                hyp = True  # "أي غارات معادية تستهدف مواقعه ستلقى ردا": any strike, none told as done
        # "ترغب في تعزيز علاقاتها", "الخطوات المطلوبة لرفع العقوبات", "من أجل دعم": a wish or an aim, not an
        # act; "تأجيل زيارة ظريف": a put-off visit is still to come; "الانتظار حتى تنسحب": not yet done
        for j in range(max(sent.lo, i - 3), i):
            if toks[j].punct or self._clause_break(j, i):
                continue
            w = toks[j].norm.lstrip("وف") if len(toks[j].norm) > 3 else toks[j].norm
            if w in _WISH or w in _OBLIGED or (w == "اجل" and j > sent.lo and toks[j - 1].norm == "من"):
                hyp = True  # (and "يتعين أن تتعاون", "بضرورة أن تلتزم": what one should do is not done)
            elif w in _POSTPONED:
                future = True
        if h.entry.pos == "noun":
            # "زيارة عادل الجبير وزير الخارجية المرتقبة إلى موسكو", "القمة المقررة": an act its noun phrase calls
            # awaited or scheduled is still to come (events29; the phrase ends at a mark or a clause)
            for j in range(i + 1, min(sent.hi, i + 9)):
                if toks[j].punct or self.boundary(j):
                    break
                if toks[j].norm in _AWAITED:
                    future = True
                    break
                if h.entry.plover == "CONSULT" and (toks[j].norm in L.NEXT_TIME or (
                        toks[j].norm in _LATER and toks[j - 1].norm in _TIME_NOUNS)):
                    # "وزيارة الرئيس في وقت لاحق هذا الشهر", "زيارته إلى بكين الأسبوع المقبل": a visit or talks
                    # told with a time to come have not taken place yet (events41)
                    future = True
                    break
        if not hyp and not future:
            # "خطة تقضي بانسحاب المسلحين", "ناقشوا خططا لنشر جنود": an act a plan or a proposal holds;
            # "أحبط الحرس تفجيرا", "لإحباط هجمات": a foiled act was not done;
            # "هجمات محتملة", "الضربة المخطط لها": an act its noun phrase calls possible or planned (events44)
            kind = self._planned_or_foiled(sent, h)
            hyp, future = kind == "hypothetical", kind == "future"
        if h.entry.pos == "noun" and i - 1 >= sent.lo and toks[i - 1].norm.lstrip("ل") in _COMPLETION:
            # "التطلع لإتمام زيارة الرئيس", "الحرص على إتمام زيارته": a visit hoped to take place
            if any(toks[j].norm.lstrip("وف") in _WISH | _CARE for j in range(max(sent.lo, i - 5), i - 1)):
                hyp = True
        for j in range(i - 1, max(sent.lo, i - 10) - 1, -1):
            # "ومن المقرر أن يعقد فابيوس في باريس اجتماعا": what is scheduled has not happened yet
            if self.boundary(j) and toks[j].norm not in L.COMPLEMENTIZERS or self._clause_break(j, i):
                break
            if toks[j].norm in _SCHEDULED and j + 1 < i and toks[j + 1].norm in ("ان", "أن"):
                future = True
                break
        if not hyp and not future and not (window[-1:] and window[-1] in _WAS):
            # "يريد الرئيس أن يزور", "ينبغي أن تنسحب", "تقرر أن يزور", "إمكانية انسحاب": a governor that takes
            # an act not told as done, learned from raw text (events44)
            kind = self._irrealis_governed(sent, h)
            hyp, future = kind == "hypothetical", kind == "future"
        if h.entry.pos == "noun" and not future:
            future = self._future_governor(sent, i)
        if h.entry.pos == "noun" and not future:
            # "مباحثات الجبير مع لافروف ستتناول ...": talks that a future verb tells about are still to come
            for j in range(i + 1, min(sent.hi, i + 16)):
                if self.boundary(j) or toks[j].norm in L.COMPLEMENTIZERS or self._clause_break(j, sent.hi):
                    break
                w = toks[j].norm.lstrip("وف") if len(toks[j].norm) > 5 else toks[j].norm
                if w[:1] == "س" and (w[1:] in _FUTURE_OF_TALKS or (h.entry.plover == "CONSULT" and w[1:] in _WILL_BE
                                                                     and not self._will_have(j))):
                    future = True
                    break
        if not hyp and h.entry.plover == "REJECT" and i > sent.lo and toks[i - 1].norm in ("ان", "فان", "لان"):
            hyp = self._supposed_by_its_outcome(sent, i)
        if h.entry.pos == "verb" and not h.prefix and i > sent.lo and toks[i - 1].norm == "حتي" \
                and toks[i].norm[:1] in ("ي", "ت"):
            future = True
        frames = []
        f = h.frame_of
        while f is not None and len(frames) < 4:
            frames.append(f)
            negated = negated or self._negated_here(sent, f)
            f = f.frame_of
        kinds = [f.entry.frame for f in frames]
        if kinds and kinds[0] in ("request", "threaten", "intend"):
            hyp = True
        if kinds and kinds[0] == "pledge":
            future = True
        if window[-1:] and window[-1] in _WAS and "س" not in h.prefix:
            future = False  # "خطط كانت تعارضها": what one used to do, whatever frame it sits in
        if (kinds and kinds[0] == "pledge") or h.entry.key in ("defend", "help") or h.entry.plover == "AID":
            hyp = hyp or self._conditional_after(sent, i)
        for j in range(i - 1, sent.lo - 1, -1):
            if self._clause_break(j, i) or self._reason_clause(j):
                # "إذا واجه ...، وذلك بموجب اتفاق وقعه", "إذا نجحت ...، فإنها ستكون الأولى، حيث إن البلدين وقعا":
                # the condition ended
                break
            if self._is_conditional(j):
                hyp = True
                break
        around = [s for s in speeches if s.lo <= i < s.hi]
        # the quote layer knows its speaker best; then a cue with a named speaker
        sp = min(around, key=lambda s: (s.speaker is None, s.kind != "quote")) if around else None
        reported_by = sp.speaker if sp is not None else None
        denied = "deny" in kinds or self._denied_that(sent, i)
        accuse = next((f for f in frames if f.entry.frame in ("accuse", "deny")), None)
        if accuse is not None and accuse.actor:
            reported_by = self.actor_dict(accuse.actor[0])
        if denied:
            return True, "denied", reported_by
        if hyp:
            return negated, "hypothetical", reported_by
        if future:
            return negated, "future", reported_by
        if accuse is not None:
            return negated, "reported", reported_by
        if sp is not None:
            # "أعلنت واشنطن سحب قواتها": what an actor announces about itself is asserted
            own = h.actor and sp.speaker_ment is not None and key(h.actor[0].span) == key(sp.speaker_ment.span)
            return negated, ("asserted" if own else "reported"), reported_by
        return negated, "asserted", None

    def _planned_or_foiled(self, sent: Sentence, h: Hit) -> str | None:
        """"hypothetical" or "future" when the act at ``h`` is held by a plan or a proposal a few words before it
        ("خطة تتضمن انسحاب", "خطط لإرسال"), is the object of a verb of foiling ("أحبطت الشرطة هجوما"), or (a noun)
        is called possible, proposed or planned by its own phrase ("هجمات محتملة", "الهجوم المخطط له")."""
        toks, i = self.toks, h.tok
        for j in range(i - 1, max(sent.lo, i - 5) - 1, -1):
            t = toks[j]
            if t.punct or self._clause_break(j, i) or (self.boundary(j) and j < i - 1):
                break
            w = _bare(t.norm)
            if t.norm in L.PREPOSITIONS and not self._stipulates(j):
                break  # ("أدت الخطة إلى انسحاب": what the plan brought about took place)
            if w in _PLANS and h.entry.pos == "noun" and (j == i - 1 or all(
                    toks[k].norm.lstrip("و") in _CONTAINS or self._stipulates(k) for k in range(j + 1, i))):
                # the plan's own act: "خطة انسحاب", "خطط لإرسال", "خطة تنص على وقف"; not a verb ("في مبادرة
                # لافتة التقى"), nor past a preposition or another word (events44 review)
                return "hypothetical"
            if w in _PREPARING and j >= i - 3 and any(toks[k].norm[:1] == "ل" for k in range(j + 1, i + 1)):
                # "تستعد لشن هجوم", "أبدى استعداد بلاده للتعاون": an act prepared for (with لـ: "أنهت تحضيرات
                # زيارته" tells preparations done, not the visit — events44 review)
                return "future"
            if h.entry.pos == "noun" and (has_word(w, _FOILING_NOUNS) or (has_word(w, _FOILED) and j < i - 1)):
                # (a foiling verb right before the noun has it for subject: "أفشلت زيارته مساعي" — events44 review)
                return "hypothetical"
        if h.entry.pos == "noun":
            for j in range(i + 1, min(sent.hi, i + 4)):
                if toks[j].punct or self.boundary(j) or toks[j].norm in L.PREPOSITIONS:
                    break  # ("غضبه من الحدود المقترحة": what is proposed is the preposition's noun)
                w = toks[j].norm
                if w in _POSSIBLE:
                    return "hypothetical"
                if w in _PLANNED and j + 1 < sent.hi and toks[j + 1].norm in _HAVE:
                    return "future"
        return None

    def _irrealis_governed(self, sent: Sentence, h: Hit) -> str | None:
        """"future" or "hypothetical" when the act at ``h`` sits in a clause "أن ..." opened right after an
        irrealis governor up to four words before أن ("من المقرر أن يعقد", "يريد الرئيس فلان أن يزور",
        "يجب على إيران أن تنسحب"), or is an event noun right after one ("إمكانية انسحاب",
        "ينتظر زيارة"); None otherwise.  The governors are learned from raw text (:func:`irrealis_governors`):
        the words after which أن is followed by a verb in the imperfect, the mark of أنْ.  The nearest أن before
        the act is the one that holds it ("يتوقع أن يعلن أن القوات هاجمت": the attack is told as a fact)."""
        toks, i = self.toks, h.tok
        govs = irrealis_governors()
        if h.entry.pos == "noun" and i - 1 >= sent.lo and not toks[i - 1].punct:
            g = i - 1
            if has_word(toks[g].norm, _LIGHT_NOUNS) and g - 1 >= sent.lo and not toks[g - 1].punct:
                g -= 1  # "ضرورة عقد لقاء", "إمكانية فرض عقوبات": the light verb's noun between
            w = governor_form(toks[g].norm)
            # (before a verbal noun only the reviewed few: "أهمية زيارة" or "الطبيعي" say nothing of whether the
            # act took place, though they take أنْ — events44 review)
            if w in _NOUN_GOVERNORS and w in govs and w not in _PREP_PRONOUNS and not self._told_done(sent, i):
                return govs[w]
        if h.entry.pos == "verb" and not self._imperfect(h):
            return None  # أنْ takes an imperfect: "يجب أن نتذكر كيف التقى" tells a meeting that took place
        for j in range(i - 1, max(sent.lo, i - 10) - 1, -1):
            t = toks[j]
            if self._clause_break(j, i) or (self.boundary(j) and t.norm not in L.COMPLEMENTIZERS):
                return None
            if t.norm in _SUBORDINATORS:
                return None  # "أن يعرف كيف التقى", "أن يعاقبهم حين هاجموا": another clause holds the act
            if t.norm not in L.COMPLEMENTIZERS and j - 1 >= sent.lo and toks[j - 1].norm not in ("ان", "لا") \
                    and self._finite_verb(j):
                return None  # another verb between: only the verb right after أن, and its objects, are governed
            if t.norm in L.COMPLEMENTIZERS:
                if t.norm != "ان" or self.text[t.start:t.start + 1] == "إ":
                    return None  # "أكد أنه", "بأن", "قال إن": a fact follows
                for k in range(j - 1, j - 5, -1):  # past the subject: "يريد الرئيس فلان الفلاني أن"
                    if k < sent.lo or toks[k].punct or self.boundary(k):
                        return None
                    if k == j - 1 and governor_form(toks[k].norm) in fact_governors() \
                            and not toks[k].norm.startswith("ال"):
                        # (a word that takes a fact, right before أن: "تجاهل واقع أن الطرفين التقيا"; further
                        # back, or a definite noun, it is most often the subject: "يريد الوزير أن" — events44 review)
                        return None
                    g = govs.get(governor_form(toks[k].norm))
                    if g is not None:
                        return g
                return None
        return None

    def _told_done(self, sent: Sentence, i: int) -> bool:
        """Whether the noun phrase of the act at ``i`` goes on with a relative clause in the perfect: "أهمية
        زيارته التي انتهت أمس" — the act took place (events44 review)."""
        for j in range(i + 1, min(sent.hi - 1, i + 10)):
            if self.boundary(j) or self.toks[j].punct:
                return False
            if self.toks[j].norm in ("التي", "الذي", "اللتين", "اللذين", "الذين"):
                n = self.toks[j + 1].norm
                return n[:1] not in ("ي", "ت", "ن", "س") or n in ("تم", "تمت")
        return False

    def _finite_verb(self, j: int) -> bool:
        """Whether token ``j`` reads as a verb in the lexicon (a trigger's or a light verb) or a verb of speech."""
        n = self.toks[j].norm
        if has_word(n, L.LIGHT_VERBS) or n.lstrip("وف") in _OTHER_VERBS:
            return True
        return any(e.pos == "verb" for _p, _st, _s, e in self.lex.readings(n, stems))

    def _stipulates(self, j: int) -> bool:
        """Whether token ``j`` is the على of "تنص على", "ينص على" (a plan's terms)."""
        return self.toks[j].norm == "علي" and j > 0 and self.toks[j - 1].norm.lstrip("و") in ("تنص", "ينص")

    def _denied_that(self, sent: Sentence, i: int) -> bool:
        """Whether the act at token ``i`` is told in a clause "أن ..." that a denial governs, when the coder found
        no deny frame over it: "ونفت الشرطة أن عناصرها أطلقوا النار" (the clause has a subject of its own before
        the verb), "...، نافيا أن تكون قواته قصفت المستشفى" (the denial told by a participle).  The nearest
        complementizer before the act is the one that holds it; the denial is the word before that complementizer,
        past its subject only ("نفى الوزير أن"), and not itself negated ("لم ينف أن": nothing is denied).
        A denial that ends before the act ("هاجموا نقطة ... ونفى وقوع إصابات") or a statement told after it
        ("نفى ...، مؤكدا أن الطرفين وقعا اتفاقا") leaves the act as told."""
        toks = self.toks
        c = None
        for j in range(i - 1, max(sent.lo, i - 12) - 1, -1):
            t = toks[j]
            if (t.punct and t.norm in STRONG_PUNCT) or self._clause_break(j, i) or self._is_conditional(j):
                return False
            if t.norm in L.COMPLEMENTIZERS:
                c = j
                break
        if c is None:
            return False
        for j in range(c - 1, max(sent.lo, c - 5) - 1, -1):
            t = toks[j]
            if t.punct:
                return False
            if t.norm in _DENIALS or (t.norm[:1] in ("و", "ف") and t.norm[1:] in _DENIALS):
                before = toks[j - 1].norm if j > sent.lo else ""
                return before.lstrip("وف") not in L.NEGATIONS
        return False

    def _on_other_weekday(self, sent: Sentence, i: int) -> bool:
        """Whether a weekday other than the report's own is named in the clause after token ``i``, not as past."""
        anchor = self.anchor
        if not anchor:
            return False
        try:
            today = datetime.date.fromisoformat(anchor[:10]).weekday()  # Monday 0
        except ValueError:
            return False
        for j in range(i + 1, min(sent.hi, i + 14)):
            if self.boundary(j) or self._clause_break(j, sent.hi):
                return False
            n = self.toks[j].norm
            if n not in L.WEEKDAYS:
                continue
            if j + 1 < sent.hi and self.toks[j + 1].norm in _PAST_AFTER:
                return False
            day = _WEEKDAY_INDEX.get(n)
            return day is not None and day != today
        return False

    def _future_governor(self, sent: Sentence, i: int) -> bool:
        """Whether the light verb that governs the event noun at ``i`` tells of the future: "سيعقد لافروف
        اجتماعا", "سوف يجري الوزير محادثات", "يبدأ الرئيس غدا زيارة" — the noun is what that verb will do."""
        for j in range(i - 1, max(sent.lo, i - 12) - 1, -1):
            if self.boundary(j) or self.toks[j].punct:
                return False
            n = self.toks[j].norm
            if n in L.PREPOSITIONS:
                return False  # "ستبدأ أعمالا ... كاشفة عن محادثات": the noun is another word's object
            if not has_word(n, _GOVERNORS):
                continue
            if j > sent.lo and self.toks[j - 1].norm in _WAS:
                return False  # "كان سيعقد": a plan of the past
            if any("س" in p and st in _GOVERNORS and st[:1] in "يتن" for p, st, _s in stems(n)):
                return True
            if j > sent.lo and self.toks[j - 1].norm in ("سوف", "وسوف"):
                return True
            imperfect = n.lstrip("وف")[:1] in ("ي", "ت")
            return imperfect and any(self.toks[k].norm in L.NEXT_TIME for k in range(j + 1, i))
        return False

    def _background(self, sent: Sentence, i: int) -> bool:
        """Whether the event at token ``i`` is told as background: after "يذكر أن" ("it is recalled that")
        opening the sentence, or in the pluperfect "كان/كانت ... قد" just before it."""
        opening = [self.toks[j].norm for j in range(sent.lo, min(sent.hi, sent.lo + 3)) if not self.toks[j].punct]
        if opening[:1] and opening[0] in _RECALL and i > sent.lo + 1:
            return True
        window = [self.toks[j].norm for j in range(max(sent.lo, i - 5), i)]
        if "قد" in window:
            k = len(window) - 1 - window[::-1].index("قد")
            return any(w in _WAS for w in window[:k])
        return False

    def _recall_opened(self, sent: Sentence, i: int) -> bool:
        """Whether the sentence opens with "يذكر أن" / "يشار إلى" and the event at ``i`` is told after it."""
        opening = [self.toks[j].norm for j in range(sent.lo, min(sent.hi, sent.lo + 3)) if not self.toks[j].punct]
        return bool(opening[:1]) and opening[0] in _RECALL and i > sent.lo + 1

    def _supposed_by_its_outcome(self, sent: Sentence, i: int) -> bool:
        """Whether the verbal noun at ``i``, subject of إن, is followed by a verb in سـ before the clause ends:
        "أن رفض البرلمان خطة الإنقاذ ستدفع برلين إلى عزلة" tells what a refusal would bring, not a refusal."""
        for j in range(i + 1, min(sent.hi, i + 15)):
            if self.boundary(j) or self._clause_break(j, sent.hi):
                return False
            w = self.toks[j].norm
            if w[:2] in ("سي", "ست", "سن") and len(w) > 4 and w[2:4] not in _NOT_FUTURE_VERB:
                return True
        return False

    def _clause_break(self, j: int, limit: int) -> bool:
        """A comma followed by a word in و before ``limit``: "...، وذلك", "...، وهو ما"."""
        return self.toks[j].norm in ("،", ",") and j + 1 < limit and self.toks[j + 1].norm[:1] == "و"

    def _reason_clause(self, j: int) -> bool:
        """Whether token ``j`` opens a clause of reason, which tells a fact: "حيث إن", "إذ إن", "لأن"."""
        w = self.toks[j].norm
        return w in ("لان", "ولان") or (w in ("حيث", "اذ") and j + 1 < len(self.toks) and self.toks[j + 1].norm == "ان")

    def _is_conditional(self, j: int) -> bool:
        w = self.toks[j].norm
        if _bare(w) in ("اذا", "لو"):  # (and "فإذا", "ولو": events44)
            return not self._so(j) and not self._not_a_condition(j)
        if w in ("حال", "حاله") and j > 0 and self.toks[j - 1].norm == "في":
            k = j + 1
            while k < len(self.toks) and self.toks[k].punct and self.toks[k].norm not in STRONG_PUNCT:
                k += 1  # "في حالة “العدوان”"
            # "في حال رفض الكونغرس", "في حالة وقوع عدوان": what follows is a condition
            return k < len(self.toks) and (has_word(self.toks[k].norm, L.COND_NEXT) or w == "حال"
                                           or any(x.plover for _p, _s, _f, x in self.lex.readings(self.toks[k].norm, stems)))
        return False

    def _not_a_condition(self, j: int) -> bool:
        """إذا or لو at ``j`` that opens no condition (events44 review): "فإذا بالشرطة" ("and there were the
        police": a surprise), "ولو أن ... فإن" (concessive: "even though"), "ولو لساعات"."""
        toks, w = self.toks, _bare(self.toks[j].norm)
        nxt = toks[j + 1].norm if j + 1 < len(toks) else ""
        if w == "اذا":
            return nxt.startswith("بال") or nxt in ("به", "بها", "بهم", "بي", "هو", "هي", "هم")
        if w != "لو":
            return False
        if nxt in L.PREPOSITIONS or (nxt[:1] == "ل" and len(nxt) > 3):
            return True  # ("حتى لو توصلت": "even if", still a condition)
        if nxt == "ان":
            for k in range(j + 2, min(len(toks), j + 25)):
                if toks[k].punct and toks[k].norm in STRONG_PUNCT:
                    break
                if toks[k].norm == "فان":
                    return True
        return False

    def _conditional_after(self, sent: Sentence, i: int) -> bool:
        return any(self._is_conditional(j) for j in range(i + 1, sent.hi))


_WISH = L._w("ترغب يرغب نرغب أرغب رغبة رغبتها رغبته برغبة تأمل يأمل نأمل تطمح يطمح نطمح تتطلع يتطلع نتطلع "
               "تسعى يسعى نسعى المطلوبة المطلوب اللازمة اللازم الكفيلة الرامية الهادفة بهدف تهدف يهدف "
               "التطلع تطلع تطلعه")
# what one should do: "يتعين أن تتعاون", "بضرورة أن تلتزم", "يجب أن ينسحب"
_OBLIGED = L._w("يتعين يتعين يجب ينبغي يتوجب ضرورة بضرورة الضروري")
# "لإتمام زيارة", "على إتمام زيارته": the completion of an act still to come, after a hope
_COMPLETION = L._w("إتمام اتمام")
_CARE = L._w("الحرص حرص حرصه حرصها")  # "الحرص على إتمام زيارة": care that it be done
# a weekday's folded name → its number (Monday 0, as date.weekday())
_WEEKDAY_INDEX = {L.fold(x): k for k, x in enumerate("الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت الاحد".split())}
_PAST_AFTER = L._w("الماضي الماضية المنصرم الفائت")
# What talks or a visit "will" do, after س: "ستتناول", "سيبحث", "ستتضمن"
_FUTURE_OF_TALKS = L._w("تتناول يتناول تتضمن يتضمن تبحث يبحث تركز يركز تشمل يشمل تعقد يعقد تجري يجري "
                        "تتطرق يتطرق تستمر يستمر تبدأ يبدأ تناقش يناقش يشارك تشارك يحضر تحضر")
# "في وقت لاحق", "في موعد لاحق": a later time (events41)
_LATER = L._w("لاحق لاحقا")
_TIME_NOUNS = L._w("وقت موعد تاريخ")
# "زيارة الرئيس ... ستكون الأولى": what a visit or talks "will be" is still to come (events41)
_WILL_BE = L._w("تكون يكون")
_HAVE = L._w("له لها لهما لهم")
# "من المقرر أن", "من المزمع أن": a scheduled act
_SCHEDULED = L._w("المقرر المزمع المنتظر المفترض المؤمل المتوقع المرتقب")
# an act's noun phrase calling it awaited or scheduled: "زيارته المرتقبة", "الاجتماع المقرر"
_AWAITED = L._w("المرتقبة المرتقب المرتقبه المقررة المقرر المزمعة المزمع المنتظرة المنتظر المتوقعة المتوقع "
                "مرتقبة مرتقب مزمعة مزمع منتظرة")  # ("زيارة مرتقبة": indefinite too — events44; not مقرر nor مقررة,
# "a rapporteur", nor متوقع: "هجوم غير متوقع" was made)
_POSTPONED = L._w("تأجيل تأجيلها تأجيله إرجاء أرجئت أجلت تأجلت أرجأ أرجأت")
_RECALL = L._w("يذكر ويذكر يشار ويشار يذكر")
# the verbs that govern an event noun ("عقد اجتماعا", "أجرى محادثات", "بدأ زيارة"), in the imperfect too
_GOVERNORS = L.LIGHT_VERBS | L._w("يبدأ تبدأ يبدا تبدا")
# سـ-words that are nouns: سياسة، سيارة، سيادة، سيطرة، سيناريو
_NOT_FUTURE_VERB = frozenset({"اس", "ار", "اد", "طر", "نا"})
# a denial that takes a clause "أن ...": the verb in its tenses and persons, its participle and its verbal noun
_DENIALS = L._w("نفى نفت نفوا نفيا نفتا ينفي تنفي ينفون ينفيان تنفيان ننفي أنفي نافيا نافية نافيين نافين "
                "نفيه نفيها نفيهم أنكر أنكرت أنكروا ينكر تنكر ينكرون منكرا منكرة")
_WAS = L._w("كان كانت وكان وكانت كانوا وكانوا كانا وكانا")


# Words before أن that take an act not told as done by the share of imperfect verbs after them in raw text, yet
# are no governor of an irrealis act: what one managed to do was done ("استطاعت القوات أن تقتل"), what was told
# before or after something happened ("قبل أن يغادر"), "دون أن" (the act's absence, not its modality), the denial
# (read by _denied_that), particles, and names or words of set phrases ("الله عز وجل أن") (events44)
_NOT_IRREALIS = L._w("استطاع استطاعت استطاعوا استطعنا اختار قبل دون بدون نفي لا ولا ليس العراقيه دوله المتقدم "
                     "بينها منا علا علاه ولك جميل القدير المولي تعالي وجل عزوجل الاسلام مسلم للخطيب المراه اللاعب "
                     "مجتمع المريض المشتري الكبري عقل للغايه الحالي الحوثيين السويس قل")
# the nouns of the light verbs, between a governor and the event noun: "ضرورة عقد لقاء", "إمكانية فرض عقوبات"
_LIGHT_NOUNS = L._w("عقد إجراء اجراء فرض شن تنفيذ القيام بدء")
# governors that are a preposition with its pronoun ("يجب عليه أن"): before an event noun they govern nothing
_PREP_PRONOUNS = L._w("عليه عليها عليهم عليك عليكم علينا")
# the learned governors that take an act's verbal noun too ("ضرورة انسحاب", "إمكانية فرض عقوبات", "ينتظر زيارة"):
# a reviewed few; the others ("الطبيعي", "تستحق") take أنْ + a verb but say nothing of a noun's act (events44 review)
_NOUN_GOVERNORS = L._w("ضرورة بضرورة إمكانية امكانية إمكان احتمال خشية انتظار ينتظر تنتظر ننتظر يجب ينبغي يريد "
                       "تريد نريد يتعين يتوجب يستبعد تستبعد أهمية بأهمية")  # (أهمية: not when its phrase
# tells the act done, see _told_done; "اتفقا على أهمية تعزيز التعاون" is a goal)
# words that open a clause of their own inside an أن clause: the act after them is not أنْ's
_SUBORDINATORS = L._w("كيف حين حينما عندما بعدما لما الذي التي الذين اللذين اللتين اللواتي ما متى أين لماذا")
# verbs outside the event lexicon that end an أن clause's reach when they stand between أن's verb and the act
_OTHER_VERBS = L._w("قال قالت أكد أكدت أعلن أعلنت أضاف أضافت كان كانت يكون تكون أصبح أصبحت بات باتت")
# Of the governors, those that tell an act planned, scheduled, expected or decided: future; the others (wish,
# possibility, need, obligation, condition, attempt) tell a hypothetical act
_FUTURE_GOVERNORS = L._w("اتوقع المتوقع المرتقب المفترض المقرر المنتظر تتوقع تقرر توقع قرر متوقعا نتوقع ننتظر "
                         "يتوقع يتوقعون يفترض ينتظر المخطط مقررا توقعوا وشك انتظار متوقع مؤملا يؤمل المؤمل المامول")


def governor_form(w: str) -> str:
    """A word as the governor list holds it: without و/ف ("ويجب" → "يجب").  eval/modality_governors.py learns
    the list with this same function."""
    return w[1:] if w[:1] in ("و", "ف") and len(w) > 3 else w


@lru_cache(maxsize=1)
def _governor_data() -> dict:
    """``data/irrealis_governors.json``, read once (both lists below come from it)."""
    try:
        text = resources.files("marsad.nlp.events").joinpath("data/irrealis_governors.json").read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return {}
    return json.loads(text)


@lru_cache(maxsize=1)
def fact_governors() -> frozenset[str]:
    """The words before أن that, in the same raw text, take a fact (أنّ + a noun) far more often: "حقيقة أن",
    "أكد أن" — a governor further back does not reach past such a word when it stands right before أن."""
    return frozenset(_governor_data().get("facts", ()))


@lru_cache(maxsize=1)
def irrealis_governors() -> dict[str, str]:
    """The shipped irrealis governors (``data/irrealis_governors.json``, written by eval/modality_governors.py
    from the development days' raw text) → "future" or "hypothetical"; the realised and noise words left out."""
    return {w: ("future" if w in _FUTURE_GOVERNORS else "hypothetical")
            for w in _governor_data().get("governors", ()) if w not in _NOT_IRREALIS}


# the particles that take و/ف and stay what they are: "وسوف", "ولن", "وقد", "فإذا", "وربما" (events44)
_CONJ_CUES = L.FUTURE_CUES | L.HYPOTHETICAL_CUES | L._w("لن قد إذا لو")


def _bare(w: str) -> str:
    """A cue word without the conjunction it carries: "وسوف" → "سوف", "فإذا" → "اذا"; other words as they are."""
    return w[1:] if w[:1] in ("و", "ف") and w[1:] in _CONJ_CUES else w


# a plan or a proposal that holds an act (events44): "خطة تتضمن انسحاب", "خطط لإرسال قوات", "مقترح بوقف"
_PLANS = L._w("خطة خطط خططا الخطة الخطط لخطة بخطة مخطط مخططات مقترح المقترح مقترحا مقترحات اقتراح الاقتراح "
              "باقتراح مبادرة المبادرة لمبادرة")
# getting ready for an act: "تستعد لشن هجوم", "التحضير لزيارة"
_PREPARING = L._w("يستعد تستعد يستعدون تستعدان استعداد استعدادا استعداده استعدادها استعدادهم استعدادات "
                  "تحضيرا تحضير التحضير تحضيرات التحضيرات")  # (not يحضر: "attends")
# verbs and nouns of foiling, by their stems ("أفشلت", "أحبطت", "لإحباط", "إفشال"): the act foiled was not done
_FOILED = L._w("أحبط أحبطت أحبطوا يحبط تحبط أفشل أفشلت أفشلوا أجهض أجهضت يجهض تجهض")  # (not يفشل: "fails")
_FOILING_NOUNS = L._w("إحباط إفشال إجهاض")
# a plan's verb of holding, between the plan and its act: "خطة تتضمن انسحاب"
_CONTAINS = L._w("تتضمن يتضمن تشمل يشمل تقضي يقضي تنص ينص")
# what a noun phrase calls an act that may or may not come: "هجمات محتملة", "الضربة المقترحة"
_POSSIBLE = L._w("محتمل محتملة المحتمل المحتملة محتملين مقترحة المقترحة")
# "الهجوم المخطط له": planned
_PLANNED = L._w("المخطط المخططة مخطط مخططة")
