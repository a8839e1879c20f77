"""The victims an attack's sentence names by nationality or force: soldiers and police of a country (issue 15,
events18).

A mixin of the coder (:class:`marsad.nlp.events.coder._Run`), asked for an attack with no target, or with only the
place where it fell.  The dead or wounded the sentence counts or names as soldiers, policemen, security men or
members of an army stand for the country whose army or police they serve, as the knowledge base names it — the way
a force phrase stands for its country when it attacks (:meth:`ForcesMixin._owner`):

* a nationality adjective after the soldiers: "قتل 12 جنديا عراقيا", "مقتل خمسة جنود أتراك", "إصابة جنديين
  أردنيين", "سقوط 4 من الجنود الليبيين";
* the army, police or security they belong to, ending in a nationality: "مقتل ثلاثة من أفراد الشرطة التونسية",
  "قتل ضابطان بالجيش اللبناني", "إصابة عدد من رجال الأمن الكويتيين";
* a bare army or police ("أفراد الجيش") that the same sentence has just named with its nationality ("المتحدث باسم
  الجيش اللبناني ... أن ثلاثة من أفراد الجيش قتلوا").

They are the victims only when counted or named as the harmed ("مقتل جنود", "جنود قتلوا", a count before them),
not when they act ("قتل جنود أمريكيون ثلاثة مسلحين": the count after them is whom they killed), and not when a
contrasting clause counts them ("بينما قتل جنديان من القوات"), nor when another named party stands between them and
the attack (its own killing: "وبعد إقدام عناصر X على قتل اثنين من رجال الشرطة"), nor when only some of the dead
were soldiers ("عشرون قتيلا بينهم ثلاثة جنود").
"""

from __future__ import annotations

from marsad.nlp.events import lexicon as L
from marsad.nlp.events.analysis import Hit, Ment, Sentence, has_word, key
from marsad.nlp.events.checks import _CONTRAST, _HARMED, _POSITIONS
from marsad.nlp.events.checks import _is_count as is_count
from marsad.nlp.events.forces import ForcesMixin, _definite

# soldiers and policemen by their own noun: a nationality may follow them directly ("جنود أفغان")
_SOLDIERS = L._w("جندي جنديا جنديين جنديان جنود جنودا الجندي الجنود شرطي شرطيا شرطيين شرطيان الشرطي الشرطيين "
                 "عسكري عسكريا عسكريين عسكريان العسكريين ضابط ضابطا ضابطين ضابطان ضباط الضابط الضباط "
                 "مجند مجندا مجندين مجندان المجندين")
# members of a force: whose they are is the force after them ("رجال الأمن", "أفراد الجيش", "عناصر من الشرطة")
_MEMBERS = L._w("رجال رجلي رجلا أفراد افراد فردا فردين عناصر عنصرا عنصرين عنصر منتسبي أعضاء")
# the force heads a country's soldiers belong to
_FORCES = L._w("الجيش جيش الشرطة شرطة الأمن أمن القوات قوات الحرس حرس البحرية الدرك")
# words that go on naming the force before its nationality: "قوات الأمن", "القوات المسلحة", "حرس الحدود"
_FORCE_WORDS = _FORCES | L._w("المسلحة الخاصة الجوية البرية الحدود الوطني الوطنية الوطنيه العام الداخلي الوطنى "
                            "المركزي المركزية")  # "قوات الأمن المركزي المصري" (events40)
# prepositions that tie soldiers to their force: "جنود بالجيش", "عناصر من الشرطة", "مجندين في الجيش"
_OF = L._w("من في ب")
# the harmed, beyond the killed and wounded of the checks: "استشهاد", "سقوط", "لقي"
_HARM = _HARMED | L._w("استشهاد استشهد استشهدوا سقوط سقط لقي لقوا قتيلان قتيلين جريحان جريحين إصابة إصابات "
                       "اصيب أصيبا قتلا جرحوا جرحا")
