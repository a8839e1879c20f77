"""Who was asked and what was refused (issue 15, events19).

A mixin of the coder (:class:`marsad.nlp.events.coder._Run`), asked for every coded event before it goes out:

* the addressee of a call, demand, invitation or appeal (دعا، طالب، حث، ناشد، طلب من) is the object before what
  is asked — after the verb, or after its subject and his titles ("دعا الرئيس الحكومة إلى", "طلب من مصر"); a
  party inside the content (after إلى / على, or after a verbal noun in بـ / لـ: "بتقديم مساعدات للشعب الليبي", "برفع
  العقوبات عن فنزويلا", "لزيارة عدن") is its beneficiary, object or destination and is left out rather than guessed;
  but the counterpart after مع, the country after في where the asked-for act is to be done, and the doer of an act
  one asks to stop ("بوقف غارات المقاتلات الإيرانية") are whom one calls on;
* the outlet someone spoke to ("في تصريح لعكاظ", "في حديث لصحيفة الحياة", "في اتصال هاتفي مع «الوطن»") is no
  party of what he said;
* declining to comment, or to confirm or deny, is no rejection ("رفضت الوزارة التعليق");
* a refusal is not aimed at the one its content would let go of ("ترفض السلطات الإفراج عن فلان", "رفض التخلي عن
  التنظيم"; events26, the reading rule in eval/judgements/README.md).

The scan for the content skips the caller's titles, a relative clause about him ("التي تمول برامج بالمغرب"),
adverbials ("خلال لقائه") and the ل of a body named for its party ("وجه دعوة لقيادة «الجبهة الشعبية»").  Two readings for
REJECT live elsewhere: a refusal told by what it would bring ("أن رفض البرلمان خطة الإنقاذ ستدفع ...") is supposed
(:mod:`marsad.nlp.events.modality`), and no party is looked for past فإن, the answer of a condition
(:meth:`marsad.nlp.events.analysis.Analysis.recipient_after`).
"""

from __future__ import annotations

from marsad.nlp.events import lexicon as L
from marsad.nlp.events.analysis import _ENVOY_WORDS, STRONG_PUNCT, Analysis, Hit, Ment, Sentence, has_word
from marsad.nlp.events.analysis import clitic_bases
from marsad.nlp.events.checks import _QUOTE_MARKS

# moving somewhere or out of it: "السفر إلى تركيا", "عودة حكومته إلى صنعاء", "الانسحاب من صنعاء", "وصل إلى"
_MOVING = L._w("السفر سفر الانتقال انتقال العودة عودة الانسحاب انسحاب التوجه توجه الذهاب ذهاب الرحيل وصل وصلت "
               "الوصول وصول زيارة الزيارة")
# what one spoke to: "في تصريح لعكاظ", "في حديث لصحيفة الحياة", "في مقابلة مع قناة": the medium, never a party
_MEDIUM_NOUNS = L._w("حديث حديثه تصريح تصريحات تصريحه تصريحاته مقابلة مقابلته حوار حواره لقاء اتصال اتصاله")
_PHONE = L._w("هاتفي الهاتفي هاتفيا")
# a verb telling that an outlet aired or ran an interview, before the outlet: "في لقاء بثته قناة", "حوار أجرته صحيفة"
_BROADCAST = L._w("بثته بثتها بثه أجرته أجرتها أجراه نشرته نشرتها نشره أذاعته أذاعه نقلته نقلتها عرضته عرضتها")
_OUTLET_WORDS = L._w("صحيفة جريدة قناة وكالة موقع مجلة إذاعة تلفزيون محطة")
# asking to stop an act is asking its doer: "طالب بوقف غارات المقاتلات الإيرانية", "دعا إلى إنهاء الحصار البحري"
_STOP_NOUNS = L._w("وقف ايقاف إيقاف انهاء إنهاء الكف كف")
# words with a ب / ل proclitic that open no content of a call: a title ("المتحدث باسم"), an adverb ("بحزم"), a
# post, a place, a pronoun
_NOT_CONTENT = L._w("باسم لدى بحزم بقوة بسرعة بوضوح بن بنت بعد بين بشدة لشؤون للشؤون لقطاع للقطاع لحقوق لمنطقة "
                    "لمحافظة لذلك لهذا بذلك لهذه بهذا بهذه لكنه لكنها")
