"""Attackers named by a common noun phrase that the coder's other readers leave out (issue 15, events17).

A mixin of the coder (:class:`marsad.nlp.events.coder._Run`), asked only for an attack coded without an actor:

* the subject of the verb that carries the attack noun, farther off than the light-verb reader looks, before it
  (SVO: "إن طيران التحالف نفذ ضربة", "وكان سلاح الجو التركي قد شن سلسلة غارات", "الميليشيا كثفت من قصفها") or
  after it ("كثفت قوات التحالف أمس غاراتها");
* the force the attack noun belongs to: its genitive when it is an air or artillery arm ("لغارات طيران التحالف"),
  or any force followed by the object ("قصف ميليشيات الحوثي للأحياء"); a force after لـ past the noun's adjectives
  ("هجوم مسلح للمقاومة", "عملية نوعية للمقاومة"); an air arm after من ("قصف ببراميل من الطيران المروحي");
  the agent of a passive ("من قبل ميليشيات الحوثي") or of an attribution ("هجمات نسبت إلى حزب X");
* whoever carried out the attack a killing is told as the outcome of ("نصب مقاتلو X كمينا أسفر عن مصرع ...");
* the other side of the fighting the dead fell in ("قتل 20 متمردا خلال القتال مع قوات الأمن الأفغانية"), also when
  the sentence names it only by its own dead ("أسفرت المواجهات عن مقتل 15 حوثيا، بينما قتل ثلاثة من رجال المقاومة");
* both sides of "اشتباكات بين X وY" (X attacks Y, as with any other attack) — unless the dead it counts are
  soldiers and X is the army: then Y struck X.

A force whose phrase ends in a nationality ("قوات الأمن الأفغانية", "سلاح الجو التركي") is coded as the country,
the way the knowledge base names it; a militia or gunmen named only by adjectives names nobody.

It also keeps an accuser that the mention layer left bare from being read as a passive's nobody ("الصحف البريطانية
التي اتهمت فرنسا بـ", "اتهمت وزارة الدفاع الصينية الولايات المتحدة بـ").
"""

from __future__ import annotations

from marsad.models import Span
from marsad.nlp.events import lexicon as L
from marsad.nlp.events.analysis import Hit, Ment, Sentence, has_word, key
from marsad.nlp.events.checks import _CONTRAST, ChecksMixin, _HARMED, _QUOTE_MARKS, _is_count
from marsad.nlp.events.forms import GENERIC_ATTACKERS

# verbs whose object is an attack noun and whose subject carried it out: the light verbs and "كثف/صعد/جدد/واصل"
_CARRIERS = L.LIGHT_VERBS | L._w("نفذ نفذت ينفذ تنفذ نفذوا شنوا كثف كثفت يكثف تكثف كثفوا صعد صعدت يصعد تصعد "
                                 "جدد جددت يجدد تجدد استأنف استأنفت يستأنف تستأنف نصب نصبت ينصب تنصب نصبوا "
                                 "فتح فتحت يفتح تفتح فتحوا")  # "نصبت المقاومة كمينا", "فتحت قوات الأمن النار"
# a verb of firing that carries the shells or missiles right after it: "الطائرات التركية أطلقت 4 قذائف" (events34)
_FIRING = L._w("أطلق أطلقت يطلق تطلق أطلقوا وأطلق وأطلقت")
_WEAPONS_FIRED = L._w("قذائف قذيفة قذيفتين قذيفتان صواريخ صاروخ صاروخا صاروخين صاروخان "
                      "حملة حملات")  # "أطلقت تركيا حملة جوية لقصف مواقع": a campaign launched
_AMBUSH = L._w("كمين كمينا كمينين كمائن")
# words that may stand between a subject and its verb: "قد شن", "كانت قد"
_BEFORE_VERB = L._w("قد وقد كان كانت")
# what opens the clause a force subject stands first in: "إن طيران التحالف نفذ", "وكان سلاح الجو قد شن"
_CLAUSE_OPENERS = L.COMPLEMENTIZERS | L._w("كان وكان كانت وكانت فيما بينما كما وكما حيث")
# heads of an air or artillery arm: their genitive after an attack noun is always who struck ("غارات طيران X")
_ARMS = L._w("طيران الطيران طائرات الطائرات مقاتلات المقاتلات مروحيات المروحيات بوارج البوارج مدفعية المدفعية")
# adjectives between an attack noun and whose it was: "هجوم مسلح للمقاومة", "عملية نوعية للمقاومة"
_NOUN_ADJECTIVES = L._w("جوي جوية الجوي الجوية جويه الجويه مدفعي مدفعية المدفعي صاروخي صاروخية الصاروخي مسلح مسلحة "
                        "مسلحا المسلح المسلحة نوعي نوعية نوعيا النوعية نوعيه النوعيه خاطف خاطفة واسع واسعة "
                        "عنيف عنيفة العنيف العنيفة مكثف مكثفة المكثف المكثفة عسكري عسكرية العسكرية")
# attack nouns whose لـ names their author rather than their object when an armed force follows
_OPERATIONS = L._w("هجوم هجوما هجمات الهجوم الهجمات كمين كمينا كمائن غارة غارات الغارة الغارات عملية عمليات "
                   "العملية العمليات ضربة ضربات الضربة الضربات")
_ATTACK_HEADS = L.ATTACK_NOUNS | _OPERATIONS | L._w("قصف القصف قصفا قصفها قصفه غاراتها غاراته هجماتها هجماته "
                                                    "ضرباتها عملياتها استهداف")
_CARRIED = _ATTACK_HEADS | _AMBUSH | L._w("النار")  # what a carrying verb's object is: the attack, the fire opened
# an attack "attributed to" its author: "هجمات نسبت إلى حزب العمال"
_ATTRIBUTED = L._w("نسبت نسب تنسب ينسب المنسوبة المنسوبه منسوبة")
_TO = L._w("إلى الى")
# the fighting someone fell in, and with whom: "خلال القتال مع قوات الأمن", "اشتباكات بين X وY"
_FIGHTING = L._w("القتال قتال اشتباكات الاشتباكات اشتباك الاشتباك مواجهات المواجهات معارك المعارك معركة المعركة")
_FIGHT_ADJECTIVES = L._w("الشرس الشرسة الشرسه العنيف عنيف عنيفة العنيفة عنيفه العنيفه مسلحة المسلحة دامية الدامية "
                         "متقطعة الضارية ضارية")
# words after which مع names a partner, not a foe: "بالتنسيق مع", "جنبا إلى جنب مع"
_TOGETHER = L._w("بالتنسيق بالتعاون بالاشتراك جنب جنبا تنسيق تعاون بالتزامن تزامنا تزامن")
_HARM = _HARMED | L._w("لقي")  # the harm words of checks, and "لقي (مصرعه)"
_FELL = _HARM | L._w("استشهد واستشهد استشهدوا سقط وسقط")  # how that clause tells its dead
_AIR_FORCE = L._w("سلاح")
# the members of a force: "مقاتلو المقاومة", "عناصر الشرطة", "رجال الأمن"
_MEMBERS = L._w("مقاتلو مقاتلي عناصر رجال أفراد مسلحو مسلحي")
_TIME_WORDS = L._w("اليوم أمس امس مساء صباح فجر ليلة ليل الليلة أيضا كذلك")
# "أسفرت عن مقتل", "أدى إلى مقتل": the outcome of an attack named before
_RESULTED = L._w("أسفر أسفرت أسفرا أسفرتا أدى أدت أديا")
_RESULT_PREPS = L._w("عن إلى الى")
# words opening an adjunct: an attack noun after them is not the object of the verb before them
_ADJUNCTS = L._w("بعد وبعد قبل عقب إثر اثر منذ خلال أثناء اثناء جراء نتيجة بسبب رغم بعدما قبيل")
_AIR = L._w("الجو")
# "مقتل ثلاثة جنود حين فتح مسلحون النار": the clause of when, and its verbs of firing or attacking
_WHEN_OPENERS = L._w("حين عندما بعدما لدى")
_ASIDE_MARKS = frozenset('،,()«»"“”')
_FIRED = L._w("فتح هاجم هاجمت استهدف استهدفت أطلق أطلقت فجر فجرت قصف قصفت نفذ نفذت شن شنت أسقط أسقطت")


# strike nouns a force's statement counts in the passive: "إن 17 ضربة جوية نفذت قرب دير الزور"
_STRIKES = L._w("ضربة ضربات ضربتين ضربتان غارة غارات غارتين غارتان")
# the passive of carrying out, with no pronoun of an object (not "نفذتها": "غارة نفذتها طائرات X" names its agent)
_CARRIED_OUT = L._w("نفذت نفذ شنت شن")
# the words naming a command or a defence ministry that issues statements of its strikes
_COMMANDS = L._w("القيادة قيادة التحالف الجيش جيش البنتاغون الدفاع")
# the pronoun after أن/إن that takes up the speaker as the subject of what follows: "أكد الجيش أنه قتل"
_SELF = L._w("أنه انه إنه أنها انها إنها أنهم انهم إنهم")