_AMONG = L._w("بينهم بينهن بينهما ضمنهم ضمنها منهم")
# the fire of a killer after a passive casualty verb and its victim: "قتل فلان برصاص الجيش" (events33)
_KILLER_FIRE = L._w("برصاص برصاصة بنيران بقذيفة بقذائف بغارة بصاروخ")
# people harmed as civilians, named by a nationality after them (events33)
_CIVILIANS = L._w("شاب شابا شابين شابان شبان الشاب الشابين الشبان طفل طفلا طفلين طفلان أطفال الطفل الأطفال فتى فتاة "
                  "مدني مدنيا مدنيين مدنيان مدنيون المدني المدنيين مواطن مواطنا مواطنين مواطنان مواطنون المواطن "
                  "المواطنين صياد صيادا صيادين صيادون الصيادين أسير أسيرا أسرى الأسير الأسرى لاجئ لاجئا لاجئين "
                  "اللاجئين مهاجر مهاجرا مهاجرين المهاجرين رجل رجلا رجلين امرأة امرأتين سيدة نساء عامل عاملا عمال "
                  "العمال حاج حجاج الحجاج سائح سائحا سياح السياح")
_ONE_OF = L._w("أحد احد إحدى احدى")
# broken plurals of nationality adjectives (the sound ones are read from their ending): "جنود أفغان"
_BROKEN = {L.fold(k): L.fold(v) for k, v in {
    "أفغان": "أفغاني", "الأفغان": "الأفغاني", "أتراك": "تركي", "الأتراك": "التركي", "روس": "روسي",
    "الروس": "الروسي", "ألمان": "ألماني", "الألمان": "الألماني", "أمريكان": "أمريكي", "الأمريكان": "الأمريكي",
    "أميركان": "أميركي", "الأميركان": "الأميركي", "إنجليز": "إنجليزي", "الإنجليز": "الإنجليزي"}.items()}
# adverbs in the accusative: what follows the soldiers without being the object of their act
_ADVERBS = L._w("صباحا ظهرا عصرا مساء ليلا فجرا نهارا أيضا ايضا جميعا تقريبا مجددا أمس اليوم حاليا سابقا لاحقا "
                "بالغا طفيفا إضافيا")
# the others of the same count a contrast word goes on with: "فيما أصيب ثلاثة آخرون"
_OTHERS = L._w("آخرون آخرين اخرون اخرين آخران آخرين آخر")
_FIRE = L._w("النار")  # "أطلق جنود مصريون النار": the fire they opened is the object
_REACH = 20  # tokens between the counted soldiers and the attack word


