"""The event coder: PLOVER events (who did what to whom) from Arabic sentences.

For each sentence the coder finds trigger words from the lexicon (verbs and
verbal nouns, with their companion words: وقع + اتفاقا, فرض + عقوبات), then
fills the participants from the ``mention`` layer:

* actor — the subject: the mention right after the verb (VSO, titles allowed in
  between; "title + nationality + name" is one actor, the person), or right before
  it at a clause start or after إن/كان (SVO); for a verbal noun, the
  noun's genitive (زيارة بوتين) or the subject of a light verb (أجرى ... محادثات);
  for an event in the complement of a frame (تعهد بـ، اتهم X بـ، نفى) the frame's
  subject or object; failing that, the actor of the previous event (dropped
  pronoun subjects), with a lower confidence;
* recipient — a bare object or a mention introduced by the trigger's
  prepositions (مع، على، ضد، إلى، لـ...); a coordinated subject of a symmetric
  event (التقى بوتين وكيم) or a counterpart ("ونظيره السوداني") gives the
  recipient; an object pronoun (استقبله) takes up an earlier party of the sentence;
* date (nearest ``timex`` in the sentence, else the article date), place (a
  location after في), negation and modality (denied, hypothetical, future,
  reported — with ``reported_by`` from the ``quote`` layer or a speech cue).

Triggers whose subject is a natural hazard ("السيول التي اجتاحت ...") are not coded.
Statements (قال X إن ...) whose content judges another actor negatively (قلق،
يأس، استبدادية ...) are coded as ACCUSE/criticize by the speaker.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import date as _date
from itertools import compress, count
from operator import attrgetter, not_
from typing import Any

from marsad.errors import InputError
from marsad.models import Doc, Span
from marsad.nlp.events import lexicon as L
from marsad.nlp.events.analysis import (
    _IN_PLACE_HEADS, STRONG_PUNCT, VERB_PREFIXES, Hit, Ment, Sentence, Speech, _day_of, clitic_bases, has_word, key,
    stems,
)
from marsad.nlp.events.checks import _HARMED, _OPENERS, _POSITIONS, _QUOTE_MARKS, _victim_head
from marsad.nlp.events.checks import _is_count as checks_is_count
from marsad.nlp.events.detect import Detector, article_cue_types, load_detector
from marsad.nlp.events.requests import _MOVING, _OUTLET_WORDS as _OUTLET, RequestsMixin
from marsad.nlp.events.victims import VictimsMixin
from marsad.nlp.events.lexicon import Trigger, fold
from marsad.nlp.events.protest_target import ProtestTargetMixin
from marsad.nlp.events.shown import load_shown_filter, mark_shown
from marsad.nlp.events.speech import SpeechMixin
from marsad.pipeline.stage import Resources, Stage


# Types whose actor is often unknown ("هاجم مسلحون مجهولون ...", "تظاهر آلاف ..."): coded with
# a recipient alone.  Every other type needs an actor.
_ACTORLESS = frozenset({"ASSAULT", "PROTEST"})
_OCCUPATION_NOUN = L.fold("احتلال")


def _metaphor_reach(key: str, norm: str) -> tuple[int, int]:
    """How many tokens before and after a trigger a figure-of-speech word is looked for.

    A verb of occupying is read as a rank with the rank word farther off: "والتي تحتلها" after "المرتبة الأولى
    على مستوى العالم", "ويحتل فلان، حاكم الولاية والعضو في الحزب، صدارة القائمة" (a ranking on 2015-08-07 and
    two on 2015-08-09 were coded as seizures).  The noun الاحتلال keeps the short reach: it names a real
    occupation even in a sentence that mentions a rank."""
    if key == "occupy" and _OCCUPATION_NOUN not in norm:
        return 8, 16
    return 4, 7
# what one keeps rather than promises: "التزم الصمت", "التزمت الحذر", "التزام الحياد"
_COMPOSURE = L._w("الصمت الحذر الهدوء الحياد الصبر التكتم السكوت")
_TANWEEN = re.compile("[\u064b-\u064d]")
# between a title's genitive and the man holding it: "زعيم حركة طالبان الجديد الملا فلان"
_FORMER_OR_RANK = L._w("الجديد الجديدة السابق السابقة الأسبق الحالي الحالية الراحل الملا الشيخ السيد الجنرال اللواء "
                       "العميد العقيد الفريق المشير الدكتور الأمير")
_IN_OR_DURING = frozenset({"في", "خلال"})
# an envoy's title: "مبعوث الأمم المتحدة الخاص إلى سوريا", "المنسق الأممي لدى اليمن" (events41)
_SPECIAL = L._w("الخاص الخاصة الأممي الأممية الدولي الدولية")
_POSTED_TO = L._w("إلى الى لدى")
# a name governed by a time word is a time, not a party (events41): an era after a preposition of time ("في عهد
# القذافي", "إبان حكم صدام"; not "ولي العهد"), or an end ("سقوط", "رحيل", "وفاة", "مقتل", "الإطاحة بـ") a few words
# after one ("منذ سقوط النظام", "بعد أربع سنوات من الإطاحة بمعمر القذافي")
_ERA_WORDS = L._w("عهد حكم حقبة")
_END_WORDS = L._w("سقوط رحيل وفاة مقتل اغتيال الإطاحة إطاحة موت تنحي تنحية")
_TIME_PREPS = L._w("منذ بعد قبل عقب إثر حتى إبان خلال أثناء طوال في")
# acts aimed at a party against it: consenting to them consents to nobody they hit
_AIMED_AT = frozenset({"ASSAULT", "COERCE", "SEIZE", "THREATEN", "SANCTION", "ACCUSE", "REJECT", "MOBILIZE"})
# participles of saying that open a statement of their own after a frame's complement (events38)
_TELLING_PARTICIPLES = L._w("قائلة مضيفة مؤكدة معتبرة مشيرا مشيرة موضحا موضحة لافتا لافتة منوها منوهة قائلين "
                            "مضيفين مؤكدين مشيرين موضحين لافتين")
_DYADIC = frozenset({"CONSULT", "REQUEST", "THREATEN", "SUPPORT", "AID"})
_PROPOSITION_FRAMES = frozenset({"deny", "reject", "pledge", "request", "intend", "aspect"})
# adjectives that may stand between an attack noun and who carried it out: "الغارات الجوية التركية"
_ATTACK_ADJECTIVES = frozenset({"الجويه", "الجوي", "جويه", "جوي", "المدفعي", "مدفعي", "المدفعيه", "مدفعيه",
                                "الصاروخي", "صاروخي", "الصاروخيه", "صاروخيه", "العنيف", "عنيف", "العنيفه", "عنيفه",
                                "العشوائي", "عشوائي", "العشوائيه", "عشوائيه", "المكثف", "المكثفه", "المتواصل", "المتواصله"})
# "القوى الدولية الست", "الدول الكبرى", "مجموعة 5+1": a group of states as one side of a deal or talks
_POWER_HEADS = L._w("القوى الدول مجموعة")
_POWER_QUALIFIERS = L._w("الكبرى العظمى الدولية العالمية الست الست الستة الخمس الغربية 5+1 1+5")
_SUBJECT_PRONOUNS = frozenset({"هو", "هي", "وهو", "وهي", "فهو", "فهي", "هم", "وهم"})
_RESUMPTIVES = frozenset({"فيه", "فيها", "منه", "منها", "عليه", "عليها", "به", "بها", "اليه", "اليها", "له", "لها"})
_CONTINUERS = frozenset({"كما", "وكما", "ثم"})  # "..., كما استهدف": a verb going on with the previous subject
_NEAR = 12  # tokens around a trigger where a named party is counted as one of its possible parties
_TEMPORAL_PREPS = frozenset({"خلال", "اثناء", "عقب", "اثر", "قبيل", "بعيد", "ابان", "طوال"})
# An attack named as the matter of an inquiry, a charge or a network ("استجوبتهم عن صلتهم بالتفجير", "المتهمين بخطف
# الرهائن", "أدين بتهم قتل", "خلية لزرع العبوات"): the sentence reports the inquiry, the arrest or the trial, not
# the attack (events45, issue 15).  Dev part of the Arabic PLOVER gold, ASSAULT sentences with one of these words in
# the four words before an attack word: 28, none a unanimous yes; cross-validated (fold detectors), 3 false alarms
# fewer and no hit lost.  ("مشتبه" is left out: "مسلحين مشتبه فيهم" describes the victims.)
_MATTER_OF = L._w("صلة صلته صلتهم علاقة خلفية تهمة بتهمة تهم التهم بتهم متهم متهمين المتهمين تورط تورطه تورطهم "
                  "شبكة خلية التحقيق تحقيق تحقيقات محاكمة لمحاكمة")
_ABSTRACT_SUBJECTS = L._w("المساعي الجهود التوجهات المواقف مواقف الرؤى رؤى الآراء آراء وجهات المصالح مصالح الأهداف "
                          "أهداف الأفكار الخطط")
_QUANTIFIERS = L._w("بعض عدد كثير كثيرون معظم أغلب غالبية جميع كل")
_HE_THAT = L._w("أنه أنها إنه إنها بأنه بأنها")
_DOCUMENT_HEADS = L._w("إعلان الإعلان اتفاق الاتفاق اتفاقية الاتفاقية مؤتمر المؤتمر بيان البيان مبادرة المبادرة "
                       "ميثاق الميثاق معاهدة المعاهدة وثيقة الوثيقة قمة القمة اجتماع الاجتماع")
_RESPONSIBILITY = L._w("مسؤولية المسؤولية")  # "حمّل X المسؤولية": X is held responsible
_SVO_TIME = L._w("اليوم غدا أمس الآن حاليا قد")
_OTHER = L._w("الآخر الأخرى الآخرين الآخرون")
# passive light verbs before a verbal noun: "تم اعتقال فلان" (someone arrested him), "جرى استهداف"
_PASSIVE_LIGHT = L._w("تم وتم جرى وجرى يتم ويتم")
# "التهديد الذي يشكله تنظيم القاعدة": a threat posed (a danger), not a threat made
_POSED = L._w("يشكله تشكله يشكلها تشكلها يمثله تمثله يمثلها تمثلها")
# "دعوة إلى زيارة البصرة": the place to visit is not the invited party
_VISIT_NOUNS = L._w("زيارة لزيارة بزيارة")
# acts whose recipient is a party, never a destination or a foe of the effort they back
_NOT_SPATIAL_PARTY = frozenset({"REQUEST", "AGREE", "SUPPORT", "COOPERATE"})
# issue 15, events36: the parties near an act that are not its target.  Acts said to someone (a condemnation, a
# call, a praise, a warning) are said before an audience ("أمام لجنة ...") or beside a press-conference partner
# ("في مؤتمر صحفي مع نظيره ..."); the one addressed is elsewhere in the sentence
_SAID_ACTS = frozenset({"ACCUSE", "SUPPORT", "REQUEST", "REJECT", "THREATEN"})
_BEFORE = L._w("أمام")
_SPOKEN_BEFORE = L._w("كلمة كلمته خطاب خطابه شهادة شهادته إفادة إفادته حديث حديثه")  # "في كلمة أمام البرلمان"
_DAY_WORDS = L._w("اليوم أمس الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت مساء صباح ظهر الليلة")
# bodies one speaks before: "أمام لجنة الدفاع بمجلس الشيوخ" — the ب phrase belongs to the body, not the act
_BODIES = L._w("لجنة اللجنة مجلس المجلس هيئة الهيئة جلسة الجلسة اجتماع الاجتماع مؤتمر المؤتمر منتدى المنتدى قمة "
               "القمة البرلمان برلمان الكونغرس الكونجرس")
_CONFERENCE = L._w("مؤتمر المؤتمر مؤتمرا")
_PRESS = L._w("صحفي صحافي الصحفي الصحافي مشترك المشترك مشتركا")
# a person named after one of these is the name of a place or an institution ("مدينة الملك عبدالعزيز")
_NAMED_AFTER = L._w("مدينة جامعة مستشفى مركز مطار ميناء مؤسسة جائزة مجمع شارع ملعب استاد قاعدة قاعة مكتبة كلية "
                    "معهد مسجد جامع جسر مدرسة صندوق برنامج كرسي")
# a noun of states that joins a second actor to the first: "طالبت الولايات المتحدة ودول آسيان الصين بـ"
_STATES_OF = L._w("دول دولة بلدان حكومات حكومة")
# the foe of an effort: "لجهود التصدي لتنظيم داعش", "للمساعي ... لمحاربة تنظيم داعش"
_FIGHTING = L._w("محاربة المحاربة مكافحة المكافحة التصدي تصدي مواجهة المواجهة قتال القتال الحرب حرب")


# attack nouns whose genitive, when armed men, carried them out with the target after على ("قصف مسلحي X على ...")
_SHELLING_NOUNS = L._w("قصف هجوم هجمات غارة غارات اعتداء اعتداءات")
_ARMED_MEN = L._w("مسلحي مقاتلي عناصر ميليشيات مليشيات ميليشيا مليشيا قوات جنود")
_ON_FOLDED = L.fold("على")
# quote marks and brackets a name may stand in after the noun of its kind: "تنظيم ( داعش )", "جماعة «X»"
_GROUP_KINDS = L._w("تنظيم جماعة حركة جبهة منظمة ميليشيا مليشيا")
_POLITY_WORDS = L._w("مملكة دولة جمهورية سلطنة إمارة")
_LOYAL = L._w("موالية الموالية موالين الموالين موالي الموالي موالون الموالون")
_NAME_BRACKETS = _QUOTE_MARKS | frozenset("([")
# words of when an attack fell that may stand between an attack noun and whose it was (events33)
_WHEN_WORDS = L._w("بنهاية نهاية الأسبوع الاسبوع أمس امس الليلة الماضية ليلة ليل فجر صباح مساء اليوم")
# "قصف للطيران التركي": the air arm (or artillery) whose shelling it was, after لـ
_AIR_ARMS_OF = L._w("للطيران لطيران للطائرات لطائرات للمقاتلات لمقاتلات للمدفعية لمدفعية للبوارج لبوارج")
# attack nouns whose target follows على, so that لـ after them names the attacker ("هجوم للمقاومة")
_LAM_AGENT_NOUNS = L._w("هجوم هجوما هجمات هجومين كمين كمينا كمينين كمائن غارة غارات")
_LAID = L._w("نصب نصبت نصبوا ينصب تنصب ينصبون")  # "نصبت المقاومة كمينا لـ": an ambush laid for someone
_COMMITTEES = L._w("للجان لجان")
_RESISTANCE = L._w("المقاومة المقاومه")
_STRIKES = frozenset({"shell", "target"})  # air and artillery strikes, told again as "الغارات", "استهدفت"
_CONTRAST_WORDS = L._w("بينما فيما حين أما")  # (حين also ends "في حين")
_PARTY_OVER_PLACE = ("ASSAULT", "CONSULT")  # a place is a target or a host only when no named party is
# words that open another clause or name a source: a party after them is not the act's target or partner
# what a place may stand for: the target of violence, the place a protest, an arrest or a deployment is about
_SPATIAL = frozenset({"ASSAULT", "PROTEST", "COERCE", "MOBILIZE"})
# words that place something by another place: "قرب المدينة", "قبالة البنك", "المقابلة لمدينة كيليس" (not the
# compass points: "شمال سيناء" is in Sinai)
_NEAR_WORDS = L._w("قرب بالقرب قبالة جوار بجوار محيط ضواحي أطراف المقابلة المقابل مقابل المحاذية المحاذي محاذاة "
                   "مشارف")
# nouns heading a place name: "منطقة عسير", "مدينة الدوحة", "دولة قطر", "المملكة المغربية"
_PLACE_HEADS = L._w("منطقة المنطقة مدينة المدينة محافظة المحافظة ولاية الولاية دولة الدولة مملكة المملكة بلدة "
                    "البلدة قرية القرية إقليم الإقليم مقاطعة المقاطعة عاصمة العاصمة حي مخيم")
# acts never aimed at the actor's own side: "أدان مفتي مصر" is no condemnation of Egypt
_NOT_AT_OWN_SIDE = frozenset({"ACCUSE", "ASSAULT"})
# "من بينهم 27 من الشرطة", "ضمنهم": a count of some of the dead
_AMONG_THEM = L._w("بينهم بينهن بينها ضمنهم ضمنها")
# a verb of opening fire, past or present, with و/ف/إذا's verb prefix: أطلق، أطلقت، يطلق، فتحت ...
_FIRING_VERB = re.compile(r"^[وف]?(?:اطلق|يطلق|تطلق|فتح|يفتح|تفتح)(?:ت|وا|ا|ن)?$")
# a group's leader, struck or killed: "قياديا كبيرا في تنظيم X", "زعيم تنظيم X", "أمير جماعة X"
_LEADERS = L._w("قيادي قياديا القيادي قياديين قياديون زعيم زعيما الزعيم قائد قائدا القائد أمير أميرا الأمير")
# a killing whose named victim follows: "مقتل فلان", "قتلت فلانا", "اغتيال فلان"
_KILLING = L._w("قتل قتلت مقتل اغتيال اغتالت تصفية")
# where a strike fell, when it names the country: "في أفغانستان", "فوق سوريا", "داخل اليمن", "على أراضي سوريا"
_PLACE_PREPS = L._w("في فوق داخل أراضي الأراضي اجواء أجواء")
_PARTY_STOPS = L.SOURCE_CUES | L.RELATIVES | L._w("حيث عندما بينما فيما حين بعدما")
# the actor's own envoy, recalled or withdrawn: "استدعت سفيرها", "سحب سفيره", "سفير المملكة/بلاده"
_AGO = L._w("قبل منذ")
_YEARS = L._w("سنوات سنين أعوام عامين سنتين عقود عقدين عقد عام سنة")
_YEAR_NOUNS = L._w("العام عام السنة")
_LAST = L._w("الماضي الماضية المنصرم")
_OWN_ENVOYS = L._w("سفيرها سفيره سفيرنا سفراءها سفراءه سفيرتها قائمها")
_ENVOYS = L._w("سفير السفير")
_OWN_COUNTRY = L._w("المملكة بلاده بلادها الدولة البلاد")
# where an envoy is posted: "سفيرها لدى طهران", "سفيره في قطر"; the words before a country's name ("دولة قطر",
# "الجمهورية الإسلامية الإيرانية" when the mention starts later)
_POSTED_AT = L._w("لدى لدي في")
_STATE_WORDS = L._w("دولة جمهورية الجمهورية مملكة المملكة سلطنة الإسلامية العربية")
# what a party said or did, condemned in its stead: "أدانت التصريحات العدائية من قبل المسؤولين الإيرانيين", "ندد
# بالأنشطة المؤذية لإيران", "أدانت هجمات جماعة X"
_DEEDS = L._w("تصريحات التصريحات تصريح التصريح أنشطة الأنشطة نشاطات النشاطات هجمات الهجمات ممارسات الممارسات "
              "اعتداءات الاعتداءات تدخلات التدخلات انتهاكات الانتهاكات سياسات السياسات")
# a party's doing named by the noun of the act, its doer the genitive a few words on: "أدانت الجامعة إقرار برلمان
# الاحتلال الإسرائيلي قانونا", "أدان المجلس مصادقة الكنيست على", "أدانت قرار الحكومة الإسرائيلية" (events29)
_DOINGS = L._w("إقرار الإقرار مصادقة المصادقة إقدام قيام قرار القرار قرارات القرارات")
_ON_BEHALF = L._w("قبل جانب")
# people named by their country: "المسؤولين الإيرانيين", "مسؤولي الجمهورية الإيرانية"
# officials and partners counted with the members of a body: "خمسة مسؤولين في", "أعضاء وشركاء لـ" (events40)
_OFFICIALS = L._w("مسؤولين مسؤولي مسؤولا مسؤولان موظفين موظفي")
_PARTNERS = L._w("شركاء أنصار مسؤولين موظفين")
# what stops a toll told further back from being the attack's (events40)
_TOLL_BREAKS = L._w("كما بعد قبل عقب بعدما منذ حين")
_PEOPLE_OF = L._w("المسؤولين مسؤولين مسؤولي المسؤولون القادة قادة")


@dataclass(slots=True)
class CoderOptions:
    """Settings of the event coder.

    Attributes:
        min_confidence: events below this confidence are not emitted.
        use_petrarch: also use the PETRARCH verb lexicon (low-confidence fallback). Off by default:
            on SaudiNewsNet its forms are mostly other words (ويدعى "is named", إيد the name Ed).
        subject_window: how many tokens after a verb its subject may start (titles
            such as "وزير الخارجية الأمريكي" sit between verb and name).
        criticism: code negative statements about another actor as ACCUSE/criticize (the judged
            actor must be a named, linked party standing bare near the judgement).  These are never
            shown by default (:mod:`marsad.nlp.events.shown`): read by hand on SaudiNewsNet, 1 in 11
            was right (a minister who "understands the concern" of a country, an op-ed's fears).
        detect: let the sentence detector (:mod:`marsad.nlp.events.detect`) decide whether a
            sentence reports a PROTEST or an ASSAULT: the lexicon's events of those types are kept
            only where it agrees, and one is added where it finds an event the lexicon missed.
        known_party: code an event (other than a protest or an assault) only when its actor or its
            recipient is a political actor the knowledge base knows, or a country.
        max_sentence_chars: events other than protests and assaults are not coded in longer spans (several
            sentences glued by an unclosed quote, where the parties of one clause get mixed with another's).
        detect_weak: below the detector's threshold but at or above this share of it, a lexicon
            event with a named actor and target (asserted, not negated) is still kept.
        shown_filter: score each event with the learned filter of :mod:`marsad.nlp.events.shown`
            (``shown_score``, ``shown``); off, every event is marked shown.
        detector: a sentence detector to use instead of the shipped one (the cross-validated
            evaluation codes each fold with a detector trained without it).
        detect_scale: per type, a factor on the detector's threshold (the coder's operating point; types
            not listed keep the trained threshold, the detector's best F1 at cross-validated precision 0.8).
            Empty by default (events48, issue 15; ``eval/eval_events_gsr.py --cv --points``): coded end to end
            with the fold detectors, the dev part's cross-validated PROTEST figures are R .581 P .750 at the
            trained threshold, R .613 P .760 from x0.999 to x0.97 (one protest more, scored 0.611 against its
            fold's 0.6114), P .704 at x0.965, .633 at x0.95 and .571 (R .645) at x0.90.  A one-sentence step,
            not a better detector: on three other draws of the folds (``--splits a,b,c``) x0.98 gives 0 hits and
            1 false alarm more, the same, and 1 hit and 1 false alarm more.
        detect_weak_by_type: per type, ``detect_weak`` in its place.  PROTEST 0.7 (events45, issue 15;
            cross-validated, coded with the fold detectors on the shipped draw of the folds and three others):
            the protests kept between 0.3 and 0.7 of the threshold were false alarms nobody accepted (protests as
            a topic of comment, as a memory of the 1950s); from 0.5 to 0.9 of it no draw loses a hit and the false
            alarms go 6 -> 5, 8 -> 7, 10 -> 8 and 11 -> 8 (0.7; pooled P .676 -> .723 at 73 hits of 124); at 1.0
            two hits go.  ASSAULT keeps 0.3: at 0.5 each draw loses a hit for 0-2 false alarms.
    """

    min_confidence: float = 0.3
    use_petrarch: bool = False
    subject_window: int = 8
    criticism: bool = True
    detect: bool = True
    detect_weak: float = 0.3
    known_party: bool = True
    max_sentence_chars: int = 350
    shown_filter: bool = True
    detector: Detector | None = None
    detect_scale: dict[str, float] = field(default_factory=dict)
    detect_weak_by_type: dict[str, float] = field(default_factory=lambda: {"PROTEST": 0.7})


class _Run(SpeechMixin, VictimsMixin, RequestsMixin, ProtestTargetMixin):
    """One document through the coder."""

    def run(self) -> list[Span]:
        self.detector = (self.opt.detector or load_detector()) if self.opt.detect else None
        self._detect_lex = L.load_lexicon(True)  # the detector's features were read with the full lexicon
        self._detect_words: list[int] = []
        self._told: dict[str, int] = {}  # type → the word of a form that tells it in the sentence (detect)
        self.in_mention = {j for m in self.ments for j in range(m.first, m.last + 1)}
        self._sentence_hits: list[Hit] = []
        # The tokens the lexicon reads as a trigger, found once for the article (find_hits looks only at them):
        # the article's distinct words asked once (set operations in C), then the tokens picked in C
        self._norms = norms = list(map(_NORM, self.toks))
        distinct = set(norms)
        triggers = self.lex.trigger_words(distinct, stems)
        self._trigger_toks = list(compress(count(), map(triggers.__contains__, norms))) if triggers else []
        # the words the detector reads (not punctuation), and the words of the article that carry a detected type
        self._is_word = list(map(not_, map(_PUNCT, self.toks)))
        self._cue_words = article_cue_types(distinct, self._detect_lex) if self.detector is not None else {}
        sents = sorted(self.doc.layers.get("sentence", []), key=lambda s: s.start)
        if not sents:
            sents = [Span("sentence", 0, len(self.text))]
        for s in sents:
            lo = bisect.bisect_left(self._tok_starts, s.start)
            hi = bisect.bisect_left(self._tok_starts, s.end)
            if hi <= lo:
                continue
            sent = Sentence(self, lo, hi, s)
            hits = self.find_hits(sent)
            detected = self.detect(sent, hits)
            speeches = self.find_speech(sent, hits) if sent.ments or hits or detected else []
            if not hits and not detected and not (self.opt.criticism and speeches and self._judges(sent)):
                # nothing to code here (most sentences); a speaker still becomes the running subject
                self.note_subject(sent, [(sp.cue, [sp.speaker_ment]) for sp in speeches
                                         if sp.kind == "say" and sp.speaker_ment is not None])
                continue
            self.code_sentence(sent, hits, speeches, detected)
        model = load_shown_filter() if self.opt.shown_filter else None
        for span in self.events:
            s0, s1 = span.data.get("sentence") or (0, 0)
            mark_shown(span.label, span.data, model, self.text[s0:s1])
        return self.events

    # -- triggers --------------------------------------------------------------

    def find_hits(self, sent: Sentence) -> list[Hit]:
        hits: list[Hit] = []
        consumed: set[int] = set()
        trig = self._trigger_toks
        for i in trig[bisect.bisect_left(trig, sent.lo):bisect.bisect_left(trig, sent.hi)]:
            tok = self.toks[i]
            if tok.punct or i in consumed or i in self.in_mention:
                continue
            readings = self.lex.readings(tok.norm, stems)
            best = None
            opening = i == sent.lo or self.toks[i - 1].punct or self.toks[i - 1].norm in _OPENERS
            # A taa marbuta or a tanween marks a noun: "وزارة" is not و+زار+ه, "حذرًا" not "they warned".
            surface = self.text[tok.start:tok.end]
            nominal = surface.endswith("ة") or _TANWEEN.search(surface) is not None or tok.norm in L.NOMINAL_FORMS
            for prefix, stem, suf, e in readings:
                if (suf and e.pos != "verb") or (e.pos == "verb" and prefix not in VERB_PREFIXES) \
                        or (e.pos == "noun" and "س" in prefix):
                    continue
                if stem in L.HOMOGRAPHS and not any(c in surface for c in "أإؤئء"):
                    continue
                if e.key == "pledge" and "\u0651" in surface and fold(surface).startswith("وعد"):
                    continue  # "وعدّ المجلس": و + عدّ (considered), not وعد (promised)
                if e.key == "pledge" and e.pos == "verb" and self._keeps_composure(sent, i):
                    continue  # "التزمت الحكومة الصمت", "التزم الحذر": a stance kept, nothing promised
                if e.pos == "verb" and (("ل" in prefix and stem[:1] not in "يتن")
                                        or (i > sent.lo and self.toks[i - 1].norm == "اي") or nominal):
                    continue  # "لاستضافة", "أي طلب", "وزارة", "حذرًا": nouns, not verbs
                comp = None
                if e.needs:
                    comp = self._companion(sent, i, e)
                    if comp is None:
                        continue
                # a bare form opening a clause is the verb: "ونفى المتحدث" (he denied), not the masdar نفي
                rank = (bool(e.needs), e.source == "lexicon", e.confidence, opening and e.pos == "verb")
                before, after = _metaphor_reach(e.key, self.toks[i].norm)
                if e.key in L.METAPHOR_NEXT and any(has_word(self.toks[j].norm, L.METAPHOR_NEXT[e.key])
                                                    for j in range(max(sent.lo, i - before), min(sent.hi, i + after))
                                                    if j != i):
                    continue  # "احتلت المركز الأول", "هجوما لاذعا": a figure of speech
                if best is None or rank > best[0]:
                    best = (rank, e, prefix, comp)
            if best and best[1].key == "meet" and best[1].pos == "verb" and i + 1 < sent.hi \
                    and self.toks[i + 1].norm in _ABSTRACT_SUBJECTS:
                continue  # "وتلتقي الجهود الفرنسية مع المواقف الألمانية": positions converge, nobody meets
            if best:
                _r, e, prefix, comp = best
                if self._hazard_subject(sent, i):
                    continue  # "السيول التي اجتاحت الولاية": nature, not an actor
                hits.append(Hit(i, e, prefix, comp, self._mode(sent, i, e)))
                if comp is not None:
                    consumed.add(comp)
        return [h for h in hits if h.tok not in consumed]

    def _keeps_composure(self, sent: Sentence, i: int) -> bool:
        """Whether the verb at ``i`` takes a bare object of composure ("التزم الصمت", "التزمت الحكومة الحذر",
        "التزم الحياد"), a few words on, before any "بـ" that would open what is promised."""
        for j in range(i + 1, min(sent.hi, i + 5)):
            t = self.toks[j]
            if t.punct or t.norm[:1] == "ب" and j not in self.in_mention:
                return False
            if t.norm in _COMPOSURE:
                return True
        return False

    def _hazard_subject(self, sent: Sentence, i: int) -> bool:
        """Whether the subject of the trigger at ``i`` is a natural hazard: "السيول التي اجتاحت",
        "اجتاحت السيول", "ضرب زلزال" — a disaster, not a political event."""
        for j in range(i - 1, max(sent.lo, i - 4) - 1, -1):
            t = self.toks[j]
            if t.punct:
                break
            if t.norm in L.RELATIVES or t.norm in ("قد", "وقد", "و"):
                continue
            if has_word(t.norm, L.NATURAL_HAZARDS):
                return True
            break
        return i + 1 < sent.hi and has_word(self.toks[i + 1].norm, L.NATURAL_HAZARDS)

    def _companion(self, sent: Sentence, i: int, e: Trigger) -> int | None:
        for j in range(i + 1, min(sent.hi, i + 1 + e.needs_window)):
            t = self.toks[j]
            if t.punct and t.norm in STRONG_PUNCT:
                break
            if has_word(t.norm, e.needs):
                return j
        if not e.needs_before:
            return None
        for j in range(i - 1, max(sent.lo, i - (6 if e.needs_window == 0 else 3)) - 1, -1):
            if has_word(self.toks[j].norm, e.needs):
                return j
        return None

    def _mode(self, sent: Sentence, i: int, e: Trigger) -> str:
        for j in range(i + 1, min(sent.hi, i + 9)):
            if j in self.in_mention:
                continue  # "مالي" the country is not "مالي" (financial)
            for words, mode in e.mode_by:
                if has_word(self.toks[j].norm, words):
                    return mode
        return e.mode

    # -- participants and emission --------------------------------------------------

    def code_sentence(self, sent: Sentence, hits: list[Hit], speeches: list[Speech],
                      detected: dict[str, float] | None = None) -> None:
        stops = {h.tok for h in hits if h.entry.source == "lexicon"}
        self._sentence_hits = hits
        for k, h in enumerate(hits):
            h.frame_of = self._frame_of(h, hits[:k])
            self.fill(sent, h, hits[:k], stops - {h.tok}, speeches)
            # "رحب الاتحاد بإعلان الدوحة", "اتفاق الرياض": the city names the document or the meeting, it is
            # no party of the event
            if h.recipient is not None and self._names_document(h.recipient):
                h.recipient = None
            if h.actor and any(self._names_document(a) for a in h.actor):
                h.actor = [a for a in h.actor if not self._names_document(a)]
                h.actor_how = h.actor_how if h.actor else ""
            # "وفي أبريل - نيسان وقع المجلس ...": a name inside a time expression is a month, not a party (events38)
            if h.recipient is not None and self._in_timex(h.recipient):
                h.recipient = None
            if h.actor and any(self._in_timex(a) for a in h.actor):
                h.actor = [a for a in h.actor if not self._in_timex(a)]
                h.actor_how = h.actor_how if h.actor else ""
        for k, h in enumerate(hits):
            inner = [x for x in hits[k + 1:] if x.frame_of is h]
            if h.recipient is None and inner and h.entry.frame in ("pledge", "threaten", "reject", "request"):
                # "تعهدت اليابان بتقديم مساعدات لأوكرانيا": the pledge is to Ukraine.  (Not the target of an act
                # one consents to: "وافقت تركيا على أن تستخدم طائرات أمريكية قواعدها لشن غارات على داعش" —
                # the consent is given to whoever asked or is let in, not to the one the strikes are aimed at)
                h.recipient = next((x.recipient for x in inner if x.recipient is not None
                                    and not (h.entry.key == "accept" and x.entry.plover in _AIMED_AT)), None)
            if h.recipient is None and h.entry.frame == "deny" and h.actor and self._denies_what_was_said(h):
                # "كييف التي تتهم الكرملين بتسليح المتمردين، لكن موسكو تنفي ذلك", "وهو ما نفته الصين": the
                # denial answers the charge told before it; its maker is whom the denial answers
                claim = next((x for x in reversed(hits[:k]) if x.entry.plover == "ACCUSE" and x.actor), None)
                denier = self.actor_dict(h.actor[0])
                if claim is not None and key(claim.actor[0].span) != key(h.actor[0].span) \
                        and not self.own_side(denier, self.actor_dict(claim.actor[0])):
                    h.recipient = claim.actor[0]
            if h.recipient is None and h.entry.plover == "ACCUSE":
                # "ندد الاتحاد الأوروبي بالقصف الروسي": the condemned attack's actor
                nxt = next((x for x in hits[k + 1:] if x.tok - h.tok <= 3 and x.entry.pos == "noun" and x.actor), None)
                if nxt is not None and key(nxt.actor[0].span) not in {key(a.span) for a in h.actor}:
                    h.recipient = nxt.actor[0]
        emitted: list[tuple[Hit | None, Span]] = []
        if detected and "ASSAULT" in detected:
            for h in hits:
                if h.entry.plover == "MOBILIZE":
                    h.emit = False  # "سقوط صاروخ أطلقته قوات النظام": a launch at a target is the attack itself
        for h in hits:
            if not h.entry.plover or self._under_non_act(h):
                # a rejected proposal, an invitation ("دعا X إلى زيارة"), a demand, a threat ("هدد بقصف")
                # or a plan ("يعتزم زيارة") is not the act it names: the frame's own event says it
                continue
            span = self.emit(sent, h, speeches)
            if span is not None:
                emitted.append((h, span))
        for typ, p in (detected or {}).items():
            if not any(span.label == typ for _h, span in emitted):
                self.detected_event(sent, typ, p, hits, speeches)
            else:
                for _h, span in emitted:
                    if span.label == typ:
                        span.data["detector"] = round(p, 3)
        if self.opt.criticism:
            for sp in speeches:
                span = self.criticism(sent, sp, [s for _h, s in emitted])
                if span is not None:
                    emitted.append((None, span))
        # the raiders of this sentence's last strike, for "واستهدفت الغارات ..." opening the next one (events32)
        self.prev_raiders = next((list(h.actor) for h, _s in reversed(emitted) if h is not None and h.actor
                                  and h.entry.plover == "ASSAULT" and h.entry.key in _STRIKES | {"launch_attack"}
                                  and h.actor_how != "anaphor"), [])
        self.note_subject(sent, [(h.tok, h.actor) for h, _s in emitted
                                 if h is not None and h.actor and h.actor_how in ("vso", "svo", "genitive", "light", "title")]
                          + [(sp.cue, [sp.speaker_ment]) for sp in speeches if sp.kind == "say" and sp.speaker_ment is not None])

    def _matter_of_inquiry(self, sent: Sentence, i: int) -> bool:
        """Whether the attack word at ``i`` is the matter of an inquiry, a charge or a network (:data:`_MATTER_OF`
        among the four words before it, in its clause): "أوقفت الشرطة رجلين على علاقة باغتيال القاضي".  «أن» opens
        a clause of its own: "كشف التحقيق أن الهجوم نفذه التنظيم" tells the attack the inquiry found (lastread45)."""
        for j in range(i - 1, max(sent.lo, i - 4) - 1, -1):
            t = self.toks[j]
            if self.boundary(j) or t.norm[:1] == "و" and t.norm[1:] in L.COMPLEMENTIZERS:
                return False
            if has_word(t.norm, _MATTER_OF):
                return True
        return False

    def _in_timex(self, m: Ment) -> bool:
        """Whether a party's mention stands inside a time expression ("أبريل - نيسان": Nissan read as a party)."""
        return any(x.start <= m.span.start < x.end for x in self.timex)

    def note_subject(self, sent: Sentence, subjects: list[tuple[int, list[Ment]]]) -> None:
        """Remember the subject a following sentence with a dropped pronoun ("كما تعهد ...") refers to:
        the last explicit actor or speaker of this sentence; a sentence without any forgets it."""
        if subjects:
            self.prev_actor = max(subjects, key=lambda x: x[0])[1]
        elif sent.ments:
            self.prev_actor = []

    def _judges(self, sent: Sentence) -> bool:
        """Whether the sentence holds a negative judgement word (a possible criticism)."""
        return any(has_word(self.toks[j].norm, L.NEG_EVAL) for j in range(sent.lo, sent.hi))

    def _frame_of(self, h: Hit, earlier: list[Hit]) -> Hit | None:
        """The frame whose complement holds ``h`` (تعهد بـ ..., اتهم X بـ ...), if any."""
        if h.entry.pos == "verb" and h.prefix[:1] in ("و", "ف"):
            return None  # a coordinated main verb starts a new clause: "..., وتنفي موسكو"
        if h.entry.pos == "noun" and h.tok > 0 and self.toks[h.tok - 1].norm in _TEMPORAL_PREPS:
            return None  # "نفى X ... خلال الزيارة": a time adjunct, not what was denied
        f = next((f for f in reversed(earlier) if f.entry.frame), None)
        if f is None:
            return None
        for j in range(f.tok + 1, h.tok):
            t = self.toks[j]
            if (t.punct and t.norm in STRONG_PUNCT) or self._is_conditional(j):
                return None
            if t.norm in ("،", ",") and j + 1 < h.tok and self.toks[j + 1].norm[:1] == "و":
                return None  # "...، وهو ما تنفيه": a new clause
            if t.norm in L.PARTICIPLE_CUES or t.norm in _TELLING_PARTICIPLES and f.entry.frame == "request":
                return None  # "نفى X ...، مؤكدا أن الزيارة ...": the statement, not the denial, holds it
                # (and "طالبت X ...، مشيرة إلى أن الصندوق قد يتعاون مع Y": not what was asked; events38)
        return f

    def fill(self, sent: Sentence, h: Hit, earlier: list[Hit], stop: set[int], speeches: list[Speech]) -> None:
        """Find the actor (and how it was found) and the recipient of ``h``."""
        e, i = h.entry, h.tok
        actor: list[Ment] = []
        how = ""
        genitive = None
        genitive_role = e.genitive
        circumstance: Ment | None = None
        if e.passive:
            # (not across a count: "اعتقلت الشرطة في أنحاء تركيا 590 شخصا متهمين", "محكمة جنايات الجيزة محاكمة 20
            # متهما" — the participle describes the counted people, not the place before them)
            before = [m for m in sent.ments if m.last < i and not m.prep and i - m.last <= 3
                      and (self.toks[m.last + 1].norm[:1] == "و"  # "محاكمة فلان و10 متهمين آخرين": one of them
                           or not any(checks_is_count(self.toks[j].norm) for j in range(m.last + 1, i)))]
            h.recipient = before[-1] if before else self._counted_members(sent, i)
            h.actor_how = "passive"
            return
        if self._undergone(sent, h, stop) or self._passive_accusation(sent, h, stop):
            return
        if e.pos == "verb":
            actor, how = self.subject_before(sent, i), "svo"
            antecedent = self._relative_antecedent(sent, h)
            if antecedent is not None and self._ends_in_object_pronoun(h):
                # "الأسد الذي تعارضه الرياض": the pronoun on the verb is the antecedent, the object;
                # the subject follows the verb
                actor, how = self.subject_after(sent, i, stop), "vso"
                if actor:
                    h.actor, h.actor_how, h.recipient = actor, how, antecedent
                    return
                antecedent = None
            if antecedent is None and e.plover == "ASSAULT" and self._after_relative(sent, h) \
                    and self._ends_in_object_pronoun(h):
                # "المنطقة التي يستهدفها المتمردون في جماعة X": the pronoun on the verb is the noun before the
                # relative, its object; the subject follows the verb (the group is the attacker, not the target).
                # (Only attacks: "القدس التي تحتلها إسرائيل", "التكامل الذي تعارضه ألمانيا" tell a standing state
                # of the noun, not an act of the day)
                subject = self.subject_after(sent, i, stop)
                if not subject:
                    force = next((j for j in range(i + 1, min(sent.hi, i + 3))
                                  if has_word(self.toks[j].norm, L.ARMED_HEADS)), None)
                    phrase = self._force_phrase(sent, force) if force is not None else None
                    named = sent.starts.get(phrase.last + 2) if phrase is not None and phrase.last + 2 < sent.hi \
                        and self.toks[phrase.last + 1].norm in ("في", "من") else None
                    # "المتمردون المتشددون في جماعة X": the group they belong to
                    subject = [named] if named is not None and named.span.label == "ORG" else (
                        [phrase] if phrase is not None else [])
                h.actor, h.actor_how, h.recipient = subject, "vso" if subject else "", None
                return
            if antecedent is not None and i + 1 < sent.hi and self.toks[i + 1].norm in _QUANTIFIERS:
                # "الوزير الذي ينتقد بعض النواب قراراته": the verb has its own subject; the antecedent
                # is the one criticised
                h.actor, h.actor_how, h.recipient = [], "", antecedent
                return
            if antecedent is not None:
                # "داعش التي احتلت الموصل": the relative clause's subject is its antecedent
                actor, how = self.group_after(sent, antecedent), "relative"
            elif not actor and ((bare := self._after_bare_noun(sent, h)
                                 or self._attack_noun_before(sent, h) is not None)
                                or self._after_relative(sent, h)):
                # "شعارات تتهم إردوغان", "العمليات التي استهدفت الحوثيين": the noun before is the subject,
                # the party after the verb its object (after a bare noun no attacker is looked for further on:
                # "«حربا على التطرف» تستهدف X")
                how = "bare" if bare else ""
            elif not self.svo_marked(sent, actor):
                # VSO unless "إن/أن X فعل" or "وكان X قد فعل" puts the subject first; the object
                # may come before the subject: "ووقع الاتفاقية الوزير ..."
                skip = {h.companion} if h.companion == i + 1 else set()
                if self._has_object_pronoun(h):  # "استقبله خلالها الملك": the subject must follow
                    skip |= {j for j in range(i + 1, min(sent.hi, i + 3)) if self.toks[j].norm in L.SUBJECT_ADVERBS}
                actor, how = self.subject_after(sent, i, stop, frozenset(skip)), "vso"
                title = self._title_nisba(sent, i, actor[0].first if actor else min(sent.hi, i + 5))
                if title is not None and (not actor or actor[0].span.label != "PER"):
                    # "زار وزير الخارجية الصيني طهران": China visits Tehran; "زار وزير الخارجية
                    # الصيني وانغ يي طهران": the minister, a person, does
                    actor = self.group_after(sent, title) if title.span.label == "PER" else [title]
                    how = "title"
            if how in ("vso", "title") and actor and actor[-1].span.label in ("LOC", "ORG"):
                other = self._and_nisba(sent, actor[-1])
                if other is not None and e.symmetric and h.recipient is None:
                    h.recipient = other  # "اتفقت الحكومة المصرية والأردنية على": Egypt agreed with Jordan
                elif other is not None:
                    actor = actor + [other]  # "حثت الحكومتان البريطانية والفرنسية": both urged
            if how == "vso" and actor and e.symmetric and i > sent.lo and self.toks[i - 1].norm in _HE_THAT \
                    and i + 1 < sent.hi and self.toks[i + 1].norm[:1] == "و" and actor[0].first <= i + 3:
                # "ذكر لافروف أنه اتفق والوزير وانغ يي على": the pronoun (the speaker) agreed with the minister
                h.recipient = actor[0]
                actor, how = [], ""
            if how == "vso" and actor and e.key == "visit" and actor[0].span.label == "LOC":
                visitor = self._opening_person(sent, i)
                if visitor is not None:
                    # "أنتوني بلينكن اليوم يزور آسيا الوسطى": the person opening the sentence visits the place
                    h.actor, h.actor_how, h.recipient = [visitor], "svo", actor[0]
                    return
            if not actor and how != "bare":
                actor, how = self.subject_before(sent, i), "svo"
            pair = self._and_party(sent, actor[-1]) if how == "vso" and actor and e.frame == "accuse" else None
            if pair is not None and not self._ends_in_object_pronoun(h) \
                    and self._charge_follows(sent, self._past_quote(pair.last)):
                # "كما اتهم حركة الشباب وتنظيم «داعش» بأنهما يسعيان": both are accused, the accuser is
                # the clause's earlier subject
                h.recipient = actor[0]
                actor, how = [], ""
            elif how == "vso" and actor and e.frame == "accuse" and not self._ends_in_object_pronoun(h) \
                    and self._charge_follows(sent, actor[-1].last):
                # "واتهم أوكرانيا بشن قصف": the party right before the charge is the accused; the
                # accuser is the clause's earlier subject
                h.recipient = actor[0]
                actor, how = [], ""
            given = self._responsibility_given_to(sent, h, actor[-1].last + 1 if actor else i + 1) \
                if e.key == "blame" else None
            if given is not None:
                # "وحمّل المجلس المسؤولية عن أعمال العنف لجماعة X": the party after لـ is held responsible
                h.recipient = given
            elif how == "vso" and actor and e.key == "blame" and not self._ends_in_object_pronoun(h) \
                    and self._responsibility_at(sent, actor[-1].last + 1):
                # "وحمّل تنظيم داعش المسؤولية", "نحمّل إسرائيل مسؤولية ...": the party right before المسؤولية is
                # the one held responsible (the verb's first object); who holds it responsible is a subject
                # before it ("X حمّل Y ..."), between ("حمّلت الخارجية الروسية واشنطن ...") or dropped
                h.recipient = actor[-1]
                actor = actor[:-1]
                how = "vso" if actor else ""
                if not actor:
                    actor = self.subject_before(sent, i)
                    if not actor:
                        # "لكن الناطق باسم الرئاسة فلان حمّل ...": the name right before the verb (no preposition
                        # of its own — "لكن" before a title reads as one —, at most a comma between) is its subject
                        before = [m for m in sent.ments if m.last < i]
                        near = before[-1] if before else None
                        if near is not None and i - near.last <= 2 \
                                and (not near.prep or self.title_start(sent, near.first) < near.first) \
                                and all(self.toks[j].punct for j in range(near.last + 1, i)):
                            actor = [near]
                    actor = [m for m in actor if key(m.span) != key(h.recipient.span)]
                    how = "svo" if actor else ""
                if not actor:
                    actor, how = self._blamer(sent, h, earlier, speeches)
            if how == "vso" and i > sent.lo and self.toks[i - 1].norm in _SUBJECT_PRONOUNS:
                # "وهو وعد إسرائيل بكل الدعم": the pronoun is the subject, the party after the verb its object
                actor, how = [], ""
            elif how in ("vso", "title") and actor and actor[0].first > i and self._plural_subject_suffix(h):
                # "كما اتهموا القوات الأوكرانية": a verb told in the plural carries its own subject (a verb before
                # its named subject stays singular), so the party after it is its object
                actor, how = [], ""
        else:
            # the genitive follows the noun, with at most a title between ("زيارة الرئيس بوتين");
            # "اتهامات تلاحق إيران" has a verb between: Iran is no genitive
            genitive = next((m for m in sent.ments if i < m.first <= i + 2 and not m.prep
                             and all(self._title_like(j) and not self.boundary(j) for j in range(i + 1, m.first))), None)
            light = None
            for j in range(i - 1, max(sent.lo, i - 9) - 1, -1):
                if self.boundary(j):
                    break
                if has_word(self.toks[j].norm, L.LIGHT_VERBS):
                    light = j
                    break
            if light is None and h.companion is not None and h.companion < i:
                light = h.companion  # "فتحت المحكمة ... تحقيقا": the governing verb
            if genitive is not None and i > sent.lo and self.toks[i - 1].norm in _PASSIVE_LIGHT:
                # "تم اعتقال فلان", "جرى استهداف القافلة": the passive's genitive is who underwent it
                h.recipient, h.actor_how = genitive, "passive"
                h.actor = []
                return
            if e.key == "visit" and genitive is not None and genitive.span.label == "LOC":
                circumstance, genitive = genitive, None  # "زيارة إيران": Iran is visited, not visiting
            if e.plover == "COERCE" and genitive is not None and e.genitive == "actor" \
                    and genitive.span.label in ("LOC", "PER"):
                after = self.group_after(sent, genitive)[-1].last + 1
                if not (after < sent.hi and not self.toks[after].punct
                        and (self.toks[after].norm[:1] == "ل" or after in sent.starts)):
                    # "حصار الرئيس فلان", "احتلال اليمن": a person or a place as the genitive of an arrest, a
                    # siege or an occupation underwent it; it is the doer only when the object follows, with لـ
                    # or bare ("احتلال إسرائيل للأراضي", "احتلال صدام حسين الكويت").  (A group stays the doer:
                    # "احتلال الحوثيين")
                    genitive_role = "recipient"
            if genitive_role == "actor" and genitive is not None and not self.is_city(genitive):
                actor, how = self.group_after(sent, genitive), "genitive"  # not "مفاوضات فيينا"
            elif light is not None and self._relative_light(sent, light, i) is not None:
                # "فلان الذي وجهت له المحكمة اتهامات": the court accused; the antecedent, told again by the pronoun
                # after the verb, is the one accused
                actor, antecedent = self._relative_light(sent, light, i)
                how = "light"
                if antecedent is not None and e.frame == "accuse":
                    h.recipient = antecedent
            elif light is not None:
                actor = [m for m in self.subject_after(sent, light, stop) if m.last < i] or self.subject_before(sent, light)
                if not actor:
                    title = self._title_nisba(sent, light, i)
                    actor = [title] if title is not None else []
                how = "light"
            if not actor and e.plover == "ASSAULT":
                actor, how = self._attack_noun_agent(sent, i)
            if not actor:
                nis = self._nisba_at(i + 1)
                if nis:
                    actor, how = [self._nisba_ment(i + 1, nis)], "nisba"
            if not actor and i - 1 > sent.lo and self.toks[i - 1].norm == "في" and sent.lo not in self.in_mention \
                    and not any(self.boundary(j) for j in range(sent.lo, i)):
                # (not across إن/أن: "وقال قائد الشرطة إن خمسة قتلوا في الهجوم" — the speaker did not attack)
                # "وصل X إلى عمّان ... في زيارة رسمية": the circumstance of the clause's subject
                actor = [m for m in self.subject_after(sent, sent.lo, stop) if m.last < i]
                how = "light" if actor else how
                if actor:  # ... and its destination, named before: "وصل X إلى عمّان ... في زيارة"
                    circumstance = next((m for m in reversed(sent.ments) if actor[-1].last < m.first < i
                                         and m.prep in e.preps), None)
        denied_charge = False
        if not actor and h.frame_of is not None:
            f = h.frame_of
            ctrl = f.actor if f.entry.controller == "subject" else ([f.recipient] if f.recipient else [])
            if f.entry.passive:
                ctrl = [f.recipient] if f.recipient else []
            if ctrl and f.entry.frame == "deny" and e.frame == "accuse" and e.pos == "noun" \
                    and not self._noun_has_pronoun(h) and h.recipient is None:
                # "نفت أنقرة اتهامات الأكراد", "نفى الرئيس الاتهامات بأن بلاده ...": who denies a charge is
                # the one it is made against, not its maker ("نفى اتهامه لفلان": his own charge, kept)
                h.recipient, denied_charge = ctrl[0], True
            elif ctrl:
                actor, how = list(ctrl), "frame"
        armed_next = e.plover == "ASSAULT" and e.pos == "verb" and i + 1 < sent.hi \
            and has_word(self.toks[i + 1].norm, L.ARMED_HEADS)
        if not actor and e.source == "lexicon" and not armed_next and not denied_charge:
            # (not "وشنت طائرات التحالف غارات": the force after the verb is its subject, not the last one named)
            implicit, implicit_how = self._implicit_subject(sent, h, earlier, speeches)
            if implicit or how != "bare":
                actor, how = implicit, implicit_how
        h.actor, h.actor_how = actor, how
        start = i
        if actor and actor[-1].first > i and how in ("vso", "genitive", "title", "nisba"):
            start = actor[-1].last
        pronoun = self._object_pronoun(h)
        if h.recipient is not None:
            pass  # the accused, found before the charge
        elif e.pos == "noun" and genitive_role == "recipient" and genitive is not None:
            h.recipient = genitive
        elif pronoun is None and e.frame == "accuse" and self._ends_in_object_pronoun(h):
            h.recipient = None  # "واتهمتهم بأنهم يدعمون نظام الأسد": the accused are the pronoun, not Assad
        elif pronoun is not None:
            # "استقبله الملك": the object is a pronoun, its referent an earlier party of the sentence
            h.recipient = pronoun
        else:
            h.recipient = self.recipient_after(sent, h, start, stop)
        if h.recipient is not None and h.actor and key(h.recipient.span) in {key(a.span) for a in h.actor}:
            h.recipient = None
        if h.recipient is None and len(h.actor) >= 2:
            # (not "الدول الأخرى": "other", an adjective after its noun, is no "each other")
            reciprocal = any(has_word(self.toks[j].norm, L.RECIPROCALS)
                             and not (self.toks[j].norm.lstrip("ل") in _OTHER
                                      and self.toks[j - 1].norm.startswith("ال"))
                             for j in range(i + 1, min(sent.hi, i + 12)))
            if e.symmetric or reciprocal:
                h.recipient = h.actor[1]
                h.actor = [h.actor[0]] + h.actor[2:]
        if h.recipient is None and circumstance is not None:
            h.recipient = circumstance
        if h.recipient is None and e.plover in ("AGREE", "CONSULT", "COOPERATE") and actor:
            powers = self._powers_phrase(sent, start)
            # "وقعت إيران والقوى الست" (a signing has two sides) — not "وعدت واشنطن والدول الكبرى" (both promised)
            if powers is None:
                powers = self._with_powers(sent, start)
            if powers is not None and (powers.prep == "مع" or e.symmetric):
                h.recipient = powers
        if h.recipient is None:
            # (not a nationality in the actor's own office: "فلان نائب الرئيس اليمني")
            h.recipient = self._counterpart(sent, i, start) or self.nisba_object(
                sent, start, stop, None if e.direct else e.preps, self.office_end(sent, h, start))
        if h.recipient is None and e.frame == "accuse" and e.pos == "verb" and not e.passive \
                and (h.actor or self._subject_words_after(sent, h)) and not self._ends_in_object_pronoun(h):
            # "اتهم الرئيس فلان في مقابلة بثت أمس نظيره الروسي فلانا بأنه ...": the party standing right before
            # the charge is the accused, past the adjuncts of time and medium between the accuser and him
            h.recipient = self._accused_before_charge(sent, h, stop)
        f = h.frame_of
        if h.recipient is None and how == "frame" and f is not None and f.entry.symmetric and f.recipient is not None \
                and e.plover in ("COOPERATE", "CONSULT", "AGREE") \
                and key(f.recipient.span) not in {key(a.span) for a in h.actor}:
            h.recipient = f.recipient  # "اتفقت مصر والأردن على تعزيز التعاون": the cooperation is between them

    def _genitive_attacker(self, h: Hit, hits: list[Hit]) -> Ment | None:
        """The attacker of another attack trigger of the sentence when it is the genitive of the attack noun ``h``
        ("غارات التحالف", "قصف مدفعي للجيش"): one act told twice, the strikes and their hitting (events40)."""
        k = h.tok + 1
        while k < len(self.toks) and k <= h.tok + 2 and self.toks[k].norm in _ATTACK_ADJECTIVES:
            k += 1
        own = key(h.recipient.span) if h.recipient is not None else None
        for x in hits:
            if x is h or x.entry.plover != "ASSAULT" or not x.actor:
                continue
            for a in x.actor:
                if a.first == k and key(a.span) != own:
                    return a
        return None

    def _armed_genitive(self, sent: Sentence, h: Hit) -> bool:
        """Whether an attack noun's recipient is named by the armed men of its genitive with the target after على a
        few words on: "قصف مسلحي الحوثيين وقوات صالح على جامع" (the gunmen shelled), or after لـ ("القصف العشوائي
        للحوثيين وقوات صالح على الأحياء") or with an attack verb right after a force after لـ ("قصف جوي للقوات
        العراقية استهدف منزلا"), not "مقتل مسلحي الحوثيين" (a killing, whose genitive is who died) nor
        "قصف مواقع مسلحي الحوثيين" (what was shelled)."""
        i, m = h.tok, h.recipient
        if not has_word(self.toks[i].norm, _SHELLING_NOUNS):
            return False
        k = i + 1
        while k < sent.hi and self.toks[k].norm in _ATTACK_ADJECTIVES:
            k += 1
        told = k
        while k < sent.hi and k - told < 3 and self.toks[k].norm in _WHEN_WORDS:
            k += 1  # "قصف بنهاية الأسبوع للطيران التركي": when it fell may stand before whose it was (events33)
        if k >= sent.hi:
            return False
        t = self.toks[k].norm
        if t in _AIR_ARMS_OF and k <= m.first <= k + 2:
            return True  # "قصف للطيران التركي في محيط القرية": an air arm shells; it is not what was shelled
        if t in _ARMED_MEN:
            if m.first not in (k + 1, k + 2) or m.prep:
                return False
        elif not (t[:1] == "ل" and len(t) > 3 and t not in L.PREPOSITIONS and k <= m.first <= k + 2):
            return False
        if t.startswith("لل") and has_word("ال" + t[2:], L.ARMED_HEADS) and any(
                x.tok == m.last + 1 and x.entry.plover == "ASSAULT" and x.entry.pos == "verb"
                for x in self._sentence_hits):
            # "قصف جوي للقوات العراقية استهدف منزلا": a force after لـ with an attack verb right behind it — the
            # verb tells what the shelling hit, so the force is whose shelling it was (events43)
            return True
        for j in range(m.last + 1, min(sent.hi, m.last + 12)):
            if self.boundary(j):
                return False
            if self.toks[j].norm == _ON_FOLDED:
                return True
        return False

    def _and_actor(self, sent: Sentence, h: Hit) -> bool:
        """Whether the recipient is joined to the actor by و, right after it (its titles and a nisba may stand
        between): "ميليشيات الحوثي والمخلوع صالح", "قوات النظام والمسلحون الموالون له" — one side of the act."""
        r = h.recipient
        if r is None or not h.actor or r.prep:
            return False
        a = h.actor[-1]
        if r.first <= a.last or r.first - a.last > 4:
            return False
        gap = [j for j in range(a.last + 1, r.first) if not self.toks[j].punct or self.toks[j].norm not in ("،", ",")]
        if any(self.toks[j].punct for j in gap):
            return False  # (a comma may stand before و, no other mark)
        words = [self.toks[j].norm for j in gap]
        if not words:  # "و" on the party's own token, or after a comma
            return r.conj and (r.first > a.last + 1 or self.toks[r.first].norm[:1] == "و")
        first = words[0]
        if not (first[:1] == "و" and (first[1:3] == "ال" or has_word(first[1:], L.TITLES) or first[1:] in _STATES_OF)):
            return False
        if any(w in L.PREPOSITIONS or w in L.COMPLEMENTIZERS for w in words):
            return False
        return all(self._title_like(j) or self.toks[j].norm[:2] == "ال" for j in gap[1:])

    def _nearby_party(self, sent: Sentence, h: Hit) -> bool:
        """Whether the recipient of ``h`` is a party standing near the act but not its target (events36): the
        audience after أمام, the partner of a press conference, a person whose name a place or an institution bears,
        a place in the actor's own run of titles with the real object after it, the outlet a reporting clause after
        the trigger speaks to."""
        r, e = h.recipient, h.entry
        if r is None:
            return False
        bases = lambda j: clitic_bases(self.toks[j].norm)  # noqa: E731
        lo = max(sent.lo, h.tok + 1)
        if e.plover in _SAID_ACTS and r.first > h.tok:
            for k in range(max(lo, r.first - 6), r.first):
                if self.toks[k].norm not in _BEFORE:
                    continue
                if any(self.boundary(j) or (self.toks[j].punct and self.toks[j].norm not in ("،", ","))
                       for j in range(k + 1, r.first)):
                    break
                prev = k - 1
                opens = prev == h.tok or any(a.first <= prev <= a.last for a in h.actor) \
                    or self.toks[prev].norm in _DAY_WORDS or bool(bases(prev) & _SPOKEN_BEFORE)
                between = range(k + 1, r.first)
                # "أمام البرلمان", "أمام لجنة الدفاع بمجلس الشيوخ" — not "أمام الصحفيين بإيران", where the ب is the act's
                if opens and (not r.prep or any(bases(j) & _BODIES for j in between)) \
                        and not any(self.toks[j].norm in L.PREPOSITIONS or self.toks[j].punct for j in between):
                    return True
            for k in range(lo, r.first):
                if self.toks[k].norm != "مع" or any(self.boundary(j) for j in range(k + 1, r.first)):
                    continue
                j = k - 1
                while j > h.tok and self.toks[j].norm in _PRESS:
                    j -= 1
                if j > h.tok and bases(j) & _CONFERENCE and r.prep in ("", "مع") and r.first - k <= 5:
                    return True  # "أشاد الوزير في مؤتمر صحفي مع نظيره المصري بالاجتماع"
        if r.span.label == "PER" and not r.prep:
            j = r.first - 1
            while j >= sent.lo and j >= r.first - 2 and j not in self.in_mention and has_word(self.toks[j].norm, L.TITLES):
                j -= 1  # "مدينة الملك عبدالعزيز": the title of the name
            if j >= sent.lo and j > h.tok and j not in self.in_mention and bases(j) & _NAMED_AFTER:
                return True  # "رئيس مدينة الملك عبدالعزيز للعلوم والتقنية": the king names the city
        if r.span.label == "LOC" and not r.prep and h.actor and r.first > h.tok and r.first > h.actor[-1].last \
                and r.last + 1 < sent.hi and self._in_title_chain(h.actor[-1].last, r.first) \
                and has_word(self.toks[r.first - 1].norm, L.TITLES | L._w("حاكم محافظ عمدة")):
            nxt = self.toks[r.last + 1]
            if not nxt.punct and nxt.norm[:2] == "ال" and r.last + 1 not in self.in_mention \
                    and not has_word(nxt.norm, L.TITLES) and nxt.norm not in _DAY_WORDS \
                    and self._nisba_at(r.last + 1) is None:
                return True  # "دعا نائب رئيس الدولة ... حاكم دبي الجمهور إلى": Dubai is in the caller's title
        if r.prep == "ل" and r.first > h.tok + 1:
            j = r.first - 1 if not (bases(r.first) & _OUTLET) else r.first
            if bases(j) & _OUTLET and any(bases(k) & L.SPEECH_CUES for k in range(lo, j)):
                return True  # "قصفت طائرة ... وفق ما أوضح مسؤول لوكالة الصحافة الفرنسية"
        return False

    def _told_long_ago(self, sent: Sentence, h: Hit) -> bool:
        """Whether the sentence places the act at ``h`` long before the report: a year before the report's own
        ("عام 2014", "في 2001") anywhere in it, or the act's time expression more than a month before the
        report's day."""
        norms = [t.norm for t in self.toks[sent.lo:sent.hi]]
        if any((n in _AGO and k + 1 < len(norms) and norms[k + 1] in _YEARS)
               or (n in _YEAR_NOUNS and k + 1 < len(norms) and norms[k + 1] in _LAST) for k, n in enumerate(norms)):
            return True  # "قبل سنوات", "منذ عامين", "العام الماضي"
        year = int(self.anchor[:4]) if self.anchor and self.anchor[:4].isdigit() else None
        if year is not None and any(t.norm.isdigit() and len(t.norm) == 4 and 1900 < int(t.norm) < year
                                    for t in self.toks[sent.lo:sent.hi]):
            return True
        date, source = self.date_for(sent, self.toks[h.tok].start, future_ok=False)
        if source != "timex" or not date or not self.anchor or not date[:4].isdigit():
            return False
        if int(date[:4]) < int(self.anchor[:4]):
            return True
        day = _day_of(date)
        try:
            told = _date.fromisoformat(day[:10]) if len(day) >= 10 else None
            anchor = _date.fromisoformat(self.anchor[:10])
        except ValueError:
            return False
        if told is None:  # a month: "2015-06" told in August
            return len(date) == 7 and date[5:7].isdigit() and int(date[5:7]) < anchor.month - 1
        return (anchor - told).days > 31

    def _names_document(self, m: Ment) -> bool:
        """Whether a place right after a document's or a meeting's head noun names it ("إعلان القاهرة", "مؤتمر
        جنيف").  (A country stays, when the KB says so: "اتفاق إيران" may be Iran's own.)"""
        if m.span.label != "LOC" or m.first - 1 < 0 or m.first - 1 in self.in_mention:
            return False
        if not (clitic_bases(self.toks[m.first - 1].norm) & _DOCUMENT_HEADS):
            return False
        ent = self.kb.get(m.span.data["entity_id"]) if self.kb is not None and m.span.data.get("entity_id") else None
        return ent is None or ent.data.get("kind") != "country"

    def _blamer(self, sent: Sentence, h: Hit, earlier: list[Hit], speeches: list[Speech]) -> tuple[list[Ment], str]:
        """Who holds the party responsible when the verb's subject is dropped: the subject the clause goes on with
        ("دانت الحكومة ... وحمّلت إسرائيل المسؤولية"), or the speaker ("«نحمّل إسرائيل المسؤولية»")."""
        implicit, how = self._implicit_subject(sent, h, earlier, speeches)
        if implicit:
            return implicit, how
        sp = next((s for s in speeches if s.lo <= h.tok < s.hi and s.speaker_ment is not None), None)
        if sp is not None and key(sp.speaker_ment.span) != key(h.recipient.span):
            return [sp.speaker_ment], "speaker"
        # the subject of the verb opening the sentence, when nothing (إن، أن) opens another clause between
        first = next((m for m in sent.ments if m.first < h.tok), None)
        if first is not None and not first.prep and first.first - sent.lo <= 4 \
                and key(first.span) != key(h.recipient.span) \
                and not any(self.boundary(j) for j in range(first.last + 1, h.tok)):
            return self.group_after(sent, first), "discourse"
        return [], ""

    def _responsibility_at(self, sent: Sentence, j: int) -> bool:
        """Whether المسؤولية / مسؤولية stands at ``j``, past quote marks ("حمّلوا X «المسؤولية الكاملة»")."""
        while j < sent.hi and self.toks[j].norm in _QUOTE_MARKS:
            j += 1
        return j < sent.hi and self.toks[j].norm in _RESPONSIBILITY

    def _responsibility_given_to(self, sent: Sentence, h: Hit, j: int) -> Ment | None:
        """The party after "المسؤولية ... لـ" when المسؤولية stands at ``j`` (right after the verb or its subject)."""
        if j >= sent.hi or self.toks[j].norm not in _RESPONSIBILITY:
            return None
        for m in sent.ments:
            if m.first <= j or m.first > j + 7:
                continue
            if any(self.boundary(k) or self.toks[k].punct for k in range(j + 1, m.first)):
                return None
            return m if m.prep == "ل" else None
        return None

    def _attacker_of_attack_before(self, sent: Sentence, h: Hit) -> list[Ment]:
        """The attacker coded for the attack noun a verb of targeting follows ("شنت مقاتلات التحالف غارات
        استهدفت ..."): the hit of that noun, or the light verb that took it as its companion; else one the
        sentence names beyond doubt (a claim)."""
        j = self._attack_noun_before(sent, h)
        if j is None:
            return []
        # the attack noun's own hit, or the one the noun phrase hangs on ("هجوما بسيارة مفخخة استهدف")
        owners = [x for x in self._sentence_hits if x is not h and x.entry.plover == "ASSAULT" and x.actor
                  and j - 4 <= max(x.tok, x.companion if x.companion is not None else -1) <= j]
        if owners:
            return list(owners[-1].actor)
        lam = self._lam_agent(sent, j)  # "كمين للمقاومة استهدف": the noun's own attacker
        if lam is not None:
            return [lam]
        k = j - 1
        if k - 1 >= sent.lo and has_word(self.toks[k].norm, L.LIGHT_VERBS) and self.toks[k - 1].norm in _CONTINUERS:
            # "ألقت قوات الأمن القبض على ...، كما شنت حملات استهدفت X": the light verb goes on with the subject of
            # the sentence's earlier act
            prior = [x for x in self._sentence_hits if x is not h and x.tok < k - 1 and x.actor
                     and x.actor_how in ("vso", "svo", "title")]
            if prior:
                return list(prior[-1].actor)
            # (no act coded before it: the subject right after the feminine past verb that opens the sentence,
            # "ألقت قوات الأمن التركية القبض على ...")
            first = self.toks[sent.lo].norm.lstrip("وف")
            if sent.lo not in self.in_mention and len(first) >= 4 and first.endswith("ت") \
                    and not any(self._clause_split(x) for x in range(sent.lo, k - 1)):
                subject = [m for m in self.subject_after(sent, sent.lo, set()) if m.last < k - 1]
                if not subject and sent.lo + 1 < k - 1 and has_word(self.toks[sent.lo + 1].norm, L.ARMED_HEADS):
                    force = self._force_phrase(sent, sent.lo + 1)  # "قوات الأمن التركية"
                    subject = [force] if force is not None else []
                if subject:
                    return subject
        return self._attack_agent(sent, h) or self._named_attacker(sent, h)  # "تفجير استهدف شارعا ... تبناه تنظيم X"

    def _and_party(self, sent: Sentence, m: Ment) -> Ment | None:
        """The party coordinated right after ``m`` by a و-word ("وتنظيم «داعش»"), which group_after leaves out."""
        nxt = next((x for x in sent.ments if m.last < x.first <= m.last + 3), None)
        if nxt is None or nxt.prep or not (nxt.conj or self.toks[m.last + 1].norm[:1] == "و"):
            return None
        if any(self.boundary(j) or self.toks[j].norm in L.PREPOSITIONS for j in range(m.last + 1, nxt.first)):
            return None
        return nxt

    def _past_quote(self, j: int) -> int:
        """Token ``j``, or the closing quote mark right after it."""
        while j + 1 < len(self.toks) and self.toks[j + 1].norm in _QUOTE_MARKS:
            j += 1
        return j

    def _opening_person(self, sent: Sentence, i: int) -> Ment | None:
        """A person's name opening the sentence, with only time words between it and the verb at ``i``."""
        m = next((m for m in sent.ments if m.last < i), None)
        if m is None or m.span.label != "PER" or m.prep or self.title_start(sent, m.first) != sent.lo:
            return None
        later = [x for x in sent.ments if m.last < x.first < i]
        gap = [k for k in range(m.last + 1, i) if not any(t.start <= self.toks[k].start < t.end for t in self.timex)]
        return m if not later and len(gap) <= 1 and all(self.toks[k].norm in _SVO_TIME for k in gap) else None

    def _and_nisba(self, sent: Sentence, m: Ment) -> Ment | None:
        """A second nationality coordinated with the nationality ``m``: "الحكومة المصرية والأردنية"."""
        j = m.last + 1
        if j >= sent.hi or j in self.in_mention:
            return None
        norm = self.toks[j].norm
        if norm[:1] != "و" or norm[1:] not in L.NISBA:
            return None
        (name, name_en) = L.NISBA[norm[1:]]
        tok = self.toks[j]
        data = {**self._country_entity(name, name_en), "known": True}
        return Ment(Span("mention", tok.start + 1, tok.end, "LOC", data), j, j, "", True)

    def _earlier_raider(self, sent: Sentence, h: Hit) -> list[Ment] | None:
        """The attacker of the nearest earlier strike of the same kind in the sentence, when nothing
        between them opens a contrasting clause ("بينما", "فيما") or names another armed party."""
        if h.entry.key not in _STRIKES or h.entry.source != "lexicon":
            return None
        goes_on = h.entry.pos == "verb" and self._strikes_go_on(sent, h)
        if h.entry.pos == "verb" and not goes_on and not any(has_word(self.toks[j].norm, L.ATTACK_NOUNS)
                                                             for j in range(max(sent.lo, h.tok - 3), h.tok)):
            return None  # a verb's own subject comes first: "دبابة كانت تقصف السكان" is not the raiders'
        # a verb going on with no subject of its own continues whoever launched the strikes before it
        kinds = _STRIKES | {"launch_attack"} if goes_on else _STRIKES
        earlier = [x for x in self._sentence_hits if x.tok < h.tok and x.entry.plover == "ASSAULT"
                   and x.entry.key in kinds and x.actor and x.actor_how != "anaphor"]
        if not earlier:
            noun = h.tok + 1 if h.entry.pos == "verb" else h.tok
            if self.prev_raiders and (goes_on or h.entry.pos == "noun") and noun - sent.lo <= 2 and noun < sent.hi \
                    and all(not self.toks[j].punct and j not in self.in_mention for j in range(sent.lo, noun)) \
                    and self.toks[noun].norm.startswith("ال") and has_word(self.toks[noun].norm, L.ATTACK_NOUNS) \
                    and not (noun + 1 < sent.hi and (noun + 1 in self.in_mention or self._people_adjective(noun + 1))):
                # "شنت طائرات التحالف غارات على ... . واستهدفت الغارات أيضا ورشة ...": the strikes told again opening
                # the next sentence are the same raiders' — not strikes a people's adjective or a name gives to
                # others ("واستهدفت الغارات الروسية")
                return list(self.prev_raiders)
            return None
        x = earlier[-1]
        if x.actor[0].span.data.get("source") == "phrase" and " " not in str(x.actor[0].span.data.get("name") or ""):
            return None  # a bare "مقاتلات" names nobody to carry over
        between = range(x.actor[-1].last + 1 if x.actor[-1].last > x.tok else x.tok + 1, h.tok)
        hit = range(x.recipient.first, x.recipient.last + 1) if x.recipient is not None else range(0)
        if h.tok - x.tok > 45 or any(self.toks[j].norm.lstrip("و") in _CONTRAST_WORDS
                                     or (has_word(self.toks[j].norm, L.ARMED_HEADS) and j not in hit
                                         and not self._struck_force(j))
                                     for j in between):  # (the group the first strike hit is no other raider)
            return None
        if h.recipient is not None and key(h.recipient.span) in {key(a.span) for a in x.actor}:
            return None
        return list(x.actor)

    def _strikes_go_on(self, sent: Sentence, h: Hit) -> bool:
        """Whether a strike verb tells the earlier strikes going on, with no subject of its own (events32): the
        strikes themselves right after it ("…، كما استهدفت الغارات مخازن سلاح للجماعة"), or a verb joined by و or
        كما whose next word is its object, not a new subject ("شن طيران التحالف أربع غارات على …، وقصف أهدافا ثانية").
        A named party or an armed word right after the verb is its own subject ("وقصفت المدفعية", "وقصف مسلحون")."""
        i = h.tok
        if i + 1 >= sent.hi:
            return False
        nxt = self.toks[i + 1]
        if has_word(nxt.norm, L.ATTACK_NOUNS):
            return True
        joined = h.prefix[:1] in ("و", "ف") or (i > sent.lo and self.toks[i - 1].norm in _CONTINUERS)
        if not joined or nxt.punct or has_word(nxt.norm, L.ARMED_HEADS):
            return False
        if i + 1 in self.in_mention and not (h.recipient is not None and h.recipient.first == i + 1):
            return False
        return nxt.norm.endswith("ا") or bool(clitic_bases(nxt.norm) & _POSITIONS) \
            or (h.recipient is not None and h.recipient.first == i + 1)

    def _struck_force(self, j: int) -> bool:
        """Whether the armed word at token ``j`` names what was struck, not another raider: it follows على/ضد or a
        word of positions within four words ("على مواقع المليشيات الحوثية والقوات المتحالفة معها", "ومعسكر قوات
        الأمن الخاصة")."""
        for k in range(j - 1, max(0, j - 5), -1):
            t = self.toks[k]
            if t.punct and t.norm not in ("،", ","):
                return False
            if t.norm.lstrip("و") in ("علي", "ضد") or clitic_bases(t.norm) & _POSITIONS:
                return True
        return False

    def _own_side(self, h: Hit) -> bool:
        """Whether the recipient of ``h`` is its actor's own side (:meth:`Analysis.own_side`), for acts that are
        never aimed at it: a condemnation or an attack (a city of the actor's country counts only for the first:
        an army shells towns of its own country).  A leader's call on, praise of, warning to or visit to his own
        country or city is read right: "دعا الغنوشي التونسيين", "زار بحاح عدن"."""
        if not h.actor or h.recipient is None or h.entry.plover not in _NOT_AT_OWN_SIDE:
            return False
        return self.own_side(self.actor_dict(h.actor[0]), self.actor_dict(h.recipient), h.entry.plover != "ASSAULT")

    def _venue(self, sent: Sentence, h: Hit, m: Ment) -> bool:
        """Whether the place ``m`` only says where the act of ``h`` happened (or near what), and so is not its party.

        * any act: a place named as what the act was near ("قرب المدينة", "المقابلة لمدينة كيليس"): the act
          happened elsewhere;
        * acts that are not violence nor visits: a place after في, or a place that locates another one
          ("في الصخيرات بالمملكة المغربية", "بمنطقة عسير", "في مدينة الدوحة بدولة قطر").
        Read on SaudiNewsNet (07-24, 08-04, 08-07), such places were taken as the target, the party welcomed,
        condemned or met."""
        if m.span.label != "LOC":
            return False
        before = [self.toks[j].norm for j in range(max(sent.lo, m.first - 2), m.first)]
        heads = [clitic_bases(n) for n in before]
        near = bool(heads) and bool(heads[-1] & _NEAR_WORDS
                                    or (len(heads) > 1 and heads[-1] & _PLACE_HEADS and heads[-2] & _NEAR_WORDS))
        if near and h.entry.plover not in ("MOBILIZE", "PROTEST"):
            return True  # (manoeuvres or a protest near a place are aimed at it: "مناورات قرب تايوان")
        if h.entry.plover in _SPATIAL or h.entry.key == "visit":
            return False
        if m.prep == "في" and "في" not in h.entry.preps:
            return True  # (not an act that takes في: "تحقيق في جرائم في ميانمار")
        if heads and heads[-1] & _PLACE_HEADS and (before[-1][:1] == "ب" or (len(before) > 1 and before[-2] == "في")):
            return True  # "بمنطقة عسير", "بدولة قطر", "في مدينة جدة"
        prev = next((x for x in sent.ments if x.last < m.first and m.first - x.last <= 3), None)
        return m.prep == "ب" and prev is not None and prev.span.label == "LOC" and prev.prep in ("في", "ب")

    def _where_to_or_against(self, sent: Sentence, h: Hit) -> bool:
        """Whether the recipient of ``h`` (after the trigger) is only where someone goes, returns or withdraws
        from (a place after a noun or verb of moving), or the foe of the effort the act is about (a party after
        محاربة، مكافحة، التصدي، مواجهة)."""
        r = h.recipient
        if r is None or r.first <= h.tok:
            return False
        before = [clitic_bases(self.toks[j].norm) for j in range(max(h.tok + 1, r.first - 4), r.first)]
        if r.span.label == "LOC" and r.prep in ("الي", "من") and any(b & _MOVING for b in before):
            return True
        return h.entry.plover in ("SUPPORT", "AGREE", "COOPERATE") and any(b & _FIGHTING for b in before[-2:])

    def _time_named(self, sent: Sentence, h: Hit, m: Ment) -> bool:
        """Whether ``m`` names a time, not a party: a ruler governed by an era or an end word that a preposition of
        time governs ("في عهد القذافي", "منذ سقوط صدام", "بعد سنوات من الإطاحة بالقذافي").  Not when that word
        is the event's own trigger ("بعد مقتل فلان": the killing's victim)."""
        toks = self.toks
        j = m.first - 1
        while j > sent.lo and toks[j].punct and toks[j].norm not in STRONG_PUNCT:
            j -= 1
        if j < sent.lo or j == h.tok or toks[j].punct:
            return False
        bases = clitic_bases(toks[j].norm)
        if bases & _ERA_WORDS:
            return j - 1 >= sent.lo and bool(clitic_bases(toks[j - 1].norm) & _TIME_PREPS)
        if not bases & _END_WORDS:
            return False
        for k in range(j - 1, max(sent.lo, j - 5) - 1, -1):
            if k == h.tok or self.boundary(k) or toks[k].punct:
                return False
            if clitic_bases(toks[k].norm) & (_TIME_PREPS - {L.fold("في")}):
                return True
        return False

    def _holder_after_title(self, sent: Sentence, h: Hit) -> Ment | None:
        """The person holding the title whose genitive the actor is, when he is the recipient or stands right
        after the title's post that was taken for it: the actor (a group or a country) stands after a title word
        and before the person with only an adjective of the post, an honorific, a rank or the envoy's post between
        ("زعيم حركة طالبان الجديد الملا فلان", "رئيس حزب X فلان", "زار مبعوث الأمم المتحدة الخاص إلى سوريا فلان
        بكين": the envoy visits, events41)."""
        r = h.recipient
        if r is None or r.span.label not in ("PER", "LOC") or len(h.actor) != 1 or h.actor[0].span.label == "PER":
            return None
        a = h.actor[0]
        if not h.tok < a.first < r.first or a.last >= r.first:
            return None
        lead = self.title_start(sent, a.first)
        if lead >= a.first or not any(has_word(self.toks[j].norm, L.TITLES) for j in range(lead, a.first)):
            return None  # the actor is no genitive of a title
        if any(j in self.in_mention and not (a.first <= j <= a.last) for j in range(h.tok + 1, a.first)):
            return None
        j, post = a.last + 1, None
        while j < min(sent.hi, a.last + 9):
            n = self.toks[j].norm
            m = sent.starts.get(j)
            if (m is None or m.span.label != "PER") \
                    and (n in _FORMER_OR_RANK or n in _SPECIAL or self._nisba_at(j) is not None):
                j += 1
                continue
            if m is not None and m.span.label == "PER" and not m.prep:
                if key(m.span) == key(r.span) and (post is not None or m.first - a.last <= 4):
                    return m
                return m if post is not None and key(post.span) == key(r.span) else None
            # "مبعوث الأمم المتحدة الخاص إلى سوريا فلان": the envoy's post, a country, belongs to the title
            at = j + 1 if n in _POSTED_TO else j
            m = sent.starts.get(at)
            if post is not None or m is None or m.span.label != "LOC" \
                    or (at == j and m.prep not in ("ل", "الي", "لدي")):
                return None
            j, post = m.last + 1, m
        return None

    def _loyal_force_of_actor(self, sent: Sentence, h: Hit) -> bool:
        """Whether the recipient is the one whom forces joined to the actor by و are loyal to: "الحوثيون وقوات
        موالية للرئيس السابق فلان", "الجيش والميليشيات الموالية له"."""
        r = h.recipient
        lead = self.title_start(sent, r.first)
        if r.prep != "ل" and not self.toks[lead].norm.startswith("ل"):
            return False
        j = lead - 1  # the word of loyalty: "موالية"
        if j - 1 < sent.lo or self.toks[j].norm not in _LOYAL:
            return False
        f = j - 1  # the forces: "وقوات", "والميليشيات"
        force = self.toks[f].norm
        if not (force[:1] == "و" and has_word(force[1:], L.ARMED_HEADS)):
            return False
        return any(a.last == f - 1 for a in h.actor)

    def _holder_of_title(self, sent: Sentence, m: Ment) -> Ment | None:
        """The person holding the title whose genitive ``m`` (a country or a group) is: a title word right before
        ``m`` and the person's bare name right after it, with only an adjective of the post, an honorific, a rank
        or a nationality between ("نائب رئيس جمهورية العراق فلان", "رئيس وزراء لبنان الأسبق فلان")."""
        lead = m.first  # the title words before it, with the kind of state: "نائب رئيس جمهورية العراق"
        while lead - 1 >= sent.lo and m.first - lead < 4 and lead - 1 not in self.in_mention \
                and not self.toks[lead - 1].punct and (has_word(self.toks[lead - 1].norm, L.TITLES)
                                                       or self.toks[lead - 1].norm in _POLITY_WORDS):
            lead -= 1
        if lead >= m.first or not any(has_word(self.toks[j].norm, L.TITLES) for j in range(lead, m.first)):
            return None
        r = next((x for x in sent.ments if m.last < x.first <= m.last + 4), None)
        if r is None or r.span.label != "PER" or r.prep:
            return None
        fits = all(self.toks[j].norm in _FORMER_OR_RANK or self._nisba_at(j) is not None for j in range(m.last + 1, r.first))
        return r if fits else None

    def _title_holder(self, sent: Sentence, h: Hit) -> bool:
        """Whether the recipient is the person a title subject names ("دعا نائب الرئيس الأفغاني ... الجنرال
        فلان"): a bare person after the title, of the title's country, with no other party between."""
        r = h.recipient
        if r is None or r.span.label != "PER" or r.prep or not h.actor or h.actor[0].span.label == "PER" \
                or not h.tok < h.actor[0].last < r.first:
            return False
        if any(h.tok < m.first < r.first and m is not h.actor[0] for m in sent.ments) \
                or any(self.boundary(j) for j in range(h.tok + 1, r.first)):
            return False
        return bool(self.sides(self.actor_dict(r)) & self.sides(self.actor_dict(h.actor[0])))

    def _place_like(self, m: Ment) -> bool:
        """A place standing where a party should: a city, or any place named after في/ب/إلى."""
        return m.span.label == "LOC" and (self.is_city(m) or m.prep in ("في", "ب", "الي")
                                          or self.toks[m.first].norm.startswith("بال"))  # "بالدرعية"

    def _party_after(self, sent: Sentence, h: Hit) -> Ment | None:
        """The first named group, person or organisation after the trigger, in its clause, that the act
        reaches: after ضد/على (or the entry's own prepositions), or bare after a place or time phrase
        when the act takes a direct object.  Not the actor, not a party inside a title or after a source
        word."""
        e, i = h.entry, h.tok
        actor = {key(a.span) for a in h.actor}
        start = max([i] + [a.last for a in h.actor if a.first > i])
        # (not في: "استهدف أوكارهم في محافظة صلاح الدين" is a place whatever its label; nor ب for an attack)
        preps = (set(e.preps) | {"ضد", "علي"}) - {"في"} - ({"ب"} if e.plover == "ASSAULT" else set())
        for m in sent.ments:
            if m.first <= start:
                continue
            if m.first - start > 15 or any(self.boundary(j) or self.toks[j].norm.lstrip("و") in _PARTY_STOPS
                                           for j in range(start + 1, m.first)):
                return None  # "قصف المتمردون عدن حيث تتقدم القوات ضد الحوثيين": another clause's party
            if self._clause_between(self.toks[start].end, m.span.start):
                return None
            if key(m.span) in actor or m.span.label not in ("ORG", "PER"):
                continue
            if m.prep in preps or (not m.prep and e.direct and e.plover != "ASSAULT"):
                return m
            if m.prep not in ("في", "ب") and not self._title_or_genitive(m):
                return None
        return None

    def _title_or_genitive(self, m: Ment) -> bool:
        """Whether a mention hangs on the noun before it (a title, a place's owner): it is then passed over."""
        return m.first > 0 and not self.toks[m.first - 1].punct and self.toks[m.first - 1].norm not in L.PREPOSITIONS

    def _victims(self, sent: Sentence, h: Hit, reach: int = 8) -> Ment | None:
        """The named group the counted dead or wounded belong to, near an attack: "قتل 7 عناصر من تنظيم داعش",
        "مقتل سبعة من قادة داعش", "قتل أحد مسلحي المقاومة الشعبية", a force by its head noun ("مقتل 17 عنصرا من
        قوات الأمن التركية"), the ranks they fell in ("ثلاثة قتلى في صفوف الجيش المالي") or the group's
        adjective counted ("مقتل 42 حوثيا")."""
        i = h.tok
        starts = sent.starts
        # (further back past an aside of who was among them: "عددا من عناصر حزب X بينهم قيادي في مجموعة Y قتلوا")
        among = any(self.toks[j].norm in _AMONG_THEM for j in range(max(sent.lo, i - 8), i))
        for j in range(max(sent.lo, i - max(reach, 14 if among else 8)), min(sent.hi, i + 10)):
            n = self.toks[j].norm
            ranks = n == "صفوف" and j > sent.lo and self.toks[j - 1].norm == "في"
            if j == i or not (ranks or checks_is_count(n) or n in ("احد", "احدى", "عدد", "عددا")):
                continue
            if ranks and j > i + 4 and has_word(self.toks[i].norm, _HARMED):
                continue  # "17 متمردا قتلوا، مشيرة إلى سقوط 11 قتيلا في صفوف القوات": other dead, other ranks
            if not ranks and j > sent.lo and self.toks[j - 1].norm in _AMONG_THEM:
                continue  # "844 قتيلا مدنيا بينهم 27 من الشرطة": a share of the dead, not who the act hit
            if not ranks and j > sent.lo and (self.toks[j - 1].norm == "و" or n[:1] == "و"):
                continue  # "قتل 47 متمردا و5 من القوات الموالية": both sides lost men, neither alone was hit
            if any(self._clause_split(k) for k in range(min(i, j), max(i, j))):
                continue  # "وأصيب 42 آخرون، بينما قتل 2 من رجال X": the other clause counts the other side's dead
            if j < i - (14 if among else 8) and any(self._not_same_toll(k) for k in range(j + 1, i)):
                # (further back only when the toll and the attack are one telling: "وسقط العشرات من مسلحي X بين
                # قتيل وجريح في مواجهات ... وغارات"; not "مقتل 7 من X ...، كما قتل مدنيان في قصف", "مقتل 12 من X
                # ... بعد محاولة عناصره شن هجوم", "37 من X و16 من Y في هجمات") (events40)
                continue
            k = j + 1
            if not ranks and k < sent.hi and k != i:
                counted = self._group_adjective(k, plural=True)
                if counted is not None:
                    return counted  # "خمسة حوثيين": the dead are the group's
            if k < sent.hi and _victim_head(self.toks[k].norm):
                k += 1  # "7 عناصر من داعش"
            if k < sent.hi and self.toks[k].norm == "من":
                k += 1
            if k < sent.hi and _victim_head(self.toks[k].norm):
                k += 1  # "سبعة من قادة داعش", "أحد مسلحي المقاومة"
            m = self._victim_group(sent, k, starts)
            if m is not None and m.span.label in ("ORG", "LOC", "PER") and not self.is_city(m) and m.prep in ("", "من"):
                return m
        return None

    def _fire_opener(self, sent: Sentence, h: Hit) -> Ment | None:
        """The named party standing between a verb of firing (أطلق، فتح) and the word النار that carries the
        attack: "سترد القوات إذا أطلقت كوريا الشمالية النار على الجنود" (events32).  Not a city, not the recipient."""
        i, toks = h.tok, self.toks
        if toks[i].norm.lstrip("و") != "النار":
            return None
        m = next((m for m in sent.ments if m.last == i - 1), None)
        if m is None or m.span.label not in ("ORG", "LOC", "PER") or self.is_city(m) or m.prep or m.first - 1 < sent.lo:
            return None
        if h.recipient is not None and key(h.recipient.span) == key(m.span):
            return None
        verb = toks[m.first - 1].norm
        return m if _FIRING_VERB.match(verb) else None

    def _named_among(self, sent: Sentence, h: Hit) -> Ment | None:
        """A person named among the counted victims of an attack (events32): a count after the trigger, in its
        clause, then "بينهم" and at most a title before the name — "خطف المسلحون ستة مهندسين بينهم وزير الأشغال
        فلان", "ستة موظفين من «الهيئة»، بينهم رئيس الهيئة فلان".  Not the actor; not past a
        clause break or another verb of the lexicon."""
        i, toks = h.tok, self.toks
        actor = {key(a.span) for a in h.actor}
        starts = sent.starts
        counted = False
        for j in range(i + 1, min(sent.hi, i + 14)):
            n = toks[j].norm
            if toks[j].punct and n in _QUOTE_MARKS:
                continue  # "ستة موظفين من «هيئة الإغاثة»، بينهم"
            if self.boundary(j) or (toks[j].punct and n not in ("،", ",")) or n.lstrip("و") in _CONTRAST_WORDS:
                return None
            if checks_is_count(n):
                counted = True
                continue
            if counted and n in _AMONG_THEM:
                for k in range(j + 1, min(sent.hi, j + 6)):
                    m = starts.get(k)
                    if m is not None:
                        if m.span.label == "PER" and key(m.span) not in actor:
                            return m
                        if not has_word(toks[k].norm, L.TITLES):
                            return None
                    if toks[k].punct or self.boundary(k):
                        return None
                return None
        return None

    def _envoy_post(self, sent: Sentence, h: Hit) -> Ment | None:
        """The country (or capital) where the actor's own envoy, recalled by ``h``, is posted: "سفيرها لدى طهران",
        "سفيره في قطر", "سفير المملكة لدى دولة قطر".  None for another country's envoy ("السفير التركي") or an
        envoy with no post named."""
        toks = self.toks
        starts = sent.starts
        start = self._past_subject(h)
        for j in range(start + 1, min(sent.hi, start + 4)):
            if self.boundary(j) or toks[j].punct:
                return None
            n = toks[j].norm
            if has_word(n, _OWN_ENVOYS):
                k = j + 1
            elif has_word(n, _ENVOYS) and j + 1 < sent.hi and has_word(toks[j + 1].norm, _OWN_COUNTRY):
                k = j + 2
            else:
                continue
            in_place = k in starts and starts[k].prep == "في"  # "سفيره في قطر": في glued to the mention
            if k >= sent.hi or not (in_place or has_word(toks[k].norm, _POSTED_AT)):
                return None
            if not in_place:
                k += 1
            while k < min(sent.hi, j + 6) and k not in starts and has_word(toks[k].norm, _STATE_WORDS):
                k += 1
            m = starts.get(k)
            if m is None or m.span.label != "LOC" or self.own_side(self.actor_dict(h.actor[0]), self.actor_dict(m)):
                return None
            return m
        return None

    def _deed_owner(self, sent: Sentence, h: Hit) -> Ment | None:
        """Whose statements, activities or attacks a condemnation is about: the party after them with لـ ("الأنشطة
        المؤذية لإيران"), after من قبل / من جانب ("من قبل المسؤولين الإيرانيين", "من قبل مسؤولي الجمهورية
        الإيرانية"), or their genitive ("هجمات جماعة بوكو حرام").  Not the actor's own side."""
        toks = self.toks
        starts = sent.starts
        start = self._past_subject(h)
        j = next((j for j in range(start + 1, min(sent.hi, start + 14))
                  if has_word(toks[j].norm, _DEEDS) or toks[j].norm in _DOINGS), None)
        if j is None or any(self.boundary(k) for k in range(start + 1, j + 1)):
            return None
        k = j + 1
        if toks[j].norm in _DOINGS:
            # the doer: the first name or nationality among the next words, before any preposition or mark
            # ("إقرار برلمان الاحتلال الإسرائيلي": Israel; "مصادقة الكنيست على قانون": the Knesset)
            m = None
            for k in range(j + 1, min(sent.hi, j + 5)):
                if k in starts:
                    m = starts[k] if not starts[k].prep else None
                    break
                nis = self._nisba_at(k)
                if nis is not None:
                    m = self._nisba_ment(k, nis)
                    break
                if toks[k].punct or toks[k].norm in L.PREPOSITIONS or self.boundary(k):
                    break
        elif k in starts and not starts[k].prep:
            m = starts[k]  # "هجمات جماعة بوكو حرام": the genitive
        else:
            # past two adjectives and the quote marks around them: "التصريحات «العدوانية» لإيران"
            n_adj = 0
            while k < min(sent.hi, j + 6) and k not in starts and (toks[k].norm in _QUOTE_MARKS or (
                    n_adj < 2 and not toks[k].punct and toks[k].norm.startswith("ال"))):
                n_adj += 0 if toks[k].norm in _QUOTE_MARKS else 1
                k += 1
            m = None
            if k in starts and starts[k].prep == "ل":
                m = starts[k]
            elif k + 1 < sent.hi and toks[k].norm == "من" and has_word(toks[k + 1].norm, _ON_BEHALF):
                k += 2
                m = starts.get(k)
                if m is None and k < sent.hi and has_word(toks[k].norm, _PEOPLE_OF):
                    m = starts.get(k + 1)
                    nis = self._nisba_at(k + 1) if m is None else None
                    plural = toks[k + 1].norm if m is None and k + 1 < sent.hi else ""
                    if nis is None and plural.endswith(("يين", "يون")) and plural[:-2] in L.NISBA:
                        nis = (L.NISBA[plural[:-2]], 1)  # "المسؤولين الإيرانيين": the plural of "الإيراني"
                    m = self._nisba_ment(k + 1, nis) if nis else m
        if m is None or m.span.label not in ("ORG", "LOC", "PER"):
            return None
        actor = self.actor_dict(h.actor[0])
        if key(m.span) in {key(a.span) for a in h.actor} or self.own_side(actor, self.actor_dict(m)):
            return None
        return m

    def _soldiers_of(self, sent: Sentence, h: Hit) -> Ment | None:
        """The country whose soldiers or police ``h`` harmed (:meth:`VictimsMixin.soldiers_struck`), unless it is
        the attacker's own: a strike on one's own men is told by its place, not read as an attack on oneself."""
        m = self.soldiers_struck(sent, h)
        if m is None or (h.actor and self.own_side(self.actor_dict(h.actor[0]), self.actor_dict(m))):
            return None
        return m

    def _in_named_region(self, sent: Sentence, m: Ment) -> bool:
        """Whether a place is named after في or ب by the noun of its kind: "في ولاية X", "بمحافظة X"."""
        if m.span.label != "LOC" or m.first - 1 < sent.lo:
            return False
        before = self.toks[m.first - 1].norm
        if not clitic_bases(before) & _PLACE_HEADS:
            return False
        return before[:1] == "ب" or (m.first - 2 >= sent.lo and self.toks[m.first - 2].norm == "في")

    def _where_it_fell(self, m: Ment) -> bool:
        """Whether a place stands as an attack's target only by telling where the attack fell: after في, فوق,
        داخل or (على) أراضي."""
        if m.span.label != "LOC":
            return False
        if m.prep == "في":
            return True
        if m.prep == "ب" and m.first > 0 and self.toks[m.first - 1].norm in _IN_PLACE_HEADS:
            return True  # "بمنطقة كورنيش المحضار", "بمدينة تعز": where it fell, as after في
        return m.first > 0 and bool(clitic_bases(self.toks[m.first - 1].norm) & _PLACE_PREPS)

    def _named_struck(self, sent: Sentence, h: Hit) -> Ment | None:
        """The named group or person an attack hit, told beside the country it fell in: whose positions
        (:meth:`_target_positions`), whose counted dead (:meth:`_victims`), the group whose leader was killed
        or targeted ("قياديا كبيرا في تنظيم القاعدة قتل في غارة", "قتلت قياديا بتنظيم X"), or a person killed
        ("أدت إلى مقتل فلان").  None when the sentence names no victim: the place may then stand as the target."""
        place = key(h.recipient.span) if h.recipient is not None else None
        taken = {key(a.span) for a in h.actor} | {place}

        def fits(m: Ment | None) -> bool:
            return m is not None and m.span.label in ("ORG", "PER") and key(m.span) not in taken

        for m in (self._target_positions(sent, h), self._victims(sent, h), self._killed_antecedent(sent, h)):
            if fits(m):
                return m
        toks = self.toks
        harmed = self._ends_in_object_pronoun(h) or any(
            has_word(toks[j].norm, _HARMED) or has_word(toks[j].norm, _KILLING) for j in range(sent.lo, sent.hi))
        if not harmed:
            return None
        starts = sent.starts
        for j in range(max(sent.lo, h.tok - 25), min(sent.hi, h.tok + 25)):
            if not has_word(toks[j].norm, _LEADERS):
                continue
            k = j + 1
            # past two adjectives, a quote mark and في: "قياديا ميدانيا كبيرا في «القاعدة»"
            while k < min(sent.hi, j + 5) and k not in starts and k not in self.in_mention \
                    and (toks[k].norm in _QUOTE_MARKS or toks[k].norm == "في"
                         or (not toks[k].punct and toks[k].norm.endswith(("ا", "ي", "ير")) and k - j <= 2)):
                k += 1
            m = starts.get(k)
            if fits(m) and m.span.label == "ORG" and m.prep in ("", "في", "ب"):
                return m
        for j in range(sent.lo, sent.hi - 1):
            if has_word(toks[j].norm, _KILLING):
                m = starts.get(j + 1)
                if fits(m) and m.span.label == "PER":  # (its preposition is the killing's: "إلى مقتل فلان")
                    return m
        return None

    def _killed_antecedent(self, sent: Sentence, h: Hit) -> Ment | None:
        """The person or group a relative clause of killing, right before the attack, is about: "فلان، الذي قتل في
        غارة (استهدفته)", "القيادي فلان الذي لقي مصرعه في هجوم" — the antecedent of الذي was struck."""
        toks = self.toks
        if h.entry.pos == "noun" and self._attack_noun_has_pronoun(h):
            # "أن العقيد فلانا قتل إثر استهدافه بقذيفة": the pronoun on the attack is the one killed, the party
            # right before the killing verb
            for k in range(h.tok - 1, max(sent.lo, h.tok - 4) - 1, -1):
                if self.boundary(k) or toks[k].norm in STRONG_PUNCT:
                    break
                if has_word(toks[k].norm, _HARMED) or has_word(toks[k].norm, _KILLING):
                    j = k - 1
                    while j > sent.lo and toks[j].norm in _QUOTE_MARKS:
                        j -= 1
                    m = next((x for x in sent.ments if x.last == j), None)
                    # (the ب of "بأن فلانا" is the complementizer's, not a preposition of the name)
                    bare = m is not None and (not m.prep or self.toks[m.first - 1].norm in L.COMPLEMENTIZERS)
                    return m if bare and m.span.label in ("PER", "ORG") else None
        for r in range(h.tok - 1, max(sent.lo, h.tok - 6) - 1, -1):
            if toks[r].punct or self.boundary(r):
                return None
            if toks[r].norm not in L.RELATIVES:
                continue
            if not any(has_word(toks[j].norm, _HARMED) or has_word(toks[j].norm, _KILLING) for j in range(r + 1, h.tok)):
                return None  # "الذي نفذ غارة": the antecedent struck, it was not struck
            j = r - 1
            if j >= sent.lo and toks[j].norm in ("،", ","):
                j -= 1
            m = next((x for x in sent.ments if x.last == j), None)
            return m if m is not None and m.span.label in ("PER", "ORG") and not m.prep else None
        return None

    def _attack_noun_has_pronoun(self, h: Hit) -> bool:
        """Whether an attack noun carries a possessive pronoun after an attack word of the lexicon ("استهدافه",
        "اغتيالهم"), also when the detector, not the lexicon, found it."""
        norm = self.toks[h.tok].norm[len(h.prefix):]
        suf = next((x for x in ("هما", "هم", "ها", "ه") if norm.endswith(x) and len(norm) - len(x) >= 3), None)
        return suf is not None and any(x.plover == "ASSAULT" for x in self.lex.get(norm[: -len(suf)]))

    def _not_same_toll(self, k: int) -> bool:
        """Whether token ``k``, between a count of dead and an attack further on, tells another act, another toll
        or another time: a verb of harm, كما, a contrast, an adjunct of time (بعد، قبل), another count with و."""
        n = self.toks[k].norm
        return (n in _TOLL_BREAKS or n.lstrip("و") in _TOLL_BREAKS
                or n[:1] == "و" and checks_is_count(n[1:]) or n.lstrip("و") in _CONTRAST_WORDS
                or n == "و" and k + 1 < len(self.toks) and checks_is_count(self.toks[k + 1].norm))

    def _members_named(self, sent: Sentence, h: Hit) -> Ment | None:
        """The organisation named after a count of its members or officials right after the verb (past its
        subject): "سبعة أعضاء وشركاء للفيفا", "خمسة من مسؤولي الاتحاد", "ثلاثة مسؤولين في الشركة".  None when no
        count of members comes within a few words, or no organisation follows them (events40)."""
        i = h.tok
        taken = {key(a.span) for a in h.actor}
        for j in range(i + 1, min(sent.hi - 2, i + 9)):
            if self.boundary(j) or self.toks[j].punct:
                return None
            if not checks_is_count(self.toks[j].norm):
                continue
            k = j + 1
            if self.toks[k].norm == "من":
                k += 1
            if k >= sent.hi or not (_victim_head(self.toks[k].norm) or self.toks[k].norm in _OFFICIALS):
                return None
            k += 1
            if k < sent.hi and self.toks[k].norm[:1] == "و" and k not in self.in_mention \
                    and (_victim_head(self.toks[k].norm[1:]) or self.toks[k].norm[1:] in _PARTNERS):
                k += 1  # "أعضاء وشركاء"
            if k < sent.hi and self.toks[k].norm in ("في", "من"):
                k += 1  # "مسؤولين في الشركة"
            m = sent.starts.get(k)
            if m is None or m.span.label != "ORG" or key(m.span) in taken or m.prep not in ("", "ل", "ب", "في", "من"):
                return None
            return m
        return None

    def _counted_members(self, sent: Sentence, i: int) -> Ment | None:
        """The group whose members a participle right after a count describes: "20 متهما من عناصر جماعة X"."""
        if i - 1 < sent.lo or not checks_is_count(self.toks[i - 1].norm):
            return None
        k = i + 1
        if k < sent.hi and self.toks[k].norm == "من":
            k += 1
            if k < sent.hi and _victim_head(self.toks[k].norm):
                k += 1
            m = self._victim_group(sent, k, sent.starts)
            if m is not None and m.span.label == "ORG":
                return m
        return None

    def _victim_group(self, sent: Sentence, k: int, starts: dict[int, Ment]) -> Ment | None:
        """The group named at token ``k`` after a count: a mention, or an armed force by its head noun, with the
        name right after it ("من ميليشيات الحوثي") or as a phrase ("من قوات الأمن العراقية")."""
        m = starts.get(k)
        if m is None and k < sent.hi:
            # "3042 من تنظيم "" ( داعش )", "من جماعة «X»": the name inside quote marks or brackets, after the noun of
            # its kind (the tagger leaves the noun out of the name then) (events34)
            n = k + 1 if self.toks[k].norm in _GROUP_KINDS else k
            while n < min(sent.hi, k + 5) and n not in starts and self.toks[n].norm in _NAME_BRACKETS:
                n += 1
            if n > k:
                m = starts.get(n)
        if m is None and k < sent.hi and has_word(self.toks[k].norm, L.ARMED_HEADS):
            m = starts.get(k + 1)
            if m is None or m.span.label == "PER":
                m = self._force_phrase(sent, k) or m  # "ميليشيات الحوثي": the force, not the man it is named after
        return m

    def _relative_antecedent(self, sent: Sentence, h: Hit) -> Ment | None:
        """The party a relative clause opened by the verb is about: "داعش التي احتلت الموصل" — ISIS
        occupied Mosul (the party after the verb is its object, not its subject)."""
        i = h.tok
        if h.prefix or i - 2 < sent.lo or self.toks[i - 1].norm not in L.RELATIVES:
            return None
        m = next((m for m in sent.ments if m.last == i - 2), None)
        if m is None or m.span.label not in ("ORG", "PER", "LOC") or self.is_city(m):
            return None
        if any(self.toks[j].norm in _RESUMPTIVES for j in range(i + 1, min(sent.hi, i + 3))):
            return None  # "السجن الذي تحتجز فيه الولايات المتحدة": the antecedent is where, not who
        return m  # whatever its case: "انتهينا بداعش التي احتلت الموصل" — ISIS occupied Mosul

    def _relative_light(self, sent: Sentence, light: int, i: int) -> tuple[list[Ment], Ment | None] | None:
        """A light verb opening a relative clause with a pronoun after it that takes up the antecedent ("فلان الذي
        وجهت له المحكمة اتهامات", "التي وجهت إليها الحكومة انتقادات"): the subject is the party between the pronoun
        and the noun, the antecedent its object.  (Its actor, and the antecedent when a name ends right before the
        relative; None when the verb opens no such clause.)"""
        if light - 1 < sent.lo or self.toks[light - 1].norm not in L.RELATIVES or light + 2 >= i \
                or self.toks[light + 1].norm not in _RESUMPTIVES:
            return None
        subject = next((m for m in sent.ments if light + 1 < m.first and m.last < i and not m.prep), None)
        if subject is None or any(self.boundary(j) for j in range(light + 2, subject.first)):
            return None
        antecedent = next((m for m in sent.ments if m.last == light - 2 and m.span.label in ("PER", "ORG", "LOC")), None)
        return [subject], antecedent

    def _attack_noun_agent(self, sent: Sentence, i: int) -> tuple[list[Ment], str]:
        """Who carried out an attack named by a noun: a party after لـ right behind it ("هجوما للحوثيين",
        "قصف لطيران التحالف"), or a nationality after a descriptive adjective ("الغارات الجوية التركية":
        Turkey strikes, it is not the target)."""
        j = i + 1
        if j < sent.hi and self.toks[j].norm in _ATTACK_ADJECTIVES:
            nis = self._nisba_at(j + 1)
            if nis:
                return [self._nisba_ment(j + 1, nis)], "nisba"
        group = self._group_adjective(j) if j < sent.hi and self._nisba_at(j) is None else None
        if group is not None:
            return [group], "nisba"  # "قصف حوثي على الأحياء": the Houthis shelled
        m = next((m for m in sent.ments if i < m.first <= i + 2), None)
        if m is not None and m.prep == "ل" and m.span.label in ("ORG", "PER", "LOC") and not self.is_city(m) \
                and all(self.toks[k].norm in _ATTACK_ADJECTIVES for k in range(i + 1, m.first)):
            return self.group_after(sent, m), "genitive"
        phrase = self._lam_agent(sent, i)
        return ([phrase], "phrase") if phrase is not None else ([], "")

    def _lam_agent(self, sent: Sentence, i: int) -> Ment | None:
        """An armed force after لـ behind an attack noun that takes its target with على ("هجوم للجان المقاومة
        الشعبية على نقطة", "كمين للمقاومة استهدف", "غارة جوية لطيران التحالف"): whose attack it was.  Not a noun
        that takes its object with لـ ("قصف لمواقع", "استهداف للقوات": the target), nor an ambush laid for
        someone ("نصبت كمينا للميليشيات": the militias are its target)."""
        if not has_word(self.toks[i].norm, _LAM_AGENT_NOUNS):
            return None
        if any(has_word(self.toks[j].norm, _LAID) for j in range(max(sent.lo, i - 4), i)):
            return None
        k = i + 1
        while k < sent.hi and self.toks[k].norm in _ATTACK_ADJECTIVES:
            k += 1
        if k >= sent.hi or self.toks[k].norm[:1] != "ل" or self.boundary(k):
            return None
        committees = self.toks[k].norm in _COMMITTEES and k + 1 < sent.hi and self.toks[k + 1].norm in _RESISTANCE
        if committees:
            k += 1  # "للجان المقاومة الشعبية": the resistance's committees
        elif k in self.in_mention:
            return None  # a name is read by the genitive rule above
        definite = committees or self.toks[k].norm.startswith("لل") or k + 1 < sent.hi and (
            k + 1 in self.in_mention or self.toks[k + 1].norm.startswith("ال"))
        if not definite:
            return None  # "غارات لتحالف تقوده السعودية": no force named by its name
        return self._armed_at(sent, k, i, lam=True)

    def _has_object_pronoun(self, h: Hit) -> bool:
        """Whether the verb of ``h`` carries an object pronoun that names a party ("استقبله", "زارها");
        not for verbs whose object is a companion noun ("الاتفاق الذي وقعه": the agreement)."""
        e = h.entry
        if e.pos != "verb" or not e.direct or e.needs or e.source != "lexicon" or e.frame in _PROPOSITION_FRAMES:
            return False  # "نفاه", "رفضه": the object is a claim or a proposal, not a party
        if h.tok > 0 and (self.toks[h.tok - 1].norm in L.RELATIVES or self.toks[h.tok - 1].norm == "ما"):
            return False  # "وهو ما تنفيه", "الذي زاره": the pronoun takes up the relative
        return self._ends_in_object_pronoun(h)

    def _powers_phrase(self, sent: Sentence, start: int) -> Ment | None:
        """The other side named as a group of states ("وقعت إيران والقوى الدولية الست", "مع الدول الكبرى"),
        as a mention without an entity."""
        for j in range(start + 1, min(sent.hi - 1, start + 5)):
            t = self.toks[j]
            if self.boundary(j) or t.punct:
                return None
            head = t.norm[1:] if t.norm[:1] == "و" and t.norm[1:] in _POWER_HEADS else t.norm
            if head in _POWER_HEADS and self.toks[j + 1].norm in _POWER_QUALIFIERS:
                last = j + 1
                while last + 1 < sent.hi and self.toks[last + 1].norm in _POWER_QUALIFIERS:
                    last += 1
                a = t.start + (len(t.norm) - len(head))
                b = self.toks[last].end
                return self.phrase_ment(a, b, j, last, prep="مع" if self.toks[j - 1].norm == "مع" else "",
                                        conj=head != t.norm)
            if j in self.in_mention:
                return None
        return None

    def _with_powers(self, sent: Sentence, start: int) -> Ment | None:
        """A group of powers after مع further on in the clause, written with brackets or digits:
        "توصلت طهران، بعد مفاوضات، إلى اتفاق ... مع مجموعة (5+1)"."""
        for j in range(start + 1, sent.hi - 2):
            if self.boundary(j) or self.toks[j].norm in ("حيث", "وحيث"):
                return None
            if self.toks[j].norm not in ("مع", "ومع"):
                continue
            if self.toks[j + 1].norm not in _POWER_HEADS:
                return None  # the first "مع" names the other side: "اجتماعا مع كل من وزير ..."
            k, last, seen = j + 2, None, []
            while k < sent.hi and len(seen) < 6:
                n = self.toks[k].norm
                if n in ("(", ")", "+", "5", "1") or n in _POWER_QUALIFIERS:
                    seen.append(n)
                    if n not in ("(", "+"):
                        last = k
                    k += 1
                    continue
                break
            digits = "".join(x for x in seen if x not in ("(", ")"))
            if last is None or not (digits in ("5+1", "1+5") or any(x in _POWER_QUALIFIERS for x in seen)):
                return None
            a, b = self.toks[j + 1].start, self.toks[last].end
            return self.phrase_ment(a, b, j + 1, last, prep="مع")
        return None

    def _accused_before_charge(self, sent: Sentence, h: Hit, stop: set[int]) -> Ment | None:
        """The bare party (with those joined to it by و) right before the charge of an accusation told by a verb
        ("بأنه", "بعدم", "بشن"), within 16 tokens of the verb, with no clause opener or other trigger between;
        not the accuser."""
        lo = max([h.tok] + [a.last for a in h.actor if a.first > h.tok])
        actor_keys = {key(a.span) for a in h.actor}
        for m in sent.ments:
            if m.first <= lo or m.prep or key(m.span) in actor_keys:
                continue
            # (a trigger noun after في is the medium or the occasion: "في تقرير سنوي", "في مقابلة")
            if m.first - h.tok > 16 or any(
                    self.boundary(j) or (j in stop and self.toks[j - 1].norm not in _IN_OR_DURING)
                    for j in range(h.tok + 1, m.first)):
                return None
            group = self.group_after(sent, m)
            if self._charge_follows(sent, group[-1].last):
                return m
        return self._accused_by_nationality(sent, h, lo, stop)

    def _accused_by_nationality(self, sent: Sentence, h: Hit, lo: int, stop: set[int]) -> Ment | None:
        """The accused told by common nouns right before the charge: a noun and its nationality ("اتهمت الخارجية
        البريطانية في بيان نشرته ليلا، النظام السوري بقصف الأحياء": the country), or an armed force ("اتهم المتمردون
        القوات الحكومية بإطلاق القذائف": the force); within 16 tokens of the verb, the same bounds as a named
        accused."""
        for j in range(lo + 2, min(sent.hi, h.tok + 17)):
            if self.boundary(j) or (j in stop and self.toks[j - 1].norm not in _IN_OR_DURING):
                return None
            if j in self.in_mention or self.toks[j - 1].punct or j - 1 in self.in_mention:
                continue
            nis = self._nisba_at(j)
            if nis is not None and self.toks[j - 1].norm.startswith("ال") \
                    and self._charge_follows(sent, j + nis[1] - 1):
                return self._nisba_ment(j, nis)
            if nis is None and j - 1 > lo + 1 and has_word(self.toks[j - 1].norm, L.ARMED_HEADS):
                # (not a force right after the verb: "اتهم المسلحون الانفصاليون القوات ..." — that is its subject)
                force = self._force_phrase(sent, j - 1)
                if force is not None and self._charge_follows(sent, force.last):
                    return force
        return None

    def _subject_words_after(self, sent: Sentence, h: Hit) -> bool:
        """Whether a verb with no named subject is followed by a definite word of its own before anything else
        ("اتهم المتمردون القوات ..."): a subject named by a common noun, so a party further on is its object."""
        j = h.tok + 1
        return j < sent.hi and j not in self.in_mention and not self.toks[j].punct \
            and self.toks[j].norm.startswith("ال") and not self.boundary(j)

    def _charge_follows(self, sent: Sentence, j: int) -> bool:
        """Whether the word after token ``j`` opens the charge of an accusation: ب + a noun ("بشن"،
        "بإسقاط"), not a name."""
        k = j + 1
        if k >= sent.hi or k in self.in_mention or self.toks[k].punct:
            return False
        n = self.toks[k].norm
        return n[:1] == "ب" and len(n) > 2 and n not in ("بين", "بعد", "بسبب", "بها", "به")

    def _denies_what_was_said(self, h: Hit) -> bool:
        """Whether a denial's object points back to what the sentence said before: a pronoun on the verb
        ("نفته"), ذلك / هذا after it, or ما / الذي / التي before it ("وهو ما نفته", "الأمر الذي نفته")."""
        i = h.tok
        if h.entry.pos != "verb":
            return False
        if self._ends_in_object_pronoun(h) or (i > 0 and self.toks[i - 1].norm in L.RELATIVES | {"ما"}):
            return True
        return i + 1 < len(self.toks) and self.toks[i + 1].norm in ("ذلك", "هذا", "هذه")

    def _noun_has_pronoun(self, h: Hit) -> bool:
        """Whether a noun trigger carries a possessive pronoun after a lexicon form of itself (اتهامه، اتهاماتها)."""
        norm = self.toks[h.tok].norm[len(h.prefix):]
        suf = next((x for x in ("هما", "هم", "ها", "ه") if norm.endswith(x) and len(norm) - len(x) >= 3), None)
        return suf is not None and any(x.key == h.entry.key for x in self.lex.get(norm[: -len(suf)]))

    def _ends_in_object_pronoun(self, h: Hit) -> bool:
        """Whether a verb ends in an object pronoun (تعارضه، استهدفها) after a lexicon form of itself."""
        if h.entry.pos != "verb" or h.entry.needs:
            return False
        norm = self.toks[h.tok].norm[len(h.prefix):]
        suf = next((x for x in ("هما", "هم", "ها", "ه") if norm.endswith(x) and len(norm) - len(x) >= 3), None)
        return suf is not None and any(x.key == h.entry.key for x in self.lex.get(norm[: -len(suf)]))

    def _plural_subject_suffix(self, h: Hit) -> bool:
        """Whether a verb ends in the plural subject suffix after a lexicon form of itself ("اتهموا", "يعارضون")."""
        if h.entry.pos != "verb":
            return False
        norm = self.toks[h.tok].norm[len(h.prefix):]
        return norm.endswith(("وا", "ون")) and len(norm) >= 5 \
            and any(x.key == h.entry.key for x in self.lex.get(norm[:-2]))

    def _object_pronoun(self, h: Hit) -> Ment | None:
        """The referent of a verb's object pronoun: the actor of the latest earlier event in the sentence."""
        if not self._has_object_pronoun(h):
            return None
        mine = {key(a.span) for a in h.actor}
        prev = next((x for x in reversed(self._sentence_hits) if x.tok < h.tok and x.actor
                     and key(x.actor[0].span) not in mine), None)
        return prev.actor[0] if prev is not None else None

    def _implicit_subject(self, sent: Sentence, h: Hit, earlier: list[Hit],
                          speeches: list[Speech]) -> tuple[list[Ment], str]:
        """A subject the sentence leaves unsaid, in the few constructions where news Arabic does so.

        * a coordinated verb continues the previous verb's subject: "زار X طهران والتقى ...";
        * a verb opening a sentence continues the previous sentence's: "... . كما تعهد بـ";
        * a first-person or "البلدين" subject inside a statement is (or includes) the speaker:
          "قال بوتين إن البلدين وقعا"; a verbal noun right after a speech verb is the speaker's act:
          "أعلنت واشنطن سحب قواتها".
        """
        i, toks = h.tok, self.toks
        # "أعلنت واشنطن سحب قواتها" — not "مؤكدا أن “الزيارة لم ...”", where the noun opens a clause
        cue = next((s for s in speeches if s.speaker_ment is not None and 0 <= i - s.cue <= 4
                    and not any(toks[j].norm in L.COMPLEMENTIZERS or toks[j].norm in _QUOTE_MARKS
                                for j in range(s.cue + 1, i))), None)
        if h.entry.pos == "noun":
            return ([cue.speaker_ment], "speaker") if cue is not None else ([], "")
        prev = next((x for x in reversed(earlier) if x.actor), None)
        if prev is not None and (h.prefix[:1] in ("و", "ف") or (i > sent.lo and toks[i - 1].norm in _CONTINUERS)):
            # "وقصفت مقاتلات التحالف ...، كما استهدفت ...": the same subject goes on
            return list(prev.actor), "discourse"
        if prev is not None and prev.entry.pos == "noun" and i + 1 < sent.hi and toks[i + 1].norm.startswith("خلال"):
            # "في زيارة ... التقى خلالها X": the visitor meets X during the visit
            return list(prev.actor), "discourse"
        stem = toks[i].norm[len(h.prefix):]
        if prev is not None and prev.entry.symmetric and prev.recipient is not None and stem.endswith(("ا", "وا")):
            # "وقع بوتين وكيم اتفاقا تعهدا فيه ...": a dual verb takes up both parties
            return list(prev.actor) + [prev.recipient], "discourse"
        sp = next((s for s in speeches if s.lo <= i < s.hi and s.speaker_ment is not None), None)
        near = {toks[j].norm for j in range(max(sent.lo, i - 2), min(sent.hi, i + 3))}
        if sp is not None and sp.speaker_ment.span.label in ("PER", "LOC") \
                and (stem.startswith("ن") or stem.endswith("نا") or near & L.PARTY_WORDS
                     or (i > sent.lo and toks[i - 1].norm in _HE_THAT)):  # "قال لافروف إنه اتفق": he, the speaker
            return [sp.speaker_ment], "speaker"
        opening = all(toks[j].norm in _OPENERS or toks[j].punct for j in range(sent.lo, i))
        if self.prev_actor and opening and i - sent.lo <= 3:
            return list(self.prev_actor), "discourse"
        return [], ""

    def emit(self, sent: Sentence, h: Hit, speeches: list[Speech], detected: float | None = None) -> Span | None:
        """The event span of ``h``, or None when it lacks participants or confidence.

        With ``detected`` (the detector's probability that the sentence reports this type) the event
        is emitted even without participants: "قتل 20 شخصا في انفجار" has no named actor or target.
        """
        e = h.entry
        if not h.emit:
            return None
        if e.plover == "ASSAULT" and self._matter_of_inquiry(sent, h.tok):
            return None
        if e.plover == "ASSAULT" and e.pos == "noun" and not h.actor and h.recipient is not None \
                and self._armed_genitive(sent, h):
            # "قصف مسلحي الحوثيين على جامع البخاري", "هجوم مقاتلي داعش على البلدة": the armed men the attack noun
            # takes as its genitive carried it out; what it hit follows على
            h.actor, h.actor_how, h.recipient = [h.recipient], "genitive", None
        if e.plover == "ASSAULT" and not h.actor and h.actor_how == "bare":
            # "شن التحالف غارات استهدفت قوات فلان": the strikes' attacker, never the party after the verb
            h.actor = self._attacker_of_attack_before(sent, h)
            h.actor_how = "agent" if h.actor else h.actor_how
        if e.plover == "ASSAULT" and not h.actor and h.actor_how != "bare":
            # (not after a bare noun subject: "«حربا على التطرف» تستهدف X" — X is the target)
            h.actor = self._attack_agent(sent, h)
            h.actor_how = "agent" if h.actor else h.actor_how
            if not h.actor:
                phrase = self._armed_phrase(sent, h)
                if phrase is not None:
                    h.actor, h.actor_how = [phrase], "phrase"
            if not h.actor and h.actor_how != "passive":
                named = self._named_attacker(sent, h)
                if named:
                    h.actor, h.actor_how = named, "agent"
        if e.plover == "ASSAULT" and not h.actor:
            # "إذا أطلقت كوريا الشمالية النار على الجنود": the party between a firing verb and النار fired (events32)
            shooter = self._fire_opener(sent, h)
            if shooter is not None:
                h.actor, h.actor_how = [shooter], "vso"
        if e.plover == "ASSAULT" and not h.actor:
            # "قتل جنود إسرائيليون شابا": soldiers named by their nationality, with an object after them, acted
            acting = self.soldiers_acting(sent, h)
            before = self.pluperfect_subject(sent, h) if acting is None else None
            if acting is not None:
                h.actor, h.actor_how = [acting], "vso"
            elif before is not None:
                # "وكانت القوات الحكومية قد قتلت خمسة مسلحين": the party between كان and قد did it
                h.actor, h.actor_how = [before], "svo"
            else:
                # "وأكد الجيش التركي أنه قتل أكثر من مئة مسلح": the force that says it killed
                teller = self.self_told_attacker(sent, h, speeches)
                if teller is not None:
                    h.actor, h.actor_how = [teller], "speaker"
        if e.plover == "ASSAULT" and not h.actor and e.pos == "noun":
            # "استهدفت غارات التحالف مواقع ...": the strikes are the coalition's — the party another attack trigger
            # of the sentence took as its attacker stands right after the noun, its genitive (events40)
            part = self._genitive_attacker(h, self._sentence_hits)
            if part is not None:
                h.actor, h.actor_how = [part], "genitive"
            else:
                # "في عمليات نوعية نفذتها المقاومة ...، خلال قصف ...": one of the operations it carried out
                part = self.operations_author(sent, h)
                if part is not None:
                    h.actor, h.actor_how = [part], "phrase"
        if e.plover == "ASSAULT" and not h.actor:
            # "وأصيب سبعة جنود بعد أن فجر مسلحون تابعون لحركة X عبوة": the harm's attacker is the subject of the act
            # it followed (events40)
            author = self.blast_author(sent, h) or self.latter_party(sent, h)
            if author is not None:
                h.actor, h.actor_how = [author], "agent"
        if e.plover == "ASSAULT" and not h.actor:
            # a force the readers above leave out: "إن طيران التحالف نفذ ضربة", "لغارات طيران التحالف", "قتلوا
            # خلال القتال مع قوات الأمن الأفغانية", "اشتباكات بين X وY" (see marsad.nlp.events.forces)
            found, how, other = self.force_attacker(sent, h)
            if found:
                h.actor, h.actor_how = found, how
                if other is not None and (h.recipient is None or self._place_like(h.recipient)):
                    h.recipient = other
            else:
                author = self.statement_author(sent, h, speeches)
                prev = next((x for x in reversed(self._sentence_hits) if x.tok < h.tok and x.entry.plover == "ASSAULT"),
                            None)
                if author is None and e.pos == "verb" and prev is not None and prev.actor_how == "speaker" \
                        and prev.actor and h.tok - prev.tok <= 8 and h.tok + 1 < sent.hi \
                        and h.tok + 1 not in self.in_mention and not has_word(self.toks[h.tok + 1].norm, L.ARMED_HEADS):
                    # "إن 12 غارة نفذت قرب الموصل، استهدفت مواقع للتنظيم": the strikes told go on targeting
                    author = prev.actor[0]
                if author is not None:
                    # "قال الجيش في بيان إن 12 غارة نفذت قرب الموصل": the force that tells its strikes struck
                    h.actor, h.actor_how = [author], "speaker"
        elif e.plover == "ASSAULT" and h.actor_how == "phrase":
            h.actor = [self.owner_of_aircraft(h.actor[0], sent)] + h.actor[1:]  # "مقاتلات اف-16 من سلاح الجو التركي"
        if h.actor and h.recipient is not None and key(h.actor[0].span) == key(h.recipient.span):
            h.recipient = None  # "قصف تنظيم «داعش» ...": the attacker is not its own target
        if h.recipient is not None and not e.symmetric and h.actor_how in ("vso", "svo", "title", "phrase") \
                and self._and_actor(sent, h):
            # "واستهدفت ميليشيات الحوثي والمخلوع صالح منازل المدنيين": the party joined to the actor by و is a
            # second actor (an object never opens with و); the object comes after both
            h.actor = h.actor + [h.recipient]
            h.recipient = self.recipient_after(sent, h, h.recipient.last, set())
        holder = self._holder_after_title(sent, h) if h.actor_how in ("vso", "title") else None
        if holder is not None:
            # "دعا زعيم حركة طالبان الجديد الملا فلان إلى الوحدة": the group names the title; the man who holds
            # it, named right after it, calls
            h.actor, h.actor_how = [holder], "vso"
            h.recipient = self.recipient_after(sent, h, h.actor[0].last, set())
        if h.actor_how == "title" and self._title_holder(sent, h):
            # "استنكر رئيس مجلس النواب العراقي الدكتور سليم الجبوري": the person the title names acts
            h.actor, h.actor_how, h.recipient = [h.recipient], "vso", None
        if h.recipient is not None and h.recipient.span.label in ("LOC", "ORG"):
            # "استنكرت الكويت تصريحات رئيس وزراء لبنان الأسبق فلان": the country names the title; the person
            # holding it, named right after it, is the one the act is about (events34)
            holder = self._holder_of_title(sent, h.recipient)
            if holder is not None and key(holder.span) not in {key(a.span) for a in h.actor}:
                h.recipient = holder
        if h.recipient is not None and self._venue(sent, h, h.recipient):
            # "رحب الوزراء بالمسودة ... في الصخيرات بالمملكة المغربية", "أدانت التفجير ... بمنطقة عسير": where it
            # happened is no party of a welcome, a condemnation or a meeting; a party the act reaches may be
            h.recipient = self._party_after(sent, h)
        if self._own_side(h):
            # "أدان مفتي مصر ...", "قصف شنته القوات الهندية": the actor's own country, organisation or city is
            # not whom it condemns, warns, meets or shells; a party the act reaches further on may be
            h.recipient = self._party_after(sent, h)
        if e.plover == "THREATEN" and e.pos == "noun" and h.tok + 2 < sent.hi \
                and self.toks[h.tok + 1].norm in L.RELATIVES and self.toks[h.tok + 2].norm in _POSED:
            return None  # "القضاء على التهديد الذي يشكله التنظيم": a danger, nobody threatened anyone
        if h.recipient is not None and e.plover == "REQUEST" and h.recipient.first > 0 \
                and self.toks[h.recipient.first - 1].norm in _VISIT_NOUNS and h.recipient.first - 1 > h.tok:
            h.recipient = None  # "دعوة إلى زيارة البصرة": Basra is where to go, not who is invited
        if h.recipient is not None and e.plover not in ("CONSULT", "COOPERATE", "AGREE") \
                and self._medium(sent, h.recipient):
            h.recipient = None  # "طالب النائب في تصريح للصحيفة بفتح تحقيق": the paper is not addressed
        if h.recipient is not None and self._nearby_party(sent, h):
            # "ندد الوزير أمام لجنة الدفاع بمجلس الشيوخ بـ...", "أشاد الوزير في مؤتمر صحفي مع نظيره المصري بـ...",
            # "رئيس مدينة الملك عبدالعزيز", "حاكم دبي الجمهور": the audience, the partner, a name inside the actor's
            # own title or inside another name, the agency the act was reported to — none is the target (events36)
            h.recipient = None
        if h.recipient is not None and (e.plover == "REQUEST" or e.key == "reject") \
                and self._in_request_content(sent, h):
            # "طالب الوزير بتقديم مساعدات للشعب الليبي", "طالب برفع العقوبات عن فنزويلا": who is asked stands
            # before what is asked; a party inside the content is its beneficiary, object or destination
            h.recipient = None
        if e.plover == "REQUEST":
            h.recipient = self._addressed_group(sent, h) or h.recipient
        if e.plover == "REJECT" and self._no_comment(sent, h):
            return None  # "رفضت الوزارة التعليق", "رفض مسؤول تأكيد أو نفي الأنباء": declining to speak refuses nothing
        if h.recipient is not None and e.plover in _NOT_SPATIAL_PARTY and self._where_to_or_against(sent, h):
            # "دعت طهران مواطنيها إلى عدم السفر إلى تركيا", "وعد ... بعودة حكومته إلى صنعاء": a destination is no
            # party to a call or a promise; "دعمها لجهود التصدي لتنظيم داعش": the foe of the effort is not backed
            h.recipient = None
        if e.plover in ("COERCE", "ASSAULT") and h.recipient is None:
            # "اعتقلت الشرطة سبعة أعضاء وشركاء للفيفا", "خمسة من مسؤولي الاتحاد": the body the counted members
            # or officials belong to is whom the act reached (events40)
            h.recipient = self._members_named(sent, h)
        if e.plover == "ASSAULT" and h.recipient is None:
            h.recipient = self._target_positions(sent, h) or self._owner_named_before(sent, h)
        if e.plover == "ASSAULT" and h.recipient is None:
            victims = self._victims(sent, h)
            if victims is not None and not (h.actor and key(h.actor[0].span) == key(victims.span)):
                # "مقتل سبعة من عناصر داعش": the group the dead belong to was hit; "مقتل ثلاثة من أفراد الشرطة
                # التونسية": a force ending in a nationality is the country, as for an attacker
                h.recipient = self._owner(victims)
        if h.recipient is None and e.plover == "ASSAULT" or h.recipient is not None and self._place_like(h.recipient) \
                and e.plover in _PARTY_OVER_PLACE:
            # "غارات نفذتها مقاتلات تركية ضد تنظيم داعش في سوريا", "استقبل الملك في قصره بالدرعية الرئيس
            # فلانا": a named group, person or organisation that the act reaches is its target or partner,
            # not the place where it happened
            party = self._party_after(sent, h)
            if party is None and e.plover == "ASSAULT" and h.recipient is not None:
                # "استهدفت تجمعات وجسورا ونقاط تفتيش لتنظيم «داعش» في سوريا": whose positions were hit, not where
                party = self._target_positions(sent, h)
            if party is not None:
                h.recipient = party
        if e.plover == "ASSAULT" and h.recipient is None and e.source != "detector":
            # "وسقط العشرات من المسلحين الحوثيين بين قتيل وجريح في مواجهات ... في مأرب وغارات للتحالف": the group
            # whose dead the sentence counts, further back, was hit, not the province it fell in (events40)
            victims = self._victims(sent, h, reach=24)
            if victims is not None and victims.span.label == "ORG" and not self._place_like(victims) \
                    and not any(key(a.span) == key(victims.span) for a in h.actor):
                h.recipient = self._owner(victims)
        if e.plover == "ASSAULT" and h.recipient is None:
            # "فلان الذي قتل في غارة", "فلان قتل إثر استهدافه": the one killed, named before
            h.recipient = self._killed_antecedent(sent, h)
        if e.plover == "ASSAULT" and h.recipient is None and e.source != "detector":
            place = self.place_for(sent, h)
            if place is not None:  # "قصفت ... مواقع في جنوب لبنان": the place is what was hit
                h.recipient = place[1]
        if e.plover == "ASSAULT" and h.recipient is not None and self._where_it_fell(h.recipient):
            # "غارة أمريكية في أفغانستان قتلت قياديا بتنظيم القاعدة", "غارة فوق سوريا أدت إلى مقتل فلان": the
            # country is where the strike fell; the named group or person it hit is the target
            struck = self._named_struck(sent, h) or self._owner_named_before(sent, h) or self._soldiers_of(sent, h)
            if struck is not None:
                h.recipient = self._owner(struck)
        if e.plover == "ASSAULT" and h.recipient is not None and self._in_named_region(sent, h.recipient):
            # "قتل 12 جنديا عراقيا في غارة على حاجز في محافظة ديالى": the province is where it fell, the soldiers'
            # country was hit
            h.recipient = self._soldiers_of(sent, h) or h.recipient
        if e.plover == "ASSAULT" and h.recipient is None:
            # "مقتل عشرة من الجنود الأفغان", "قتل ضابط و3 جنود بالجيش اللبناني بانفجار": the country whose soldiers
            # or police were counted dead or wounded was hit
            h.recipient = self._soldiers_of(sent, h)
        if e.plover == "ASSAULT" and h.recipient is None:
            # "خطف المسلحون ستة مهندسين بينهم وزير الأشغال فلان": the person named among the counted was hit
            h.recipient = self._named_among(sent, h)
        if e.plover == "ASSAULT" and h.recipient is None:
            # "مقتل الشاب فلان برصاص الجيش", "قتل فلان بنيران قناص": the person named as killed (events33)
            h.recipient = self.named_dead(sent, h)
        if e.plover == "ASSAULT" and h.recipient is None:
            # "قتل شاب فلسطيني برصاص الجيش الإسرائيلي": the country whose people the casualty word counts (events33),
            # unless it is the attacker's own
            people = self.civilians_struck(sent, h)
            if people is not None and not (h.actor and self.own_side(self.actor_dict(h.actor[0]),
                                                                     self.actor_dict(people))):
                h.recipient = people
        if e.plover == "ASSAULT" and h.actor and h.recipient is not None and self._loyal_force_of_actor(sent, h):
            # "قصف شنه الحوثيون وقوات موالية للرئيس السابق فلان على أحياء": the man the forces joined to the
            # attacker are loyal to is on the attackers' side, not their target (events34)
            loyal = h.recipient
            h.actor = h.actor + [loyal]
            h.recipient = self.recipient_after(sent, h, loyal.last, set())
            if h.recipient is None and loyal.last + 1 < sent.hi and self.toks[loyal.last + 1].norm == _ON_FOLDED:
                # "على أحياء سكنية بمدينة تعز": the town of what was hit may stand as the target
                h.recipient = next((m for m in sent.ments if loyal.last + 1 < m.first <= loyal.last + 7
                                    and m.span.label == "LOC"
                                    and not any(self.boundary(j) for j in range(loyal.last + 1, m.first))), None)
        if self._own_side(h) or (h.recipient is not None and self._venue(sent, h, h.recipient)):
            h.recipient = None
        if e.key == "expel" and h.recipient is None and h.actor:
            # "استدعت البحرين سفيرها لدى طهران", "استدعت الخارجية سفير المملكة لدى الجمهورية الإيرانية": a recall
            # of one's own envoy is aimed at the country where he is posted (not a venue: the act is not there)
            h.recipient = self._envoy_post(sent, h)
        if e.key == "condemn" and h.recipient is None and h.actor:
            # "أدانت المنامة التصريحات العدائية من قبل المسؤولين الإيرانيين", "ندد كارتر بالأنشطة المؤذية لإيران":
            # whose statements or deeds are condemned is the one condemned
            h.recipient = self._deed_owner(sent, h)
        if e.plover == "ASSAULT" and not h.actor and h.recipient is not None:
            # "اندلعت مواجهات بين المقاومة الشعبية من جانب ومسلحي الحوثي ...، ما أسفر عن مقتل تسعة من الحوثيين":
            # the dead of one side of a clash the sentence tells fell to the other side (events33)
            side = self.far_clash_side(sent, h)
            if side is not None:
                h.actor, h.actor_how = [side], "clash"
        if e.plover == "ASSAULT" and not h.actor and h.actor_how != "bare" and h.recipient is not None:
            prior = self._earlier_raider(sent, h)
            if prior is not None:
                # "غارات نفذتها طائرات التحالف ...، موضحة أن الغارات الأربع استهدفت ... وغارة خامسة استهدفت
                # ...": the later strikes of the sentence, with a target of their own, are the same raiders'
                h.actor, h.actor_how = prior, "anaphor"
        if h.recipient is not None and self._time_named(sent, h, h.recipient):
            h.recipient = None  # "محادثات ... بعد أربع سنوات من الإطاحة بمعمر القذافي": a time, not a party
        if any(self._time_named(sent, h, m) for m in h.actor):
            h.actor = [m for m in h.actor if not self._time_named(sent, h, m)]
            h.actor_how = h.actor_how if h.actor else ""
        if h.emit == "named" and not (e.source == "lexicon" and h.actor):
            return None  # beside an unexplained blast or old ordnance going off: an attack only with its attacker
        if h.emit == "weak" and not (e.source == "lexicon" and h.recipient is not None and (
                (h.actor and h.actor_how in ("vso", "svo", "title", "agent", "phrase")) or h.actor_how == "passive"
                or e.plover == "PROTEST")):
            # below the detector's threshold only a fully coded event goes out: "قصفت القوات الروسية
            # محطة في أوديسا" (actor and target), "تظاهر آلاف أمام السفارة الإسرائيلية" (whom it is against)
            return None
        if e.plover not in _ACTORLESS and detected is None:
            if self.opt.known_party and not any(self._known(m) for m in [*h.actor[:1], h.recipient] if m is not None):
                return None  # nobody the knowledge base knows as a political actor takes part
            if h.actor_how in ("discourse", "speaker") and h.companion is None \
                    and not (h.recipient is not None and self._known(h.recipient)):
                return None  # an actor carried over from elsewhere, and nothing to hold it to
            if any(m.span.label == "MISC" for m in [*h.actor[:1], h.recipient] if m is not None):
                return None  # "الله", a product, an event name: not a party
            if sent.span.end - sent.span.start > self.opt.max_sentence_chars:
                return None  # several sentences the splitter could not cut (an open quote): parties get mixed up
            if e.plover in _DYADIC and h.recipient is None:
                # a meeting needs a counterpart ("بحث الاتحاد فرض عقوبات" is none), a demand, a warning or
                # praise someone it is addressed to ("حذرت الجمعية من الألعاب النارية" is advice)
                return None
            if e.plover == "COERCE" and not h.actor:
                return None  # "تنتهي بالغرق أو بالاعتقال": an arrest by nobody is a circumstance, not an event
            if h.actor and h.recipient is not None and key(h.actor[0].span) == key(h.recipient.span):
                return None  # "لقاء سعودي – سعودي": one party is no interaction
            if e.key == "host" and h.recipient is not None and (self.is_city(h.recipient) or h.recipient.prep == "في"):
                return None  # "استقبل أمير المنطقة ... في قصر": a guest is a person or a delegation, not a place
            if self._other_domain(sent) or self._genitive_noun(sent, h):
                return None
        if h.actor and self._sport_body(h.actor[0]):
            return None  # "رفض الاتحاد الأفريقي لكرة القدم ...": a sports federation acts in sport, not politics
        if self._fixture(h):
            return None  # "وتلتقي ليبيا مع رواندا" in a report on a draw: a match, not talks
        if self._interview(sent, h):
            return None  # "وقال الوزير في لقاء بثته قناة X": an interview is a statement, not talks (events41)
        embedded = h.frame_of is not None and h.frame_of.entry.frame in ("accuse", "deny")
        if detected is None:
            if not h.actor and not (e.passive or e.plover in _ACTORLESS or embedded
                                    or h.actor_how in ("passive", "agent")):
                return None
            if not h.actor and h.recipient is None:
                return None
            if e.source == "petrarch" and h.actor_how not in ("vso", "svo", "title"):
                return None
        negated, modality, reported_by = self.modality(sent, h, speeches)
        if negated and h.tok > sent.lo and self.toks[h.tok - 1].norm in ("عدم", "دون", "بدون", "لعدم", "وعدم"):
            return None  # "يجب عدم تهديد أمن إسرائيل": no threat is told, only its absence
        if h.emit == "weak" and (negated or modality not in ("asserted", "reported")):
            return None
        if self._almanac(sent):
            return None  # "1973 - إسرائيل تعترض طائرة": a line of a this-day-in-history list
        if self._heading_noun(sent, h):
            return None  # "هجوم بصنعاء وشهدت العاصمة هجوما ...": a subheading told again by its paragraph (events34)
        background = self._background(sent, h.tok)
        if background and e.plover in ("PROTEST", "ASSAULT") and (self._recall_opened(sent, h.tok)
                                                                  or self._told_long_ago(sent, h)):
            # "يذكر أن مسلحين هاجموا ... عام 2001": a recollection, not the news being told.  The pluperfect alone
            # ("وكانت القوات قد قتلت ... أمس") reports the days' news as often as history: only a time told long
            # before the report (a year, a date weeks back) makes it a recollection
            return None
        if e.plover == "ASSAULT" and h.actor and self.vehicle_alone(h.actor[0]):
            # "قتلت غارة شنتها طائرة ...": a single aircraft, vehicle or weapon whose owner the sentence does not
            # name is no party; the attack goes out without an attacker (events38; an owner the sentence names was
            # taken by owner_of_aircraft: "طائرة تابعة لقوات التحالف")
            h.actor = h.actor[1:]
            h.actor_how = h.actor_how if h.actor else ""
        conf = e.confidence - {"discourse": 0.2, "speaker": 0.15, "frame": 0.05, "nisba": 0.1}.get(h.actor_how, 0.0)
        if h.recipient is None:
            conf -= 0.05
        if not h.actor:
            conf -= 0.1
        if detected is not None:
            conf = max(conf, detected - 0.1)
        conf = round(max(0.05, min(0.99, conf)), 2)
        if conf < self.opt.min_confidence and detected is None:
            return None
        if e.plover == "PROTEST":
            # whom the protest is against, or the author of the act it is against; never its place (events42)
            told, target = self.protest_target(sent, h)
            if told:
                h.recipient = target
            elif h.recipient is not None and (h.recipient.prep == "في" or self.is_city(h.recipient)):
                h.recipient = None
            elif h.recipient is not None and h.recipient.prep in ("على", "علي") and h.recipient.first > h.tok + 2:
                # "مسيرات في ذكرى إطلاق حارس النار على فلان": على far from the protest word is another
                # act's (the one it hits is no target of the protest)
                h.recipient = None
        tok = self.toks[h.tok]
        resume = h.recipient.span.start if h.recipient is not None and h.recipient.first > h.tok else None
        date, date_source = self.date_for(sent, tok.start, future_ok=modality in ("future", "hypothetical"),
                                          resume=resume, ahead=modality == "future", plover=e.plover,
                                          told=not negated and modality in ("asserted", "reported"))
        if date_source == "article":
            # A sentence that tells no time leaves the act's date untold: the report's day is when it was told,
            # not when it happened.  Read on SaudiNewsNet 2015-08-07 (all 174 coded events, an independent
            # reader), 36 of the 66 events dated by their report and otherwise right had the wrong day: the
            # morning papers' "yesterday" said in another sentence, background, history.  The report's day
            # stays with the event (``EventRecord.date`` falls back to it for ordering and --since/--until).
            date, date_source = None, None
        place = self.place_for(sent, h)
        data: dict[str, Any] = {
            "mode": h.mode, "actor": self.actor_dict(h.actor[0]) if h.actor else None,
            "recipient": self.actor_dict(h.recipient) if h.recipient else None,
            "date": date, "date_source": date_source, "place": place[0] if place else None,
            "negated": negated, "modality": modality, "confidence": conf, "reported_by": reported_by,
            "sentence": [sent.span.start, sent.span.end], "trigger": [tok.start, tok.end],
            "trigger_text": self.text[tok.start:tok.end], "pattern": e.key, "source": e.source,
            "actor_from": h.actor_how,
        }
        if date_source == "announcement":
            # "أعلنت الوزارة أمس مقتل ثلاثة": the act's clause tells no time, the statement that tells it does —
            # the act happened that day or before, not necessarily on it
            data["date_bound"] = "on_or_before"
        if background:
            data["background"] = True
        if detected is not None:
            data["detector"] = round(detected, 3)
        if len(h.actor) > 1:
            data["co_actors"] = [self.actor_dict(m) for m in h.actor[1:]]
        # named parties near the trigger the event leaves out: the sign of a missed actor or target
        used = {key(m.span) for m in h.actor} | ({key(h.recipient.span)} if h.recipient is not None else set())
        # an armed force named by a common noun ("قوات الأمن", "طائرات التحالف") while the event has no actor
        # in the trigger's own clause: "قال متحدث باسم الجيش إن جنديين قتلا في هجوم" names no attacker
        lo, hi = h.tok, h.tok
        while lo > sent.lo and not self.boundary(lo - 1):
            lo -= 1
        while hi + 1 < sent.hi and not self.boundary(hi + 1):
            hi += 1
        data["forces_unplaced"] = not h.actor and any(has_word(self.toks[j].norm, L.ARMED_HEADS)
                                                      for j in range(lo, hi + 1))
        data["parties_left_out"] = sum(1 for m in sent.ments if abs(m.first - h.tok) <= _NEAR and key(m.span) not in used
                                       and (m.span.label in ("PER", "ORG") or self._known(m)) and not self.is_city(m))
        if e.cameo:
            data["cameo"] = e.cameo
        name = self.agreement_name(h)
        if name:
            data["agreement"] = name
        span = Span("event", tok.start, tok.end, e.plover, data)
        self.events.append(span)
        return span


_NORM, _PUNCT = attrgetter("norm"), attrgetter("punct")


def code_events(doc: Doc, options: CoderOptions | None = None, kb: Any = None) -> list[Span]:
    """Code the PLOVER events of ``doc`` from its ``sentence`` and ``mention`` layers.

    Args:
        doc: the article with its ``sentence`` and ``mention`` layers (``timex`` and
            ``quote`` are used when present).
        options: coder settings.
        kb: a knowledge base (``marsad.nlp.kb.KnowledgeBase``) whose dated roles
            give a person's country (Putin → Russia); optional.

    Returns:
        The event spans; the stage appends them to the ``event`` layer.
    """
    if not isinstance(doc, Doc):
        raise InputError(f"code_events expects a Doc (article + layers), got {type(doc).__name__}")
    n = len(doc.text)
    for kind in ("sentence", "mention", "timex", "quote"):
        for s in doc.layers.get(kind, []):
            if not 0 <= s.start <= s.end <= n:
                raise InputError(f"{kind} span [{s.start}, {s.end}] of article {doc.article.id} is outside the text "
                                 f"(length {n}); re-run the stage that produced it")
    return _Run(doc, options or CoderOptions(), kb).run()


def _events_stage(doc: Doc, res: Resources) -> None:
    from marsad.nlp.linking import kb_for  # the KB the linking stage loaded (cached in res)

    options = res.get("events.options", lambda: CoderOptions(**res.settings.get("events", {})))
    doc.layer("event").extend(code_events(doc, options, kb_for(res)))


EVENTS = Stage(
    # 74: a bomb defused beside an attack told by its own form keeps the attack (lastread46a); 73: a bomb defused,
    # found or seized before it went off is no attack (events46)
    # 72: ... not past «أن», which opens the attack's own clause ("كشف التحقيق أن الهجوم نفذه ..."; lastread45)
    # 71: an attack named as the matter of an inquiry, a charge or a network is not coded (_MATTER_OF; events45)
    # 70: «دارة», «برنامج», «نفق», «جامعتي», «مخطط», «طرق», «وسام», «سد», «ميدان»,
    # «باب», «كأس» name an institution after a person
    # (named_after); the kings of Saudi Arabia 1932-1982 in the KB (actors47)
    name="events", version="74", func=_events_stage, requires=("sentence", "timex", "mention", "quote"),
    assigns=("event",),
    doc="PLOVER events (type, mode, actor, recipient, date, place, modality) from Arabic trigger patterns.",
)

__all__ = ["CoderOptions", "code_events", "EVENTS"]