# "عمليات نوعية نفذتها المقاومة ...، خلال قصف ...": the operations an attack is told to be part of, and their author
_DURING = L._w("خلال أثناء اثناء")
_THAT_WORDS = L._w("أن ان")
_AFTER_WHEN = L._w("بعدما")
_LATTER = L._w("الأخير الأخيرة")
_LATTER_HEADS = L.ARMED_HEADS | L._w("جنود الجنود عناصر العناصر مقاتلي مسلحي")  # "عدد من جنود النظام، بينما رد الأخير"
_CARRIED_IT = L._w("نفذتها نفذها شنتها شنها نفذوها شنوها")


class ForcesMixin(ChecksMixin):
    """Who attacked, when the sentence names the attacker by a common noun phrase (see the module)."""

    def blast_author(self, sent: Sentence, h: Hit) -> Ment | None:
        """"وأصيب سبعة جنود بعد أن فجر مسلحون تابعون لحركة X عبوة", "قتل شرطيان عندما هاجمت حركة X الحاجز": the
        harm told first, then the act it followed — whoever that act's verb names as its subject, a group or the
        group the gunmen belong to (also when only suspected: "يشتبه في أنهم تابعون لـX") (events40)."""
        i = h.tok
        if not has_word(self.toks[i].norm, _HARM):
            return None
        for j in range(i + 1, min(sent.hi - 2, i + 10)):
            if self.toks[j].punct or self._clause_split(j):
                return None
            n = self.toks[j].norm.lstrip("و")
            if n == "بعد" and self.toks[j + 1].norm in _THAT_WORDS:
                v = j + 2
            elif n in _WHEN_OPENERS | _AFTER_WHEN:
                v = j + 1
            else:
                continue
            if v + 1 >= sent.hi or not has_word(self.toks[v].norm, _FIRED):
                return None
            named = sent.starts.get(v + 1)
            if named is not None:
                return named if named.span.label == "ORG" and not self._place_like(named) else None
            if self.toks[v + 1].norm in GENERIC_ATTACKERS:
                return self._gunmen_of(sent, v + 1)
            found = self._armed_at(sent, v + 1, i)
            return self._owner(found) if found is not None and not self.vehicle_alone(found) else None
        return None

    def latter_party(self, sent: Sentence, h: Hit) -> Ment | None:
        """"ما أسفر عن مقتل عدد من جنود النظام، بينما رد الأخير بقصف أحياء ...": "the latter" as the subject of the
        verb that carries the attack is the armed side named last before it — a named group or country, or a force
        by its head noun (events40).  None when الأخير is not the subject right before the attack."""
        i = h.tok
        j = next((k for k in (i - 1, i - 2) if k > sent.lo and self.toks[k].norm.lstrip("و") in _LATTER), None)
        if j is None or (j == i - 2 and self.toks[i - 1].punct):
            return None
        for k in range(j - 1, max(sent.lo, j - 25) - 1, -1):
            m = next((m for m in sent.ments if m.last == k), None)
            if m is not None:
                if m.span.label == "ORG" or m.span.label == "LOC" and self._country(m):
                    return m
                continue  # a city or a person: not the armed side "the latter" takes up
            if has_word(self.toks[k].norm, _LATTER_HEADS) and k + 1 < j:
                found = self._force_phrase(sent, k)
                if found is not None:
                    return self._owner(found)
        return None

    def operations_author(self, sent: Sentence, h: Hit) -> Ment | None:
        """"في عمليات نوعية نفذتها المقاومة الشعبية الجنوبية في الضالع، خلال قصف مديريتي ...": the shelling told
        with خلال after operations that a party carried out is one of them — its attacker that party (events40).
        None when the attack noun does not follow خلال, or no operations with their author come before it."""
        i = h.tok
        if h.entry.pos != "noun" or i - 1 <= sent.lo or self.toks[i - 1].norm.lstrip("و") not in _DURING:
            return None
        for j in range(i - 2, max(sent.lo, i - 20) - 1, -1):
            if self._clause_split(j):
                return None
            if not has_word(self.toks[j].norm, _OPERATIONS):
                continue
            k = j + 1
            while k < i and self.toks[k].norm in _NOUN_ADJECTIVES:
                k += 1
            if k + 1 >= i or self.toks[k].norm not in _CARRIED_IT:
                return None
            named = sent.starts.get(k + 1)
            if named is not None and named.span.label in ("ORG", "LOC") and not self._place_like(named):
                return named
            found = self._armed_at(sent, k + 1, i)
            return self._owner(found) if found is not None else None
        return None

    def force_attacker(self, sent: Sentence, h: Hit) -> tuple[list[Ment], str, Ment | None]:
        """The attacker of ``h`` (an ASSAULT without one), how it was found, and the other side of a clash
        (the target it names, else None).  ``([], "", None)`` when the sentence names none."""
        sides = self._clash_sides(sent, h)
        if sides is not None:
            first, second = sides
            dead = self._party_key(h.recipient) if h.recipient is not None else None
            soldiers = self._soldiers_fell(sent, h, first[0])
            if soldiers or dead is not None and dead in {self._party_key(m) for m in first} \
                    or second is not None and self._counted_side(sent, h, first[0]) \
                    and not self._counted_side(sent, h, second):
                # "قتل جنديان في قتال بين قوات الحكومة ومقاتلين": the army lost the dead; the other side hit them
                # (and "مقتل عشرة من الحوثيين في اشتباكات بين الحوثيين والمقاومة": the side the dead are of was hit)
                if second is not None:
                    return [second], "clash", first[0]
                if soldiers:
                    return [], "", None
            else:
                return first, "clash", second
        for reader, how in ((self._noun_force, "phrase"), (self._carrier_subject, "phrase"),
                            (self._fought_with, "agent"), (self._outcome_of, "phrase"), (self._fired_by, "phrase"),
                            (self._other_side_fell, "clash")):
            m = reader(sent, h)
            owner = self.owner_of_aircraft(self._owner(m), sent) if m is not None else None
            if m is not None and not self._generic(m) and not (self._bare_head(m) and owner is self._owner(m)) \
                    and not self.vehicle_alone(owner) \
                    and not (h.recipient is not None and key(h.recipient.span) == key(m.span)):
                other = self._ambushed(sent, h, m)  # (None unless the killing came of an ambush)
                return [owner], how, other
        return [], "", None

    def _ambushed(self, sent: Sentence, h: Hit, attacker: Ment) -> Ment | None:
        """"نصبت المقاومة كمينا للميليشيات الحوثية مما أدى إلى مقتل خمسة": whom the ambush the killing came of was set
        for (the named party after لـ), the killing's target; None when it names none or names the attacker."""
        n = self._outcome_noun(sent, h)
        if n is None or not has_word(self.toks[n].norm, _AMBUSH) or n + 1 >= sent.hi:
            return None
        k = n + 1
        if self.toks[k].norm[:1] != "ل" or self.boundary(k):
            return None
        m = next((m for m in sent.ments if m.first == k), None)
        if m is None:
            m = next((m for m in sent.ments if m.first == k + 1 and m.span.label in ("ORG", "LOC")), None)
        if m is None:
            m = self._armed_at(sent, k, h.tok, lam=True)  # "كمينا للميليشيات الحوثية": the armed phrase
        if m is None or m.span.label not in ("ORG", "LOC") or self.is_city(m) or key(m.span) == key(attacker.span):
            return None
        return m

    def statement_author(self, sent: Sentence, h: Hit, speeches: list) -> Ment | None:
        """"وقال الجيش في بيان إن 12 غارة جوية نفذت قرب الموصل": strikes a force's (or a command's) statement counts
        in the passive, with nobody named to have carried them out, are its own.  Not a monitor's or a witness's
        statement ("قال المرصد إن غارات نفذت ..."), nor a strike whose agent follows ("غارة نفذتها طائرات X")."""
        i = h.tok
        if h.entry.pos == "verb":
            # "إن 17 ضربة نفذت قرب الموصل، استهدفت مواقع": the strikes told go on targeting (a place and a comma
            # between, no other clause)
            n = next((j for j in range(i - 1, max(sent.lo, i - 10) - 1, -1)
                      if has_word(self.toks[j].norm, _STRIKES) or self.boundary(j)), None)
            if n is None or self.boundary(n):
                return None
            i = n
        if not has_word(self.toks[i].norm, _STRIKES):
            return None
        sp = next((s for s in speeches if s.kind == "say" and s.lo <= i < s.hi and s.cue < i), None)
        if sp is None:
            return None
        j = i + 1
        while j < sent.hi and j - i <= 2 and self.toks[j].norm in _NOUN_ADJECTIVES:
            j += 1
        before = i - 1 if i - 1 > sent.lo and _is_count(self.toks[i - 1].norm) else i
        if j < sent.hi and j not in self.in_mention and self.toks[j].norm.lstrip("و") in _CARRIED_OUT:
            after = self._past_time(sent, j + 1, sent.hi)
            if after < sent.hi and (after in self.in_mention or has_word(self.toks[after].norm, L.ARMED_HEADS)):
                return None  # "إن غارات شنت طائرات التحالف": the agent follows the verb
        elif not (before - 1 > sp.cue and self.toks[before - 1].norm.lstrip("و") in _CARRIED_OUT
                  and self.toks[before - 2].norm in L._w("كما وكما")):
            return None  # (", كما نفذت سبع ضربات قرب الحسكة": more strikes told the same way)
        return self._force_speaker(sent, sp, i)

    def _force_speaker(self, sent: Sentence, sp, i: int, organisation: bool = False) -> Ment | None:
        """The armed force or command that makes the statement ``sp`` (told before token ``i``): its mention, or
        the name inside the phrase the statement is told by ("قالت قيادة قوات X"); None for anyone else (with
        ``organisation``, any organisation or country named by its mention may speak too)."""
        end = next((k for k in range(sp.cue + 1, i) if self.toks[k].norm in L.COMPLEMENTIZERS
                    or self.toks[k].norm in (":", "«", '"')), i)
        speaker = sp.speaker_ment if sp.speaker_ment is not None and sp.speaker_ment.last < end else next(
            (m for m in sent.ments if sp.cue < m.first and m.last < end and m.first - sp.cue <= 6), None)
        if speaker is None:
            # a command named by common nouns: "وقالت القيادة المشتركة لقوات التحالف الدولي في بيان"
            speaker = next((f for f in (self._armed_at(sent, k, i, lam=True) for k in range(sp.cue + 1, min(end, sp.cue + 6)))
                            if f is not None), None)
        if speaker is None or speaker.span.label not in ("ORG", "LOC", "PER"):
            return None
        if organisation and speaker.span.label in ("ORG", "LOC") and not self.is_city(speaker):
            return speaker
        if not any(has_word(self.toks[k].norm, L.ARMED_HEADS) or has_word(self.toks[k].norm, _COMMANDS)
                   for k in range(sp.cue + 1, speaker.last + 1)):
            return None
        return speaker

    def self_told_attacker(self, sent: Sentence, h: Hit, speeches: list) -> Ment | None:
        """"وأكد الجيش التركي أنه قتل أكثر من مئة مسلح": a force that says it killed, struck or arrested — the
        pronoun after أن/إن standing for the speaker, the verb right after it with its object — carried out the
        attack.  Only a force, a command, an organisation or a country (not "قال الشاهد إنه قتل", not a person),
        and only an active verb with an object after it (not "أنه قتل في الهجوم": he was killed)."""
        i = h.tok
        if i - 1 <= sent.lo or self.toks[i - 1].norm not in _SELF or not self._has_object(i + 1, False):
            return None
        if h.entry.pos != "verb" and self.toks[i].norm.startswith(("ال", "م")):
            return None
        sp = next((s for s in speeches if s.kind == "say" and s.lo <= i < s.hi and s.cue < i - 1), None)
        if sp is None or any(self.boundary(k) for k in range(sp.cue + 1, i - 1)):
            return None
        # the subject right after the verb of saying: a force named by common nouns ("قالت المقاومة الشعبية في
        # إقليم X إنها قتلت": the resistance, not the region), else a name there, not one after a preposition
        first = sp.cue + 1
        phrase = self._armed_at(sent, first, i) if first < i - 1 and first not in self.in_mention else None
        if phrase is not None:
            return phrase
        m = sent.starts.get(first)
        told = sp.speaker_ment
        if m is None and told is not None and first <= told.first <= first + 3 and not any(
                self.toks[k].punct or self.toks[k].norm in L.PREPOSITIONS for k in range(first, told.first)):
            m = told  # "أعلنت وزارة الداخلية المصرية": the speaker the statement reader found in the subject
        if m is None or m.prep or m.span.label not in ("ORG", "LOC") or self.is_city(m):
            return None
        return m

    def _bare_head(self, m: Ment) -> bool:
        """An indefinite head alone ("غارات طيران تحالف إعادة الأمل" read as "طيران"): a fragment, unless its owner
        follows ("طائرات أف 16 التركية")."""
        return m.span.data.get("source") == "phrase" and m.first == m.last \
            and not _definite(self.toks[m.first].norm) and self._owner(m) is m

    def _generic(self, m: Ment) -> bool:
        """A phrase that names nobody: a definite militia, gunmen or rebels head with only adjectives after it
        ("الميليشيات المتمركزة في الستين", "المسلحين"); not one whose genitive names it ("ميليشيات الحوثي").  Armies,
        security forces, aviation and the resistance are named by their phrase ("قوات النظام", "المقاومة الشعبية")."""
        head = self.toks[m.first].norm
        if m.span.data.get("source") != "phrase" or not has_word(head, _UNNAMED_HEADS) or not _definite(head):
            return False
        return not any(j in self.in_mention or self._nisba_at(j) for j in range(m.first + 1, m.last + 1))

    def owner_of_aircraft(self, m: Ment, sent: Sentence | None = None) -> Ment:
        """A bare aircraft head coded as the actor ("مقاتلات") stands for the nation it belongs to when the words
        right after it say so ("مقاتلات اف-16 من سلاح الجو التركي").  (A longer phrase keeps its words: "القوات
        التركية" was read right as it is.)"""
        if m.span.data.get("source") != "phrase":
            return m
        if sent is not None:
            owner = self._belonging_to(sent, m)
            if owner is not None:
                return owner  # "طائرة تابعة لقوات التحالف الدولي": the coalition (events38)
        if m.first != m.last:
            return m
        return self._air_force_of_model(m.first) or (self._own_aircraft(sent, m) if sent is not None else None) \
            or self._dual_nisba_after(m) or m

    def _dual_nisba_after(self, m: Ment) -> Ment | None:
        """"مروحيتين أمريكيتين", "طائرتان روسيتان": a nationality told in the dual right after two aircraft (the
        nationality list has the singular) — the country (events38)."""
        j = m.first + 1
        if j >= len(self.toks) or j in self.in_mention or not has_word(self.toks[m.first].norm, L.ARMED_HEADS):
            return None
        n = self.toks[j].norm
        for dual in ("تين", "تان"):
            if n.endswith(dual) and len(n) > 5:
                single = n[:-len(dual)] + "ه"
                if single in L.NISBA:
                    data = {**self._country_entity(*L.NISBA[single]), "known": True}
                    return Ment(Span("mention", self.toks[j].start, self.toks[j].end, "LOC", data), j, j, "", False)
        return None

    def _belonging_to(self, sent: Sentence, m: Ment) -> Ment | None:
        """"طائرة تابعة لقوات التحالف الدولي", "مروحية تابعة للجيش الأفغاني": the party a phrase says the aircraft,
        vehicle or unit belongs to (after تابعة/التابعة لـ, past an adjective or two), as the owner is coded — a
        named party, or an armed phrase (a nationality at its end standing for the country).  None when no
        such words follow."""
        k = m.last + 1
        while k < min(sent.hi, m.last + 3) and self.toks[k].norm in _NOUN_ADJECTIVES | _WAR_WORDS:
            k += 1
        if k + 1 >= sent.hi or self.toks[k].norm not in _BELONGING:
            return None
        j = k + 1
        t = self.toks[j].norm
        if t[:1] != "ل" or self.toks[j].punct:
            return None
        named = next((x for x in sent.ments if x.first in (j, j + 1) and x.span.label in ("ORG", "LOC")
                      and not self.is_city(x)), None)
        if named is not None and (named.first == j or not has_word(t, L.ARMED_HEADS)):
            return named  # "تابعة لتنظيم داعش", "تابعة لإيران"
        if has_word(t, L.ARMED_HEADS) or t.startswith("لل") and has_word("ال" + t[2:], L.ARMED_HEADS):
            found = self._armed_at(sent, j, sent.hi, lam=True)
            if found is not None:
                return self._owner(found) if found.span.data.get("source") == "phrase" else found
        return named

    def vehicle_alone(self, m: Ment) -> bool:
        """A phrase that names only a single aircraft, vehicle or weapon ("طائرة", "مروحية حربية", "سيارة"): no
        party — whose it was the sentence does not say (events38)."""
        if m.span.data.get("source") != "phrase":
            return False
        if not has_word(self.toks[m.first].norm, _ONE_VEHICLE):
            return False
        return all(self.toks[k].norm in _NOUN_ADJECTIVES | _WAR_WORDS for k in range(m.first + 1, m.last + 1))

    def _own_aircraft(self, sent: Sentence, m: Ment) -> Ment | None:
        """"وقالت أنقرة إن طائراتها قصفت 17 هدفا": aircraft named with a possessive pronoun are the party the
        clause before names as their owner — the country, capital or organisation named last before them in the
        sentence, a speaker whose إن clause they open (events33).  None when no such party comes before them."""
        n = self.toks[m.first].norm
        if not (n.endswith(("ها", "هم")) and has_word(n, _OWN_AIRCRAFT)):
            return None
        if not any(self.toks[k].norm in _THAT for k in range(max(sent.lo, m.first - 2), m.first)):
            return None
        for x in reversed(sent.ments):
            if x.last >= m.first:
                continue
            if x.span.label in ("LOC", "ORG"):
                return x  # (a capital too: "وقالت أنقرة إن طائراتها")
            return None
        return None

    # -- an accuser read as a passive's nobody -------------------------------------------------------------------

    def _passive_accusation(self, sent: Sentence, h: Hit, stop: set[int]) -> bool:
        """:meth:`ChecksMixin._passive_accusation`, but an unmarked "اتهمت X Y بـ" whose accuser is named by words the
        mention layer left bare keeps it: the antecedent of a relative ("الصحف البريطانية التي اتهمت فرنسا بـ",
        "كييف التي تتهم الكرملين بـ"), or an institution with a nationality between the verb and the accused
        ("اتهمت وزارة الدفاع الصينية الولايات المتحدة بـ": China)."""
        if not super()._passive_accusation(sent, h, stop):
            return False
        i = h.tok
        if "\u064f" in self.text[self.toks[i].start:self.toks[i].end][:4] or h.recipient is None:
            return True  # a passive marked by its vowels: "اتُّهم"
        found, how = self._relative_subject(sent, h), "relative"
        if found is None:
            found, how = self._gap_subject(sent, i, h.recipient.first), "title"
        if found is not None and key(found.span) != key(h.recipient.span):
            h.actor, h.actor_how = [found], how
        return True

    def _relative_subject(self, sent: Sentence, h: Hit) -> Ment | None:
        """The antecedent of the relative pronoun right before the verb: a named party, else a definite noun phrase
        of at most three words ("الصحف البريطانية")."""
        i = h.tok
        if h.prefix or i - 2 < sent.lo or self.toks[i - 1].norm not in L.RELATIVES:
            return None
        named = self._relative_antecedent(sent, h) or next(
            (m for m in sent.ments if m.last == i - 2 and m.span.label == "LOC" and not m.prep), None)
        if named is not None:
            return named  # (a capital accuses for its government: "كييف التي تتهم الكرملين")
        first = None
        for j in range(i - 2, max(sent.lo, i - 5) - 1, -1):
            t = self.toks[j]
            if t.punct or j in self.in_mention or not t.norm.startswith("ال") or self.boundary(j):
                break
            first = j
            if not t.norm.endswith(("يه", "ي", "يين", "يون")):
                break  # the head noun, past its adjectives: "الصحف البريطانية"
        if first is None or (first > sent.lo and self.toks[first - 1].norm in L.PREPOSITIONS):
            return None
        a, b = self.toks[first].start, self.toks[i - 2].end
        return self.phrase_ment(a, b, first, i - 2)

    def _gap_subject(self, sent: Sentence, i: int, first: int) -> Ment | None:
        """A nationality among the title words between the verb at ``i`` and the accused at ``first``: the accuser."""
        for j in range(first - 1, i, -1):
            nis = self._nisba_at(j)
            if nis and j not in self.in_mention and j + nis[1] <= first:
                return self._nisba_ment(j, nis)
        return None

    # -- the verb carrying the attack noun ---------------------------------------------------------------------

    def _carrier_subject(self, sent: Sentence, h: Hit) -> Ment | None:
        """The subject of the verb that carries the attack noun at the trigger, up to sixteen words back with no
        clause boundary or other event between: after the verb, or before it at the clause's start."""
        i = h.tok
        if h.entry.pos == "verb" and h.companion is not None and (
                _carrier(self.toks[i].norm) or self.toks[i].norm in L.AGENT_VERBS):
            # the trigger is the carrier: "إن سلاح الجو X قد شن غارات", "هجوم شنته اليوم المقاومة الشعبية"
            after = self._force_at(sent, self._past_time(sent, i + 1, sent.hi), sent.hi)
            if after is not None and self.toks[i].norm in L.AGENT_VERBS:
                return after
            return self._subject_ending(sent, i, i)
        if not has_word(self.toks[i].norm, _ATTACK_HEADS) and h.entry.pos != "noun":
            i = self._noun_before(sent, h)  # "نفذ ضربة جوية نوعية استهدفت", "نصبت كمينا مسلحا استهدف"
            if i is None:
                return None
        return self._carrier_of(sent, i, h)

    def _carrier_of(self, sent: Sentence, i: int, h: Hit) -> Ment | None:
        """The subject of the verb carrying the attack noun at token ``i`` (see :meth:`_carrier_subject`)."""
        if i > sent.lo and self.toks[i - 1].norm.lstrip("و") in _ADJUNCTS:
            return None  # "قام الجيش بتسيير دوريات بعد عملية احتجاز": the attack is a time adjunct, not the object
        others = {x.tok for x in self._sentence_hits if x is not h}
        attack = has_word(self.toks[i].norm, _CARRIED) or has_word(self.toks[i].norm, _WEAPONS_FIRED)
        for v in range(i - 1, max(sent.lo, i - 16) - 1, -1):
            if self._clause_split(v):
                return None
            if v not in self.in_mention and self.toks[v].norm in _FIRING and self._fires_at(v, i):
                # "الطائرات التركية أطلقت 4 قذائف", "أطلقت تركيا حملة جوية لقصف مواقع": the force that fired or
                # launched them (events34)
                after = self._force_at(sent, self._past_time(sent, v + 1, i), i) if v + 1 < i else None
                return after if after is not None and after.last < i else self._subject_ending(sent, v, i)
            if v in self.in_mention or not _carrier(self.toks[v].norm):
                if v in others:
                    return None  # another event's word stands between
                attack = attack or has_word(self.toks[v].norm, _CARRIED)
                continue
            if not attack:
                return None  # (a killing the verb does not carry: "قامت الشرطة بالتحقيق في مقتل")
            if v + 1 < i:
                after = self._force_at(sent, self._past_time(sent, v + 1, i), i)
                if after is not None and after.last < i:
                    return after
            return self._subject_ending(sent, v, i)
        return None

    def _fires_at(self, v: int, i: int) -> bool:
        """Whether the verb of firing at ``v`` fires the attack at ``i``: its object, shells, missiles or a campaign,
        is the attack word or stands right before it, a few words after the verb (not "أطلقت جماعة صاروخا ... رد
        عليه الجيش بغارة": the reply is another force's)."""
        return any(has_word(self.toks[o].norm, _WEAPONS_FIRED) and i - o <= 3 for o in range(v + 1, min(i, v + 7) + 1))

    def _outcome_of(self, sent: Sentence, h: Hit) -> Ment | None:
        """Whoever carried out the attack a killing is told as the outcome of (see :meth:`_outcome_noun`)."""
        n = self._outcome_noun(sent, h)
        return None if n is None else self._carrier_of(sent, n, h) or self._noun_force_at(sent, n, h)

    def _outcome_noun(self, sent: Sentence, h: Hit) -> int | None:
        """"نفذت الوحدات الأمنية عملية واسعة ... أسفرت عن مقتل", "نصب مقاتلو X كمينين أسفرا عن مصرع ... وإصابة": a
        killing told as the outcome of an attack named before it was done by whoever carried the attack out."""
        i = h.tok
        if not has_word(self.toks[i].norm, _HARM):
            return None
        r = None
        for j in range(i - 1, max(sent.lo, i - 7) - 1, -1):
            if self.boundary(j):
                return None
            if self.toks[j].norm.lstrip("و") in _RESULTED and j + 1 < i and self.toks[j + 1].norm in _RESULT_PREPS:
                r = j
                break
        if r is None:
            return None
        for n in range(r - 1, max(sent.lo, r - 14) - 1, -1):
            if self._clause_split(n):
                return None
            t = self.toks[n].norm
            if n not in self.in_mention and has_word(t, _CARRIED):
                return n
        return None

    def _fired_by(self, sent: Sentence, h: Hit) -> Ment | None:
        """"أعلن الجيش مقتل ثلاثة جنود حين فتح عناصر من حزب X النار على قافلة": dead or wounded told with the
        clause of when they were fired on or attacked — whoever opened fire, attacked or shelled there did it."""
        i = h.tok
        toks = self.toks
        if not has_word(toks[i].norm, _HARM):
            return None
        for j in range(i + 1, min(sent.hi, i + 16)):
            # (a comma, quote marks or brackets may stand before the clause: 'في حادث "نيران صديقة" (الاثنين)، عندما')
            if self.boundary(j) or (toks[j].punct and toks[j].norm not in _ASIDE_MARKS):
                return None
            if toks[j].norm.lstrip("و") not in _WHEN_OPENERS:
                continue
            v = j + 1
            if v + 1 < sent.hi and has_word(toks[v].norm, _FIRED):
                return self._force_at(sent, self._past_time(sent, v + 1, sent.hi), i)
            return None
        return None

    def _noun_before(self, sent: Sentence, h: Hit) -> int | None:
        """The attack noun a verb of targeting follows as its subject, past adjectives ("ضربة جوية نوعية استهدفت",
        "كمينا مسلحا استهدف")."""
        if h.entry.pos != "verb":
            return None
        for j in range(h.tok - 1, max(sent.lo, h.tok - 4) - 1, -1):
            n = self.toks[j].norm
            if j in self.in_mention or self.toks[j].punct:
                return None
            if has_word(n, _ATTACK_HEADS) or has_word(n, _AMBUSH):
                return j
            if n not in _NOUN_ADJECTIVES:
                return None
        return None

    def _past_time(self, sent: Sentence, j: int, i: int) -> int:
        """Token ``j``, or the first one after the time words that open there ("شنته اليوم المقاومة")."""
        while j < min(i, sent.hi) - 1 and (self.toks[j].norm in _TIME_WORDS
                                           or any(t.start <= self.toks[j].start < t.end for t in self.timex)):
            j += 1
        return j

    def _subject_ending(self, sent: Sentence, v: int, i: int) -> Ment | None:
        """A force phrase standing first in its clause and ending right before the verb at ``v`` ("قد" between)."""
        end = v - 1
        while end > sent.lo and self.toks[end].norm in _BEFORE_VERB:
            end -= 1
        place = next((m for m in sent.ments if m.last == end and m.span.label == "LOC"), None)
        if place is not None and place.first - 2 >= sent.lo and self.toks[place.first - 1].norm == "في":
            end = place.first - 2  # "إن المقاومة في شبوة نصبت كمينا": where the force is stands before its verb
        heads = []
        for j in range(end, max(sent.lo, end - 5) - 1, -1):
            t = self.toks[j]
            if has_word(t.norm, L.ARMED_HEADS) or t.norm.lstrip("و") in _AIR_FORCE:
                heads.append(j)  # "طائرات التحالف الحربية": the phrase opens at its first head
            elif t.punct or not (_definite(t.norm) or j in self.in_mention):
                break
        for j in reversed(heads):
            prev = self.toks[j - 1].norm if j > sent.lo else ""
            opens = j == sent.lo or prev in _CLAUSE_OPENERS or prev in _QUOTE_MARKS or prev in ("،", ",") \
                or self.toks[j].norm.startswith("و")
            if not opens:
                continue
            m = self._force_at(sent, j, i)
            if m is None or not all(_definite(self.toks[x].norm) or x in self.in_mention
                                    for x in range(m.last + 1, end + 1)):
                return None  # (the phrase, with its adjectives, reaches the verb)
            return m
        return None

    def _force_at(self, sent: Sentence, j: int, i: int) -> Ment | None:
        """The force named from token ``j``: a nation's air force ("سلاح الجو التركي"), a named party, or an armed
        phrase ("المقاومة الشعبية", "طائرات التحالف")."""
        if j >= sent.hi:
            return None
        if self.toks[j].norm.lstrip("و") in _AIR_FORCE and j + 2 < sent.hi and self.toks[j + 1].norm in _AIR:
            nis = self._nisba_at(j + 2)
            return self._nisba_ment(j + 2, nis) if nis and (j + 2) not in self.in_mention else None
        if has_word(self.toks[j].norm, _MEMBERS) and j + 1 < sent.hi and (
                has_word(self.toks[j + 1].norm, L.ARMED_HEADS) and _definite(self.toks[j + 1].norm)
                or (j + 1) in self.in_mention):
            return self._force_at(sent, j + 1, i)  # "مقاتلو المقاومة الشعبية", "رجال الشرطة": the force they serve
        if has_word(self.toks[j].norm, L.ARMED_HEADS) and j + 2 < sent.hi and self.toks[j + 1].norm == "من":
            inner = self._group_named_at(sent, j + 2)
            if inner is not None:
                return inner  # "متمردين من حزب العمال الكردستاني", "مسلحون من جماعة X": the group
        found = self._side_at(sent, j, i)
        if found is None and j < sent.hi and not self.toks[j].punct:
            found = self._force_at_any(j)  # "مقاتلات أسترالية", "طائرات تركية": a nation's aircraft or troops
        return found

    def _side_at(self, sent: Sentence, j: int, i: int) -> Ment | None:
        """A named party at token ``j`` whatever preposition governs it ("بين الجيش", "مع قوات الأمن"), else a
        definite armed phrase (see ``_party_at``)."""
        m = next((m for m in sent.ments if m.first == j), None)
        if m is not None and m.prep and m.span.label in ("ORG", "LOC") and not self.is_city(m):
            return self.group_after(sent, m)[0]
        found = self._party_at(sent, j, i)
        if found is None and j < sent.hi and self.toks[j].norm in _MEMBERS:
            # "مع مقاتلي تنظيم داعش", "بين عناصر حركة X": the members of a named group stand for it (after مع or
            # بين they are a side of the fight, not the counted dead); also a group the mentions leave out, quoted
            # or named by a definite armed phrase ("بين مقاتلي «جيش الفتح»", "بين مقاتلي المقاومة الشعبية")
            found = self._members_group(sent, j + 1, i)
        return found

    def _first_side_at(self, sent: Sentence, j: int, i: int) -> Ment | None:
        """The first side of a clash after بين at token ``j`` (see ``_side_at``): "بين المقاومة الشعبية والحوثيين" —
        the armed phrase ends before the party و joins to it, the other side, not the phrase's genitive (events38)."""
        found = self._side_at(sent, j, i)
        if found is not None and found.first > j and self._joined_by_and(sent, found):
            last = found.first - 1
            a, b = self.toks[j].start, self.toks[last].end
            found = self._owner(self.phrase_ment(a, b, j, last, name=self._phrase_name(j, a, b)))
        return found

    def _joined_by_and(self, sent: Sentence, m: Ment) -> bool:
        """Whether the mention ``m`` opens with a و glued to its first word: "والحوثيين" (not "واشنطن")."""
        t = self.toks[m.first]
        return t.norm[:1] == "و" and m.span.start > t.start

    def _members_group(self, sent: Sentence, k: int, i: int) -> Ment | None:
        """The group whose members ("مقاتلي", "عناصر", "ومسلحي") are named by the words from token ``k``: a named
        organisation, behind a quote mark too, or a definite armed phrase ("المقاومة الشعبية", «جيش الفتح»)."""
        quoted = k < sent.hi and self.toks[k].norm in _QUOTE_MARKS
        at = k + 1 if quoted else k
        found = self._group_named_at(sent, at)
        if found is None and at < sent.hi and has_word(self.toks[at].norm, L.ARMED_HEADS) \
                and (quoted or _definite(self.toks[at].norm) or self.toks[at].norm in _GROUP_WORDS and at + 1 < sent.hi
                     and _definite(self.toks[at + 1].norm)) and not self._generic_head(at):
            found = self._armed_at(sent, at, i)
        return found

    def _generic_head(self, j: int) -> bool:
        """Whether the head at token ``j`` names nobody by itself ("المسلحين", "الميليشيات")."""
        return has_word(self.toks[j].norm, _UNNAMED_HEADS)

    # -- the attack noun's own author --------------------------------------------------------------------------

    def _noun_force(self, sent: Sentence, h: Hit) -> Ment | None:
        """Whose attack the noun at the trigger (or the noun a verb of targeting follows) names: see the module."""
        nouns = [h.tok]
        before = self._attack_noun_before(sent, h)
        if before is not None:
            nouns.append(before)
        for n in nouns:
            m = self._noun_force_at(sent, n, h)
            if m is not None:
                return m
        return None

    def _noun_force_at(self, sent: Sentence, n: int, h: Hit) -> Ment | None:
        """Whose attack the noun at token ``n`` names (see :meth:`_noun_force`)."""
        if not has_word(self.toks[n].norm, _ATTACK_HEADS):
            return None
        k = n + 1
        while k < sent.hi and (self.toks[k].norm in _NOUN_ADJECTIVES or _is_model(self.toks[k].norm)):
            k += 1
        if k >= sent.hi or self.boundary(k):
            return None
        t = self.toks[k].norm
        if has_word(t, _ARMS) and t[:1] not in ("ب", "ل") and k not in self.in_mention:
            # "لغارات طيران التحالف", "قصف الطائرات التركية": an air or artillery arm's strikes
            m = self._armed_at(sent, k, h.tok)
            if m is not None:
                return m
        if has_word(t, L.ARMED_HEADS) and t[:1] not in ("ب", "ل") and (t.startswith("ال") or k + 1 < sent.hi and (
                self.toks[k + 1].norm.startswith("ال") or k + 1 in self.in_mention)):
            m = self._force_before_object(sent, k)
            if m is not None:
                return m  # "قصف ميليشيات الحوثي وصالح للأحياء السكنية": the force, then what it shelled
        operation = has_word(self.toks[n].norm, _OPERATIONS)
        if t[:1] == "ل" and has_word(self.toks[n].norm, _AMBUSH) and n - 1 >= sent.lo and _carrier(self.toks[n - 1].norm):
            return None  # "نصبت المقاومة كمينا للميليشيات": an ambush set for the لـ party is set against it (events29)
        if t.startswith("لل") and (has_word("ال" + t[2:], _ARMS)
                                   or has_word("ال" + t[2:], L.ARMED_HEADS) and operation):
            m = self._armed_at(sent, k, h.tok, lam=True)
            if m is not None:
                return m  # "قصف للطيران الحربي", "هجوم مسلح للمقاومة"
        if t[:1] == "ل" and has_word(t[1:], L.ARMED_HEADS) and has_word(self.toks[n].norm, _OPERATIONS) \
                and k + 1 < sent.hi and (self.toks[k + 1].norm.startswith("ال") or k + 1 in self.in_mention):
            m = self._armed_at(sent, k, h.tok, lam=True)
            if m is not None:
                return m  # "في عمليات لقوات الأمن التونسية"
        return self._marked_agent(sent, k, h.tok)

    def _force_before_object(self, sent: Sentence, k: int) -> Ment | None:
        """The force named from token ``k`` (the genitive of a verbal noun) when the noun's object follows it with
        لـ a few words on ("قصف ميليشيات الحوثي وصالح للأحياء"): the words up to the object, or the name among them."""
        for o in range(k + 1, min(sent.hi, k + 5)):
            t = self.toks[o]
            if t.punct or self.boundary(o):
                return None
            if t.norm[:1] == "ل" and t.norm not in L.PREPOSITIONS and len(t.norm) > 3 and o not in self.in_mention:
                break
            if not (t.norm[:1] == "و" or o in self.in_mention or t.norm.startswith("ال")):
                return None
        else:
            return None
        if o == k + 1:
            return None
        last = o - 1
        while last > k and self.toks[last].norm[:1] == "و" and last not in self.in_mention:
            last -= 1  # "ميليشيات الحوثي وصالح": the first of the coordinated names
        inside = next((m for m in sent.ments if k < m.first <= last), None)
        if inside is not None and inside.span.label in ("ORG", "LOC", "PER") and not self.is_city(inside):
            return inside
        a, b = self.toks[k].start, self.toks[last].end
        return self.phrase_ment(a, b, k, last, name=self._phrase_name(k, a, b))

    def _marked_agent(self, sent: Sentence, k: int, i: int) -> Ment | None:
        """The agent a marker right after an attack noun names: "من قبل/على يد/من جانب X", "نسبت إلى X", an air arm
        after من ("من الطيران المروحي")."""
        for j in range(k, min(sent.hi - 1, k + 4)):
            if self.boundary(j) or self.toks[j].punct:
                return None
            n = self.toks[j].norm
            if has_word(n, L.AGENT_MARKS) and j > sent.lo and self.toks[j - 1].norm in ("من", "علي", "على"):
                return self._force_at(sent, j + 1, i)
            if n in _ATTRIBUTED and self.toks[j + 1].norm in _TO:
                return self._force_at(sent, j + 2, i)
            if n == "من" and has_word(self.toks[j + 1].norm, _ARMS) and (self.toks[j + 1].norm.startswith("ال") or (
                    j + 2 < sent.hi and (self.toks[j + 2].norm.startswith("ال") or j + 2 in self.in_mention))):
                return self._armed_at(sent, j + 1, i)  # "من الطيران المروحي", "من طائرات النظام"
        return None

    # -- fighting -----------------------------------------------------------------------------------------------

    def _fought_with(self, sent: Sentence, h: Hit) -> Ment | None:
        """"قتل 21 متمردا خلال القتال مع قوات الأمن": the dead fell fighting the party after مع, who killed them."""
        i = h.tok
        if not has_word(self.toks[i].norm, _HARM):
            return None
        for f in range(i + 1, min(sent.hi - 2, i + 16)):
            if self._clause_split(f):
                return None
            if not has_word(self.toks[f].norm, _FIGHTING):
                continue
            k = f + 1
            while k < sent.hi and self.toks[k].norm in _FIGHT_ADJECTIVES:
                k += 1
            # "في مواجهات بمناطق متفرقة من مدينة تعز مع قوات المقاومة": a place or a time may stand before مع
            while k < sent.hi and k - f <= 9 and self.toks[k].norm != "مع" and not self.toks[k].punct \
                    and not self._clause_split(k) and self.toks[k].norm not in _TOGETHER:
                k += 1
            if k + 1 < sent.hi and self.toks[k].norm == "مع" and self.toks[k - 1].norm not in _TOGETHER:
                return self._side_at(sent, k + 1, i)
            return None
        return None

    def _other_side_fell(self, sent: Sentence, h: Hit) -> Ment | None:
        """"أسفرت المواجهات عن مقتل 21 من الحوثيين، بينما قتل اثنان من القوات الشرعية": when the sentence counts the
        dead of a fight on both sides, in two clauses a contrast word joins, the first clause's dead fell to the side
        the second counts after its number ("ثلاثة من رجال المقاومة") — none of the first clause's dead."""
        i = h.tok
        if not has_word(self.toks[i].norm, _HARM):
            return None
        if not self._after_fighting(sent, i):
            return None
        for c in range(i + 1, sent.hi - 3):
            if not self._contrast_at(c):
                continue
            k = next((k for k in range(c + 1, min(sent.hi, c + 4)) if has_word(self.toks[k].norm, _FELL)), None)
            if k is None:
                return None
            for j in range(k + 1, min(sent.hi - 1, k + 6)):
                if self.toks[j].punct:
                    return None
                if self.toks[j].norm == "من":
                    side = self._force_at(sent, j + 1, i)
                    harmed = {key(m.span) for m in sent.ments if i < m.first < c}  # the first clause's dead
                    if side is None or self._generic(side) or key(side.span) in harmed:
                        return None
                    return side
            return None
        return None

    def _after_fighting(self, sent: Sentence, i: int) -> bool:
        """Whether the harm at ``i`` is the outcome of fighting its clause names a few words before it ("أسفرت
        المواجهات عن مقتل", "المعارك أدت إلى مصرع")."""
        for f in range(max(sent.lo, i - 6), i):
            if has_word(self.toks[f].norm, _FIGHTING) and not any(self._clause_split(x) for x in range(f, i)):
                return True
        return False

    def _contrast_at(self, c: int) -> bool:
        """Whether a contrast word opens a clause at ``c``: "بينما قتل اثنان من القوات", "في حين استشهد"."""
        n = self.toks[c].norm
        return n in _CONTRAST or n == "حين" and c > 0 and self.toks[c - 1].norm == "في"

    def _clash_sides(self, sent: Sentence, h: Hit) -> tuple[list[Ment], Ment | None] | None:
        """"اشتباكات بين المقاومة ومسلحي الحوثي": the two sides of the clash the trigger names or falls in — the first
        side (with the allies the sentence joins to it: "بين الجيش ومقاتلي حزب الله من جهة ومقاتلي جيش الفتح من جهة
        أخرى", "بين الجيش وحزب الله، وبين جيش الفتح") and the second (None when the sentence does not name it: "بين
        الجيش اللبناني وأفراد من تلك المجموعات").  The clash may be told before بين with a verb, a time, a place or
        a manner between ("اشتباكات عنيفة دارت أمس بين", "مواجهات بالأسلحة الثقيلة بين", events38)."""
        i = h.tok
        for f in range(max(sent.lo, i - 10), min(sent.hi - 3, i + 8)):
            if any(self._clause_split(x) for x in range(min(i, f), max(i, f))):
                continue
            if not has_word(self.toks[f].norm, _FIGHTING):
                continue
            k = self._clash_between(sent, f)
            if k is None:
                continue
            gap = any(not (self.toks[x].norm in _FIGHT_ADJECTIVES) for x in range(f + 1, k))
            if gap and f != i and not has_word(self.toks[i].norm, _FELL):
                continue  # (a clash told apart from its sides is the trigger's own, or its dead's: not "غارات")
            sides = self._sides_after(sent, k, i)
            if sides is not None:
                return sides
        return None

    def _counted_side(self, sent: Sentence, h: Hit, side: Ment) -> bool:
        """Whether the dead (or wounded) counted at the trigger are of ``side``: "17 حوثيا قتلوا" or "مقتل عشرة من
        الحوثيين" beside the side "الحوثيين" — the counted noun and the side's name share their stem."""
        name = self.text[side.span.start:side.span.end].split()
        if not name:
            return False
        want = _stem_of_people(L.fold(name[0]))
        if len(want) < 3:
            return False
        i = h.tok
        lo = next((x + 1 for x in range(i - 1, sent.lo - 1, -1) if self.boundary(x)), sent.lo)
        for j in range(lo, min(sent.hi - 1, i + 4)):
            if not _is_count(self.toks[j].norm) or self.toks[j].punct:
                continue
            k = j + 1
            if self.toks[k].norm == "من" and k + 1 < sent.hi:
                k += 1
            if self.toks[k].norm in _MEMBERS and k + 1 < sent.hi:
                k += 1
            if _stem_of_people(self.toks[k].norm) == want:
                return True
        return False

    def _clash_between(self, sent: Sentence, f: int) -> int | None:
        """The بين that names the sides of the fighting word at ``f``: right after it and its adjectives, or past a
        few words telling where, when or how it broke out (a verb, a time, a place, the weapons: "دارت (أمس)، بين",
        "شهدتها مدينة مأرب بين"); None past a clause boundary, a second fighting word or a party that is no place."""
        for k in range(f + 1, min(sent.hi - 2, f + 9)):
            t = self.toks[k]
            if t.norm == "بين":
                return k
            if self._clause_split(k) or t.norm in L.RELATIVES and k > f + 1 and self.toks[k - 1].punct \
                    or has_word(t.norm, _FIGHTING) or t.norm.lstrip("و") in L.SOURCE_CUES:
                return None
            m = next((m for m in sent.ments if m.first <= k <= m.last), None)
            if m is not None and not (m.prep or self.is_city(m) or m.span.label == "LOC"):
                return None  # "اشتباكات أعلن الجيش بين ...": a party between is the subject of another clause
        return None

    def _sides_after(self, sent: Sentence, k: int, i: int) -> tuple[list[Ment], Ment | None] | None:
        """The sides named after the بين at ``k`` (see ``_clash_sides``)."""
        first = self._first_side_at(sent, k + 1, i)
        if first is None:
            return None
        end = max(first.last, k + 1)
        while end + 1 < sent.hi and (self.toks[end + 1].norm.startswith("ال") and self.toks[end + 1].norm[:1] != "و"
                                     and not self.toks[end + 1].punct):
            end += 1  # "قوات الأمن التركية": the first side's adjectives
        # where the second side begins: after a second بين ("، وبين"), after "من جهة" ("بين X وY من جهة وZ من جهة
        # أخرى"), else right after the first side; the sides joined to the first before it are its allies
        second_at, allies_end = None, end
        for j in range(end + 1, min(sent.hi - 1, end + 16)):
            n = self.toks[j].norm
            if self._clause_split(j) or has_word(n, _FIGHTING):
                break
            if n == "وبين":
                second_at, allies_end = j, j
                break
            if n == "من" and self.toks[j + 1].norm in _SIDE_WORDS:
                nxt = j + 2
                while nxt < sent.hi and self.toks[nxt].punct and self.toks[nxt].norm in ("،", ","):
                    nxt += 1
                if nxt < sent.hi and self.toks[nxt].norm[:1] == "و":
                    second_at, allies_end = nxt, j
                break
        allies = [first]
        if second_at is not None:
            for j in range(end + 1, allies_end):
                if self.toks[j].norm[:1] == "و" and not self.toks[j].punct and self.toks[j].norm != "وبين":
                    ally = self._conjoined_force(sent, j, i)
                    if ally is not None and all(self._party_key(ally) != self._party_key(a) for a in allies):
                        allies.append(self._owner(ally))
            second = self._side_at(sent, second_at + 1, i) if self.toks[second_at].norm == "وبين" \
                else self._conjoined_force(sent, second_at, i)
        else:
            j = end + 1
            if j >= sent.hi or self.toks[j].norm[:1] != "و":
                return None
            second = self._conjoined_force(sent, j, i)
        allies[0] = self._owner(first)
        if second is not None and self._party_key(second) in {self._party_key(a) for a in allies}:
            return None
        return allies, self._owner(second) if second is not None else None

    def far_clash_side(self, sent: Sentence, h: Hit) -> Ment | None:
        """"اندلعت مواجهات في المنطقة بين المقاومة الشعبية من جانب ومسلحي الحوثي من جانب آخر، ما أسفر عن مقتل تسعة
        من الحوثيين": the dead (or wounded) a casualty word counts, when they are one side of a clash the sentence
        tells between two sides however far from the count, fell to the other side (events33).  Only when the count
        names its dead (the recipient) and they are one side: the side matching them is the first or the second, or
        the second is an unnamed armed phrase ("بين المقاومة والمسلحين") and the first is not them."""
        i = h.tok
        if h.recipient is None or not has_word(self.toks[i].norm, _HARM):
            return None
        hit = self._party_key(h.recipient)
        for k in range(sent.lo, sent.hi - 2):
            if self.toks[k].norm != "بين":
                continue
            # the clash told before بين, a time or a second verb between ("اندلعت مواجهات مساء السبت واستمرت حتى
            # وقت مبكر من أمس بين ...")
            fight = next((f for f in range(k - 1, max(sent.lo, k - 15) - 1, -1)
                          if has_word(self.toks[f].norm, _FIGHTING) or self.boundary(f)), None)
            if fight is None or self.boundary(fight):
                continue
            first = self._side_at(sent, k + 1, i)
            if first is None:
                continue
            second = None
            window = range(first.last + 1, min(sent.hi, first.last + 10))
            between = next((j for j in window if self.toks[j].norm == "وبين"), None)
            if between is not None:
                # "بين المقاومة الشعبية المسنودة بالجيش الوطني وبين الميليشيات": the second side after وبين
                if not any(self.boundary(x) for x in range(first.last + 1, between)):
                    second = self._side_at(sent, between + 1, i)
            else:
                for j in window:
                    if self.boundary(j) or self.toks[j].punct:
                        break
                    if self.toks[j].norm[:1] == "و":
                        # "بين المقاومة الشعبية من جانب ومسلحي الحوثي"
                        second = self._conjoined_force(sent, j, i)
                        break
            if second is None:
                continue
            a, b = self._owner(first), self._owner(second)
            ka, kb = self._party_key(a), self._party_key(b)
            if ka == kb:
                continue
            if kb == hit or (self._generic(second) and ka != hit):
                side = a
            elif ka == hit and not self._generic(second):
                side = b
            else:
                continue
            if self._generic(side) or self._bare_head(side):
                return None
            return side
        return None

    def _party_key(self, m: Ment) -> str:
        """Who a party is, to tell the two sides of a clash apart: its entity, else its name without the article."""
        eid = m.span.data.get("entity_id")
        if eid:
            return str(eid)
        name = str(m.span.data.get("name") or "")
        return name[2:] if name.startswith("ال") else name

    def _soldiers_fell(self, sent: Sentence, h: Hit, side: Ment) -> bool:
        """Whether the dead or wounded the trigger counts are soldiers or police ("جنديين", "شرطيا") and the clash's
        first side is an army, a police or a state ("بين الجيش", "بين قوات الأمن التركية")."""
        state = side.span.label == "LOC" or has_word(self.toks[side.first].norm, _STATE_FORCES)
        if not state:
            return False
        for j in range(max(sent.lo, h.tok - 8), min(sent.hi, side.first)):
            n = self.toks[j].norm
            if n in _AMONG:
                return False  # "وجرح سبعة بينهم شرطيان": some of the wounded, not who fell
            if has_word(n, _SOLDIERS):
                return True  # the first dead the sentence counts are soldiers
            if has_word(n, _FIGHTERS):
                return False  # "قتل ثلاثة متمردين": the other side fell
        return False

    def _conjoined_force(self, sent: Sentence, j: int, i: int) -> Ment | None:
        """A force phrase after و ("ومسلحي الحوثي", "والمتمردين"), or a named party right after it."""
        m = next((m for m in sent.ments if m.first == j or m.first == j + 1 and self.toks[j].norm == "و"), None)
        if m is not None and m.span.label in ("ORG", "LOC", "PER") and not self.is_city(m):
            return m
        n = self.toks[j].norm[1:]
        inner = self._group_named_at(sent, j + 1, bare=True) if not self.toks[j].punct else None
        if inner is not None:
            return inner  # "وجيوب الحوثيين", "وأنصار جماعة X": the group whose pockets or followers they are
        if n in _MEMBERS and not self.toks[j].punct:
            inner = self._members_group(sent, j + 1, i)
            if inner is not None:
                return inner  # "ومقاتلي «حزب الله»", "ومسلحي المقاومة الشعبية" (events38)
        if n.startswith("ال") and has_word(n, L.ARMED_HEADS) and not self._generic_head(j) and not self.toks[j].punct:
            # "والمقاومة الشعبية", "والجيش", "والقوات الحكومية": a second side named by a definite armed phrase
            # (events38; its name without the و)
            m = self._armed_at(sent, j, i)
            if m is not None and m.span.data.get("source") == "phrase" and m.first == j:
                a = self.toks[j].start + 1
                return self.phrase_ment(a, m.span.end, j, m.last, name=self.text[a:m.span.end])
            if m is not None:
                return m
        if not (has_word(n, L.ARMED_HEADS) or n in _SIDE_HEADS):
            return None
        for k in range(j + 1, min(sent.hi, j + 3)):
            inner = next((m for m in sent.ments if m.first == k), None)
            if inner is not None and inner.span.label in ("ORG", "LOC") and not self.is_city(inner):
                return inner  # "ومسلحي الحوثي", "ومقاتلي جماعة X": the group
            if not has_word(self.toks[k].norm, L.ARMED_HEADS):
                break
        if n not in _SIDE_HEADS or not n.startswith("ال"):
            return None  # "ومقاتلي", "ومسلحين مجهولين": whose fighters, the sentence does not say
        a, b = self.toks[j].start + 1, self.toks[j].end
        return self.phrase_ment(a, b, j, j, name=self.text[a:b])

    def _group_named_at(self, sent: Sentence, k: int, bare: bool = False) -> Ment | None:
        """An organisation named at token ``k``, or right after a group word there ("جماعة X", "تنظيم X"); with
        ``bare``, not one a preposition governs."""
        for j in (k, k + 1):
            m = next((m for m in sent.ments if m.first == j), None)
            if m is not None and m.span.label == "ORG" and not (bare and m.prep and j == k):
                return m
            if j >= sent.hi or not has_word(self.toks[j].norm, L.ARMED_HEADS):
                return None
        return None

    # -- the owner --------------------------------------------------------------------------------------------

    def _owner(self, m: Ment) -> Ment:
        """A force phrase coded as the nation its last word names ("قوات الأمن الأفغانية" → Afghanistan), and an
        aircraft head as the nation whose air force it is from ("مقاتلات اف-16 من سلاح الجو التركي")."""
        if m.span.data.get("source") != "phrase":
            return m
        if m.first == m.last:
            owner = self._air_force_of_model(m.first)
            if owner is not None:
                return owner
            k = m.first + 1
            while k < len(self.toks) and k < m.first + 5 and _is_model(self.toks[k].norm):
                k += 1
            nis = self._nisba_at(k) if k > m.first + 1 and k < len(self.toks) else None
            if nis and k not in self.in_mention:
                return self._nisba_ment(k, nis)  # "طائرات أف 16 التركية"
        for j in (m.last, m.last - 1):
            if j <= m.first:
                break
            nis = self._nisba_at(j)
            if nis and j + nis[1] - 1 == m.last and j not in self.in_mention:
                return self._nisba_ment(j, nis)
        return m

    def _air_force_of_model(self, j0: int) -> Ment | None:
        """"مقاتلات اف-16 من سلاح الجو التركي": past the model's letters and numbers, the air force's nation."""
        k = j0 + 1
        while k < min(len(self.toks), j0 + 6) and (_is_model(self.toks[k].norm) or self.toks[k].norm in "()"):
            k += 1
        if k + 2 >= len(self.toks) or self.toks[k].norm != "من":
            return None
        return self._force_at_any(k + 1)

    def _force_at_any(self, j: int) -> Ment | None:
        """A nation's air force or army at token ``j``: "سلاح الجو التركي", "القوات الجوية الأردنية"."""
        if self.toks[j].norm in _AIR_FORCE and j + 2 < len(self.toks) and self.toks[j + 1].norm in _AIR:
            j += 2
        elif has_word(self.toks[j].norm, L.ARMED_HEADS) and j + 1 < len(self.toks):
            j += 1 if not self.toks[j + 1].norm.startswith("الجوي") else 2
        else:
            return None
        nis = self._nisba_at(j) if j < len(self.toks) else None
        return self._nisba_ment(j, nis) if nis and j not in self.in_mention else None