class VictimsMixin(ForcesMixin):
    """The country whose soldiers or police an attack hit (see the module)."""

    def soldiers_struck(self, sent: Sentence, h: Hit) -> Ment | None:
        """The country (as a mention over its adjective) whose soldiers or police ``h`` killed or wounded, or
        None when the sentence counts none as the harmed."""
        i = h.tok
        taken = {j for a in h.actor for j in range(a.first, a.last + 1)}
        for j in range(max(sent.lo, i - _REACH), min(sent.hi, i + _REACH)):
            n = self.toks[j].norm
            soldier = has_word(n, _SOLDIERS)
            if j == i or j in taken or j in self.in_mention or not (soldier or has_word(n, _MEMBERS)):
                continue
            if any(self._clause_split(k) and not self._more_of_them(sent, k) for k in range(min(i, j), max(i, j))):
                continue  # "…، بينما قتل جنديان": the other clause's dead
            if any(min(i, j) < m.first < max(i, j) and m.span.label in ("ORG", "PER") and m.first not in taken
                   for m in sent.ments):
                continue  # "حملت X مسؤولية الهجوم، وبعد إقدام عناصر Y على قتل اثنين من رجال الشرطة": Y's killing
            end, owner = self._soldiers_owner(sent, j, soldier)
            if owner is None or not self._harmed_here(sent, j, end):
                continue
            return owner
        return None

    def civilians_struck(self, sent: Sentence, h: Hit) -> Ment | None:
        """The country whose people, named by their nationality, ``h`` counts as its dead or wounded, right at the
        casualty word ("قتل شاب فلسطيني برصاص الجيش", "مقتل ثلاثة مدنيين عراقيين", "أصيب طفلان سوريان")
        (events33).  Only a casualty word with the people right after it (a count between or not), or right before
        it ("مدنيون سوريون قتلوا"); not a share of the dead ("بينهم طفل فلسطيني"), nor people who act ("قتل شاب
        فلسطيني جنديا": the count or object after them)."""
        i = h.tok
        toks = self.toks
        if not has_word(toks[i].norm, _HARM):
            return None
        taken = {j for a in h.actor for j in range(a.first, a.last + 1)}
        spots = []
        j = i + 1
        if j < sent.hi and is_count(toks[j].norm):
            j += 1
        if j < sent.hi and toks[j].norm == "من":
            j += 1  # "ثلاثة من المدنيين الفلسطينيين"
        spots.append(j)
        if i - 2 >= sent.lo:
            spots.append(i - 2)  # "مدنيون سوريون قتلوا"
        for j in spots:
            if j >= sent.hi or j in taken or j in self.in_mention or not has_word(toks[j].norm, _CIVILIANS):
                continue
            k = j + 1
            if k >= sent.hi:
                continue
            nis = self._plural_nisba(k)
            if nis is None:
                continue
            end = k + nis[1] - 1
            if j < i and end + 1 != i:
                continue
            after = end + 1
            if j > i and after < sent.hi and (is_count(toks[after].norm) or self._object_at(sent, after)):
                continue  # "قتل شاب فلسطيني جنديا": he killed
            before = j - 1
            while before > sent.lo and (toks[before].punct or is_count(toks[before].norm) or toks[before].norm == "من"):
                before -= 1
            if j > i and toks[before].norm in _AMONG:
                continue
            return self._nisba_ment(k, nis)
        return None

    def named_dead(self, sent: Sentence, h: Hit) -> Ment | None:
        """The person a casualty word names as killed or wounded (events33): right after a casualty noun ("مقتل
        الشاب فلان برصاص الجيش", "إصابة الناشط السوري فلان"), or after a casualty verb that the fire of its killer
        follows ("قتل الشاب فلان برصاص الشرطة", "أصيب فلان بنيران قناص" — a passive, not "قتل فلان جنديا").  Titles,
        common nouns and a nationality may stand before the name; not a count ("مقتل ثلاثة بينهم فلان") nor a name
        governed by a preposition."""
        i = h.tok
        toks = self.toks
        if not has_word(toks[i].norm, _HARM):
            return None
        noun = toks[i].norm.lstrip("وبل").startswith(("مقتل", "مصرع", "اصابه", "اغتيال"))
        taken = {key(a.span) for a in h.actor}
        for j in range(i + 1, min(sent.hi, i + 5)):
            if toks[j].punct or self.boundary(j) or is_count(toks[j].norm) or toks[j].norm in _AMONG:
                return None
            m = sent.starts.get(j)
            if m is None:
                if j in self.in_mention:
                    return None
                continue
            if m.span.label != "PER" or m.prep or key(m.span) in taken:
                return None
            if noun:
                return m
            for f in range(m.last + 1, min(sent.hi, m.last + 7)):
                if self.boundary(f) or sent.starts.get(f) is not None and f != m.last + 1 and toks[f].norm[:1] != "ب":
                    break
                if toks[f].norm in _KILLER_FIRE:
                    return m
            return None
        return None

    def soldiers_acting(self, sent: Sentence, h: Hit) -> Ment | None:
        """The country whose soldiers or police carried out ``h``: the subject right after the attack verb, named by
        its nationality or force, with the verb's object after it ("قتل جنود إسرائيليون شابا", "اعتقل عناصر من
        الشرطة التركية ثلاثة مشتبهين", "أطلق جنود مصريون النار") — the reading :meth:`_harmed_here` leaves to them.
        Without an object the verb may be a passive ("قتل جنود إسرائيليون": soldiers were killed): nobody."""
        i = h.tok
        verb = self.toks[i].norm.lstrip("وف") if len(self.toks[i].norm) > 4 else self.toks[i].norm
        if h.entry.pos != "verb" and (h.entry.source != "detector" or verb.startswith(("ال", "لل", "بال", "م"))):
            return None  # (the detector's word may be a verb: "قتل"; not a noun, "مقتل جنود", "القتل")
        j = i + 1
        if j >= sent.hi or j in self.in_mention:
            return None
        soldier = has_word(self.toks[j].norm, _SOLDIERS)
        if not (soldier or has_word(self.toks[j].norm, _MEMBERS)):
            return None
        end, owner = self._soldiers_owner(sent, j, soldier)
        k = end + 1
        if owner is None or k >= sent.hi:
            return None
        if is_count(self.toks[k].norm) or self.toks[k].norm in _FIRE or self._object_at(sent, k):
            return owner
        return None

    def pluperfect_subject(self, sent: Sentence, h: Hit) -> Ment | None:
        """The subject of a pluperfect report, "وكانت القوات الحكومية قد قتلت خمسة مسلحين": the party named between
        كان and قد, right before the verb at ``h`` — with the verb's object after it (without one, "وكان ثلاثة جنود
        قد قتلوا في انفجار" tells the dead).  A named party or an armed force's phrase; None otherwise."""
        i = h.tok
        q = i - 1
        if q <= sent.lo or self.toks[q].norm not in ("قد", "وقد") or i + 1 >= sent.hi:
            return None
        k = i + 1
        if not (is_count(self.toks[k].norm) or self._object_at(sent, k)
                or (k in sent.starts and not sent.starts[k].prep and sent.starts[k].span.label in ("ORG", "PER"))):
            return None
        was = next((j for j in range(q - 1, max(sent.lo, q - 9) - 1, -1) if self.toks[j].norm in L.KANA), None)
        if was is None or was + 1 >= q or any(self.boundary(j) or self.toks[j].punct for j in range(was + 1, q)):
            return None
        first = was + 1
        m = sent.starts.get(first)
        if m is not None:
            return None if m.prep else m
        return self._armed_at(sent, first, i) if has_word(self.toks[first].norm, L.ARMED_HEADS) else None

    def _soldiers_owner(self, sent: Sentence, j: int, soldier: bool) -> tuple[int, Ment | None]:
        """The last token of the soldiers' phrase at ``j`` and the country it names, if any."""
        k = j + 1
        if soldier and k < sent.hi:
            nis = self._plural_nisba(k)
            if nis is not None:
                return k + nis[1] - 1, self._nisba_ment(k, nis)  # "جنود أفغان", "جنديين مصريين"
        if k < sent.hi and self.toks[k].norm in _OF:
            k += 1  # "عناصر من الشرطة" ("جنود بالجيش": the preposition glued to the force is read with it)
        if k >= sent.hi or not has_word(self.toks[k].norm, _FORCES):
            return j, None
        head = k
        while k + 1 < min(sent.hi, head + 3) and has_word(self.toks[k + 1].norm, _FORCE_WORDS) \
                and self._plural_nisba(k + 1) is None:
            k += 1
        nis = self._plural_nisba(k + 1) if k + 1 < sent.hi else None
        if nis is not None and not self._named_further(k + 1 + nis[1], sent):
            return k + nis[1], self._nisba_ment(k + 1, nis)  # "رجال الأمن السعوديين", "جنود بالجيش المصري"
        if nis is None and head == k and _definite(self.toks[head].norm):
            told = self._force_told_before(sent, head)
            if told is not None:
                return head, told  # "أفراد الجيش", the army the sentence named with its nationality
        return j, None

    def _more_of_them(self, sent: Sentence, k: int) -> bool:
        """Whether the clause opened at ``k`` only counts more of the same harmed ("فيما أصيب ثلاثة آخرون"): it goes
        on telling the same attack, not another side's dead."""
        if self.toks[k].norm not in _CONTRAST:
            return False
        return any(self.toks[x].norm in _OTHERS for x in range(k + 1, min(sent.hi, k + 5)))

    def _object_at(self, sent: Sentence, k: int) -> bool:
        """Whether token ``k`` right after the soldiers opens an object: a person named bare, or an indefinite
        accusative noun ("شابا")."""
        tok = self.toks[k]
        # the tanween of the accusative, where the writer put it, tells an object whatever the word's ending or
        # what the linker made of it ("صبياً", a boy, ends like the adverbs "حالياً" and is also a town's name)
        marked = "\u064b" in self.text[tok.start:tok.end] and tok.norm not in _ADVERBS and not is_count(tok.norm)
        m = sent.starts.get(k)
        if m is not None:
            return (m.span.label == "PER" and not m.prep) or marked
        if tok.punct or has_word(tok.norm, _HARM) or tok.norm in _ADVERBS:
            return False
        # "هاجم جنود أتراك مواقع حزب العمال": a bare positions noun (a broken plural, no accusative ending) is
        # what the soldiers attacked
        return _accusative(tok.norm) or marked or tok.norm.lstrip("و") in _POSITIONS

    def _named_further(self, k: int, sent: Sentence) -> bool:
        """Whether the force goes on to a name of its own ("الجيش السوري الحر"): then it is not the country's."""
        return k < sent.hi and (k in self.in_mention or self.toks[k].norm in ("الحر", "الحره"))

    def _force_told_before(self, sent: Sentence, head: int) -> Ment | None:
        """The nationality the same force noun carried earlier in the sentence ("للجيش المصري")."""
        base = _core(self.toks[head].norm)
        for k in range(head - 1, sent.lo - 1, -1):
            if _core(self.toks[k].norm) != base or k + 1 >= sent.hi:
                continue
            nis = self._plural_nisba(k + 1)
            if nis is not None and not self._named_further(k + 1 + nis[1], sent):
                return self._nisba_ment(k + 1, nis)
        return None

    def _plural_nisba(self, k: int) -> tuple[tuple[str, str], int] | None:
        """A nationality adjective at ``k`` in any number: "أفغانيا", "مصريين", "الأتراك", "السعوديون"."""
        if k in self.in_mention:
            return None
        nis = self._nisba_at(k)
        if nis is not None:
            return nis
        n = self.toks[k].norm
        if n in _BROKEN:
            return L.NISBA.get(_BROKEN[n]) and (L.NISBA[_BROKEN[n]], 1)
        for end in ("ين", "ون", "ان"):
            if n.endswith("ي" + end) and len(n) > 5 and n[:-len(end)] in L.NISBA:
                return L.NISBA[n[:-len(end)]], 1  # "مصريين" → "مصري", "السعوديون" → "السعودي"
        return None

    def _harmed_here(self, sent: Sentence, j: int, end: int) -> bool:
        """Whether the soldiers at ``j..end`` are counted or named as the harmed: a count before them ("14 جنديا",
        "عشرة من الجنود", "أحد أفراد"), a dual, or a harm word right before or after them ("مقتل جنود", "جنود
        قتلوا") — and the sentence tells harm.  Not a share of the dead ("بينهم ثلاثة جنود"), not soldiers who
        go on to kill ("قتل جنود ثلاثة مسلحين": a count after them is their object)."""
        toks = self.toks
        if not any(has_word(toks[k].norm, _HARM) for k in range(sent.lo, sent.hi)):
            return False
        p = j - 1
        if p >= sent.lo and toks[p].norm == "من":
            p -= 1  # "عشرة من الجنود"
        count = p >= sent.lo and (is_count(toks[p].norm) or toks[p].norm in _ONE_OF)
        if count and p - 1 >= sent.lo and toks[p - 1].norm in ("و",) and p - 2 >= sent.lo:
            p -= 1  # "ضابط و3 جنود"
        start = p - 1 if count else j - 1
        before = next((k for k in range(start, max(sent.lo, start - 2) - 1, -1) if not toks[k].punct), None)
        if before is not None and toks[before].norm in _AMONG:
            return False
        harm_before = before is not None and has_word(toks[before].norm, _HARM)
        after = end + 1
        harm_after = after < sent.hi and has_word(toks[after].norm, _HARM)
        if after < sent.hi and is_count(toks[after].norm) and not count:
            return False  # "قتل جنود أمريكيون ثلاثة مسلحين": they killed
        if after < sent.hi and self._object_at(sent, after):
            return False  # "قتل جنود X شابا", "قتل جنود X فلانا": the soldiers act, the one after is the object
        dual = toks[j].norm.endswith(("ين", "ان")) and not toks[j].norm.endswith(("يين", "يان"))
        return count or harm_before or harm_after or dual and has_word(toks[j].norm, _SOLDIERS)


def _accusative(norm: str) -> bool:
    """An indefinite noun in the accusative ("شابا", "طفلا"), not an adverb of time or manner ("صباحا", "أيضا")."""
    return len(norm) > 3 and norm.endswith("ا") and not norm.startswith("ال") and norm not in _ADVERBS \
        and not norm.endswith(("يا", "ها", "نا", "وا", "ما")) and not is_count(norm)  # "قتلوا", "فيما"


def _core(norm: str) -> str:
    """A force noun without its clitics and article: "للجيش" → "جيش"."""
    for p in ("وال", "فال", "بال", "وبال", "لل", "ال"):
        if norm.startswith(p) and len(norm) - len(p) >= 3:
            return norm[len(p):]
    return norm
