"""Whom a protest is against (events42, issue 15).

A reader codes a protest's target as what or whom the protesters are against: the party after the word against
("تظاهروا ضد الحكومة", "احتجاجا على إسرائيل"), or, when that is an act, the act's author ("احتجاجا على الضربات
الإيرانية", "تنديدا بالقصف الذي تنفذه القوات الحكومية", "احتجاجا على سياسة اليابان").  The one the act is done to
("احتجاجا على اعتقال فلان", "ضد ملاحقة التنظيم") is no target, nor is the place of the protest; when the sentence
tells no author, the protest has no target.

Read on the independent reading of every PROTEST coded on 15 SaudiNewsNet development days (shown30): 11 of its 16
wrong protests had their target left out or wrong — the victim or the foe of the act protested, the place.
"""

from __future__ import annotations

from marsad.nlp.events import lexicon as L
from marsad.nlp.events.analysis import STRONG_PUNCT, Hit, Ment, Sentence, has_word

# words of protest after which على (or the glued ب / ل) opens what is protested: "احتجاجا على", "تنديدا بـ"
_CUE_ALA = L._w("احتجاجا احتجاج احتجاجات احتجاجهم احتجاجها احتجاجه احتج احتجت احتجوا يحتج يحتجون تحتج محتجين محتجون "
                "اعتراضا اعتراضهم اعتصام اعتصاما اعتصموا اعتصم مظاهرة مظاهرات تظاهرة تظاهرات تظاهر تظاهروا "
                "يتظاهرون مسيرة مسيرات غضبا")
_CUE_BI = L._w("تنديدا تنديد منددين منددة منددون ندد نددوا يندد ينددون تندد إدانة")
_CUE_LI = L._w("رفضا استنكارا مناهضة")
_CUE_BI_LI = _CUE_BI | _CUE_LI
# words of manner between the cue and what is protested ("تنديدا بشدة بـ", "احتجاجا بقوة على")
_MANNER = L._w("بشدة بقوة")
_AGAINST = L._w("ضد")
# a verbal noun whose genitive is its author: "سياسة اليابان", "قرارات الوزارة", "ضربات التحالف"
_AUTHOR_NOUNS = L._w("سياسة سياسات فساد قرار قرارات انتهاكات انتهاك ممارسات اعتداءات اعتداء غارات غارة عمليات عملية "
                     "هجمات هجوم قصف حملة قمع تدخل احتلال حصار عدوان إجراءات تصريحات ضربات جرائم جريمة مواقف موقف "
                     "خطة مشروع تهديدات وجود تواجد انتشار بقاء")
# a verbal noun whose genitive is the one it is done to: "عزل الرئيس", "اعتقال الناشط", "ملاحقة التنظيم"
_PATIENT_NOUNS = L._w("عزل قتل مقتل اعتقال إعدام حرق اغتيال سجن احتجاز محاربة حرب استهداف اختطاف خطف طرد ترحيل "
                      "إقالة محاكمة حبس تعذيب منع حظر إغلاق هدم اقتحام")
# a party named by a common noun: "الحكومة", "الجيش الروسي", "السلطات الكينية"
_PARTY_NOUNS = L.ARMED_HEADS | L._w("جنود الجنود الحكومة حكومة السلطات سلطات النظام الاحتلال الأمن البرلمان الرئاسة المستوطنين "
                                    "مستوطنين المستوطنون مستوطنون")
# verbs of carrying out an act in a relative clause: "القصف الذي تنفذه القوات"
_DOING = L.AGENT_VERBS | L._w("يقوم تقوم قام قامت يشنها تشنها يشنه تشنه ينفذها تنفذها ترتكبها يرتكبها ارتكبها ارتكبتها "
                              "يمارسها تمارسها")
# words that end what is protested: another clause, another preposition's phrase
_ENDS = L._w("في على ضد إلى الى عن منذ بعد قبل أمام وسط خلال و حيث كما فيما بينما مع من")
_COMMUNITIES = L._w("الجالية جالية الجاليات الشعب شعب المواطنين مواطنين")
_REACH = 14  # tokens after the trigger within which the word against may stand ("اعتصم العمال ... مساء الأحد رفضا لـ")