# the body a party speaks through, addressed with ل: "دعوة لقيادة الجبهة", "لحكومة الوفاق"
_PARTY_HEADS = L._w("قيادة القيادة قادة حكومة الحكومة زعيم زعماء رئيس رئاسة وفد قيادات مسؤولي ممثلي")
# nouns that open an adverbial of time or place before the addressee: "خلال لقائه", "عقب لقائه", "في لقاء"
_ADVERBIAL = L._w("خلال عقب إثر اثر أثناء اثناء في بعد قبل لدى أمام امام")
# ب / ل words of three letters that are pronouns or particles, not a verbal noun with its proclitic ("بضم", "لضم")
_SHORT_PARTICLES = L._w("به بها بهم بهن بنا بكم بكن له لها لهم لهن لنا لكم لكن لقد لكي لما لمن بما بمن لذا بلا لعل لان "
                        "لدي لدى بعد بين لذلك")
# a refusal of dealings with a party refuses that party: "رفضت بريطانيا لقاء وفد حماس", "ترفض التنسيق معها"
_DEALING = frozenset({"CONSULT", "COOPERATE", "AGREE", "ENGAGE"})
# a group of states or parties addressed by a common noun: "طالب فلان الدول الأعضاء بـ", "دعا الأطراف المتحاربة إلى"
_ADDRESSED_GROUPS = L._w("الدول الحكومات الأطراف القوى العواصم")
# what is refused is only to speak: "رفض التعليق", "رفض تأكيد أو نفي الأنباء"
_NO_COMMENT = L._w("التعليق تعليق الإدلاء الادلاء الكشف تأكيد التأكيد الإفصاح توضيح")
# ... or told with a verb after أن: "رفضت الوزارة أن تعلق على", "رفض أن يدلي بتصريح" (تعلق only with على after
# it: without, "أن تعلق عضويتها" suspends)
_SPEAKING_VERBS = L._w("تعلق يعلق تدلي يدلي تكشف يكشف تؤكد يؤكد توضح يوضح تفصح يفصح")