# heads of a force that names nobody without a name after it
_UNNAMED_HEADS = L._w("ميليشيات مليشيات الميليشيات المليشيات ميليشيا مليشيا مسلحون مسلحين المسلحون المسلحين مسلحو "
                      "عناصر متمردون المتمردون المتمردين متمردين متمردو فصائل الفصائل مقاتلو مقاتلي مقاتلون المقاتلون")
_STATE_FORCES = L._w("قوات القوات الجيش جيش الشرطة شرطة")
_SOLDIERS = L._w("جندي جنديا جنديين جنديان جنود الجنود شرطي شرطيا شرطيين شرطيان عسكري عسكريا عسكريين عسكريان "
                 "ضابط ضابطا ضباط")
_FIGHTERS = L._w("متمرد متمردا متمردين متمردون مسلح مسلحا مسلحين مسلحون مقاتل مقاتلا مقاتلين مقاتلون إرهابي إرهابيا "
                  "إرهابيين متشدد متشددا متشددين جهادي جهاديا جهاديين")
_AMONG = L._w("بينهم بينهما بينهن ضمنهم")
# the other side of a clash named by a plural noun: "بين قوات الأمن والمتمردين"
# aircraft that a possessive pronoun gives an owner: "طائراتها", "مقاتلاتها" (events33)
_THAT = L._w("إن أن")
_OWN_AIRCRAFT = L._w("طائراتها طائراتهم مقاتلاتها مقاتلاتهم طائرتها طائرتهم مروحياتها مقاتلاته طائراته")
# "تابعة لـ": whose an aircraft, a vehicle or a unit is (events38)
_BELONGING = L._w("تابعة التابعة تابع التابع تابعتين تابعه التابعه")
# a single aircraft, vehicle or weapon: named alone it is no party
_ONE_VEHICLE = L._w("طائرة الطائرة طائرتين مروحية المروحية مروحيتين سيارة السيارة مركبة المركبة دبابة الدبابة "
                    "مدرعة المدرعة صاروخ الصاروخ قذيفة القذيفة عبوة العبوة زورق الزورق سفينة السفينة")