class ProtestTargetMixin:
    """The target of a PROTEST: what the protesters are against, or the author of the act they protest."""

    def protest_target(self, sent: Sentence, h: Hit) -> tuple[bool, Ment | None]:
        """(told, target): ``told`` when the sentence says what the protest is against; ``target`` its party."""
        toks = self.toks
        x0 = None
        for j in range(h.tok, min(sent.hi, h.tok + _REACH + 1)):
            t = toks[j]
            if j > h.tok and (self.boundary(j) or (t.punct and t.norm in STRONG_PUNCT)):
                break
            if t.punct:
                continue
            nxt = toks[j + 1].norm if j + 1 < sent.hi else ""
            if has_word(t.norm, _AGAINST) and j - h.tok <= 8:
                x0 = j + 1
            elif has_word(t.norm, _CUE_ALA) and nxt in ("على", "علي"):
                x0 = j + 2
            elif has_word(t.norm, _CUE_BI_LI) and j + 1 < sent.hi and nxt[:1] in ("ب", "ل") \
                    and len(nxt) > 3 and not has_word(t.norm, _CUE_ALA):
                x0 = j + 1
            elif j > h.tok and j - h.tok <= 4 and t.norm in ("على", "علي") and has_word(toks[h.tok].norm, _CUE_ALA):
                x0 = j + 1  # "مظاهرات دعا إليها الطلاب على رفع الرسوم"
            if x0 is not None:
                break
        while x0 is not None and x0 < sent.hi and toks[x0].norm in _MANNER:
            x0 += 1  # "تنديدا بشدة بالغارات": what is protested comes after the manner
        if x0 is None or x0 >= sent.hi:
            return False, None
        return True, self._author_of(sent, x0)

    def _author_of(self, sent: Sentence, x0: int) -> Ment | None:
        toks = self.toks
        starts = {m.first: m for m in sent.ments}
        head = toks[x0].norm
        at = self._past_titles(sent, x0)  # "ضد وزيرة الخارجية فلانة"
        if at in starts:
            m = starts[at]
            return None if self.is_city(m) else m  # "ضد الحكومة", "على إسرائيل" (a town is where, not whom)
        lead = self._past_titles(sent, x0 + 1)
        if has_word(head, _PARTY_NOUNS) and lead in starts and not self.is_city(starts[lead]):
            return starts[lead]  # "ضد حكومة فلان", "ضد نظام الرئيس فلان": the one it is named for
        if has_word(head, _PARTY_NOUNS):  # "ضد الحكومة التركية", "على الشرطة"
            end = x0
            while end + 1 < sent.hi and has_word(toks[end + 1].norm, _PARTY_NOUNS):
                end += 1  # "ضد قوات النظام الروسي"
            nis = self._nisba_or_plural(end + 1, sent.hi)
            # "ضد الحكومة التركية": the state (as "السلطات المصرية" is Egypt elsewhere in the coder)
            return self._nisba_ment(end + 1, nis) if nis is not None else self._party_phrase(x0, end)
        patient = has_word(head, _PATIENT_NOUNS)
        author_noun = has_word(head, _AUTHOR_NOUNS)
        j = x0 + 1
        relative = False
        while j < min(sent.hi, x0 + 12):
            t = toks[j]
            if t.punct or self.boundary(j):
                return None
            if t.norm in ("على", "علي") and j + 1 < sent.hi and has_word(toks[j + 1].norm, L.AGENT_MARKS):
                j += 2  # "على يد الشرطة", "على أيدي مسلحين": the author follows
                relative = True
                continue
            if has_word(t.norm, _DOING) or (t.norm == "قبل" and toks[j - 1].norm == "من"):
                relative = True
                j += 1
                continue
            if has_word(t.norm, _ENDS) and t.norm != "من" or (t.norm.startswith("لل") and len(t.norm) > 4):
                return None  # "الضربات على مواقع للجماعة", "هدم ... للمنازل": past the act's author
            if t.norm in L.RELATIVES:
                j += 1
                continue
            if j in starts:
                m = starts[j]
                genitive = j == lead  # "سياسات الرئيس فلان": the titles before the name stand in the genitive
                if genitive and patient:
                    return None  # "عزل الرئيس فلان": the one the act is done to
                # "قرارات المحافظ الجديد فلان": a name in the chain of an author's noun, before any victim's noun
                if relative or (author_noun and not patient) or m.span.label in ("ORG",) and not patient:
                    return None if self.is_city(m) else m
                return None
            if has_word(t.norm, _PARTY_NOUNS) and not (j == x0 + 1 and patient):
                end = j
                while end + 1 < sent.hi and has_word(toks[end + 1].norm, _PARTY_NOUNS):
                    end += 1  # "قوات النظام الروسي"
                nis = self._nisba_or_plural(end + 1, sent.hi)
                if nis is not None:  # "القصف الذي تنفذه القوات الروسية", "ضد وجود القوات الفرنسية": the state
                    return self._nisba_ment(end + 1, nis)
                if relative or (j == x0 + 1 and author_noun):
                    return self._party_phrase(j, end)
            nis = self._nisba_or_plural(j, sent.hi)
            # "الضربات الإيرانية" (the act's own adjective); not after a noun of what is done to someone ("اعتقال
            # الناشطين الأمريكيين": the victims' nationality), unless a force names the doer (above)
            if nis is not None and (author_noun or relative) and not patient \
                    and not any(has_word(toks[k].norm, _COMMUNITIES) for k in range(max(x0, j - 2), j)):
                return self._nisba_ment(j, nis)
            patient = patient or has_word(t.norm, _PATIENT_NOUNS)  # "جريمة هدم ...": what follows is its victim
            j += 1
        return None

    def _nisba_or_plural(self, j: int, hi: int) -> tuple[tuple[str, str], int] | None:
        """A nationality adjective at ``j``, also in the masculine plural: "إسرائيليين" → Israel; within the
        sentence (tokens before ``hi``: a line that ends with no full stop is no adjective of the next one's)."""
        if j >= hi:
            return None
        nis = self._nisba_at(j)
        if nis is not None and j + nis[1] > hi:  # a nationality of two words would run into the next sentence
            one = L.NISBA.get(self.toks[j].norm)
            nis = (one, 1) if one is not None else None
        if nis is None:
            norm = self.toks[j].norm
            if len(norm) > 5 and norm[-3:] in ("يين", "يون"):
                one = L.NISBA.get(norm[:-2])
                return (one, 1) if one is not None else None
        return nis

    def _past_titles(self, sent: Sentence, j: int) -> int:
        """The first token from ``j`` on that is not a title word ("الرئيس", "رئيس الوزراء")."""
        while j < sent.hi and j not in self.in_mention and has_word(self.toks[j].norm, L.TITLES):
            j += 1
        return j

    def _party_phrase(self, j: int, end: int) -> Ment:
        """A party named by the common noun at ``j`` (through ``end``) with no nationality, its proclitics left
        out: "والحكومة" → "الحكومة"; "للشرطة" is named "الشرطة" (its span starts after the second ل)."""
        t = self.toks[j]
        cut, name = 0, None
        for p in ("وب", "وك", "ول", "فب", "فل", "و", "ف", "ب", "ك", "ل"):
            rest = t.norm[len(p):]
            if t.norm.startswith(p) and len(rest) > 3 and rest in _PARTY_NOUNS:
                cut = len(p)
                break
        if t.norm[cut:].startswith("لل") and len(t.norm) - cut > 4:  # "للشرطة": ل + الشرطة
            name = "ال" + self.text[t.start + cut + 2:self.toks[end].end]
            cut += 2
        a = t.start + cut
        return self.phrase_ment(a, self.toks[end].end, j, end, name=name)