class RequestsMixin(Analysis):
    """The addressee of a call, the medium of a statement, and the refusals that are only silence."""

    def _medium(self, sent: Sentence, r: Ment) -> bool:
        """Whether ``r`` is the outlet someone spoke to: after a noun of speaking and ل or مع ("في تصريح لعكاظ",
        "في اتصال هاتفي مع الصحيفة"), with an outlet word between them or not ("في حديث لصحيفة الحياة").  (Not for
        a meeting or a call between parties: the caller checks the event's type.)"""
        j, lam = r.first - 1, r.prep in ("ل", "مع")
        while j > sent.lo and self.toks[j].punct and self.toks[j].norm not in STRONG_PUNCT | {"،", ","}:
            j -= 1  # "لـ«عكاظ»"
        if j > sent.lo and self.toks[j].norm in ("ل", "مع"):
            lam, j = True, j - 1  # (a quote mark between keeps the preposition off the mention)
        while j >= sent.lo and clitic_bases(self.toks[j].norm) & _OUTLET_WORDS:
            lam = lam or self.toks[j].norm[:1] == "ل"
            j -= 1
        if j > sent.lo and self.toks[j].norm in _PHONE:
            j -= 1  # "في اتصال هاتفي مع الصحيفة"
        return lam and j >= sent.lo and bool(clitic_bases(self.toks[j].norm) & _MEDIUM_NOUNS)

    def _interview(self, sent: Sentence, h: Hit) -> bool:
        """Whether a meeting noun is an interview: "في لقاء بثته قناة الإخبارية", "في لقاء مع صحيفة الحياة", "في
        حوار مع قناة": what a speaker says to an outlet is a statement, not talks between two parties (events41).
        The counterpart the meeting names is then the outlet itself — its name after an outlet word, or after a
        noun of speaking and ل / مع — or a party right after a broadcast verb; two officials who meet are kept."""
        r = h.recipient
        if r is None or h.entry.plover != "CONSULT" or h.entry.pos != "noun" \
                or not (clitic_bases(self.toks[h.tok].norm) & _MEDIUM_NOUNS):
            return False
        if clitic_bases(self.toks[r.first].norm) & _OUTLET_WORDS:
            return True
        j = r.first - 1
        quoted = j > h.tok and self.toks[j].norm in _QUOTE_MARKS
        while j > sent.lo and self.toks[j].punct and self.toks[j].norm not in STRONG_PUNCT:
            j -= 1  # "قناة «العربية»"
        if j <= h.tok:
            return False
        w = self.toks[j].norm
        if clitic_bases(w) & _OUTLET_WORDS or w in _BROADCAST:
            return True
        # "في اتصال هاتفي لـ«الشرق الأوسط»", "في اتصال هاتفي مع «الشرق الأوسط»": spoken to a paper (after مع only
        # a name in quote marks: "لقاء مع لافروف" is a meeting)
        return self._medium(sent, r) and (quoted or not (r.prep == "مع" or w == "مع"))

    def _in_request_content(self, sent: Sentence, h: Hit) -> bool:
        """Whether the recipient of a call stands inside what is asked: after إلى / على, after a word with a
        ب / ل proclitic (a verbal noun: "بتوفير", "لزيارة", "بالإفراج", "بضم"), or after the own preposition of a
        bare verbal noun ("طلبت المنظمة الإفراج عن فلان"), past the caller and his titles.  The addressee is the
        object before them ("دعا الرئيس الحكومة إلى", "طلب من مصر").  For a refusal (events26), only the one its
        content would let go of, after عن, stands inside it ("ترفض السلطات الإفراج عن فلان")."""
        r = h.recipient
        if r is None or r.first <= h.tok or r.prep in ("مع", "في", "من"):
            # "دعا إلى حوار مع المعارضة": the counterpart of the asked-for dealings is called on; "طالب الوزير
            # بإجراء انتخابات في ليبيا": so is the country where what is asked must be done; "طلب بحزم من فلان"
            return False
        if h.entry.plover == "REJECT":
            # what a refusal's content names is refused — the doer of a refused act ("رفض التدخل الإيراني"), the
            # one a refused favour would go to ("رفضت منح تأشيرة للملحق الألماني") — except the one who would be
            # let go of, after عن ("الإفراج عن فلان", "رفض التخلي عن «القاعدة»"; a refusal takes no عن of its
            # own), see eval/judgements/README.md; refusing to deal with a party refuses it ("رفضت بريطانيا لقاء
            # وفد حماس")
            return self._prep_through_marks(sent, r) == "عن" and not any(
                x.frame_of is h and x.entry.plover in _DEALING and x.recipient is r
                for x in getattr(self, "_sentence_hits", ()))
        nouns = {x.tok for x in getattr(self, "_sentence_hits", ()) if x.entry.pos == "noun"}
        lo = max([h.tok] + [a.last for a in h.actor if a.first > h.tok])
        lo = max(lo, self._apposition_end(sent, h, lo)) + 1
        if any(has_word(self.toks[j].norm, _ENVOY_WORDS) for j in range(lo, r.first)):
            return False  # "دعا المبعوث الأممي إلى اليمن فلانا": the envoy's post, not a content
        if r.span.label == "LOC" and r.prep == "الي" \
                and any(clitic_bases(self.toks[j].norm) & _MOVING for j in range(lo, r.first)):
            return True  # "طلب من الضيوف السفر برفقة الوفد إلى العقبة": where they are to go
        relative = False
        for j in range(lo, r.first):
            n = self.toks[j].norm
            if n in L.RELATIVES:
                relative = True  # "ودعت المفوضية، التي تمول برامج بالمغرب، الرباط إلى": its own clause
            elif n in ("،", ","):
                relative = False
            if relative:
                continue
            if self._party_head_before(r, j):
                continue  # "وجه دعوة لقيادة «الجبهة الشعبية»": to whom, by the body that speaks for it
            if j in self.in_mention or self.toks[j].punct or (j == r.first - 1 and n == r.prep) \
                    or (j > lo and self.toks[j - 1].norm in _ADVERBIAL):
                continue  # "دعا الرئيس خلال لقائه اليوم ...": the time of the call, not what is asked
            core = n[1:] if n[:1] in ("و", "ف") and len(n) > 3 else n
            if core in ("الي", "علي") or (core[:1] in ("ب", "ل") and core not in _NOT_CONTENT
                                          and (len(core) > 3 or len(core) == 3 and core not in _SHORT_PARTICLES)):
                # "طالب بوقف غارات المقاتلات الإيرانية": who is asked to stop is the one whose act it is (a party
                # in the genitive, not after a preposition)
                opener = self.toks[j + 1].norm if core in ("الي", "علي") else core
                return not (r.prep == "" and clitic_bases(opener) & _STOP_NOUNS)
            if j in nouns and r.prep and not (clitic_bases(core) & _STOP_NOUNS):
                # a verbal noun standing bare as what is asked or refused, the party after a preposition of its
                # own: "طلبت المنظمة الإفراج عن فلان", "ترفض السلطات الإفراج عن المعتقل فلان" — he would be
                # let go, he is neither asked nor refused
                return True
        return False

    def _addressed_group(self, sent: Sentence, h: Hit) -> Ment | None:
        """The addressee of a call told by a group noun and its adjectives right after the caller, just before what
        is asked ("وطالب فلان الدول الأعضاء بوقف دعم X", "دعا الوزير الأطراف المتحاربة إلى الحوار"): the
        group, as a mention without an entity (a party inside what is asked is not the one asked)."""
        if h.entry.pos != "verb" or not h.actor or h.actor[-1].first < h.tok:
            return None
        j = h.actor[-1].last + 1
        if j >= sent.hi or j in self.in_mention or self.toks[j].norm not in _ADDRESSED_GROUPS:
            return None
        last = j
        while last + 1 < min(sent.hi, j + 3) and last + 1 not in self.in_mention \
                and self.toks[last + 1].norm.startswith("ال"):
            last += 1
        k = last + 1
        if last == j or k >= sent.hi:
            return None
        opener = self.toks[k].norm
        if not (opener in ("الي", "علي") or opener[:1] == "ب" and len(opener) > 3 and opener not in _NOT_CONTENT):
            return None
        return self.phrase_ment(self.toks[j].start, self.toks[last].end, j, last)

    def _prep_through_marks(self, sent: Sentence, r: Ment) -> str:
        """The preposition before ``r``, also across the quote marks around a name ("عن «القاعدة»")."""
        if r.prep:
            return r.prep
        j = r.first - 1
        while j > sent.lo and self.toks[j].punct and self.toks[j].norm not in STRONG_PUNCT | {"،", ","}:
            j -= 1
        return self.toks[j].norm if j >= sent.lo and j < r.first - 1 and self.toks[j].norm in L.PREPOSITIONS else ""

    def _party_head_before(self, r: Ment, j: int) -> bool:
        """Whether token ``j`` is a ل-word naming whom a party speaks through, right before ``r`` (quote marks
        between): "لقيادة «الجبهة»", "لحكومة الوفاق"."""
        n = self.toks[j].norm
        if n[:1] != "ل" or not (clitic_bases(n) & _PARTY_HEADS):
            return False
        return all(self.toks[k].punct for k in range(j + 1, r.first))

    def _no_comment(self, sent: Sentence, h: Hit) -> bool:
        """Whether a refusal is only one to speak: "رفض التعليق", "رفض مسؤول تأكيد أو نفي", "دون تأكيد
        أو نفي" (the denial noun after أو)."""
        i = h.tok
        if i - 2 >= sent.lo and self.toks[i - 1].norm == "او" and self.toks[i - 2].norm in _NO_COMMENT:
            return True
        if h.entry.key != "reject":
            return False
        j, seen = i + 1, 0
        while j < sent.hi and seen < 8:
            if j in self.in_mention:
                j += 1
                continue
            if self.toks[j].punct and self.toks[j].norm not in ("،", ","):
                return False  # (a comma may close an aside: "ورفضت الوزارة، بدورها، أن تعلق")
            if clitic_bases(self.toks[j].norm) & _NO_COMMENT:
                return True
            if self.toks[j].norm in _SPEAKING_VERBS and self.toks[j - 1].norm == "ان" \
                    and (self.toks[j].norm[-3:] != "علق" or j + 1 < sent.hi and self.toks[j + 1].norm == "علي"):
                return True
            seen, j = seen + 1, j + 1
        return False