_WAR_WORDS = L._w("حربية الحربية حربي الحربي مسيرة المسيرة بدون طيار مفخخة المفخخة عسكرية العسكرية")
# a group named by its kind and its name: "حركة الشباب", "تنظيم القاعدة", "جبهة النصرة"
_GROUP_WORDS = L._w("حركة تنظيم جماعة جبهة")
# "من جهة", "من جانب", "من ناحية": the words closing one side of a clash
_SIDE_WORDS = L._w("جهة جانب ناحية طرف")
_SIDE_HEADS = L._w("المتمردين المتمردون متمردين المسلحين مسلحين مسلحي الانقلابيين")


def _definite(norm: str) -> bool:
    """Whether a folded word carries the article, behind its clitics: "الجيش", "للمقاومة", "والطائرات"."""
    core = norm[1:] if norm[:1] in ("و", "ف") and len(norm) > 3 else norm
    return core.startswith(("ال", "لل", "بال", "كال"))


def _stem_of_people(norm: str) -> str:
    """A people's or a group's word without its article and its endings: "الحوثيين", "حوثيا", "حوثيون" → "حوث"."""
    w = norm[1:] if norm[:1] == "و" and norm[1:3] == "ال" else norm
    w = w[2:] if w.startswith("ال") else w
    for suffix in ("يين", "يون", "ين", "ون", "يا", "ا", "ي", "ة"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            return w[:-len(suffix)]
    return w


def _is_model(norm: str) -> bool:
    """An aircraft model's letters or number: "اف", "إف", "-", "16", "F"."""
    return norm in ("اف", "-", "–") or norm[:1].isdigit() or norm.isascii() and norm.isalpha()


def _carrier(norm: str) -> bool:
    """Whether a folded word is a verb carrying an attack noun, behind و/ف too ("وشن": the clitic stripper keeps
    two-letter stems whole)."""
    return has_word(norm, _CARRIERS) or norm[:1] in ("و", "ف") and norm[1:] in _CARRIERS
