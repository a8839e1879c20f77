"""Steps in the life of an agreement, as one article reports them.

The :data:`TREATY_STEPS` stage marks each sentence that reports a step of a
named (or referred-to) agreement: negotiated, concluded, signed, ratified (by a
party or one of its bodies), endorsed (a Security Council resolution), entered
into force, suspended, withdrawn from, extended or renewed, replaced by a new one
(issue 15; see below).  Each ``treaty_step`` span carries:

* ``name`` — the agreement as the article names it ("اتفاقية شراكة استراتيجية
  شاملة"); a bare noun ("المعاهدة", "الاتفاق") takes the article's most
  specific name for an agreement — or, when the article names two different
  ones, the one named last before it; a plural ("الاتفاقيات") or a noun named
  by words of its own ("اتفاقية الحد من ...") takes none — and ``said`` keeps
  the words as written;
* ``parties`` — countries (persons and adjectives folded to countries) and
  groups such as the P5+1 named where the clause makes them parties: between
  the cue and the agreement, as the subject right before a verb cue or right
  after a cue that follows the agreement, after بين/مع, or as a nationality of
  the agreement, a body or an office; for a verbal noun after talks ("يبدأ الاتحاد الأوروبي وتونس
  مفاوضات لتوقيع اتفاق"), the subject of the talks.  A speaker, a country that welcomes the
  deal, the place of signing ("في جنيف") and a city in the name ("اتفاق فيينا")
  are not parties.  Words that stand for a country count: "المملكة" in a paper of
  a kingdom (its outlet's country), "بلاده" (the country of the nearest person or
  office, else of the one who speaks), "أوروبا" (the European Union).  When the
  clause names fewer than two, an agreement "with" a country ("بموجب اتفاق مع
  تركيا", "الموقعة مع باكستان") takes the subject of its clause (not a country
  that reacts, the object of a preposition, or the subject of a clause the
  agreement only frames: "في أعقاب الاتفاق"), then the countries the event coder
  found agreeing in the sentence.  After بين, each side may be a body of its
  country ("بين الهيئة ... في السعودية، ووكالة ... البرازيلية").  ``by`` is the party or body
  that took a ratification or withdrawal; ``organisations`` marks a step whose
  parties are companies or institutions (a contract, not a treaty of states);
* ``date`` / ``date_source`` — the time expression (or bare year) near the step
  ("timex"; a month takes the year written after it: "ديسمبر لعام 2008"), else,
  for a step recalled ("الاتفاق الموقع", "الذي توصلت إليه", "بعد توقيع") or told in the pluperfect ("وكانت
  الحكومتان قد وقعتا", "كان قد زار ...، ووقع") or after "ويذكر أن", the one date its sentence writes out
  ("بتاريخ 13 سبتمبر 1993", "في 18 يونيو الماضي"; a month alone, "في أواخر يونيو المنصرم", when the sentence
  tells no other time; never the start of a span, "منذ مارس الماضي"), else the article's date: "article" for a
  step reported, "before" for one recalled — it happened by then; "session" for a body's step told as taken in
  the session the lead sentence (or the second or third, when the lead does not tell it) dates (the day inferred,
  not read).  An offset counted from the step ("يوم 13 يوليو، قبل يوم على توقيع") dates it from the day told before
  it.  A signing listed among
  past events ("كانت هناك أحداث ...، وتوقيع اتفاقية كامب ديفيد") has no date (None): the report's day is not
  its.  A day and month without a year, months after the report and told after a step taken ("توصلوا إلى
  اتفاق ... يوم 24 نوفمبر" in July), is last year's.
  ``modality`` is "done" or "expected" (سـ، سوف، من المقرر ..., a signing
  authorised: "تفويض الوزير بالتوقيع"); negated, hypothetical, either-way,
  awaited ("حالما", "إذا ... فإن", "في انتظار توقيع") and ended ("انتهاء سريان") steps are not marked.  A weekday or "أمس"
  inside a quotation is the speaker's, not the report's: it dates no step;
* steps are told in many words: agreeing on the text ("اتفقا على النص النهائي للمعاهدة") or ending the talks
  concludes; a vote "لصالح التصديق", approval granted ("منح ... موافقته على") or a decision approving it
  ratifies; "ذيّل ... بتوقيعه" signs; "أصبحت ... نافذة" is in force.  A statute ("نظام روما الأساسي") is an
  agreement, and the court it creates stands for it when a state withdraws from the court; each country named as
  the subject of a withdrawal, suspension or ratification takes its own step;
* ``named_for`` — the city an agreement's name is alone ("اتفاق فيينا"), and ``at`` the cities the sentence
  places the step in ("أبرم في فيينا", "في العاصمة النمساوية فيينا"): the records join the two.

* an agreement's term ``extended`` or renewed ("مددت الحكومتان الاتفاقية لمدة عامين", "جددت ... العمل بالاتفاق",
  "وقع الوزيران ملحق تمديد الاتفاقية") only when the agreement itself is what is extended (not a deadline, a visa,
  a truce's talks, a call renewed, nor the renewal talks are about), with ``until`` (its new end) and ``period``
  (ISO 8601) when the clause gives them; an agreement ``replaced`` ("اتفاقية جديدة تحل محل اتفاقية 1990") is a step
  of the old one, on the day and of the modality of the new one's signing or entry into force, ``replacing`` naming
  the new one (whose steps name under ``replaces`` what they replace); an article that says how long an agreement
  holds ("ومدتها خمس سنوات قابلة للتجديد") puts ``duration`` on its steps (issue 15).

A learned reader (:mod:`marsad.nlp.events.step_reader`, a logistic regression per kind trained on the gold sets)
is heard after the rules when ``MARSAD_TREATY_STEP_MODEL`` asks for it (off by default: see there), in a report
they read a step in: a sentence
naming an agreement where it hears a kind the rules read no cue word of is read as the rules read a step of that
kind there (:func:`learned_steps`), its span the sentence, marked ``how: "learned"``, and dated from the word the
reader heard it in (:func:`heard_word`), then from its clause (:func:`_learned_date`); such a step joins the record
its report's rule steps of that agreement made and never makes, joins or splits a record
(:mod:`marsad.nlp.events.treaty_life`).

:mod:`marsad.nlp.events.treaties` assembles the spans of all articles into one
record per agreement.
"""

from __future__ import annotations

import bisect
import re
from datetime import date as _date, timedelta
from functools import cached_property, lru_cache
from itertools import compress
from operator import attrgetter
from typing import Any, Iterator

from marsad.arabic.lexicon import default_lexicon
from marsad.models import Doc, Span
from marsad.nlp import timex_lexicon as _tx
from marsad.nlp.timex import gregorian_to_hijri_year, hijri_to_gregorian
from marsad.nlp.events import lexicon as L
from marsad.nlp.events.analysis import _tokens, anchor_date, has_word
from marsad.nlp.events.lexicon import fold
from marsad.pipeline.stage import Resources, Stage

# An agreement's term extended or renewed, and an agreement replaced by a new one, are steps of its life too (issue 15;
# see _extends and _replacements).
STEP_KINDS = ("negotiated", "concluded", "signed", "ratified", "endorsed", "in_force", "suspended", "withdrawn",
              "extended", "replaced")

# Head nouns of an agreement (folded; clitics stripped before lookup).
TREATY_NOUNS = L._w("اتفاق اتفاقا اتفاقية اتفاقيات اتفاقات معاهدة معاهدات ميثاق بروتوكول اتفاقيه")
_GENERIC_PLURALS = L._w("اتفاقيات اتفاقات معاهدات")
# two agreements: "دخلت اتفاقيتا العمل والنقل البحري حيز التنفيذ", "صادق على الاتفاقيتين"
_DUALS = L._w("اتفاقيتا اتفاقيتي اتفاقيتين اتفاقيتان معاهدتا معاهدتي معاهدتين معاهدتان اتفاقين اتفاقان")
# Words that continue a name after the head noun, beyond the coder's list.
NAME_WORDS = L.AGREEMENT_NAME_WORDS | L._w(
    "نووي النووي نووية النووية التاريخي التاريخية الإطاري الإطار إطار الإطارية حظر انتشار الأسلحة أسلحة "
    "الانتشار التجارب الشامل شامل الحدود ترسيم الهدنة هدنة السلام الأمن الأمني "
    "الاستثمار الاستثمارات الطاقة المناخ للتجارة الحرة التجارة التجاري التجارية التعاون التعاون الاقتصادي "
    "الاقتصادية اقتصادية اقتصادي حسن الجوار الصداقة صداقة وتعاون والتعاون والصداقة والشراكة ستارت "
    "فيينا باريس أوسلو كامب ديفيد جنيف أبراهام الطائف الرياض البحرية البحري البرية المائية المياه "
    "مينسك دايتون كيوتو مياه")
# Cities agreements are named for ("اتفاق فيينا"), read as cities when no mention says so.
_CITY_NAMES = L._w("فيينا باريس أوسلو جنيف مينسك الطائف الرياض دايتون كيوتو لوزان مدريد الدوحة الجزائر الصخيرات "
                   "شرم أستانا سوتشي")
# Cities that name an agreement with a number after them: "مينسك 2".
_NUMBERED_CITIES = L._w("مينسك أوسلو جنيف")
# A year or a city closing a name: "معاهدة عام 1965", "اتفاق فيينا".
_YEAR = re.compile(r"^(1[89]|20)\d\d$")
# Words that may follow a bare year (a count is followed by what it counts: "2000 طن")
_AFTER_YEAR = L._w("م هـ ه ميلادي ميلادية الميلادي الميلادية في على من إلى الى بين مع حين عندما بعد قبل حتى ثم "
                   "حيث لكن بينما اي أي عندها")
_PRONOUN_SUFFIX = ("هما", "ها", "هم", "ه")
# Words that end a name read through the construct state (folded).
# A statute: "نظام روما الأساسي", "النظام الأساسي للمحكمة الجنائية الدولية".
_FUNCTION_MORE = L._w("مقابل لقاء حيال إزاء ازاء وفق وفقا حسب بموجب تحت فوق قرب طوال عبر نحو تجاه ضد محتمل مرتقب "
                      "مقترح مؤقت مبدئي أولي اولي جديد جديدة نهائي نهائية")
# Words that end a name read through the construct state: times, amounts, counts, "إثر".
_NAME_STOPS = L._w("مساء صباح ظهر فجر ليلة ليل نهاية مطلع منتصف أواخر أوائل بداية الأسبوع الشهر الماضي الماضية "
                   "المقبل المقبلة القادم القادمة أسبوع شهر يوم يوما أيام إثر اثر عقب قيمة مدة مليار مليون ألف آلاف "
                   "مئة مائة مئتا مئتي ثلاثمئة أربعمئة خمسمئة اثنان اثنين ثلاث ثلاثة أربع أربعة خمس خمسة ست ستة سبع "
                   "سبعة ثماني ثمانية تسع تسعة عشر عشرة عشرين ثلاثين أربعين خمسين دولار يورو "
                   "يناير فبراير مارس أبريل ابريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر")
_ADVERBS = L._w("فورا مجددا سابقا لاحقا حاليا أيضا ايضا جدا رسميا أخيرا اخيرا مؤخرا سريعا")
_STATUTE_HEADS = L._w("نظام النظام")
_BASIC = L._w("الأساسي الاساسي")
_STATUTE_CITIES = L._w("روما")
# What a treaty's statute is of: a court, an organisation or agency of states ("للمحكمة", "لمحكمة", "لمنظمة").
_STATUTE_OF = tuple(L.fold(w) for w in "للمحكمة لمحكمة لمنظمة للمنظمة للوكالة لوكالة للمؤتمر".split())
_FUNCTION = L._w("في من إلى الى على عن مع بين حول بشأن التي الذي اللذين اللتين الذين اللواتي ما ثم أو او قد لم لن "
                 "لا كما كان كانت هو هي أن ان إن إذ إذا حتى منذ بعد قبل عند لدى أمام خلال ضمن دون بلا غير سوى كل "
                 "بعض هذا هذه ذلك تلك هذين هاتين أي اي أمس اليوم غدا الآن عام العام سنة")

# Step cues: folded words (clitics stripped) → step kind.
_CUES: dict[str, str] = {}
for _kind, _words in (
    ("negotiated", "مفاوضات المفاوضات التفاوض تفاوض يتفاوض تتفاوض يتفاوضان محادثات المحادثات"),
    ("concluded", "توصل توصلت توصلتا أبرمتا توصلا توصلوا التوصل إبرام أبرم أبرمت أبرما أبرمه أبرمته أبرمها أبرمتها أنجز "
                  "إنجاز"),
    ("signed", "الممضاة الممضى ممضاة "  # (the Maghreb's word: "الاتفاقية الممضاة بالجزائر"; not أمضى, "spent")
               "وقع وقعت وقعا وقعتا وقعوا وقعه وقعته وقعها وقعتها وقعاها وقعوها توقيع التوقيع يوقع توقع يوقعان "
               "توقعان سيوقع ستوقع سيوقعان ستوقعان الموقعة الموقع موقعة"),
    ("ratified", "صادق صادقت صادقتا أقرتا صادقا صادقوا المصادقة مصادقة يصادق تصادق صدق صدقت التصديق تصديق يصدق تصدق "
                 "أقر أقرت أقره أقرته أقرها إقرار يقر تقر أجاز أجازت إجازة"),
    ("endorsed", "تبنى تبنت يتبنى يؤيد تؤيد المؤيد أيد أيدت تأييد يصادق"),
    ("suspended", "علق علقت تعليق يعلق تعلق جمد جمدت تجميد يجمد تجمد"),
    ("withdrawn", "انسحب انسحبت انسحبتا انسحاب الانسحاب ينسحب تنسحب انسحابها انسحابه"),
    # (only when the agreement itself is what is extended, not a deadline, a truce's talks or a visa: _extends)
    ("extended", "تمديد التمديد مدد مددت مددا مددتا مددوا يمدد تمدد يمددان سيمدد ستمدد تجديد التجديد جدد جددت "
                 "جددا جددتا جددوا يجدد تجدد يجددان سيجدد ستجدد تجددت تمددت"),
):
    for _w_ in _words.split():
        _CUES.setdefault(fold(_w_), _kind)
# "دخل حيز التنفيذ", "دخول ... حيز النفاذ", "بدء سريان", "سرى مفعول".
# A preposition with its pronoun, in the subject ("وقعت فصائل عدة منها حزبان ... الاتفاق"): no object.
_AMONG_THEM = L._w("بينها بينهما منها منهما فيها فيهما معها معهما عنها عنهما")
# «عقد» as "made (an agreement)": the past verbs with the agreement noun as their object (_made). "عقد"/"عقدا" are
# past verbs too, but also the noun (a contract, "بعد عقد الاتفاق"): only after «قد» ("وكان البلد قد عقد اتفاقا").
_MADE = L._w("عقدت عقدتا عقدوا")
_MADE_AFTER_QAD = L._w("عقد عقدا")
# What else «عقدت» holds or complicates, past the agreement as its subject: "عقدت الاتفاقية مؤتمرها" (held),
# "عقدت الاتفاقية علاقات البلدين" (complicated).
_HELD = tuple(fold(w) for w in ("مؤتمر اجتماع جلس دوره دورت علاق مهمه مهمت قمه قمت لقاء ندو اعمال الامور المشهد "
                                 "مفاوض محادث جهود الوضع امال الامال العزم").split())
_OBJECT_ENDS = L._w("مع في على بين عن من إلى الى منذ خلال بعد قبل")
# Words that set talks aside as the occasion of another step ("على هامش المفاوضات").
_ASIDE_OF = L._w("هامش")
# Verbal nouns that name a step as an aim unless a past marker precedes them.
_MASDAR = L._w("التوصل توصل إبرام ابرام المصادقة مصادقة التصديق تصديق الانسحاب انسحاب تجميد تعليق المفاوضات "
               "الانضمام انضمام انضمامها انضمامه الخروج خروج خروجها خروجه بدء إيقاف ايقاف "
               "مفاوضات محادثات المحادثات التفاوض إقرار الإقرار إجازة")
# "قررت تمديد الاتفاقية" is decided, "تمديد الاتفاقية" alone an aim, "رفض تجديد الاتفاقية" refused
_MASDAR = _MASDAR | L._w("تمديد التمديد تجديد التجديد")
_DONE_BEFORE = L._w("تم جرى بعد وبعد عقب منذ إثر اثر فور وتم وجرى عقب بعيد")
_AIM = L._w("فشل فشلت فشلوا فشلا فشله اقتراب قرب أجل سعي يسعى تسعى سعيا محاولة محاولات لتحقيق أمل الأمل يأمل "
            "تأمل هدف بهدف إمكانية ضرورة يبقى تبقى يتبقى "
            "أتمنى نتمنى يتمنى تتمنى يتمنون تمنى تمنت آمل نأمل يأملون "  # hopes: "أتمنى أن يتم توقيع اتفاق قريبا"
            "دعا دعت يدعو تدعو طالب طالبت يطالب أولوية أولويتان بمجرد حال أساس "
            "يريد تريد يريدون يريدان تريدان أراد أرادت يرغب ترغب يرغبان ترغبان رغبة "  # wishes: "تريد أن تفاوض"
            "الرامية الرامي الرامية الهادفة الهادف تهدف يهدف ترمي يرمي عزم عزمه عزمها اعتزام نية نيته نيتها")
# What an entry into force told with "ل" may be the aim of: a need or a condition ("تحتاج إلى ... مصادقات لتدخل").
_NEEDS = L._w("تحتاج يحتاج تحتاجان تتطلب يتطلب يلزم تلزم يجب ينبغي لابد يشترط تشترط شرط بشرط حاجة بحاجة "
              "تستلزم يستلزم يستوجب تستوجب يكفي تكفي يتبق يتبقى يبق يبقى تبقى سوى إلا")  # ("لم يتبق سوى تبادل ...")
# What a walkout leaves: a session, a hall, a meeting, talks ("انسحب نواب المعارضة من الجلسة"), not "من العمل
# بالمعاهدة" nor "من التزاماتها في الاتفاق".
_LEFT_PLACES = L._w("الجلسة الجلسات القاعة الاجتماع الاجتماعات المفاوضات المحادثات البرلمان المؤتمر الحوار "
                    "المشاورات القمة المجلس الحكومة الائتلاف التحالف جلسة قاعة اجتماع")
# Words of a part of a group, before its "من" ("عدد من النواب", "بعض الأعضاء"): the walkers, not what they left.
_SOME_OF = L._w("عدد بعض مجموعة عشرات مئات جميع معظم أغلب غالبية أكثر")
_EVERY_PURPOSE = L._w("تعزيز تطوير تنمية توطيد تفعيل دعم")  # (treaty_life._GENERIC: no purpose of its own)
_ALL_OF = _SOME_OF | L._w("كل كافة مختلف سائر")  # before a plural agreement noun: many agreements
_LOOK_FORWARD = L._w("تتطلع يتطلع نتطلع أتطلع يتطلعون تتطلعان يتطلعان تطلع تطلعت")  # "تتطلع إلى أن ...": a hope
# Refusals and threats of a step, right before its verbal noun: "رفض المجلس المصادقة على", "هددت بالانسحاب"
# (not "رفض الاتفاق الذي أبرم": the deal refused was concluded)
_REFUSE = L._w("رفض رفضت رفضا رفضوا يرفض ترفض رفضه رفضها هدد هددت يهدد تهدد تهديد")
# Waiting for a step is no step: "في انتظار الإعلان عن توقيع اتفاق", "ينتظر أن يتم توقيع العقد" (it is expected);
# waiting until it was taken is one, reached at last: "ننتظر إلى أن توصلوا", "ينتظرون حتى وقع".
_AWAIT = L._w("انتظار بانتظار وبانتظار ينتظر تنتظر ننتظر ينتظرون انتظر انتظرت انتظرنا ترقب بترقب")
_UNTIL = L._w("حتى لحين")
_UNTIL_THAT = L._w("إلى الى")  # "إلى أن": until (أن alone is "that": "ينتظر أن يتم توقيع")
_THAT = L._w("أن ان")
_THAT_CLAUSE = L._w("إن بأن بان بأنه بانه بأنها بانها أنه انه أنها انها إنه إنها")
# What makes a signing told by its verbal noun an event of the report's days ("جرت مراسم توقيع", "شهد الحفل توقيع",
# "أعلن عن توقيع"); without it, "وتوقيع اتفاقية ..." in a list of past events names the signing but does not date it.
_WITNESSED = L._w("تم جرى جرت يتم سيتم بعد وبعد عقب منذ إثر اثر فور بعيد وتم وجرى وجرت مراسم مراسيم حفل حفلة "
                  "شهد شهدت يشهد تشهد وشهد وشهدت خلال اثناء أثناء جاء وجاء لدى أعلن أعلنت وأعلن وأعلنت كشف كشفت "
                  "وكشف وكشفت إعلان الإعلان عن")
# A past verb that makes the verbal noun after it a step taken: announced, decided, held, ended ("أعلنت الحكومة
# تعليق العمل بالمعاهدة", "اختتمت جولة من مفاوضات الاتفاقية", "أعلن الطرفان التوصل إلى اتفاق").
_GOVERN = L._w("أودع أودعت أودعا قدم قدمت سلم سلمت أعلن أعلنت أعلنا أعلنتا أعلنوا "
               "تسلم تسلمت تسلما تلقى تلقت تلقيا استلم استلمت "  # (a notice received: see _DEPOSIT)
               "قرر قررت قررا قرروا اختتم اختتمت اختتما انطلقت انطلق بدأ بدأت "
               "بدأا استؤنفت استؤنف جرت جرى عقدت عقد أجرى أجرت أجريا أنهى أنهت أنهيا أكمل أكملت أكملا "
               "معلنا معلنة معلنين معلنتين معلنان")  # (a circumstantial participle: "اختتموا الجولة، معلنين التوصل")
# ... and a past verb of a part played in it: "لعب دورا كبيرا في التوصل للاتفاق في 12 يوليو", "أسهمت في التوصل"
_PLAYED = L._w("لعب لعبت لعبا لعبوا ساهم ساهمت ساهما ساهموا أسهم أسهمت أسهما أسهموا")
_GOVERN = _GOVERN | _PLAYED
# Words that point back to an agreement the article told of: "المحادثات التي أدت إلى هذا الاتفاق".
_POINTING = L._w("هذا هذه ذلك تلك وهذا وهذه لهذا لهذه بهذا بهذه لذلك لتلك بذلك بتلك")
# Words between a governing verb and its verbal noun that tell the step was not taken, only put off, planned, studied,
# found hard or refused: "قررت إرجاء المصادقة", "بدأت إجراءات التصديق", "عقد جلسة لمناقشة", "أعلن صعوبة التوصل",
# "أعلنت رغبتها الانسحاب" (the verb governs them, not the step).
_HALT = L._w("تأجيل إرجاء ارجاء إجراءات إجراء دراسة بحث مناقشة صعوبة استحالة رفض رغبة استعداد موعد لجنة تشكيل "
             "إمكانية احتمال خطة خطط اقتراح مقترح تمهيد تحضير فشل تعثر شروط مساعي")
_HALT = _HALT | {w[:-1] + "ت" for w in _HALT if w.endswith("ه")}  # "رغبتها", "دراستها"
_SUSPENDING = L._w("تعليق تجميد وقف إيقاف ايقاف")  # "أمرا يقضي بتعليق المصادقة": a step held back, not taken
# Words that end the subject run after an announcing verb: "ردا على", "بعد لقاء مع", "في بيان مشترك".
_NOT_SUBJECT = L._w("ردا رد عقب إثر اثر بيان خطاب كلمة مؤتمر")
# What tells that talks ended without an agreement: "بالفشل", "دون التوصل", "بلا نتيجة".
_FAILED = L._w("فشل بالفشل فشلت الفشل انهيار انهارت تعثر تعثرت")
_FAILED_AFTER = L._w("التوصل توصل اتفاق نتيجة جدوى")
# What tells that a step told after «قبل» is still to come, or that it was held.
_TO_COME = L._w("المرتقب المرتقبة المقرر المقررة المنتظر المنتظرة المزمع المزمعة شرط بشرط يشترط تشترط اشترط "
                "اشترطت يجب ينبغي لابد")
_PAST_WORDS = L._w("أمس امس الماضي الماضية")
# depositing governs only an instrument: "أودعت وثيقة انضمامها", "قدمت صك انضمامها", "سلمت صك التصديق" (and so
# does receiving one: "تسلمت مذكرة رسمية ... بانسحاب سوريا من الاتفاقية")
_DEPOSIT = L._w("أودع أودعت أودعا قدم قدمت سلم سلمت تسلم تسلمت تسلما تلقى تلقت تلقيا استلم استلمت")
_INSTRUMENT = L._w("وثيقة وثائق صك صكوك")
# the instrument of a withdrawal (a note verbale too: "مذكرة رسمية")
_NOTICE = L._w("إشعار إشعارا اشعار اشعارا إخطار إخطارا اخطار اخطارا مذكرة مذكرته مذكرتها")
_VERB_BEFORE = L._w("قد لقد ثم كما حيث الذي التي اللذين الذين")  # what a verb عقد may follow in its clause
_COMING = L._w("المقبل المقبلة القادم القادمة غدا")
_FROM_DAY = L._w("اعتبارا ابتداء بدءا")  # "اعتبارا من الشهر المقبل": a step that starts later
_BOARD = L._w("إدارة ادارة الإدارة أمناء")  # "مجلس إدارة الشركة", "مجلس الأمناء": no state's body
_VOTE = L._w("صوت صوتت صوتا")  # a vote whose result is not told ("صوت على"): only "صوت لصالح" ratifies
_REFER = L._w("أحال أحالت أحاله أحالها أحالهما إحالة إحالته إحالتها لإحالته لإحالتها")  # sent on to ...
# What undoes an approval or a vote in its clause: rejected, dropped, voted against, sent on (to a committee; not to
# the other house: see _Article.undone).
_REJECT = L._w("رفض رفضت رفضه رفضها رفضته أسقط أسقطت أسقطه أسقطها ضد بالرفض") | _REFER
# Words that qualify a government by its own title, whose state the title does not tell: "حكومة الوحدة الوطنية",
# "حكومة تصريف الأعمال", "الحكومة الانتقالية".
_GOV_QUALIFIERS = L._w("الوحدة الوطنية الوطني الوفاق الإنقاذ الانقاذ تصريف الأعمال الاعمال الانتقالية الانتقالي "
                       "المؤقتة المؤقت الائتلافية")
# The houses a bill passed by the other is sent on to ("وأحاله إلى مجلس الشورى"): no committee, no court.
_HOUSE_KINDS = L._w("شورى أعيان شيوخ نواب أمة شعب اتحاد")
# A law or decree that ratifies: "أقر مجلس الدوما مشروع قانون المصادقة على المعاهدة", "أصدر السلطان مرسوما بالتصديق
# على الاتفاقية", "صوت مجلس النواب على قانون تصديق الاتفاقية": the verb that passes it is the ratification.
_LAW = L._w("قانون القانون مرسوم مرسوما المرسوم مشروع")
_PASS = L._w("أقر أقرت أقرا صوت صوتت صادق صادقت صدق صدقت وقع وقعت أصدر أصدرت وافق وافقت أجاز أجازت اعتمد اعتمدت "
             "مرر مررت صدر صدرت ختم")  # (صدر: "صدر مرسوم ملكي بالمصادقة على الاتفاقية", the decree issued; ختم:
# "ختم رئيس الجمهورية القانون المتعلق بالموافقة على ...", Tunisia's president promulgates the law of approval)
# Bodies that take a step for their country, by kind: each ratifies on its own day ("أقر مجلس الدوما", "وافق مجلس
# الاتحاد", "صدق الرئيس").
_HEADS = L._w("الرئيس رئيس السلطان الملك الأمير العاهل")
_UPPER = L._w("الشيوخ الاتحاد الأعيان المستشارين")  # (after "مجلس": Morocco's upper house, "مجلس المستشارين")
_BODY_WORDS = L._w("الإسلامي الاتحادي الأعلى الكبرى الوطنية الوطني العليا الاتحادية الاستشاري")
_BODY_OF = {fold("الأوروبي"): ("الاتحاد الأوروبي", "European Union")}
_AGREEING_BEFORE = L._w("تم يتم جرى سيتم")
_AGREEING_AFTER = L._w("على عليه عليها عليهما")
_PRESENT = L._w("يصادق تصادق يصادقان يصدق تصدق يقر تقر يوقع يوقعان توقعان ينسحب تنسحب يعلق تعلق يجمد تجمد "
                "يبرم تبرم يبرمان يبدأ تبدأ سيبدأ ستبدأ ينضم تنضم ينضمان سينضم ستنضم")
_PRESENT = _PRESENT | L._w("يمدد تمدد يمددان يجدد تجدد يجددان")  # "يجدد البلدان الاتفاقية": to come
# A body approving or voting for an agreement ratifies it: "وافق مجلس النواب على الاتفاقية", "صوت البرلمان لصالح
# المعاهدة" (not "وافق الطرفان على ..." nor "وافق على تفويض الوزير بالتوقيع": a body, and the agreement as object).
_CABINETS = frozenset(fold(w) for w in ("مجلس الوزراء", "الحكومة", "مجلس الحكومة"))  # a state's cabinet: its dateline's
_DECISIONS = L._w("قرار وقرار بقرار قرارات وقرارات")  # "قرار مجلس الشورى": a council cited, not the one acting
_CITED_VIEWS = L._w("رآه رأي رأى موافقة توصية توصيات مرئيات")  # "بناء على ما رآه مجلس الشورى": a view cited
_ORDINALS = L._w("أولا ثانيا ثالثا رابعا خامسا سادسا سابعا ثامنا تاسعا عاشرا")  # a decision's items
_DECIDE = L._w("قرر قررت قررا قرروا")  # "قرر مجلس الوزراء الموافقة على الاتفاقية": a body's decision
_FIRMS = L._w("شركة الشركة شركات الشركات")  # "الموافقة على اتفاقية بين شركة ...": a companies' contract
_SIGNED_DRAFT = L._w("الموقعة الموقع الموقعتين الموقعين")  # "مشروع اتفاقية ... الموقعة في هانوي": signed already
_APPROVE = L._w("وافق وافقت وافقا صوت صوتت صوتا")
# Parties agreeing on an agreement's text conclude it: "اتفق الطرفان على النص النهائي للمعاهدة".
# Joining an agreement (accession, a consent to be bound as a ratification is), leaving it, stopping or starting
# its work.
_JOIN = L._w("انضم انضمت انضما انضمتا انضموا انضمام الانضمام انضمامها انضمامه انضمامهما ينضم تنضم ينضمان سينضم ستنضم")
_LEAVE = L._w("خرج خرجت خرجا خروج الخروج خروجها خروجه خروجهما")
_STOP_WORK = L._w("أوقف أوقفت أوقفا وقف إيقاف ايقاف")
_START_WORK = L._w("بدأ بدأت بدء يبدأ تبدأ سيبدأ ستبدأ")
_AGREE_ON = L._w("اتفق اتفقت اتفقا اتفقتا اتفقوا")
_TEXT = L._w("نص النص صيغة الصيغة بنود صياغة الصياغة")
_TEXT_OF = L._w("النهائي الكامل نهائي النهائية نهائية الكاملة")
# What tells a vote as not the final one, in an aside after its verb ("وافق مجلس النواب، في قراءة أولى، على")
_NOT_FINAL = L._w("مبدئيا مبدئياً المبدأ مبدئية")
_READING = L._w("قراءة القراءة")
_FIRST = L._w("أولى الأولى أولية الأولية")
_WORDING = L._w("صياغة الصياغة")  # the act of wording: agreed "على صياغة اتفاقية" is to draft one, not done
# Verbs that end talks: "أنهى الطرفان المفاوضات حول الاتفاقية" concludes it (not a round: "اختتمت جولة").
_END_TALKS = L._w("أنهى أنهت أنهيا أنهتا أنهوا أكمل أكملت أكملا أتم أتمت أتما")
# Granting approval: "منحت الجمعية الوطنية موافقتها على المعاهدة" (a ratification told by its noun).
_GRANT = L._w("منح منحت منحا منحتا أعطى أعطت أعطيا")
# Signing told by putting a signature: "ذيّل الرئيسان بتوقيعهما الاتفاقية".
_SIGN_WITH = L._w("ذيل ذيلت ذيلا ذيلتا ذيلوا مهر مهرت مهرا")
_RULERS = L._w("امير ملك رئيس سلطان")  # (folded, without ال) a ruler named by the country: "أمير البلاد"
_ENTERS = L._w("دخل دخلت دخلا تدخل يدخل ستدخل سيدخل أصبح أصبحت باتت صارت")  # verbs a title stops before
# Verbs of becoming, with "in force" after them: "أصبحت الاتفاقية نافذة", "باتت المعاهدة سارية المفعول".
_BECOME = L._w("أصبح أصبحت أصبحتا باتت بات صار صارت")  # (not "غدا": tomorrow)
_NOT_YET_FORCE = L._w("لكي كي أن ان لتصبح الضروري ضروري يجب")
_IN_FORCE_ADJ = L._w("نافذة نافذا نافذ نافذه سارية ساريا ساري")
# Words of a law, decree or decision of ratification between a body's vote and the agreement: "صوت المجلس لصالح
# التصديق على المعاهدة", "وافق مجلس النواب على قرار رئيس الجمهورية بشأن الموافقة على الاتفاقية".
_RATIFY_PHRASE = L._w("التصديق تصديق المصادقة مصادقة الموافقة موافقة الإقرار إقرار")
_LAW_PHRASE = _RATIFY_PHRASE | L._w("مشروع قانون القانون قرار القرار مرسوم المرسوم رئيس الجمهورية الحكومة مجلس "
                                    "الوزراء بشأن الخاص الخاصة بالتصديق بالموافقة على علي")
# Words of a bill's title after its law word, before the agreement it approves: the kind of law, what it bears on
# and the act it allows ("مشروع القانون الأساسي المتعلق بالموافقة على الاتفاقية", "مشروع القانون المتضمن التصديق
# على", "مشروع القانون الرامي إلى الإجازة للحكومة إبرام اتفاقية").
_BILL_TITLE = L._w("الأساسي الاساسي الأساسية العضوي التنظيمي المتعلق المتعلقة المتضمن المتضمنة القاضي القاضية "
                   "الرامي الرامية الهادف إلى الى الإجازة الاجازة إجازة للحكومة للدولة إبرام ابرام")
_UNNAMED_STATE = L._w("دولة دوله بلد إحدى احدى أحد احد")  # "مع دولة أفريقية": a state the report does not name
_BILL_SAYS = L._w("يقضي تقضي يتضمن تتضمن يتعلق تتعلق")  # "مشروع قانون يقضي بالموافقة على ..."
_WEAK_RATIFY = L._w("أقر أقرت أقره أقرته أقرها إقرار يقر تقر أجاز أجازت إجازة")
_FORCE = L._w("حيز")
_SPAN_WORDS = L._w("فترة فتره مدة مده طيلة طيله طوال امتداد خلال أثناء اثناء")  # "طوال مدة سريان المعاهدة"
_FORCE_ALSO = L._w("سريان يسري تسري")  # not سرى: its folded form is سري, "secret"
_FUTURE = L.FUTURE_CUES | L._w("المتوقع يتوقع يتوقع ستدخل سيدخل سيدخلها غدا المقبل المقبلة القادم القادمة "
                                "يعتزمان تعتزمان خطط يخطط تخطط تأمل يأمل")
_NEGATIONS = L.NEGATIONS
# A correction: "تصحيح: ذكرت نسخة سابقة ...، والصحيح أن ...", "ورد خطأ أن ...، والصواب أن ..."
_CORRECTION = L._w("تصحيح تصويب استدراك")
_RIGHT_ONE = L._w("الصحيح الصواب")
_EARLIER_COPY = L._w("نسخة النسخة صيغة الصيغة")
_EARLIER = L._w("سابقة السابقة")
_MISTAKE = L._w("خطأ خطا الخطأ بالخطأ")
# the outlet's own earlier telling, in the first person ("وكنا قد أشرنا إلى أن ...، والصحيح أن ...")
_WE_TOLD = L._w("أشرنا ذكرنا أوردنا نشرنا نشرناه أفدنا قلنا أعلنا")
_FUTURE_VERB = re.compile(r"^س[يتن][^\W\d_]{1,4}[^\W\d_ه]$")  # (folded; not in ه: "سياره")
_SIXTY = L._w("ستين ستون سيتين")
# Nationalities the coder's table lacks, for the bodies and parties of agreements ("البرلمان الكيني").
_MORE_NISBA = {"كيني": ("كينيا", "Kenya"), "تنزاني": ("تنزانيا", "Tanzania"), "أوغندي": ("أوغندا", "Uganda"),
               "إريتري": ("إريتريا", "Eritrea"), "جيبوتي": ("جيبوتي", "Djibouti"), "تشادي": ("تشاد", "Chad"),
               "سنغالي": ("السنغال", "Senegal"), "أوزبكي": ("أوزبكستان", "Uzbekistan"),
               "تركماني": ("تركمانستان", "Turkmenistan"), "طاجيكي": ("طاجيكستان", "Tajikistan"),
               "قيرغيزي": ("قيرغيزستان", "Kyrgyzstan"), "منغولي": ("منغوليا", "Mongolia"),
               "بنغلاديشي": ("بنغلاديش", "Bangladesh"), "سريلانكي": ("سريلانكا", "Sri Lanka"),
               "نيبالي": ("نيبال", "Nepal"), "فلبيني": ("الفلبين", "Philippines"), "تايلندي": ("تايلند", "Thailand"),
               "سنغافوري": ("سنغافورة", "Singapore"), "نمساوي": ("النمسا", "Austria"),
               "سويسري": ("سويسرا", "Switzerland"),
               "برتغالي": ("البرتغال", "Portugal"), "دنماركي": ("الدنمارك", "Denmark"), "فنلندي": ("فنلندا", "Finland"),
               "مجري": ("المجر", "Hungary"), "روماني": ("رومانيا", "Romania"), "بلغاري": ("بلغاريا", "Bulgaria"),
               "صربي": ("صربيا", "Serbia"), "كرواتي": ("كرواتيا", "Croatia"), "تشيكي": ("التشيك", "Czech Republic"),
               "سلوفاكي": ("سلوفاكيا", "Slovakia"), "إيرلندي": ("إيرلندا", "Ireland"),
               "أيرلندي": ("أيرلندا", "Ireland"),
               "تشيلي": ("تشيلي", "Chile"), "كولومبي": ("كولومبيا", "Colombia"), "بيروفي": ("بيرو", "Peru"),
               "غاني": ("غانا", "Ghana"),
               "كاميروني": ("الكاميرون", "Cameroon"),
               "أنغولي": ("أنغولا", "Angola"), "موزمبيقي": ("موزمبيق", "Mozambique"), "زامبي": ("زامبيا", "Zambia"),
               "رواندي": ("رواندا", "Rwanda"), "بوروندي": ("بوروندي", "Burundi"), "نيجري": ("النيجر", "Niger"),
               "ليتواني": ("ليتوانيا", "Lithuania"), "لاتفي": ("لاتفيا", "Latvia"), "إستوني": ("إستونيا", "Estonia"),
               "مولدوفي": ("مولدوفا", "Moldova"), "ألباني": ("ألبانيا", "Albania"),
               "نيوزيلندي": ("نيوزيلندا", "New Zealand"),
               "توغولي": ("توغو", "Togo"), "بنيني": ("بنين", "Benin"), "غابوني": ("الغابون", "Gabon"),
               "ليبيري": ("ليبيريا", "Liberia"), "سيراليوني": ("سيراليون", "Sierra Leone"),
               "ناميبي": ("ناميبيا", "Namibia"), "بوتسواني": ("بوتسوانا", "Botswana"),
               "زيمبابوي": ("زيمبابوي", "Zimbabwe"), "ملغاشي": ("مدغشقر", "Madagascar"), "مالطي": ("مالطا", "Malta"),
               "آيسلندي": ("آيسلندا", "Iceland"), "كازاخستاني": ("كازاخستان", "Kazakhstan"),
               "تايلاندي": ("تايلاند", "Thailand"), "كمبودي": ("كمبوديا", "Cambodia"),
               "إكوادوري": ("الإكوادور", "Ecuador"), "بوليفي": ("بوليفيا", "Bolivia"),
               "أوروغوياني": ("الأوروغواي", "Uruguay")}
_NISBA: dict[str, tuple[str, str]] = dict(L.NISBA)
# Nationalities that are also ordinary words: "المجرى" (a watercourse) folds to "المجري", "الروماني" is "Roman" too; a
# country only right after a body or an office ("البرلمان المجري", "الوزير الروماني").
_ORDINARY_NISBA = frozenset(fold(a + w + f) for w in ("مجري", "روماني") for a in ("", "ال", "و", "وال")
                            for f in ("", "ه"))
for _adj, _country in _MORE_NISBA.items():
    for _fem in ("", "ه"):
        for _art in ("", "ال"):
            _NISBA.setdefault(fold(" ".join(_art + w + _fem for w in _adj.split())), _country)
# A step denied or called a rumour is no step: "نفى المتحدث ما تداولته مواقع عن توقيع اتفاق", "نفت الوزارة أن تكون
# البلاد قد انسحبت من المعاهدة", "شائعات عن توقيع اتفاق", "الأنباء عن توقيع اتفاق ... لا أساس لها من الصحة".
_DENY = L._w("نفى نفت نفوا نفيا نفتا ينفي تنفي ينفون ينفيان تنفيان ننفي أنفي نافيا نافية نافيين نافين نفي نفيه "
             "نفيها أنكر أنكرت أنكروا ينكر تنكر ينكرون منكرا منكرة كذب كذبت يكذب تكذب مكذبا تكذيب دحض دحضت يدحض "
             "تدحض شائعات الشائعات إشاعات الإشاعات شائعة الشائعة إشاعة مزاعم المزاعم يشاع أشيع")
# Procedures completed ("باستكمال إجراءاتها الداخلية للمصادقة"): the step they were for is taken.
_COMPLETED = L._w("استكمال باستكمال إتمام بإتمام اكتمال باكتمال استكملت استكمل أتمت أتم أنهت أنهى أكملت أكمل "
                  "استوفت استوفى")
_COMPLETED_VERBS = L._w("استكملت استكمل أتمت أتم أنهت أنهى أكملت أكمل استوفت استوفى")
# The completion of a step, as a condition: "إلا بعد استكمال التصديق", "إلا بعد إتمام المصادقة".
_COMPLETING = L._w("استكمال إتمام اتمام انتهاء إنهاء")
# A step's verbal noun put off or called off by a passive verb later in its clause ("قد أُرجئ", "تأجل", "أُلغي").
_PUT_OFF = L._w("أرجئ ارجئ أرجئت ارجئت أجل أجلت تأجل تأجلت ألغي الغي ألغيت الغيت يرجأ ترجأ أرجىء")
# Verbs of notifying another state of a step ("أخطرت النيجر فرنسا بانسحابها"); the first state is the one that takes it.
_NOTICE_VERBS = L._w("أبلغت أبلغ أبلغا أخطرت أخطر أخطرا أخطروا أبلغوا")
# The authorities of a state named after في ("أعلنت السلطات في النيجر").
_AUTHORITIES = L._w("السلطات الحكومة السلطة")
_NOTIFY = L._w("أبلغت أبلغ أبلغا أخطرت أخطر أعلنت أعلن أفادت أفاد")
# Verbs of claiming: a step only claimed is not told as taken ("زعمت مواقع أن ... جمدت الاتفاق").
_CLAIM = L._w("زعم زعمت زعما زعموا يزعم تزعم يزعمون زاعما زاعمة زاعمين ادعى ادعت ادعوا يدعي تدعي يدعون مدعيا "
              "مدعية")
_RUMOUR = L._w("شائعات الشائعات إشاعات الإشاعات شائعة الشائعة إشاعة مزاعم المزاعم")
_ABOUT_STEP = L._w("عن حول بشأن بشان")
# What a denial or a rumour reaches no further than: a statement made after it ("نفى ...، مؤكدا أن الطرفين وقعا").
_AFFIRM = L._w("مؤكدا مؤكدة مؤكدين أكد أكدت أكدا أكدوا يؤكد تؤكد مشيرا مشيرة أشار أشارت موضحا موضحة أوضح أوضحت "
               "مضيفا مضيفة أضاف أضافت لكن لكنه لكنها بل وإنما إنما بينما فيما حين")
# Reports of a step judged untrue after it: "الأنباء عن توقيع اتفاق ... عارية عن الصحة", "... مجرد شائعات".
_REPORTS = L._w("أنباء الأنباء نبأ النبأ تقارير التقارير أخبار الأخبار معلومات المعلومات تداولته تداولتها تناقلته "
                "تناقلتها المتداولة المتداول يتداول تتداول تردد ترددت يتردد حديث الحديث")
_UNTRUE = L._w("شائعات شائعة إشاعات إشاعة مزاعم ادعاءات مفبركة ملفقة كاذبة")
_TRUTH = L._w("صحة الصحة صحيح صحيحة أساس")  # after لا/غير/عار: "لا صحة", "غير صحيحة", "لا أساس لها"
_DENY_NEG = L._w("لا غير عار عارية عاري عارٍ")
_STRONG = (".", "؛", "!", "؟", ":")
# Ratifying bodies, with the country their adjective names ("البرلمان الإيراني").
BODIES = L._w("البرلمان برلمان مجلس الدوما الكونغرس الكونجرس مجلس الشورى الشيوخ النواب الشعب الكنيست "
              "الجمعية الوطنية المجلس الحكومة مجلسي")
_EU = {"name": "الاتحاد الأوروبي", "name_en": "European Union", "entity_id": None}
# Multilateral groups named as one party.
_GROUPS: list[tuple[re.Pattern[str], dict[str, Any]]] = [
    # ("مجموعة دول الست", "مجموعة الخمسة زائد واحد": the group's words as papers write them too)
    (re.compile(r"5\s*\+\s*1|5\s*زائد\s*1|الخمسه?\s*زائد\s*واحد|السداسيه|(ال)?دول الست(?!\S)"
                r"|القوي (الكبري|العالميه|الدوليه) الست|دول الغرب الست"
                r"|القوي الكبري|القوي العالميه|القوي الست|الدول الخمس (الدائمه|دائمه) العضويه"),
     {"name": "مجموعة 5+1", "name_en": "P5+1", "entity_id": None, "group": True}),
    (re.compile(r"الاتحاد الاوروبي"), {"name": "الاتحاد الأوروبي", "name_en": "European Union", "entity_id": None}),
    (re.compile(r"(^| )[وبل]?اوروبا( |$)"),  # "الاتفاق الذي توصلت إليه أوروبا"
     {"name": "الاتحاد الأوروبي", "name_en": "European Union", "entity_id": None}),
    (re.compile(r"منطقه اليورو|دول اليورو|مجموعه اليورو"),
     {"name": "منطقة اليورو", "name_en": "Eurozone", "entity_id": None, "group": True}),
    # the Gulf Cooperation Council and its states as one side: "اتفاق دول مجلس التعاون لدول الخليج العربية مع
    # نيوزيلندا", "اتفاق التجارة الحرة الخليجي"
    # (a bare "مجلس التعاون" with an adjective after it is a council of its own: "مجلس التعاون التنسيقي المصري ...")
    (re.compile(r"مجلس التعاون (لدول الخليج|الخليجي)|دول مجلس التعاون|دول الخليج العربيه"
                r"|(^| )[وبل]?مجلس التعاون(?! ال)( |$)"),
     {"name": "مجلس التعاون الخليجي", "name_en": "Gulf Cooperation Council", "entity_id": None, "group": True}),
    # unions, alliances and regional groups that sign as one side: "بين مصر والاتحاد الاقتصادي الأوراسي"
    (re.compile(r"الاتحاد الاقتصادي الاوراسي|الاتحاد الاوراسي|(^| )[وبل]?الاوراسي( |$)"),
     {"name": "الاتحاد الاقتصادي الأوراسي", "name_en": "Eurasian Economic Union", "entity_id": None, "group": True}),
    (re.compile(r"الاتحاد الافريقي"), {"name": "الاتحاد الأفريقي", "name_en": "African Union", "entity_id": None,
                                      "group": True}),
    (re.compile(r"جامعه الدول العربيه|الجامعه العربيه"),
     {"name": "جامعة الدول العربية", "name_en": "Arab League", "entity_id": None, "group": True}),
    (re.compile(r"حلف (شمال )?الاطلسي|حلف الناتو|(^| )[وبل]?الناتو( |$)"),
     {"name": "حلف شمال الأطلسي", "name_en": "NATO", "entity_id": None, "group": True}),
    (re.compile(r"رابطه (دول جنوب شرق اسيا|اسيان|الاسيان)|مجموعه (الاسيان|اسيان)"),
     {"name": "رابطة آسيان", "name_en": "ASEAN", "entity_id": None, "group": True}),
    (re.compile(r"(^| )[وبل]?(ميركوسور|ميركوسول)( |$)|السوق المشتركه لدول الجنوب"),
     {"name": "ميركوسور", "name_en": "Mercosur", "entity_id": None, "group": True}),
    (re.compile(r"المجموعه الاقتصاديه لدول غرب افريقيا|(^| )[وبل]?(ايكواس|الايكواس)( |$)"),
     {"name": "إيكواس", "name_en": "ECOWAS", "entity_id": None, "group": True}),
    (re.compile(r"مجموعه شرق افريقيا|جماعه شرق افريقيا"),
     {"name": "مجموعة شرق أفريقيا", "name_en": "East African Community", "entity_id": None, "group": True}),
    (re.compile(r"تحالف دول الساحل|كونفدراليه دول الساحل"),
     {"name": "تحالف دول الساحل", "name_en": "Alliance of Sahel States", "entity_id": None, "group": True}),
    (re.compile(r"الوكاله الدوليه للطاقه الذريه"),
     {"name": "الوكالة الدولية للطاقة الذرية", "name_en": "IAEA", "entity_id": None}),
]
# Development funds and banks that lend to or give grants to states: an organisation party of the loan or grant
# agreement ("وقع الصندوق الكويتي للتنمية وجمهورية السنغال اتفاقية قرض"), not a company (see ORGANISATIONS).
_LENDERS: list[tuple[str, str, str]] = [
    (r"الصندوق السعودي للتنميه", "الصندوق السعودي للتنمية", "Saudi Fund for Development"),
    (r"الصندوق الكويتي للتنميه", "الصندوق الكويتي للتنمية الاقتصادية العربية", "Kuwait Fund"),
    (r"صندوق ابو ?ظبي للتنميه", "صندوق أبوظبي للتنمية", "Abu Dhabi Fund for Development"),
    (r"الصندوق العربي للانماء", "الصندوق العربي للإنماء الاقتصادي والاجتماعي", "Arab Fund (AFESD)"),
    (r"صندوق (ال)?اوبك", "صندوق أوبك للتنمية الدولية", "OPEC Fund"),
    (r"البنك الاسلامي للتنميه", "البنك الإسلامي للتنمية", "Islamic Development Bank"),
    (r"البنك الافريقي للتنميه", "البنك الأفريقي للتنمية", "African Development Bank"),
    (r"المصرف العربي للتنميه الاقتصاديه في افريقيا", "المصرف العربي للتنمية الاقتصادية في أفريقيا", "BADEA"),
    (r"البنك الاوروبي لاعاده الاعمار", "البنك الأوروبي لإعادة الإعمار والتنمية", "EBRD"),
    (r"بنك الاستثمار الاوروبي", "بنك الاستثمار الأوروبي", "European Investment Bank"),
    (r"الصندوق الدولي للتنميه الزراعيه", "الصندوق الدولي للتنمية الزراعية", "IFAD"),
    (r"البنك الدولي", "البنك الدولي", "World Bank"),
    (r"صندوق النقد العربي", "صندوق النقد العربي", "Arab Monetary Fund"),
    (r"صندوق النقد(?! العربي)", "صندوق النقد الدولي", "IMF"),
]
_LENDER = re.compile("|".join(f"(?:{pat})" for pat, _ar, _en in _LENDERS))
_GROUPS += [(re.compile(pat), {"name": ar, "name_en": en, "entity_id": None, "group": True, "lender": True})
            for pat, ar, en in _LENDERS]
_UNSC = {"name": "مجلس الأمن الدولي", "name_en": "UN Security Council", "entity_id": None, "body": True}
# Regional organisations' councils that endorse an agreement as the Security Council does (folded words right after
# the cue, its subject): the African Union's Peace and Security Council, IGAD's summit, the Arab League's council.
_REGIONAL_BODIES = (
    (("مجلس", "السلم", "والامن"), {"name": "مجلس السلم والأمن الأفريقي", "name_en": "AU Peace and Security Council",
                                    "of": "African Union"}),
    (("قمه", "ايغاد"), {"name": "قمة إيغاد", "name_en": "IGAD summit"}),
    (("قمه", "الايغاد"), {"name": "قمة إيغاد", "name_en": "IGAD summit"}),
    (("مجلس", "الجامعه", "العربيه"), {"name": "مجلس جامعة الدول العربية", "name_en": "Arab League Council",
                                        "of": "Arab League"}),
    (("مجلس", "جامعه", "الدول", "العربيه"), {"name": "مجلس جامعة الدول العربية", "name_en": "Arab League Council",
                                        "of": "Arab League"}),
)
# Heads of organisations that sign contracts, not treaties between states: "وقعت شركة ... اتفاقية".
ORGANISATIONS = L._w("شركة شركات شركتا شركتي الشركة الشركات بنك البنك بنوك مصرف المصرف مصارف مستشفى "
                     "المستشفى مستشفيات جامعة الجامعة جامعات مؤسسة المؤسسة مؤسسات مصنع المصنع مصانع غرفة الغرفة "
                     "صندوق الصندوق معهد المعهد كلية الكلية مركز المركز")
# Words that link an agreement to its parties after it: "اتفاق بين X و Y", "معاهدة مع X".
_LINKS = L._w("بين وبين مابين ومابين مع ومع بينها بينهما")
# Words that end the subject region before a step ("قال الوزير إن إيران وقعت": the speaker is no party).
_CLAUSE_EDGE = L._w("إن أن ان بأن لأن قال قالت أكد أكدت أضاف وأضاف وقال وأكد ، : « » . ؛ ( ) -")
# A place: "في فيينا", "بفيينا" — where a step happened, not who took it.
_PLACE_BEFORE = L._w("في وفي داخل خارج قرب مدينة العاصمة عاصمة")
# Steps a sentence recalls rather than reports: "الاتفاق الموقع", "بعد توقيع الاتفاق", "الذي توصلت إليه".
_ISSUE_NEGATIONS = L._w("لم لن لما")  # "لم تصدر الإرادة الملكية بعد": not issued (not "ما", "لا": "ما صدر")
_COMPLEMENT = L._w("أن ان بأن بان وأن وان لأن")
# Words that open a purpose whose means a verbal noun may be, many words on ("تهدف إلى ... عبر توقيع").
_PURPOSE_AIMS = L._w("تهدف يهدف ترمي يرمي الرامية الرامي الهادفة الهادف بهدف سعيا تسعى يسعى تسعيان يسعيان")
# Words that open a new predicate after an aim: the verbal noun after them is a step told, not the aim's means.
_NEW_PREDICATE = L._w("قد لقد تم تمت جرى جرت شهد شهدت شهدا شهدتا اختتم اختتمت أسفر أسفرت")
_HOPES = L._w("أتمنى نتمنى يتمنى تتمنى يتمنون تمنى تمنت آمل نأمل يأملون أمل الأمل يأمل تأمل")
_CONTAINERS = L._w("الملف الملفات البرنامج البرامج القضية المسألة الموضوع الشأن الجانب")  # what a topic sits in
_COUNCIL_KINDS = frozenset(fold(w) for w in "وزراء نواب شيوخ شعب امة شورى اعيان نيابي وطني امن".split())
_HOUSE_COUNCILS = _COUNCIL_KINDS - {"وزراء", "امن"}  # a house of parliament's: no cabinet, no Security Council
_OTHER_LAWS = L._w("نظام النظام قرار القرار")  # laws and orders that are no agreement's
_RATIFYING = L._w("تصديق التصديق المصادقه مصادقه الموافقه موافقه")  # "قانون تصديق اتفاقية ...": the law that ratifies
_RELATIVE = L.RELATIVES | L._w("ما")
# a statement's nouns: "رحب المجلس - في بيان له أمس - بالاتفاق الذي جرى توقيعه" (the day of the statement)
_STATEMENT = L._w("بيان بيانه بيانها تصريح تصريحات تصريحه تصريحها")
# "قبل أيام", "قبل عدة أشهر": some time ago, no number told
# Spans of time a step is told as "بعد يومين من ..." after ("بعد ثلاثة أسابيع من توقيع الاتفاقية")
_SPAN_UNITS = L._w("يوم يومين يومان أيام ايام أسبوع اسبوع أسبوعين اسبوعين أسابيع اسابيع شهر شهرين أشهر اشهر شهور "
                   "عام عامين أعوام سنة سنتين سنوات ساعة ساعتين ساعات")
_VAGUE_FEW = L._w("عدة بضعة بضع")
_VAGUE_UNITS = L._w("أيام ايام أسابيع اسابيع أشهر اشهر شهور سنوات سنين أعوام اعوام")
_RECALLED_BEFORE = L._w("بعد وبعد عقب منذ إثر اثر فور بعيد قبل غداة")
# The pluperfect's auxiliary ("كانت ... قد وقعت") and the words that open a sentence recalling the past ("ويذكر أن").
_WAS = L._w("كان كانت كانا كانتا كانوا")
# كان in the jussive after لم: "ولم يكن البرلمان قد صادق على الاتفاقية" (the pluperfect negated: never taken)
_WAS_JUSSIVE = L._w("يكن تكن يكونا تكونا يكونوا نكن أكن")
# a denial told after the step it answers, in a relative clause: "...، وهو ما نفته مصادر في الجامعة"
_WHICH_WAS = L._w("وهو وهي وهذا وذلك")
# Words that tie a step told after a recall opener to the occasion the report tells ("وقعا في ختام المباحثات").
_SAME_OCCASION = L._w("ختام هامش أيضا ايضا كذلك")
_SEEK = L._w("يسعى تسعى يسعيان تسعيان يسعون سعى سعت") | _LOOK_FORWARD  # "تسعى ... إلى توقيع": sought, not taken
_ROUND = L._w("جولة الجولة")  # a round of talks (not "جولته", a leader's tour)
# What tells a round of talks when no word of talks is a cue: its number or a word of consultations after it ("في
# ختام جولة خامسة استمرت يومين", "في ختام جولة مشاورات"; not "جولة خليجية", a leader's tour).
_ROUND_OF = L._w("أولى الأولى ثانية الثانية ثالثة الثالثة رابعة الرابعة خامسة الخامسة سادسة السادسة سابعة السابعة "
                 "ثامنة الثامنة تاسعة التاسعة عاشرة العاشرة أخيرة الأخيرة جديدة الجديدة مشاورات المشاورات مباحثات "
                 "المباحثات")
_CLOSING = L._w("ختام اختتام نهاية")  # "في ختام الجولة الرابعة من المفاوضات": the round a step closed
_PAST_MONTH = L._w("الماضي المنصرم الفائت السابق")  # "رجب الماضي": the last one before the report
_SPAN_EDGES = L._w("بداية مطلع أوائل اوائل أواخر اواخر منتصف نهاية")  # "منذ بداية أبريل"
_RECALLS = L._w("يذكر يشار")
_PARTICIPLES = L._w("الموقع الموقعة موقعة الموقعين المبرم المبرمة مبرمة المصادق المصدق المعقود المعقودة "
                    "الممضاة الممضى ممضاة")  # (Tunisian and Algerian "signed": "الاتفاقية الممضاة بالجزائر")
# Definite words after an agreement noun that do not name it: "الاتفاق الجديد", "الاتفاقية المذكورة".
# "X المعروفة باتفاقية Y", "المعروفة باسم": the name that follows is another name of the same agreement.
# What an agreement is for, with ل after its name: "اتفاقية الأمم المتحدة لمكافحة الفساد", "اتفاقية أوتاوا لحظر
# الألغام".
# national legislatures a dateline may give a country (a name that goes on, "مجلس جامعة الدول", is not one), and
# cities that seat international bodies, whose dateline says nothing of a body's country
_NATIONAL_HOUSES = frozenset(fold(w) for w in (
    "البرلمان", "مجلس النواب", "مجلس الشعب", "مجلس الأمة", "مجلس الشيوخ", "مجلس الشورى", "المجلس الوطني",
    "مجلس المستشارين", "المجلس الشعبي الوطني", "الجمعية الوطنية"))
# A national house by the name its own state gives it, and the states whose house bears that name: a house named
# with no nationality is its country's when one party only has a house of that name ("أقر مجلس النواب اتفاقية
# الحدود مع سوريا": Lebanon's; "صادق مجلس نواب الشعب": Tunisia's).  Names many states give their house ("البرلمان",
# "المجلس الوطني") tell nothing.
_HOUSES: dict[tuple[str, ...], frozenset[str]] = {tuple(fold(w).split()): frozenset(c) for w, c in (
    ("مجلس نواب الشعب", {"Tunisia"}), ("المجلس الوطني للجهات والأقاليم", {"Tunisia"}),
    ("المجلس الشعبي الوطني", {"Algeria"}), ("مجلس المستشارين", {"Morocco"}),
    ("مجلس الأعيان", {"Jordan"}), ("المجلس الوطني الاتحادي", {"United Arab Emirates"}), ("الكنيست", {"Israel"}),
    ("الجمعية الوطنية الكبرى", {"Türkiye"}),
    ("مجلس الدوما", {"Russia"}), ("مجلس الشعب", {"Syria", "Egypt"}), ("مجلس الأمة", {"Kuwait", "Jordan", "Algeria"}),
    ("مجلس النواب", {"Lebanon", "Jordan", "Egypt", "Morocco", "Bahrain", "Iraq", "Libya", "Yemen", "United States"}),
    ("مجلس الشورى", {"Saudi Arabia", "Oman", "Bahrain", "Qatar", "Iran"}),
    ("الجمعية الوطنية", {"Mauritania", "France", "Armenia", "Pakistan", "South Korea", "Vietnam", "Kenya", "Nigeria"}))}
# Bodies a report names by a word alone, after naming the house in full before: "عقد مجلس الشعب جلسته ... وأقر
# المجلس", "عقد مجلس نواب الشعب جلسة ... وصادق النواب".
_HOUSE_SHORT = L._w("المجلس البرلمان النواب الأعضاء")
_REGIONAL_ADJ = frozenset(fold(w) for w in "العربية الإفريقية الأفريقية الإسلامية".split())
# a convention's reach: what follows it with ل is the convention's title ("الاتفاقية الإقليمية لتجارة الماشية")
# Adjectives of place or reach that tell a side, not a kind of agreement: "الاتفاق النووي الغربي الإيراني".
_REGION_ADJ = L._w("الغربي الشرقي الشمالي الجنوبي العربي الأوروبي الاوروبي الخليجي الإفريقي الأفريقي الافريقي "
                   "الآسيوي الاسيوي المغاربي الأمريكي الامريكي الأطلسي الاطلسي المتوسطي الإقليمي الاقليمي الدولي "
                   "العالمي الأممي الاممي الإسلامي الاسلامي القاري")
_REACH_ADJ = L._w("الإقليمية القارية العربية الإفريقية الأفريقية الإسلامية الدولية الخليجية المغاربية الأوروبية")
# organisations a convention is named after, with what it is for ("اتفاقية آسيان لمكافحة ...", "اتفاقية الاتحاد
# الأفريقي لحماية ...", "اتفاقية منظمة التعاون الإسلامي لتيسير ..."): folded token runs
ORG_TITLES = tuple(tuple(fold(w) for w in n.split()) for n in (
    "آسيان", "الآسيان", "الاتحاد الأفريقي", "الاتحاد الإفريقي", "منظمة التعاون الإسلامي", "جامعة الدول العربية",
    "مجلس التعاون الخليجي", "مجلس التعاون لدول الخليج العربية", "إيغاد", "الإيغاد", "إيكواس", "الإيكواس",
    "الكوميسا", "الاتحاد المغاربي", "اتحاد المغرب العربي",
    # agencies whose conventions go by their name, a number and what they bear on: "اتفاقية منظمة العمل الدولية رقم
    # 190 بشأن ...", "بروتوكول منظمة الصحة العالمية بشأن ..."
    "منظمة العمل الدولية", "منظمة العمل العربية", "منظمة الصحة العالمية", "المنظمة البحرية الدولية",
    "منظمة الطيران المدني الدولي", "منظمة الأغذية والزراعة", "منظمة التجارة العالمية", "اليونسكو",
    "منظمة اليونسكو", "المنظمة العالمية للملكية الفكرية", "الاتحاد الدولي للاتصالات", "مجلس أوروبا"))
_NUMBER_WORDS = L._w("رقم")  # "اتفاقية منظمة العمل الدولية رقم 190"
_BINDS = L._w("تربط يربط تجمع يجمع")  # "التي تربطها بفرنسا": the agreement that binds a state to another
_BY_WHOM = L._w("بحضور بمشاركة بقيمة برعاية بتوقيع بمناسبة بحسب بموجب بفضل بسبب بدعم بتمويل")
_SEAT_CITIES = frozenset(fold(w) for w in "نيويورك جنيف ستراسبورغ ستراسبورج بروكسل فيينا لاهاي أديس".split())
_PURPOSE_WORDS = frozenset(fold(w) for w in "حظر منع مكافحة حماية تجنب نزع تحرير وقف تسوية".split())
_TIME_ADVERBS = L._w("صباحا ظهرا عصرا مساء ليلا فجرا نهارا حاليا مجددا")
# Talking over a draft of the agreement is negotiating it: "ناقش خبراء من البلدين مسودة اتفاق", "تبادل الطرفان مسودة".
# A law's verb of approval, or its participle, the Maghreb's title: "القانون رقم 41.26 الموافق بموجبه على الاتفاقية".
_LAW_VERBS = L._w("يوافق توافق يصادق تصادق يصدق تصدق يجيز الموافق المصادق الموافقة المصادقة")
_OF_YEAR = L._w("لسنة لسنه لعام سنة سنه")  # a law's number and its year: "رقم 14 لسنة 2026"
_BY_IT = L._w("بموجبه بموجبها بمقتضاه بمقتضاها")
_TO_IT = L._w("إليه إليها إليهما اليه اليها اليهما")  # "انضمت إليها": joined it (the agreement named before)
# A state's titles before its name in an agreement's parties clause: "بين حكومة دولة الكويت وحكومة جمهورية الهند"
_STATE_TITLES = L._w("حكومة دولة جمهورية مملكة المملكة الجمهورية سلطنة إمارة الاتحادية")
# Places a title names by their own names ("ميناء جيبوتي", "نهري سيروان والوند", "معبر رأس جدير")
_PLACE_HEADS = L._w("نهر نهري نهرين ميناء مينائي سد سدي حقل حقلي معبر مطار جزيرة جزر بحيرة حوض خزان قناة مضيق "
                    "جسر ممر منفذ")
# What a title is for by a region's own name, after «ل» ("لمنطقة أبيي", "لإقليم ...", "لحوض النيل")
_REGION_HEADS = _PLACE_HEADS | L._w("منطقة منطقه إقليم اقليم")
_DUAL_PLACES = L._w("نهري نهرين مينائي سدي حقلي")
_SIDES = L._w("الطرفان الطرفين الجانبان الجانبين البلدان البلدين الدولتان الدولتين الحكومتان")
_VOTERS = L._w("الناخبون الناخبين المقترعون المقترعين")  # "وافق الناخبون السويسريون في استفتاء على الحزمة"
_REFERENDUM = L._w("استفتاء الاستفتاء باستفتاء")
_OTHER_OBJECTS = L._w("مذكرة مذكرتي مذكرات مذكرتين عقد عقدا عقود رسالة رسالة خطاب بيان إعلان برنامج خطة")
_TWO_GOVERNMENTS = L._w("الحكومتان الحكومتين حكومتا حكومتي")  # "وقعت الحكومتان العراقية والكويتية"
_PACKAGE = L._w("حزمة مجموعة")  # "حزمة الاتفاقات": several agreements signed and ratified as one
_DISCUSS = L._w("ناقش ناقشت ناقشا ناقشتا ناقشوا بحث بحثت بحثا بحثتا بحثوا تبادل تبادلت تبادلا تبادلتا تبادلوا")
_DRAFT = L._w("مسودة مسودات مسودتي")
_HELD_MEETING = L._w("عقد عقدت اجتمع اجتمعت")  # "عقد مجلس الوزراء اجتماعه ..."
# The drafts of an executive's act of approval ("مشروع مرسوم بقانون بالموافقة", "مشروع قرار رئيس الجمهورية بشأن
# الموافقة"): a cabinet approving one approves the agreement; a bill ("مشروع قانون") still goes to the house.
_DRAFT_ACTS = L._w("مرسوم المرسوم قرار القرار")
_SIGNED_LAW = L._w("مرسوم مرسوما المرسوم قانون قانونا القانون قرار قرارا القرار أمرا تنفيذيا")
_UN_NAMED = re.compile(r"\S*(?:اتفاق|معاهد|ميثاق|بروتوكول)\S* الامم المتحده")
_KNOWN_AS = L._w("المعروفة المعروف المعروفتين معروفة معروف المسماة المسمى المسماه وتعرف وتسمى يعرف تعرف")
_NOT_NAMES = L._w("الجديد الجديدة التاريخي التاريخية النهائي النهائية الحالي الحالية الأخير الأخيرة المقترح "
                  "المقترحة المذكور المذكورة المبدئي الأولي الكبير المهم المهمة السابق السابقة الحكومة الأطراف "
                  "الطرفين الجانبين البلدين الدول الدولتين اليوم الأمس الذي التي المعلن المعلنة الموقع الموقعة "
                  "المبرم المبرمة المشار الأول الثاني الثالث الآن حاليا الحالي "
                  "الرامي الرامية الهادف الهادفة الساعي الساعية "  # (what it aims at: "الاتفاق الرامي إلى ...")
                  "المعمول المعمولة")  # (in force: "الاتفاق التجاري التفاضلي المعمول به")
_IF = L._w("لو ولو فلو وإذا فإذا سواء")  # "ولو صدقت توقعات", "سواء تم التصديق ... أم لا"
_NUMBERED = L._w("القرار قرار رقم المادة مادة البند بند القانون قانون الفقرة")  # "القرار 1929" is no year
_DELEGATIONS = L._w("وفد وفدا وفدان الوفد الوفدان الوفدين وفدي")  # "بدأ وفدان روسي وأمريكي مفاوضات"
_OFFICES = L._w("الرئيس الرئيسان رئيس رئيسا الرئيسة رئيسة الوزير وزير وزيرا وزيرة وزراء الملك الملكان الزعيم زعيم زعيما "
                "الجانبان الوفد الوفدان")
# The article's own country and the speaker's: "وقعت المملكة" in a Saudi paper, "قال الوزير إن بلاده وقعت".
_DECREE_DETAILS = L._w("رقم برقم لسنة لسنه لعام سنة عام مؤرخ المؤرخ مؤرخا الصادر صادر في بتاريخ وتاريخ م هـ ه "
                       "الموافق")  # ("المرسوم الملكي رقم (م/40) وتاريخ 20/11/1447هـ")
# one of the acts listed: "أصدر السلطان ثلاثة مراسيم، أولها مرسوم بالتصديق"
_ONE_OF = L._w("أولها أولهما أحدها أحدهما ثانيها ثانيهما ثالثها آخرها منها منهما بينها بينهما أبرزها")
_ORDERS = L._w("الأمر أمر أمرا")  # a head of state's order ("ordonnance"): a decree when it ratifies
_DECREE_HEADS = L._w("المرسوم مرسوم مرسوما") | _ORDERS
_ACTS = _DECREE_HEADS | L._w("القانون قانون قانونا الظهير ظهير بقانون")  # a law or decree passed, by its number
_NUMBER_WORDS = L._w("رقم برقم عدد")
_ACT_TERMS = L._w("يتضمن المتضمن يقضي القاضي المتعلق يتعلق الصادر الذي والذي")
# Morocco's law that authorises a ratification: "مشروع القانون رقم 21.26 المأذون بموجبه في المصادقة على الاتفاقية"
_AUTHORISED_BY = L._w("المأذون مأذون يؤذن بموجبه بمقتضاه")
_DATED = L._w("مؤرخ المؤرخ مؤرخا مؤرخة المؤرخة")  # an act told with its date: "مرسوم رئاسي مؤرخ في 2 نوفمبر 2026"
_ORDERING = L._w("يقضي القاضي")  # "أمرا يقضي بالمصادقة": the order's content follows
# The ruler whose title tells the kind of state that issues the decree ("أصدر أمير البلاد المرسوم", "أصدر السلطان")
_RULER_KINDS = {fold(w): k for ws, k in (("أمير الأمير", "اميري"), ("السلطان سلطان", "سلطاني"),
                                         ("الملك ملك العاهل عاهل", "ملكي")) for w in ws.split()}
_ISSUED = L._w("صدر صدرت أصدر أصدرت اصدر اصدرت")  # a decree issued (not "يصدر", "سيصدر": to come)
_TOOK_NOTE = L._w("اطلع أطلع")  # a cabinet told of a decree issued ("اطلع المجلس على صدور المرسوم")
# Words between an issuing verb and a decree that make something else its object: a circular, a statement or a draft
# about the decree ("أصدرت الوزارة تعميما بشأن المرسوم", "أصدر بيانا نفى فيه صدور المرسوم", "أصدرت مشروع المرسوم")
_NOT_THE_DECREE = L._w("مشروع مشروعا مسودة بشأن حول عن فيه فيها صدور إصدار اصدار نفى نفت ينفي تنفي نفي بيانا بيان "
                       "تعميما تعميم قرارا توجيها توجيهات تعليمات")
_DECREE_KINDS = L._w("ملكي ملكيا سلطاني سلطانيا أميري اميري أميريا اتحادي اتحاديا رئاسي رئاسيا جمهوري تشريعي")
_DECREE_STATES = {  # the kind of decree, the states that issue it
    "سلطاني": frozenset({"Oman", "Brunei"}), "اميري": frozenset({"Qatar", "Kuwait"}),
    "رئاسي": frozenset({"Algeria", "Tunisia", "Syria", "Russia", "Kazakhstan", "Uzbekistan", "Azerbaijan",
                       "Indonesia", "Philippines"}),
    "ملكي": frozenset({"Saudi Arabia", "Jordan", "Bahrain", "Morocco", "Spain", "Netherlands", "Belgium", "Sweden",
                      "Norway", "Denmark", "United Kingdom", "Thailand", "Cambodia"}),
    "اتحادي": frozenset({"United Arab Emirates", "Russia", "Germany", "India", "Nigeria", "Brazil", "United States",
                         "Malaysia", "Ethiopia", "Switzerland", "Austria", "Canada", "Australia", "Mexico", "Pakistan",
                         "Somalia", "Iraq", "Argentina", "Belgium"}),
}
# The member states of groups that sign as one side: a member's own decree ratifies for its part of the group
# ("أصدر السلطان مرسوما سلطانيا بالتصديق على اتفاقية التجارة الحرة بين دول مجلس التعاون وماليزيا": Oman's step).
_GROUP_MEMBERS = {
    "Gulf Cooperation Council": frozenset({"Saudi Arabia", "United Arab Emirates", "Qatar", "Kuwait", "Bahrain",
                                           "Oman"}),
    "Eurasian Economic Union": frozenset({"Russia", "Kazakhstan", "Belarus", "Armenia", "Kyrgyzstan"}),
}
# A session or meeting a body holds, where it takes its steps ("جلسة عامة", "جلسته الأسبوعية", "اجتماعه").
_SESSIONS = L._w("جلسة جلسته جلستها جلستيه جلستين جلسات الجلسة اجتماع اجتماعه اجتماعها الاجتماع دورته دورتها")
_PER_SESSION = ("ratified", "endorsed", "withdrawn", "suspended")  # steps a body takes in its session


_URGE = L._w("حث حثت حثا حثوا دعا دعت دعوا طالب طالبت طالبوا ناشد ناشدت أوصى أوصت أوصوا حض حضت")
# "وزارة الخارجية التونسية": the nationality is the ministry's
_MINISTRY_HEADS = L._w("وزارة وزير وزيرة رئاسة مرسوم المرسوم الأمر")
_KINGDOM = L._w("المملكة والمملكة للمملكة وللمملكة فالمملكة")
_KINGDOM_NAMES = frozenset({"Saudi Arabia", "Jordan", "Bahrain", "Morocco"})
_KINGDOMS = frozenset({"SA", "JO", "BH", "MA"})  # the Arab states a paper of their own calls "the kingdom"
_KINGDOM_NAMED = L._w("المتحدة المغربية الأردنية الهاشمية الإسبانية الهولندية البلجيكية السويدية النرويجية "
                      "الدنماركية التايلندية البحرينية")  # "المملكة المتحدة" is another kingdom
_OWN_LAND = L._w("بلاده وبلاده لبلاده ولبلاده بلادها وبلادها لبلادها بلادهم وبلادهم بلادنا وبلادنا لبلادنا")
_SPEECH = L._w("قال قالت وقال وقالت أكد أكدت وأكد وأكدت أوضح أوضحت وأوضح وأوضحت أضاف أضافت وأضاف وأضافت "
               "بينت وبينت أشار أشارت وأشار وأشارت صرح صرحت وصرح ذكر ذكرت وذكر أعلن أعلنت وأعلن وأعلنت "
               "شدد شددت وشدد اعتبر اعتبرت واعتبر لفت لفتت ولفت")
# A country that reacts to an agreement is no party to it: "رحبت فرنسا بالاتفاق مع إيران".
_REACTIONS = L._w("رحب رحبت يرحب ترحب ترحيب انتقد انتقدت ينتقد تنتقد أدان أدانت عارض عارضت يعارض تعارض رفض رفضت "
                  "يرفض ترفض أيد أيدت يؤيد تؤيد هاجم هاجمت قلق تخشى يخشى حذر حذرت معارضة انتقاد رفض تأييد "
                  "يعارض يهاجم يصف وصف وصفت")
# What a signing told with لـ belongs to when it was held: a ceremony, an opening, its hours or its anniversary
# ("حفل لتوقيع", "فتحت للتوقيع", "الساعات الأخيرة لتوقيع الاتفاق", "الذكرى العاشرة لتوقيع")
_HELD_FOR = L._w("حفل حفلا حفلة احتفال احتفالا مراسم مراسيم فتحت فتح افتتحت افتتح ساعات الساعات لحظات اللحظات "
                 "الذكرى ذكرى")
# A signing authorised or a step awaited on a condition: "وافق المجلس على تفويض الوزير بالتوقيع", "حالما يصادق".
_AUTHORISE = L._w("تفويض التفويض فوض فوضت يفوض تخويل خول الإذن أذن بتفويض")
_ONCE = L._w("حالما ريثما لحين بمجرد")
_ENDED = L._w("انتهاء انقضاء نهاية لانتهاء بانتهاء")
_FRAMES = L._w("أعقاب اعقاب خلفية ضوء ظل إطار")
_PREPOSITIONS = L._w("مع ومع إلى الى على من عن ضد لدى تجاه حول بشأن نحو عبر")
_ABOUT = L._w("حول بشأن بخصوص الخاص الخاصة المتعلق المتعلقة")  # "الاتفاق حول الملف النووي"
_NEWS_TIMES = L._w("اليوم امس منذ اعتبارا مطلع بدايه الليله صباح مساء")  # a day a step is told on
_NOT_OBJECTS = L._w("هامش الهامش مدى مستوى نحو صعيد وجه اساس ضوء خلفيه")  # "على هامش": where or how, no object
_DRAFT_WORDS = frozenset(("مشروع", "مسوده", "نص", "وثيقه", "صيغه"))  # what of an agreement is signed ("على نص الاتفاق")
_HELP_TOPICS = L._w("المساعدة المساعدات الدعم العون")  # a topic that tells no subject without its purpose
_CITY_WORDS = L._w("مدينة بمدينة المدينة ميناء بميناء منطقة بمنطقة محافظة بمحافظة")
_WITNESS = L._w("بحضور وبحضور برعاية وبرعاية بوساطة وبوساطة")  # "وقع البلدان بحضور الرئيس الكيني اتفاقية"
_CAPITAL_WORDS = L._w("العاصمة عاصمة بالعاصمة")  # "في العاصمة البرازيلية": where, not who
_YEAR_WORDS = ("عام", "لعام", "سنه", "لسنه", "العام")
_TIMEX_REACH = 8  # tokens around a step where its own time expression is written
_COUNCIL_REACH = 10  # tokens between a step cue and "مجلس الأمن" when the council took the step
_NORM, _START = attrgetter("norm"), attrgetter("start")
_CUE_REACH = 10  # tokens between a step cue and the agreement noun it governs
# The cooperation a name may go on to tell the field of ("اتفاقية للتعاون في إدارة ..."), and the occasions a
# verbal-noun pattern also matches that are never that field ("في اجتماع", "في تصريح").
_COOPERATION = L._w("تعاون للتعاون التعاون شراكة للشراكة الشراكة")
_AID = L._w("المنحه منحه القرض قرض الهبه هبه")  # what a grant or a loan is for: "المنحة السعودية للمشتقات النفطية"
# Participles after a title's adjective that tell of the report, not the agreement ("الاستراتيجية المقترحة")
_NOT_TITLE_ADJ = L._w("المذكورة المذكور المعنية المعني المقترحة المقترح المرتقبة المرتقب المنتظرة المنتظر "
                      "المزمعة المزمع المقررة المقرر المعدلة المعدل المتوقعة المتوقع المتعلقة المتعلق المنشئة "
                      "المنشئ المؤسسة المشار المعروفة المعروف المسماة المزعومة المثيرة المثير المتعثرة المجمدة "
                      "المعلقة الملغاة المنتهية")
# What a title's complement with «لل» or «بال» is not: manner, occasion, audience ("بالأحرف الأولى", "للمرة الأولى")
_TITLE_STOPS = L._w("الأحرف الاحرف الإجماع الاجماع التزامن الإضافة الاضافة النيابة المرة الصحفيين الصحافة "
                    "الأغلبية الاغلبية العاصمة المدينة الحضور التوازي الفعل")
# What a title tells the field of with «في» or «بشأن»: "التعاون في الاستخدامات السلمية", "المساعدة القانونية في
# المسائل المدنية"
_FIELD_HEADS = L._w("تعاون للتعاون التعاون شراكة للشراكة الشراكة المساعدة للمساعدة مساعدة")
_GROUP_OF = L._w("لدول لبلدان")  # "منطقة التجارة الحرة لدول البحر الأحمر"
# A name of kind only that what the agreement is for, a noun with ل, may follow ("الاتفاقية الإطارية لممر ...").
_KIND_ADJ = L._w("الإطارية الإطاري الاطارية الاطاري الثلاثية الثلاثي الثنائية الثنائي الرباعية الرباعي الإقليمية "
                 "الإقليمي الدولية الدولي")
_IFALA_NOT = L._w("امانه اشاره اجازه اماره اثاره")  # (إفالة forms that name no action an agreement does)
_BY_RATIFYING = L._w("بالمصادقة بالتصديق بالموافقة")  # what a bill authorises: "الترخيص بالمصادقة على"
_NEW_ONE = L._w("جديد جديدة جديدا")
_DECADE = re.compile(r"^(?:[وب]?ال|منذ|في)?[^\W\d_]{2,5}ينيات$")  # (folded: "ثمانينيات", "التسعينيات")
_THAT_ONE = L._w("تلك ذلك")  # a distal demonstrative as subject: "تلك اتفاقية ..." is another one, described
_SHORT_HEADS = L._w("خط سد")  # (two letters: "اتفاقية خط أنبوب الغاز")
# Words with ل that tell no thing the agreement is for: "لصالح", "لعام 2020", "لمدة".
_LAM_NOT_HEADS = L._w("صالح عام سنه سنة فترة فتره حين غاية غايه جانب دى مده مدة بلد بلدان دول دولة دوله")
# "في مجال", "في مجالات", and the dual of two fields: "اتفاقية التعاون في مجالي الدفاع والأمن"
_FIELD_WORDS = ("مجال", "مجالات", "مجالي", "المجال", "المجالات")
_OCCASIONS = L._w("اجتماع اجتماعات احتفال استقبال تصريح تصريحات افتتاح اختتام ختام إطار مؤتمر لقاء زيارة")


@lru_cache(maxsize=200_000)  # words repeat; the cues and nouns are fixed at import
def _stem_of(norm: str) -> str:
    """The folded word without و/ف/ب/ل/ال clitics (first reading that is a cue or a noun)."""
    from marsad.nlp.events.analysis import stems

    for _p, s, suf in stems(norm):
        if s in _CUES or s in TREATY_NOUNS:
            return s
        if suf and s.endswith("ت") and s[:-1] + "ه" in _CUES:
            return s[:-1] + "ه"  # a feminine verbal noun writes its ة as ت before a pronoun: "مصادقتها", "بمصادقته"
    return norm


# the joining words and their stems: what a word's stem is when it tells accession (the cues and nouns ``_stem_of``
# reads are all set above; worked out once, not at every word of a sentence naming an agreement)
_JOIN_STEMS = _JOIN | {_stem_of(w) for w in _JOIN}


def _word_in(norm: str, words: frozenset[str]) -> bool:
    """Whether a folded token is one of ``words``, also with a pronoun ending ("رفضهما", "رغبتها" as "رغبة")."""
    if has_word(norm, words):
        return True
    for suffix in _PRONOUN_SUFFIX:
        base = norm[: -len(suffix)]
        if norm.endswith(suffix) and len(base) >= 2 and (has_word(base, words) or base.endswith("ت") and has_word(
                base[:-1] + "ه", words)):
            return True
    return False


def _no_adverb(norm: str) -> bool:
    """Whether a word ending in an accusative alif is not an adverb of time or manner ("صباحا", "رسميا")."""
    return norm not in _ADVERBS and norm not in _TIME_ADVERBS


def _joins_or_leaves(norm: str) -> bool:
    """Whether a folded word is a verbal noun of joining or leaving ("بانضمام", "الخروج", "انضمامها")."""
    from marsad.nlp.events.analysis import stems

    return any(s in _JOIN or s in _LEAVE for _p, s, _suf in stems(norm)) or norm in _JOIN or norm in _LEAVE


# Verbal nouns of what an agreement does with no shape that tells them (the first form, فَعْل/فِعالة/فُعول): "اتفاقية
# عبور الشاحنات", "اتفاق مرور الغاز", "اتفاقية لنقل الغاز", "اتفاقية للربط الكهربائي"
_ACTION_NOUNS = frozenset(fold(w) for w in (
    "عدم حظر منع نزع حماية مكافحة تحرير تسليم حسن إقامة وقف تجنب نقل حل إنشاء تبادل تقاسم تسوية عبور مرور ربط بيع "
    "شراء مد فتح بناء دعم رفع صيد ضمان").split())


# Participles of the pattern مُفاعِلة that describe an agreement, not what it does: "اتفاقية مماثلة"
# Verbal nouns of the pattern مفاعلة met in agreements' names ("اتفاقية معالجة النفط", "اتفاقية مقايضة العملات"): a
# list, since the same shape is the feminine participle of many adjectives ("مناسبة", "مباشرة", "مفاجئة", "ملائمة")
# nouns that open with ب, no preposition: "اتفاقية حماية بيانات الركاب", "اتفاقية نقل بضائع الترانزيت"
_B_NOUNS = frozenset(fold(w) for w in "بيانات بيئة بضائع بحوث بنية بنى برامج بذور بريد بحار بترول".split())
_MUFAALA = frozenset(fold(w) for w in "معالجة مقايضة مساعدة مشاركة مبادلة مراقبة معاملة مساهمة مصالحة مقاصة "
                     "مكافأة محاسبة ملاحقة مطاردة متابعة مواجهة مراجعة مشاورة مفاوضة".split())


# Nouns of a tie between parties: a nationality after them is one of the parties, not a thing's ("اتفاقية التعاون
# الأردني مع العراق"; but "اتفاقية الغاز المصري")
_TIES = frozenset(fold(w) for w in "التعاون الشراكة الصداقة السلام الأخوة التحالف التآخي".split())


_TAF_ADJ = L._w("تركية تقنية")  # (adjectives of that shape: "Turkish", "technical")


def _action_form(n: str) -> bool:
    """Whether the bare (folded, unprefixed) word ``n`` is a verbal noun that names what an agreement does: one of
    the short ones ("حظر", "نقل", "إنشاء") or of the pattern تفعيل، تفاعل، إفعال، افتعال، استفعال (not an adjective of
    relation: "تاريخي", "تجارية")."""
    if n in _ACTION_NOUNS:
        return True
    if len(n) == 5 and n[0] == "ت" and n.endswith(("يه", "ئه")) and n[2] != "ا" and n not in _TAF_ADJ:
        return True  # تفعلة of a root ending in a weak letter: "تحلية", "تنمية", "تقوية", "تعبئة"
    if len(n) < 5 or n.startswith("ال") or n.endswith(("ي", "يه")):
        return False
    return n[0] == "ت" and (n[3] == "ي" or n[2] == "ا") or n[0] == "ا" and (n[3] == "ا" or n[-2] == "ا") \
        or n.startswith("است") and n.endswith("ه") and n[-3] == "ا" \
        or n in _MUFAALA  # مفاعلة: "معالجة"; استفالة of a hollow root: "استعادة", "استفادة"


def _verbal_noun(norm: str) -> bool:
    """Whether a step's cue is its verbal noun, bare or with a pronoun ("التوقيع", "انسحابها"), not a verb."""
    return _stem_of(norm) in _MASDAR | {"توقيع", "التوقيع"} or any(
        norm.endswith(x) and _stem_of(norm[: -len(x)]) in _MASDAR for x in _PRONOUN_SUFFIX)


@lru_cache(maxsize=200_000)
def _treaty_noun(norm: str) -> bool:
    """Whether the folded word is an agreement noun, bare or with an object pronoun ("اتفاقها"), or two agreements
    ("اتفاقيتا", "الاتفاقيتين")."""
    return _stem_of(norm) in TREATY_NOUNS or any(
        norm.endswith(x) and _stem_of(norm[: -len(x)]) in TREATY_NOUNS for x in _PRONOUN_SUFFIX) or _dual(norm)


@lru_cache(maxsize=200_000)
def _dual(norm: str) -> bool:
    """Whether the folded word names two agreements ("اتفاقيتا", "باتفاقيتي", "الاتفاقيتين", "معاهدتي")."""
    from marsad.nlp.events.analysis import stems

    return any(s in _DUALS for _p, s, _suf in stems(norm))


def _party(span: Span, kb: Any = None) -> dict[str, Any] | None:
    """A mention as a party: a country; a city or capital as its country; a person through the country
    the knowledge base says they act for.  Other organisations are not parties here."""
    d = span.data
    eid = d.get("entity_id")
    ent = kb.get(eid) if kb is not None and eid else None
    if span.label == "LOC":
        of = kb.get(ent.data.get("country")) if ent is not None and ent.data.get("country") else None
        if of is not None:
            return {"name": of.name_ar, "name_en": of.name_en, "entity_id": of.id}
        if kb is not None and (ent is None or ent.data.get("kind") != "country"):
            return None  # a region, sea or strait is no party
        return {"name": d.get("name") or d.get("text"), "name_en": d.get("name_en"), "entity_id": eid} if eid else None
    if span.label == "PER" and ent is not None:
        for r in ent.roles or ():
            of = kb.get(r.of) if r.of else None
            if of is not None and of.type == "LOC":
                return {"name": of.name_ar, "name_en": of.name_en, "entity_id": of.id}
    return None


_COUNTRIES_BY_NAME: dict[int, dict[str, dict[str, Any]]] = {}


def _countries(kb: Any) -> dict[str, dict[str, Any]]:
    """The knowledge base's countries by their folded Arabic name."""
    names = _COUNTRIES_BY_NAME.get(id(kb))
    if names is None:
        names = _COUNTRIES_BY_NAME[id(kb)] = {
            fold(e.name_ar): {"name": e.name_ar, "name_en": e.name_en, "entity_id": e.id}
            for e in kb.entities.values() if e.data.get("kind") == "country" and e.name_ar}
    return names


def _country_of_the_name(text: str, kb: Any) -> dict[str, Any] | None:
    """The country a party's name also names when it is a city's too ("عمان": Oman, not Amman): a state, not
    its capital, takes part in an agreement."""
    if kb is None:
        return None
    return _countries(kb).get(fold(text).strip())


def _place_country(m: Span, text: str, kb: Any, *, city_first: bool = False) -> dict[str, Any] | None:
    """The country a place mention stands for: the country its name also names ("عمان": Oman), else its linked
    country; ``city_first`` the other way round, where the place is a city a report was written in ("عمّان –":
    Jordan)."""
    name = text[m.start:m.end]
    if city_first:
        return _party(m, kb) or _country_of_the_name(name, kb)
    return _country_of_the_name(name, kb) or _party(m, kb)


def _canonical(parties: list[dict[str, Any]], kb: Any) -> list[dict[str, Any]]:
    """Parties named by a nationality ("السلطات التركية" → تركيا) as the knowledge base's country of that Arabic
    name (Türkiye), so that one country is one party however the text names it."""
    if kb is None:
        return parties
    names = _countries(kb)
    out: dict[str, dict[str, Any]] = {}
    for p in parties:
        if not p.get("entity_id") and not p.get("group") and fold(str(p.get("name") or "")) in names:
            p = dict(names[fold(str(p["name"]))])
        out.setdefault(str(p.get("name_en") or fold(str(p.get("name") or ""))).lower(), p)
    return list(out.values())


def norm_is_purpose(norm: str) -> bool:
    """A verbal noun after لـ of purpose: "لإقراره", "للمصادقة" (folded forms)."""
    for p in ("لل", "ل"):
        rest = norm[len(p):]
        if norm.startswith(p) and len(rest) > 3:
            base = ("ال" + rest) if p == "لل" else rest
            for suf in ("", "ه", "ها", "هما", "هم"):
                if suf and not base.endswith(suf):
                    continue
                stem = base[: len(base) - len(suf)] if suf else base
                if stem in _MASDAR or suf and stem.endswith("ت") and stem[:-1] + "ه" in _MASDAR:
                    return True  # "لإجازتها": the feminine ending is written ت before a pronoun
    return False


def _without_clitic(name: str) -> str:
    """The name without the preposition glued to its first word: "للاتفاق النووي" → "الاتفاق النووي"."""
    head, _, rest = name.partition(" ")
    f = fold(head)
    for p, put in (("لل", "ال"), ("بال", "ال"), ("وال", "ال"), ("فال", "ال"), ("ول", ""), ("وب", ""), ("ل", ""),
                   ("ب", ""), ("و", "")):
        if f.startswith(p) and _stem_of(f[len(p):]) in TREATY_NOUNS | {"ال" + x for x in TREATY_NOUNS}:
            k = len(p)  # folded and written forms differ only in marks; cut by letters
            letters = [j for j, ch in enumerate(head) if fold(ch)]
            cut = letters[k] if k < len(letters) else len(head)
            return " ".join(x for x in (put + head[cut:], rest) if x)
    return name


class _Article:
    """Working state for one article."""

    def __init__(self, doc: Doc, kb: Any = None) -> None:
        self.doc, self.kb = doc, kb
        self.text = doc.text
        self.toks = _tokens(self.text)
        self.norms = list(map(_NORM, self.toks))
        self.starts = list(map(_START, self.toks))
        self.nouns = list(compress(range(len(self.norms)), map(_treaty_noun, self.norms)))  # agreement nouns
        # a statute is an agreement ("نظام روما الأساسي", "النظام الأساسي للمحكمة"), and the body it creates stands for
        # it when a state withdraws from that body ("انسحابها من المحكمة"): token → the statute's name
        self.statutes: dict[int, str] = {}
        self.created: dict[int, str] = {}
        bodies: dict[str, str] = {}
        for k, n in enumerate(self.norms):
            if _stem_of(n) in _STATUTE_HEADS:
                end = next((j for j in range(k + 1, min(len(self.norms), k + 4)) if self.norms[j] in _BASIC), None)
                if end is None or not self.treaty_statute(k, end):
                    continue
                self.statutes[k] = _without_clitic(self.text[self.toks[k].start:self.toks[end].end])
                for j in range(end + 1, min(len(self.norms), end + 4)):
                    m = self.norms[j]
                    if m.startswith("لل") and len(m) > 4:  # "المنشئ للمحكمة الجنائية", "الأساسي للمحكمة"
                        bodies.setdefault("ال" + m[2:], self.statutes[k])
                        break
                    if not m.startswith(("ال", "لل")):
                        break
        if bodies:
            for k in range(1, len(self.norms)):
                if self.norms[k] in bodies and self.norms[k - 1] in ("من", "عن"):
                    self.created[k] = bodies[self.norms[k]]
        self.laws = self.ratifying_laws()  # "أقر مجلس الأعيان مشروع القانون": the law named before, and its agreement
        if self.statutes or self.created or self.laws:
            self.nouns = sorted(set(self.nouns) | set(self.statutes) | set(self.created) | set(self.laws))
        self.mentions = sorted(doc.layers.get("mention", []), key=lambda s: s.start)
        self.anchor = anchor_date(doc)
        self.timex_all = doc.layers.get("timex", [])
        self.timex = [t for t in self.timex_all if t.label != "duration"]
        self.others: set[int] = set()  # agreement nouns that name another agreement (see name_at)
        self.own_names: dict[int, str] = {}  # ... and the words that name it
        self.between: set[int] = set()  # tokens after بين of the step being read (see party_tokens)
        self.served: set[int] = set()  # ... and the nationality of what it serves ("للبحرية الروسية")
        self.bound: set[int] = set()  # ... and the tokens of a state it binds the subject to ("التي تربطها بفرنسا")
        self.title_of: dict[int, str] = {}  # a noun → the short name its title is keyed by (see reach_titles)
        self.titles_read = False
        self.title_years: set[tuple[int, int]] = set()  # (chars of) a year that closes a title: "... لعام 2024"
        self.second_decree: dict[int, int] = {}  # a step of a second decree coordinated → the first decree (governor)
        # persons' countries come from the event coder ("الرئيس الروسي فلاديمير بوتين" → Russia)
        self.event_parties: dict[tuple[int, int], dict[str, Any]] = {}
        for e in doc.layers.get("event", []):
            for role in ("actor", "recipient"):
                p = e.data.get(role)
                if isinstance(p, dict) and p.get("span"):
                    self.event_parties[tuple(p["span"])] = p  # type: ignore[index]

    def unnamed_counterpart(self, noun: int, name_end: int, hi: int) -> bool:
        """Whether the indefinite agreement at ``noun`` is told only as one with a state the report leaves unnamed,
        right after its words ("اتفاق تعاون في مجال الصيد مع دولة أفريقية", "اتفاقية ... مع إحدى دول الجوار")."""
        n = self.norms[noun]
        if n.startswith(("ال", "وال", "بال", "لل", "فال", "كال")) or noun in self.laws or noun in self.created:
            return False
        k = name_end + 1
        if k + 1 >= hi or self.norms[k] not in ("مع", "ومع"):
            return False
        return self.norms[k + 1] in _UNNAMED_STATE and not self.country_at(k + 1) \
            and not (k + 2 < hi and self.country_at(k + 2))

    def ratifying_laws(self) -> dict[int, int]:
        """A bare definite law in a sentence that names no agreement ("وكان مجلس الأعيان قد أقر مشروع القانون",
        "صدرت الإرادة الملكية بالمصادقة على القانون") → the agreement noun of the law of ratification an earlier
        sentence names ("نشرت الجريدة الرسمية قانون التصديق على معاهدة ..."), with no other agreement named between:
        the steps of that law are the agreement's ratification (read as such only, see _stage)."""
        out: dict[int, int] = {}
        norms, nouns = self.norms, set(self.nouns)
        law_of: int | None = None  # the agreement noun of the last ratifying law named
        for k, n in enumerate(norms):
            if k in nouns:
                law_of = None if law_of is None or k != law_of else law_of
            if _stem_of(n) == "قانون" and not n.endswith(("ها", "هما", "ه")) and k + 3 < len(norms) \
                    and norms[k + 1].removeprefix("ب") in ("التصديق", "المصادقه", "الموافقه") \
                    and norms[k + 2] in ("على", "علي") and k + 3 in nouns:
                law_of = k + 3
                continue
            if law_of is None or n.removeprefix("و").removeprefix("ب").removeprefix("ل") not in ("القانون", "لقانون") \
                    or k + 1 < len(norms) and (norms[k + 1].startswith("ال") or norms[k + 1] in ("رقم", "عدد")):
                continue
            end = next((j for j in range(k + 1, len(norms)) if norms[j] in (".", "؟", "!")), len(norms))
            begin = next((j for j in range(k - 1, -1, -1) if norms[j] in (".", "؟", "!")), -1)
            if law_of < begin and not any(j in nouns for j in range(begin + 1, end)):
                out[k] = law_of
        return out

    @cached_property
    def stemmed(self) -> list[str]:
        """Each token's word without its clitics (read only in sentences that name an agreement)."""
        return list(map(_stem_of, self.norms))

    def tok_range(self, start: int, end: int) -> range:
        return range(bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end))

    def sentence_ranges(self, sents: list[Span]) -> Iterator[tuple[Span, int, int]]:
        """Each sentence with the range of its tokens (``lo``, ``hi``); sentences without a token left out."""
        for s in sents:
            rng = self.tok_range(s.start, s.end)
            if rng:
                yield s, rng.start, rng.stop

    @cached_property
    def lead(self) -> Span | None:
        """The report's first sentence (its lead), when its text has sentences."""
        return min(self.doc.layers.get("sentence", []), key=lambda x: x.start, default=None)

    @cached_property
    def session_lead(self) -> Span | None:
        """The sentence that tells the report's session: the lead, or the second or third sentence when the lead
        does not ("أكد ولي العهد أن ..." then "وكان مجلس الوزراء قد استهل جلسته عصر أمس بتقرير ..."); None when
        none of them does."""
        return next((s for s in sorted(self.doc.layers.get("sentence", []), key=lambda x: x.start)[:3]
                     if self.tells_session(s)), None)

    def tells_session(self, s: Span) -> bool:
        """Whether the sentence ``s`` has a word of a session or meeting ("جلسته", "بجلستها", "الاجتماع")."""
        return any(_stem_of(self.norms[k]).removeprefix("ب") in _SESSIONS or self.norms[k] in _SESSIONS
                   for k in self.tok_range(s.start, s.end))

    # -- the agreement's name -----------------------------------------------------

    def treaty_statute(self, k: int, end: int) -> bool:
        """Whether the "نظام ... الأساسي" from ``k`` to ``end`` is a treaty's statute: one named for a city ("نظام
        روما الأساسي") or of a court or an organisation ("النظام الأساسي للمحكمة الجنائية الدولية"), not a
        company's or a club's articles nor a state's basic law ("النظام الأساسي للشركة", "للحكم")."""
        if end > k + 1:
            return all(has_word(self.norms[j], _CITY_NAMES | _STATUTE_CITIES) for j in range(k + 1, end))
        return end + 1 < len(self.norms) and any(self.norms[end + 1].startswith(w) for w in _STATUTE_OF)

    def name_at(self, i: int, hi: int) -> tuple[str, bool, int]:
        """(name as written, generic?, last token of the name) of the agreement noun at token ``i``."""
        norm = self.norms[i]
        if i in self.created:
            return self.created[i], False, i  # "انسحابها من المحكمة": the statute that created the court
        if i in self.laws:
            n = self.laws[i]
            said, generic, _end = self.name_at(n, next((j for j in range(n + 1, len(self.norms))
                                                        if self.norms[j] in (".", "؟", "!")), len(self.norms)))
            return said, generic, i  # "أقر مجلس الأعيان مشروع القانون": the agreement its law ratifies
        if i in self.statutes:
            end = next(j for j in range(i + 1, min(len(self.norms), i + 4)) if self.norms[j] in _BASIC)
            return self.statutes[i], False, end
        if any(norm.endswith(s) and _stem_of(norm[: -len(s)]) in TREATY_NOUNS for s in _PRONOUN_SUFFIX) \
                and _stem_of(norm) not in TREATY_NOUNS:
            return self.text[self.toks[i].start:self.toks[i].end], True, i  # "بمعاهدتهما"
        end = i
        j = i + 1
        city_named = False  # (a city closes the name: "اتفاقية أوتاوا نافذا" is no name)
        # a quoted title right after the noun: اتفاقية “شراكة شاملة”
        if j < hi and self.norms[j] in ("«", "“", '"', "„"):
            close = next((k for k in range(j + 1, min(hi, j + 6)) if self.norms[k] in ("»", "”", '"')), None)
            if close is not None and (any(has_word(self.norms[k], NAME_WORDS) for k in range(j + 1, close))
                                      or self.acronym(j + 1, close)):
                # a title ("“شراكة شاملة”", "«سيبا»"), not a quoted judgement ("«غير مقبول»")
                end = close
                j = hi
        while j < hi and j - i <= 8:
            n = self.norms[j]
            if has_word(n, NAME_WORDS) or n in ("5", "+", "1") and j - i <= 3 or j == i + 1 and n in _AID:
                end = j  # ("اتفاقية المنحة ...": a grant's, named by what it is for)
                city_named = j == i + 1 and n in _CITY_NAMES  # ("اتفاق فيينا الخاص ...": a city governs nothing)
            elif j == i + 1 and self.names_city(i, j):
                end = self.mention_end_tok(j)  # "اتفاقية أوتاوا", "باتفاقية هانوي": named for a city
                city_named = True
                j = end + 1
                break
            elif n.isdigit() and len(n) == 1 and end == j - 1 and has_word(self.norms[j - 1], _NUMBERED_CITIES):
                end = j  # "اتفاقات مينسك 2"
            elif n in ("عام", "لعام", "سنه", "لسنه") and end == i and j + 1 < hi and _YEAR.match(self.norms[j + 1]):
                # "معاهدة عام 1965" is a name; "اتفاقية حسن الجوار عام 1988" is a name and a date
                end = j + 1
                break
            elif _YEAR.match(n) and j == end + 1 and end == i:
                end = j
                break
            else:
                break
            j += 1
        if i < end and self.norms[end].startswith(("ال", "وال", "لل")) and not has_word(self.norms[end], _NOT_NAMES) \
                and not self.norms[end].endswith(("ي", "يه")):
            # a definite noun of the list takes its adjectives: "معاهدة حظر الأسلحة الكيميائية" (not an adjective
            # another: "الاتفاق النووي الغربي الإيراني")
            while end + 1 < hi and end - i < 8 and self.norms[end + 1].startswith("ال") \
                    and (self.content_word(end + 1) or self.lone_nisba(end + 1, hi)) \
                    and self.norms[end + 1].endswith(("ي", "يه")):
                end += 1
        elif i < end < hi - 1 and self.norms[end].startswith("ال") and self.norms[end].endswith(("ي", "يه")) \
                and has_word(self.norms[end], NAME_WORDS) and self.describes_kind(end + 1, hi):
            end += 1  # a name word that is an adjective takes one that tells its kind: "الاتفاق التجاري التفاضلي"
        if end == i and i + 2 < hi and self.action_noun(i + 1) and not self.norms[i + 2].startswith("ال") or \
                i < end < hi - 1 and not self.norms[end].startswith(("ال", "وال", "لل", "بال")):
            # the construct state: an indefinite word governs the one after it, and the chain names the agreement
            # ("اتفاقية إنشاء منطقة تجارة حرة", "معاهدة مياه نهر السند", "اتفاق وقف إطلاق النار")
            if end == i:
                end = self.construct_end(i + 1, hi, i)
                end = i if end == i + 1 else end  # a verbal noun alone is no name: "اتفاق تمويل مقابل الإصلاح"
            elif self.norms[end][:1].isalpha() and not city_named:
                end = self.construct_end(end, hi, i)
        if end == i and i + 2 < hi and (self.action_noun(i + 1) or self.plural_head(i + 1)) \
                and self.norms[i + 2].startswith("ال"):
            # "معاهدة عدم الاعتداء وحسن الجوار", "اتفاقية تحديد المنطقة الاقتصادية الخالصة": a verbal noun and what
            # it governs name the agreement (or a plural noun: "اتفاقية خدمات النقل الجوي")
            end = i + 2
            for k in range(i + 3, min(hi, i + 9)):
                n = self.norms[k]
                if (n.startswith("ال") or n.startswith("وال") or has_word(n, NAME_WORDS)) and not self.stops_name(k):
                    end = k
                else:
                    break
        if end == i and i + 2 < hi and not self.norms[i].startswith(("ال", "وال", "بال", "لل", "فال", "كال")) \
                and self.thing_head(i + 1):
            # a thing the agreement is about, an indefinite noun that governs a chain closed by a definite word:
            # "اتفاقية خط أنبوب الغاز الخليجي", "اتفاقية ممر الهيدروجين" (not an adjective: "اتفاقية جديدة")
            last = self.construct_end(i + 1, hi, i)
            if last > i + 1 and any(self.norms[k].startswith("ال") for k in range(i + 2, last + 1)):
                end = last
        if end in (i, i + 1) and i + 3 < hi and self.norms[i].startswith(("ال", "بال", "لل", "وال")) \
                and self.norms[i + 1] in _KIND_ADJ and self.thing_head(i + 2, lam=True) and self.content_word(i + 3) \
                and not self.stops_name(i + 3):
            # a name of kind only, then what it is for, a noun with ل and what it governs: "الاتفاقية الإطارية لممر
            # الهيدروجين الأخضر", "الاتفاقية الثلاثية لأنبوب الغاز", "الاتفاقية الإطارية لمشروع طريق التنمية"
            if self.norms[i + 3].startswith("ال"):
                last = i + 3
                while last + 1 < min(hi, i + 8) and self.norms[last + 1].startswith("ال") \
                        and self.content_word(last + 1) and not self.stops_name(last + 1):
                    last += 1
            else:
                last = self.construct_end(i + 2, hi, i)
                if not any(self.norms[k].startswith("ال") for k in range(i + 3, last + 1)):
                    last = end
            end = last
        if i < end < hi - 1 and not self.norms[end].startswith(("ال", "وال", "لل")) and self.norms[end][:1].isalpha() \
                and self.action_noun(end) and self.norms[end + 1].startswith("ال") and not self.stops_name(end + 1):
            # "اتفاقية ترسيم المنطقة الاقتصادية الخالصة": what the verbal noun governs continues the name
            for k in range(end + 1, min(hi, end + 6)):
                n = self.norms[k]
                if (n.startswith("ال") or n.startswith("وال")) and not self.stops_name(k):
                    end = k
                else:
                    break
        if end in (i, i + 1) and i + 1 < hi and self.norms[i + 1] in _NEW_ONE:
            end = max(end, self.lam_purpose_end(i, hi))  # "اتفاق جديد للخدمات الجوية": what the new one is for
        if end == i:
            end = self.lam_purpose_end(i, hi)  # "اتفاقية لتشجيع وحماية الاستثمارات المتبادلة"
        if end > i or i + 2 < hi and self.norms[i + 1] in ("القضاء", "قضاء") and self.norms[i + 2] in ("على", "علي"):
            end = self.governed_tail(max(end, i + 1), hi, i)
        if end > i and end + 2 < hi and self.norms[end + 1] == "في" \
                and self.norms[end + 2] in _FIELD_WORDS:
            # "الاتفاقية الإطارية للتعاون في مجال المياه", "اتفاقية الشراكة في مجال الصيد المستدام" (or its
            # adjective: "اتفاقية التعاون في المجال العسكري والتقني")
            two = self.norms[end + 2] == "مجالي"
            for k in range(end + 3, min(hi, end + 7)):
                if self.norms[k].startswith("ال") and not self.stops_name(k):
                    end = k
                elif two and self.norms[k].startswith("وال") and not self.stops_name(k) \
                        and not self.country_at(k):
                    end, two = k, False  # the dual names two fields: "في مجالي الدفاع والأمن"
                else:
                    break
        if end > i and end + 3 < hi and self.norms[end] in _COOPERATION and self.norms[end + 1] == "في" \
                and self.norms[end + 2] not in _OCCASIONS and not self.norms[end + 2].startswith("ال") \
                and end + 2 not in self.mention_starts_tok and self.content_word(end + 2) and self.content_word(end + 3):
            # what the cooperation is in, an indefinite word and what it governs: "اتفاقية للتعاون في إدارة مياه
            # النيل" (not a place or a time: "في القاهرة", "في سبتمبر الماضي"; not the occasion it was praised at:
            # "اتفاقية التعاون في تصريح للصحفيين")
            end = self.construct_end(end + 2, hi, i)
        if end == i and i + 2 < hi and self.norms[i].startswith(("ال", "بال", "لل", "وال")) \
                and self.norms[i + 1] in ("المنشئه", "المنشئ", "المؤسسه", "المؤسس") \
                and self.norms[i + 2].startswith("لل") and len(self.norms[i + 2]) > 4:
            # "الاتفاقية المنشئة للقوات المشتركة التشادية السودانية": named by what it creates (its nationalities
            # are its parties)
            end = i + 2
            while end + 1 < min(hi, i + 8) and self.norms[end + 1].startswith("ال") and self.content_word(end + 1):
                end += 1
        if end == i and self.norms[i].startswith(("ال", "بال", "لل", "وال")) and self.related_at(i + 1, hi):
            end = self.related_end(i + 2, hi)
        if end == i and not self.norms[i].startswith(("ال", "بال", "لل", "وال", "فال", "كال")):
            end = self.subject_title(i, hi)  # "اتفاقية بشأن حماية التراث الثقافي المغمور بالمياه"
        if end == i:
            end = self.agency_title(i, hi)  # "اتفاقية منظمة العمل الدولية رقم 190 بشأن القضاء على العنف"
        if end > i + 1 and end + 1 < hi and self.norms[end].startswith("الم") and len(self.norms[end]) == 7 \
                and self.norms[end][5] == "و" and self.norms[end + 1] in ("عليه", "عليها", "عليهم"):
            # (a passive participle مفعول only: not "اتفاقية الدفاع المشترك عليها أن ...", "it must")
            end += 1  # a participle with its preposition: "اتفاقية نقل المحكوم عليهم"
        if i < end:
            if self.norms[end].startswith("و") and not self.norms[end].startswith("وال") and end + 1 < hi \
                    and self.content_word(end) and self.content_word(end + 1):
                end = self.construct_end(end, hi, i)  # a title cut after «و» and a construct: "وإدارة معبر ..."
            end = self.coordinated_end(self.purpose_end(self.coordinated_end(end, hi, i), hi), hi, i)
            end = self.complement_end(end, hi, i)
        words = self.text[self.toks[i].start:self.toks[end].end]
        if (field := self.field_after_sides(end, hi)) is not None:
            # "مشروع اتفاقية تعاون بين حكومة المملكة ... وحكومة جمهورية مالطا في مجال النقل البحري": the field told
            # past the parties clause names it too (the clause itself is kept apart: see sides_clause)
            return _without_clitic(words) + " " + field, False, end
        if end == i and i + 1 < hi and self.genitive(i + 1):
            self.others.add(i)  # "اتفاقية الحد من الانتشار": an agreement named by words we do not read as a name
            # ... its name is those words: "اتفاقية العلاقات والحصانات الدبلوماسية" (not the article's agreement)
            last, k = i + 1, i + 2
            while k < min(hi, i + 7):
                if self.genitive(k, conj=True) or self.lone_nisba(k, hi):
                    last = k  # (and a nationality the thing has: "اتفاقية الغاز المصري")
                elif self.norms[k] == "من" and k + 1 < hi and self.norms[k + 1][:1].isalpha() and \
                        not has_word(self.norms[k + 1], TREATY_NOUNS):
                    last = k + 1  # "الحد من انتشار"
                    k += 1
                else:
                    break
                k += 1
            if self.related_at(rel := last if self.norms[last] in ("المتعلقه", "المتعلق") else last + 1, hi):
                last = self.related_end(rel + 1, hi)  # "الاتفاقية الحكومية الدولية المتعلقة بإنشاء ..."
            if (purpose := self.purpose_end(last, hi)) > last:
                # what it is for goes on past «و» ("الاتفاقية العربية لمكافحة الأدوية والمستلزمات الطبية المغشوشة")
                last = self.coordinated_end(purpose, hi, i)
            last = self.genitive_complement(i, last, hi)
            self.own_names[i] = _without_clitic(self.text[self.toks[i].start:self.toks[last].end])
        generic = end == i  # "اتفاقيات الطاقة" is named; "الاتفاقيات" alone is not
        return _without_clitic(words), generic, end

    def genitive_complement(self, i: int, last: int, hi: int) -> int:
        """The last token of a name read from the definite words after its noun ("اتفاقية الاعتراف المتبادل") that
        goes on past ``last`` with what its verbal noun bears on, with «بال» ("... بالمؤهلات والشهادات المهنية"), the
        field it is in, «في» and an indefinite noun with what it governs ("اتفاقية التنسيق في عمليات البحث والإنقاذ
        البحري"), or the region it is for, «ل» and a region's own name ("اتفاق الترتيبات الأمنية المؤقتة لمنطقة
        أبيي"); ``last`` when none does (a manner, a place or a time: "بالإجماع", "في القاهرة", "في سبتمبر")."""
        k = last + 1
        if k + 1 >= hi or i + 1 >= hi:
            return last
        head, nxt = self.norms[i + 1], self.norms[k]
        verbal = head.startswith("ال") and _action_form(head[2:])
        if verbal and nxt.startswith("بال") and len(nxt) > 5 and self.title_word(k, nxt[1:]) \
                and self.norms[k + 1] not in _NISBA:
            end = k  # (and what «و» joins to it, with its adjectives: "بالمؤهلات والشهادات المهنية")
            while end + 1 < hi and end - k < 4 and (self.norms[end + 1].startswith("ال") or self.norms[end + 1][
                    :3] == "وال" and len(self.norms[end + 1]) >= 7 and not self.norms[end + 1].endswith("ي")) \
                    and self.content_word(end + 1) and not self.stops_name(end + 1) and not self.country_at(end + 1):
                end += 1  # (not a verb after «و»: "والتقى")
            return self.coordinated_end(end, hi, i)
        if verbal and nxt == "في" and not self.norms[k + 1].startswith(("ال", "و")) and self.content_word(k + 1) \
                and self.norms[k + 1] not in _OCCASIONS and k + 1 not in self.mention_starts_tok \
                and not self.country_at(k + 1):
            end = self.construct_end(k + 1, hi, i)
            if end > k + 1 and self.norms[end].startswith(("ال", "وال")):
                return self.coordinated_end(self.adjectives_end(end, hi), hi, i)
        if nxt.startswith("ل") and not nxt.startswith("لل") and nxt[1:] in _REGION_HEADS \
                and not self.country_at(k + 1) and (k + 1 in self.mention_starts_tok
                                                    or self.content_word(k + 1) and not self.stops_name(k + 1)):
            return self.adjectives_end(self.mention_last(k + 1), hi)
        return last

    def lam_purpose_end(self, i: int, hi: int) -> int:
        """The last token of a name an indefinite agreement noun takes from what it is for, a verbal noun with ل right
        after it and what that governs: "اتفاقية لتشجيع وحماية الاستثمارات المتبادلة", "اتفاقا لوقف إطلاق النار",
        "اتفاقية لتجنب الازدواج الضريبي", "اتفاقية للإعفاء المتبادل" (the writers' own short names of such agreements);
        ``i`` when the noun is definite, or no verbal noun follows, or nothing definite closes what it governs."""
        k = i + 1
        if k + 1 >= hi or self.norms[i].startswith(("ال", "وال", "بال", "لل", "فال", "كال")):
            return i
        if self.norms[k] in _NEW_ONE and k + 2 < hi:
            k += 1  # "اتفاق جديد للخدمات الجوية": a new one, what it is for after the adjective
        n = self.norms[k]
        if n.removeprefix("ل").removeprefix("ل") in _EVERY_PURPOSE or n.startswith("لل") and n[2:] in _EVERY_PURPOSE:
            return i  # what every agreement is for ("اتفاقية لتعزيز التعاون"): a description, no name
        if n.startswith("لل") and len(n) > 5 and _action_form(n[2:]):
            end = k  # a definite verbal noun and its adjectives: "للإعفاء المتبادل"
        elif k > i + 1 and n.startswith("لل") and len(n) > 4 and n[2:].isalpha() and n[2:] not in _FUNCTION \
                and k + 1 < hi and self.norms[k + 1].startswith("ال") and len(self.norms[k + 1]) > 4 \
                and not self.stops_name(k + 1) and not self.country_at(k + 1) and k + 1 not in self.mention_starts_tok:
            end = k + 1  # a field and its adjective after "جديد": "اتفاق جديد للنقل البحري", "للخدمات الجوية"
        elif n.startswith("ل") and not n.startswith("لل") and len(n) > 3 and _action_form(n[1:]) \
                and n[1:] not in _LAM_NOT_HEADS:
            j = k + 1
            if self.coordinated_action(j):
                j += 1  # two verbal nouns of one object: "لتشجيع وحماية الاستثمارات"
            if j >= hi or not self.content_word(j) or self.stops_name(j) or self.country_at(j) \
                    or j in self.mention_starts_tok:
                return i
            end = j if self.norms[j].startswith("ال") else self.construct_end(j, hi, i)
            if not self.norms[end].startswith(("ال", "وال")):
                return i  # (no definite word closes it: "اتفاقا لتعزيز تعاون" names nothing)
        else:
            return i
        while end + 1 < min(hi, i + 10) and self.norms[end + 1].startswith("ال") and (
                self.content_word(end + 1) and not self.stops_name(end + 1) and not self.country_at(end + 1)
                or self.lone_nisba(end + 1, hi)):
            end += 1  # (a nationality of what it governs goes on: "لبيع الغاز الجزائري")
        return end

    def thing_head(self, k: int, lam: bool = False) -> bool:
        """Whether the indefinite word at ``k`` (after ل with ``lam``: "لممر") is a noun that may head what an
        agreement is about ("خط", "ممر", "أنبوب"): a content word, not a verbal noun (read elsewhere), an adjective
        ("جديدة", "تجارية"), a place or person, a time or an amount."""
        n = self.norms[k]
        if lam:
            if not n.startswith("ل") or n.startswith("لل") or len(n) < 4:
                return False
            n = n[1:]
            if n in _FUNCTION or n in _FUNCTION_MORE or n in _NAME_STOPS or n in _LAM_NOT_HEADS \
                    or n.endswith(("ها", "هم", "هما")) or _CUES.get(_stem_of(n)):
                return False
        elif n[:1] in ("و", "ف") or not (self.content_word(k) or n in _SHORT_HEADS) or n in _TAKES_EFFECT \
                or _CUES.get(_stem_of(n)):
            return False  # (not the step told after it: "دخول اتفاقية حيز التنفيذ")
        if len(n) == 5 and n[0] == "ا" and n[2] == "ا" and n.endswith("ه"):
            return False  # a verbal noun of a hollow root, إفالة: "إعادة", "إقامة", "إدارة" (read as verbal nouns)
        return n[:1].isalpha() and not n.startswith("ال") and k not in self.mention_starts_tok \
            and not n.endswith(("ي", "يه")) and not _action_form(n) and not has_word(n, _NOT_NAMES) \
            and not has_word("ال" + n, _NOT_NAMES) and _stem_of(n) not in TREATY_NOUNS and not n.isdigit()

    def field_after_sides(self, end: int, hi: int) -> str | None:
        """The field an agreement is in, told right after the parties clause that follows its name ending at ``end``
        ("... وحكومة جمهورية بوتسوانا في مجال خدمات النقل الجوي"): "في مجال" and its words, else None."""
        sides = self.sides_clause(end, hi)
        k = sides + 3
        if sides == end or k >= hi or self.norms[sides + 1] != "في" \
                or self.norms[sides + 2] not in _FIELD_WORDS or not self.content_word(k):
            return None
        last = k
        while last + 1 < min(hi, k + 5) and self.norms[last + 1].startswith(("ال", "وال")) \
                and not self.stops_name(last + 1) and _CUES.get(self.stemmed[last + 1]) is None:
            last += 1  # (not the step told after it: "في مجال النقل البحري والتوقيع عليه")
        return self.text[self.toks[sides + 1].start:self.toks[last].end]

    def complement_end(self, end: int, hi: int, i: int) -> int:
        """The last token of a title that goes on past ``end`` with what identifies it: a participle after its
        adjective ("الشراكة الاستراتيجية المعمقة"), what the cooperation is in or about («في» or «بشأن» and a
        thing: "التعاون في الاستخدامات السلمية", "التعاون بشأن محطة الأبحاث القمرية"), and, after a verbal noun or
        a cooperation, its complement with «لل» or «بال» ("للطاقة النووية", "بالعملتين المحليتين", "للمنتجات
        الصناعية", "لدول البحر الأحمر"); not a place, a time, a body, a party or an occasion."""
        while end + 2 < hi and end - i < 24:
            n, k, before = self.norms[end], end + 1, end
            nxt = self.norms[k]
            if n.startswith(("ال", "وال")) and end > i and nxt.startswith("الم") \
                    and len(nxt) >= 6 and not nxt.endswith(("ي", "يه")) and self.title_word(k) \
                    and nxt not in _NOT_TITLE_ADJ:
                end = k  # "الاستراتيجية المعمقة", "الاقتصادية المعززة"
                continue
            about = k + 1 if nxt == "في" and self.norms[k + 1] == "شان" else k
            head = end
            while head - 1 > i and self.norms[head].startswith(("ال", "وال")) \
                    and self.norms[head].endswith(("ي", "يه")) and self.norms[head - 1].startswith(("ال", "وال", "لل")):
                head -= 1  # (the noun its adjectives qualify: "والتعاون القضائي في المسائل الجزائية")
            if self.norms[head].removeprefix("و") in _FIELD_HEADS and self.norms[about] in ("بشان", "شان", "في") \
                    and about + 1 < hi:
                k = about + 1
                if self.norms[about] == "في" and not (self.norms[k].startswith("ال") and self.title_word(k)
                                                      and self.norms[k][2:] not in _OCCASIONS):
                    break  # ("التعاون في القاهرة", "في الاجتماع", "في سبتمبر", "في إدارة ...": read before)
                if self.norms[about] != "في" and not (self.content_word(k) and not self.is_country(self.starts[k])
                                                      and not self.stops_name(k)):
                    break  # (a thing named may be a mention: "بشأن محطة الأبحاث القمرية الدولية")
                end = k if self.norms[k].startswith("ال") else self.construct_end(k, hi, i)
                if not self.norms[end].startswith(("ال", "وال")):
                    return before  # (no definite word closes it: no title)
                end = self.adjectives_end(end, hi)
                end = self.coordinated_end(end, hi, i)
                continue
            verbal = any(self.norms[j] in _COOPERATION or self.norms[j] in _AID
                         or self.norms[j].startswith(("ال", "لل")) and _action_form(
                self.norms[j][2:]) or self.action_noun(j) for j in range(i + 1, end + 1))
            bare = "ال" + nxt[2:] if nxt[1:2] == "ل" else nxt[1:]
            if verbal and nxt.startswith(("لل", "بال")) and len(nxt) > 5 and self.title_word(k, bare) \
                    and not (k + 1 < hi and self.norms[k + 1] in _NISBA):  # ("للبحرية الروسية": a party's)
                end = self.adjectives_end(k, hi)
                end = self.coordinated_end(end, hi, i)
                continue
            if verbal and nxt in _GROUP_OF and self.norms[k + 1].startswith("ال") and self.title_word(k + 1):
                end = self.adjectives_end(k + 1, hi)  # "لدول البحر الأحمر"
                continue
            break
        return end

    def title_word(self, k: int, bare: str | None = None) -> bool:
        """Whether the word at ``k`` (``bare``: without its preposition) may go on a title: a content word of no
        mention (a place, a person, an organisation), no time, no stop, no party nor side."""
        w = bare if bare is not None else self.norms[k]
        if w in _NOT_TITLE_ADJ or w in _NAME_STOPS or has_word(w, _NOT_NAMES) or w in _NISBA or w in _RELATIVE \
                or w in _PARTICIPLES or has_word(w, BODIES) or w in _SIDES or w in _TITLE_STOPS:
            return False
        if any(m.start < self.toks[k].end and m.end > self.toks[k].start for m in self.mentions) \
                or any(t.start <= self.toks[k].start < t.end for t in self.timex_all):
            return False
        if _country_of_the_name(w, self.kb) or w.removeprefix("ال") in _CAPITAL_WORDS:
            return False
        return bare is not None and w[:1].isalpha() or self.content_word(k)

    def adjectives_end(self, k: int, hi: int) -> int:
        """The last of the definite words after ``k`` that qualify it ("الاستخدامات السلمية", "للطاقة النووية"),
        up to three."""
        end = k
        while end + 1 < hi and end - k < 3 and self.norms[end + 1].startswith("ال") and self.title_word(end + 1):
            end += 1
        return end

    def agency_title(self, i: int, hi: int) -> int:
        """The last token of a title an agreement noun takes from the organisation it is named after, with the
        convention's number or what it bears on ("اتفاقية منظمة العمل الدولية رقم 190 بشأن القضاء على العنف",
        "بروتوكول منظمة الصحة العالمية بشأن تقاسم العينات"); ``i`` when neither follows the organisation (an
        agreement with it: "اتفاقية منظمة الصحة العالمية مع الوزارة")."""
        org = next((o for o in ORG_TITLES if tuple(self.norms[i + 1:min(hi, i + 1 + len(o))]) == o), None)
        if org is None:
            return i  # (the organisation's words within the sentence: not a headline's end and the lead's start)
        end = i + len(org)
        numbered = end + 2 < hi and self.norms[end + 1] in _NUMBER_WORDS and self.norms[end + 2].isdigit()
        if numbered:
            end += 2
        subject = self.subject_title(end, hi)
        return subject if subject > end else end if numbered else i

    def subject_title(self, i: int, hi: int) -> int:
        """The last token of a title an indefinite agreement noun takes from what it bears on, "بشأن"/"في شأن"
        and content words up to a definite one ("اتفاقية بشأن حماية التراث الثقافي المغمور بالمياه"); ``i`` when
        there is none, or when what it bears on is a topic other reports name agreements by ("اتفاق بشأن البرنامج
        النووي": see :meth:`topic`).  A cabinet approving several agreements in one report names each by its
        subject: a bare noun would take the other's name."""
        k = i + 1
        if k + 1 < hi and self.norms[k] == "في" and self.norms[k + 1] == "شان":
            k += 1
        if not (k + 1 < hi and self.norms[k] in ("بشان", "شان") and self.content_word(k + 1)
                and not self.stops_name(k + 1) and k + 1 not in self.mention_starts_tok
                and (self.norms[k + 1].startswith("ال") or self.action_noun(k + 1))):
            return i
        end = k + 1
        for j in range(k + 2, min(hi, k + 9)):
            n = self.norms[j]
            if n in _FUNCTION or n in _LINKS or n in _RELATIVE or not n[:1].isalpha() or self.stops_name(j) \
                    or j in self.mention_starts_tok or _CUES.get(self.stemmed[j]):
                break
            if n.startswith(("ال", "بال", "لل", "وال")) and self.content_word(j):
                end = j
            elif not n.startswith("و") and self.content_word(j) and not self.norms[j - 1].startswith("ال"):
                end = j  # the construct state: "حماية التراث", "تبادل الخبرات"
            elif n.startswith("بال") and len(n) > 5 and end == j - 1 and self.norms[j - 1].startswith("ال"):
                end = j  # a definite complement of the adjective before it closes the title: "المغمور بالمياه"
                break
            else:
                break
        if not self.norms[end].startswith(("ال", "بال", "لل", "وال")) or self.topic(i, hi) is not None:
            return i  # ("اتفاق بشأن إنشاء": no title yet)
        return end

    def related_at(self, k: int, hi: int) -> bool:
        """Whether «المتعلقة» at ``k`` opens what a formal title bears on: a definite word or a verbal noun with ب
        after it ("المتعلقة بالتعاون القضائي", "المتعلقة بتنظيم العبور")."""
        return k + 1 < hi and self.norms[k] in ("المتعلقه", "المتعلق") and (
            self.norms[k + 1].startswith("بال") or self.norms[k + 1][:1] == "ب" and _action_form(self.norms[k + 1][1:])
        ) and not self.stops_name(k + 1)

    def related_end(self, k: int, hi: int) -> int:
        """The last word of what a formal title bears on, from the word with ب at ``k`` ("الاتفاقية المتعلقة
        بالتعاون القضائي في المادة الجزائية وتسليم المجرمين"): up to its parties, a comma or a participle."""
        end, start = k, k
        if not self.norms[k].startswith("بال"):
            end = self.construct_end(k, hi, k - 1)  # a verbal noun and what it governs: "بإنشاء مركز إقليمي"
        k = end + 1
        while k < min(hi, start + 14):
            n = self.norms[k]
            if n == "في" and k + 1 < hi and self.norms[k + 1].startswith("ال") and not self.stops_name(k + 1) \
                    and k + 1 not in self.mention_starts_tok:
                end, k = k + 1, k + 2
            elif n[:1].isalpha() and (n.startswith("ال") or n.startswith("و") and len(n) > 3) \
                    and n not in _LINKS and n not in _FUNCTION and not self.stops_name(k) \
                    and k not in self.mention_starts_tok and not _CUES.get(self.stemmed[k]) \
                    and n not in _SPEECH:  # (not a clause: "... بتسليم المجرمين وقال الوزير")
                end, k = k, k + 1
            else:
                break
        return end

    def reach_titles(self) -> dict[str, str]:
        """The titles the article gives a convention it names by its reach ("الاتفاقية الإقليمية لتجارة الماشية
        والاعتراف المتبادل بالشهادات البيطرية", "الاتفاقية الأفريقية للتعاون في مكافحة الجراد الصحراوي") or by the
        organisation it is named after ("اتفاقية آسيان لمكافحة ..."), by the short name the name reader keeps
        ("الاتفاقية الإقليمية", "اتفاقية آسيان"): what follows the reach or the organisation with ل."""
        out: dict[str, str] = {}
        self.title_of = {}
        for i in self.nouns:
            org = next((o for o in ORG_TITLES if tuple(self.norms[i + 1:i + 1 + len(o)]) == o), None)
            if org:
                k = i + 1 + len(org)  # (keyed by the noun and the organisation: "اتفاقية آسيان")
            elif i + 1 < len(self.norms) and self.norms[i].startswith(("ال", "بال", "لل", "وال")) \
                    and self.norms[i + 1] in _REACH_ADJ:
                k = i + 2  # (keyed by the noun and its reach, as the name reader keeps them)
            else:
                continue
            if k >= len(self.norms) or self.norms[k][:1] != "ل" or len(self.norms[k]) <= 3 or self.stops_name(k) \
                    or len(self.norms[k]) == 4 and not self.norms[k].startswith("لل") \
                    or not (self.norms[k].startswith("لل") or _action_form(self.norms[k][1:])):
                continue  # (what the convention is for opens its title: "لمكافحة", "للتعاون")
            end = self.reach_title(k, self.sentence_of(i)[1], i)
            if end > k and _YEAR.match(self.norms[end]):
                self.title_years.add((self.toks[end - 1].start, self.toks[end].end))
            if end > k:
                key = _without_clitic(self.text[self.toks[i].start:self.toks[k - 1].end])
                out.setdefault(key, self.text[self.toks[i].start:self.toks[end].end])
                self.title_of[i] = key
        return out

    def reach_title(self, k: int, hi: int, i: int) -> int:
        """The last word of what a convention named by its reach is for, from the word with ل at ``k``: words of its
        title, «في» before an indefinite word, «من» or a word with ب before a definite one, up to a place, a time, a
        verb, a relative or a party."""
        end = k
        k += 1
        while k < hi and k - i <= 16:
            n = self.norms[k]
            if n == "في" and k + 1 < hi and not self.norms[k + 1].startswith("ال") and k + 1 not in \
                    self.mention_starts_tok and self.content_word(k + 1) and self.norms[k + 1] not in _OCCASIONS:
                end, k = k + 1, k + 2  # "للتعاون في مكافحة"
                continue
            if (n == "من" or n[:1] == "ب" and not n.startswith("بال") and len(n) > 4 and n not in _FUNCTION
                    and n not in _LINKS and n not in _BY_WHOM) and k + 1 < hi \
                    and self.norms[k + 1].startswith("ال") and len(self.norms[k + 1]) > 4 \
                    and k + 1 not in self.mention_starts_tok and not self.stops_name(k + 1):
                end, k = k + 1, k + 2  # "للمخزون الاستراتيجي من الحبوب", "للاعتراف المتبادل بشهادات الحلال"
                continue
            if n[:1].isalpha() and n not in _LINKS and n not in _FUNCTION and k not in self.mention_starts_tok \
                    and not self.stops_name(k) and not _CUES.get(self.stemmed[k]) and not _treaty_noun(n) \
                    and n.lstrip("و") not in _ENTERS and (  # (not the verb after it: "... النزاع دخلت حيز النفاذ")
                        n.startswith(("ال", "وال", "بال", "لل")) and len(n) > 4 or self.content_word(k)):
                end, k = k, k + 1
                continue
            break
        if end + 2 < hi and self.norms[end + 1] in ("لعام", "لسنه", "عام") and _YEAR.match(self.norms[end + 2]):
            end += 2  # the year of its adoption closes the title: "... ومنع التلوث بها لعام 2024"
        return end

    def governed_tail(self, end: int, hi: int, i: int) -> int:
        """A name that goes on past a word the name readers stop at, as the titles of multilateral instruments do:
        elimination governs its object through «على» ("بروتوكول القضاء على الاتجار", "اتفاقية القضاء على جميع أشكال
        التمييز ضد المرأة"), and a definite noun takes «غير» and a definite adjective with what it bears on through ب
        ("الاتجار غير المشروع بمنتجات التبغ"); else ``end``."""
        if end + 2 < hi and self.norms[end] in ("القضاء", "قضاء") and self.norms[end + 1] in ("على", "علي") \
                and self.content_word(end + 2) and not self.stops_name(end + 2):
            end = self.construct_end(end + 2, hi, i) if not self.norms[end + 2].startswith("ال") else end + 2
            if end + 2 < hi and self.norms[end + 1] == "ضد" and self.norms[end + 2].startswith("ال") \
                    and self.content_word(end + 2):
                end += 2  # "... التمييز ضد المرأة"
        if end + 2 < hi and self.norms[end].startswith(("ال", "وال", "بال", "لل")) and self.norms[end + 1] == "غير" \
                and self.norms[end + 2].startswith("ال") and self.content_word(end + 2):
            end += 2  # "الاتجار غير المشروع"
            if end + 2 < hi and self.norms[end + 1].startswith("ب") and not self.norms[end + 1].startswith("بال") \
                    and self.content_word(end + 1) and self.norms[end + 2].startswith("ال") \
                    and self.content_word(end + 2) and not self.stops_name(end + 2):
                end += 2  # "... بمنتجات التبغ"
            elif end + 1 < hi and self.norms[end + 1].startswith("بال") and self.content_word(end + 1):
                end += 1  # "... بالمخدرات"
        return end

    def construct_end(self, end: int, hi: int, i: int) -> int:
        """The last word of a name continued from the indefinite word at ``end`` through the construct state: each
        indefinite word governs the next content word, and a definite word closes the chain with its adjectives
        ("إنشاء منطقة تجارة حرة", "مياه نهر السند"); a function word, a verb, a time, a country, an office or a body
        ends it."""
        k = end + 1
        while k < hi and k - i <= 10 and not self.norms[end].startswith(("ال", "وال", "لل", "بال")) \
                and ((not self.norms[end].endswith(("ي", "يه")) or _action_form(self.norms[end]))
                     and not self.norms[k].startswith("و")  # (a verbal noun in يه governs: "حماية بيانات")
                     or self.action_noun(end) and self.coordinated_action(k)) \
                and (self.content_word(k) or self.founded(end, k)):  # (an adjective governs nothing: "اتفاق نووي
            # والقلق")
            end = k  # (two verbal nouns govern the same word: "اتفاقية تحديد وترسيم الحدود البرية")
            k += 1
            if end in self.mention_starts_tok and self.mention_end_tok(end) > end and not self.country_at(end) \
                    and (self.action_noun(end - 1) or end - 2 > i and self.coordinated_action(end - 1)):
                end = self.mention_end_tok(end)  # what it builds or runs, named: "إنشاء وتشغيل جسر الملك حمد"
                break
        if end > i and k < hi and self.norms[end] in _PLACE_HEADS and (
                k in self.mention_starts_tok or not self.norms[k].startswith(("ال", "و")) and self.content_word(k)):
            # a river, a port, a crossing named ("مياه نهري سيروان والوند", "استخدام ميناء جيبوتي"): the name is the
            # title's, even a country's; and a second one after «و» when the head is a dual (not a country: "...
            # والعراق")
            end = self.mention_last(k)
            nxt = self.norms[end + 1] if end + 1 < hi else ""
            if nxt.startswith("و") and not nxt.startswith("وال") and not self.country_at(end + 1) and (
                    end + 1 in self.mention_starts_tok
                    or self.norms[k - 1] in _DUAL_PLACES and self.content_word(end + 1)):
                end = self.mention_last(end + 1)
            while end + 1 < hi and self.norms[end + 1].startswith("ال") and self.norms[end + 1].endswith(("ي", "يه")) \
                    and self.content_word(end + 1) and not self.country_at(end + 1):
                end += 1  # "معبر رأس جدير الحدودي"
            return end
        while end > i + 1 and k < hi and k - i <= 10 and self.norms[k].startswith(("ال", "وال")) \
                and self.content_word(k):
            end = k  # adjectives of the definite word that closed it: "نهر السند الأعلى"
            k += 1
        return end

    def founded(self, verb: int, k: int) -> bool:
        """Whether the word at ``k`` is the institution the verbal noun at ``verb`` founds, runs or enlarges, with
        what names it after it ("توسيع مركز الإمداد", "إنشاء صندوق الاستثمار"): its object, not the subject told
        after the agreement ("وقع اتفاقية تعاون بنك ..." has no verbal noun before it)."""
        n = self.norms[k]
        return self.action_noun(verb) and has_word(n, ORGANISATIONS) and not n.startswith(("ال", "و")) \
            and k + 1 < len(self.norms) and self.norms[k + 1].startswith("ال") and not any(
                m.label == "PER" and m.start <= self.toks[k].start < m.end for m in self.mentions)

    def mention_last(self, k: int) -> int:
        """The last token of the mention that starts within token ``k`` (after a clitic: "والوند"); ``k`` when
        none does."""
        ends = [m.end for m in self.mentions if self.starts[k] <= m.start < self.toks[k].end]
        return max([bisect.bisect_left(self.starts, e) - 1 for e in ends] + [k])

    def coordinated_end(self, end: int, hi: int, i: int) -> int:
        """The last token of a title continued past ``end`` by what «و» joins to its last words: another
        adjective ("الاقتصادي والتجاري والفني"), another definite noun ("الهجرة والتنقل"), another construct
        ("الهجرة وإعادة القبول", "الصيد البحري وتربية الأحياء المائية"), another place's name ("سيروان والوند");
        not a country, a state's title, a body, an office, a person or a verb (a clause: "... والتقى الوزير"); a
        title of one word after its noun joins nothing ("الاتفاق النووي وتبديل القلق" is two things)."""
        while end + 1 < hi and i + 2 <= end < i + 20:
            k = end + 1
            n, prev = self.norms[k], self.norms[end]
            bare = n[1:]
            if not n.startswith("و") or len(n) <= 2 or self.country_at(k) or bare in _STATE_TITLES \
                    or bare in _SIDES or not self.content_word(k) or bare in _OFFICES or bare in _FUNCTION:
                break
            if k in self.mention_starts_tok and not self.country_at(end) and any(
                    m.label == "LOC" and m.start < self.toks[end].end and m.end > self.starts[end]
                    for m in self.mentions):
                end = self.mention_last(k)  # "نهري سيروان والوند"
                continue
            then_definite = k + 1 < hi and self.norms[k + 1].startswith("ال") and self.content_word(k + 1) \
                and not self.country_at(k + 1) and not bare.startswith("ال") and not bare.endswith("ي")
            if end > i and not prev.startswith(("ال", "وال")) and self.action_noun(end) and then_definite:
                end = k + 1  # two verbal nouns of one complement: "تنظيم استقدام وتنقل العمالة"
                continue
            if not prev.startswith(("ال", "وال")) or end == i:
                break
            adjective = prev.endswith("يه") or prev.endswith("ي") and len(prev.removeprefix("و")) >= 6
            after = self.norms[k + 1] if k + 1 < hi else ""
            if bare.startswith("ال") and ((bare.endswith("يه") or bare.endswith("ي") and (
                    len(bare) >= 6 or not after.startswith("ال"))) == adjective
                                          or len(bare) >= 6 and not bare.endswith(("ي", "يه"))):
                end = k  # "والفني" after an adjective, "والتنقل", "والإنذار" (not a verb: "والتقى")
                while end + 1 < hi and self.norms[end + 1].startswith("ال") and self.content_word(end + 1) \
                        and not self.country_at(end + 1):
                    end += 1  # its adjectives: "والإنذار المبكر"
                continue
            if then_definite:
                end = k + 1  # "وإعادة القبول", "وسد الوحدة": the construct, then its adjectives
                while end + 1 < hi and self.norms[end + 1].startswith("ال") and self.norms[end + 1].endswith(
                        ("ي", "يه")) and self.content_word(end + 1):
                    end += 1
                continue
            break
        return end

    def content_word(self, k: int) -> bool:
        """Whether the word at ``k`` may continue a name: not a function word, a verb, a number, a time, a
        country, an office, a body or a word that ends a name."""
        n = self.norms[k]
        bare = n[1:] if n[:1] in ("و", "ف") and len(n) > 3 else n
        if not n[:1].isalpha() or n in _FUNCTION or bare in _FUNCTION or n in _PREPOSITIONS or n in _LINKS:
            return False
        if n[:1] == "ي" or n.startswith(("سي", "ست", "سن", "تت", "وي", "وسي", "وست")) or n[:1] == "ت" and len(n) <= 4 \
                or n[:1] == "ت" and n.endswith(("ه", "ها", "هم", "هما")) and len(n) <= 6 and not self.text[
                    self.toks[k].start:self.toks[k].end].endswith("ة") or len(n) <= 2:
            # (a verb with its object: "اتفاق سلام ترعاه الأمم المتحدة")
            return False  # a verb: "اتفاق سلام يضمن", "اتفاقية تعاون تتضمن"
        if n in _OFFICES or has_word(n, L.TITLES) or has_word(n, BODIES) or has_word(n, ORGANISATIONS):
            return False  # the subject after the object: "وقع اتفاقية تعاون وزيرا الخارجية"
        if (n[:1] in ("ب", "ل") or n.startswith(("وب", "ول"))) and n.removeprefix("و") not in _B_NOUNS:
            return False  # a preposition: "اتفاقية تعاون بقيمة", "معاهدة جديدة للحد من ..." (read elsewhere)
        if n in _FUNCTION_MORE or has_word("ال" + n, _NOT_NAMES):
            return False  # "اتفاق تمويل مقابل الإصلاح", "اتفاق سلام محتمل"
        if bare in _NAME_STOPS or has_word(n, L.WEEKDAYS) or any(n.startswith(w) and len(n) <= len(w) + 3
                                                                  for w in ("قيمت", "مدت")) \
                or len(bare) >= 5 and bare.endswith("يا") and bare[-3:-2] != "ي" or bare in _ADVERBS:
            return False  # a time, an amount, a count, an adverb: "اتفاق هدنة مساء الجمعة", "قيمتها مئتا مليون",
            # "اتفاق تعاون رسميا"
        if any(m.label == "PER" and m.start <= self.toks[k].start < m.end for m in self.mentions):
            return False  # a person after the object: "ووقع اتفاقية تعاون سالم الهاشمي"
        if self.stops_name(k) or self.is_country(self.toks[k].start) or _country_of_the_name(
                self.text[self.toks[k].start:self.toks[k].end], self.kb):
            return False
        return not _CUES.get(_stem_of(n)) and not _treaty_noun(n)

    def introduced(self, noun: int) -> bool:
        """Whether a bare noun brings in an agreement of its own: indefinite, with its parties or its topic right
        after it ("أجاز المجلس اتفاقية بين وزارة الداخلية ... ووزارة ...", "اتفاقية بشأن ...", "ثمة اتفاقا
        بين البلدين الجارين", "مشروع اتفاق عام للتعاون بين ..."), not one the article named before."""
        n = self.norms[noun]
        if n.startswith(("ال", "بال", "لل", "وال", "فال", "كال")) or noun + 1 >= len(self.norms):
            return False
        nxt = self.norms[noun + 1]
        # ... or named by a place or a person right after it: "الذي وقع اتفاق ميونيخ مع هتلر"
        return nxt in _LINKS or nxt in _ABOUT or nxt in ("عامه", "عام", "جديده", "جديد") \
            or noun + 1 in self.mention_starts_tok or self.construct_of_own(noun)

    def construct_of_own(self, noun: int) -> bool:
        """Whether an indefinite agreement noun governs words of its own that the name reader did not take ("اتفاقية
        خدمات النقل الجوي", "اتفاقية إنشاء وتشغيل جسر ..."): a word that no bare reference to an agreement named
        before takes (not an adjective, a time, a number or a function word)."""
        k = noun + 1
        if k >= len(self.norms) or self.norms[noun].startswith(("ال", "بال", "لل", "وال", "فال", "كال")):
            return False
        n = self.norms[k]
        return n[:1].isalpha() and not n.startswith(("ال", "و", "ف", "ل", "ب")) and self.content_word(k) \
            and not n.endswith(("ي", "يه", "يا")) and not has_word(n, _NOT_NAMES) and n not in _TIME_ADVERBS \
            and not has_word(n, _PAST_WORDS) and not has_word(n, L.WEEKDAYS) and not _CUES.get(self.stemmed[k])

    def purpose_after(self, noun: int) -> bool:
        """Whether an indefinite agreement noun is told by its purpose right after it ("اتفاقية لتشجيع وحماية
        الاستثمارات"): it brings in an agreement of its own."""
        if self.norms[noun].startswith(("ال", "بال", "لل", "وال", "فال", "كال")) or noun + 1 >= len(self.norms):
            return False
        nxt = self.norms[noun + 1]
        return nxt[:1] == "ل" and (_action_form(nxt[1:]) or nxt.startswith("لل") and _action_form(nxt[2:]))

    def names_elsewhere(self) -> list[str]:
        """The names the article gives its agreement nouns anywhere (not only in step sentences), bare nouns and
        plurals left out."""
        out = []
        for s in self.doc.layers.get("sentence", []) or [Span("sentence", 0, len(self.text))]:
            r = self.tok_range(s.start, s.end)
            for i in self.nouns[bisect.bisect_left(self.nouns, r.start):bisect.bisect_left(self.nouns, r.stop)]:
                if _stem_of(self.norms[i]) in _GENERIC_PLURALS or i > 0 and self.norms[i - 1] in ("اي", "لاي", "باي") \
                        or self.replaced(i):
                    continue  # (not the agreement another replaces: "تحل محل اتفاقية ...")
                said, generic, _end = self.name_at(i, r.stop)
                if generic and i in self.own_names and len(self.own_names[i].split()) >= 3:
                    said, generic = self.own_names[i], False  # "بشأن البروتوكول الإقليمي لمكافحة التلوث"
                # a name (with a word of the list), not a description ("إنه اتفاق متبادل")
                if not generic and listed_name(said) and (len(said.split()) >= 3 or fold(said).startswith("ال")):
                    out.append(said)
        return out

    @cached_property
    def names_some_agreement(self) -> bool:
        """Whether the article names an agreement anywhere, listed name or not ("أثارت اتفاقية سيداو جدلا")."""
        for s in self.doc.layers.get("sentence", []) or [Span("sentence", 0, len(self.text))]:
            r = self.tok_range(s.start, s.end)
            for i in self.nouns[bisect.bisect_left(self.nouns, r.start):bisect.bisect_left(self.nouns, r.stop)]:
                if _stem_of(self.norms[i]) not in _GENERIC_PLURALS and not self.name_at(i, r.stop)[1]:
                    return True
        return False

    def action_noun(self, k: int) -> bool:
        """Whether the indefinite word at ``k`` is a verbal noun that names what an agreement does ("عدم",
        "تحديد", "ترسيم", "تبادل", "إنشاء", "حظر"), by its pattern (تفعيل، تفاعل، إفعال، افتعال، استفعال)."""
        n = self.norms[k]
        if n not in _ACTION_NOUNS and (n[:1] in ("ل", "ب", "و", "ف") or k in self.mention_starts_tok):
            return False
        if len(n) == 5 and n[0] == "ا" and n[2] == "ا" and n[-1] == "ه" and n not in _IFALA_NOT:
            # إفالة of a hollow root ("إعادة", "إدارة", "إقامة") names the agreement with the definite word it governs:
            # "اتفاقية إعادة القبول" (its chains of indefinite words are read as before: "اتفاقية إعادة تأهيل ...")
            return k + 1 < len(self.norms) and self.norms[k + 1].startswith("ال")
        return _action_form(n)

    def between_sides(self, name_end: int, hi: int) -> bool:
        """Whether the clause of the name ending at ``name_end`` tells its parties as "the two sides" ("اتفاقية نقل
        الأشخاص المحكوم عليهم بعقوبات سالبة للحرية بين البلدين"), before a comma or the sentence's end."""
        for k in range(name_end + 1, min(hi, name_end + 10)):
            if self.norms[k] in ("،", ".", "؛", ":") or k in self.nouns_set:
                return False
            if self.norms[k] in _SIDES and self.norms[k - 1] in ("بين", "وبين"):
                return True
        return False

    def sides_clause(self, name_end: int, hi: int, named: list[dict[str, Any]] | None = None) -> int:
        """The last token of the parties clause a title is written with, right after the name ending at
        ``name_end`` ("معاهدة تسليم المجرمين بين دولة الكويت وجمهورية أذربيجان", "... مع جمهورية أرمينيا"):
        «بين» and two states or more, or «مع» and one, each a country's name with its titles ("حكومة", "دولة",
        "جمهورية"); ``name_end`` when no such clause follows (a place, a person, "بين البلدين").  ``named``, if
        given, gets the countries the clause names."""
        k = name_end + 1
        if k + 1 >= hi or self.norms[k] not in ("بين", "مع"):
            return name_end
        end, states, j = name_end, 0, k + 1
        while j < hi and j - k <= 16:
            if found := self.country_at(j):
                if named is not None:
                    named.extend(found)
                ends = [m.end for m in self.mentions if self.starts[j] <= m.start < self.toks[j].end]
                end = max([bisect.bisect_left(self.starts, e) - 1 for e in ends] + [j])
                states, j = states + 1, end + 1
            elif (self.norms[j].removeprefix("و") if len(self.norms[j]) > 4 else self.norms[j]) in _STATE_TITLES:
                end, j = j, j + 1
            else:
                break
        if end == name_end or states < (2 if self.norms[k] == "بين" else 1) or self.norms[end] in _STATE_TITLES:
            return name_end
        return end

    def left_other(self, cue: int, hi: int) -> bool:
        """Whether a withdrawal's "من" names what was left, and it is no agreement: "انسحب نواب الحزب من الجلسة"
        (a session, a hall, talks), not "انسحبت من الاتفاقية", "انسحبت رسميا من «المعاهدة»"."""
        for k in range(cue + 1, min(hi, cue + 7)):
            n = self.norms[k]
            if k in self.nouns_set or n in (".", "،", "؛", ":") or n in _RELATIVE:
                return False
            if n == "من" and k + 1 < hi:
                if has_word(self.norms[k + 1], _LEFT_PLACES):
                    return True
                if self.norms[k - 1].lstrip("و") in _SOME_OF:
                    continue  # "انسحب عدد من نواب المعارضة من الجلسة": who walked out, not what they left
                return False
        return False

    def plural_head(self, k: int) -> bool:
        """Whether the indefinite word at ``k`` is a sound feminine plural that governs the definite word after it in
        an agreement's name ("اتفاقية خدمات النقل الجوي", "اتفاقية صادرات الغاز"), not a treaty noun, a place or a
        time."""
        n = self.norms[k]
        return len(n) >= 5 and n.endswith("ات") and n[:1] not in "وفلب" and not n.startswith("ال") \
            and k not in self.mention_starts_tok and self.content_word(k) and _stem_of(n) not in TREATY_NOUNS \
            and not has_word(n, _NOT_NAMES) and not has_word(n, L.WEEKDAYS)

    def coordinated_action(self, k: int) -> bool:
        """Whether the word at ``k`` is a verbal noun with و that shares what the one before it governs ("تحديد
        وترسيم الحدود", "حماية وتشجيع الاستثمارات"): an indefinite word of a verbal noun's pattern, a definite word
        right after it."""
        n = self.norms[k]
        if not n.startswith("و") or k + 1 >= len(self.norms) or not (
                self.norms[k + 1].startswith("ال") or self.content_word(k + 1) and self.norms[k + 1][:1] not in "وفلب"
                and not self.country_at(k + 1)):
            return False  # (what they share may be indefinite: "إنشاء وتشغيل جسر ...")
        return _action_form(n[1:])  # the same words as a verbal noun standing first ("حظر ووقف التجارب")

    def purpose_at(self, k: int) -> bool:
        """Whether the word at ``k`` is a verbal noun with ل that names what an agreement is for ("لمكافحة",
        "لحظر", "لتجنب"), not "للتعاون" (a kind word), a preposition ("لدى") or what a deal is for ("لتطوير")."""
        n = self.norms[k]
        if not n.startswith("ل") or n.startswith("لل") or len(n) < 4:
            return False
        return n[1:] in _PURPOSE_WORDS  # (not any verbal noun: "اتفاقية شراكة لتطوير المحطة" is a description)

    def acronym(self, lo: int, hi: int) -> bool:
        """Whether the quoted words ``lo``..``hi`` are a short name of their own ("«سيبا»", "«أوكوس»", "«SMDA»"): one
        or two words, none a definite word, a praise, a negation, a number alone or a verb."""
        words = self.norms[lo:hi]
        if not 1 <= len(words) <= 2:
            return False
        if any(self.text[self.toks[k].start:self.toks[k].end].endswith(("ًا", "اً")) or not _no_adverb(self.norms[k])
               or self.norms[k].endswith("يا") and len(self.norms[k]) >= 5
               or self.norms[k][:1] == "م" and self.norms[k].endswith("ا") and len(self.norms[k]) >= 5
               for k in range(lo, hi)):
            return False  # an adverb quoted ("«نهائيا»", "«مؤقتاً»"), not a name
        return all(w[:1].isalpha() and not w.startswith(("ال", "وال")) and w not in _FUNCTION and w not in _NEGATIONS
                   and not has_word("ال" + w, _NOT_NAMES) and w not in ("غير", "لا") and not w.endswith(("ه", "ي"))
                   for w in words)

    def known_as(self) -> list[tuple[str, str]]:
        """(name, other name) pairs the article gives: "اتفاقية ...، المعروفة باتفاقية أوتاوا", "لتصبح الوثيقة معروفة
        منذ الآن باسم «اتفاقية هانوي»": the agreement named last before the other name, in the same sentence."""
        out = []
        for s in self.doc.layers.get("sentence", []) or [Span("sentence", 0, len(self.text))]:
            r = self.tok_range(s.start, s.end)
            here = self.nouns[bisect.bisect_left(self.nouns, r.start):bisect.bisect_left(self.nouns, r.stop)]
            # "المعروفة اختصارا باسم «سيبا»", "(SMDA)": a short name in quotes or brackets after the agreement's name
            for q in range(r.start + 1, r.stop - 2):
                if self.norms[q] not in ("«", "“", "(") or q + 1 in self.nouns_set:
                    continue
                close = next((x for x in range(q + 2, min(r.stop, q + 4)) if self.norms[x] in ("»", "”", ")")), None)
                if close is None or not self.acronym(q + 1, close):
                    continue
                known = any(w in _KNOWN_AS or w in ("باسم", "اختصارا") for w in self.norms[max(r.start, q - 3):q])
                told = self.norms[q] == "(" and self.text[self.toks[q + 1].start:self.toks[q + 1].start + 1].isascii() \
                    or known
                before = [j for j in here if j < q and q - j <= 12]
                if told and before:
                    said, gen, e = self.name_at(before[-1], r.stop)
                    if gen and before[-1] in self.own_names:
                        said, gen = self.own_names[before[-1]], False
                    if not known and e < q - 1:
                        continue  # a bracket not right after the name: "اتفاقية ...، حسبما أفادت الوكالة (KUNA)"
                    if not gen or self.norms[q] == "(" and e >= q - 3:
                        out.append((said, self.text[self.toks[q + 1].start:self.toks[close - 1].end]))
            for n, k in enumerate(here):
                back = [w for w in self.norms[max(r.start, k - 6):k] if w not in ("«", "“", '"')]
                if not back or not (back[-1] in _KNOWN_AS and self.norms[k].startswith("ب") or back[-1] in (
                        "باسم", "باسمها", "باسمه") and any(w in _KNOWN_AS for w in back)):
                    continue
                other, generic, _e = self.name_at(k, r.stop)
                if generic:
                    continue
                before = []
                for j in here[:n]:
                    said, gen, _e = self.name_at(j, r.stop) if k - j <= 30 else ("", True, j)
                    if gen and j in self.own_names:  # "اتفاقية الأمم المتحدة لمكافحة ...": words of its own
                        said, gen = self.own_names[j], False
                    if not gen:
                        before.append(said)
                if before:
                    out.append((before[-1], other))
        return out

    def purpose_end(self, end: int, hi: int) -> int:
        """A name closed by a definite word at ``end`` goes on with what the agreement is for, a verbal noun with ل
        and what it governs: "اتفاقية الأمم المتحدة لمكافحة الجرائم السيبرانية", "اتفاقية أوتاوا لحظر الألغام
        المضادة"; the new last token."""
        if not (end + 2 < hi and self.purpose_at(end + 1)):
            return end
        if not self.norms[end + 2].startswith("ال"):
            # an indefinite word and what it governs: "لمكافحة تهريب المهاجرين"
            if not self.content_word(end + 2) or self.norms[end + 2][:1] in ("و", "ف"):
                return end
            last = self.construct_end(end + 2, hi, end + 1)
            return last if last > end + 2 and self.norms[last].startswith(("ال", "وال")) else end
        if self.stops_name(end + 2):
            return end
        end += 2
        for k in range(end + 1, min(hi, end + 4)):
            if self.norms[k].startswith("ال") and self.content_word(k) and not self.stops_name(k):
                end = k
            else:
                break
        return end

    def names_city(self, noun: int, k: int) -> bool:
        """Whether the word at ``k``, right after the indefinite agreement noun at ``noun``, is a city that names it
        ("اتفاقية أوتاوا", "باتفاقية هانوي"): a place mention that is no country, or a city of the list."""
        if self.norms[noun].startswith(("ال", "وال", "بال", "لل", "فال", "كال")) or not self.norms[k][:1].isalpha():
            return False
        if self.norms[k] in _CITY_NAMES:
            return True
        return any(m.label == "LOC" and m.start == self.starts[k] and not self.is_country(m.start)
                   for m in self.mentions)

    def mention_end_tok(self, k: int) -> int:
        """The last token of the mention starting at token ``k`` (``k`` when none starts there)."""
        ends = [m.end for m in self.mentions if m.start == self.starts[k]]
        if not ends:
            return k
        return max(bisect.bisect_left(self.starts, max(ends)) - 1, k)

    @cached_property
    def mention_starts_tok(self) -> frozenset[int]:
        return frozenset(bisect.bisect_right(self.starts, m.start) - 1 for m in self.mentions)

    def listed_states(self, cue: int, hi: int, sawa: bool = False) -> list[dict[str, Any]]:
        """The states a ratification tells with "كل من" after its verb, in the same clause ("صادقت عليها كل من مصر
        والأردن"), each as a taker; none when the clause lists none. ``sawa``: only a list after "سوى"."""
        k = next((j for j in range(cue + 1, min(hi, cue + 10)) if not sawa and self.norms[j] == "كل" and j + 1 < hi
                  and self.norms[j + 1] == "من" or self.norms[j] == "سوي"), None)
        if k is None or any(n in _RELATIVE or n in ("،", ".", "؛", ":") or n.lstrip("وب").startswith(("حضر", "حضور"))
                            or _CUES.get(self.stemmed[j]) not in (None, "ratified")
                            for j, n in ((j, self.norms[j]) for j in range(cue + 1, k))):
            # (those who signed or attended, in another clause: "على الاتفاقية التي وقعتها كل من مصر والعراق",
            # "بحضور كل من ...")
            return [], []
        first = k + 1 if self.norms[k] == "سوي" else k + 2  # ("لم يصادق عليه سوى مصر والأردن")
        end = first
        while end < hi and end - k < 16 and self.norms[end][:1].isalpha() and self.norms[end] not in _FUNCTION:
            end += 1
        subj = self.parties_in(set(range(first, end)), range(0))[0]
        subj = [p for p in subj if not p.get("group") and p.get("name_en")]
        takers = [{"name": p.get("name"), "country": {"name": p.get("name"), "name_en": p.get("name_en")}}
                  for p in subj]
        # "... فيما لم تصادق عليها مالي وبوركينا فاسو": the states yet to ratify are parties too (no step)
        s_hi = self.sentence_of(cue)[1]
        j = end + (1 if end < s_hi and self.norms[end] == "،" else 0)
        rest: list[dict[str, Any]] = []
        if j + 4 < s_hi and self.norms[j] in ("فيما", "بينما", "في حين") and self.norms[j + 1] == "لم" \
                and _CUES.get(self.stemmed[j + 2]) == "ratified" and self.norms[j + 3] in ("عليها", "عليه"):
            # (the same agreement, "عليها": not "فيما لم تصادق سوريا على اتفاقية التجارة")
            j += 1 + (self.norms[j + 4] == "بعد")
            stop = j + 3
            while stop < s_hi and stop - j < 14 and self.norms[stop][:1].isalpha() and self.norms[stop] not in {
                    "بعد", "حتى", "منذ", "على", "الى"}:
                stop += 1
            rest = [p for p in self.parties_in(set(range(j + 3, stop)), range(0))[0]
                    if not p.get("group") and p.get("name_en")]
        return takers, rest

    def lone_nisba(self, k: int, hi: int) -> bool:
        """Whether the nationality at ``k`` describes the thing a name's noun right before it tells ("اتفاقية الغاز
        المصري", "اتفاقية المنحة السعودية"): one nationality after a definite noun that is no adjective, with no
        second one after it (two are the parties: "معاهدة السلام المصرية الإسرائيلية")."""
        prev = self.norms[k - 1]
        if self.norms[k] not in _NISBA or not prev.startswith("ال") or prev.endswith(("ي", "يه")) \
                or prev in _TIES:  # a tie's nationality is a party: "اتفاقية التعاون السوداني في مجال الري"
            return False
        nxt = self.norms[k + 1] if k + 1 < hi else ""
        return nxt.removeprefix("و") not in _NISBA

    def describes_kind(self, k: int, hi: int) -> bool:
        """Whether the definite adjective at ``k`` right after a name word that is an adjective tells what kind the
        agreement is ("الاتفاق التجاري التفاضلي", "الاتفاق الاقتصادي الشامل"): no nationality or region (two
        adjectives of place are the parties: "الاتفاق النووي الغربي الإيراني"), no word a name never holds, nothing
        after it that is a nationality or a region (a list of sides)."""
        n = self.norms[k]
        if not n.startswith("ال") or not n.endswith(("ي", "يه")) or len(n) < 6 or self.stops_name(k) \
                or n in _REACH_ADJ or n.removesuffix("ه") in _REGION_ADJ or not self.content_word(k):
            return False
        nxt = self.norms[k + 1].removeprefix("و") if k + 1 < hi else ""
        return nxt not in _NISBA and nxt.removesuffix("ه") not in _REGION_ADJ

    def stops_name(self, k: int) -> bool:
        """Whether the definite word at ``k`` ends a name rather than continuing it: a nationality, a body, a time,
        a relative pronoun or a participle ("الموقعة")."""
        n = self.norms[k].removeprefix("و") if self.norms[k].startswith("وال") else self.norms[k]
        return n in _NISBA or n in _RELATIVE or n in _PARTICIPLES or n in _KNOWN_AS or has_word(n, BODIES) or has_word(
            n, _NOT_NAMES) or any(t.start <= self.toks[k].start < t.end for t in self.timex_all)

    def topic(self, i: int, hi: int, on: bool = False) -> str | None:
        """What a bare agreement noun at ``i`` is about, when its clause says so with words that name agreements:
        "الاتفاق حول الملف النووي الإيراني" → "النووي" (a nationality is a party, not the topic).  With ``on``
        (a name that only tells its kind, "اتفاقية التفاهم على برنامج إيران النووي") also after "على"."""
        if i > 0 and self.norms[i - 1] in ("هذا", "هذه", "ذلك", "تلك", "وهذا", "وهذه"):
            return None  # "هذا الاتفاق حول ...": the agreement the article told of, described again
        for k in range(i + 1, min(hi, i + (16 if on else 12))):
            n = self.norms[k]
            if on and (n == "+" and k + 1 < hi and self.norms[k + 1].isdigit() or n in ('"', "«", "»")):
                continue  # "بين دول الـ"5+1" مع إيران حول برنامجها النووي"
            if not n[:1].isalnum() or k in self.nouns_set or on and n in _RELATIVE:
                return None  # the clause ends, or another agreement is named, or a clause tells what it holds
            if n not in _ABOUT and not (on and n in ("على", "علي")) and not (n == "شان" and self.norms[k - 1] == "في"):
                continue  # (and "في شأن", as "بشأن")
            last = None
            for j in range(k + 1, min(hi, k + 5)):
                w = self.norms[j]
                if on and self.is_country(self.starts[j]) and last is not None:
                    continue  # whose programme: "برنامج إيران النووي"
                if not w[:1].isalpha() or w in _NISBA or w in _PREPOSITIONS or w in _PLACE_BEFORE \
                        or w in _RELATIVE or w[:1] == "ل" and not w.startswith("لل") or self.name_starts_at(j):
                    break
                last = j
            named = [j for j in range(k + 1, (last or k) + 1) if has_word(self.norms[j], NAME_WORDS)]
            if not named:
                return None
            f = named[0] + 3
            if len(named) == 1 and named[0] == k + 1 and self.norms[named[0]] in _COOPERATION and f < hi \
                    and self.norms[f - 2] == "في" and self.norms[f - 1] in ("مجال", "مجالات") and self.content_word(f):
                # a cooperation in a field ("حول التعاون في مجال علوم الفضاء وتكنولوجيا الأقمار الصناعية"): the
                # field goes with it, as in a name
                end = f if self.norms[f].startswith("ال") else self.construct_end(f, hi, i)
                end = self.coordinated_end(self.adjectives_end(end, hi), hi, i)
                return " ".join(self.text[self.toks[j].start:self.toks[j].end] for j in range(named[0], end + 1))
            if len(named) == 1 and self.norms[named[0]] in _HELP_TOPICS and last is not None:
                # help with no object but what it is for ("بشأن تقديم المساعدة لتطوير وتدريب حرس الحدود"): the
                # whole phrase, not "المساعدة" alone, which every aid agreement shares
                whole = self.purpose_phrase(last + 1, hi)
                if whole is not None:
                    return " ".join(self.text[self.toks[j].start:self.toks[j].end] for j in range(k + 1, whole + 1))
            if named[0] > k + 1 and self.norms[named[0] - 1].startswith("ال") and len(named) == 1 \
                    and self.norms[named[0] - 1] not in _CONTAINERS and self.norms[named[0] - 1] not in _NISBA:
                # the noun the named word qualifies goes with it ("حول الصيد البحري" → "الصيد البحري"), not a
                # container ("حول الملف النووي" → "النووي", the name other reports give)
                j = named[0] - 1
                return " ".join(self.text[self.toks[x].start:self.toks[x].end] for x in (j, named[0]))
            # the words that name agreements, as written ("حول ملف برنامجها النووي" → "النووي")
            return " ".join(self.text[self.toks[j].start:self.toks[j].end] for j in named)
        return None

    def purpose_phrase(self, k: int, hi: int) -> int | None:
        """The last token of a purpose starting at ``k``: «ل» and a verbal noun, then its objects and the verbal nouns
        joined to it by «و» ("لتطوير وتدريب حرس الحدود"), up to a preposition, a clause's end or eight words; None
        when no purpose starts there."""
        from marsad.nlp.events.treaty_life import _purpose_noun  # (treaty_life imports this module)

        if k + 1 >= hi or self.norms[k][:1] != "ل" or self.norms[k].startswith("لل") \
                or not _purpose_noun(self.norms[k][1:]):
            return None
        end = k
        for j in range(k + 1, min(hi, k + 8)):
            w = self.norms[j]
            if not w[:1].isalpha() or w in _NISBA or w in _PREPOSITIONS or w in _PLACE_BEFORE or w in _RELATIVE \
                    or w[:1] == "ل" and not w.startswith("لل") or self.is_country(self.starts[j]):
                break
            end = j
        return end if end > k else None

    @cached_property
    def nouns_set(self) -> frozenset[int]:
        return frozenset(self.nouns)

    def qualifies(self, name_end: int, cue: int) -> bool:
        """Whether the participle at ``cue`` qualifies the agreement whose name ends at ``name_end``: only the
        agreement's own words stand between ("اتفاقية وقف إطلاق النار الموقعة"), no preposition, clause or
        punctuation ("اتفاقيات لمساعدة المعلنين في استخدام الموقع", "اتفاق لإنهاء العقد الموقع")."""
        parties = False  # "اتفاقية ... بين جمهورية العراق والجمهورية التركية، الموقعة", "المعاهدة، الموقعة"
        # a short tail of the name before its parties ("اتفاقية نقل المحكوم عليهم بعقوبات سالبة للحرية بين ...")
        link = next((j for j in range(name_end + 1, min(cue, name_end + 6)) if self.norms[j] in _LINKS), None)
        if link is not None and (self.norms[cue - 1] != "،" or any(
                not self.norms[j][:1].isalpha() or self.norms[j] in _PREPOSITIONS or self.norms[j] in _RELATIVE
                for j in range(name_end + 1, link))):
            link = None
        for k in range(name_end + 1, cue):
            n = self.norms[k]
            if n == "،" and k == cue - 1:
                continue  # a comma right before the participle
            if link is not None and k < link:
                continue
            if n in _LINKS and (k == name_end + 1 or k == link):
                parties = True
                continue
            if parties and n[:1].isalpha() and (k in self.mention_starts_tok or self.is_country(self.starts[k])
                                                or n.startswith(("ال", "وال")) or n[:1] == "و" and len(n) > 3):
                continue  # the parties "بين"/"مع" names, up to the participle
            if not parties and (n.startswith("لل") and len(n) > 4 or n.startswith("وال") and k > name_end + 1
                                and self.norms[k - 1].startswith(("لل", "وال"))):
                continue  # what it is for, with the article: "اتفاقية النقل البري الدولي للركاب والبضائع الموقعة"
            if not n[:1].isalpha() or n in _PREPOSITIONS or n in _PLACE_BEFORE or n in _RELATIVE \
                    or n[:1] in ("ل", "ب") and not self.name_starts_at(k):
                return False
        return True

    def genitive(self, k: int, conj: bool = False) -> bool:
        """Whether the word after a bare agreement noun names it ("اتفاقية الحد", "معاهدة الفضاء"): a definite
        word that is not a relative pronoun, a participle, a praise, a body, a nationality or a time (``conj``:
        also after و, "والحصانات")."""
        n = self.norms[k]
        if conj and n.startswith("وال"):
            n = n[1:]
        if not n.startswith("ال") or len(n) < 4 or n in _RELATIVE or n in _PARTICIPLES or n in _NISBA:
            return False
        if has_word(n, BODIES) or has_word(n, _NOT_NAMES) or any(t.start <= self.toks[k].start < t.end
                                                                 for t in self.timex_all):
            return False
        if n in _OFFICES or any(m.start == self.starts[k] and m.label == "PER" for m in self.mentions):
            return False  # "معاهدة الرئيس الروسي": whose agreement it is, not its name
        head = self.norms[k - 1] if k > 0 else ""
        if not conj and head.startswith(("ال", "وال", "بال", "لل", "فال")) and head.endswith("ه") \
                and not n.endswith("ه"):
            return False  # a definite noun governs nothing, and a feminine one's adjective is feminine: "ووقّع
            # الاتفاقية المدير العام" is the signatory after the object, not "اتفاقية المدير"
        if any(pat.match(" ".join(self.norms[k:k + 4])) for pat, _g in _GROUPS):
            return False  # "اتفاق القوى الكبرى": a party (the P5+1), not a name
        return True

    # -- parties ------------------------------------------------------------------

    def party_tokens(self, lo: int, hi: int, cue: int, noun: int, name_end: int) -> set[int]:
        """Tokens where a step's parties are named, by their place in the clause: between the cue and
        the agreement ("وقعت مصر والمغرب اتفاقية"), just before the cue as its subject ("البلدان وقعا"),
        just after a cue that follows the agreement ("الاتفاق الذي توصلت إليه إيران والقوى الست"), and
        after بين/مع that follow them ("اتفاق بين إيران والقوى الكبرى").  A speaker ("قال الوزير إن"),
        a country commenting in another clause, the place of signing and the agreement's own name
        ("اتفاق فيينا") are not there."""
        a, b = min(cue, noun), max(cue, noun)
        name = set(range(noun, name_end + 1))
        out = set(range(a + 1, b)) - name
        # the subject before a verb; before an agreement named first, or a verbal noun ("زار إسرائيل بعد توقيع
        # الاتفاق", "ترحيب القاهرة بتوقيع الاتفاق"), is another clause
        verbal_noun = self.stemmed[cue] in _MASDAR or _stem_of(self.norms[cue]) in ("توقيع", "التوقيع") \
            or self.norms[cue] in _PARTICIPLES or norm_is_purpose(self.norms[cue]) \
            or self.norms[cue].endswith("توقيع")
        k = a - 1 if cue < noun and not verbal_noun else -1
        reach = a - 4
        if verbal_noun and cue < noun and cue > lo and _CUES.get(self.stemmed[cue - 1]) == "negotiated":
            # "يبدأ الاتحاد الأوروبي وتونس مفاوضات لتوقيع اتفاق": who holds the talks for the deal is its parties
            k, reach = cue - 2, cue - 6
        while k >= max(lo, reach) and self.norms[k] not in _CLAUSE_EDGE and self.norms[k] not in _RECALLED_BEFORE:
            out.add(k)
            k -= 1
        if verbal_noun and cue < noun and _CUES.get(self.stemmed[cue]) == "negotiated":
            gov = self.governor(lo, cue)
            if gov is not None:
                # "بدأ مسؤولون من بنغلاديش والهند اليوم ... المحادثات حول تجديد المعاهدة": who holds the talks
                for j in range(gov + 1, cue):
                    if self.norms[j] in _CLAUSE_EDGE:
                        break
                    out.add(j)
        last = max(b, name_end)
        if cue > noun:
            for k in range(cue + 1, min(hi, cue + 6)):
                if self.norms[k] in _CLAUSE_EDGE or self.norms[k] in ("في", "علي"):
                    break
                out.add(k)
        self.served = set()
        if last + 2 < hi and self.norms[last + 1].startswith("لل") and self.norms[last + 2] in _NISBA:
            out.add(last + 2)  # whose the thing the agreement serves is: "... للبحرية الروسية في ميناء طرطوس"
            self.served.add(last + 2)
        self.between = set()
        self.bound = set()
        for k in range(last + 1, min(hi, last + 12)):
            if self.norms[k] in (".", "؛", "،") or k in self.nouns:
                break  # another clause, or another agreement
            if self.norms[k] in _RELATIVE and k + 2 < hi and k == last + 1 \
                    and self.norms[k + 1].removesuffix("ها").removesuffix("ه") in _BINDS:
                # "اتفاقية التعاون الدفاعي التي تربطها بفرنسا": the state it binds the subject to is a side
                for j in range(k + 2, min(hi, k + 6)):
                    if self.norms[j] in _CLAUSE_EDGE or self.norms[j] in ("في", "منذ"):
                        break
                    out.add(j)
                    self.bound.add(j)  # (a state with a glued ب here is a side, not a place: see parties_in)
                break
            if self.norms[k] in _LINKS:
                wide = self.norms[k] in ("بين", "وبين", "مابين", "ومابين")
                reach, second = k + 8, False
                for j in range(k + 1, min(hi, k + 14)):
                    n = self.norms[j]
                    if j >= reach:
                        break
                    # "بين الهيئة ... في السعودية، ووكالة ... البرازيلية": both sides of بين, each an institution
                    # of its country, run on past في before a country and past a comma before the second side
                    if wide and (n == "في" and j + 1 < hi and self.is_country(self.starts[j + 1])
                                 or n == "،" and not second and j + 1 < hi and self.norms[j + 1][:1] == "و"
                                 and len(self.norms[j + 1]) > 3):
                        reach = k + 14
                        continue
                    if n in (".", "،", "؛", "في") or wide and n == "(":
                        break
                    second = second or (n[:1] == "و" and j > k + 1)
                    out.add(j)
                    if wide:
                        self.between.add(j)
                break
        # who attends or sponsors a signing is no side of it ("بحضور الرئيس الكيني", "برعاية أمريكية")
        for j in [j for j in out if self.norms[j] in _WITNESS]:
            for k in range(j, min(len(self.norms), j + 7)):
                if k > j and (self.norms[k] in _CLAUSE_EDGE or k in self.nouns_set or k == cue):
                    break
                out.discard(k)
        return out - name

    def parties_in(self, toks: set[int], name: range) -> tuple[list[dict[str, Any]], bool]:
        """(parties named at the tokens ``toks``, whether an organisation is named there)."""
        found: dict[str, dict[str, Any]] = {}

        def tok_of(pos: int) -> int:
            return bisect.bisect_right(self.starts, pos) - 1

        def add(party: dict[str, Any] | None) -> None:
            if party and party.get("name"):
                found.setdefault(str(party.get("name_en") or fold(str(party["name"]))).lower(), party)

        def placed(m_start: int, k: int, label: str) -> bool:
            """A place named with في or a glued ب ("بفيينا"), part of the agreement's name, or the dateline's city
            ("عمّان – وقع الأردن والعراق ...": where the report was written, not Oman)."""
            if k in name or self.dateline_dash is not None and k < self.dateline_dash:
                return True
            if any(self.lender_at(j) for j in range(max(0, k - 2), k)):
                return True  # "صندوق أبوظبي للتنمية": the fund's city, not a party
            if label != "LOC" or k in self.bound:
                return False
            if self.host_place(k):
                return True  # "في العاصمة البرازيلية برازيليا": the host's capital, where two others signed
            if k > 0 and self.norms[k - 1] in _PLACE_BEFORE:
                # "بين الهيئة العامة للطيران في السعودية ووكالة ...": a country after في names whose body it is
                return k not in self.between or not self.is_country(m_start)
            if self.listed_places(k):
                return True  # "الموقع في كل من لوزان، وفيينا": where it was signed, each city of the list

            return m_start > self.starts[k] and self.norms[k][:1] in ("ب", "ف") and self.norms[k][:2] != "با"

        for (s0, _e0), p in self.event_parties.items():  # persons' countries, as the coder found them
            k = tok_of(s0)
            if k not in toks or placed(s0, k, str(p.get("label") or "")):
                continue
            if self.brussels_is_union and fold(self.text[s0:_e0]).lstrip("و") == "بروكسل" \
                    and not self.belgian_near(k):
                continue  # (the Union, read with the mentions below)
            if _country_of_the_name(self.text[s0:_e0], self.kb):
                continue  # "عمان" as a party is Oman (read with the mentions below)
            c = p.get("country")
            if isinstance(c, dict) and c.get("kind", "country") == "country" and c.get("name"):
                add({"name": c.get("name"), "name_en": c.get("name_en"), "entity_id": c.get("entity_id")})
        for m in self.mentions:
            k = tok_of(m.start)
            if k not in toks or placed(m.start, k, m.label):
                continue
            p = self.event_parties.get((m.start, m.end))
            country = (p or {}).get("country")
            if m.label == "LOC" and self.brussels_is_union and fold(self.text[m.start:m.end]).lstrip("و") == "بروكسل" \
                    and not self.belgian_near(k):
                add(dict(_EU))  # "اختتمت برن وبروكسل المفاوضات": the Union its seat stands for, not Belgium
                continue
            same = _country_of_the_name(self.text[m.start:m.end], self.kb) if m.label == "LOC" else None
            if same:
                add(dict(same))
            elif isinstance(country, dict) and country.get("name") and country.get("kind", "country") == "country":
                add({"name": country.get("name"), "name_en": country.get("name_en"),
                     "entity_id": country.get("entity_id")})
            else:
                add(_party(m, self.kb))
        for k in sorted(toks - set(name)):
            for party in self.own_country_at(k):
                add(party)
            n = self.norms[k]
            nis = _NISBA.get(n) or (_NISBA.get(n[1:]) if n[:1] == "و" else None)
            if nis and n in _ORDINARY_NISBA and not (k > 0 and (has_word(self.norms[k - 1], BODIES)
                                                                 or self.norms[k - 1] in _OFFICES)):
                nis = None  # "اتفاقية المجرى المائي", "القانون الروماني": no country
            if nis and k in self.between and not any(has_word(self.norms[x], _PLACE_BEFORE | _CITY_WORDS)
                                                     for x in range(max(0, k - 2), k)):
                # "بين الهيئة السعودية ووكالة الطيران البرازيلية"; not "بمدينة الصخيرات المغربية"
                add({"name": nis[0], "name_en": nis[1], "entity_id": None})
        # groups, read in runs of the party tokens (and the name: "اتفاق 5+1")
        for run in _runs(sorted(toks | set(name))):
            # "في أوروبا", "بأوروبا": a place, not the Union
            folded = " ".join("" if self.norms[k] in ("اوروبا", "باوروبا") and (
                self.norms[k][:1] == "ب" or k > 0 and self.norms[k - 1] in _PLACE_BEFORE) else self.norms[k]
                for k in run)
            for pat, group in _GROUPS:
                if pat.search(folded):
                    found.setdefault(group["name_en"].lower(), dict(group))
        # nationalities that qualify a body, the agreement or an office ("البرلمان الإيراني", "الاتفاق الغربي
        # الإيراني", "الرئيسان الروسي ... والأمريكي"), one after another
        prev_nisba = took = False
        start = name.stop
        if len(name) == 1 and _stem_of(self.norms[name.start]) in TREATY_NOUNS:
            # (past the words that name it: "باتفاقية الصيد المصرية الإريترية")
            start = max(start, self.name_at(name.stop - 1, min(len(self.norms), name.stop + 12))[2] + 1)
            while start - 1 >= name.stop and self.norms[start - 1] in _NISBA:
                start -= 1  # (a nationality the name was read through: "اتفاقية المنحة الكويتية للمستلزمات")
            if start == name.stop and start + 1 < len(self.norms) and self.norms[start].startswith("ال") \
                    and self.norms[start] not in _NISBA and self.norms[start + 1] in _NISBA:
                start += 1  # (its field, a definite word the name was not read through: "اتفاقية الصيد")
        lead = set(name) | set(range(name.stop, start))
        after = [k for k in range(start, min(len(self.norms), start + 3))]
        chain = set(after[:next((j for j, k in enumerate(after) if not (self.norms[k].startswith(("ال", "وال"))
                                                                         and self.norms[k].endswith(("ي", "يه")))),
                                 3)])  # (feminine too: "اتفاقية الصيد المصرية الإريترية")
        next_word = {name.stop} if name.stop < len(self.norms) else set()  # (a headline may end with the agreement)
        for k in sorted(toks | set(name) | next_word | chain):
            n = self.norms[k]
            nis = _NISBA.get(n) or (_NISBA.get(n[1:]) if n[:1] == "و" else None)
            before = self.norms[k - 1] if k > 0 else ""
            if n in _ORDINARY_NISBA and not (has_word(before, BODIES) or before in _OFFICES):
                nis = None  # (see _ORDINARY_NISBA)
            if nis and self.host_place(k):
                nis = None
            if nis and (has_word(before, BODIES) or has_word(before, TREATY_NOUNS) or before in _OFFICES
                        or before.lstrip("و") in _DELEGATIONS or before in _TWO_GOVERNMENTS
                        or k - 1 in lead and k in chain or k in self.served or before in _AID
                        or before in ("الجانب", "الطرف", "الجانبين") or prev_nisba or n[:1] == "و" and took
                        or self.ministry_before(k)):
                found.setdefault(nis[1].lower(), {"name": nis[0], "name_en": nis[1], "entity_id": None})
                took = True
            prev_nisba = bool(nis) or k in chain or (prev_nisba and k in name)
        organisations = any(has_word(self.norms[k], ORGANISATIONS) and not self.league_of_states(k)
                            and not self.lender_at(k) for k in toks)
        return list(found.values()), organisations

    def lender_board(self, lo: int, hi: int) -> dict[str, Any] | None:
        """The development fund or bank whose board the tokens ``lo``..``hi`` name ("المجلس التنفيذي لصندوق النقد
        الدولي", "مجلس إدارة البنك الإسلامي للتنمية"), as a party."""
        for k in range(lo, hi):
            if self.lender_at(k) and any("مجلس" in self.norms[j] for j in range(max(lo, k - 3), k)):
                run = " ".join(self.norms[k:k + 6])
                return next((dict(g) for pat, g in _GROUPS if g.get("lender") and pat.search(run)), None)
        return None

    def lender_at(self, k: int) -> bool:
        """Whether the word at ``k`` heads a development fund or bank that lends to states ("البنك الدولي",
        "والبنك الإسلامي للتنمية"): a party of a loan agreement, not a company."""
        m = _LENDER.search(" ".join(self.norms[k:k + 6]))
        return m is not None and m.start() <= 2  # (after a glued و, ب or ل)

    def host_place(self, k: int) -> bool:
        """Whether the nationality or city at ``k`` tells where a step took place, after a word of place and the
        nationalities before it ("في العاصمة البرازيلية برازيليا", "بالعاصمة المصرية"): the host, not a side."""
        j = k - 1
        while j > max(0, k - 4) and self.norms[j] in _NISBA:
            j -= 1
        if j < k - 1:
            return self.norms[j] in _PLACE_BEFORE | _CITY_WORDS
        return self.norms[j] in _CITY_WORDS | _CAPITAL_WORDS

    def stop_before_year(self, k: int, hi: int) -> bool:
        """Whether the stop at ``k`` stands glued before the year that ends the sentence ("في عام .1993": the period
        of a right-to-left line copied before the digits), not at the end of a clause."""
        return self.norms[k] == "." and k + 2 == hi and bool(_YEAR.match(self.norms[k + 1])) \
            and self.toks[k].end == self.toks[k + 1].start

    def listed_places(self, k: int) -> bool:
        """Whether the place at ``k`` is one of a list of places after «في كل من» ("الموقع في كل من لوزان، وفيينا"):
        where a step was taken, each of them, not who took it."""
        lo = self.sentence_of(k)[0]
        for j in range(k - 1, max(lo + 1, k - 8) - 1, -1):
            n = self.norms[j]
            if n == "من" and self.norms[j - 1] == "كل" and j - 2 >= lo and self.norms[j - 2].lstrip("و") == "في":
                return True
            if n in _STRONG or n in _FUNCTION or _treaty_noun(n):
                return False
        return False

    @cached_property
    def brussels_is_union(self) -> bool:
        """Whether "بروكسل" stands for the European Union in this article: the article names the Union."""
        return "الاتحاد الاوروبي" in fold(self.text)

    def replaced(self, noun: int) -> bool:
        """Whether the agreement noun at ``noun`` is the one another replaces ("تحل محل اتفاقية ...", "بدلا من
        اتفاقية ...", "خلفا لاتفاقية ...")."""
        before = self.norms[max(0, noun - 2):noun]
        if self.work_stops(noun) is not None:
            return True
        return bool(before) and (before[-1] in ("محل", "مكان") or before[-1] in ("من",) and len(before) == 2
                                 and before[0] in ("بدلا", "عوضا") or self.norms[noun].startswith("ل")
                                 and before[-1] in ("خلفا",))

    def work_stops(self, noun: int) -> int | None:
        """The new agreement whose taking effect stops the one at ``noun`` ("وبدخول اتفاقية النقل البحري الجديدة حيز
        التنفيذ، يتوقف العمل باتفاقية 1987"): its noun, before the verb in the same sentence, a word of taking effect
        between them; else None (a stop told alone is a suspension or an end, not a replacement)."""
        if noun < 2 or self.norms[noun - 1] != "العمل" or self.norms[noun - 2].lstrip("و") not in _STOP_VERBS \
                or self.norms[noun][:1] != "ب":
            return None
        lo, _hi = self.sentence_of(noun)
        new = next((j for j in range(noun - 3, max(lo, noun - 16) - 1, -1) if j in self.nouns_set), None)
        if new is None or not any(self.norms[j] in _TAKES_EFFECT for j in range(new + 1, noun - 2)):
            return None
        return new

    def becomes_nth(self, cue: int, hi: int) -> dict[str, Any] | None:
        """The country the clause after the step makes the n-th state to take it ("ووافق المجلس على البروتوكول،
        لتصبح مصر ثالث دولة تصدق عليه"): the country right after a verb of becoming, "دولة" or "بلد" soon after."""
        for k in range(cue + 1, min(hi, cue + 16)):
            if self.norms[k].lstrip("ول") not in ("تصبح", "يصبح", "اصبحت", "اصبح") and self.norms[k] not in (
                    "لتصبح", "ليصبح", "لتغدو", "ليغدو"):
                continue
            for j in (k + 1, k + 2):  # ("لتصبح بذلك مصر")
                found = self.country_at(j) if j < hi else []
                if len(found) == 1 and any(self.norms[x] in ("دوله", "بلد", "الدوله", "البلد")
                                           for x in range(j + 1, min(hi, j + 5))):
                    return found[0]
        return None

    def belgian_near(self, k: int) -> bool:
        """Whether the sentence of token ``k`` names Belgium or a Belgian ("وقعت الحكومة البلجيكية في بروكسل"):
        then "بروكسل" is Belgium's capital, not the Union it seats."""
        lo, hi = self.sentence_of(k)
        return any("بلجيك" in self.norms[j] for j in range(lo, hi))

    @cached_property
    def home(self) -> dict[str, Any] | None:
        """The country of the article's outlet, which its "المملكة" means (a Saudi paper's kingdom)."""
        code = self.outlet_country
        if code not in _KINGDOMS:
            return None  # an Emirati or Egyptian paper's "المملكة" is another country's, not its own
        for e in (self.kb.entities.values() if code else ()):
            if e.data.get("iso") == code and e.data.get("kind") == "country":
                return {"name": e.name_ar, "name_en": e.name_en, "entity_id": e.id}
        return None

    @cached_property
    def outlet_country(self) -> str | None:
        """The code of the outlet's country, None when the outlet is unknown."""
        from marsad.nlp.office_owners import _outlet_country

        return _outlet_country(self.doc) if self.kb is not None else None

    @cached_property
    def dateline_dash(self) -> int | None:
        """The dash that closes the report's dateline ("عمّان – ...", "الرباط - ..."), within its first words."""
        return next((k for k in range(min(4, len(self.norms))) if self.norms[k] in ("-", "–", "—")), None) or None

    @cached_property
    def dateline_kingdom(self) -> dict[str, Any] | None:
        """The kingdom of the city the report opens with before a dash ("جدة – ...", "عمّان – ..."), when it is one
        of the Arab kingdoms (whose papers call their country "المملكة")."""
        dash = self.dateline_dash
        if not dash:
            return None
        for m in self.mentions:
            if m.label == "LOC" and m.start < self.starts[dash]:
                c = _place_country(m, self.text, self.kb, city_first=True)
                if c and c.get("name_en") in _KINGDOM_NAMES:
                    return c
        return None

    def counts_a_noun(self, k: int) -> bool:
        """Whether the number at token ``k`` counts the word after it ("2000 طن", "1500 جندي"): a word that is not
        a particle, a conjunction's next clause ("1968 وصادقت") or an era's mark ("1970 م") follows it."""
        if k + 1 >= len(self.norms):
            return False
        nxt = self.norms[k + 1]
        if not nxt[:1].isalpha() or nxt[:1] in ("و", "ف") or nxt in _AFTER_YEAR:
            return False
        return True

    def name_starts_at(self, k: int) -> bool:
        """Whether a mention begins with token ``k``'s first letter (a name, not a clitic glued to one)."""
        return self.starts[k] in self.mention_starts

    @cached_property
    def mention_starts(self) -> frozenset[int]:
        return frozenset(m.start for m in self.mentions)

    def is_country(self, start: int) -> bool:
        """Whether the place mention starting at ``start`` is a country (not a city such as فيينا)."""
        for m in self.mentions:
            if m.start == start and m.label == "LOC":
                eid = m.data.get("entity_id")
                ent = self.kb.get(eid) if self.kb is not None and eid else None
                return ent is not None and ent.data.get("kind") == "country"
        return False

    def sentence_of(self, k: int) -> tuple[int, int]:
        """Token bounds of the sentence holding token ``k``."""
        pos = self.starts[k]
        for s in self.doc.layers.get("sentence", []):
            if s.start <= pos < s.end:
                r = self.tok_range(s.start, s.end)
                return r.start, r.stop
        return 0, len(self.norms)

    def own_country_at(self, k: int) -> list[dict[str, Any]]:
        """The country a word stands for without naming it: "المملكة" (the outlet's kingdom, not "المملكة
        المتحدة", not "في المملكة") and "بلاده" (the country of the one who speaks: "قال وزير المالية اليوناني
        إن بلاده وقعت")."""
        n = self.norms[k]
        nxt = self.norms[k + 1] if k + 1 < len(self.norms) else ""
        plain_kingdom = n in _KINGDOM and nxt not in _KINGDOM_NAMED and not (k > 0 and self.norms[k - 1] in
                                                                            _PLACE_BEFORE)
        if plain_kingdom and self.home is not None:
            return [self.home]
        if n in _KINGDOM and k > 0 and self.norms[k - 1] in _THAT_CLAUSE | {"ان", "إن"}:
            # "قال وزير الخارجية الأردني إن المملكة أودعت": the kingdom of the one who speaks
            nxt = self.norms[k + 1] if k + 1 < len(self.norms) else ""
            lo, _hi = self.sentence_of(k)
            seen: list[tuple[int, dict[str, Any]]] = []
            speech = None
            for v in range(k - 2, max(lo, k - 14) - 1, -1):
                if self.norms[v] in (".", "؛", "،"):
                    break
                if self.norms[v] in _SPEECH and speech is None:
                    speech = v
                seen += [(v, c) for c in self.country_at(v) if c.get("name_en") in _KINGDOM_NAMES]
            if seen and nxt not in _KINGDOM_NAMED:
                if speech is not None:
                    # the speaker's, the first after the verb of saying ("قال وزير الخارجية السعودي خلال لقائه
                    # نظيره الأردني إن المملكة ...": Saudi Arabia, not the Jordanian he met)
                    after = sorted((v, c) for v, c in seen if v > speech)
                    return [after[0][1]] if after else []
                if len({c.get("name_en") for _v, c in seen}) == 1:
                    return [seen[0][1]]
        if plain_kingdom and self.dateline_kingdom is not None and self.outlet_country is None:
            # an outlet of no known country, with no speaker of a kingdom: the kingdom of its dateline ("جدة – ...
            # وكانت المملكة قد صادقت"); an Egyptian or Emirati paper's "المملكة" stays unread, as above
            return [self.dateline_kingdom]
        if n in _OWN_LAND:
            lo, _hi = self.sentence_of(k)
            for v in range(k - 1, max(lo, k - 40) - 1, -1):
                # the nearest person or office with a country ("قال خامنئي ... إن بلاده"), else the subject
                # of the verb of saying ("قال مسؤول بوزارة المالية اليونانية ... إن بلاده")
                person = [c for c in self.country_at(v, places=False)]
                if person:
                    return person
                if self.norms[v] in _SPEECH:
                    for j in range(v + 1, min(k, v + 12)):
                        if self.norms[j] in ("ان", "بان", "انه", "انها", ":", "،"):
                            break
                        found = self.country_at(j)
                        if found:
                            return found
                    return []
        return []

    def country_at(self, j: int, places: bool = True) -> list[dict[str, Any]]:
        """The country named at token ``j`` as a party: a mention (a person through their country), a
        nationality after an office ("وزير المالية اليوناني"), the outlet's kingdom.  ``places=False``: persons
        and offices only."""
        out: list[dict[str, Any]] = []
        for m in self.mentions:
            if bisect.bisect_right(self.starts, m.start) - 1 != j or not places and m.label != "PER":
                continue
            if m.label == "LOC" and (j > 0 and self.norms[j - 1] in _PLACE_BEFORE or self.norms[j][:1] in ("ب", "ف")
                                     and self.norms[j][:2] != "با" and m.start > self.starts[j]):
                continue  # a place
            p = self.event_parties.get((m.start, m.end))
            country = (p or {}).get("country")
            same = _country_of_the_name(self.text[m.start:m.end], self.kb) if m.label == "LOC" else None
            if same:
                out.append(dict(same))  # "عمان" as a party: Oman
            elif isinstance(country, dict) and country.get("name") and country.get("kind", "country") == "country":
                out.append({"name": country.get("name"), "name_en": country.get("name_en"),
                            "entity_id": country.get("entity_id")})
            else:
                party = _party(m, self.kb)
                if party:
                    out.append(party)
        n = self.norms[j]
        nis = _NISBA.get(n)
        if n in _ORDINARY_NISBA and not (j > 0 and (has_word(self.norms[j - 1], BODIES)
                                                    or self.norms[j - 1] in _OFFICES)):
            nis = None  # (see _ORDINARY_NISBA)
        if nis and j > 0 and not has_word(self.norms[j - 1], TREATY_NOUNS) and (
                places or self.norms[j - 1] in _OFFICES or has_word(self.norms[j - 1], BODIES)) and not any(
                has_word(self.norms[x], ORGANISATIONS | _CITY_WORDS) or self.norms[x] in ("»", "”", '"')
                for x in range(max(0, j - 3), j)):
            # "وزير المالية اليوناني"; not a company's ("شركة «إيني» الإيطالية") or a city's nationality
            out.append({"name": nis[0], "name_en": nis[1], "entity_id": None})
        if n in _KINGDOM and places:
            out += self.own_country_at(j)
        return out

    def with_subject(self, lo: int, hi: int, cue: int, noun: int, name_end: int) -> list[dict[str, Any]]:
        """The subject of the clause when the agreement is "with" its other party: "ستتمكن الولايات المتحدة
        ... بموجب اتفاق مع تركيا", "انتهكت الهند الاتفاقية الموقعة مع باكستان", "الاتفاق الذي توصلت إليه
        بلاده مع ...".  None across a clause edge or for a country that only reacts to the deal."""
        last = max(cue, noun, name_end)
        # "اتفاق مع تركيا تم التوصل إليه": مع right after the name, or after a cue that follows it
        with_at = next((k for k in range(name_end + 1, min(hi, last + 7)) if self.norms[k] in ("مع", "ومع")), None)
        if with_at is None or any(self.norms[k] in _CLAUSE_EDGE for k in range(name_end + 1, with_at)):
            return []
        a = min(cue, noun)
        if cue > noun:  # "الذي توصلت إليه بلاده مع": the subject after the verb
            for k in range(cue + 1, with_at):
                found = self.country_at(k)
                if found:
                    return found
            if any(self.norms[k] not in _AGREEING_AFTER | {"اليه", "اليها", "بشانه", "بشانها"} for k in range(cue + 1, with_at)):
                return []  # "الذي أبرمته دول الغرب مع إيران": the relative clause has a subject of its own
        if cue < noun and (self.stemmed[cue] in _MASDAR or "توقيع" in self.norms[cue]):
            return []  # a verbal noun's subject follows it ("توقيع مصر اتفاقية مع"), it is not before it
        for k in range(a - 1, max(lo, a - 15) - 1, -1):
            if self.norms[k] in _CLAUSE_EDGE or self.norms[k] in _RECALLED_BEFORE or has_word(self.norms[k], _FRAMES):
                break  # "في أعقاب الاتفاق", "على خلفية الاتفاق": the agreement frames the clause, its subject is
                # not the agreement's party
            if k > lo and self.norms[k - 1] in _PREPOSITIONS or self.norms[k][:1] in ("ل", "ب") and \
                    not self.norms[k].startswith(("بلاده", "بلادها")) and not self.name_starts_at(k):
                continue  # an object ("التوتر مع إسرائيل", "لإيران"), not the subject; a name that starts with
                # the letter is one ("باكستان", "لبنان")
            if has_word(self.norms[k], ORGANISATIONS) or self.norms[k] in ("»", "”", '"'):
                return []  # a company's contract: "وقعت شركة «إيني» ... اتفاقات مع مصر"
            found = self.country_at(k)
            if found:
                if any(has_word(self.norms[x], _REACTIONS) for x in range(max(lo, k - 2), a)):
                    return []
                return found
        return []

    @cached_property
    def ceremony_at_occasion(self) -> bool:
        """Whether the article tells its signing ceremony held on the sidelines of a meeting and on no day ("وجرت
        مراسم التوقيع في جنيف على هامش المؤتمر الدولي في دورته ..."): the report tells a signing of the meeting's
        days, not of its own day."""
        n = len(self.norms)
        for i in range(n - 1):
            if self.norms[i].lstrip("و") not in ("مراسم", "مراسيم", "حفل") or not any(
                    x.lstrip("و") in ("توقيع", "التوقيع", "لتوقيع") for x in self.norms[i + 1:i + 3]):
                continue
            # (its clause: to the stop, or to another told in the pluperfect, "وكانت المملكة قد بدأت ... في 24 مايو")
            end = next((k for k in range(i + 1, n) if self.norms[k] in (".", "؛")
                        or self.norms[k].lstrip("و") in ("كان", "كانت", "كانا", "كانتا")), n)
            start, stop = self.toks[i].start, self.toks[end - 1].end
            if any(self.norms[k] in ("هامش", "الهامش") for k in range(i, end)) and not any(
                    start <= t.start < stop for t in self.timex):
                return True
        return False

    def spread_over_time(self, lo: int, hi: int) -> bool:
        """Whether the sentence tells steps taken one after another over time ("دولة بعد أخرى", "الواحدة تلو الأخرى",
        "تباعا"), not on one day."""
        for k in range(lo, hi):
            n = self.norms[k]
            if n == "تباعا" and not self.one_occasion(lo, hi):
                return True  # ("على التوالي" is "in a row": "الاتفاقية الثانية على التوالي بين البلدين")
            if k + 2 < hi and self.norms[k + 1] in ("بعد", "تلو") and n.removeprefix("ال") in (
                    "دوله", "واحده", "واحدا", "بلد", "بلدا", "عام", "سنه") and self.norms[k + 2].removeprefix("ال") in (
                    "اخري", "اخر", "عام", "سنه"):
                return True
        return False

    def one_occasion(self, lo: int, hi: int) -> bool:
        """Whether the sentence sets its steps on one occasion: a time ("أمس") or a place ("في الخرطوم"), so
        "تباعا" there is one after another at one ceremony, not over the years."""
        if any(self.toks[lo].start <= t.start < self.toks[hi - 1].end for t in self.timex_all):
            return True
        return any(self.norms[k].lstrip("و") == "في" and self.place_at(k + 1) for k in range(lo, hi - 1))

    def city_subject(self, noun: int, name_end: int, hi: int) -> str | None:
        """The other name an agreement named for a city has by what it is about, told right after the city: "اتفاق
        فيينا الخاص بالبرنامج النووي" or "اتفاق فيينا النووي" → "اتفاق النووي" (the name "الاتفاق النووي" other
        reports give it)."""
        k = name_end + 1
        if k >= hi:
            return None
        head = _without_clitic(self.text[self.toks[noun].start:self.toks[noun].end])
        n = self.norms[k]
        if n.startswith("ال") and has_word(n, NAME_WORDS) and n not in _NISBA:
            return f"{head} {self.text[self.toks[k].start:self.toks[k].end]}"
        if n in _ABOUT:
            about = self.topic(noun, hi)
            return f"{head} {about}" if about else None
        return None

    def city_at(self, k: int) -> str | None:
        """The city named at token ``k`` (folded, without a glued ب/و/ف), or None: a place mention that is no
        country, or a city agreements are named for."""
        n = self.norms[k]
        bare = n[1:] if n[:1] in ("ب", "و", "ف") and len(n) > 4 and n[:2] != "با" else n
        for m in self.mentions:
            if m.label == "LOC" and self.starts[k] <= m.start < self.toks[k].end:
                if self.is_country(m.start):
                    return None
                # a place read from the word's first letter is the whole word: "فيينا" (no «ف» glued to "يينا")
                return n if m.start == self.starts[k] and bare != n and bare not in _CITY_NAMES else bare
        return n if n in _CITY_NAMES else bare if bare in _CITY_NAMES else None

    def named_for(self, noun: int, name_end: int) -> str | None:
        """The city an agreement is named for when its name is that city alone: "اتفاق فيينا", "اتفاقية جنيف"
        (not "اتفاقية فيينا للعلاقات الدبلوماسية", not "اتفاقات مينسك 2")."""
        if name_end != noun + 1 and not (name_end > noun + 1 and self.norms[noun + 2] in _REGIONAL_ADJ):
            return None  # ("اتفاقية الرياض العربية للتعاون القضائي": the Arab League's convention made in Riyadh)
        return self.city_at(noun + 1)

    def places(self, lo: int, hi: int) -> set[str]:
        """Cities the tokens ``lo``..``hi`` name as where something happened: "في فيينا", "بفيينا", "في العاصمة
        النمساوية فيينا"."""
        out = set()
        for k in range(lo, hi):
            city = self.city_at(k)
            if city is None:
                continue
            before = self.norms[max(0, k - 3):k]
            if any(w in _PLACE_BEFORE for w in before[-1:]) or self.norms[k][:1] == "ب" and city != self.norms[k] \
                    or before[-2:-1] and before[-2] in _PLACE_BEFORE and has_word(before[-1], _CITY_WORDS | {"العاصمه"}) \
                    or len(before) == 3 and before[0] in _PLACE_BEFORE and before[1] in ("العاصمه", "عاصمه"):
                out.add(city)
        return out

    @cached_property
    def session_day(self) -> str | None:
        """The day of the session or meeting the sentence that tells the report's session (see :attr:`session_lead`)
        dates ("عقد مجلس الشعب، أمس الثلاثاء 14 تموز، جلسته الأسبوعية", "وافق مجلس النواب، خلال جلستيه أمس
        الثلاثاء"): its one day, before the report's."""
        first = self.session_lead
        if first is None or not self.anchor:
            return None
        days = set()
        for t in self.timex:
            if first.start <= t.start and t.end <= first.end:
                v = str(t.data.get("value") or "")
                if len(v) == 10 and v[:1].isdigit():
                    days.add(v)
        day = days.pop() if len(days) == 1 else None
        from marsad.nlp.events.treaty_life import _days  # (treaty_life imports this module)

        return day if day and day < self.anchor[:10] and (_days(day, self.anchor[:10]) or 9) <= 3 else None

    def hoped(self, lo: int, k: int, cue: int) -> bool:
        """Whether the hope word at ``k`` hopes for the step at ``cue`` ("أتمنى أن يتم توقيع اتفاق"): in one clause
        with it, not in an "as hoped" clause ("وكما تمنى الجميع، تم توقيع الاتفاقية": the signing held)."""
        if k > lo and self.norms[k - 1].lstrip("و") in ("كما", "مثلما"):
            return False
        return all(w[:1].isalnum() for w in self.norms[k + 1:cue])  # ("يأمل الوسطاء توقيع اتفاق")

    def in_session(self, lo: int, hi: int, cue: int) -> bool:
        """Whether the step at ``cue`` is told as taken in the session :attr:`session_lead` tells: its body is the one
        that met there ("عقد مجلس النواب ... جلسة" then "وصادق المجلس"/"النواب"; not "صادق البرلمان الكيني" after
        a cabinet's meeting), and it is not recalled in the past perfect ("وكان المجلس قد صادق", "سبق أن")."""
        kana = [k for k in range(lo, cue) if self.norms[k].lstrip("و") in ("كان", "كانت", "كانا", "كانتا")]
        if kana and any(self.norms[k] in ("قد", "وقد") for k in range(kana[0] + 1, cue)) or any(
                self.norms[k].lstrip("و") == "سبق" for k in range(max(lo, cue - 4), cue)):
            return False
        head = self.session_lead
        lead = [self.norms[k].lstrip("و").removeprefix("ال") for k in self.tok_range(head.start, head.end)]
        for b in range(max(lo, cue - 6), min(hi, cue + 4)):
            if not has_word(self.norms[b], BODIES):
                continue
            word = self.norms[b].lstrip("و").removeprefix("ال")
            if word not in lead:
                return False
            raw = self.norms[b + 1] if b + 1 < hi and b + 1 != cue else ""
            nxt = raw.removeprefix("ال")
            at = lead.index(word)
            after = lead[at + 1] if at + 1 < len(lead) else ""
            if word == "مجلس" and nxt in _COUNCIL_KINDS:
                return nxt == after  # "مجلس النواب", not "مجلس الوزراء"
            # "البرلمان الكيني" after "عقد البرلمان": only with the lead's own nationality
            return nxt == after or not (raw.startswith("ال") and (raw in _NISBA or nxt in _NISBA
                                                                   or nxt.endswith(("ي", "يون", "يين"))))
        return False

    def from_event(self, t: Span, offset: int | None = None) -> str | None:
        """For an offset counted from an event ("يوم 13 يوليو، قبل يوم على توقيع المعاهدة", "بعد ثلاثة أيام من
        توقيعه"), with the day told right before it: the day of the step whose cue is at character ``offset``.  When
        that cue is the event counted from (right after "على/من"), the told day is the other event's, and the step's
        day is counted back from it; when the cue comes just after the offset clause, a verb of its own ("وقعاها في
        10 يوليو، وبعد ثلاثة أيام من توقيعها دخلت حيز التنفيذ"), the told day is the event's, and the step's day is
        counted on from it.  "" when no day is told or the cue is elsewhere; None for any other time expression
        ("قبل يومين" alone counts from the report)."""
        text = str(t.data.get("text") or "").split()
        m = re.fullmatch(r"P(\d+)([DWM])", str(t.data.get("duration") or ""))
        after = bisect.bisect_left(self.starts, t.end)
        if t.data.get("value") or not m or not text or fold(text[0]).lstrip("و") not in ("قبل", "بعد") \
                or after >= len(self.norms) or self.norms[after] not in ("على", "علي", "من"):
            return None
        k = bisect.bisect_right(self.starts, t.start) - 1
        told = [x for x in self.timex if x.end <= t.start and bisect.bisect_left(self.starts, x.end) >= k - 1]
        day = str(told[-1].data.get("value") or "") if told else ""
        if not re.fullmatch(r"\d{4}-\d\d-\d\d", day):
            return ""
        sign = 1 if fold(text[0]).lstrip("و") == "قبل" else -1
        cue = None if offset is None else bisect.bisect_right(self.starts, offset) - 1
        if cue is not None and cue != after + 1:
            if not after + 1 < cue <= after + 6:
                return ""  # a step told before the offset: the day told is its own, or another's
            sign = -sign  # the step after the offset clause: counted on from the event's day
        n = int(m.group(1))
        if m.group(2) == "M":
            d0 = _date.fromisoformat(day)
            months = d0.year * 12 + d0.month - 1 + sign * n
            y, mo = divmod(months, 12)
            return f"{y:04d}-{mo + 1:02d}"  # ("بعد شهر من توقيعها": the month, not a day counted by guess)
        return (_date.fromisoformat(day) + timedelta(days=sign * n * (7 if m.group(2) == "W" else 1))).isoformat()

    def own_clause(self, lo: int, hi: int, a: int, b: int) -> tuple[int, int]:
        """The tokens of the clause that holds a step whose cue and agreement span ``a``..``b`` in the sentence
        ``lo``..``hi``: up to a clause of another event ("، وهي الاتفاقية التي نوقشت ...", "، ثم أسسا لجنة ...",
        "، وأن المجلس صادق عليها ..."), whose date is not the step's."""
        def opens(k: int) -> bool:
            n = self.norms[k]
            return n in ("ثم", "وثم") or n in ("وان", "وانه", "وانها", "وبان") or n in ("،", ",") and k + 1 < hi \
                and self.norms[k + 1] in ("وهي", "وهو", "وهما", "وهم")
        end = next((k for k in range(b + 1, hi) if opens(k)), hi)
        start = next((k + 1 for k in range(a - 1, lo - 1, -1) if opens(k)), lo)
        return start, max(end, start + 1)

    def sentence_date(self, start: int, end: int, offset: int | None = None, other_cues: tuple[int, ...] = ()
                      ) -> str | None:
        """The one date the sentence (or the step's clause from ``start`` to ``end``) writes before the report ("وقعت
        في 18 يونيو", "في 3 مارس الماضي"), for a step it recalls, none past another step's cue (``other_cues``, the
        step's own at ``offset``); a month without a day ("في أواخر يونيو المنصرم"; a Hijri one, "في شهر رجب الماضي",
        as the Gregorian month that holds its middle) only when the sentence tells no other time
        ("ارتفعت الواردات في يونيو ... عقب توصلها لاتفاق الأسبوع الماضي": June is the imports').  Never the start of
        a span ("منذ مارس الماضي", "منذ بداية أبريل"): what goes on since then is not the step."""
        values, months, others = set(), set(), 0
        for t in self.timex:
            if not (start <= t.start and t.end <= end) or t.data.get("duration"):
                continue
            if offset is not None and self.beyond(t.start, offset, other_cues):
                continue  # another step's cue between: "وقعا ...، وصادق البرلمان عليها في يونيو" (June is its)
            text = str(t.data.get("text") or "")
            if self.said_at(t) and not any(c.isdigit() for c in text):
                continue  # "وقال أمس إن": when someone spoke ("أبرمته في 14 يوليو الجاري إن" is written out)
            k = bisect.bisect_right(self.starts, t.start) - 1
            since = self.since(k)
            digits = any(c.isdigit() for c in text)
            if not digits and not _names_month(text):
                others += 1  # "أمس", "الأسبوع الماضي", "السبت الماضي": a time the sentence tells, no date written
                continue
            v = self.fix_year(t, str(t.data.get("value") or self._resolve(t) or ""))
            if since or not (len(v) >= 7 and v[:1].isdigit()):
                others += 1
            elif not self.anchor or v[:10] < self.anchor[:len(v[:10])]:
                (values if digits else months).add(v)
            else:
                others += 1
        months |= self.hijri_months(start, end, offset, other_cues)
        if len(values) == 1 and not months:
            return values.pop()  # ("بعد السعودية ... في 28 يوليو، وقطر ... في سبتمبر الماضي": two steps' dates)
        if not values and len(months) == 1 and not others:
            return months.pop()
        return None

    def hijri_months(self, start: int, end: int, offset: int | None, other_cues: tuple[int, ...]) -> set[str]:
        """The past Hijri months written alone between ``start`` and ``end`` ("في شهر رجب الماضي", "في أواخر شعبان
        المنصرم"), which the time tagger leaves, as Gregorian months (see :func:`_hijri_month`): not with a day or a
        year ("15 رجب 1447هـ" is a date the tagger reads), not the start of a span ("منذ رجب الماضي"), none past
        another step's cue."""
        out = set()
        ks = list(self.tok_range(start, end))
        for k in ks:
            w = self.norms[k].removeprefix("و")
            two = k + 1 < len(self.norms) and f"{w} {self.norms[k + 1]}" in _tx.HIJRI_BY_KEY
            if not (two or w in _tx.HIJRI_BY_KEY) or w in _tx.GREGORIAN_BY_KEY:
                continue
            past = k + 1 + two
            before = self.norms[max(0, k - 3):k]
            if past >= len(self.norms) or self.norms[past] not in _PAST_MONTH or any(
                    x[:1].isdigit() or x.lstrip("و") == "منذ" for x in before[-2:] if x not in _SPAN_EDGES) \
                    or offset is not None and self.beyond(self.starts[k], offset, other_cues):
                continue
            v = _hijri_month(f"{self.norms[k]} {self.norms[k + 1]}" if two else w, self.anchor)
            if v:
                out.add(v)
        return out

    def fix_year(self, t: Span, value: str) -> str:
        """A month whose year is written after it ("في ديسمبر لعام 2008") takes that year, not the report's."""
        if len(value) != 7 or not value[:4].isdigit():
            return value
        k = bisect.bisect_left(self.starts, t.end)
        for j in range(k, min(len(self.norms), k + 2)):
            if _YEAR.match(self.norms[j]):
                return self.norms[j] + value[4:]
            if self.norms[j] not in _YEAR_WORDS and self.norms[j] not in ("م", "(", ")"):
                break
        return value

    def agreeing(self, start: int, end: int) -> list[dict[str, Any]]:
        """The countries the event coder found agreeing in the sentence ("بيونغ يانغ وموسكو اتفقتا"):
        the parties of a step whose own clause names fewer than two."""
        found: dict[str, dict[str, Any]] = {}
        for e in self.doc.layers.get("event", []):
            if e.label != "AGREE" or not (start <= e.start < end):
                continue
            for role in ("actor", "recipient"):
                p = e.data.get(role)
                if not isinstance(p, dict):
                    continue
                c = p.get("country")
                if isinstance(c, dict) and c.get("kind", "country") == "country" and c.get("name"):
                    p = c
                elif p.get("label") != "LOC" or p.get("kind", "country") != "country":
                    continue
                if p.get("name") or p.get("text"):
                    party = {"name": p.get("name") or p.get("text"), "name_en": p.get("name_en"),
                             "entity_id": p.get("entity_id")}
                    found.setdefault(str(party.get("name_en") or fold(str(party["name"]))).lower(), party)
        return list(found.values())

    def body_near(self, lo: int, hi: int, cue: int, heads: bool = False, at: int | None = None
                  ) -> dict[str, Any] | None:
        """The body that ratified or withdrew: "البرلمان الإيراني", "مجلس الدوما", "مجلس الشورى الإسلامي الإيراني"
        (its country from the nationality after it, past words that tell which body), with ``heads`` a head of
        state ("الرئيس الروسي", "السلطان"); without a country of its own, the country that takes the step: right
        after a verbal noun or a verb ("انسحاب أفغانستان من المعاهدة", "صادقت روسيا على")."""
        best = None
        covered = -1  # the last token of a government named by its title ("حكومة الوحدة الوطنية"): no body in it
        will: bool | None = None  # (whether a royal will approves a decision named in the clause: read once)
        for k in range(lo, hi):
            n0 = self.norms[k]
            # "أمير البلاد", "ملك البلاد": the ruler of the country the report is written in
            own_ruler = heads and n0.removeprefix("ال") in _RULERS and k + 1 < hi and self.norms[k + 1] == "البلاد"
            head = heads and n0 in _HEADS or own_ruler
            titled = n0.removeprefix("و") == "حكومه" and k + 1 < hi and self.norms[k + 1] in _GOV_QUALIFIERS
            if heads and k > lo and self.norms[k - 1] in _DECISIONS and will is None:
                will = self.royal_will(lo, cue if at is None else at)
            if heads and k > lo and self.norms[k - 1] in _DECISIONS and will:
                continue  # "صدرت الإرادة الملكية بالموافقة على قرار مجلس الوزراء المتضمن المصادقة على الاتفاقية":
                # the council whose decision the king's will approves is not who ratifies
            if (has_word(n0, BODIES) or head or n0 in _VOTERS or titled) \
                    and abs(k - cue) <= 8 and k > covered and not (k > lo and has_word(
                    self.norms[k - 1], BODIES) and self.norms[k - 1] not in ("مجلس",)):
                words = [n0]
                end = k
                for n in self.norms[k + 1:min(hi, k + 6)]:
                    if n0 in _VOTERS and n[-2:] in ("ون", "ين") and n[:-2] in _NISBA:
                        n = n[:-2]  # "الناخبون السويسريون"
                    if n in _NISBA or n in _BODY_OF:
                        end += 1
                        words.append(n)
                        break  # the nationality closes the body's name
                    if n in _GOV_QUALIFIERS and any(w.removeprefix("و").removeprefix("ال") == "حكومه" for w in words) \
                            or n == "حكومه" and words[-1] == "وزراء":
                        end += 1  # "(مجلس وزراء) حكومة الوحدة الوطنية": a government named by its title
                        words.append(n)
                        covered = end
                        continue
                    if has_word(n, BODIES) or n in ("الدوما", "الروسي", "الشوري") or n in _BODY_WORDS or (
                            n in _UPPER and self.norms[end] == "مجلس") or (
                            # the kind of council, so that a nationality after it is read: "مجلس نواب الشعب
                            # الإثيوبي", "مجلس الأمة الكويتي" (not the Security Council, read on its own)
                            self.norms[end] == "مجلس" and n.removeprefix("ال") in _COUNCIL_KINDS - {"امن"}):
                        end += 1
                        words.append(n)
                    else:
                        break
                if head and end == k:
                    # "السلطان هيثم بن طارق": the country of the person named after the title, if known
                    of = self.country_at(k + 1, places=False) if k + 1 < hi else []
                    if own_ruler:
                        of = [c for c in (self.report_state(),) if c and c.get("name_en")]
                        end = k + 1 if of else end
                    if not of and k + 1 < hi and self.norms[k + 1] == "الجمهوريه" and self.norms[k] == "رئيس":
                        # "ختم رئيس الجمهورية القانون": the head of state by title, the country the taker's (a
                        # step of the head apart from the house's)
                        if best is None or abs(k - cue) < best[0]:
                            best = (abs(k - cue), {"name": self.text[self.toks[k].start:self.toks[k + 1].end],
                                                   "country": None})
                        continue
                    if not of:
                        continue  # "الرئيس" alone: whose is not told
                    cand = {"name": self.text[self.toks[k].start:self.toks[end].end],
                            "country": {"name": of[0].get("name"), "name_en": of[0].get("name_en")}}
                    if best is None or abs(k - cue) < best[0]:
                        best = (abs(k - cue), cand)
                    continue
                country = next((_NISBA.get(n) or _BODY_OF.get(n) for n in words if n in _NISBA or n in _BODY_OF),
                               None) or self.body_country(k, end, hi)
                cand = {"name": self.text[self.toks[k].start:self.toks[end].end],
                        "country": {"name": country[0], "name_en": country[1]} if country else None}
                if best is None or abs(k - cue) < best[0]:
                    best = (abs(k - cue), cand)
                if country and end + 1 < hi and self.norms[end + 1] == "(":
                    # "الجمعية الوطنية الكبرى التركية (البرلمان)": what the brackets call the body is the same body
                    covered = next((j for j in range(end + 2, min(hi, end + 6)) if self.norms[j] == ")"), covered)
                    best = (min(best[0], max(0, abs(covered - cue))), best[1]) if best[1] is cand else best
        body = best[1] if best else None
        if body is None or body["country"] is None:
            taker = self.taker(cue if at is None else at, hi) or self.subject_before(lo, cue if at is None else at)
            if taker:
                body = {"name": (body or {}).get("name") or taker.get("name"), "country": {
                    "name": taker.get("name"), "name_en": taker.get("name_en")}}
        return body

    def council_before(self, k: int) -> str | None:
        """The name of the council last named in full before ``k`` in the report ("مجلس الوزراء", "مجلس الأمة
        الكويتي"), which a bare "المجلس" after it stands for; None when none is (the Security Council is not one)."""
        for j in range(k - 1, 0, -1):
            if self.norms[j].lstrip("و") != "مجلس" or j + 1 >= len(self.norms):
                continue
            kind = self.norms[j + 1].removeprefix("ال")
            if kind not in _COUNCIL_KINDS or j > 0 and (self.norms[j - 1] in _DECISIONS or _word_in(
                    self.norms[j - 1].lstrip("وب"), _CITED_VIEWS)):
                continue  # (not the council whose decision or view is cited: "بعد الاطلاع على قرار مجلس الشورى",
                # "وبناء على ما رآه مجلس الشورى", "بعد موافقة مجلس الشورى")
            if kind == "امن":
                return None
            end = j + 2 if j + 2 < len(self.norms) and self.norms[j + 2] in _NISBA else j + 1
            return self.text[self.toks[j].start:self.toks[end].end].removeprefix("و")
        return None

    def decree_place(self, gov: int, cue: int) -> dict[str, Any] | None:
        """The country where a decree or law of ratification was issued, when the clause from the verb that issued
        it to the step names a decree and a place with في ("صدر في الرياض ... مرسوم ملكي بالمصادقة")."""
        span = range(gov + 1, cue)
        if not any(self.norms[k] in _LAW or _stem_of(self.norms[k]) in _LAW for k in span):
            return None
        for k in span:
            if self.norms[k - 1] not in ("في", "فى"):
                continue
            for m in self.mentions:
                if m.label == "LOC" and m.start == self.starts[k]:
                    party = _place_country(m, self.text, self.kb)
                    if party and party.get("name_en"):
                        return party
        return None

    def body_country(self, k: int, end: int, hi: int) -> tuple[str, str] | None:
        """The country of a body whose name does not tell it: placed right after it ("مجلس الوزراء الاتحادي في
        باكستان", "المجلس الأعلى (...) في قيرغيزستان"), else the country of the same body named before in the
        article with its nationality ("عقد مجلس النواب الأردني جلسة ..." and then "أقر المجلس")."""
        j = end + 1
        while j < min(hi, end + 4) and (self.norms[j].startswith("ال") or self.norms[j].startswith("لل") and has_word(
                "ال" + self.norms[j][2:], BODIES)) and not has_word(self.norms[j], L.WEEKDAYS) \
                and self.norms[j] not in _FUNCTION:  # (and the house it is part of: "الجمعية العامة للبرلمان التركي")
            if self.norms[j] in _NISBA and self.norms[j] not in _ORDINARY_NISBA:
                return _NISBA[self.norms[j]]  # its nationality past the rest of its name: "مجلس الأمة الكويتي"
            j += 1  # the rest of its name: "مجلس الوزراء الاتحادي"
        if j < hi and self.norms[j] == "(":
            j = next((x + 1 for x in range(j + 1, min(hi, j + 8)) if self.norms[x] == ")"), hi)
        if j + 1 < hi and self.norms[j] in ("في", "فى"):
            c = _country_of_the_name(self.text[self.toks[j + 1].start:self.toks[j + 1].end], self.kb)
            for m in self.mentions:  # (a country named in several words: "في جمهورية كوريا")
                if c is None and m.label == "LOC" and m.start == self.starts[j + 1] and self.is_country(m.start):
                    c = _place_country(m, self.text, self.kb)
            if c and c.get("name_en"):
                return (str(c.get("name")), str(c["name_en"]))
        head = self.norms[k].removeprefix("ال")
        if head not in ("مجلس", "برلمان", "حكومه", "جمعيه"):
            return None
        # the word that names which council ("مجلس الشورى", "مجلس النواب"): an earlier one of another name is not it
        own = self.norms[k + 1] if k + 1 < len(self.norms) and self.norms[k + 1].startswith("ال") and self.norms[
            k + 1] not in _NISBA and self.norms[k + 1] not in _BODY_WORDS and not self.in_time(k + 1) else None
        for b in range(k - 1, max(-1, k - 400), -1):
            if self.norms[b].removeprefix("و").removeprefix("ال") != head:
                continue
            if own is not None and b + 1 < len(self.norms) and self.norms[b + 1] != own:
                continue  # "مجلس النواب الأردني" before does not tell the country of "مجلس الشورى"
            for n in self.norms[b + 1:min(len(self.norms), b + 5)]:
                if n in _NISBA:
                    return _NISBA[n]
                if not (has_word(n, BODIES) or n in _BODY_WORDS or n.startswith("ال")):
                    break  # ("المجلس الشعبي الوطني الجزائري": the words of its name, then its nationality)
        return None

    def subject_before(self, lo: int, cue: int) -> dict[str, Any] | None:
        """The country that is the subject right before a step's verb: "وكانت روسيا قد علقت مشاركتها", "أن الجانب
        الإماراتي صدّق على الاتفاقية" (not before a verbal noun: whose step it is is told after it)."""
        if self.stemmed[cue] in _MASDAR or self.norms[cue].startswith(("ال", "وال")):
            return None
        if self.norms[cue][:1] in ("و", "ف") and _stem_of(self.norms[cue][1:]) == self.stemmed[cue]:
            return None  # a coordinated verb shares the first verb's subject: "واتهمت أنقرة أثينا وانسحبت"
        k = cue - 1
        while k >= lo and self.norms[k].lstrip("وف") in ("قد", "كان", "كانت", "لقد"):
            k -= 1
        if k > lo and self.norms[k] in ("التي", "الذي"):
            k -= 1  # the state a relative clause tells the step of: "بعد الإمارات التي صادقت عليها في سبتمبر"
        if k - 2 >= lo and self.norms[k] == "،" and self.norms[k + 1][:1] == "ف" and self.norms[k - 2].lstrip("و") in (
                "اما", "أما"):
            k -= 1  # the topic "أما" sets out: "أما الإمارات، فقد صادقت على الاتفاقية"
        if k < lo or not self.norms[k][:1].isalpha():
            return None
        titled = _country_of_the_name(self.text[self.toks[k].start:self.toks[k].end], self.kb) \
            if k > lo and self.norms[k - 1].removeprefix("و") in _STATE_TITLES else None
        if titled:
            return titled  # "وكانت سلطنة عمان قد صادقت": the state its title names (Oman, not Amman)
        found = self.country_at(k, places=True)
        if found and (self.norms[k] not in _NISBA or k > lo and self.norms[k - 1] in (
                "الجانب", "الطرف", "الحكومه", "الدوله", "السلطات")):
            return found[0]
        return None

    def taker(self, cue: int, hi: int) -> dict[str, Any] | None:
        """The country named right after a step's verb or verbal noun ("انسحاب أفغانستان", "صادقت روسيا")."""
        for j in range(cue + 1, min(hi, cue + 3)):
            if not self.norms[j][:1].isalpha() or has_word(self.norms[j], TREATY_NOUNS) or self.norms[j] in (
                    "علي", "على", "من", "عن", "في", "ب"):
                return None
            found = self.country_at(j, places=True)
            if found:
                return found[0]
        return None

    def _resolve(self, t: Span) -> str | None:
        """A relative expression ("يوم الأربعاء") resolved against a date found in the text itself."""
        if not self.anchor:
            return None
        from datetime import date

        from marsad.nlp.timex import find_time_expressions

        found = find_time_expressions(self.text[t.start:t.end], date.fromisoformat(self.anchor))
        return str(found[0].data.get("value")) if found and found[0].data.get("value") else None

    # -- modality and date --------------------------------------------------------

    def modality(self, lo: int, cue: int, kind: str) -> str | None:
        """"done", "expected", or None (negated, hypothetical, or an aim: not a step)."""
        window = self.norms[max(lo, cue - 3):cue]
        if any(w in _NEGATIONS or w[:1] in ("و", "ف") and w[1:] in _NEGATIONS for w in window) \
                or self.not_done(lo, cue):  # ("ولم تنضم باكستان إلى المعاهدة": negated, no step)
            if kind == "ratified" and self.listed_states(cue, self.sentence_of(cue)[1], sawa=True)[0]:
                return "done"  # "ولم يصادق عليه حتى الآن سوى مصر والأردن": those listed did
            return None
        if self.retracted(cue):
            return None  # "تصحيح: ذكرت نسخة سابقة أن الاتفاقية دخلت حيز النفاذ، والصحيح أنها لم تدخل": a mistake
        if any(self.norms[k] == "بعد" and self.issue_denied(lo, k, 10) for k in range(max(lo, cue - 2), cue)):
            return None  # "لم يصدر الظهير الملكي بعد بالمصادقة": not yet issued ("بعد" is "yet", not "after")
        if not self.recalled(lo, cue) and self.denied(lo, cue):
            return None  # "نفى ... ما تداولته مواقع عن توقيع اتفاق": a step denied (a step recalled is not what
            # a denial answers: "نفت اتهامات بخرق الاتفاق الذي وقعته")
        if not self.recalled(lo, cue) and self.claimed(lo, cue):
            return None  # "زعمت مواقع معارضة أن الحكومة جمدت الاتفاق": a claim, not a step reported
        if kind == "ratified" and self.procedures_done(lo, cue):
            return "done"  # "أبلغت إسبانيا نواكشوط باستكمال إجراءاتها الداخلية للمصادقة": ratified
        if self.only_after(lo, cue):
            return None  # "لن تدخل حيز التنفيذ إلا بعد مصادقة سبع دول": a condition, no step taken
        if any(_word_in(w, _REFUSE) for w in self.norms[max(lo, cue - 2):cue]) \
                and self.stemmed[cue] in _MASDAR | {"توقيع", "التوقيع"}:
            return None  # "رفض المجلس المصادقة", "هددت بالانسحاب"
        if _verbal_noun(self.norms[cue]) and self.predicate_negated(lo, cue):
            return None  # "قال إن التوقيع عليها ليس وشيكا", "التصديق على المعاهدة لم يتم": the step is what a
            # negated predicate is said of, not a step taken
        if _verbal_noun(self.norms[cue]) and self.put_off_after(cue):
            return None  # "أن توقيع الاتفاقية، الذي كان مقرراً أمس، قد أُرجئ": the step its clause puts off
        if _verbal_noun(self.norms[cue]) and any(
                _word_in(w, _HALT) or w[:1] in ("ب", "ل") and _word_in(w[1:], _SUSPENDING)
                for w in self.norms[max(lo, cue - 2):cue]) and not self.procedures_done(lo, cue):
            return None  # "أعلنت تأجيل توقيع", "موعد توقيع", "استعدادها التوقيع": put off or planned, not taken
        if any(_word_in(self.norms[k], _AIM) and self.norms[k + 1] not in ("الملكيه", "ملكيه")
               and not (_word_in(self.norms[k], _HOPES) and not self.hoped(lo, k, cue))
               for k in range(max(lo, cue - 4), cue)):
            return None  # "فشلت في التوصل إلى اتفاق", "قرب التوصل", "من أجل التوصل": not reached (a royal will,
            # "الإرادة الملكية", is a decree, not a wish)
        if cue - 1 > lo and self.norms[cue - 1] in ("إلى", "الى", "الي") and _verbal_noun(self.norms[cue]) \
                and self.sought_past_aside(lo, cue - 1):
            return None  # "وتسعى نيروبي، بحسب الخارجية، إلى توقيع اتفاقيات مماثلة": sought, past an aside
        if any(self.norms[k].lstrip("وف") in _LOOK_FORWARD and self.norms[k + 1] in ("الي", "الى", "إلى")
               and k + 2 < cue and self.norms[k + 2] in ("ان", "أن") and self.hoped(lo, k, cue)
               and not any(self.norms[j] in _RELATIVE or self.norms[j].lstrip("و") in ("بعد", "عقب", "اثر", "إثر")
                           for j in range(k + 3, cue)) for k in range(max(lo, cue - 8), cue - 2)):
            return None  # "تتطلع إلى أن يحظى الميثاق بتأييد مجلس الأمن": looked forward to, not taken
        if _verbal_noun(self.norms[cue]) and not any(w in _DONE_BEFORE for w in self.norms[max(lo, cue - 2):cue]):
            # a verbal noun at the end of a purpose, however far: "مساع ترمي آخر الأمر إلى طي صفحة الانقسام
            # من خلال توقيع اتفاق", "جهود تهدف إلى ... عبر التوقيع على": the means of an aim, not a step taken
            for k in range(cue - 1, max(lo, cue - 14) - 1, -1):
                n = self.norms[k]
                if n in ("،", ",") or n in _STRONG or n in _RELATIVE or n in _COMPLEMENT or n in _NEW_PREDICATE \
                        or n[:1] in ("و", "ف") and n[1:] in _NEW_PREDICATE:
                    break  # ("بهدف تطمين الحلفاء بأن توقيع الاتفاق لن ...": a fact the aim speaks of; "تهدف الزيارة
                    # إلى ... وقد شهدت توقيع اتفاقية", "... وجرى توقيع": a new predicate, the signing held)
                if _word_in(n, _PURPOSE_AIMS):
                    return None
        waits = [k for k in range(max(lo, cue - 4), cue)
                 if self.norms[k] in _AWAIT or self.norms[k][:1] in ("و", "ف") and self.norms[k][1:] in _AWAIT]
        if waits and not any(self.norms[k] in _UNTIL or self.norms[k] in _THAT and self.norms[k - 1] in _UNTIL_THAT
                             for k in range(waits[-1] + 1, cue)):
            return None  # "في انتظار الإعلان عن توقيع اتفاق", "ينتظر أن يتم توقيع": awaited, not taken ("ننتظر إلى
            # أن توصلوا" is taken)
        after = self.norms[cue + 1:cue + 5]
        if any(w in ("او", "ام") and k + 1 < len(after) and after[k + 1] in _NEGATIONS for k, w in enumerate(after)):
            return None  # "صادق الكونغرس أو لم يصادق": either way, not a step
        if cue > lo and self.norms[cue - 1].lstrip("و") in ("قبل", "لقبل", "عشية") and (
                self.stemmed[cue] in _MASDAR or _stem_of(self.norms[cue]) in ("توقيع", "التوقيع", "دخول")) and (
                self.still_to_come(cue) or not self.past_frame(cue)):
            return None  # "شرط تعديل الدستور قبل التوقيع النهائي على المعاهدة", "قبل التوقيع المرتقب": before a
            # step still to come; "وقبل التوقيع على الاتفاقية أمس، ألقى الوزيران كلمتين" tells a signing held
        if cue > lo and self.norms[cue - 1] in ("موعد", "موعدا", "الموعد", "موعده", "لموعد", "تاريخ", "تاريخا"):
            return None  # "لم يعلن بعد عن موعد لتوقيع الاتفاقية": a date for a step is not the step
        if norm_is_purpose(self.norms[cue]):
            return None  # "لإقراره", "للتصديق عليها": what it is for, not what happened
        if self.stemmed[cue] in _MASDAR and not any(
                w in _DONE_BEFORE for w in self.norms[max(lo, cue - 2):cue]) and self.governor(lo, cue) is None \
                and not self.days_after(lo, cue):
            return None  # a verbal noun alone names an aim ("التوصل إلى اتفاق"); "تم/بعد التوصل" a deed, and so
            # does a past verb that announces, holds or passes it ("أعلنت تعليق العمل بالمعاهدة")
        if any(w in L.CONDITIONALS or w in _IF for w in self.norms[max(lo, cue - 6):cue]):
            return None
        wide = self.norms[max(lo, cue - 12):cue]
        if any(w in _ONCE for w in wide) or any(w in ("اذا", "واذا", "فاذا", "لو", "ولو") for w in wide) and any(
                w in ("فان", "فانه", "فانها") for w in wide):
            return None  # "حالما تتلقى ... بعد تصديق طرفيه", "وإذا رفض الكونجرس ... فإن الولايات المتحدة قد تنسحب"
        if kind == "in_force" and any(has_word(w, _ENDED) for w in self.norms[max(lo, cue - 2):cue]):
            return None  # "فور انتهاء سريان بنود الاتفاق": the end of its force
        if kind == "in_force" and has_word(self.norms[cue], _FORCE_ALSO) and (any(
                self.norms[k] in ("لمده", "طيله", "مده") for k in range(cue + 1, min(len(self.norms), cue + 4)))
                or any(self.norms[k] in _SPAN_WORDS for k in range(max(lo, cue - 2), cue))):
            return None  # "وتسري المعاهدة لمدة 20 عاما", "طيلة فترة سريان الاتفاق": how long it holds, not its entry
            # into force
        if kind == "in_force" and has_word(self.norms[cue], _FORCE_ALSO) and any(
                _CUES.get(self.stemmed[k]) in ("withdrawn", "suspended") for k in range(max(lo, cue - 8), cue)):
            return None  # "إن الانسحاب، وفقا لأحكام الاتفاقية، يسري بعد عام": the withdrawal takes effect, not the
            # agreement
        if kind == "in_force" and cue > lo and self.norms[cue - 1].lstrip("وف") in ("يبدا", "تبدا", "سيبدا", "ستبدا"):
            return "expected"  # "التي يبدأ سريانها بعد تبادل الوثائق": to come
        if self.norms[cue] in ("لتوقيع", "للتوقيع") and cue > lo and _CUES.get(self.stemmed[cue - 1]) == "negotiated":
            return "expected"  # "بدأ الطرفان مفاوضات لتوقيع اتفاق": the signing talks are held for is to come
        if any(has_word(w, _AUTHORISE) for w in self.norms[lo:cue]):
            return "expected"  # "وافق مجلس الوزراء على تفويض الوزير بالتوقيع": a signing to come
        norm = self.norms[cue]
        if norm.startswith(("س", "وس", "فس")) and len(norm) > 4 and fold(norm.lstrip("وف")[1:]) in _CUES:
            return "expected"
        if any(w in _FUTURE for w in self.norms[max(lo, cue - 8):cue + 4]):
            return "expected"
        if kind == "in_force" and cue - 2 >= lo and self.norms[cue - 1] in ("بدء", "دخول") \
                and self.norms[cue - 2].removeprefix("و") in ("مع", "عند", "فور") and any(
                w.lstrip("وف") in _FUTURE for w in self.norms[max(lo, cue - 18):cue - 2]):
            # "وتعتزم الشركة زيادة رحلاتها إلى خمس رحلات أسبوعيا مع بدء سريان الاتفاقية": what a plan waits for
            return "expected"
        if self.norms[cue] in ("لتوقيع", "للتوقيع") and not any(
                has_word(w, _HELD_FOR) for w in self.norms[max(lo, cue - 3):cue]):
            return None  # "قامت بالتواصل مع الهيئة الصينية لتوقيع اتفاقية": what a deed was for, no signing held
            # (one to come is expected, above; a ceremony held for it is one: "أقيم حفل لتوقيع الاتفاقية"; "فتحت
            # للتوقيع": opened for signature)
        end = self.sentence_of(cue)[1]
        if any(has_word(self.norms[k], _FROM_DAY) and any(w in _FUTURE for w in self.norms[k + 1:min(end, k + 6)])
               for k in range(cue + 1, end)):
            return "expected"  # "قررت تعليق العمل بالمعاهدة اعتبارا من الشهر المقبل": decided, taken later
        if _verbal_noun(self.norms[cue]):
            for k in range(cue + 1, end):
                if self.norms[k] in ("،", ".", "؛") or self.norms[k] in _RELATIVE:
                    break
                if self.norms[k] in _COMING:
                    return "expected"  # "أعلنت انسحابها من المعاهدة الشهر المقبل": the noun's own time is to come
        if norm == "حيز":  # "تدخل/ستدخل ... حيز التنفيذ" is to come, "دخلت" is done
            # the verb may stand before a long name ("دخول الاتفاق النووي الذي وقعته مع مجموعة 5+1 حيز التنفيذ")
            at = next((k for k in range(cue - 1, max(lo, cue - 14) - 1, -1)
                       if "دخل" in self.norms[k] or "دخول" in self.norms[k]), None)
            verb = self.norms[at] if at is not None else ""
            if verb == "دخول" and self.entered_before(lo, at, cue):
                return "done"  # "ارتفعت المبادلات بعد دخول الاتفاقية حيز التنفيذ في يناير الماضي": recalled
            if verb.lstrip("وف")[:1] in ("ي", "ت", "س") or "دخول" in verb or verb.lstrip("وف").startswith(
                    ("لي", "لت")) and self.needed_for(lo, cue):
                return "expected"  # "ستدخل", "قبل دخول الاتفاق حيز التنفيذ", "يحتاج إلى خمس مصادقات ليدخل حيز
                # النفاذ" (what it is for): to come
        if (_stem_of(norm) in _PRESENT or norm[:1] in ("و", "ف") and norm[1:] in _PRESENT) and kind != "endorsed":
            return "expected"  # a present-tense verb: "يصادق البرلمان على الاتفاقية"; "قرار يصادق على" is done
        return "done"

    def entered_before(self, lo: int, at: int, cue: int) -> bool:
        """Whether the entry into force named by the verbal noun "دخول" at ``at`` (its "حيز" at ``cue``) is one a
        sentence recalls: after "منذ" ("منذ دخول الاتفاقية حيز التنفيذ"), or after "بعد"/"عقب"/"إثر" with a past time
        of its own in its clause ("بعد دخول الاتفاقية حيز التنفيذ في يناير الماضي"), no future or condition in
        the sentence ("ستستفيد الشركات بعد دخول الاتفاقية حيز التنفيذ" is to come)."""
        if at <= lo:
            return False
        before = self.norms[at - 1].lstrip("و")
        if before not in ("منذ", "بعد", "عقب", "اثر", "إثر"):
            return False
        end = self.sentence_of(cue)[1]
        stop = next((k for k in range(cue + 1, end) if self.norms[k] in ("،", ".", "؛", ":")), end)
        if any(w in _FUTURE or _FUTURE_VERB.match(w.lstrip("وف")) or w in L.CONDITIONALS or w in _IF
               for w in self.norms[lo:end]):
            return False
        return before == "منذ" or any(self.norms[k] in _PAST_WORDS for k in range(cue + 1, stop))

    def retracted(self, cue: int) -> bool:
        """Whether the step at ``cue`` is what a correction takes back: told before «والصحيح» / «والصواب» in a
        sentence that opens with «تصحيح» or says an earlier version or a mistake told it ("تصحيح: ذكرت نسخة سابقة
        من الخبر أن الاتفاقية دخلت حيز النفاذ، والصحيح أنها لم تدخل بعد")."""
        s_lo, s_hi = self.sentence_of(cue)
        if not any(self.corrects(k) for k in range(cue + 1, s_hi)):
            return False
        before = self.norms[s_lo:cue]
        return any(w.removeprefix("و") in _CORRECTION for w in before[:3]) or any(
            a in _EARLIER_COPY and b in _EARLIER for a, b in zip(before, before[1:])) or any(
            w in _MISTAKE or w.removeprefix("و") in _WE_TOLD for w in before)

    def corrects(self, k: int) -> bool:
        """Whether «الصحيح» / «الصواب» at ``k`` opens a correction's clause («والصحيح أن», «، الصواب»), not an adjective
        of a noun before it ("خطوة في الاتجاه الصحيح")."""
        n = self.norms[k]
        if n.startswith("و") and n[1:] in _RIGHT_ONE:
            return True
        return n in _RIGHT_ONE and k > 0 and self.norms[k - 1] in ("،", ",", "؛", ":", "بل")

    def needed_for(self, lo: int, cue: int) -> bool:
        """Whether an entry into force told with "ل" ("لتدخل حيز النفاذ") is what a need or a condition before it in
        its sentence is for ("تحتاج إلى عشر مصادقات لتدخل حيز النفاذ"), not the result of a step told as taken
        ("أودعت ... وثيقة تصديقها، لتدخل المعاهدة بذلك حيز النفاذ"; a need told in a clause before the step's own:
        "كانت بحاجة إلى عشر مصادقات، وقد أودعت مالي تصديقها العاشر لتدخل")."""
        if any(self.norms[k] in ("بذلك", "وبذلك") for k in range(max(lo, cue - 6), cue)):
            return False
        for k in range(cue - 1, max(lo, cue - 20) - 1, -1):
            n = self.norms[k]
            if n in ("،", ",", "؛") and k + 1 < cue and self.new_clause(k + 1):
                return False
            if _word_in(n.lstrip("و"), _NEEDS) or n.lstrip("و") in _FUTURE or n.lstrip("و") in _TO_COME \
                    or self.future_verb(k):
                return True  # (or what is to come: "من المنتظر أن يتم تبادل الوثائق ...، لتدخل بعدها حيز التنفيذ",
                # "سيرسل الإخطار خلال أيام، لتدخل الاتفاقية حيز النفاذ")
        return False

    def future_verb(self, k: int) -> bool:
        """Whether the word at ``k`` is a verb told in the future with «س» ("سيرسل", "ستودع", "وسيتم"), not a noun
        ("سيارة", "سياسي", "ستين") nor a name."""
        n = self.norms[k].removeprefix("و")
        if not _FUTURE_VERB.match(n) or n in _SIXTY:
            return False
        # The news's own words tell a verb from a plural noun: the present without «س» is written ("يرسل", "تودع"),
        # the word never takes the article ("سنوات", "سيارات", "سياسات": السنوات, and no نوات).
        lex = default_lexicon()
        return lex.freq(n[1:]) > 0 and not lex.known("ال" + n) \
            and not any(m.start < self.toks[k].end and m.end > self.toks[k].start for m in self.mentions)

    def new_clause(self, k: int) -> bool:
        """Whether the word at ``k`` after a comma opens a clause of a step of its own ("، وقد أودعت", "، وأودعت")."""
        n = self.norms[k]
        return n in ("وقد", "فقد", "ثم") or n.startswith("و") and bool(_CUES.get(self.stemmed[k]) or n[1:] in _GOVERN)

    def governor(self, lo: int, cue: int) -> int | None:
        """The past verb that makes the verbal noun at ``cue`` a step taken, in its clause before it: one that
        announces, decides, holds or ends it ("أعلنت الحكومة الباكستانية أمس تعليق العمل", "اختتمت جولة من
        مفاوضات", "أعلن ... اختتام المفاوضات والتوصل إلى اتفاق"), or, for a law or decree of ratification, the verb
        that passes it ("أقر مجلس الدوما ... مشروع قانون المصادقة", "صوت المجلس على قانون تصديق", "أصدر السلطان
        مرسوما بالتصديق").  Not one told in the future, negated, or after a complementizer that opens another
        clause ("أعلن أن ... التوصل")."""
        law = any(self.stemmed[k] in _LAW or _stem_of(self.norms[k]) in _LAW
                  or self.norms[k].removeprefix("و") in _ORDERS and self.norms[k + 1] in _ORDERING
                  or self.norms[k][:1] == "و" and self.norms[k][1:] in _DECREE_HEADS  # ("، ومرسوما آخر بالتصديق")
                  for k in range(max(lo, cue - 3), cue)) \
            or self.decree_before(lo, cue) is not None or self.royal_will(lo, cue)
        # a state's own step (ratifying, joining, leaving) passed by a law or decree, or approved by name ("وافق
        # البرلمان على انسحاب البلاد من المعاهدة", "أصدر الرئيس مرسوما يقضي بانسحاب بلاده من الاتفاقية", "مرسوما
        # بالموافقة على انضمام الدولة إلى الاتفاقية"): the verb that passes or approves it takes the step
        own = _CUES.get(self.stemmed[cue]) in ("ratified", "withdrawn") or _joins_or_leaves(self.norms[cue])
        if own and (act := self.numbered_act(lo, cue)) is not None:
            return act  # a law or decree passed, named by its number: it took the step
        approved = cue > lo and self.norms[cue - 1] in ("علي", "على")
        will = self.royal_will(lo, cue)  # (a will or decree "بالموافقة": the verb that issued it)
        words = _PASS if own and (law or approved) or will else _GOVERN
        aside = -1  # the opening comma of a time set aside between commas (see time_aside)
        reach = 24  # (tokens back from the step, a time set aside not counted)
        for k in range(cue - 1, lo - 1, -1):
            if k >= aside > -1:
                if k == aside and (opening := self.time_aside(lo, k) or self.place_aside(lo, k)) is not None \
                        and opening < k:
                    aside = opening  # two asides in a row: "أودعت المغرب، يوم الإثنين، لدى الأمانة العامة، وثيقة"
                continue  # "أعلنت الحكومة، أمس الأربعاء، تعليق العمل بالاتفاق": the verb's clause goes on
            reach -= 1
            if reach < 0:
                return None
            n = self.norms[k]
            if n == "،" and (opening := self.time_aside(lo, k) or self.place_aside(lo, k)) is not None:
                aside = opening
                continue
            if n == "،" and law and k + 1 < cue and self.norms[k + 1][:1] == "و" and (
                    _stem_of(self.norms[k + 1][1:]) in _LAW or self.norms[k + 1][1:] in _DECREE_HEADS) and (
                    first := next((j for j in range(k - 1, lo - 1, -1) if _stem_of(self.norms[j]) in _LAW
                                   or self.norms[j] in _DECREE_HEADS), None)) is not None:
                aside, reach = first, 24  # "أصدر الرئيس مرسوما بالتصديق على اتفاقية ...، ومرسوما آخر بالتصديق على
                self.second_decree[cue] = first  # ...": a second decree coordinated with the first, the verb that
                continue  # issued both before it (its day and its state are the first one's)
            bare = n[1:] if n[:1] in ("و", "ف") and len(n) > 3 else n
            if law and n == "،" and k + 2 < cue and self.norms[k + 1].lstrip("و") in _ONE_OF \
                    and self.norms[k + 2] in _DECREE_HEADS:
                continue  # "أصدر السلطان ثلاثة مراسيم سلطانية، أولها مرسوم سلطاني بالتصديق": one of the acts issued
            if law and n == "،" and k + 2 == cue and self.norms[k + 1] in _ACT_TERMS:
                continue  # "صدر ... مرسوم رئاسي مؤرخ في 9 مارس 2026، يتضمن التصديق": the decree's clause goes on
            if n in (".", "؛", ":", "؟", "!", "«", "»") or n in _THAT or bare in _THAT or n in _THAT_CLAUSE or (
                    n == "،" and not self.norms[k + 1].startswith("ال")):
                return None  # another clause: "اجتماع عقد الاثنين، أجبروا ...", "أعلن بأنه تباحث حول المفاوضات"
                # (an apposition goes on: "أقر مجلس الدوما، الغرفة السفلى في البرلمان، اليوم ...")
            if bare in ("اللجنه", "اللجان") and k > lo and self.norms[k - 1].lstrip("وف") in words:
                continue  # the committee is the verb's subject: "قررت اللجنة المشتركة في ختام أشغالها تمديد العمل
                # بالاتفاق" (not a committee formed: "قرر تشكيل لجنة لدراسة الانسحاب")
            if (_word_in(n, _HALT) or _word_in(n, _AIM) or _word_in(n, _REFUSE)) and not (
                    k + 1 < cue and self.norms[k + 1] in ("الملكيه", "ملكيه")):  # (a royal will is a decree)
                return None  # the verb governs a delay, a plan or a refusal of the step, not the step
            if n == "عقد" and k > lo and self.norms[k - 1][:1].isalnum() and self.norms[k - 1] not in _VERB_BEFORE:
                return None  # a noun, "contract": "بإنهاء عقد الإيجار والتوصل"
            if bare in _BECOME and k == cue - 1 and any(self.norms[j] in _IN_FORCE_ADJ
                                                        for j in range(cue + 1, min(len(self.norms), cue + 10))):
                return k  # "وأصبح انسحاب ليتوانيا من الاتفاقية نافذا اليوم": the step took effect
            if words is _PASS and not law and (n in _URGE or bare in _URGE or k < cue - 1 and n in ("علي", "على")):
                return None  # "وافق البرلمان على الموازنة وحث الحكومة على الانسحاب": the approval had another object,
                # the withdrawal was urged
            if words is _PASS and not law and (n in _VOTE or bare in _VOTE):
                continue  # "صوت البرلمان على الانسحاب": voted on it, for or against
            if bare in _AGREE_ON and self.norms[cue - 1] in ("على", "علي") \
                    and _CUES.get(self.stemmed[cue]) in ("extended", "suspended"):
                # "اتفقت باكستان وإيران أمس على تمديد العمل بالاتفاق": agreeing on an extension or a suspension
                # decides it, as "قررت" does (agreeing "على توقيع" only plans a signing)
                return None if k > lo and self.norms[k - 1].lstrip("وف") in _NEGATIONS else k
            if (n in words or bare in words or words is _PASS and _stem_of(n) in _PASS
                    or self.told_past_before(lo, k, words)):
                if k > lo and self.norms[k - 1].lstrip("وف") in _NEGATIONS:
                    return None
                if bare.lstrip("ا") in ("صدر", "صدرت") and any(self.norms[j] == "مشروع" for j in range(k + 1, cue)):
                    return None  # "صدر ... مشروع مرسوم بالمصادقة": a draft published, no decree passed
                notice = _CUES.get(self.stemmed[cue]) == "withdrawn"
                if bare in _DEPOSIT and not any(has_word(self.norms[j], _INSTRUMENT) or notice and has_word(
                        self.norms[j], _NOTICE) for j in range(k + 1, cue)):
                    return None  # "أودعت الحكومة لدى البرلمان مشروع قانون الانضمام": a bill sent, no instrument (a
                    # withdrawal's is a notice: "أودعت ... إشعارا رسميا بانسحاب البلاد من الاتفاقية")
                end = self.sentence_of(cue)[1]
                if words is _PASS and self.undone(k + 1, end):
                    return None  # "صوت البرلمان ضد قانون التصديق", "... على قانون التصديق ورفضه"
                if bare in _PLAYED and self.points_back(cue, end):
                    return None  # "لعبت سويسرا دور الوسيط خلال المحادثات التي أفضت إلى هذا الاتفاق": a part played
                    # in talks the article tells of again, no step of their own
                return k
        return None

    def points_back(self, cue: int, end: int) -> bool:
        """Whether the agreement after the verbal noun at ``cue`` is one a demonstrative refers back to ("التي أفضت
        إلى هذا الاتفاق", "ذلك الاتفاق") and its sentence, up to ``end``, writes no date: an agreement the article
        told of already, its talks with no day of their own."""
        noun = next((i for i in self.nouns if cue < i < end), None)
        if noun is None or self.norms[noun - 1] not in _POINTING:
            return False
        lo = self.sentence_of(cue)[0]
        return not any(self.toks[lo].start <= t.start < self.toks[end - 1].end for t in self.timex_all)

    def numbered_act(self, lo: int, cue: int) -> int | None:
        """The head of a law or decree named by its number before the verbal noun at ``cue``, as a gazette titles an
        act passed ("القانون عدد 18 لسنة 2026 المؤرخ في 29 ماي 2026 والمتعلق بالموافقة على الاتفاقية", "مرسوم
        رئاسي رقم 26-178 مؤرخ في 27 مايو 2026، يتضمن التصديق على"); not a bill ("مشروع القانون رقم 12.26")."""
        for j in range(cue - 1, max(lo, cue - 16) - 1, -1):
            n = self.norms[j]
            if n in (".", "؛", ":", "؟") or n.lstrip("و") in _NEGATIONS or n in _AWAIT or n in ("،", ",") and (
                    j + 1 >= cue or self.norms[j + 1].lstrip("و") not in _ACT_TERMS):
                return None  # (a comma goes on only to the act's own terms: "مؤرخ في 4 جوان 2026، يتضمن التصديق")
            dated = n.lstrip("و") in _DATED and j + 2 < cue and self.norms[j + 1] == "في" \
                and (self.norms[j + 2][:1].isdigit() or self.in_time(j + 2))
            # (or by its date, as a gazette lists it: "تضمن العدد مرسوما رئاسيا مؤرخا في 2 نوفمبر 2026 يتضمن
            # التصديق على الاتفاقية", the decree issued that day)
            if dated or n.lstrip("و") in _NUMBER_WORDS and j + 1 < cue and self.norms[j + 1][:1].isdigit():
                k = next((k for k in range(j - 1, max(lo, j - 3) - 1, -1) if self.norms[k].lstrip("و") in _ACTS), None)
                if k is None and dated:
                    continue  # (its number before: "القانون عدد 9 لسنة 2026 المؤرخ في 10 مارس 2026")
                if k is None or any(self.norms[x].lstrip("و") in ("مشروع", "مشروعا", "مسوده", "مسودة")
                                    for x in range(max(lo, k - 2), k)):
                    return None
                return k
        return None

    def list_day(self, lo: int) -> str | None:
        """The one day the sentence that opens a list with a colon tells ("أصدر السلطان، أمس الاثنين، عددا من
        المراسيم، منها:"), for an item of the list starting at ``lo`` (the items between it and the colon also acts
        by their number)."""
        k = lo
        for _ in range(4):
            if k <= 0:
                return None
            p_lo, p_hi = self.sentence_of(k - 1)
            if self.norms[k - 1] == ":":
                start = self.toks[max((j + 1 for j in range(p_lo, min(p_hi - 1, p_lo + 8))
                                       if self.norms[j] in ("-", "–", "—", ":")), default=p_lo)].start
                # (past the dateline and its outlet: "مسقط - «عمان اليوم»:" tells no day)
                days = {str(t.data.get("value") or self._resolve(t) or "") for t in self.timex
                        if start <= t.start and t.end <= self.toks[p_hi - 1].end}
                days = {d for d in days if len(d) == 10 and d[:1].isdigit()}
                return days.pop() if len(days) == 1 else None
            if self.norms[p_lo].lstrip("و") not in _ACTS:
                return None
            k = p_lo
        return None

    def act_state(self, lo: int, act: int, parties: list[dict[str, Any]]) -> dict[str, Any] | None:
        """The state whose law or decree (at ``act``) a sentence tells with no issuer: the one state its clause names
        before it ("صدر في الرائد الرسمي للجمهورية التونسية القانون"), else the report's dateline's, when it is a
        party or the step names one side or none."""
        named = {p.get("name_en") for p in parties if p.get("name_en")}
        told = {c.get("name_en"): c for j in range(self.after_dateline(lo, act), act) for c in self.country_at(j)
                if c.get("name_en")}
        where = next(iter(told.values())) if len(told) == 1 else None if told else self.report_state()
        if where and (where.get("name_en") in named or len(named) <= 1):
            return where
        return None

    def royal_will(self, lo: int, cue: int) -> bool:
        """Whether a royal will ("الإرادة الملكية", a king's decree) is named in the clause before the verbal noun at
        ``cue``: "صدرت الإرادة الملكية السامية، أمس الاثنين، بالمصادقة على قانون تصديق البروتوكول"; or a decree of
        a kind told as issued: "صدر أمس المرسوم الملكي رقم (م/40) القاضي بالموافقة على الاتفاقية" (not "ينتظر أن
        يصدر المرسوم")."""
        return any((self.norms[k].lstrip("و") in ("الاراده", "اراده", "بالاراده") and self.norms[k + 1] in (
            "الملكيه", "ملكيه") or self.norms[k].lstrip("و") in _DECREE_HEADS
            and self.norms[k + 1].removeprefix("ال") in _DECREE_KINDS and self.issued_before(lo, k))
                   and not self.issue_denied(lo, k) for k in range(self.decree_reach(lo, cue), cue - 1))

    def promulgated(self, lo: int, cue: int) -> bool:
        """Whether the verbal noun at ``cue`` belongs to a law a head of state promulgates, in its clause ("ختم رئيس
        الجمهورية، اليوم الاثنين، القانون الأساسي المتعلق بالموافقة على الاتفاقية": Tunisia's president seals the law
        of approval the house passed)."""
        k = cue - 1
        while k > lo and (self.norms[k] in _ACT_TERMS or self.norms[k] in ("الاساسي", "الأساسي")):
            k -= 1
        if not (k > lo and self.norms[k] in ("القانون", "قانون")):
            return False
        for j in range(k - 1, max(lo, k - 10) - 1, -1):
            n = self.norms[j]
            if n in _STRONG or n in _THAT:
                return False
            if n.removeprefix("و") == "ختم":
                return not (j > lo and self.norms[j - 1].lstrip("وف") in _NEGATIONS)
        return False

    def decree_issued(self, lo: int, cue: int) -> bool:
        """Whether a decree of any kind, told as issued, is named right before the verbal noun at ``cue``: "أصدر
        أمير البلاد أمس مرسوما بقانون بالموافقة على الاتفاقية" (its kind, if told, is read by ``royal_will``)."""
        k = cue - 1
        if k > lo and self.norms[k] in ("بقانون", "بالقانون"):
            k -= 1  # "مرسوما بقانون": a decree with the force of law
        return k > lo and self.norms[k].lstrip("و") in _DECREE_HEADS and self.issued_before(lo, k) \
            and not self.issue_denied(lo, k)

    def decree_reach(self, lo: int, cue: int, words: int = 10) -> int:
        """The first token of the ``words`` before ``cue``, not counting a decree's number and date ("المرسوم الملكي
        رقم (م/40) وتاريخ 20/11/1447هـ القاضي بالموافقة": its usual Saudi wording)."""
        j, seen = cue, 0
        while j > lo and seen < words:
            j -= 1
            n = self.norms[j]
            if not (n[:1].isdigit() or n in ("(", ")", "/", "-", ".") or n in _DECREE_DETAILS):
                seen += 1
        return j

    def issued_before(self, lo: int, k: int) -> bool:
        """Whether a past verb of issuing opens the clause of the decree at ``k`` ("صدر أمس المرسوم الملكي",
        "أصدر الملك مرسوما ملكيا"), with no "أن" or waiting between; or its issue a cabinet takes note of ("اطلع
        المجلس على صدور المرسوم الملكي": the decree issued, not a statement or a denial about its issue)."""
        for j in range(k - 1, max(lo, k - 10) - 1, -1):
            n = self.norms[j].lstrip("و")
            if n in _ISSUED or n == "صدور" and j - 2 >= lo and self.norms[j - 1] in ("علي", "على") and any(
                    self.norms[x].lstrip("و") in _TOOK_NOTE for x in range(max(lo, j - 4), j - 1)):
                return True
            if n in _STRONG or n in _THAT or n in _AWAIT or n in _NOT_THE_DECREE:
                return False
        return False

    def issue_denied(self, lo: int, k: int, reach: int = 6) -> bool:
        """Whether the will or decree at ``k`` is told as not issued: a negation before its verb in the clause
        ("لم تصدر الإرادة الملكية بعد", "لم يصدر حتى الآن الظهير الملكي", "لن يصدر المرسوم"); at a "بعد", whether
        it is "yet" after a negation, not "after" ("لم يصدر الظهير الملكي بعد بالمصادقة")."""
        if self.norms[k] == "بعد" and k - 2 >= lo and self.norms[k - 2].lstrip("و") in ("لم", "لما"):
            return True  # "لم تودعا بعد وثيقتي تصديقهما": the verb right after لم, then "yet"
        if self.norms[k] == "بعد" and (k > lo and self.norms[k - 1] in ("الا", "إلا", "حتى", "حتي")
                                       or k + 1 < len(self.norms) and self.norms[k + 1][:1].isalpha()
                                       and self.norms[k + 1][:1] != "ب"):
            return False  # "لم تسر ... إلا بعد مصادقة البرلمان", "لم تتخل حتى بعد توقيع الاتفاق": after, a step
            # taken ("yet" stands before "بالمصادقة" or ends its clause)
        for j in range(k - 1, max(lo, k - reach) - 1, -1):
            n = self.norms[j]
            if not n[:1].isalnum():
                return False
            if n.lstrip("و") in _ISSUE_NEGATIONS:
                return True
        return False

    def ministry_before(self, k: int) -> bool:
        """Whether the nationality at ``k`` ends the name of a ministry or presidency, its words definite ("وزارة
        الشؤون الخارجية التونسية", "وزارة الاقتصاد المغربية", "رئاسة الجمهورية الجزائرية")."""
        for j in range(k - 1, max(0, k - 4), -1):
            n = self.norms[j]
            if n in _MINISTRY_HEADS or n[:1] == "و" and n[1:] in _MINISTRY_HEADS:
                return j < k - 1
            if not n.startswith("ال") or n in _NISBA:
                return False
        return False

    def pronoun_after_subject(self, cue: int, hi: int) -> bool:
        """Whether the verb at ``cue`` takes the agreement as a pronoun after its subject ("وصادق البرلمان الإيطالي
        عليها في مايو", "ثم وافق مجلس الشيوخ عليها"): a short run of subject words, no agreement noun, no break."""
        if self.stemmed[cue] in _MASDAR or not _CUES.get(self.stemmed[cue]) in ("ratified", "signed", "endorsed"):
            return False
        for k in range(cue + 2, min(hi, cue + 6)):
            if self.norms[k] in ("عليه", "عليها", "عليهما"):
                return any(has_word(self.norms[j], BODIES) or self.country_at(j) for j in range(cue + 1, k)) \
                    and not self.other_object_before(cue)
            if not self.norms[k - 1][:1].isalpha() or k - 1 in self.nouns_set or self.norms[k - 1] in _FUNCTION:
                return False
        return False

    def other_object_before(self, cue: int) -> bool:
        """Whether another clause with an object of its own stands between the last agreement noun and the verb at
        ``cue`` ("وقعت ... اتفاقية التعاون الجمركي في مارس، ثم قدمت الحكومة الموازنة العامة وصادق البرلمان عليها":
        the pronoun is the budget): a "ثم" not right before the verb, or a definite feminine noun after the last
        comma that is no body, country or time."""
        start, _end = self.sentence_of(cue)
        noun = max((n for n in self.nouns_set if start <= n < cue), default=None)
        if noun is None:
            return False
        if any(self.norms[j].lstrip("و") == "ثم" for j in range(noun + 1, cue - 1)):
            return True
        commas = [j for j in range(noun + 1, cue) if self.norms[j] == "،"]
        for j in range(commas[-1] + 1 if commas else cue, cue):
            n = self.norms[j]
            if n.startswith(("ال", "وال")) and n.endswith(("ه", "ة")) and not has_word(n, BODIES) \
                    and not self.country_at(j) and not self.in_time(j):
                return True
        return False

    def decree_before(self, lo: int, cue: int) -> int | None:
        """The law or decree a verbal noun at ``cue`` belongs to, told with its number, year, date or kind between
        ("المرسوم السلطاني رقم 38/2026 بالتصديق", "المرسوم رقم (71) لسنة 2026 بالتصديق", "مرسوم اتحادي مؤرخ في 10
        نوفمبر 2026 بالتصديق", "القانون رقم 52.26 الذي يوافق"): its token, or None."""
        for k in range(cue - 1, max(lo, cue - 20) - 1, -1):  # (a number, a Hijri date and its Gregorian day)
            n = self.norms[k]
            if n in _LAW and n != "مشروع" or self.stemmed[k] in _LAW and self.stemmed[k] != "مشروع" \
                    or n.removeprefix("و") in _ORDERS and (k + 1 == cue or self.norms[k + 1] in _ORDERING):
                # (an order of a head of state: "وقع رئيس النيجر أمرا يقضي بالمصادقة على الاتفاقية")
                return None if self.issue_denied(lo, k) else k
            if n in _DECREE_DETAILS or n in ("(", ")", "/", "-") or n.replace("/", "").replace(".", "").isdigit() \
                    or self.in_time(k) or n.endswith("ي") and (n.startswith("ال") or n in _DECREE_KINDS) \
                    or n in _DECREE_KINDS or n in _ACT_TERMS and k + 1 == cue or n in _AUTHORISED_BY \
                    or n == "،" and k + 2 == cue and self.norms[k + 1] in _ACT_TERMS:
                continue  # (and what it holds: "مرسوم رئاسي مؤرخ في 9 مارس 2026، يتضمن التصديق")
            return None
        return None

    def numbers_a_decree(self, t: Span) -> bool:
        """Whether the time ``t`` is the year of a law's or decree's number ("رقم (71) لسنة 2026",
        "رقم 5 لعام 2026")."""
        k = bisect.bisect_right(self.starts, t.start) - 1
        if k < 0:
            return False
        year_word = k if self.norms[k] in ("لسنه", "لعام") else k - 1
        if year_word < 1 or self.norms[year_word] not in ("لسنه", "لعام"):
            return False
        return any(self.norms[j] in ("رقم", "برقم") for j in range(max(0, year_word - 5), year_word))

    def told_past_before(self, lo: int, k: int, words: frozenset[str]) -> bool:
        """Whether the present verb at ``k`` tells a past step after "قبل أن"/"بعد أن" in a sentence told in the
        past perfect ("وكانت الحكومتان قد وقعتا الاتفاقية في يناير، قبل أن يصدر المرسوم بالتصديق عليها"); not a
        condition still to be met ("لن تدخل حيز التنفيذ قبل أن يصادق عليها البرلمان")."""
        n = self.norms[k]
        if len(n) < 4 or n[0] not in "يت" or k - 2 < lo or self.norms[k - 1] not in _THAT \
                or self.norms[k - 2].lstrip("و") not in ("قبل", "بعد"):
            return False
        if not ({n[1:], "ا" + n[1:]} & words):
            return False
        kana = [j for j in range(lo, k - 2) if self.norms[j].lstrip("و") in ("كان", "كانت", "كانا", "كانتا")]
        if not (kana and any(self.norms[j] in ("قد", "وقد") for j in range(kana[0] + 1, k - 2))):
            return False
        if self.norms[k - 2].lstrip("و") == "قبل":
            # "X happened before Y could" often means Y never came ("رحل قبل أن يصدر المرسوم", "سحبت الاتفاقية من
            # البرلمان قبل أن يصادق عليها"): only "قبل أن" set right after the step's clause by a comma counts
            return self.norms[k - 3] == "،" or self.norms[k - 2] == "وقبل" and self.norms[k - 3] == "،"
        return True

    def decree_state(self, lo: int, hi: int, gov: int, cue: int, parties: list[dict[str, Any]]
                     ) -> dict[str, Any] | None:
        """The party whose kind of state the decree of a ratification names ("المرسوم السلطاني" a sultanate's,
        "مرسوم اتحادي" a federation's, "مرسوم ملكي" a kingdom's), when exactly one party is of that kind; the
        ruler's words within the sentence ``lo``..``hi``."""
        d = self.decree_before(lo, cue)
        first = min(gov, d if d is not None else cue)
        words = [self.norms[k] for k in range(first, cue)]
        # the ruler of the country ("أصدر أمير البلاد القانون رقم 37 بالموافقة", "صدّق ملك البلاد على القانون"),
        # named before the act or as the subject of the verb
        words += [self.norms[k] for k in range(max(lo, first - 10), min(cue + 6, hi - 1))
                  if (k < first or k > cue) and self.norms[k + 1] == "البلاد" and self.norms[k] in _RULER_KINDS]
        states: set[str] = set()
        for w in words:
            for stem, kinds in _DECREE_STATES.items():
                if stem in w or _RULER_KINDS.get(w.lstrip("و")) == stem:
                    states |= kinds  # (the ruler who issues it: "أصدر أمير البلاد المرسوم رقم (41)")
        if any(words[x] == "م" and words[x + 1] == "/" and words[x + 2][:1].isdigit()
               and words[x - 1] in ("رقم", "برقم", "(") for x in range(1, len(words) - 2)):
            # a royal decree numbered "رقم (م/61)" is the Saudi king's (not Jordan's); not the era mark of a date
            # ("بتاريخ 11/5/2026م/")
            states = states & {"Saudi Arabia"} if states else {"Saudi Arabia"}
            saudi = True
        else:
            saudi = False
        found = [p for p in parties if p.get("name_en") in states]
        home = self.report_state()
        if len(found) == 1 and home and home.get("name_en") in states and home.get("name_en") not in {
                p.get("name_en") for p in parties} and self.with_party(lo, hi, found[0]):
            # "أبوظبي - صدر مرسوم اتحادي بالتصديق على الاتفاقية التي وقعتها الدولة مع مصر والعراق": the party told
            # after "مع" is the other side; the decree is the state's the report is written in
            return home
        if len(found) > 1 and home is not None:
            # both sides issue such decrees: the one the report is written in ("الجزائر - صدر ... مرسوم رئاسي")
            found = [p for p in found if p.get("name_en") == home.get("name_en")]
        if found or not states:
            return found[0] if len(found) == 1 else None
        if saudi and states == {"Saudi Arabia"}:
            # (its number names the kingdom whoever the agreement's sides: "صدور المرسوم الملكي رقم (م/41) ...
            # بالموافقة على بروتوكول منظمة الصحة العالمية", a convention no report lists Saudi Arabia a side of)
            return {"name": "السعودية", "name_en": "Saudi Arabia"}
        # no party of that kind, but a group of them is one: the member of that kind, or the one the report's
        # dateline names ("مسقط – أصدر السلطان مرسوما سلطانيا": Oman, for the Gulf states' agreement)
        members = states & frozenset().union(*(_GROUP_MEMBERS.get(p.get("name_en") or "", frozenset())
                                               for p in parties if p.get("group")))
        home = self.report_state()
        if home and home.get("name_en") in members:
            return home
        if len(members) == 1:
            return next((c for c in _countries(self.kb).values() if c.get("name_en") in members), None) \
                if self.kb is not None else None
        return None

    def with_party(self, lo: int, hi: int, party: dict[str, Any]) -> bool:
        """Whether ``party`` is named after "مع" in the sentence ``lo``..``hi`` (the side an agreement is "with")."""
        for k in range(lo, hi - 1):
            if self.norms[k] in ("مع", "ومع"):
                for j in range(k + 1, min(hi, k + 8)):
                    if self.norms[j] in _STRONG or self.norms[j] == "،":
                        break
                    if any(c.get("name_en") == party.get("name_en") for c in self.country_at(j)):
                        return True
        return False

    def second_object(self, noun: int, hi: int) -> int | None:
        """The agreement a second object of the same verb names, after a comma and "وعلى" ("وافق المجلس على قرار
        ... بشأن الموافقة على اتفاقية ...، وعلى اتفاقية ..."; "قرر الموافقة على اتفاقية ...، وعلى اتفاقية ..."): the
        first comma past the first agreement, with no other step, clause or agreement noun on the way."""
        for k in range(noun + 1, min(hi - 1, noun + 30)):
            n = self.norms[k]
            if n in (".", "؛", ":") or n in _RELATIVE or k in self.nouns_set or _CUES.get(self.stemmed[k]) \
                    and self.stemmed[k] not in _MASDAR:
                return None
            if n in ("،", ","):
                lead = self.norms[k + 1]
                if lead in ("وعلى", "وعلي"):
                    j = self.through(k + 2, hi)
                elif lead[:1] == "و" and (lead[1:] in _LAW or lead[1:] in ("مرسوما", "قانونا")):
                    # "... على مشروع قانون بالتصديق على اتفاقية ...، ومشروع قانون بالتصديق على اتفاقية ...": a
                    # second law of ratification, the verb's second object
                    j = self.through(k + 1, hi)
                else:
                    return None
                return j if j is not None and j in self.nouns_set else None
        return None

    def coordinated_after(self, noun: int, hi: int) -> int | None:
        """The agreement noun joined with "،" + "و" to the name of the one at ``noun`` ("اتفاقية النقل الطرقي
        للبضائع، واتفاقية حماية الاستثمارات"): only name words between, one comma right before it."""
        for k in range(noun + 1, min(hi, noun + 13)):
            n = self.norms[k]
            if n == "،":
                return k + 1 if k + 1 < hi and k + 1 in self.nouns_set and self.norms[k + 1][:1] == "و" else None
            if not n[:1].isalpha() or n in _RELATIVE or n in _PARTICIPLES or _CUES.get(self.stemmed[k]) \
                    or k in self.nouns_set or self.in_time(k):
                return None
        return None

    def name_ends_clause(self, end: int, hi: int) -> bool:
        """Whether the agreement named up to ``end`` has no clause of its own before the next punctuation: no
        negation, "ما زال"/"لا تزال", "قيد" or step verb after it ("واتفاقية التبادل التجاري لم توقع بعد", "...
        ما زالت قيد الدرس")."""
        for k in range(end + 1, min(hi, len(self.norms), end + 9)):
            n = self.norms[k]
            if not n[:1].isalnum():
                return True
            bare = n[1:] if n[:1] in ("و", "ف") and len(n) > 2 else n
            if n in _NEGATIONS or bare in _NEGATIONS or bare in ("ما", "لا", "لم", "لن", "قيد", "بقيت", "ظلت") \
                    or bare in ("زال", "زالت", "تزال", "يزال", "تزل", "يزل") or _CUES.get(self.stemmed[k]) \
                    and not _verbal_noun(n):
                return False
        return True

    def only_after(self, lo: int, cue: int) -> bool:
        """Whether the step at ``cue`` is the condition of a negated clause: "لن تدخل ... إلا بعد مصادقة", "لا يسري
        إلا بعد التصديق عليه", "لن تصبح نافذة إلا عند إيداع"."""
        for k in range(cue - 1, max(lo, cue - 4) - 1, -1):
            if self.norms[k] in ("الا", "إلا"):
                # ("لم تدخل ... إلا بعد مصادقة البرلمان": told in the past, the step was taken)
                return any(self.norms[j].lstrip("و") in ("لن", "لا", "ليس", "ليست")
                           for j in range(max(lo, k - 12), k))
            if self.norms[k] not in ("بعد", "عند", "حين", "بعدما", "حال", "لدى", "بمجرد", "ب") and not (
                    k == cue - 1 and self.norms[k].lstrip("ب") in _COMPLETING):
                return False  # ("إلا بعد استكمال التصديق": the completion of the step is the condition too)
        return False

    def relative_country(self, lo: int, cue: int) -> dict[str, Any] | None:
        """The country before "التي" whose body the step's clause names with "فيها" ("بعد نيجيريا التي صادق المجلس
        التنفيذي الاتحادي فيها على الاتفاقية", "وكانت تونس التي وافق البرلمان فيها على ...") or as its own
        ("وكانت مالطا التي صادق برلمانها", "وقبرص التي صادق عليه مجلس نوابها")."""
        if cue - 2 < lo or self.norms[cue - 1] not in ("التي", "الذي"):
            return None

        def its_body(w: str) -> bool:  # "برلمانها", "جمعيتها" (the ta marbuta before a suffix), "نوابها"
            base = w.removesuffix("ها").removesuffix("ه")
            return base != w and (has_word(base, BODIES) or has_word("ال" + base, BODIES)
                                  or base.endswith("ت") and has_word("ال" + base[:-1] + "ه", BODIES))
        if not any(self.norms[k] in ("فيها", "فيه", "بها") or its_body(self.norms[k])
                   for k in range(cue + 1, min(len(self.norms), cue + 7))):
            return None
        at = cue - 3 if self.norms[cue - 2] == "،" and cue - 3 >= lo else cue - 2  # ("بعد جيبوتي، التي")
        found = self.country_at(at)
        return found[0] if len({c.get("name_en") for c in found}) == 1 and found[0].get("name_en") else None

    def dateline_country(self, lo: int, cue: int, body: str | None = None, decree: bool = False
                         ) -> dict[str, Any] | None:
        """The country of the dateline's city when the step is in the lead sentence that opens with it ("الرباط –
        صادق مجلس النواب ..."): a national legislature with no nationality sits where the report was written.  Not
        an international body or one named with a genitive ("نيويورك – وافقت الجمعية العامة", "القاهرة – وافق مجلس
        جامعة الدول العربية"), nor any body in a city that seats international ones ("ستراسبورغ – صادق البرلمان")."""
        if not decree and fold(" ".join((body or "").split())) not in _NATIONAL_HOUSES:
            return None  # (a king's decree is his state's, as a national house is: "عمّان – صدرت الإرادة الملكية")
        dash = next((k for k in range(lo, min(cue, lo + 4)) if self.norms[k] in ("-", "–", "—")), None)
        if dash is None and lo + 1 < cue and self.norms[lo + 1] == "في":
            # the Gulf agencies' dateline, its city, its day and the agency between slashes: "المنامة في 10 يناير
            # / بنا / وافق مجلس النواب ..."
            slashes = [k for k in range(lo + 2, min(cue, lo + 12)) if self.norms[k] == "/"]
            dash = lo + 1 if len(slashes) >= 2 and slashes[1] - slashes[0] <= 4 else None
        if dash is None and lo + 1 < cue and self.norms[lo + 1] in ("،", ","):
            # a wire's dateline, its city, its day and the agency in brackets: "سيول، 20 فبراير (يونهاب) -- وافقت
            # الجمعية الوطنية ..."
            close = next((k for k in range(lo + 2, min(cue, lo + 10)) if self.norms[k] == ")"), None)
            dash = lo + 1 if close is not None and close + 1 < cue and self.norms[close + 1] in ("-", "–", "—") \
                else None
        if dash is None and lo + 1 < cue and self.norms[lo + 1] == "(":
            # a wire's dateline, its city and the agency in brackets, then a dash: "أبوظبي (المشرق) - صدر مرسوم"
            close = next((k for k in range(lo + 2, min(cue, lo + 6)) if self.norms[k] == ")"), None)
            dash = lo + 1 if close is not None and close + 1 < cue and self.norms[close + 1] in ("-", "–", "—") \
                else None
        if dash is None or dash == lo or lo > 8:
            return None
        if any(fold(self.norms[k]) in _SEAT_CITIES for k in range(lo, dash)):
            return None
        for m in self.mentions:
            k = bisect.bisect_right(self.starts, m.start) - 1
            if lo <= k < dash and m.label == "LOC":
                party = _place_country(m, self.text, self.kb, city_first=True)
                if party and party.get("name_en"):
                    return party
        if lo == 0 and dash == 1 and self.kb is not None:
            # a wire's dateline city no mention was read for ("سيول، 27 فبراير (يونهاب) --"): the city the
            # knowledge base knows by that name
            for eid in self.kb.lookup(self.text[self.toks[0].start:self.toks[0].end]):
                ent = self.kb.get(eid)
                of = self.kb.get(ent.data.get("country")) if ent is not None and ent.type == "LOC" \
                    and ent.data.get("kind") != "country" and ent.data.get("country") else None
                if of is not None:
                    return {"name": of.name_ar, "name_en": of.name_en, "entity_id": of.id}
        return None

    def own_party(self, lo: int, hi: int, cue: int, parties: list[dict[str, Any]], body: dict[str, Any] | None
                  ) -> dict[str, Any] | None:
        """The party that ratifies when its taker has no country: the one party a nationality near the verb names
        ("صادقت الجمعية الوطنية الكينية", "صدق العاهل الأردني"), else, for a head of state by title or a cabinet
        ("رئيس الجمهورية", "مجلس الوزراء"), the dateline's state when it is a party.  Never a state that is no party
        of the agreement; a house with no nationality is left to :meth:`home_house` and :meth:`house_country`."""
        if any(p.get("group") or p.get("name_en") in _GROUP_MEMBERS for p in parties):
            return None  # a group's member acts for itself (see ``decree_state``), not as the group's side
        named = {p.get("name_en"): p for p in parties if p.get("name_en")}
        if not named:
            # a clause naming no side ("وكان رئيس الجمهورية قد صدق على الاتفاقيتين"): the states the report names
            end = len(self.norms)
            told = [c for j in range(self.after_dateline(0, end), end) for c in self.country_at(j)]
            named = {c.get("name_en"): c for c in told if c.get("name_en")}
            if len(named) != 2 or any(c.get("group") or c.get("name_en") in _GROUP_MEMBERS for c in told):
                return None  # (more states, or a group whose member acts: the sides are not known here)
        found = {c.get("name_en") for k in range(max(lo, cue - 4), min(hi, cue + 6))
                 if self.norms[k] in _NISBA and self.norms[k].startswith("ال") for c in self.country_at(k)} - {None}
        if found:
            return named[next(iter(found))] if len(found) == 1 and found <= named.keys() else None
        words = fold((body or {}).get("name") or "").split()
        first = words[0].removeprefix("و") if words else ""
        if body is None and any(self.norms[k].removeprefix("و") in _HEADS for k in range(max(lo, cue - 4), cue)):
            first = "رئيس"  # "وكان رئيس الجمهورية قد صادق": a title alone, which body_near leaves unread
        if not (first in _HEADS or first == "مجلس" and words[1:2] == ["الوزراء"] or first in ("الحكومه", "حكومه")):
            return None  # ("فيما صادق المجلس", "وكان مجلس الأمة قد صادق": whose house is not told here)
        home = self.report_state()
        if home and home.get("name_en") in named:
            return named[home["name_en"]]
        return None

    def line_dateline(self) -> dict[str, Any] | None:
        """The country of a dateline written as a line of its own with no dash ("الرياض 18 شوال 1447هـ الموافق 6
        أبريل 2026م واس"): a short first line that opens with a city and tells no step."""
        nl = self.text.find("\n")
        if nl <= 0 or not self.toks:
            return None
        end = bisect.bisect_left(self.starts, nl)
        if end > 14 or any(_CUES.get(self.stemmed[k]) or _treaty_noun(self.norms[k]) for k in range(end)):
            return None
        for m in self.mentions:
            if m.label == "LOC" and m.start == self.toks[0].start:
                party = _place_country(m, self.text, self.kb, city_first=True)
                if party and party.get("name_en"):
                    return party
        return None

    def report_state(self) -> dict[str, Any] | None:
        """The state of the report's dateline ("الرياض - واس: ..."), whatever body acts (see ``dateline_country``)."""
        return self.dateline_country(0, min(len(self.norms), 6), decree=True)

    def after_dateline(self, lo: int, hi: int) -> int:
        """The first word after a dash or colon closing a dateline within ``lo``'s first eight words, else ``lo``."""
        return next((j + 1 for j in range(lo, min(hi, lo + 8)) if self.norms[j] in ("-", "–", "—", ":")), lo)

    def cited_decision(self, body: int, cue: int) -> tuple[int, int] | None:
        """The characters of a decision a cabinet's approval cites between the council and its "الموافقة" ("قرر
        المجلس، بعد الاطلاع على قرار مجلس الشورى رقم (12/3) وتاريخ ...، الموافقة على"): its dates are the cited
        decision's, not the approval's."""
        k = next((j for j in range(body + 1, cue) if self.norms[j] in _DECISIONS), None)  # (also "قرارات")
        if k is None:
            # ... or cited before the council that decides: "وبعد النظر في قرار مجلس الشورى رقم (84/44) وتاريخ
            # 15/8/1436هـ، قرر مجلس الوزراء الموافقة على"
            lo = self.sentence_of(body)[0]
            k = next((j for j in range(body - 1, max(lo, body - 20) - 1, -1) if self.norms[j] in _DECISIONS), None)
            if k is None:
                return None
            end = next((j for j in range(k + 1, body) if self.norms[j] in ("،", ",")), body)
            return self.toks[k].start, self.toks[end].start
        end = next((j for j in range(k + 1, cue) if self.norms[j] in ("،", ",")), cue)
        return self.toks[k].start, self.toks[end].start

    def cited_council(self, cited: tuple[int, int]) -> tuple[str, str] | None:
        """The council whose dated decision a cabinet's approval cites ("بعد النظر في قرار مجلس الشورى رقم (84/44)
        وتاريخ 15/8/1436هـ، قرر مجلس الوزراء الموافقة على ..."), and the decision's date: that house's own approval
        of the agreement, a step of its own.  None when the decision names no house of parliament or no date."""
        toks = self.tok_range(*cited)
        house = next((k for k in toks if self.norms[k].lstrip("و") == "مجلس" and k + 1 < toks.stop
                      and self.norms[k + 1].removeprefix("ال") in _HOUSE_COUNCILS), None)
        if house is None:
            return None
        date, how = self.date_near(self.toks[house].start, cited[1], self.toks[house].start, True)
        if how != "timex" or not date:
            return None
        return self.text[self.toks[house].start:self.toks[house + 1].end], date

    def counterpart_home(self, lo: int, name_end: int, hi: int, parties: list[dict[str, Any]]
                         ) -> dict[str, Any] | None:
        """The state a report's dateline names when the agreement's name gives only its counterpart with "مع" ("اتفاقية
        الربط الكهربائي مع مصر" in a report from Khartoum): the report's own state is the other side."""
        k = name_end + 1
        while k < min(hi, name_end + 7) and self.norms[k].startswith("ال") and self.content_word(k):
            k += 1  # (the name's own words, when the reader stopped at the noun)
        if k + 1 >= hi or self.norms[k] not in ("مع", "ومع"):
            return None
        other = self.country_at(k + 1)
        if not other or other[0].get("name_en") != parties[0].get("name_en"):
            return None
        home = self.report_state()
        if not home or not home.get("name_en") or home.get("name_en") == other[0].get("name_en"):
            return None
        councils = self.councils_state(lo, hi)
        if councils and councils.get("name_en") != home.get("name_en"):
            return None  # "أقر الاجتماع المشترك لمجلسي الشيوخ والنواب الأمريكيين اتفاقية التجارة مع كندا"
        told = {c.get("name_en") for j in range(self.after_dateline(lo, hi), hi) if j != k + 1
                for c in self.country_at(j)}
        if told - {home.get("name_en"), other[0].get("name_en"), None}:
            return None  # "القاهرة - ...: قالت الرباط إن اتفاقية ... مع موريتانيا": the state told is the side
        return home

    def counterpart_with(self, name_end: int, hi: int, parties: list[dict[str, Any]]) -> bool:
        """Whether the one party a step names is the agreement's counterpart, given with "مع" after its name ("أقر
        مجلس النواب ... اتفاقية تسليم المجرمين مع أرمينيا"): the body that acts is then the other side's."""
        # (past the rest of its name: "اتفاقية التعاون في المسائل المدنية مع")
        k = next((j for j in range(name_end + 1, min(hi, name_end + 8))
                  if self.norms[j] in ("مع", "ومع", "،", ",", ".")), hi)
        if k + 1 >= hi or self.norms[k] not in ("مع", "ومع"):
            return False
        other = self.country_at(k + 1) or k + 2 < hi and self.norms[k + 1] in _STATE_TITLES and self.country_at(k + 2)
        return bool(other) and len(parties) == 1 and other[0].get("name_en") == parties[0].get("name_en")

    def cabinet_country(self, body: str | None, parties: list[dict[str, Any]]) -> dict[str, Any] | None:
        """The country of a cabinet named with no nationality ("قرر مجلس الوزراء الموافقة على الاتفاقية"): the
        report's dateline country ("الرياض - واس: ..."), when it is one of the agreement's parties; a bare "الحكومة"
        is its cabinet too."""
        name = fold(" ".join((body or "").split())).removeprefix("و")
        titled = _titled_government(name)
        if name not in _CABINETS and not titled:
            return None
        where = self.report_state()
        named = {p.get("name_en") for p in parties if p.get("name_en")}
        if where and where.get("name_en") in named:
            return where
        if where and where.get("name_en") and not named:
            return where  # (the clause names no side yet: "صادق مجلس الحكومة على مشروع القانون ... يوافق بموجبه")
        if where and titled and len(named) <= 1:
            # "طرابلس - ...: قررت حكومة الوحدة الوطنية تعليق العمل بالاتفاقية مع تونس": a government named by its
            # own title is the cabinet of the state the report is written in, the side the clause does not name
            return where
        if where is None and name == fold("مجلس الوزراء"):
            own = self.outlet_cabinet()
            if own and (not named or own["name_en"] in named):
                return own  # (the clause names no side, or names the outlet's own state among them)
        return None

    def outlet_cabinet(self) -> dict[str, Any] | None:
        """The state of a national outlet whose report has no dateline ("قرر مجلس الوزراء الموافقة على اتفاقية
        ..." in a Saudi paper's account of the cabinet's session): the cabinet a national paper names with no
        nationality is its own state's.  None when the report opens with a place of another state ("بيروت: ...")
        or names the cabinet or government of another state ("الحكومة اللبنانية", "مجلس الوزراء العراقي")."""
        code = self.outlet_country
        if not code or self.line_dateline() is not None:
            return None
        own = next(({"name": e.name_ar, "name_en": e.name_en} for e in self.kb.entities.values()
                     if e.data.get("iso") == code and e.data.get("kind") == "country"), None)
        if own is None or not own.get("name_en"):
            return None
        opening = self.after_dateline(0, len(self.norms))
        for m in self.mentions:
            k = bisect.bisect_right(self.starts, m.start) - 1
            if 0 <= k < opening and m.label == "LOC":
                party = _place_country(m, self.text, self.kb, city_first=True)
                if party and party.get("name_en") and party["name_en"] != own["name_en"]:
                    return None
        for k, n in enumerate(self.norms[:-1]):
            if n.lstrip("وبل").removeprefix("ال") == "حكومه" or n.lstrip("وبل") == "مجلس" and self.norms[k + 1] in (
                    "الوزراء", "وزراء"):
                after = self.norms[k + 1] if n.lstrip("وبل").removeprefix("ال") == "حكومه" else \
                    (self.norms[k + 2] if k + 2 < len(self.norms) else "")
                other = _NISBA.get(after)
                if other and other[1] != own["name_en"]:
                    return None
        return own

    def home_house(self, cue: int, body: str | None, parties: list[dict[str, Any]]) -> dict[str, Any] | None:
        """The dateline's state for a national house named with no nationality later in the report, when that state
        has a house of that name (or for a joint sitting of its two councils, "لمجلسي") and the sentence names no
        other party ("عمّان - ...: ... وكان مجلس الأمة قد أقر قانون
        تصديق الاتفاقية"): the house of the place the report is written in."""
        name = tuple(w.removeprefix("و") if n == 0 else w for n, w in enumerate(fold(body or "").split()))
        states = _HOUSES.get(name)
        joint = bool(name) and name[0].removeprefix("ل") == "مجلسي"  # "الاجتماع المشترك لمجلسي ...": both houses
        if not states and not joint:
            return None
        if joint:
            own = self.councils_state(*self.sentence_of(cue))
            if own is not None:
                return own  # the councils named as a state's are that state's, not the dateline's
        home = self.report_state()
        if not home or not joint and home.get("name_en") not in states:
            return None
        mine = home.get("name_en")
        named = {p.get("name_en") for p in parties if p.get("name_en")}
        if named and mine not in named:
            return None
        end = len(self.norms)
        told = {c.get("name_en") for j in range(self.after_dateline(0, end), end) for c in self.country_at(j)} - {None}
        if mine not in told and len(told) > 1:
            return None  # "الكويت - كونا: ... اتفاقية النقل بين الجزائر وتونس": the dateline's state is no party
        if states and (told & states) - {mine}:
            return None  # another party has a house of that name too ("بين الجزائر والكويت", مجلس الأمة)
        return home

    def councils_state(self, lo: int, hi: int) -> dict[str, Any] | None:
        """The state a joint sitting's two councils are named as, in the words after "لمجلسي" up to a comma or the
        agreement ("لمجلسي السيادة والوزراء في جنوب السودان", "لمجلسي الشيوخ والنواب الأمريكيين"), or None."""
        at = next((j for j in range(lo, hi) if self.norms[j].removeprefix("و").removeprefix("ل") == "مجلسي"), None)
        if at is None:
            return None
        for j in range(at + 1, min(hi, at + 9)):
            n = self.norms[j]
            if n in ("،", ",", ".") or j in self.nouns_set:
                break
            found = self.country_at(j)
            if found:
                return found[0]
            nis = next((_NISBA[n[:-2]] for e in ("ين", "ون") if n.endswith(e) and n[:-2] in _NISBA), None)
            if nis:
                return {"name": nis[0], "name_en": nis[1], "entity_id": None}  # "الأمريكيين"
            for m in self.mentions:
                if bisect.bisect_right(self.starts, m.start) - 1 == j and m.label == "LOC":
                    same = _country_of_the_name(self.text[m.start:m.end], self.kb)
                    if same:
                        return dict(same)  # "في جنوب السودان"
        return None

    def house_country(self, cue: int, body: str | None, parties: list[dict[str, Any]]) -> dict[str, Any] | None:
        """The party whose national house the body with no nationality is: the one party whose house bears the
        body's name ("مجلس النواب" of Lebanon and Syria is Lebanon's), or, for a body named by a word alone ("المجلس",
        "النواب"), the house the article named in full last before the step ("عقد مجلس الشعب جلسته ... وأقر المجلس")."""
        def house_at(b: int) -> frozenset[str] | None:
            return next((c for h, c in _HOUSES.items() if self.norms[b].removeprefix("و") == h[0]
                         and tuple(self.norms[b + 1:b + len(h)]) == h[1:]), None)

        name = tuple(w.removeprefix("و") if k == 0 else w for k, w in enumerate(fold(body or "").split()))
        states = _HOUSES.get(name)
        if states is None and name:
            # the body's full name around the step's verb ("صادق مجلس نواب الشعب", read as "مجلس")
            s_lo, s_hi = self.sentence_of(cue)
            states = next((c for b in range(max(s_lo, cue - 5), min(s_hi, cue + 5))
                           if self.norms[b].removeprefix("و").removeprefix("ال") == name[0].removeprefix("ال")
                           and (c := house_at(b)) is not None), None)
        if states is None and len(name) == 1 and name[0] in _HOUSE_SHORT and not self.nisba_after_body(cue, name[0]):
            # the house named in full in this sentence or the one before, with no place between ("وفي بيروت،
            # صادق النواب"), not a dateline's ("بيروت – ..."): another country's house is then no longer the one
            lo, _hi = self.sentence_of(cue)
            start = self.sentence_of(lo - 1)[0] if lo > 0 else lo
            for b in range(cue - 1, start - 1, -1):
                n = self.norms[b]
                if n in ("-", "–", "—") or n.lstrip("و") == "في" and b + 1 < cue and self.place_at(b + 1):
                    break
                states = house_at(b)
                if states is not None:
                    break
            if states is None and self.session_day is not None:  # (a day only with a sentence that tells it)
                # ... or the house whose session :attr:`session_lead` tells ("عقد مجلس نواب الشعب، أمس ...، جلسة")
                states = next((c for b in self.tok_range(self.session_lead.start, self.session_lead.end)
                               if (c := house_at(b)) is not None), None)
        found = [p for p in parties if p.get("name_en") in (states or ())]
        if not found and states is not None and len(states) == 1 \
                and len({p.get("name_en") for p in parties if p.get("name_en")}) <= 1:
            # a house whose name one state alone gives it ("صادق نواب المجلس الشعبي الوطني على مشروع القانون
            # المتضمن الموافقة على الاتفاقية مع صربيا"): that state's, the side the report does not name
            (only,) = states
            return next(({"name": v[0], "name_en": only, "entity_id": None} for v in _NISBA.values()
                         if v[1] == only), None)
        return found[0] if len(found) == 1 else None

    def house_told_again(self, body: str | None, parties: list[dict[str, Any]]) -> dict[str, Any] | None:
        """The party whose national house a body with no nationality is, by what the report tells elsewhere: a house
        only that party has, where the law goes on ("ويرفع القانون الآن إلى مجلس الأعيان": Jordan's lower house),
        or the approval told again with the house's nationality ("ومع موافقة البرلمان المصري يكتمل ..."); None when
        the report so names the houses of more than one party, or of none."""
        name = fold(" ".join((body or "").split())).removeprefix("و")
        if name not in _NATIONAL_HOUSES:
            return None
        named = {p.get("name_en"): p for p in parties if p.get("name_en")}
        if len(named) == 1:
            return None  # (the one side the sentence names may be the counterpart: "... مع أرمينيا")
        own = _HOUSES.get(tuple(name.split()))
        found: set[str] = set()
        told: dict[str, dict[str, Any]] = {}
        for b in range(len(self.norms)):
            n = self.norms[b].removeprefix("و")
            for h, states in _HOUSES.items():
                if len(states) == 1 and n == h[0] and tuple(self.norms[b + 1:b + len(h)]) == h[1:]:
                    (state,) = states
                    if own is None or state in own:
                        found.add(state)
                        told.setdefault(state, next(({"name": v[0], "name_en": state} for v in _NISBA.values()
                                                     if v[1] == state), {"name": state, "name_en": state}))
            again = n == "بموافقه" or n == "موافقه" and b > 0 and self.norms[b - 1] in ("مع", "ومع")
            before = self.norms[b - (1 if n == "بموافقه" else 2)] if b > 1 else ""
            if again and before.lstrip("و") not in ("الا", "إلا", "لا", "لن", "لم"):
                for j in range(b + 2, min(len(self.norms), b + 5)):
                    if self.norms[j] in _NISBA:
                        for c in self.country_at(j):
                            if c.get("name_en"):
                                found.add(c["name_en"])
                                told.setdefault(c["name_en"], c)
                        break
                    if not self.norms[j].startswith("ال"):
                        break
        if named:
            found &= named.keys()
            return named[next(iter(found))] if len(found) == 1 else None
        return told[next(iter(found))] if len(found) == 1 else None  # (no side named in the sentence)

    def nisba_after_body(self, cue: int, word: str) -> bool:
        """Whether the body word near ``cue`` has a nationality after it ("صادق النواب اللبنانيون"): its country
        is told there, or it is no house (a group of members), not the house named before."""
        for b in range(max(0, cue - 5), min(len(self.norms) - 1, cue + 5)):
            if self.norms[b].removeprefix("و") == word:
                nxt = fold(self.norms[b + 1])
                return nxt.startswith("ال") and (nxt.endswith(("يون", "يين")) or nxt in _NISBA
                                                 or nxt.removeprefix("ال") in _NISBA)
        return False

    def place_at(self, k: int) -> bool:
        """Whether a place mention starts at token ``k`` ("في بيروت")."""
        return any(m.label == "LOC" and m.start == self.starts[k] for m in self.mentions)

    def same_gender(self, noun: int, pronoun: str) -> bool:
        """Whether a pronoun ("إليه", "إليها") can stand for the agreement noun at ``noun``: اتفاقية and معاهدة are
        feminine, اتفاق, بروتوكول and ميثاق masculine ("أنشأت الدول تحالفا وانضمت إليه تركيا": the alliance)."""
        fem = fold(pronoun).endswith(("ها", "هما"))
        n = self.stemmed[noun]
        feminine = n.endswith(("ه", "ة", "ات")) or n.endswith("يه")
        return fem == feminine or pronoun.endswith("هما")

    def stands_for_agreement(self, lo: int, cue: int, k: int) -> bool:
        """Whether the pronoun at ``k`` ("عليه", "عليها") stands for an agreement of the clause before ``cue``: the
        nearest agreement or law of its gender is an agreement, or the law that ratifies one ("قانون تصديق اتفاقية
        النقل البري ...، بعد أن صدرت الإرادة الملكية بالموافقة عليه"), not another law ("رفع إليه نظام الخدمة
        المدنية، فصدرت الإرادة الملكية بالموافقة عليه")."""
        pronoun = self.norms[k]
        for j in range(cue - 1, lo - 1, -1):
            n = self.norms[j].lstrip("و")
            if j in self.nouns_set and self.same_gender(j, pronoun):
                return True
            if n in _LAW or n in _OTHER_LAWS:
                if pronoun.endswith("ها"):
                    continue  # a law is masculine: "عليها" is another word's
                nxt = self.norms[j + 1] if j + 1 < cue else ""
                return nxt in _RATIFYING or n == "مشروع" and nxt in ("قانون", "القانون") and j + 2 < cue \
                    and self.norms[j + 2] in _RATIFYING
        return False

    def league_of_states(self, k: int) -> bool:
        """Whether the word at ``k`` heads a league of states, not a company or university ("جامعة الدول العربية",
        "مقر جامعة الدول العربية"): "جامعة" followed by "الدول"."""
        return k + 1 < len(self.norms) and self.norms[k].endswith(("جامعه", "جامعة")) and self.norms[k + 1] in (
            "الدول", "للدول")

    def in_time(self, k: int) -> bool:
        """Whether token ``k`` lies in a time expression ("أمس الأربعاء", "يوم الثلاثاء 8 سبتمبر 2026م")."""
        return any(t.start <= self.toks[k].start < t.end for t in self.timex_all)

    def time_aside(self, lo: int, k: int) -> int | None:
        """The opening comma when the comma at ``k`` closes a time set aside between commas ("أعلنت الوزارة، أمس
        الثلاثاء، تعليق ...", "أصدر الأمير، يوم الثلاثاء 25 ربيع الأول 1448هـ الموافق 8 سبتمبر 2026م، المرسوم"):
        every word between is part of a time (or "يوم", "الموافق", "في"), and at least one is a time."""
        fill = ("يوم", "الموافق", "الموافقه", "في", "م", "هـ", "ه", "من", "اليوم", "مساء", "صباح", "ظهر", "امس")
        timed = False
        for j in range(k - 1, max(lo, k - 16) - 1, -1):
            n = self.norms[j]
            if n == "،":
                return j if timed and j < k - 1 else None
            if self.in_time(j):
                timed = True
            elif n not in fill and not n.isdigit() and not n.rstrip("مهـ").isdigit() and not self.place_in_aside(j):
                return None
        return None

    def place_in_aside(self, j: int) -> bool:
        """Whether token ``j`` is a place told with "في" in a time set aside ("، أمس الأربعاء في كمبالا،")."""
        m = next((m for m in self.mentions if m.label == "LOC" and m.start <= self.starts[j] < m.end), None)
        if m is None:
            return False
        first = bisect.bisect_right(self.starts, m.start) - 1
        return first > 0 and self.norms[first - 1] == "في"

    def aside_after(self, k: int, hi: int, stops: tuple[str, ...] = _STRONG + ("،",),
                    speech: bool = False) -> int | None:
        """The token after the comma that closes an aside opened by the comma at ``k`` (within twelve words, the
        first of ``stops`` a comma): an aside on where, when or how a step was taken ("وافق مجلس النواب، في جلسته
        العامة أمس، على", "مدد البلدان أمس، في حفل أقيم بمقر الحكومة، العمل بالاتفاقية"). None when it names an
        agreement, when it says the step is not final ("، في قراءة أولى،", "، مبدئيا،"), or, with ``speech``, when
        someone speaks in it ("، وقال رئيسه إنه ...،")."""
        # (a session told with its relative clause runs longer: "، في جلسته التي عقدها أمس الاثنين في مدينة عدن برئاسة
        # رئيس المجلس،")
        session = k + 2 < hi and self.norms[k + 1].removeprefix("و") in ("في", "خلال") \
            and self.norms[k + 2] in _SESSIONS
        close = next((x for x in range(k + 1, min(hi, k + (20 if session else 12))) if self.norms[x] in stops), None)
        if close is None or self.norms[close] != "،":
            return None
        if any(x in self.nouns_set or speech and self.norms[x] in _SPEECH or self.norms[x] in _NOT_FINAL
               or self.norms[x] in _READING and x + 1 < close and self.norms[x + 1] in _FIRST
               for x in range(k + 1, close)):
            return None
        return close + 1

    def place_aside(self, lo: int, k: int) -> int | None:
        """The opening comma when the comma at ``k`` closes where or when a body met, set aside between commas ("أقر
        مجلس الوزراء، في اجتماعه الأسبوعي أمس الأربعاء برئاسة رئيس الجمهورية، مرسوماً يقضي بانسحاب ..."): opened by
        "في", "خلال" or "لدى", no verb of a step, no clause of its own ("أن") between."""
        relative = False  # (a session's own relative clause goes on: "في جلسته التي عقدها اليوم برئاسة ...،")
        for j in range(k - 1, max(lo, k - 16) - 1, -1):
            n = self.norms[j]
            session = n in ("في", "خلال") and self.norms[j + 1] in _SESSIONS
            if n == "،":
                return j if j < k - 2 and self.norms[j + 1] in ("في", "خلال", "لدي", "لدى") and (
                    not relative or self.norms[j + 2] in _SESSIONS) else None
                # (and with whom an instrument is deposited: "أودعت المغرب، أمس، لدى الأمانة العامة للجامعة، وثيقة")
            if session and j > lo and self.norms[j - 1] != "،" and any(
                    has_word(self.norms[x], BODIES) for x in range(max(lo, j - 4), j)):
                return j  # no comma opens it, right after the body: "أقر مجلس النواب في جلسته التشريعية التي عقدها
                # اليوم الثلاثاء برئاسة رئيس المجلس، مشروع قانون تصديق اتفاقية ..."
            if n in (".", "؛", ":") or n in _THAT or n in _THAT_CLAUSE or _CUES.get(self.stemmed[j]):
                return None
            if n in _RELATIVE:
                relative = True
        return None

    def named_inside(self, noun: int, hi: int) -> int | None:
        """The agreement noun a bare noun is about: "اتفاق بشأن «اتفاقية التجارة الحرة»", "اتفاق حول معاهدة"."""
        if noun + 1 >= hi or self.norms[noun + 1] not in _ABOUT or not self.name_at(noun, hi)[1]:
            return None
        j = noun + 2
        while j < hi and self.norms[j] in ("«", "“", '"'):
            j += 1
        return j if j < hi and j in self.nouns_set and not self.name_at(j, hi)[1] else None

    def approves(self, i: int, hi: int) -> bool:
        """Whether the verb at ``i`` ("وافق", "صوت") has a body as its subject and an agreement as its object: a body
        within four words after it, then "على" or "لصالح" with the agreement (or the bill of one) right after."""
        referendum = any(has_word(self.norms[k], _REFERENDUM) for k in range(i + 1, min(hi, i + 10)))
        if not any(has_word(self.norms[k], BODIES) and not (k + 1 < hi and has_word(self.norms[k + 1], _BOARD))
                   or referendum and self.norms[k] in _VOTERS for k in range(i + 1, min(hi, i + 5))) \
                and not self.body_before(i):
            return False  # (not "مجلس إدارة الشركة": a company's board; voters only in a referendum)
        vote = self.norms[i].lstrip("وف") in _VOTE
        end = next((k for k in range(i + 1, hi) if self.norms[k] in (".", "؛", "؟", "!")), hi)
        if self.undone(i + 1, end):
            return False  # "صوت البرلمان على المعاهدة ورفضها", "وافق على مشروعها وأحاله إلى لجنة"
        if not vote and i + 2 < hi and self.norms[i + 1] in ("عليه", "عليها") \
                and has_word(self.norms[i + 2], BODIES) and not (i > 0 and (
                    self.norms[i - 1] in _RELATIVE or self.norms[i - 1] in ("ان", "أن"))):
            # (not a relative's or a "بعد أن" recall: "التي وافق عليها المجلس", "بعد أن وافق عليها مجلس الوزراء")
            # "ووافق عليها مجلس الأعيان في جلسته": the pronoun for the agreement the sentence named before, the body
            # right after it
            return self.stands_for_agreement(self.sentence_of(i)[0], i, i + 1)
        k, limit = i + 1, i + 16
        while k < min(hi, limit):
            n = self.norms[k]
            if n == "،" and k > i + 1:
                # an aside between commas on the session or the vote ("وافق مجلس النواب، في جلسته العامة أمس، على
                # قرار رئيس الجمهورية ..."): no agreement, no speech in it
                after = self.aside_after(k, hi, speech=True)
                if after is None:
                    return False
                limit += after - k
                k = after
                continue
            if n in (".", "؛", ":", "؟", "!", "،") or n in _SPEECH:
                return False
            if n in ("علي", "على") and (vote or k + 2 < hi and _stem_of(self.norms[k + 1]) == "مشروع"
                                          and not has_word(self.norms[k + 2], _LAW)
                                          and not self.signed_draft(i, k, end)):
                # "صوت على": voted on, for or against; "وافق على مشروع اتفاقية": a draft, not a law (unless a
                # consultative council reviews it or it is told as signed: signed_draft)
                return False
            if n in ("علي", "على", "لصالح"):
                j = self.through(k + 1, hi)
                return j is not None and j in self.nouns_set
            k += 1
        return False

    def house_approval(self, lo: int, i: int, hi: int) -> bool:
        """Whether the verbal noun «موافقة» at ``i`` tells a house's approval of the agreement, recalled after «بعد»
        or «عقب»: a body right after it, then «عليه/عليها» standing for the agreement or «على» and its name ("بعد
        موافقة مجلس النواب عليها في جلسته ...", "عقب موافقة البرلمان على الاتفاقية")."""
        if not (i > lo and self.norms[i - 1].removeprefix("و") in _RECALLED_BEFORE and self.norms[i] == "موافقه"):
            return False
        body = next((k for k in range(i + 1, min(hi, i + 3)) if has_word(self.norms[k], BODIES)), None)
        if body is None or body + 1 < hi and has_word(self.norms[body + 1], _BOARD):
            return False
        for k in range(body + 1, min(hi, body + 5)):
            n = self.norms[k]
            if n in ("عليه", "عليها"):
                return self.stands_for_agreement(lo, i, k)
            if n in ("على", "علي"):
                return self.through(k + 1, hi) in self.nouns_set
            if not n[:1].isalpha() or n in _FUNCTION:
                return False
        return False

    def undone(self, lo: int, end: int) -> bool:
        """Whether a word of ``lo``..``end`` undoes an approval: rejected, voted against, sent to a committee; not a
        bill passed on to the other house ("وافق مجلس النواب على مشروع القانون وأحاله إلى مجلس الشورى": the
        lower house's approval is taken, the upper house's is to come)."""
        for k in range(lo, end):
            if not has_word(self.norms[k], _REJECT):
                continue
            if has_word(self.norms[k], _REFER) and self.to_other_house(k + 1, end) and not self.cabinet_acts(lo - 1):
                continue
            return True
        return False

    def cabinet_acts(self, verb: int) -> bool:
        """Whether the subject of the verb at ``verb`` is a cabinet ("وافق مجلس الوزراء على الاتفاقية وأحالها إلى
        مجلس النواب", "وكانت الحكومة قد وافقت"): what it sends to a house is no house's approval passed on, the
        house's is to come."""
        first = self.sentence_of(verb)[0]
        near = [j for j in range(max(first, verb - 4), min(len(self.norms), verb + 5)) if j != verb]
        return any(self.norms[j].removeprefix("و") in ("الحكومه", "حكومه") or self.norms[j] in ("الوزراء", "وزراء")
                   and j > first and self.norms[j - 1].removeprefix("و") == "مجلس" for j in near)

    def bill_referred(self, verb: int, hi: int) -> bool:
        """Whether the verb at ``verb`` passes a bill ("مشروع قانون") that the same clause then refers to a house of
        parliament ("وأحاله إلى مجلس النواب", "وقرر إحالته إلى البرلمان")."""
        end = next((k for k in range(verb + 1, hi) if self.norms[k] in (".", "؛", "؟", "!")), hi)
        if not any(self.norms[k] == "مشروع" for k in range(verb + 1, min(end, verb + 8))):
            return False
        return any(has_word(self.norms[k], _REFER) and (
            self.to_other_house(k + 1, end) or k + 2 < end and self.norms[k + 1] in ("إلى", "الى", "الي")
            and self.norms[k + 2] in ("البرلمان", "المجلس")) for k in range(verb + 1, end))

    def to_other_house(self, k: int, end: int) -> bool:
        """Whether the words at ``k`` are "إلى" and a house of parliament ("إلى مجلس الشورى", "إلى مجلس الأعيان")."""
        if k + 2 >= end or self.norms[k] not in ("إلى", "الى", "الي"):
            return False
        head, kind = self.norms[k + 1], self.norms[k + 2].removeprefix("ال")
        return head == "مجلس" and kind in _HOUSE_KINDS

    def ministry_after(self, gov: int, cue: int) -> str | None:
        """The ministry named as the subject right after the verb at ``gov`` ("أعلنت وزارة الطاقة والنفط، أمس،
        تعليق ..."), as written, when no nationality or place names whose it is; else None."""
        k = gov + 1
        if k >= cue or self.norms[k].removeprefix("ال") not in ("وزاره", "وزير", "وزيره"):
            return None
        end = k
        while end + 1 < cue and self.norms[end + 1][:1].isalpha() and self.norms[end + 1] not in _FUNCTION \
                and not self.in_time(end + 1) and end - k < 6:
            end += 1
            if self.norms[end] in _NISBA or self.country_at(end):
                return None  # "وزارة الخارجية الروسية", "وزارة العمل في الفلبين": its state is told
            if self.norms[end].startswith("ب") and self.norms[end][1:] == "حكومه":
                break  # "وزارة الداخلية بحكومة الوحدة الوطنية": the government it belongs to
        if self.norms[end] == "في" or end + 1 < cue and self.norms[end + 1] == "في":
            end += self.norms[end] != "في"
        if self.norms[end] == "في" or self.norms[end].startswith("ب") and self.norms[end][1:] == "حكومه":
            # "... في حكومة الوحدة الوطنية": a government named by its title, whose state the title does not tell
            head = end + (self.norms[end] == "في")  # (not ``gov``: that is the verb)
            titled = head + 1  # past the words of its title right after it, at most three
            while titled < min(cue, head + 4) and self.norms[titled] in _GOV_QUALIFIERS:
                titled += 1
            if self.norms[head].lstrip("ب") != "حكومه" or titled == head + 1:
                return None  # ("وزارة العمل في الفلبين": its state is told)
            end = titled - 1
        return self.text[self.toks[k].start:self.toks[end].end]

    def body_before(self, verb: int) -> bool:
        """Whether the verb at ``verb`` has a body as its subject told before it in the past perfect: "وكان البرلمان
        الأوروبي قد وافق على الاتفاقية" (the body, its nationality, then "قد" right before the verb)."""
        if verb < 2 or self.norms[verb - 1] not in ("قد", "وقد"):
            return False
        for k in range(verb - 2, max(-1, verb - 6), -1):
            n = self.norms[k]
            if not n[:1].isalpha():
                return False
            if has_word(n, BODIES) and not (has_word(self.norms[k + 1], _BOARD)):
                if k > 1 and self.norms[k - 1] == "مجلس":
                    continue  # "وكان مجلس النواب الأردني قد وافق": the council's own word comes first
                if k > 1 and self.norms[k - 1] == "هيئه" and n.removeprefix("ال") == "حكومه":
                    k -= 1  # "وكانت هيئة الحكومة الإيرانية قد وافقت": the cabinet
                return k > 0 and self.norms[k - 1].lstrip("وف") in _WAS
        return False

    def signed_draft(self, verb: int, on: int, end: int) -> bool:
        """Whether the draft a body approves (its "على" at ``on``) is an agreement already signed: a Shura council
        reviews only signed agreements ("وافق مجلس الشورى على مشروع اتفاقية ..."), and a draft told as signed in
        the clause ("على مشروع اتفاقية ... الموقعة في هانوي") awaits only its approval."""
        shura = any(self.norms[k] == "مجلس" and k + 1 < on and self.norms[k + 1] == "الشوري"
                    for k in range(verb + 1, on))
        if shura:
            return True
        if any(self.norms[k].lstrip("و").startswith(("تمهيد", "لتوقيع")) or self.norms[k].lstrip("و") == "قبل"
               and k + 1 < end and "توقيع" in self.norms[k + 1] for k in range(on, end)):
            return False  # "وافق على مشروع اتفاقية ... تمهيدا لتوقيعها": the signing is still to come
        for k in range(on + 3, min(end, on + 30)):
            n = self.norms[k]
            if n in _SIGNED_DRAFT:
                return True
            if n in ("،", ",", "؛") or n.lstrip("و") in ("غرار", "مثل", "مثيلة", "كما", "مثيله") or k in self.nouns_set:
                return False  # "على غرار الاتفاقية الموقعة مع مصر": another agreement signed, not this draft
        return False

    def decided_approval(self, lo: int, i: int, hi: int) -> int | None:
        """Whether the verbal noun "الموافقة" at ``i`` is a body's decision to approve an agreement: "قرر مجلس
        الوزراء الموافقة على اتفاقية ...", "المجلس قرر، بعد الاطلاع على ...، الموافقة على اتفاقية ..." (the cabinet's
        usual wording), with the agreement itself right after "على" (not a draft, an MoU or a mandate to negotiate).
        The token of the body that decided (next to the verb, not a council named in an aside), or None."""
        if i + 2 >= hi or self.norms[i + 1] not in ("على", "علي") or _stem_of(self.norms[i + 2]) == "مشروع" and not (
                i + 3 < hi and self.norms[i + 3] in _DRAFT_ACTS):
            return None  # (a draft agreement, not yet signed, or a bill; a draft decree of approval is the cabinet's
            # approval: "قرر مجلس الوزراء الموافقة على مشروع مرسوم بقانون بالموافقة على الاتفاقية")
        # (an accession approved: "الموافقة على انضمام المملكة إلى بروتوكول ...", the cabinet's usual wording for a
        # multilateral one)
        noun = self.through(i + 2, hi, joining=True)
        if noun not in self.nouns_set:
            return None
        if any(self.norms[k].lstrip("وبل") in _FIRMS for k in range(noun + 1, min(hi, noun + 7))):
            return None  # "الموافقة على اتفاقية بين شركة ... وشركة ...": a companies' contract, no state ratifies it
        while lo > 0 and self.norms[lo - 1] == ":" and self.decision_list(lo - 1) and self.sentence_of(lo - 1)[0] < lo:
            lo = self.sentence_of(lo - 1)[0]  # (the list opened in a paragraph of its own: "وأصدر عددا من القرارات،
            # من بينها:" then "أولا: الموافقة على ...")
        for k in range(i - 1, max(lo - 1, i - 40), -1):
            n = self.norms[k]
            if n == ":" and self.decision_list(k):
                continue  # "قرر المجلس ما يلي: أولا: الموافقة على اتفاقية ...": a decision's list of items
            if n in (".", "؛", ":", "؟", "!") or n in _SPEECH:
                return None
            if n.lstrip("وف") in _DECIDE or n.lstrip("وف") in _ISSUED and any(
                    self.norms[j].removeprefix("ال").startswith("قرار") for j in range(k + 1, min(i, k + 4))):
                # ("وأصدر عددا من القرارات، من بينها: أولا: الموافقة على اتفاقية ...": a cabinet's decisions)
                if any(_word_in(w, _HALT) or _word_in(w, _REFUSE) or w.lstrip("و") in ("عدم", "بعدم")
                       for w in self.norms[k + 1:i]):
                    return None  # "قرر مجلس الوزراء تأجيل/دراسة الموافقة على الاتفاقية": put off, no approval
                # the body after the verb first (its subject, VSO), then one right before it ("المجلس قرر، ...")
                stop = min(i, k + 4)
                after = next((j for j in range(k + 1, stop) if not self.norms[j][:1].isalpha()), stop)
                near = list(range(k + 1, after)) + list(range(k - 1, max(lo, k - 3) - 1, -1))
                found = next((j for j in near if has_word(self.norms[j], BODIES) and not (
                    j + 1 < hi and has_word(self.norms[j + 1], _BOARD))), None)
                if found is None and self.norms[k].startswith("و"):
                    # "عقد مجلس الوزراء اجتماعه الأسبوعي أمس، وقرر الموافقة على ...": the body that held the
                    # meeting, subject of both verbs
                    found = next((j for j in range(lo, k) if self.norms[j - 1].lstrip("و") in _HELD_MEETING
                                  and has_word(self.norms[j], BODIES) and j > lo), None)
                return found
        return None

    def decision_list(self, colon: int) -> bool:
        """Whether the colon at ``colon`` opens a decision's list or one of its items ("قرر المجلس ما يلي:",
        "أولا:", "ثانيا:")."""
        before = self.norms[max(0, colon - 2):colon]
        if before[-1:] and before[-1].lstrip("و") in _ONE_OF and any(
                self.norms[j].lstrip("و").removeprefix("ال").startswith("قرار")
                for j in range(max(0, colon - 6), colon)):
            return True  # "أصدر المجلس عددا من القرارات، من بينها:"
        return before[-1:] in (["يلي"], ["ياتي"]) or bool(before) and _word_in(before[-1].lstrip("و"), _ORDINALS)

    def through(self, j: int, hi: int, joining: bool = False) -> int | None:
        """The token an object starting at ``j`` reaches past quotation marks, a bill ("مشروع"), or a law, decree
        or decision of ratification ("لصالح التصديق على المعاهدة", "على قرار رئيس الجمهورية بشأن الموافقة على
        الاتفاقية"), and with ``joining`` past an accession that opens it ("انضمام المملكة إلى ..."); None past eight
        words."""
        start, phrase, decision, joined = j, False, False, False
        while j < hi and j - start <= 16:
            n = self.norms[j]
            if j == start and n[:1] == "و" and (n[1:] in _LAW or n[1:] in ("مرسوما", "قانونا")):
                n = n[1:]  # a second object: "، ومشروع قانون بالتصديق على ..."
            if n in ("مرسوما", "قانونا"):
                n = n[:-1]  # "ومرسوما بقانون بالموافقة على ..."
            if n in ("«", "“", '"') or _stem_of(n) in ("مشروع",) or j == start and n in _TEXT:
                j += 1  # ("بالأحرف الأولى على نص «اتفاقية ...»": the text of the agreement)
            elif j == start and n in _PACKAGE and j + 1 < hi and j + 1 in self.nouns_set:
                return j + 1  # "على حزمة الاتفاقات": the agreements of the package
            elif (phrase or decision) and (n == "رقم" or j > start and self.norms[j - 1] == "رقم" and n[:1].isdigit()
                                           or n in (".", "/", "-") and j > start and self.norms[j - 1][:1].isdigit()
                                           and j + 1 < hi and self.norms[j + 1][:1].isdigit()
                                           or n[:1].isdigit() and j > start and self.norms[j - 1] in (".", "/", "-")):
                j += 1  # "مشروع القانون رقم 12.26"
            elif (phrase or decision) and n in _OF_YEAR and j > start and self.norms[j - 1][:1].isdigit() \
                    and j + 1 < hi and _YEAR.match(self.norms[j + 1]):
                j += 2  # "القانون رقم 14 لسنة 2026": the law's year
            elif phrase and n in _LAW_VERBS and j + 2 < hi and self.norms[j + 1] in _BY_IT \
                    and self.norms[j + 2] in ("على", "علي"):
                j += 3  # "مشروع القانون رقم 31.26 يوافق بموجبه على الاتفاقية"
            elif phrase and n in _RELATIVE and j + 3 < hi and self.norms[j + 1] in _LAW_VERBS \
                    and self.norms[j + 2] in _BY_IT and self.norms[j + 3] in ("على", "علي"):
                j += 4  # "القانون الذي يوافق بموجبه على الاتفاقية": the law that approves it
            elif phrase and n in _BILL_TITLE:
                j += 1  # "مشروع القانون الأساسي المتعلق بالموافقة على الاتفاقية": the bill's title goes on
            elif phrase and n in _BILL_SAYS and j + 1 < hi and self.norms[j + 1] in _LAW_PHRASE:
                j += 1  # "مشروع قانون يقضي بالموافقة على الاتفاقية": what the bill provides, the agreement's approval
            elif (phrase or joining and j == start) and n in _JOIN and not (_stem_of(self.norms[start]) == "مشروع"
                                                                           and start + 1 < hi
                                                                           and self.norms[start + 1] in _DRAFT_ACTS) \
                    and (to := next((k for k in range(j + 1, min(hi, j + 8)) if self.norms[k] in ("إلى", "الى", "الي")),
                                    None)):
                j, joined = to + 1, True  # "... بالموافقة على انضمام الجمهورية التونسية إلى الاتفاقية": a bill of
                # accession (not a draft decree, "مشروع مرسوم بقانون بالموافقة على انضمام ...", sent on to the head
                # of state)
            elif has_word(n, _LAW_PHRASE) or n in _LAW_PHRASE:
                phrase = phrase or has_word(n, _RATIFY_PHRASE) or n in ("قانون", "القانون", "مرسوم", "المرسوم")
                # a decision is of ratification only by the words of its title ("قرار رئيس الجمهورية رقم 77 بشأن
                # الموافقة على"), not "القرار رقم 12 بشأن اتفاقية الغاز والقاضي بوقف العمل بها"
                decision = decision or n in ("قرار", "القرار")
                j += 1
            else:
                return j if j == start or phrase or joined or self.norms[start] in ("«", "“", '"') or _stem_of(
                    self.norms[start]) in ("مشروع",) or self.norms[start] in _TEXT else None
        return None

    def subject_named(self, lo: int, hi: int) -> bool:
        """Whether the tokens ``lo``..``hi`` name who signs: an office, a title, a body, a delegation, the two sides, a
        nationality, a person or a place standing for its state ("وقّع ولي العهد ... ورئيس الوزراء ..."; not "وقع
        الهجوم رغم الاتفاقية": an event that happened)."""
        for k in range(lo, hi):
            n = self.norms[k].removeprefix("و") if self.norms[k].startswith("وال") else self.norms[k]
            if n in _OFFICES or has_word(n, L.TITLES) or has_word(n, BODIES) or n.lstrip("و") in _DELEGATIONS \
                    or n in _TWO_GOVERNMENTS or n in _NISBA or n in _SIDES:
                return True
        return any(m.label in ("PER", "LOC") and self.starts[lo] <= m.start < self.starts[hi] for m in self.mentions)

    def draft_of(self, i: int, hi: int) -> bool:
        """Whether the verb at ``i`` ("ناقش", "بحث", "تبادل") has a draft of an agreement as its object, within eight
        words, with no body of one state as its subject ("ناقش مجلس الوزراء مسودة الاتفاقية" reviews it at home)."""
        for k in range(i + 1, min(hi, i + 9)):
            n = self.norms[k]
            if n in (".", "؛", "،", ":") or n in _RELATIVE:
                return False
            if has_word(n, BODIES) and k <= i + 3 or n in _ABOUT or n in ("عن", "على", "علي"):
                return False  # (not "تبادلا الاتهامات بشأن مسودة الاتفاق")
            if n in _DRAFT:
                return k + 1 < hi and k + 1 in self.nouns_set
        return False

    def works_with(self, i: int, hi: int) -> bool:
        """Whether "العمل" follows the verb at ``i`` (past its subject) with the agreement glued to ب: "أوقفت الحكومة
        العمل بالمعاهدة", "بدأ العمل بالاتفاقية"."""
        k = next((k for k in range(i + 1, min(hi, i + 5)) if self.norms[k] == "العمل"), None)
        return k is not None and k + 1 < hi and k + 1 in self.nouns_set and self.norms[k + 1][:1] == "ب" and not (
            k + 2 < hi and self.norms[k + 2] == "مع")  # "العمل بالاتفاق مع النقابة": in agreement with, no treaty

    def object_of(self, i: int, hi: int, preps: tuple[str, ...]) -> bool:
        """Whether the verb or verbal noun at ``i`` reaches an agreement through one of ``preps`` in its clause, past
        its subject ("انضمت دولة فلسطين رسميا إلى المعاهدة", "خروج بلاده من الاتفاق")."""
        for k in range(i + 1, min(hi, i + 10)):
            n = self.norms[k]
            if not n[:1].isalnum():
                return False
            if n in preps:
                j = self.through(k + 1, hi)
                return j is not None and j in self.nouns_set
        return False

    def agreed_text(self, i: int, hi: int) -> bool:
        """Whether the verb of agreeing at ``i`` has an agreement's text as its object: "اتفقت ... على النص
        النهائي للمعاهدة", "اتفقا على نص الاتفاقية"."""
        for k in range(i + 1, min(hi, i + 10)):
            n = self.norms[k]
            if not n[:1].isalnum():
                return False
            if n in ("على", "علي") and k + 1 < hi and self.norms[k + 1] in _TEXT:
                if self.norms[k + 1] in _WORDING and not (k + 2 < hi and self.norms[k + 2] in _TEXT_OF):
                    return False  # "اتفق الطرفان على صياغة اتفاقية جديدة": to draft it (not "الصياغة النهائية")
                j = k + 2
                while j < hi and (self.norms[j] in _TEXT_OF or self.norms[j][:1] == "ل"
                                  and self.norms[j][1:] in _TEXT):
                    j += 1  # "على الصياغة النهائية لبنود الاتفاقية": the wording of its articles
                return j < hi and j in self.nouns_set
        return False

    def sought_past_aside(self, lo: int, to: int) -> bool:
        """Whether the "إلى" at ``to`` completes a verb of seeking told before it in its clause, past its subject and an
        aside between commas ("تسعى نيروبي، بحسب الخارجية الكينية، إلى"): no full stop, relative or "أن" between,
        no comma that opens a new clause ("سعت ... منذ سنوات، وانتهى ذلك أمس إلى توقيع"), and at most one aside,
        whose closing comma comes right before "إلى"."""
        commas = 0
        for k in range(to - 1, max(lo, to - 12) - 1, -1):
            n = self.norms[k]
            if n in (".", "؛", ":", "؟", "!") or n in _RELATIVE or n in _THAT or n in _THAT_CLAUSE \
                    or n in _NEW_PREDICATE:
                return False
            if n in ("،", ","):
                commas += 1
                if commas > 2 or self.norms[k + 1][:1] in ("و", "ف") or commas == 1 and k != to - 1:
                    return False  # a new clause, or a comma that closes no aside before "إلى"
            if n.removeprefix("و") in _SEEK:
                return commas != 1
        return False

    def round_closed_by(self, lo: int, cue: int, cues: list[tuple[int, str]]) -> int | None:
        """The step told before the talks at ``cue`` in their sentence when they are the round it closed ("وقع
        الوفدان بالأحرف الأولى على الاتفاقية، في ختام الجولة الثالثة من المفاوضات", "في ختام جولة التفاوض"): the
        cue of that initialling or signing, whose agreement and day the talks share."""
        k = cue if self.norms[cue] in _ROUND else cue - 1  # (the round itself: "في ختام جولة خامسة")
        if k > lo and self.norms[k] == "من":
            k -= 1  # "الجولة الرابعة من المفاوضات"
        while k > lo and cue - k <= 4 and self.norms[k] not in _ROUND:
            k -= 1
        if k <= lo or self.norms[k] not in _ROUND or self.norms[k - 1].removeprefix("و") not in _CLOSING:
            return None
        if self.failed(cue):
            return None  # "انفضت في ختام الجولة الثالثة ... دون التوصل إلى اتفاق": the round closed nothing
        if cue + 2 < len(self.norms) and self.norms[cue + 1] in _ABOUT and cue + 2 in self.nouns_set \
                and cue + 3 < len(self.norms) and self.norms[cue + 3][:1].isalpha():
            return None  # "من المفاوضات حول اتفاقية التجارة الحرة": talks on an agreement of their own
        step = next((c for c, kd in reversed(cues) if c < k and kd in ("concluded", "signed")
                     and self.norms[c] not in _PARTICIPLES and not _verbal_noun(self.norms[c])), None)
        named = max((n for n in self.nouns_set if step is not None and step < n < k), default=step)
        if step is None or any(
                self.norms[j] in (".", "؛", "؟", "!") or self.norms[j] in ("فيما", "بينما", "وفيما", "وبينما")
                or self.norms[j] in ("،", ",") and (self.norms[j + 1] in ("في", "وفي") and self.norms[j + 2] == "حين"
                                                    or self.norms[j + 1][:1] in ("و", "ف") and j + 1 < k - 1
                                                    and self.norms[j + 1] not in ("في", "وفي", "وذلك"))
                for j in range(named + 1, k - 1)):
            return None  # "وقع ... اتفاقية، واجتمع الوفدان أمس في ختام الجولة": the step is in another clause
        return step

    def lone_signer(self, cue: int, noun: int) -> dict[str, Any] | None:
        """The one state a signing verb at ``cue`` has as its subject, right after it ("وقّع السودان، أمس، على
        الاتفاقية", "وقعت سلطنة عمان أمس الاتفاقية"), with no other state joined to it by «و» up to the agreement
        at ``noun``; None for a verbal noun, another subject (an office, a minister: who signs for which side is not
        told by the verb) or two states ("وقعت مصر والسودان")."""
        if _verbal_noun(self.norms[cue]) or self.stemmed[cue] in _MASDAR or self.norms[cue] in _PARTICIPLES:
            return None
        def state_at(j: int) -> list[dict[str, Any]]:
            if any(m.label == "PER" and bisect.bisect_right(self.starts, m.start) - 1 == j for m in self.mentions):
                return []  # (a person, not the state: who signs for it)
            return self.country_at(j) if j < noun else []

        found = state_at(cue + 1)
        if not found and self.norms[cue + 1].removeprefix("ال") in ("سلطنه", "مملكه", "جمهوريه", "دوله"):
            found = state_at(cue + 2)  # (its title first: "سلطنة عمان")
        if len(found) != 1 or not found[0].get("name_en"):
            return None
        if any(self.norms[k].startswith("و") and state_at(k) for k in range(cue + 2, noun)):
            return None  # two states sign together
        return {"name": found[0].get("name"), "name_en": found[0].get("name_en")}

    def days_after(self, lo: int, cue: int) -> bool:
        """Whether the verbal noun at ``cue`` is the step something came a span of time after ("وجاء القرار بعد يومين
        من إقرار المجلس للاتفاق", "عقب أسبوع من توقيع الاتفاقية"): taken, as after "بعد" right before it."""
        if not (cue - 3 >= lo and self.norms[cue - 1] == "من"):
            return False
        for k in range(cue - 2, max(lo, cue - 5) - 1, -1):
            if self.norms[k].removeprefix("و") in ("بعد", "عقب"):
                return any(self.norms[j] in _SPAN_UNITS for j in range(k + 1, cue - 1))
        return False

    def regional_body(self, cue: int, hi: int) -> dict[str, Any] | None:
        """The regional council named as the subject right after an approval's cue (within three words: "أقر مجلس
        السلم والأمن التابع للاتحاد الأفريقي الاتفاق", "بعد إقرار مجلس السلم والأمن الأفريقي له"), as
        :data:`_REGIONAL_BODIES` names them; None when none is."""
        for k in range(cue + 1, min(hi, cue + 4)):
            for words, body in _REGIONAL_BODIES:
                if tuple(self.norms[k:k + len(words)]) == words:
                    return dict(body, entity_id=None, body=True)
        return None

    def named_by_topic(self, cue: int, hi: int, nouns: list[int]) -> list[int]:
        """The agreement noun after the talks at ``cue`` whose name begins with the subject the talks are told on
        ("المفاوضات الثلاثية بين ... بشأن تقاسم مياه نهر الفرات" and, later in the sentence, "مشروع اتفاقية تقاسم
        مياه نهر الفرات"): at least two words the same, in order, right after «حول» or «بشأن» (within six words of
        the talks) and right after the agreement noun; [] when none is."""
        about = next((k for k in range(cue + 1, min(hi, cue + 7)) if self.norms[k] in _ABOUT
                      or self.norms[k] in ("بشان", "حول")), None)
        if about is None or about + 2 >= hi:
            return []
        topic = [self.norms[k] for k in range(about + 1, min(hi, about + 4))]
        if not all(w[:1].isalpha() for w in topic[:2]) or topic[0] in _FUNCTION:
            return []
        for n in nouns:
            if n <= about + 2 or n - about > 45 or n + 2 >= hi:
                continue
            if [self.norms[n + 1], self.norms[n + 2]] == topic[:2]:
                return [n]
        return []

    def talks_ended(self, lo: int, cue: int) -> bool:
        """Whether the talks at ``cue`` are the object of a verb that ends them, in their clause ("أنهيا أمس
        الأربعاء المفاوضات"; not a round: "اختتمت جولة من المفاوضات")."""
        if not self.norms[cue].startswith(("ال", "وال")) and cue + 1 not in self.nouns_set:
            return False  # (the talks named by their agreement: "أنهى الوفدان مفاوضات اتفاقية ...")
        k, words = cue - 1, 0
        while k >= lo and words < 12:
            n = self.norms[k]
            if n == "،":
                # a time or place set aside between commas: "أنهى وفدا الكويت وأوغندا، أمس الأربعاء في كمبالا،
                # مفاوضات اتفاقية ..."
                opening = next((j for j in range(k - 1, max(lo, k - 12) - 1, -1) if self.norms[j] == "،"), None)
                if opening is None or self.aside_after(opening, cue) != k + 1 or not any(
                        self.in_time(j) for j in range(opening + 1, k)):
                    return False
                k = opening - 1
                continue
            if not n[:1].isalnum() or "جول" in n:
                return False
            if n.lstrip("وف") in _END_TALKS:
                return not (k > lo and self.norms[k - 1].lstrip("وف") in _NEGATIONS) and not self.failed(cue)
            k, words = k - 1, words + 1
        return False

    def still_to_come(self, cue: int) -> bool:
        """Whether the sentence of a step told after «قبل» says it is still to come: a future or present verb, a
        condition, "المرتقب/المقرر", "لم يتم بعد"."""
        lo, end = self.sentence_of(cue)
        for k in range(lo, end):
            n = self.norms[k]
            bare = n[1:] if n[:1] in ("و", "ف") and len(n) > 3 else n
            future = bare[:1] == "س" and bare[1:2] in ("ي", "ت") and len(bare) >= 4
            if has_word(n, _TO_COME) or bare in _PRESENT or future or (
                    bare in ("لم", "لما") and k + 1 < end and self.norms[k + 1] in ("يتم", "يجر", "يحن")):
                return True
        return False

    def past_frame(self, cue: int) -> bool:
        """Whether the sentence of a step sets it in the past ("أمس", "الماضي")."""
        lo, end = self.sentence_of(cue)
        return any(self.norms[k].lstrip("و") in _PAST_WORDS for k in range(lo, end))

    def failed(self, cue: int) -> bool:
        """Whether the clause after ended talks tells they failed: "دون التوصل إلى نتيجة", "بلا نتيجة", "بالفشل"."""
        end = self.sentence_of(cue)[1]
        for k in range(cue + 1, end):
            n, nxt = self.norms[k], self.norms[k + 1] if k + 1 < end else ""
            if has_word(n, _FAILED) or n.lstrip("و") in ("دون", "بدون", "بلا") and (
                    has_word(nxt, _FAILED_AFTER) or nxt.lstrip("ا") in ("اتفاق", "نتيجه")):
                return True
        return False

    def object_after(self, cue: int, hi: int, nouns: list[int], direct: bool = False) -> int | None:
        """The agreement noun a verb cue governs through على past a long subject ("صادق مجلس ... اليوم على
        معاهدة"): the first على of the clause, with the noun right after it (or after a quotation mark).  With
        ``direct`` (a verb that signs or concludes) also its direct object past a long subject, a time and a place
        ("وقّع ولي العهد ... ورئيس الوزراء ... مساء اليوم في قصر اليمامة اتفاقية ..."): the first agreement noun of
        the clause, no comma, relative pronoun or preposition before it."""
        plain = direct
        past_time = cue  # the comma that closes a time set aside after the subject
        for k in range(cue + 1, min(hi, cue + 32)):  # (a Hijri day and its Gregorian one may be set aside)
            n = self.norms[k]
            if k <= past_time:
                continue
            if plain and n in ("،", ","):
                close = next((x for x in range(k + 1, min(hi, k + 16)) if self.norms[x] in ("،", ",", ".", "؛")), None)
                if close is not None and self.norms[close] in ("،", ",") and self.time_aside(k, close) == k:
                    # "وقعت مصر وتونس، أمس الثلاثاء، بمقر وزارة الخارجية في القاهرة اتفاقية ...": the day set
                    # aside between commas, then the place and the object
                    past_time = close
                    if close + 1 < hi and self.norms[close + 1] == "في":
                        # "...، أمس الثلاثاء، في قصر بيان، اتفاقية ...": the place set aside too, whatever its
                        # name says ("بيان" is also a statement), then the object
                        end = next((x for x in range(close + 2, min(hi, close + 9)) if not self.norms[x][:1].isalnum()),
                                   None)
                        if end is not None and self.norms[end] in ("،", ",") and end + 1 in nouns \
                                and not self.norms[end + 1].startswith(("ب", "ل", "ك")) \
                                and not any(_CUES.get(self.stemmed[x]) or self.norms[x] in _RELATIVE
                                            for x in range(close + 2, end)):
                            return end + 1
                    continue
                if k + 1 in nouns and not self.norms[k + 1].startswith(("ب", "ل", "ك")) \
                        and (opening := self.place_aside(cue, k)) is not None and opening == past_time > cue:
                    # "وقعت جمهورية العراق وجمهورية كازاخستان، أمس الأربعاء، في بغداد، الاتفاقية ...": the place
                    # set aside after the day, then the object
                    return k + 1
                # a phrase between two commas, then the agreement: "أقرت الجمعية الاتحادية، في تصويت نهائي لمجلسيها
                # اليوم الجمعة، حزمة الاتفاقات"
                session = self.session_aside(k, hi)
                close = next((x for x in range(k + 1, min(hi, k + (15 if session else 11)))
                              if self.norms[x] in ("،", ",", ".", "؛")), None)
                if close is not None and close + 2 < hi and self.norms[close + 1] in _PACKAGE and close + 2 in nouns:
                    close += 1  # "حزمة الاتفاقات": the package is the agreements
                if close is not None and self.norms[close] in ("،", ",") and close + 1 < hi and close + 1 not in nouns \
                        and _stem_of(self.norms[close + 1]) == "مشروع" and not any(
                            _CUES.get(self.stemmed[x]) or self.norms[x] in _RELATIVE for x in range(k + 1, close)
                        if not session):
                    # "أقر مجلس النواب، في جلسته أمس، مشروع القانون الرامي إلى الإجازة للحكومة إبرام اتفاقية ...": the
                    # bill of the agreement past the phrase
                    j = self.through(close + 1, hi)
                    if j is not None and j in nouns:
                        return j
                if close is not None and close + 2 < hi and self.norms[close] in ("،", ",") \
                        and self.norms[close + 1] in ("«", "“", '"') and close + 2 in nouns:
                    close += 1  # '، اليوم الثلاثاء بالرباط، "الاتفاقية ..."': the title in quotes past the phrase
                if close is not None and self.norms[close] in ("،", ",", *_PACKAGE, "«", "“", '"') \
                        and close + 1 in nouns and not any(
                        _CUES.get(self.stemmed[x]) or self.norms[x] in _RELATIVE for x in range(k + 1, close)
                        if not session) \
                        and not self.norms[close + 1].startswith(("ب", "ل", "ك")):
                    return close + 1
            if n in ("،", ",") or n in _RELATIVE or n in _THAT or n in _THAT_CLAUSE:
                plain = False  # another clause or an apposition: no object of the verb past it
            quoted = self.norms[k - 1] in ("«", "“", '"') and k - 2 > cue and self.norms[k - 2] not in _PREPOSITIONS \
                and self.norms[k - 2] not in _FUNCTION  # a title in quotes, the verb's object ('ينبع "البروتوكول')
            if plain and k in nouns and not n.startswith(("ب", "ل", "ك")) and self.norms[k - 1] not in _PREPOSITIONS \
                    and self.norms[k - 1] not in _FUNCTION and (self.norms[k - 1] not in ("«", "“", '"') or quoted) \
                    and not self.norms[k - 1].startswith("ل") and self.subject_named(cue + 1, k):
                return k  # (not what another object is for: "وقعا بروتوكولا لتمديد معاهدة ...")
            if plain and (n in _OTHER_OBJECTS or n[:1] in ("ي", "ت") and len(n) >= 4 and n not in _OFFICES
                          and not self.text[self.toks[k].start:self.toks[k].end].endswith("ة")
                          and not any(m.start <= self.starts[k] < m.end for m in self.mentions)):
                plain = False  # another object or a verb: "وقع الوزيران مذكرة تفاهم تسبق الاتفاقية"
            if plain and len(n) >= 4 and n.endswith("ا") and n not in _OFFICES and n not in _AMONG_THEM \
                    and _no_adverb(n) and self.norms[k - 1] not in _PLACE_BEFORE | _CITY_WORDS and not any(
                    m.label in ("PER", "LOC") and m.start <= self.starts[k] < m.end for m in self.mentions):
                # (not a person or a place: "في العاصمة أستانا", "في فيينا")
                plain = False  # an indefinite object of its own: "وقعا بروتوكولا", "وقع مرسوما", "وقعت عقدا"
            if n in (".", "؛", ":", "؟", "!") or n in _SPEECH or _CUES.get(self.stemmed[k]) and \
                    self.stemmed[k] not in _MASDAR:
                return None  # (another verb of a step; talks told on the way are not: "وقع ... بعد محادثات ... على")
            if n in ("علي", "على"):
                j = self.through(k + 1, hi)
                if j in nouns:
                    return j
                if j is not None and j + 2 < hi and self.norms[j + 1] in _BY_RATIFYING \
                        and self.norms[j + 2] in ("على", "علي") and (to := self.through(j + 3, hi)) in nouns:
                    return to  # "على مشروع القانون المتضمن الترخيص بالمصادقة على اتفاقية ...": the bill's agreement
                if not (plain and k > cue + 1 and self.overlooking(k - 1)):
                    return None
                continue  # "وقّعت سبع دول مطلة على البحر الأحمر ... البروتوكول": على of the subject's participle
            if n in _TEXT:
                # "أبرمت أرمينيا وأذربيجان مساء أمس في البيت الأبيض نص «اتفاقية ...»": the text of the agreement
                j = k + 1
                while j < hi and (self.norms[j] in ("«", "“", '"') or self.norms[j] in _TEXT_OF):
                    j += 1
                return j if j in nouns else None
        return None

    def aside_names(self, cue: int, noun: int, hi: int, nouns: list[int]) -> bool:
        """Whether the agreement noun at ``noun`` is told inside an aside on the session, after the verb at ``cue``,
        and the verb's object comes past the aside and is another thing ("أقر مجلس الشعب، في جلسته التي ناقش فيها
        الاتفاقية الأمنية، الموازنة العامة"): the agreement was only discussed there."""
        if noun <= cue:
            return False
        opening = next((k for k in range(cue + 1, noun) if self.norms[k] in ("،", ",")), None)
        if opening is None or not self.session_aside(opening, hi) \
                or not any(self.norms[x] in _RELATIVE for x in range(opening + 1, noun)):
            return False
        close = next((x for x in range(noun + 1, min(hi, noun + 12)) if self.norms[x] in ("،", ",", ".", "؛")), None)
        return close is not None and self.norms[close] in ("،", ",") and close + 1 < hi and close + 1 not in nouns \
            and self.norms[close + 1][:1].isalpha() and self.norms[close + 1][:1] not in ("و", "ف") \
            and _stem_of(self.norms[close + 1]) != "مشروع"

    def argued(self, lo: int, cue: int, hi: int) -> bool:
        """Whether the step at ``cue`` is told in the main clause of a sentence that opens by setting something aside
        ("وبغض النظر عن ...، فإن الاتفاق دخل حيز التطبيق بشكله النهائي", "ومهما قيل ...، فإن"), with no day or time
        word after its "فإن": a writer's argument that the agreement holds, not news of a step taken."""
        words = [w.lstrip("و") for w in self.norms[lo:min(cue, lo + 3)]]
        aside = words[:2] in (["بغض", "النظر"], ["بصرف", "النظر"]) or words[:1] in (["مهما"], ["سواء"]) \
            or words[:2] in (["ايا", "كان"], ["ايا", "كانت"])
        then = next((k for k in range(lo, cue) if self.norms[k].lstrip("و") == "فان"), None)
        return aside and then is not None and not any(
            self.norms[k][:1].isdigit() or self.norms[k] in _NEWS_TIMES for k in range(then, hi))

    def other_object(self, cue: int, noun: int, hi: int) -> bool:
        """Whether the cue at ``cue`` takes another thing as its object with على, right after it or its subject, and
        the agreement noun at ``noun`` lies past the end of that clause ("قال إن توقيع الرئيس على قانون الضرائب كان
        خطأ، والآن يعارض الاتفاق"): another signing or approval, not one of the agreement."""
        if noun <= cue:
            return False
        on = next((k for k in range(cue + 1, min(noun, cue + 4)) if self.norms[k] in ("على", "علي")), None)
        if on is None or on + 1 >= noun or on + 1 in self.nouns_set or not self.norms[on + 1][:1].isalpha() \
                or self.norms[on + 1].lstrip("و") in _NOT_OBJECTS \
                or self.norms[on + 1].lstrip("و").removeprefix("ال") in _DRAFT_WORDS:
            return False  # ("وقع على هامش القمة، الاتفاقية": where, not what; "على مشروع الاتفاقية")
        return any(self.norms[k] in ("،", ",", ".", "؛", ":") for k in range(on + 2, noun))

    def session_aside(self, comma: int, hi: int) -> bool:
        """Whether the phrase after the comma at ``comma`` tells the session a body acted in ("أقر مجلس الشعب، في
        جلسته التي عقدها أمس برئاسة رئيس المجلس، الاتفاقية"; "في جلسة عقدها ببورتسودان"; "في دورته الاستثنائية"):
        a relative or the verb of the meeting in it governs nothing of the agreement, so the object lies past it."""
        j = comma + 1
        if j + 1 >= hi or self.norms[j].removeprefix("و") not in ("في", "خلال"):
            return False
        n = self.norms[j + 1]
        return n in _SESSIONS or _stem_of(n) in _SESSIONS or n.startswith(("دورت", "دوره", "جلست"))

    def overlooking(self, k: int) -> bool:
        """Whether the word at ``k`` is a participle describing the subject that takes على ("دول مطلة على البحر",
        "المشاطئة على", "المطلة")."""
        return self.norms[k].removeprefix("ال") in ("مطله", "مطلين", "مطلان", "المطله", "مشاطئه", "واقعه", "مطل")

    def not_done(self, lo: int, cue: int) -> bool:
        """Whether a negation governs the step through an auxiliary or a time word: "لم يتم حتى الآن توقيع",
        "لم يجر بعد التصديق" (a negation right before the cue is read in :meth:`modality`)."""
        if cue - 1 > lo and self.norms[cue - 1] in ("قد", "وقد"):
            # the pluperfect negated, its subject between: "ولم يكن برلمان جنوب السودان قد صادق على الاتفاقية", "إذ لم
            # يكن البلدان قد أبرما من قبل اتفاقا" (a step never taken)
            for k in range(cue - 2, max(lo, cue - 9) - 1, -1):
                n = self.norms[k]
                if not n[:1].isalnum() or n in _RELATIVE or n in _THAT or n in _THAT_CLAUSE:
                    break
                if n.lstrip("وف") in _WAS_JUSSIVE:
                    return k > lo and self.norms[k - 1].lstrip("وف") == "لم"
        for k in range(cue - 1, max(lo, cue - 6) - 1, -1):
            n = self.norms[k]
            if not n[:1].isalnum():
                return False
            if n.lstrip("وف") in ("لم", "لن", "لا") and any(
                    self.norms[j] in _AGREEING_BEFORE or self.norms[j].lstrip("و") in ("يجر", "يجري", "تجر", "تجري")
                    for j in range(k + 1, cue)):
                return True
        return False

    def denied(self, lo: int, cue: int) -> bool:
        """Whether the step at ``cue`` is denied or called a rumour: a denial before it in its clause, not itself
        negated ("نفى المتحدث ما تداولته مواقع إخبارية عن توقيع اتفاق", "نفت أن تكون انسحبت", "شائعات عن توقيع";
        not "لم ينف توقيع", nor a step told after the denial in a statement of its own: "نفى ...، مؤكدا أن البلدين
        وقعا"), or reports of it judged untrue after it ("الأنباء عن توقيع اتفاق ... عارية عن الصحة")."""
        hi = self.sentence_of(cue)[1]
        reports = False
        for k in range(cue - 1, max(lo, cue - 20) - 1, -1):
            n = self.norms[k]
            bare = n[1:] if n[:1] in ("و", "ف") and len(n) > 3 else n
            if n in _STRONG or n in _AFFIRM or bare in _AFFIRM or n in _SPEECH or bare in _SPEECH:
                break
            if n in _DENY or bare in _DENY:
                noun = self.stemmed[cue] in _MASDAR | {"توقيع", "التوقيع"} or self.norms[cue] == "حيز"
                if n in _RUMOUR or bare in _RUMOUR:
                    # rumours of the step ("شائعات عن توقيع"), not rumours as a topic ("ندوة عن مكافحة الشائعات")
                    if not (noun and self.norms[cue - 1] in _ABOUT_STEP and cue - 1 > k):
                        return False
                elif not noun and not any(self.norms[j] in _THAT_CLAUSE for j in range(k + 1, min(cue, k + 13))
                                          if "،" not in self.norms[k + 1:j] and not any(
                                              has_word(w, _REPORTS) for w in self.norms[k + 1:j])):
                    # a step told by a verb is denied through "أن" after the denial and its subject, however long
                    # ("نفت أن تكون انسحبت", "نفى المتحدث باسم ... فلان اليوم أن تكون ... توصلت"),
                    # not in a clause of its own ("نفت الشائعات عن خلافات، وقعت مصر", "بيان نفت فيه أنباء عن
                    # خلافات إن البلدين وقعا", "كذب الواقع التوقعات إذ وقعت")
                    return False
                before = self.norms[k - 1].lstrip("وف") if k > lo else ""
                return before not in _NEGATIONS
            reports = reports or n in _REPORTS or bare in _REPORTS
        if self.denied_after(cue, hi):
            return True
        if not reports:
            return False
        for k in range(cue + 1, min(hi, cue + 25)):
            n = self.norms[k]
            if n in _STRONG or n in _AFFIRM:
                return False
            if n in _UNTRUE or n in _TRUTH and k > 0 and self.norms[k - 1].lstrip("و") in _DENY_NEG | {"من", "عن"}:
                return True
        return False

    def predicate_negated(self, lo: int, cue: int) -> bool:
        """Whether the verbal noun at ``cue`` is the subject of a negated predicate right after it and its object
        ("التوقيع عليها ليس وشيكا", "المصادقة على الاتفاقية لم تتم"); not a step recalled
        before the negation ("بعد التوقيع عليها لم يعد ..."), nor one done ("تم التوقيع")."""
        if cue > lo and (self.norms[cue - 1].lstrip("و") in _RECALLED_BEFORE or self.norms[cue - 1] in _DONE_BEFORE):
            return False
        hi = self.sentence_of(cue)[1]
        k = cue + 1
        if k < hi and self.norms[k] in ("عليه", "عليها", "عليهما"):
            k += 1
        elif k + 1 < hi and self.norms[k] in ("على", "علي") and k + 1 in self.nouns_set:
            k = self.name_at(k + 1, hi)[2] + 1  # past the agreement's name
        return k < hi and self.norms[k].lstrip("و") in ("ليس", "ليست", "لم", "لن")  # (not غير: "محادثات غير
        # مباشرة" are indirect talks)

    def denied_after(self, cue: int, hi: int) -> bool:
        """Whether the clause of the step at ``cue`` is what a relative clause after it denies: "تحدثت تقارير عن إيداع
        الكويت وثيقتها، وهو ما نفته مصادر في الجامعة", "أنباء عن توقيع معاهدة سلام، وهو ما نفاه مسؤول" (no other
        step told by a verb between; "وهو ما أكده" is no denial)."""
        for k in range(cue + 1, min(hi - 2, cue + 20)):
            n = self.norms[k]
            if n in _STRONG or _CUES.get(self.stemmed[k]) and not _verbal_noun(n) or n in _AFFIRM:
                return False  # (another step told by a verb; a verbal noun is the same step's: "إيداع ... تصديقها")
            if n in _WHICH_WAS and self.norms[k + 1] == "ما":
                d = self.norms[k + 2]
                return _word_in(d, _DENY) or d.startswith("نفا") and len(d) <= 6  # ("نفته", "نفاه", "نفاها")
        return False

    def procedures_done(self, lo: int, cue: int) -> bool:
        """Whether the verbal noun at ``cue`` is what procedures were completed for ("أبلغت نواكشوط باستكمال
        إجراءاتها الداخلية للمصادقة على الاتفاقية"): a ratification told as done, not procedures begun."""
        at = next((k for k in range(cue - 1, max(lo, cue - 3) - 1, -1)
                   if self.norms[k].startswith(("اجراء", "الاجراء"))), None)
        if at is None or at <= lo or self.norms[at - 1].lstrip("و") not in _COMPLETED:
            return False
        if self.norms[at - 1].lstrip("و") in _COMPLETED_VERBS:
            return not any(self.norms[k].lstrip("وف") in _NEGATIONS for k in range(max(lo, at - 3), at - 1))
        # a noun: completed as a notice or an announcement tells ("أبلغت ... باستكمال"), not after or until it is
        # ("بعد استكمال إجراءات التصديق", "ريثما تستكمل"), nor announced as to come or not done ("أعلنت أنها ستبدأ
        # قريبا استكمال إجراءات المصادقة", "أعلنت أنها لم تبدأ استكمال ...")
        told = next((k for k in range(at - 2, max(lo, at - 10) - 1, -1) if self.norms[k].lstrip("و") in _NOTIFY),
                    None)
        return told is not None and not any(
            self.norms[j].lstrip("وف") in _NEGATIONS or self.norms[j].lstrip("و") in _FUTURE
            or self.norms[j].lstrip("و") in _TO_COME or self.future_verb(j) for j in range(told + 1, at - 1))

    def notifier(self, lo: int, cue: int) -> dict[str, Any] | None:
        """The state that notifies the completion of its procedures for the step at ``cue`` (see procedures_done):
        the country before the verb in its clause ("وكانت إسبانيا قد أبلغت نواكشوط"), else the one right after it
        ("أبلغت تونس الجزائر")."""
        if not self.procedures_done(lo, cue):
            return None
        verb = next((k for k in range(cue - 1, lo - 1, -1) if self.norms[k].lstrip("و") in _NOTIFY
                     | _COMPLETED_VERBS), None)
        if verb is None:
            return None
        for k in (*range(verb - 1, max(lo, verb - 5) - 1, -1), verb + 1):
            found = [c for c in self.country_at(k) if c.get("name_en")]
            if found:
                return found[0]
        return None

    def put_off_after(self, cue: int) -> bool:
        """Whether the verbal noun at ``cue`` is the subject of a verb that puts it off or calls it off, later in
        its sentence ("أن توقيع الاتفاقية بين البلدين، الذي كان مقرراً أمس، قد أُرجئ إلى موعد لاحق"), not a step
        told after one put off ("بعد أن تأجل")."""
        hi = self.sentence_of(cue)[1]
        for k in range(cue + 1, min(hi, cue + 30)):
            n = self.norms[k]
            if n in (".", "؛", "؟", "!") or _CUES.get(self.stemmed[k]) and k > cue + 1 and not n.startswith("ال"):
                return False
            if n.lstrip("وف") in _PUT_OFF:
                return self.norms[k - 1].lstrip("وف") not in ("ان", "أن", "بعد", "عندما", "لما", "من")  # ("من أجل")
        return False

    def notice_of(self, lo: int, cue: int) -> dict[str, Any] | None:
        """The state that notifies another of its own withdrawal or suspension at ``cue``, a verbal noun with ب and
        its pronoun ("أخطرت النيجر فرنسا رسمياً، يوم الثلاثاء، بانسحابها من الاتفاقية"): the country before the
        notifying verb in its clause ("وكانت النيجر قد أبلغت فرنسا"), else the first one right after it."""
        if not (self.norms[cue].startswith("ب") and self.norms[cue].endswith(_PRONOUN_SUFFIX)):
            return None
        verb = None
        for k in range(cue - 1, max(lo, cue - 16) - 1, -1):
            if self.norms[k] in (".", "؛", ":", "؟", "!") or self.norms[k] in _THAT:
                return None
            if self.norms[k].lstrip("و") in _NOTICE_VERBS:
                verb = k
                break
        if verb is None or verb > lo and self.norms[verb - 1].lstrip("وف") in _NEGATIONS:
            return None
        for k in (*range(verb - 1, max(lo, verb - 4) - 1, -1), verb + 1):  # (not the state notified after it)
            if k >= cue:
                break
            found = [c for c in self.country_at(k) if c.get("name_en")]
            if found:
                return found[0]
        return None

    def claimed(self, lo: int, cue: int) -> bool:
        """Whether the step at ``cue`` is only what someone claims: a verb of claiming and "أن" before it in its
        clause ("زعمت مواقع معارضة أن الحكومة جمدت العمل بالاتفاق", "ادعى حساب أن البلدين وقعا"), not a claim as a
        topic told after the step."""
        that = False
        for k in range(cue - 1, max(lo, cue - 14) - 1, -1):
            n = self.norms[k]
            if n in _STRONG or n in _AFFIRM:
                return False
            that = that or n in _COMPLEMENT
            if that and (n in _CLAIM or n[:1] in ("و", "ف") and n[1:] in _CLAIM):
                return True
        return False

    def recalled(self, lo: int, cue: int) -> bool:
        """Whether the step is recalled rather than reported: a participle ("الاتفاق الموقع"), a relative
        clause ("الذي توصلت إليه"), or a verbal noun after بعد/منذ ("بعد توقيع الاتفاق")."""
        if self.norms[cue] in _PARTICIPLES:
            return True
        before = self.norms[max(lo, cue - 2):cue]
        return any(w in _RELATIVE for w in before) or (
            self.stemmed[cue] in _MASDAR or self.norms[cue] in ("توقيع", "التوقيع")) and any(
            self.norms[j] in _RECALLED_BEFORE and not (self.norms[j] == "بعد" and self.issue_denied(lo, j, 10))
            for j in range(max(lo, cue - 2), cue))

    def background(self, lo: int, cue: int) -> bool:
        """Whether the step is told as background: recalled (see :meth:`recalled`), in the pluperfect ("وكانت
        الحكومتان قد وقعتا", "كان الوزير قد زار ...، ووقع": a verb joined to it shares its time) or in a sentence
        that opens by recalling ("ويذكر أن", "يشار إلى أن", "تجدر الإشارة إلى أن").  Such a step happened before
        the report: it takes the date its sentence gives, or none of the report's days."""
        if self.recalled(lo, cue):
            return True
        head = [w.lstrip("و") for w in self.norms[lo:min(cue, lo + 4)]]
        if len(head) > 1 and head[0] in _RECALLS and head[1] in ("ان", "انه", "انها", "الي") \
                or head[:2] == ["تجدر", "الاشاره"]:
            return True
        for k in range(cue - 1, max(lo, cue - 30) - 1, -1):
            if self.norms[k] in _STRONG or self.norms[k] in _COMPLEMENT:
                return False  # (not a step inside what a pluperfect verb said: "كان قد أعلن أن البلدين سيوقعان")
            if self.norms[k] in ("قد", "وقد") and any(self.norms[j].lstrip("وف") in _WAS
                                                     for j in range(max(lo, k - 4), k)):
                return True
        return False

    def told_as_aside(self, lo: int, end: int) -> bool:
        """Whether a step told as background (see :meth:`background`) and not recalled (see :meth:`recalled`) is
        told as part of the report's own ceremony: a word of the same occasion ("في ختام المباحثات", "على هامش",
        "أيضا", "كذلك") from the sentence's start up to the agreement's noun at ``end``, after a recall opener
        ("ويذكر أن الوزيرين وقعا أيضا اتفاقية") as in the pluperfect of style ("وكان سموه قد وقع كذلك ...")."""
        return any(w.lstrip("و") in _SAME_OCCASION for w in self.norms[lo:end + 1])

    def signing_named(self, lo: int, cue: int) -> bool:
        """Whether the cue at ``cue`` is a signing's verbal noun listed after a comma ("،  وتوقيع") with nothing
        before it that makes it an event of the report's days ("تم توقيع", "جرت مراسم توقيع", "أعلن عن توقيع"): a
        signing named among past events ("كانت هناك أحداث الحرب ...، وتوقيع اتفاقية كامب ديفيد، والنزاعات ..."),
        whose date the sentence does not give; the report's day is not it.  ("أكدت مصادر توقيع اتفاقية" and "جرى
        ...، التوقيع على اتفاقية" report a signing: they keep the report's day.)"""
        if self.stemmed[cue] not in ("توقيع", "التوقيع") or not self.norms[cue].startswith("و") or cue <= lo \
                or self.norms[cue - 1] != "،" and not self.told_years_ago(lo, cue):
            return False
        return not any(w in _WITNESSED for w in self.norms[max(lo, cue - 6):cue])

    def told_years_ago(self, lo: int, cue: int) -> bool:
        """Whether the sentence, before ``cue``, tells of a year two or more before the report's ("اجتياح إسرائيل
        للبنان عام 1982، ... وتكللت جهوده بالنجاح وتوقيع اتفاقية الطائف"): a signing joined to it by "و" is named
        in that story of the past, not reported."""
        year = int(self.anchor[:4]) if self.anchor and self.anchor[:4].isdigit() else None
        return year is not None and any(_YEAR.match(w) and int(w) <= year - 2 for w in self.norms[lo:cue])

    def vague_past(self, lo: int, hi: int, cue: int) -> bool:
        """Whether the step's clause says it was taken some time ago without a number ("توصلت إيران والغرب قبل
        أيام إلى اتفاق", "قبل عدة أشهر"): it happened by the report's day, not on it (not "قبل أيام من": days
        before something else), within the step's own clause: not in one of another event that opens after it ("وقّع
        البلدان اليوم اتفاقية، بعد أن تبادلا الزيارات قبل أشهر": the visits were months ago, the signing today)."""
        for k in range(max(lo, cue - 8), min(hi - 1, cue + 8)):
            if self.norms[k].lstrip("و") != "قبل":
                continue
            if any(self.norms[j] in _THAT and self.norms[j - 1].lstrip("و") in _RECALLED_BEFORE
                   or self.norms[j] in ("ثم", "وثم", "وان", "وانه", "وانها", "وبان")
                   for j in range(min(k, cue) + 1, max(k, cue) + 1)):
                continue  # (a clause of another event between the step's cue and "قبل")
            j = k + 1 + (self.norms[k + 1] in _VAGUE_FEW)
            if j < hi and self.norms[j] in _VAGUE_UNITS and not (j + 1 < hi and self.norms[j + 1] == "من"):
                return True
        return False

    def quoted(self, pos: int, sent_start: int) -> bool:
        """Whether the character at ``pos`` lies inside a quotation opened in its sentence («...», “...”), and
        not in the reporter's aside within it ("«تشاورا بعد ظهر (أمس)»": the report's yesterday)."""
        before = self.text[sent_start:pos]
        if before.count("(") > before.count(")"):
            return False
        return before.count("«") > before.count("»") or before.count("“") > before.count("”")

    def said_at(self, t: Span) -> bool:
        """Whether the time expression ``t`` dates a saying ("وقال أمس الخميس", "أكد الوزير اليوم الجمعة أن"):
        when someone spoke, not when the step the speaker recalls was taken."""
        k = bisect.bisect_right(self.starts, t.start) - 1
        after = bisect.bisect_left(self.starts, t.end)
        return any(self.norms[j] in _SPEECH or self.norms[j] in _STATEMENT for j in range(max(0, k - 2), k)) or (
            after < len(self.norms) and self.norms[after] in ("ان", "بان", "انه", "انها", "بانه", "بانها")) or (
            after + 1 < len(self.norms) and self.norms[after] in ("،", ",")  # ("اعتبر ظريف، أمس، أن")
            and self.norms[after + 1] in ("ان", "بان", "انه", "انها", "بانه", "بانها"))

    def dateline(self, t: Span) -> bool:
        """Whether the time expression ``t`` is the date of a dateline: "المدينة - 29 يناير (وكالة) -" at the head of
        a sentence."""
        k = bisect.bisect_right(self.starts, t.start) - 1
        lo, _hi = self.sentence_of(k)
        head = self.norms[lo:k]
        after = self.norms[bisect.bisect_left(self.starts, t.end):bisect.bisect_left(self.starts, t.end) + 6]
        return len(head) <= 4 and "-" in head and ("-" in after or "(" in after[:1])

    def barrier(self, pos: int, offset: int) -> bool:
        """Whether a clause opens between the character offsets ``pos`` and ``offset`` (after it): a comma, a relative
        pronoun, "بعد أن"."""
        ks = range(bisect.bisect_left(self.starts, pos), bisect.bisect_left(self.starts, offset))
        return any(self.norms[k] in ("،", ",", "بعد", "وبعد", "عقب", "اثر", "إثر") or self.norms[k] in _RELATIVE
                   for k in ks)

    @staticmethod
    def beyond(pos: int, offset: int, cues: tuple[int, ...]) -> bool:
        """Whether another step's cue stands between a step's cue (at ``offset``) and a date (at ``pos``)."""
        return any(min(pos, offset) < c < max(pos, offset) for c in cues)

    def since(self, k: int) -> bool:
        """Whether a time told from token ``k`` is the start of a span ("منذ مارس الماضي", "منذ بداية أبريل"):
        what goes on since then, not the day of a step (not "منذ توقيعها عام 2019": the signing's own year)."""
        return self.norms[k].lstrip("و") == "منذ" or k > 0 and self.norms[k - 1].lstrip("و") == "منذ" or k > 1 \
            and self.norms[k - 2].lstrip("و") == "منذ" and self.norms[k - 1] in _SPAN_EDGES

    def city_title_year(self, t: Span) -> bool:
        """Whether the time ``t`` is the year that closes an agreement's name after its city ("اتفاقية الدوحة لعام
        2025", "(اتفاق باريس لسنة 2015)"): the year it was made, not the day of a step told beside it."""
        k = bisect.bisect_right(self.starts, t.start) - 1
        if k >= 0 and self.norms[k] not in ("لعام", "لسنه"):
            k -= 1
        if k < 2 or self.norms[k] not in ("لعام", "لسنه"):
            return False
        return any(_treaty_noun(self.norms[n]) and self.names_city(n, n + 1)
                   and max(n + 1, self.mention_end_tok(n + 1)) == k - 1 for n in range(k - 2, max(-1, k - 5), -1))

    def date_near(self, start: int, end: int, offset: int, done: bool, sent_start: int | None = None,
                  other_cues: tuple[int, ...] = (), recalled: bool = False, cited: tuple[int, int] | None = None
                  ) -> tuple[str | None, str]:
        if not self.titles_read:
            self.titles_read = True
            self.reach_titles()
        inside = [t for t in self.timex if t.start >= start and t.start < end and not self.numbers_a_decree(t)
                  and not (cited and cited[0] <= t.start < cited[1])  # (not a cited decision's date)
                  and not any(a <= t.start < b for a, b in self.title_years)  # (nor a title's year)
                  and not self.city_title_year(t)]
        # (one that starts near the step; not the year in a decree's number: "المرسوم رقم (71) لسنة 2026")
        heard = len(inside)
        if sent_start is not None:
            # "«يوم الاثنين (الذي أجاز فيه مجلس الأمن الاتفاق) ...»": a weekday or "أمس" in a quotation counts
            # from the day the speaker spoke, which the report does not give; a date written out still holds
            inside = [t for t in inside if not (self.quoted(t.start, sent_start) and not any(
                c.isdigit() for c in str(t.data.get("text") or "")))]
        # a date told before the clause that holds the step ("دخلت ... اليوم، بعد أن صادقت عليها ... في يوليو", "أيد
        # المجلس اليوم الاتفاق الذي توصلا إليه في 14 مارس") is another step's when the step's clause has its own
        # ... and the dateline's day ("نيقوسيا - 29 يناير (وكالة) - صادق المجلس مساء أمس") is the report's
        # (a date told right after another step's cue, before this one, is that step's: "بعد أن أقرها مجلس النواب في
        # 12 مايو، ووافق عليها مجلس الأعيان في جلسته التي عقدها في 26 مايو" — one after the cue comes first)
        for t in sorted(inside, key=lambda t: (t.start < offset and self.barrier(t.end, offset),
                                               t.start < offset and any(c < t.start for c in other_cues),
                                               self.dateline(t), abs(t.start - offset))):
            if self.beyond(t.start, offset, other_cues) or recalled and self.said_at(t) \
                    or self.since(bisect.bisect_right(self.starts, t.start) - 1):
                # "توصلتا إلى اتفاق لإنهاء العقد الموقع عام 2011": the date of another step; "الاتفاق الذي تم
                # التوصل إليه ... وقال أمس": the day of a saying, not of the step recalled; "تلتزمان منذ مارس
                # الماضي باتفاقية ... الموقعة": the start of a span, not the signing's day
                continue
            shift = self.from_event(t, offset)
            if shift is not None:
                if shift:
                    return shift, "timex"
                continue  # "قبل يومين من توقيع الاتفاق" with no day told: not two days before the report
            value = self.fix_year(t, str(t.data.get("value") or self._resolve(t) or ""))
            if not value[:1].isdigit():
                continue
            if done and self.anchor and value[:10] > self.anchor[:len(value[:10])]:
                if not (t.data.get("relative") and t.start > offset and len(value) == 10
                        and value[:4] == self.anchor[:4] and value[:4] not in str(t.data.get("text") or "")
                        and len(self.anchor) >= 10
                        and (_date.fromisoformat(value) - _date.fromisoformat(self.anchor[:10])).days > 31):
                    continue
                # a day and month without a year, months after the report, told after a step taken: last year's
                # ("توصلوا إلى اتفاق ... صباح يوم 24 نوفمبر" in a July report), not the report's day ("سيصوت قبل
                # 17 سبتمبر على الاتفاق الذي وقعته" is another step's day, to come)
                value = f"{int(value[:4]) - 1}{value[4:]}"
            if not done and len(value) == 10 and self.anchor and len(self.anchor) >= 10 and value < self.anchor[:10] \
                    and _bare_weekday(str(t.data.get("text") or "")):
                # a step to come on a weekday named alone ("قد يصادق عليه وزراء المالية الجمعة" in a Monday's report):
                # the coming one, not the one the time tagger reads for news (the Friday before)
                value = (_date.fromisoformat(value) + timedelta(days=7)).isoformat()
            return value, "timex"
        if heard > len(inside):
            return self.anchor, "article"  # the speaker's day, unknown: not a year written for something else
        # a bare year near the step: "وقعتها طهران 1968 وصادقت عليها 1970", "1954 - توقيع اتفاقات جنيف"
        years = [k for k in self.tok_range(start, end) if _YEAR.match(self.norms[k])
                 and not (k > 0 and self.norms[k - 1] in _NUMBERED) and not (
                     k + 1 < len(self.norms) and self.norms[k + 1] in ("م", "-", "/") and k + 2 < len(self.norms)
                     and self.norms[k + 2][:1].isdigit()) and not self.counts_a_noun(k)
                 and not (cited and cited[0] <= self.starts[k] < cited[1])]
        for k in sorted(years, key=lambda k: abs(self.starts[k] - offset)):
            if self.beyond(self.starts[k], offset, other_cues) or self.since(k):
                continue  # "توصلتا إلى اتفاق لإنهاء العقد الموقع عام 2011": the year of the step told nearer it
            if not self.anchor or self.norms[k] <= self.anchor[:4]:
                return self.norms[k], "timex"
        return self.anchor, "article"


def _bare_weekday(text: str) -> bool:
    """Whether a time expression is a weekday alone ("الجمعة", "يوم الخميس"), with no word that places it in a week
    ("الماضي", "المقبل", "أمس") nor a date written out."""
    words = [w.strip("()[]«»\"'،,.") for w in fold(text).split()]
    words = [w for w in words if w and w not in ("يوم", "ويوم")]
    return len(words) == 1 and has_word(words[0], L.WEEKDAYS) and not any(c.isdigit() for c in text)


def _month_keys(text: str) -> list[str]:
    """The month lexicon's keys a time expression's words may be: each word and each pair of words in order."""
    words = [w.strip("()[]«»\"'،,.") for w in _tx.key(text).split()]
    return [f"{a} {b}" for a, b in zip(words, words[1:])] + words


def _names_month(text: str) -> bool:
    """Whether a time expression names a Gregorian month ("يونيو (حزيران) الماضي"; the time tagger reads no Hijri
    month without a year: :meth:`_Article.hijri_months` reads one alone)."""
    return any(w in _tx.GREGORIAN_BY_KEY for w in _month_keys(text))


def _hijri_month(text: str, anchor: str | None) -> str | None:
    """For a time expression naming a Hijri month alone ("رجب الماضي", "شهر شعبان المنصرم"), the Gregorian month
    ("YYYY-MM") that holds the middle of the last such Hijri month whose middle is before the report's day
    (``anchor``); None for anything else (a Gregorian month, a day written out, no report day)."""
    keys = _month_keys(text)
    if not anchor or len(anchor) < 10 or any(c.isdigit() for c in text) or any(
            w in _tx.GREGORIAN_BY_KEY for w in keys):
        return None
    month = next((_tx.HIJRI_BY_KEY[w] for w in keys if w in _tx.HIJRI_BY_KEY), None)  # (pairs first)
    if month is None:
        return None
    day = _date.fromisoformat(anchor[:10])
    year = gregorian_to_hijri_year(day)
    middle = hijri_to_gregorian(year, month, 15)
    if middle >= day:
        middle = hijri_to_gregorian(year - 1, month, 15)
    return middle.isoformat()[:7]


def _runs(ks: list[int]) -> list[list[int]]:
    """Consecutive runs of token indices."""
    out: list[list[int]] = []
    for k in ks:
        if out and out[-1][-1] == k - 1:
            out[-1].append(k)
        else:
            out.append([k])
    return out


def listed_name(name: str | None) -> bool:
    """Whether an agreement's name holds a word of the name list (not only words of its own, read as a name because
    they follow the noun: "اتفاق العالم")."""
    words = fold(name or "").translate({ord(c): " " for c in "«»“”\"„"}).split()
    # (a quoted title: "معاهدة «ستارت الجديدة»"; what it is for, named after its words: "اتفاقية الأمم المتحدة
    # لمكافحة الفساد")
    return any(has_word(w, NAME_WORDS) for w in words[1:]) or any(
        w[:1] == "ل" and w[1:] in _PURPOSE_WORDS and k + 1 < len(words) for k, w in enumerate(words[2:], 2)) or any(
        w in ("بشان", "شان") and words[k + 1] in _PURPOSE_WORDS and k + 2 < len(words)
        for k, w in enumerate(words[1:-1], 1)) or (  # a convention's title: "اتفاقية بشأن حماية التراث الثقافي"
        len(words) > 2 and words[1] in _PURPOSE_WORDS) or (  # or what it is for: "اتفاقية حماية بيانات الركاب";
        # the elimination of a thing: "اتفاقية القضاء على جميع أشكال التمييز ضد المرأة"
        len(words) > 3 and words[1] in ("القضاء", "قضاء") and words[2] in ("على", "علي")) or _agency_titled(name) or (
        # a convention of a reach and what it is for: "الاتفاقية العربية لتنظيم البث"
        len(words) > 3 and words[1] in _REACH_ADJ and words[2][:1] == "ل" and _action_form(words[2][1:]))


def _agency_titled(name: str | None) -> bool:
    """Whether an agreement's name is an organisation's convention with its number or what it bears on ("اتفاقية
    منظمة العمل الدولية رقم 190", "بروتوكول منظمة الصحة العالمية بشأن ..."): a title, not the organisation's deal."""
    words = fold(name or "").split()
    return any(tuple(words[1:1 + len(o)]) == o and len(words) > 1 + len(o) for o in ORG_TITLES)


def _names_no_agreement(text: str) -> bool:
    """Does the folded text hold none of the agreement nouns?  Then no token is one (:func:`_treaty_noun` reads a
    noun in a piece of the word: clitics and a pronoun cut off; a token's folded form is a piece of the folded
    text) and no step can be read — most articles, told without tokenising them or reading each word."""
    if "\x01" in text:
        return False  # (the tokenizer's mark for a deleted character, dropped from the tokens: not a piece then)
    folded = fold(text)
    return not any(n in folded for n in TREATY_NOUNS) and not ("نظام" in folded and "الاساسي" in folded)


# -- an agreement extended, renewed or replaced, and how long it holds (issue 15) -------------------------------

# What an extension reaches through to the agreement: "تمديد العمل بالاتفاقية", "تجديد سريان المعاهدة", "تمديد مدة
# الاتفاق"; a subject or a time may stand between a verb and it ("جددت مصر والسودان أمس العمل بالاتفاق").
_EXTEND_THROUGH = L._w("العمل بالعمل سريان مفعول صلاحية مدة فترة")
_SUBJECTS = L._w("الحكومة حكومة الوزارة وزارة الخارجية الدولتان البلدان")
_EXTEND_ASIDE = L._w("اليوم أمس رسميا مجددا تلقائيا الطرفان الطرفين البلدان البلدين الجانبان الجانبين الحكومتان "
                     "الحكومتين الدولتان الدولتين حكومتا حكومتي")
# A period: a number and a unit of time ("خمس سنوات", "18 شهرا"), a dual ("عامين") or a unit alone ("عاما إضافيا").
PERIOD_UNITS = {fold(w): u for u, ws in (("D", "يوم أيام يوما"), ("W", "أسبوع أسابيع أسبوعا"),
                                           ("M", "شهر أشهر شهور شهرا"), ("Y", "سنة سنوات سنين عام أعوام عاما"))
                 for w in ws.split()}
_PERIOD_DUALS = {fold(w): u for u, ws in (("D", "يومين يومان"), ("W", "أسبوعين أسبوعان"), ("M", "شهرين شهران"),
                                           ("Y", "سنتين عامين سنتان عامان"))
                 for w in ws.split()}
PERIOD_NUMBERS = {fold(w): n for n, ws in ((1, "واحد واحدة أحد إحدى"), (2, "اثنا اثني اثنتا اثنتي اثنين اثنان"),
                                            (3, "ثلاث ثلاثة"), (4, "أربع أربعة"), (5, "خمس خمسة"),
                                            (6, "ست ستة"), (7, "سبع سبعة"), (8, "ثماني ثمان ثمانية"), (9, "تسع تسعة"),
                                            (10, "عشر عشرة"))
                   for w in ws.split()}
# tens ("ستين يوما"), which also follow a unit and "و" ("خمس وعشرون سنة"); "عشر/عشرة" after a unit makes 11-19
PERIOD_TENS = {fold(w): n for n, ws in ((20, "عشرين عشرون"), (30, "ثلاثين ثلاثون"), (40, "أربعين أربعون"),
                                         (50, "خمسين خمسون"), (60, "ستين ستون"), (70, "سبعين سبعون"),
                                         (80, "ثمانين ثمانون"), (90, "تسعين تسعون"))
                for w in ws.split()}
_TEEN = L._w("عشر عشرة")
_FOR_PERIOD = L._w("لمدة مدة مدتها مدته ومدتها ومدته لفترة فترة")
_UNTIL_DAY = L._w("حتى لغاية غاية لحين")
_ANNEX = L._w("ملحق ملحقا الملحق بروتوكول بروتوكولا البروتوكول")  # "ملحق تمديد الاتفاقية"
_PROVIDES = L._w("يقضي يقضى ينص تنص يتضمن يتيح القاضي المتضمن")  # "ملحقا يقضي بتمديد الاتفاقية"
_STIPULATES = L._w("ينص تنص")  # "ينص على تمديد": provides for
_MORE_TIME = L._w("إضافيا إضافية إضافيين إضافيتين أخرى آخر آخرين")
_RENEWABLE = L._w("للتجديد للتمديد")  # "قابلة للتجديد"
_HOLDS = L._w("تمتد وتمتد يمتد تسري وتسري يسري سارية صالحة صالح سارية نافذة")  # "اتفاقية تسري لمدة عشر سنوات"
_FORMER = frozenset(fold(w) for w in "قديم سابق اصلي".split())  # (name words: "الاتفاقية القديمة" names none)
_REPLACE_VERBS = L._w("حل حلت حلا تحل يحل ستحل سيحل لتحل ليحل وتحل ويحل وحلت")
_REPLACED_PAST = L._w("حل حلت حلا")  # a replacement told as done ("حلت محل"), whatever step its sentence tells
# the old one's work stopping ("يتوقف العمل باتفاقية 1987"), a replacement when the new one's taking effect is told
# before it in its sentence ("وبدخول الاتفاقية الجديدة حيز التنفيذ، يتوقف العمل ب...")
_STOP_VERBS = L._w("يتوقف توقف سيتوقف ينتهي انتهى سينتهي")
_TAKES_EFFECT = L._w("حيز نفاذ بنفاذ نفاذها سريان بسريان")
# What opens a clause, so that a bare "مدد" after it is the verb "مدّد" ("، ومدد"), not the plural "مُدد" of a noun
# phrase ("تختلف مدد الاتفاقيات")
_CLAUSE_OPEN = frozenset({".", "،", ",", "؛", ":", "«", '"'}) | L._w("و ف ثم كما قد وقد فقد لقد حيث عندما بعدما "
                                                                     "أن وأن إن بعد وبعد")  # ("بعد أن مدد")
_NOT_SO = L._w("غير ليست ليس لا")


def _feminine(norm: str) -> bool:
    """Whether an agreement noun is feminine ("الاتفاقية", "معاهدة", plurals) rather than masculine ("الاتفاق",
    "ميثاق", "بروتوكول"): whose "مدتها"/"مدته" it is."""
    stem = _stem_of(norm)
    return stem.endswith(("ه", "ة", "ات"))


_RENEWS = L._w("تتجدد يتجدد تجدد يجدد تمدد يمدد تتمدد يتمدد")  # (of an automatic renewal: _renewals)
# what is asked, proposed or wanted, not taken: "تطالب مصر باتفاقية جديدة", "اقترحت اتفاقية جديدة"
_WANT = L._w("تطالب يطالب يطالبان تطالبان طالب طالبت اقترح اقترحت يقترح تقترح اقتراح تريد يريد يريدان أراد أرادت "
             "تبحث يبحث تقترحان تدعو يدعو دعوة مطالبة")
# the past of the reflexive verbs: the agreement "was renewed", "was extended" (its subject before it)
_RENEWED_ITSELF = L._w("تجددت تمددت")
_AUTOMATIC = L._w("تلقائيا تلقائي التلقائي آليا")
_SINCE = L._w("بعد قبل منذ خلال طوال طيلة عقب")  # "بعد ستة أشهر": a time, no period added or held
_STATE_TITLES = L._w("دولة جمهورية المملكة سلطنة إمارة الجمهورية حكومة")  # "مع دولة قطر", "مع جمهورية أرمينيا"
_STATEMENT = L._w("بيان بيانا البيان")  # "جدد البلدان في بيان مشترك الاتفاقية"
_JOINT = L._w("مشترك مشتركا المشترك صادر رسمي")


def _period(art: "_Article", k: int, hi: int) -> tuple[str, int] | None:
    """The period written from token ``k`` ("خمس سنوات" → "P5Y", "لعامين" → "P2Y", "18 شهرا" → "P18M", "ستين يوما"
    → "P60D", "خمسة عشر عاما" → "P15Y", "خمس وعشرون سنة" → "P25Y") and its last token, or None."""
    w = art.norms[k]
    if w[:1] == "ل" and (w[1:] in PERIOD_UNITS or w[1:] in _PERIOD_DUALS or w[1:] in PERIOD_NUMBERS
                         or w[1:] in PERIOD_TENS):
        w = w[1:]
    if w in _PERIOD_DUALS:
        return f"P2{_PERIOD_DUALS[w]}", k
    if w in PERIOD_UNITS and PERIOD_UNITS[w] != "D":
        return f"P1{PERIOD_UNITS[w]}", k  # "لمدة عام", "عاما إضافيا"
    n = PERIOD_NUMBERS.get(w, PERIOD_TENS.get(w))
    if n is None and w.isdigit():
        n = int(w)
    if n is not None and n < 10 and k + 1 < hi and art.norms[k + 1] in _TEEN:
        n, k = n + 10, k + 1  # "خمسة عشر", "اثنتا عشرة"
    elif n is not None and n < 10 and k + 1 < hi and art.norms[k + 1][:1] == "و" \
            and art.norms[k + 1][1:] in PERIOD_TENS:
        n, k = n + PERIOD_TENS[art.norms[k + 1][1:]], k + 1  # "خمس وعشرون"
    if n is not None and k + 1 < hi and art.norms[k + 1] in PERIOD_UNITS:
        return f"P{n}{PERIOD_UNITS[art.norms[k + 1]]}", k + 1
    return None


def _provides_extension(art: "_Article", j: int) -> bool:
    """Whether the words from ``j`` tell that an annex provides for an extension: "(الذي) يقضي بتمديد", "ينص على
    تمديد" (the verb "ينص" takes "على" before what it provides)."""
    n = len(art.norms)
    if j < n and art.norms[j] in _RELATIVE:
        j += 1
    if not (j < n and art.norms[j] in _PROVIDES):
        return False
    j += 1
    if j < n and art.norms[j] in ("على", "علي") and art.norms[j - 1] in _STIPULATES:
        j += 1
    return j < n and art.norms[j].removeprefix("ب") in ("تمديد", "تجديد")


def _extends(art: "_Article", i: int, hi: int) -> bool:
    """Whether the extension or renewal at token ``i`` reaches the agreement itself: the noun right after it, past a
    subject or a time ("مددت روسيا وأوكرانيا أمس اتفاق الحبوب"), or through its term or force ("تمديد العمل
    بالاتفاقية", "تجديد سريان المعاهدة").  A deadline, a truce's talks, a visa or a player's contract extended, or
    a call renewed ("جدد الوزير رفضه للاتفاق"), is something else; so is a renewal talks are about ("المحادثات حول
    تجديد المعاهدة", "مفاوضات تمديد الاتفاق"): their aim, not a step."""
    if any(art.norms[k] in _ABOUT_STEP or art.norms[k] in _ABOUT or _CUES.get(art.stemmed[k]) == "negotiated"
           for k in range(max(0, i - 2), i)):
        return False
    if i > 0 and (has_word(art.norms[i - 1], _ENDED) or art.norms[i - 1] in _SPAN_WORDS):
        return False  # "انتهاء مدد الاتفاقيات", "خلال مدد": terms (مُدد), not an extension
    if art.norms[i].lstrip("و") in _PRESENT and any(art.norms[k] in _AUTOMATIC or art.norms[k] in ("كل", "لكل")
                                                    for k in range(i + 1, min(hi, i + 7))):
        return False  # "تتجدد الاتفاقية تلقائيا كل خمس سنوات": its term renewable (see _durations), no step
    if art.norms[i].lstrip("و") in _RENEWED_ITSELF:
        # "اتفاقية التعاون الدفاعي بين البلدين تجددت تلقائيا لخمس سنوات": the agreement, its subject, before it
        for k in range(i - 1, max(-1, i - 14), -1):
            if k in art.nouns_set:
                return True
            if art.norms[k] in (".", "؛", "؟", "!", ":"):
                break
        return False
    if art.norms[i] == "مدد" and (i > 0 and art.norms[i - 1] not in _CLAUSE_OPEN or i + 1 < hi and i + 1 in
                                  art.nouns_set):
        return False  # "تختلف مدد الاتفاقيات", "وتبلغ مدد الاتفاقية": terms (مُدد) after a verb, or before the noun
        # they are of; the verb "مدّد" opens its clause and has its subject before the agreement
    k, limit = i + 1, i + 10
    while k < min(hi, limit):
        n = art.norms[k]
        if k in art.nouns_set:
            return not (k > 0 and art.norms[k - 1] in _TIME_ADVERBS)
        if n in _EXTEND_THROUGH:
            nxt = k + 1
            if nxt < hi and nxt in art.nouns_set:
                # "العمل بالاتفاق مع النقابة": in agreement with, no treaty
                return not (n in ("العمل", "بالعمل") and (art.norms[nxt][:1] != "ب" or nxt + 1 < hi
                                                         and art.norms[nxt + 1] == "مع"))
            return False
        if k in art.mention_starts_tok:
            k = art.mention_end_tok(k) + 1
            continue
        if n in ("في", "وفي") and k + 1 in art.mention_starts_tok:
            k = art.mention_end_tok(k + 1) + 1  # "مددت الحكومتان في الرباط الاتفاقية"
            continue
        if n in ("في", "وفي") and k + 1 < hi and (art.in_time(k + 1) or art.norms[k + 1] in _STATEMENT):
            k += 2  # "مددت مصر والسودان في 3 مارس الاتفاقية", "جدد البلدان في بيان مشترك الاتفاقية"
            while k < hi and (art.in_time(k) or art.norms[k] in _JOINT):
                k += 1
            continue
        if n == "،" and k > i + 1:
            # an aside between commas, past the subject, on where or how ("مدد البلدان أمس، في حفل أقيم بمقر
            # الحكومة، العمل بالاتفاقية"): no agreement named in it
            after = art.aside_after(k, hi, ("،", ".", "؛"))
            if after is None:
                return False
            limit += after - k  # (the aside does not count in the reach)
            k = after
            continue
        if n in _EXTEND_ASIDE or n in _NISBA or has_word(n, L.WEEKDAYS) or n in ("و",) or art.in_time(k) or (
                n in _OFFICES or n in _DELEGATIONS or n in _SUBJECTS or has_word(n, BODIES)):  # ("جدد الوزير ...")
            k += 1
            continue
        return False
    return False


def _extension_terms(art: "_Article", name_end: int, hi: int, data: dict[str, Any]) -> None:
    """The new end ("حتى عام 2030", "لغاية نهاية 2027": ``until``) and the added period ("لمدة عامين", "لخمس سنوات
    أخرى", "ستة أشهر" right after the name: ``period``, ISO 8601, with ``period_said`` as written) an extension's
    clause gives after the agreement's name.  The new end is no date of the step: a step dated by it takes its
    report's date.  A clause about the old term ("التي كانت سارية حتى 2024", "التي وقعت لمدة خمس سنوات", "، وكانت
    قد انتهت في مارس") gives neither, and its day is not the extension's: its first end, period or time is its own
    (what follows it is the extension's again)."""
    k = name_end + 1
    stop = min(hi, name_end + 16)
    aside: int | None = None  # where a clause on the old term opened
    dated_only = False
    spans: list[tuple[int, int]] = []  # the clauses on the old term, as character spans
    while k < stop and art.norms[k] not in (".", "؛", "؟", "!"):
        n = art.norms[k]
        if aside is None and (n in _RELATIVE and n != "ما" or n in _PARTICIPLES or n == "،" and k + 1 < hi
                              and art.norms[k + 1][:1] == "و" and _CUES.get(art.stemmed[k + 1]) != "extended"):
            aside = k  # "التي كانت سارية حتى ...", "، وكانت قد وقعت حتى عام 2022"
            dated_only = n in _PARTICIPLES  # "الموقعة عام 2010": its day ("الموقعة بينهما لمدة ثلاث سنوات" is the
            # extension's period)
            k += 1
            continue
        first = k + 1 if n in _FOR_PERIOD else k
        found = None
        if n in _FOR_PERIOD or n[:1] == "ل" or k + 1 < hi and art.norms[k + 1] in _MORE_TIME or \
                art.norms[k - 1].lstrip("و") not in _SINCE:  # ("لمدة عامين", "عاما إضافيا", "ستة أشهر"; not "بعد
            # ستة أشهر من المفاوضات")
            found = _period(art, first, hi) if first < hi else None
        if found and found[1] == first and art.norms[first].removeprefix("ل") in PERIOD_UNITS and not (
                n in _FOR_PERIOD or k + 1 < hi and art.norms[k + 1] in _MORE_TIME):
            found = None  # a unit alone is a period only after "لمدة" or before "إضافيا" ("الموقعة عام 2010")
        if found and aside is not None and dated_only:
            aside = None  # (a participle's clause ends before a period)
        if found:
            if aside is not None:  # the old term's period: the clause ends with it
                spans.append((art.toks[aside].start, art.toks[found[1]].end))
                aside = None
            elif "period" not in data:
                data["period"], data["period_said"] = found[0], art.text[art.toks[first].start:art.toks[found[1]].end]
            k = found[1] + 1
            continue
        if n in _UNTIL_DAY:
            reach = art.toks[min(hi - 1, k + 5)].end
            t = next((t for t in art.timex if art.toks[k].end <= t.start < reach and t.data.get("value")), None)
            at = next((j for j in range(k + 1, min(hi, k + 4)) if _YEAR.match(art.norms[j])), None)
            value = str(t.data["value"]) if t is not None else art.norms[at] if at is not None else None
            last = max(j for j in range(k, min(hi, k + 6)) if art.toks[j].start < (t.end if t is not None else
                                                                                   art.toks[at if at else k].end))
            if value and aside is not None:
                spans.append((art.toks[aside].start, art.toks[last].end))
                aside = None
            elif value and "until" not in data:
                data["until"] = value
                if str(data.get("date") or "") == value:  # (the date picked was the new end's)
                    data["date"], data["date_source"] = str(art.anchor) if art.anchor else None, "article"
            k = last + 1
            continue
        if aside is not None and _YEAR.match(n):
            spans.append((art.toks[aside].start, art.toks[k].end))  # "التي تنتهي في 2025": the old end
            aside = None
        elif aside is not None and art.in_time(k):
            t = next(t for t in art.timex_all if t.start <= art.toks[k].start < t.end)
            spans.append((art.toks[aside].start, t.end))  # "التي انتهت في مارس الماضي": the old term's day
            aside = None
            while k < stop and art.in_time(k):
                k += 1
            continue
        k += 1
    if data.get("date_source") == "timex" and any(
            a <= t.start < b and str(t.data.get("value")) == str(data.get("date"))
            for a, b in spans for t in art.timex):
        data["date"], data["date_source"] = str(art.anchor) if art.anchor else None, "article"  # (the old term's day)


def _durations(art: "_Article", sents: list[Span], raw: list[dict[str, Any]]) -> None:
    """How long an agreement holds when its article says it ("ومدتها خمس سنوات قابلة للتجديد", "اتفاقية تسري لمدة
    عشر سنوات", "مدة الاتفاقية 25 عاما"): ``duration`` ({"period", "said", "renewable"}) on the steps of that agreement
    (those of its sentence, else the article's steps under the name the noun takes).  A period after an extension
    is what it adds (see _extension_terms), and talks "لمدة عامين" are no agreement's term."""
    for s, lo, hi in art.sentence_ranges(sents):
        here = [r for r in raw if r["data"]["sentence"][0] == s.start]
        if any(r["kind"] == "extended" for r in here):
            continue
        for k in range(lo, hi - 1):
            n = art.norms[k]
            if n not in _FOR_PERIOD:
                continue
            before = [j for j in art.nouns if lo <= j < k and k - j <= 15]
            if not before and not (k + 1 < hi and k + 1 in art.nouns_set):
                continue
            at = k + 2 if k + 1 in art.nouns_set else k + 1  # "مدة الاتفاقية 25 عاما"
            if at >= hi:
                continue
            noun = k + 1 if k + 1 in art.nouns_set else before[-1]
            if k > lo and art.norms[k - 1].lstrip("و") in _SINCE:
                continue  # "بعد مدة عامين من المفاوضات", "خلال فترة ثلاثة أشهر": a time, not the term
            if n in ("مده", "فتره") and noun < k:
                continue  # a bare "مدة" is the agreement's only in "مدة الاتفاقية" ("ومدتها" says whose it is)
            if n.lstrip("و") in ("مدته", "مدتها") and noun < k and (n.endswith("ها") != _feminine(art.norms[noun])):
                continue  # "اتفاقية لتمويل مشروع السد ومدته": the project's term, not the agreement's
            if n in ("لمده", "لفتره") and noun < k:
                # right after the agreement's name, or after a verb of holding ("تسري لمدة"), not after talks
                # that lasted ("بعد مفاوضات استمرت لمدة عامين")
                end = art.name_at(noun, hi)[2]
                if not (k - end <= 1 or k - end <= 3 and any(art.norms[j] in _HOLDS for j in range(end + 1, k))):
                    continue
            found = _period(art, at, hi)
            if not found:
                continue
            again = next((j for j in range(found[1] + 1, min(hi, found[1] + 5)) if art.norms[j] in _RENEWABLE), None)
            # ("غير قابلة للتجديد", "وهي ليست قابلة للتجديد": not renewable)
            renewable = again is not None and not any(art.norms[j].lstrip("و") in _NOT_SO or art.norms[j] in
                                                      _NEGATIONS for j in range(found[1] + 1, again))
            duration = {"period": found[0], "said": art.text[art.toks[at].start:art.toks[found[1]].end],
                        "renewable": renewable}
            mine = [r for r in here if r["noun"] == noun and r["kind"] != "replaced"]
            if not mine:
                target = _agreement_named(raw, *art.name_at(noun, hi)[:2])
                mine = [r for r in raw if r["kind"] != "replaced" and r["data"].get("name") == target]
            for r in mine:
                r["data"].setdefault("duration", duration)
            break


def _agreement_named(raw: list[dict[str, Any]], said: str, generic: bool) -> str | None:
    """The agreement a noun of a term or a renewal clause means: the name it says, or for a bare noun
    ("الاتفاقية") the name the article's steps give most (not an agreement replaced: another)."""
    if not generic:
        return said
    names = [r["data"]["name"] for r in raw if r["kind"] != "replaced" and r["data"].get("named")]
    return max(names, key=names.count) if names else None


def _renewals(art: "_Article", sents: list[Span], raw: list[dict[str, Any]]) -> None:
    """A clause of automatic renewal ("تتجدد الاتفاقية تلقائيا كل خمس سنوات", "ويجدد الاتفاق كل عامين") tells how
    the term runs, not an extension to come: the agreement's duration is renewable (its period the one after
    "كل" when no other is given)."""
    for _s, lo, hi in art.sentence_ranges(sents):
        for k in range(lo, hi):
            if art.norms[k].lstrip("و") not in _RENEWS:
                continue
            every = next((j for j in range(k + 1, min(hi, k + 7)) if art.norms[j] in ("كل", "لكل")), None)
            if every is None and not any(art.norms[j] in _AUTOMATIC for j in range(k + 1, min(hi, k + 7))):
                continue
            noun = next((j for j in range(k + 1, min(hi, k + 4)) if j in art.nouns_set), None)
            if noun is None:
                continue
            target = _agreement_named(raw, *art.name_at(noun, hi)[:2])
            found = _period(art, every + 1, hi) if every is not None and every + 1 < hi else None
            if found is None and every is not None and every + 1 < hi and art.norms[every + 1] in PERIOD_UNITS:
                found = (f"P1{PERIOD_UNITS[art.norms[every + 1]]}", every + 1)  # "كل عام"
            for r in raw:
                if r["kind"] == "replaced" or r["data"].get("name") != target:
                    continue
                if r["data"].get("duration"):
                    r["data"]["duration"] = dict(r["data"]["duration"], renewable=True)
                elif found:
                    r["data"]["duration"] = {"period": found[0], "renewable": True,
                                             "said": art.text[art.toks[every + 1].start:art.toks[found[1]].end]}
            break


def _replacements(art: "_Article", sents: list[Span], raw: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``replaced`` steps: an agreement a new one replaces ("وقع البلدان أمس اتفاقية جديدة تحل محل اتفاقية 1990",
    "الاتفاقية الجديدة التي تلغي وتحل محل اتفاق 1975").  The step is the old agreement's, on the day the new one
    takes effect or is signed as its sentence tells (a step of the new one there gives its day and modality; else
    a past "حلت محل" is done, a present one "تحل محل" expected); ``replacing`` names the new agreement (its name
    and where the sentence names it, to find its record).  Negated or conditional, no step."""
    from marsad.nlp.events.treaty_life import _WEAK, name_words

    out: list[dict[str, Any]] = []
    for s, lo, hi in art.sentence_ranges(sents):
        for i in range(lo + 1, hi - 1):
            stops = art.work_stops(i + 1) if i + 1 in art.nouns_set else None
            if art.norms[i] != "محل" and stops is None:
                continue
            # the verb right before, its subject the new agreement before it ("اتفاقية جديدة تحل محل"), or the verb
            # first and the subject after it ("حلت اتفاقية الطاقة الموحدة محل")
            verb = i - 1 if stops is not None else next(
                (j for j in range(i - 1, max(lo, i - 9) - 1, -1) if art.norms[j] in _REPLACE_VERBS), None)
            if verb is None:
                continue
            old = i + 1 if i + 1 in art.nouns_set else None
            new = stops if stops is not None else next((j for j in range(verb + 1, i) if j in art.nouns_set), None)
            if new is None:
                # the subject before the verb ("الاتفاقية الجديدة حلت من التاريخ ذاته محل"), or the agreement of the
                # clause the verb closes ("دخلت اتفاقية ... حيز التنفيذ أمس ...، لتحل محل"): the nearest before it
                new = next((j for j in range(verb - 1, lo - 1, -1) if j in art.nouns_set), None)
            if old is None or new is None:
                continue
            mod = art.modality(lo, verb, "replaced")
            if mod is None:
                continue
            said, generic, name_end = art.name_at(old, hi)
            if generic and old not in art.own_names:
                continue  # "تحل محل الاتفاقية السابقة": which one is not told
            old_name = art.own_names[old] if generic else said  # (named by words of its own: "اتفاقية النقل البري")
            if not name_words(old_name) - _WEAK - _FORMER:
                continue  # "الاتفاقية القديمة": nor here
            if generic:
                name_end = next((k for k in range(old, min(hi, old + 9)) if art.text[art.toks[old].start:art.toks[
                    k].end].endswith(old_name)), name_end)
            new_said, new_generic, _e = art.name_at(new, hi)
            if new_generic and new in art.own_names:
                new_said, new_generic = art.own_names[new], False
            new_generic = new_generic or not (name_words(new_said) - _WEAK)  # "الاتفاقية الجديدة": a bare noun
            taken = {r["kind"]: r for r in raw if r["noun"] == new and r["data"]["sentence"][0] == s.start}
            step = next((taken[k] for k in ("in_force", "signed", "concluded", "ratified") if k in taken), None)
            if stops is not None:
                step = None  # ("بدخول ... حيز التنفيذ، يتوقف العمل ب...": on the day the article says it took effect)
            if step is None and verb > new and _not_taken(art, lo, new, verb):
                continue  # "رفض البرلمان اتفاقية جديدة كانت ستحل محل ...", "تطالب مصر باتفاقية جديدة تحل محل ...":
                # the new agreement refused, not signed, asked or hoped for: nothing replaced
            # the old agreement's years: in its name ("اتفاقية 1990") or told after it in its clause ("لعام 1990",
            # "الموقعة عام 1990")
            tail = next((j for j in range(name_end + 1, hi) if art.norms[j] in ("،", "؛", ".", ":")), hi)
            old_years = {art.norms[j] for j in range(old, tail) if _YEAR.match(art.norms[j])}
            same = not new_generic and name_words(new_said) - _WEAK == name_words(old_name) - _WEAK
            if same and stops is not None and old_years:
                # "وبدخول اتفاقية النقل البحري حيز التنفيذ، يتوقف العمل باتفاقية النقل البحري الموقعة عام 1987": the
                # old one told by its year, its work stopping, is replaced; named with its year, as the records call
                # the same pair's older agreement (see treaty_life)
                same, old_name = False, f"{old_name} لعام {min(old_years)}"
                if generic:
                    art.own_names[old] = old_name
                else:
                    said = old_name
                    for r in raw:
                        if r["noun"] == old:
                            r["data"]["said"] = old_name
            if same:
                if step is not None and str(step["data"].get("date") or "") in old_years:
                    step["data"]["date"], step["data"]["date_source"] = \
                        str(art.anchor) if art.anchor else None, "article"  # (dated by the old one's year)
                if step is not None:
                    step["data"]["succeeds"] = True  # a new agreement under the old one's name (see treaty_life)
                continue  # "اتفاقية النقل الجديدة التي تحل محل اتفاقية النقل لعام 1990": one name, which the
                # records cannot tell apart; no agreement replaces itself
            # the day: not a year in the old agreement's name ("اتفاقية 1990"), read before it, else after it
            date, source = art.date_near(s.start, art.toks[old].start, art.toks[verb].start, True, s.start)
            if source != "timex" and not any(art.norms[k] in _PARTICIPLES or art.norms[k] in _RELATIVE
                                             for k in range(name_end + 1, min(hi, name_end + 4))):
                # (not the old one's own day: "محل اتفاقية التعاون الموقعة بين البلدين عام 1992")
                later, how = art.date_near(art.toks[name_end].end, s.end, art.toks[verb].start, True, s.start)
                if how == "timex" and str(later) not in old_years:
                    date, source = later, how
            if step is not None:
                d0 = step["data"]
                if str(d0.get("date") or "") in old_years:
                    d0["date"], d0["date_source"] = date, source  # (the new one's step was dated by the old name)
                if d0.get("date_source") == "timex":
                    date, source = d0["date"], d0["date_source"]
                mod = d0["modality"] if mod == "done" else mod
                if step["kind"] != "in_force" and art.norms[verb].lstrip("و") not in _REPLACED_PAST:
                    mod = "expected"  # ("وقع البلدان اتفاقية جديدة تحل محل اتفاقية 1990": the old one is replaced
                    # when the new one takes effect, not when it is signed or ratified)
                parties = list(d0.get("parties") or [])
                d0["replaces"] = old_name  # the new agreement's record says which one it replaces
            else:
                if mod == "done" and art.norms[verb].lstrip("و") not in _REPLACED_PAST:
                    mod = "later"  # "وتحل الاتفاقية الجديدة محل ...": on the day the article's new one is signed or
                    # takes effect (see _replacing_names), else to come
                parties = _canonical(art.parties_in(art.party_tokens(lo, hi, verb, old, name_end),
                                                    range(old, name_end + 1))[0], art.kb)
            data: dict[str, Any] = {
                "said": said, "generic": generic, "modality": mod, "date": date, "date_source": source,
                "parties": parties, "sentence": [s.start, s.end],
                "cue": art.text[art.toks[verb].start:art.toks[i].end],
                "replacing": {"said": new_said, "at": art.toks[new].start, "tok": new, "generic": new_generic},
            }
            if stops is not None:
                data["stops"] = True  # (its work stopping when the new one takes effect: see _replacing_names)
            out.append({"kind": "replaced", "tok": (verb, max(old, name_end)), "noun": old, "data": data})
    return out


_SINGULAR = {"اتفاقيت": "اتفاقية", "معاهدت": "معاهدة", "اتفاق": "اتفاق"}


def _listing(said: str) -> list[str]:
    """The two names a dual listing gives ("اتفاقيتا تنظيم العمالة والنقل البحري" → "اتفاقية تنظيم العمالة",
    "اتفاقية النقل البحري"), each after the singular noun; none when the words after the noun are not two names
    joined by و."""
    words = said.split()
    head = fold(words[0]) if words else ""
    stem = next((x for x in _SINGULAR if x in head), None)
    if stem is None or len(words) < 3:
        return []
    cut = next((j for j in range(2, len(words)) if fold(words[j]).startswith("وال")), None)
    if cut is None:
        return []
    noun = _SINGULAR[stem]
    return [f"{noun} {' '.join(words[1:cut])}", f"{noun} {words[cut][1:]} {' '.join(words[cut + 1:])}".strip()]


def _two_agreements(art: "_Article", raw: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A step told of two agreements at once ("دخلت اتفاقيتا تنظيم العمالة والنقل البحري حيز التنفيذ", "صادق على
    الاتفاقيتين") is a step of each: the two names its listing gives, or, for a bare dual, the two of the nearest
    listing the article writes (before it, else after).  A dual with no listing to read is left out: which two
    agreements it means is not told."""
    duals = [r for r in raw if _dual(art.norms[r["noun"]])]
    if not duals:
        return raw
    own = {r["noun"]: _listing(art.own_names.get(r["noun"]) or r["data"]["said"]) for r in duals}
    listings = sorted((r["tok"][0], r["data"]["sentence"][0], own[r["noun"]]) for r in duals if own[r["noun"]])
    out = [r for r in raw if not _dual(art.norms[r["noun"]])]
    for r in duals:
        names, elsewhere = own[r["noun"]], False
        if not names:
            if not any(f"ال{x}" in art.norms[r["noun"]] for x in _SINGULAR):
                continue  # ("وقع البلدان اتفاقيتين ...": two agreements it brings in, not the two named before)
            before = [x for x in listings if x[0] < r["tok"][0]]
            near = before[-1] if before else (listings[0] if listings else None)
            if near is None:
                continue
            names, elsewhere = near[2], near[1] != r["data"]["sentence"][0]
        for name in names:
            d = dict(r["data"], said=name, name=name, named=True, generic=False, coordinated=True)
            if elsewhere:
                d.update(generic=True, elsewhere=True)  # (a bare noun given the names of another sentence)
            out.append(dict(r, data=d))
    return out


def _not_taken(art: "_Article", lo: int, new: int, verb: int) -> bool:
    """Whether the new agreement of a replacement is refused, not signed, asked, proposed or hoped for ("رفض البرلمان
    اتفاقية جديدة", "لم يوقع البلدان الاتفاقية الجديدة", "تطالب مصر باتفاقية جديدة", "يسعى البلدان إلى اتفاقية"), or
    was only to replace the old one ("كانت ستحل"): then the old one is not replaced."""
    before = [art.norms[j] for j in range(max(lo, new - 5), new)]
    if any(w in _NEGATIONS or w[:1] in ("و", "ف") and w[1:] in _NEGATIONS or _word_in(w, _REFUSE) or _word_in(w, _AIM)
           or w.lstrip("و") in _WANT for w in before):
        return True
    return any(art.norms[j].lstrip("و") in ("كان", "كانت") for j in range(max(new + 1, verb - 2), verb)) and \
        art.norms[verb].startswith(("س", "وس"))


_DEPOSITED = L._w("أودع أودعت أودعا أودعتا أودعوا إيداع وإيداع بإيداع")  # an instrument deposited: a state's step
_DEPOSITING = L._w("تودع يودع تودعا يودعا")  # ... after "قبل أن" in a past narration: "قبل أن تودع ليبيا صكها"
_INSTRUMENT_HEADS = tuple(fold(w) for w in ("وثيق", "وثائق", "صك", "صكوك"))
_OF_ACCEPTANCE = ("تصديق", "انضمام", "مصادق", "التصديق", "الانضمام", "المصادق", "موافق", "الموافق")
_THEN = L._w("ثم وثم تلتها تلاها وتلتها وتلاها تليها يليها تبعتها تبعها وتبعتها")  # "تلتها توغو في 20 أبريل"
# words a listed state may carry before its date, the verb still left out ("وغانا بدورها في 9 أبريل"); any other word
# is a verb of its own ("وغانا رفضتها في 9 أبريل", "وغانا لم تصادق في ..."): not the listing's step
_LISTED_ASIDES = L._w("بدورها بدوره أيضا ايضا كذلك هي هو الأخرى الاخرى الآخر الاخر")


def _instrument_at(art: "_Article", k: int) -> bool:
    """Whether token ``k`` is an instrument of ratification or accession: "وثيقة التصديق", "صك انضمامها", or one
    told by its owner only ("وثيقتها", "صكها": the instrument of the agreement the report tells of)."""
    n = art.norms[k]
    if not n.startswith(_INSTRUMENT_HEADS):
        return False
    if n.endswith(("ها", "ه", "هما", "هم")) and not n.endswith(("وثيقه",)):
        return True
    return k + 1 < len(art.norms) and art.norms[k + 1].startswith(_OF_ACCEPTANCE)


def _listed_date(art: "_Article", k: int, hi: int) -> tuple[str, int] | None:
    """The date written at token ``k`` ("20 أبريل", "11 مايو 2026") before the report, with the token after it."""
    if k >= hi:
        return None
    for t in art.timex:
        if art.toks[k].start <= t.start < art.toks[k].end and not t.data.get("duration"):
            text = str(t.data.get("text") or "")
            v = art.fix_year(t, str(t.data.get("value") or art._resolve(t) or ""))
            if not any(c.isdigit() for c in text) or len(v) < 7 or not v[:1].isdigit() or (
                    art.anchor and v[:10] >= art.anchor[:len(v[:10])]):
                return None
            after = bisect.bisect_left(art.starts, t.end)
            return v, after
    return None


def _listed_after(art: "_Article", p: int, hi: int) -> list[tuple[dict[str, Any], str, int, int]]:
    """The states a listing tells after a step and its date, each with its own date, the one verb left out ("أودع
    لبنان وثيقة تصديقه في 4 مايو، وليبيا في 11 مايو", "صادقت مالي في 3 مارس، تلتها غانا في 9 أبريل ثم توغو
    في 20 أبريل"): (state, date, first token, last token)."""
    out: list[tuple[dict[str, Any], str, int, int]] = []
    j = p
    while j < hi:
        start = j
        if art.norms[j] == "،":
            j += 1
        while j < hi and art.norms[j] in _THEN:
            j += 1
        if j >= hi:
            break
        found = [c for c in art.country_at(j) if not c.get("group") and c.get("name_en")]
        if not found or (j == start and not art.norms[j].startswith("و")):
            break  # (a state coordinated or after "ثم", "تلتها": not the next clause's subject)
        k = next((x for x in range(j + 1, min(hi, j + 4)) if art.norms[x] == "في"), None)
        if k is None or any(art.norms[x] not in _LISTED_ASIDES for x in range(j + 1, k)):
            break
        dated = _listed_date(art, k + 1, hi)
        if dated is None:
            break
        out.append((found[0], dated[0], start, dated[1] - 1))
        j = dated[1]
    return out


def _titled_government(name: str) -> bool:
    """Whether the folded body name is a cabinet named by a title of its own: "حكومة الوحدة الوطنية", "مجلس وزراء
    حكومة الوفاق الوطني" (a head, then only words that qualify a government)."""
    words = name.split()
    if words[:2] in (["مجلس", "الوزراء"], ["مجلس", "وزراء"]):
        words = words[2:]
    if not words or words[0] not in ("حكومه", "الحكومه"):
        return False
    return len(words) > 1 and all(w in _GOV_QUALIFIERS for w in words[1:])


def _taker_dict(c: dict[str, Any]) -> dict[str, Any]:
    return {"name": c.get("name"), "country": {"name": c.get("name"), "name_en": c.get("name_en")}}


def _with_party(parties: list[dict[str, Any]], c: dict[str, Any]) -> list[dict[str, Any]]:
    """The parties with the state ``c`` that takes the step added, when they do not name it already."""
    if c["name_en"] in {p.get("name_en") for p in parties}:
        return parties
    return parties + [{"name": c.get("name"), "name_en": c["name_en"], "entity_id": None}]


def _deposits(art: "_Article", sents: list[Span], raw: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A state that deposits its instrument of ratification or accession ratifies the agreement the sentence names, or
    else the one the report named last before it ("أن لبنان أودع وثيقة تصديقه في 4 مايو", "فقد أودعت غانا
    صكها في مارس", "بعد شهر من إيداع بنين وثيقة انضمامها"); a step told with a state and its date
    carries the states a listing adds after it, each on its own date."""
    out: list[dict[str, Any]] = []
    for s, lo, hi in art.sentence_ranges(sents):
        for i in range(lo, hi):
            n = art.norms[i]
            present = n in _DEPOSITING and i - 2 >= lo and art.norms[i - 1] in _THAT and art.norms[i - 2] == "قبل"
            if n not in _DEPOSITED and not present:
                continue
            instr = next((k for k in range(i + 1, min(hi, i + 12)) if _instrument_at(art, k)), None)
            if instr is None or any(art.norms[k] in (".", "؛") or _CUES.get(art.stemmed[k])
                                    for k in range(i + 1, instr)):
                continue
            # the states that deposit, not the one they deposit with ("أودع سفير الأردن لدى مصر وثيقة تصديق ...")
            depositary = next((k for k in range(i + 1, instr) if art.norms[k] in ("لدى", "لدي")), instr)
            takers = [c for k in range(i + 1, depositary) for c in art.country_at(k)
                      if not c.get("group") and c.get("name_en")]
            if not takers and not art.norms[i].endswith("يداع"):
                back = i - 1
                while back > lo and art.norms[back] in ("قد", "التي", "الذي", "ان", "أن", "كانا", "كانتا", "كانوا",
                                                        "كانت", "كان"):
                    back -= 1
                # (a name of several words ends there: "إن جمهورية أفريقيا الوسطى أودعت من جهتها صك انضمامها")
                takers = _states_listed_before(art, back, lo)
                if art.norms[instr].startswith("وثائق") and len(takers) < 2:
                    takers = []  # (not "وبنين التي أودعت وثائقها في مارس وأبريل": the instruments of every state)
            if not takers:
                continue  # "عقب إيداع الوثيقة الخامسة": no state told
            mod = "done" if present else art.modality(lo, i, "ratified")
            if mod is None:
                continue
            nouns = [k for k in art.nouns if lo <= k < hi and k > instr and k - instr <= 6]
            # (else the one named before it: "تلقت الأمانة صكوك الانضمام إلى اتفاقية ...، فقد أودعت غانا صكها")
            noun = nouns[0] if nouns else next((k for k in reversed(art.nouns) if k < i), None)
            if noun is None:
                continue
            said, generic, _end = art.name_at(noun, art.sentence_of(noun)[1])
            stop = next((k for k in range(instr + 1, hi) if art.norms[k] in (".", "؛") or art.norms[k] == "،" and not (
                k + 1 < hi and art.norms[k + 1] in ("وهي", "وهو", "لدى", "لدي"))), hi)
            date = art.sentence_date(art.toks[i].start, art.toks[stop - 1].end)
            source = "timex" if date else None
            if present and date is None:
                continue  # "يجب أن يقر مجلس الشيوخ ... قبل أن يودع لبنان وثيقة تصديقه": a condition, no day told
            if date is None:
                date, source = art.date_near(art.toks[max(lo, i - _TIMEX_REACH)].start, art.toks[stop - 1].end,
                                             art.toks[i].start, mod == "done", s.start)
            ref = next((r for r in raw if r["noun"] == noun), None)
            parties = list((ref or {}).get("data", {}).get("parties") or [])
            data: dict[str, Any] = {
                "said": said, "generic": generic, "modality": mod, "date": date, "date_source": source,
                "parties": parties, "sentence": [s.start, s.end], "cue": art.text[art.toks[i].start:art.toks[i].end],
            }
            dates = _respective_dates(art, instr, hi, len(takers)) if len(takers) > 1 else []
            for c, day in zip(takers, dates or [None] * len(takers)):
                d = dict(data, by=_taker_dict(c), parties=_with_party(parties, c))
                if day:  # "أودعتا وثيقتي انضمامهما في 3 آذار و19 نيسان على التوالي": each state on its own day
                    d.update(date=day, date_source="timex", respective=True)
                out.append({"kind": "ratified", "tok": (i, instr), "noun": noun, "data": d})
    return out


def _states_listed_before(art: "_Article", back: int, lo: int) -> list[dict[str, Any]]:
    """The states named as a subject ending at token ``back``, with those coordinated before it ("ليبيا ولبنان
    والسودان أودعت ...", "لبنان وسورية كانا قد أودعا ..."), in the order written."""
    out: list[dict[str, Any]] = []
    k = back
    while k >= lo:
        named = next((m for m in art.mentions if m.start <= art.toks[k].start < m.end), None)
        first = k if named is None else bisect.bisect_right(art.starts, named.start) - 1
        found = [c for c in art.country_at(first) if not c.get("group") and c.get("name_en")]
        if not found or found[0].get("name_en") in {c.get("name_en") for c in out}:
            break
        out.insert(0, found[0])
        if not art.norms[first].startswith("و") or first - 1 < lo:
            break
        k = first - 1 if art.norms[first - 1] != "،" else first - 2
    return out


def _respective_dates(art: "_Article", lo: int, hi: int, count: int) -> list[str]:
    """The ``count`` days a clause lists "respectively" ("في 17 و24 مارس و1 أبريل 2026 على التوالي": a bare day
    takes the month of the day after it), or [] when it says no "على التوالي" or lists another number of days."""
    if not any(art.norms[k] == "التوالي" for k in range(lo, hi)):
        return []
    out: list[str] = []
    span = (art.toks[lo].start, art.toks[hi - 1].end)
    spans = sorted((t for t in art.timex if span[0] <= t.start and t.end <= span[1] and not t.data.get("duration")),
                   key=lambda t: t.start)
    for t in spans:
        v = art.fix_year(t, str(t.data.get("value") or art._resolve(t) or ""))
        if len(v) < 10 or not v[:4].isdigit():
            continue  # (a year in the agreement's name: "لعام 2025")
        first = bisect.bisect_right(art.starts, t.start) - 1  # (the token "و19" holds the day "19 مارس")
        bare = first - 1 if art.norms[first][:1] == "و" else first - 2 if art.norms[first - 1] == "و" else -1
        if bare >= lo and art.norms[bare].isdigit() and 1 <= int(art.norms[bare]) <= 31:
            out.append(f"{v[:8]}{int(art.norms[bare]):02d}")  # "17 و24 مارس": the 17th of March
        out.append(v)
    return out if len(out) == count else []


def _listings(art: "_Article", raw: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Steps of the states a listing adds after a ratification told with its state and date (see _listed_after)."""
    out: list[dict[str, Any]] = []
    for r in raw:
        d = r["data"]
        by = d.get("by") or {}
        if r["kind"] != "ratified" or d.get("date_source") != "timex" or not isinstance(by.get("country"), dict) \
                or d.get("modality") != "done":
            continue
        lo, hi = art.sentence_of(r["tok"][0])
        cue = r["tok"][0]
        p = next((x[1] for x in (_listed_date(art, k, hi) for k in range(cue, min(hi, cue + 30)))
                  if x is not None and x[0] == d["date"]), None)
        if p is None:
            continue
        for c, date, a, b in _listed_after(art, p, hi):
            twin = dict(d, by=_taker_dict(c), date=date, date_source="timex", parties=_with_party(d["parties"], c))
            out.append({"kind": "ratified", "tok": (a, b), "noun": r["noun"], "data": twin})
    return out


def _annexes(art: "_Article", raw: list[dict[str, Any]]) -> None:
    """An annex of extension signed ("وقع الوزيران ملحق تمديد اتفاقية الصيد البحري") extends the agreement on the day
    it is signed: the signing read there becomes an ``extended`` step of the same modality and day (the agreement
    itself was signed before)."""
    for r in raw:
        a, b = r["tok"]
        if r["noun"] is not None and (t := _extended_by(art, r["noun"])) is not None:
            # the protocol itself the step's object ("صادق المجلس على البروتوكول الخاص بتمديد اتفاقية ..."): the
            # step is one of the agreement it extends, and a signing of it that agreement's extension
            hi = art.tok_range(*r["data"]["sentence"]).stop
            said, generic, _ = art.name_at(t, hi)
            r["noun"], r["tok"] = t, (a, max(b, t))
            r["data"] = dict(r["data"], said=said, generic=generic)
            twin = next((x for x in raw if x is not r and x["noun"] == t and x["data"].get("parties")), None)
            if twin is not None and not r["data"].get("parties"):
                # the sides the extended agreement's name gives (read on its own step), and the house of the one
                # of them whose house bears the body's name ("وافق مجلس النواب على البروتوكول الخاص بتمديد ...")
                r["data"]["parties"] = list(twin["data"]["parties"])
                by = r["data"].get("by")
                if isinstance(by, dict) and by.get("name") and not by.get("country") and (
                        where := art.house_country(a, by["name"], r["data"]["parties"])):
                    r["data"]["by"] = dict(by, country={"name": where.get("name"), "name_en": where.get("name_en")})
        elif r["kind"] == "signed" and r["noun"] is not None and _extended_by(art, r["noun"], back=True):
            # "البروتوكول الخاص بتمديد اتفاقية ...، الموقع في ...": the participle tells the protocol's signing,
            # its day the extension's (no clause on the old term)
            r["kind"], r["data"] = "extended", {k: v for k, v in r["data"].items() if k != "replaces"}
            continue
        elif r["kind"] != "signed" or not any(
                art.norms[k].lstrip("و") in _ANNEX and (art.stemmed[k + 1] in ("تمديد", "تجديد")
                                                         or _provides_extension(art, k + 1)) for k in range(a, b)):
            continue
        if r["kind"] != "signed":
            continue
        hi = art.tok_range(*r["data"]["sentence"]).stop
        data = {k: v for k, v in r["data"].items() if k != "replaces"}
        data["cue"] = art.text[art.toks[a].start:art.toks[r["noun"]].start].strip()
        _extension_terms(art, art.name_at(r["noun"], hi)[2], hi, data)
        r["kind"], r["data"] = "extended", data


_ABOUT_IT = L._w("الخاص الخاصه المتعلق المتعلقه")  # "البروتوكول الخاص بتمديد الاتفاقية"


def _extended_by(art: "_Article", k: int, back: bool = False) -> int | None:
    """The agreement noun a protocol at ``k`` extends ("بروتوكول تمديد اتفاقية", "بروتوكولا لتمديد اتفاقية",
    "البروتوكول الخاص بتمديد اتفاقية"), or None; with ``back``, whether the agreement noun at ``k`` is the one
    such a protocol before it extends (its token, or None)."""
    n = len(art.norms)
    if back:
        for j in (k - 2, k - 3):
            if j >= 0 and _extended_by(art, j) == k:
                return k
        return None
    if art.norms[k].lstrip("و") not in _ANNEX:
        return None
    j = k + 1
    if j < n and art.norms[j] in _ABOUT_IT:
        j += 1
    if not (j + 1 < n and art.stemmed[j] in ("تمديد", "تجديد") and j + 1 in art.nouns_set):
        return None
    return j + 1


def _replacing_names(raw: list[dict[str, Any]]) -> None:
    """The name a replacement's new agreement takes in its article (its own step's, a bare noun resolved)."""
    from marsad.nlp.events.treaty_life import name_words

    for r in raw:
        rep = r["data"].get("replacing")
        if r["kind"] != "replaced" or not rep:
            continue
        twin = next((x for x in raw if x is not r and x["data"]["sentence"] == r["data"]["sentence"]
                     and x["noun"] is not None and x["data"].get("named")
                     and x["tok"][0] <= r["data"]["replacing"].get("tok", -1) <= x["tok"][1]), None)
        names = [x["data"]["name"] for x in raw if x["kind"] != "replaced" and x["data"].get("named")
                 and x["data"]["name"] != r["data"]["name"]]
        # (a bare noun, "وتحل الاتفاقية الجديدة محل ...", is the agreement the article names)
        rep["name"] = twin["data"]["name"] if twin else max(names, key=names.count) if rep.pop("generic", False) \
            and names else rep["said"]
        rep.pop("tok", None)
        new = [x for x in raw if x["kind"] in ("in_force", "signed") and x["data"].get("named")
               and x["data"]["name"] == rep["name"] and x["data"]["modality"] == "done"]
        if r["data"].pop("stops", False) and not any(x["kind"] == "in_force" for x in new):
            # ("دخلت اتفاقية النقل البري والعبور حيز التنفيذ أمس ... وبدخول اتفاقية النقل البري حيز التنفيذ يتوقف
            # العمل ب...": the new one told short, its taking effect in the article under its whole name)
            mine = name_words(rep["name"])
            new += [x for x in raw if x["kind"] == "in_force" and x["data"].get("named") and mine
                    and mine <= name_words(x["data"]["name"]) and x["data"]["modality"] == "done"
                    and x["data"]["name"] != r["data"]["name"]]
            if new:
                rep["name"] = new[-1]["data"]["name"]
        for x in new:
            x["data"].setdefault("replaces", r["data"]["name"])  # the new agreement's record says which it replaces
        if r["data"]["modality"] == "later":
            # (on the day the new one takes effect: one only signed replaces nothing yet)
            step = next((x for x in new if x["kind"] == "in_force"), None)
            if step is None:
                r["data"]["modality"] = "expected"
            else:
                r["data"].update(modality="done", date=step["data"]["date"], date_source=step["data"]["date_source"])
        elif r["data"]["modality"] == "done" and r["data"].get("date_source") != "timex":
            # ("حلت من التاريخ ذاته محل ...": the day the new one took effect, when the article dates it)
            step = next((x for x in new if x["kind"] == "in_force" and x["data"].get("date_source") == "timex"), None)
            if step is not None:
                r["data"].update(date=step["data"]["date"], date_source="timex")


def _shares_parties(raw: list[dict[str, Any]], ref: str, d: dict[str, Any]) -> bool:
    """Whether the step ``d`` names a party of the steps that name the agreement ``ref`` by its own words."""
    from marsad.nlp.events.treaty_life import _party_keys  # (treaty_life imports this module)

    # (not the state whose body took a step of it, which the steps' sentences do not name as a side: "قرر مجلس
    # الوزراء الموافقة على اتفاقية بشأن حماية التراث ..." names no pair that another agreement's could share)
    return bool(_party_keys(d["parties"]) & _party_keys(
        [p for x in raw if (x["data"].get("told") or x["data"]["said"]) == ref and not x["data"]["generic"]
         for p in x["data"]["parties"] if p.get("name_en") != x["data"].get("taker_party")]))


def _another_pair(raw: list[dict[str, Any]], ref: str, d: dict[str, Any]) -> bool:
    """Whether the step ``d`` names two parties of its own that are not both parties of the steps that name the
    agreement ``ref``: "اتفاقية ... بين السعودية والبحرين" is not the one "بين السعودية والبرازيل" named before,
    though the two share a party."""
    from marsad.nlp.events.treaty_life import _party_keys  # (treaty_life imports this module)

    mine, theirs = _party_keys(d["parties"]), _party_keys(
        [p for x in raw if (x["data"].get("told") or x["data"]["said"]) == ref and not x["data"]["generic"]
         for p in x["data"]["parties"]])
    return len(mine) > 1 and len(theirs) > 1 and not mine <= theirs


def _same_day_lead(art: "_Article", raw: list[dict[str, Any]], kind: str, parties: list[dict[str, Any]]
                   ) -> dict[str, Any] | None:
    """A step of the same kind the report told before, taken on its day or the day before (its own ceremony), whose
    parties hold the step's own when both name some: the occasion a step told in the pluperfect of style shares
    ("وكانت إسبانيا والمغرب قد وقعتا" after a Saudi-Spanish signing is another occasion)."""
    from marsad.nlp.events.treaty_life import _party_keys  # (treaty_life imports this module)

    if not art.anchor or len(art.anchor) < 10:
        return None
    keys = _party_keys(parties)
    for r in raw:
        d = r["data"]
        day = str(d.get("date") or "")
        if r["kind"] != kind or d.get("modality") != "done" or d.get("date_source") not in ("article", "timex") \
                or len(day) != 10 or not day[:1].isdigit():
            continue
        if 0 <= (_date.fromisoformat(art.anchor[:10]) - _date.fromisoformat(day)).days <= 1 and (
                not keys or not d["parties"] or keys <= _party_keys(d["parties"])):
            return r
    return None


def _of_another_year(raw: list[dict[str, Any]], name: str, d: dict[str, Any]) -> bool:
    """Whether every step the article names ``name`` in is a signing or conclusion dated in a year other than the
    step ``d``'s (an old agreement recalled, not the one a bare noun brings in)."""
    day = str(d.get("date") or "")
    mine = [r for r in raw if not r["data"]["generic"] and (r["data"].get("told") or r["data"]["said"]) == name]

    def other(v: str) -> bool:
        n = min(len(v), len(day))
        return bool(v) and v[:n] != day[:n]
    return bool(day and mine) and all(r["kind"] in ("signed", "concluded") and other(str(r["data"].get("date") or ""))
                                      for r in mine)


def _made(art: _Article, i: int, lo: int, hi: int) -> bool:
    """Whether «عقد» at ``i`` tells an agreement made: the verb (_MADE, or "عقد" after «قد»), then the agreement
    noun as its object, right after it ("عقدت اتفاقيات") or past its subject ("وعقدت تركيا اتفاقا", "وعقدت الحكومة
    والمعارضة اتفاقا"); not when something else past the noun is held or complicated ("عقدت المعاهدة اجتماعها"),
    nor for a pact with oneself ("عقدت مع نفسي اتفاقا")."""
    verb = art.norms[i].lstrip("وف")
    if verb not in _MADE and not (verb in _MADE_AFTER_QAD and i > lo and art.norms[i - 1].lstrip("وف") == "قد"):
        return False
    def with_self(k: int) -> bool:  # "عقدت اتفاقا مع نفسي", "عقدت مع ذاتي اتفاقا": a pact with oneself
        return art.norms[k].lstrip("و") == "مع" and k + 1 < hi and art.norms[k + 1].startswith(("نفس", "ذات"))

    for j in range(i + 1, min(hi, i + 6)):
        n = art.norms[j]
        if not n[:1].isalnum() or with_self(j):
            return False  # (punctuation: the clause ends)
        if j in art.nouns_set:
            break
        if n.lstrip("و").startswith(_HELD) or n[:1] == "ل" or n.endswith("ا") and not any(
                m.start <= art.starts[j] < m.end for m in art.mentions):
            return False  # (the subject, not another object or aim: "عقدت الدول اجتماعا لبحث الاتفاقية")
    else:
        return False
    for k in range(j + 1, min(hi, j + 9)):
        n = art.norms[k].lstrip("و")
        if with_self(k):
            return False
        if not n[:1].isalnum() or n in _OBJECT_ENDS:
            break  # (the object's phrase ends: "عقدت اتفاقيات دفاعية مع المغرب على هامش مفاوضاتها")
        if n.startswith(_HELD) and k not in art.nouns_set:
            return False
    return True


# What "الدوري" qualifies when it is "regular", not "the league": a meeting, a session, a briefing ("أقر مجلس الوزراء
# في اجتماعه الدوري أمس الاتفاقية", "قال في المؤتمر الصحفي الدوري").
_REGULAR_OF = tuple(fold(w) for w in "اجتماع جلس مؤتمر الصحفي لقاء انعقاد".split())


def _regular(art: "_Article", k: int, lo: int) -> bool:
    """Whether the sport word at ``k`` is "الدوري" qualifying a meeting or a session before it, "regular"."""
    return art.norms[k] == "الدوري" and k > lo and art.norms[k - 1].removeprefix("و").removeprefix(
        "ب").startswith(tuple(_REGULAR_OF) + tuple("ال" + w for w in _REGULAR_OF))


def find_steps(doc: Doc, kb: Any = None, learned: dict[int, tuple[str, ...]] | None = None,
               heard_at: dict[tuple[int, str], int] | None = None) -> list[Span]:
    """``treaty_step`` spans of ``doc`` (see the module doc); ``kb`` folds cities and persons into countries.

    ``learned`` (sentence start → step kinds) adds the steps a learned reader heard in those sentences, each read
    as the rules read a step of that kind there (its agreement the sentence's first agreement noun; its modality,
    date, parties and taker by the same readers), marked ``how: "learned"``; see :func:`learned_steps`.
    ``heard_at`` ((sentence start, kind) → character offset) is the word the reader heard such a step in: the step
    is dated from it as a rule step from its cue word, then from its clause (:func:`learned_steps`)."""
    from marsad.nlp.events.treaty_life import _party_key, _party_keys, descriptive, name_words
    if _names_no_agreement(doc.text):
        return []  # (every step is read around an agreement noun)
    art = _Article(doc, kb)
    sents = sorted(doc.layers.get("sentence", []), key=lambda s: s.start) or [Span("sentence", 0, len(doc.text))]
    raw: list[dict[str, Any]] = []
    for s, lo, hi in art.sentence_ranges(sents):
        nouns = art.nouns[bisect.bisect_left(art.nouns, lo):bisect.bisect_left(art.nouns, hi)]
        # "تم الاتفاق على", "الاتفاق عليها": the verbal noun "agreeing", not an agreement
        nouns = [i for i in nouns if not ((i > lo and art.norms[i - 1] in _AGREEING_BEFORE)
                                          or (i + 1 < hi and art.norms[i + 1] in _AGREEING_AFTER))]
        if not nouns or any(has_word(art.norms[k], L.SPORT) and not _regular(art, k, lo) for k in range(lo, hi)):
            continue  # a club's transfer "agreement" is not a treaty
        cues: list[tuple[int, str]] = []
        deciders: dict[int, int] = {}  # a decision's "الموافقة" → the body that decided it
        regionals: dict[int, dict[str, Any]] = {}  # an endorsement's cue → the regional body that took it
        for i in range(lo, hi):
            kind = _CUES.get(art.stemmed[i])
            if kind is None and has_word(art.norms[i], _FORCE) and i + 1 < hi and art.norms[i + 1] in (
                    "التنفيذ", "النفاذ", "التطبيق"):
                kind = "in_force"
            if kind is None and has_word(art.norms[i], _FORCE_ALSO) and not (
                    i + 1 < hi and _CUES.get(art.stemmed[i + 1]) == "withdrawn"):
                kind = "in_force"  # (not a withdrawal taking effect: "يسري الانسحاب بعد ستة أشهر")
            if kind == "signed" and art.norms[i] in ("توقع", "يتوقع", "المتوقع"):
                continue  # "توقع" is also "expect"
            if kind == "extended" and not _extends(art, i, hi):
                continue  # "تمديد المهلة", "جدد رفضه": something else extended or renewed
            if art.stemmed[i] in ("انجاز",) and art.norms[i].startswith(("ال", "بال", "وال")):
                continue  # "الإنجاز الأكبر": an achievement, not the conclusion of an agreement ("إنجاز الاتفاق")
            bare = art.norms[i][1:] if art.norms[i][:1] in ("و", "ف") and len(art.norms[i]) > 3 else art.norms[i]
            if kind is None and _stem_of(bare) in _JOIN_STEMS and (art.object_of(i, hi, (
                    "الي", "إلى")) or i + 1 < hi and art.norms[i + 1] in _TO_IT
                    and any(n < i and art.same_gender(n, art.norms[i + 1]) for n in nouns)
                    and art.taker(i + 1, hi)):  # (a state named: "وانضمت إليها فنلندا", not "انضمت إليها لاحقا دول")
                kind = "ratified"  # accession: "انضمت فلسطين إلى المعاهدة", "أودعت ... وثيقة انضمامها إلى الاتفاقية"
            if kind is None and _stem_of(bare) in _LEAVE and art.object_of(i, hi, ("من",)):
                kind = "withdrawn"  # "أعلنت خروجها من الاتفاقية"
            if kind is None and bare in _DISCUSS and art.draft_of(i, hi):
                kind = "negotiated"  # "ناقش خبراء من البلدين اليوم مسودة اتفاق لترسيم الحدود": its text negotiated
            if kind is None and bare in _STOP_WORK and art.works_with(i, hi):
                kind = "suspended"  # "أوقفت الحكومة العمل بالمعاهدة" ("أوقفت العمل بالمعاهدة")
            if kind is None and bare in _START_WORK and art.works_with(i, hi):
                kind = "in_force"  # "بدأ العمل بالاتفاقية"
            if kind is None and _made(art, i, lo, hi):
                kind = "concluded"  # "وعقدت الدولتان اتفاقا سريا مع الشركة": made, its noun the object
            if kind == "negotiated" and i > lo and art.norms[i - 1] in _ASIDE_OF:
                continue  # "على هامش مفاوضاتها مع ...": other talks, the time the sentence's step was taken in
            if kind is None and art.norms[i] in _ROUND and i > lo and art.norms[i - 1].removeprefix("و") in _CLOSING \
                    and i + 1 < hi and art.norms[i + 1] in _ROUND_OF and _CUES.get(art.stemmed[i + 1]) is None \
                    and not (i + 2 < hi and _CUES.get(art.stemmed[i + 2]) == "negotiated") \
                    and art.round_closed_by(lo, i, cues) is not None:
                kind = "negotiated"  # "وقعا بالأحرف الأولى على الاتفاقية، في ختام جولة مشاورات استمرت يومين": the
                # round the initialling closed, told with no word of talks that is a cue (read as one below)
            if kind is None and art.norms[i].lstrip("و") in _AGREE_ON and art.agreed_text(i, hi):
                kind = "concluded"  # "اتفقت روسيا والولايات المتحدة أمس على النص النهائي للمعاهدة"
            if kind is None and art.norms[i].startswith(("موافق", "بموافق")) and any(
                    art.norms[k].lstrip("وف") in _GRANT for k in range(max(lo, i - 8), i)) and any(
                    has_word(art.norms[k], BODIES) for k in range(max(lo, i - 8), i)):
                kind = "ratified"  # "منحت الجمعية الوطنية الأرمينية اليوم موافقتها على معاهدة السلام"
            if kind is None and art.norms[i].lstrip("و") in _SIGN_WITH and any(
                    "توقيع" in art.norms[k] for k in range(i + 1, min(hi, i + 16))):
                kind = "signed"  # "ذيّل رئيس الوزراء ... والرئيس ... اليوم بتوقيعهما اتفاقية ..."
            if kind is None and art.norms[i] in _BECOME and i - 2 >= lo and art.norms[i - 1] in _RELATIVE \
                    and any(art.name_at(n, hi)[2] == i - 2 for n in nouns if i - 10 <= n < i - 1) \
                    and any(art.norms[k] in _IN_FORCE_ADJ for k in range(i + 1, min(hi, i + 3))) \
                    and not any(art.norms[k] in ("غير", "ليست", "ليس", "لم", "لن", "لا") for k in range(i + 1, i + 3)):
                # (not "التي أصبحت غير نافذة منذ سنوات")
                kind = "in_force"  # "الاتفاقية التي أصبحت نافذة أمس": the agreement before the relative became so
            becomes = kind is None and art.norms[i].lstrip("و") in _BECOME
            subject = next((k for k in range(i + 1, min(hi, i + 4)) if k in art.nouns_set), None) if becomes else None
            # (the adjective after the agreement's whole name, in its clause: "أصبحت الاتفاقية الدولية للحد من ...
            # السفن نافذة")
            reach = next((k for k in range(i + 1, min(hi, i + 18)) if not art.norms[k][:1].isalnum()),
                         min(hi, i + 18)) if subject is not None else i + 10
            if becomes and subject is not None and any(
                    art.norms[k] in _IN_FORCE_ADJ for k in range(i + 1, min(hi, reach))) and not any(
                    art.norms[k].lstrip("وف") in _NEGATIONS for k in range(lo, i)) and not any(
                    has_word(art.norms[k], _NOT_YET_FORCE) or art.norms[k].startswith(("مطالب", "بجعل"))
                    for k in range(i + 1, min(hi, i + 10))):
                # the agreement its subject, right after the verb, no aim or demand between ("أصبح الطريق ممهدا
                # لكي تصبح الاتفاقية نافذة", "باتت الوزارة مطالبة بجعل الاتفاقية نافذة")
                kind = "in_force"  # "أصبحت اتفاقية الشراكة ... نافذة اعتبارا من اليوم"
            if kind is None and art.norms[i] in ("بالموافقه", "بالمصادقه") and (
                    art.royal_will(lo, i) or art.decree_issued(lo, i) or art.numbered_act(lo, i) is not None
                    or art.promulgated(lo, i)) \
                    and i + 1 < hi and (
                        art.norms[i + 1] in ("عليه", "عليها") and art.stands_for_agreement(lo, i, i + 1)
                        or art.norms[i + 1] in ("على", "علي") and art.through(i + 2, hi) in art.nouns_set):
                kind = "ratified"  # "بعد أن صدرت الإرادة الملكية السامية بالموافقة عليه" (the law of ratification)
            if kind is None and art.norms[i] in ("موافقه", "بموافقه") and art.house_approval(lo, i, hi):
                kind = "ratified"  # "بعد موافقة مجلس النواب عليها في جلسته المنعقدة يوم 27 يناير": recalled
            if kind is None and art.norms[i] == "الموافقه":
                decider = art.decided_approval(lo, i, hi)
                if decider is not None:
                    kind = "ratified"  # "قرر مجلس الوزراء الموافقة على اتفاقية ...": the cabinet approves it
                    deciders[i] = decider
            if kind is None and (art.norms[i] in _APPROVE or art.norms[i][:1] in ("و", "ف") and art.norms[i][1:] in
                                 _APPROVE) and art.approves(i, hi):
                kind = "ratified"  # "وافق مجلس النواب على الاتفاقية", "صوت البرلمان لصالح المعاهدة"
            if kind is None:
                continue  # (no cue: what follows only checks or qualifies a cue's kind)
            if kind == "in_force" and art.argued(lo, i, hi):
                continue  # "وبغض النظر عن ردود الفعل، فإن الاتفاق دخل حيز التطبيق": a writer's argument, no day
            joined = " ".join(art.norms[max(lo, i - _COUNCIL_REACH):min(hi, i + _COUNCIL_REACH + 1)])
            joined = joined.replace("مجلس الامن القومي", "مجلس قومي")  # a country's council, as "الوطني" below
            # (an agreement named for the United Nations is no step of theirs: "صادق البرلمان على اتفاقية الأمم
            # المتحدة لمكافحة الفساد")
            joined = _UN_NAMED.sub(" ", joined)
            # the council near the cue took it (not an agency of the United Nations: "أقرها المؤتمر العام لمنظمة
            # الأمم المتحدة للتربية والعلم والثقافة")
            council = "مجلس الامن" in joined and "مجلس الامن الوطني" not in joined or "الامم المتحده" in joined.replace(
                "منظمه الامم المتحده", "").replace("لمنظمه الامم المتحده", "").replace("لدي الامم المتحده", "")
            # (a document deposited with the United Nations: "أودعت وثيقة انضمامها لدى الأمم المتحدة")
            if kind in ("ratified", "endorsed") and (regional := art.regional_body(i, hi)) is not None:
                kind, council = "endorsed", False  # "بعد إقرار مجلس السلم والأمن الأفريقي للاتفاق": a regional
                regionals[i] = regional  # organisation's council endorses it, as the Security Council does
            if kind == "endorsed" and not council and i not in regionals:
                continue
            if kind == "ratified" and council:
                kind = "endorsed"  # "قرار مجلس الأمن يصادق على الاتفاق": an endorsement, not a ratification
            if kind == "withdrawn" and art.left_other(i, hi):
                continue  # "انسحب نواب المعارضة من الجلسة": a walkout from a session, not from the agreement
            if kind == "suspended":
                after = range(i + 1, min(hi, i + 5))
                noun_at = next((k for k in after if art.stemmed[k] in TREATY_NOUNS), None)
                if noun_at is None or any(art.norms[k] in ("علي", "عليه", "عليها") for k in range(i + 1, noun_at)):
                    continue  # "علّق الوزير على" is to comment; a suspension names what it suspends right after
            if kind == "ratified" and art.stemmed[i] in _WEAK_RATIFY and not any(
                    has_word(art.norms[k], BODIES) for k in range(max(lo, i - 4), min(hi, i + 4))):
                continue  # "أقر" is also to admit: a ratification names the body that ratifies
            if kind == "ratified" and art.cabinet_acts(i) and art.bill_referred(i, hi):
                continue  # "أقر مجلس الوزراء مشروع قانون التصديق على الاتفاقية وأحاله إلى مجلس النواب": a bill sent
                # on to the house, whose approval is to come
            clause_end = next((k for k in range(i + 1, min(hi, i + 8)) if art.norms[k] in _RELATIVE or _CUES.get(
                art.stemmed[k]) == "signed" or art.norms[k] in ("،", ".", "؛")), min(hi, i + 8))
            if kind == "signed" and any(art.norms[k] in ("بالاحرف", "الاحرف") for k in range(i + 1, clause_end)):
                # (in the cue's own clause: "وقع البلدان الاتفاقية التي وقعاها بالأحرف الأولى" signs today)
                kind = "concluded"  # initialled: "وقّع الوزيران بالأحرف الأولى على الاتفاقية" (the text agreed)
            if kind:
                cues.append((i, kind))
            if kind == "negotiated" and art.talks_ended(lo, i):
                cues.append((i, "concluded"))  # "أنهيا أمس المفاوضات حول اتفاقية ...": concluded too
        heard: dict[tuple[int, str], int] = {}  # a learned step's cue → the word the reader heard it in
        if learned_here := (learned or {}).get(s.start, ()):
            # the kinds the rules took a cue of here, whatever kind they made of it ("وقع ... بالأحرف الأولى" is a
            # conclusion, not a signing the reader may add) ...
            ruled = {k for _c, k in cues} | {k for c, _k in cues if (k := _CUES.get(art.stemmed[c]))}
            # ... and any word of the rules' lexicon of a kind in the sentence: the rules read it and left it
            # ("وكانت هيئة البرلمان قد وافقت على الاتفاقية": the house's bureau, not the house)
            ruled |= {k for i in range(lo, hi) if (k := _CUES.get(art.stemmed[i]))}
            if any(n in _APPROVE or n[:1] in ("و", "ف") and n[1:] in _APPROVE
                   or n.startswith(("موافق", "بموافق", "الموافق", "بالموافق")) for n in art.norms[lo:hi]):
                ruled.add("ratified")
            for kind in learned_here:
                if kind in ruled:
                    continue  # the rules read a cue of that kind here and judged it (negated, an aim, another object)
                # a step the learned reader heard here: its cue is the agreement noun the sentence names first
                cues.append((nouns[0], kind))
                w = (heard_at or {}).get((s.start, kind))
                k = bisect.bisect_right(art.starts, w) - 1 if w is not None else -1
                heard[nouns[0], kind] = k if lo <= k < hi else nouns[0]
        for cue, kind in cues:
            by_model = (cue, kind) in heard
            at = heard.get((cue, kind), cue)  # (the word the step is dated from: its cue, or where the reader heard it)
            if kind == "negotiated" and (closing := art.round_closed_by(lo, cue, cues)) is not None:
                cue = at = closing  # "وقعا بالأحرف الأولى على الاتفاقية، في ختام الجولة الرابعة من المفاوضات": the
                # talks were held up to the step that closed them, on its day and on its agreement
            near = [n for n in nouns if abs(n - cue) <= _CUE_REACH and not art.aside_names(cue, n, hi, nouns)
                    and not art.other_object(cue, n, hi)]
            if not near and art.stemmed[cue] not in _MASDAR and art.norms[cue] not in _PARTICIPLES:
                # a verb whose subject is long: "وقّع الرئيس ... ونظيره ... اليوم في الكرملين على «معاهدة ...»"
                far = art.object_after(cue, hi, nouns, direct=(kind in ("signed", "concluded") or kind == "ratified"
                                                               and art.stemmed[cue] in _WEAK_RATIFY)
                                       and not _verbal_noun(art.norms[cue]))
                near = [far] if far is not None else []
                if not near and kind == "extended":
                    # the agreement _extends reached past the subject and an aside ("مدد البلدان أمس، في حفل أقيم
                    # ...، العمل بالاتفاقية"): the first named after the verb
                    near = [n for n in nouns if cue < n][:1]
            if cue + 1 < hi and (art.norms[cue + 1] in ("عليه", "عليها", "عليهما") or art.norms[cue + 1] in _TO_IT
                                 or art.pronoun_after_subject(cue, hi)):
                # ("وانضمت إليها فنلندا عام 2012": the agreement the sentence named before)
                # "قرار جرى التفاوض عليه في إطار الاتفاق": the cue's object is named before it; "دخلت الاتفاقية
                # ... حيز التنفيذ اليوم، بعد أن صادقت عليها الجمعية": however far back in the sentence
                near = [n for n in near if n < cue] or [n for n in nouns if n < cue and (
                    art.norms[cue + 1] not in ("عليه", "عليها") or art.same_gender(n, art.norms[cue + 1]))][-1:] \
                    or [n for n in nouns if n < cue][-1:]  # (of the pronoun's gender: "اتفاقية ... محل اتفاق 1990،
                # بعد أن وافق عليها مجلس الوزراء" is the agreement's approval, not the old one's)
            if art.norms[cue] == "موافقه" and any(art.norms[k] in ("عليه", "عليها") for k in range(cue + 2,
                                                                                                  min(hi, cue + 6))):
                near = [n for n in nouns if n < cue][-1:]  # "بعد موافقة مجلس النواب عليها": named before it
            bare_verb = _stem_of(art.norms[cue][:-2].rstrip("ه")) if art.norms[cue].endswith(("ها", "هما")) else ""
            if not near and _CUES.get(bare_verb) and not bare_verb.startswith("ت") and (
                    len(bare_verb) <= 4 or bare_verb.endswith(("ت", "وا", "ا"))):  # (a verb, not "بعد توقيعها")
                # a verb with the agreement as its pronoun: "صدّق على الاتفاقية بمرسوم ...، بعد أن أقرها البرلمان
                # الكيني في يونيو"
                near = [n for n in nouns if cue - 30 <= n < cue][-1:]
            if not near and kind == "in_force" and art.norms[cue] == "حيز" and any(
                    art.norms[k].startswith("ود") or art.norms[k] == "ثم" for k in range(max(lo, cue - 3), cue)):
                # "ووقع المعاهدة ... في براغ في أبريل 2010، ودخلت حيز التنفيذ في فبراير 2011": the agreement the
                # sentence told of before, subject of the coordinated verb
                near = [n for n in nouns if cue - 40 <= n < cue][-1:]
            if not near and kind == "in_force" and art.norms[cue] == "حيز":
                # "دخل البروتوكول الإقليمي لمكافحة التلوث ... في البحر الأحمر وخليج عدن حيز النفاذ": the agreement
                # right after the verb, past its long name
                verb = next((k for k in range(cue - 1, max(lo, cue - 24) - 1, -1)
                             if art.norms[k].lstrip("وف") in ("دخل", "دخلت", "تدخل", "يدخل", "ستدخل", "سيدخل")
                             or art.norms[k] in (".", "،", "؛")), None)
                if verb is not None and art.norms[verb] not in (".", "،", "؛") and verb + 1 in art.nouns_set:
                    near = [verb + 1]
                elif verb == cue - 1 and art.norms[verb].lstrip("وف") in ("دخل", "دخلت"):
                    # "أن الاتفاقية المتعلقة بالتعاون القضائي ... بين تونس والجزائر دخلت حيز النفاذ": the agreement
                    # its subject, named before it in the clause
                    start = next((k for k in range(verb - 1, max(lo, verb - 30) - 1, -1)
                                  if art.norms[k] in _THAT or art.norms[k] in (".", "؛", ":")), lo)
                    near = [n for n in nouns if start < n < verb][:1]
            if not near and kind == "negotiated" and any(w in _RECALLED_BEFORE
                                                         for w in art.norms[max(lo, cue - 2):cue]):
                # "وقع الاتفاقية ... وزير الطاقة، بعد مفاوضات استمرت أشهرا": the talks that led to the sentence's
                # agreement, however far back it is named
                near = [n for n in nouns if n < cue][-1:]
            if not near and kind == "negotiated":
                # "اختتمت الجولة السادسة من المفاوضات ... بشأن تقاسم مياه النهر، وأعلن الوزير أن الوفود أحرزت تقدما
                # في مشروع اتفاقية تقاسم مياه النهر": the agreement named later by the talks' own subject
                near = art.named_by_topic(cue, hi, nouns)
            participle = art.norms[cue] in _PARTICIPLES and not (cue + 1 < hi and art.norms[cue + 1] in (
                "علي", "عليه", "عليها"))
            if not near and not participle:
                continue
            if participle:
                # a participle qualifies the agreement before it, with only the agreement's words between
                # ("اتفاقية وقف إطلاق النار الموقعة"), or names it with على ("الدول الموقعة على المعاهدة"); else
                # it is another word: "في الموقع اتفاقيات", "اتفاقيات لمساعدة ... في استخدام الموقع" (the site)
                near = [n for n in nouns if cue - 20 <= n < cue and art.qualifies(art.name_at(n, hi)[2], cue)
                        and not (art.norms[cue].startswith("ال") and art.purpose_after(n))][-1:]
                # (an indefinite noun takes no definite adjective: "اتفاق لإنهاء العقد الموقع عام 2011" — the
                # contract was signed then, not the agreement told by its purpose)
                # (a long name and its parties may stand between: "الاتفاقية الإطارية ... بين جمهورية العراق
                # والجمهورية التركية، الموقعة في أنقرة")
                if not near:
                    continue
            noun = min(near, key=lambda n: (abs(n - cue), n < cue))
            if not participle and noun < cue and art.replaced(noun):
                # "دخل الاتفاق الجديد حيز التنفيذ أمس ليحل محل اتفاق 1998، بعد أن صادق عليه الرئيس": the step after
                # the clause of the one replaced is the new one's, the agreement before it in the sentence
                new = [n for n in nouns if lo <= n < noun and not art.replaced(n)]
                if new:
                    noun = new[-1]
            known = next((k for k in range(noun - 1, max(lo, noun - 5) - 1, -1) if art.norms[k] in _KNOWN_AS), None)
            if known is not None and noun > cue - 12 and (head := next(
                    (n for n in nouns if known - 4 <= n < known and art.norms[n + 1] in ("،", ",")), None)) is not None:
                noun = head  # "وكانت الاتفاقية، المعروفة بـ«اتفاق سار»، قد دخلت حيز التنفيذ": the agreement the aside
                # names again is the subject before it
            if kind == "signed" and cue < noun and any(art.norms[k] in ("بالاحرف", "الاحرف")
                                                       for k in range(cue + 1, noun)):
                kind = "concluded"  # initialled past a time set aside: "وقّع ...، أمس الخميس، بالأحرف الأولى على نص"
            upto = noun if cue < noun else next((k for k in range(cue + 1, min(hi, cue + 8)) if k in art.nouns_set
                                                 or art.norms[k] in ("،", ".", "؛")), min(hi, cue + 8))
            if kind == "signed" and not _verbal_noun(art.norms[cue]) and any(
                    art.norms[k] in _SIGNED_LAW for k in range(cue + 1, upto)):
                continue  # "وقع الرئيس مرسوما يقضي بانسحاب بلاده من الاتفاقية", "وقع قانون التصديق على المعاهدة": a
                # decree or a law signed, not the agreement (its ratification or withdrawal is read on its own); so
                # after the agreement too: "صادق البرلمان على المعاهدة، فيما وقع الرئيس قانون التصديق"
            inner = art.named_inside(noun, hi)
            if inner is not None:
                noun = inner  # "التوصل إلى اتفاق بشأن «اتفاقية الشراكة ...»": the agreement named inside
            mod = art.modality(lo, cue, kind)
            if mod is None and art.retracted(cue):
                mod = "retracted"  # (no step, but the name it was told under names the article's bare nouns)
            elif mod is None:
                continue
            # "أي معاهدة", "معاهدة من هذا القبيل": not a particular agreement
            if noun > lo and art.norms[noun - 1] in ("اي", "لاي", "باي"):
                continue
            if noun > lo and art.norms[noun - 1] in _THAT_ONE and not art.norms[noun].startswith(("ال", "وال")):
                continue  # "تلك اتفاقية وقعت عام 2008": what the speaker points to, another agreement, described
            if mod == "done" and kind in ("signed", "concluded") and any(
                    _DECADE.match(art.norms[k]) and k + 1 < hi and art.norms[k + 1] in ("القرن", "قرن")
                    for k in range(max(lo, cue - 6), min(hi - 1, max(cue, noun) + 14))):
                continue  # "وقعا اتفاقية للتعاون القضائي منذ ثمانينيات القرن الماضي": named in passing, decades ago
            if noun in art.laws and kind != "ratified":
                continue  # "ويعمل بالقانون من تاريخ نشره": the law's own life, not the agreement's
            said, generic, name_end = art.name_at(noun, hi)
            if art.unnamed_counterpart(noun, name_end, hi):
                continue  # "على اتفاقية للتعاون في مجال التعليم مع دولة من آسيا الوسطى": an agreement of no name
                # with a state the report does not name, no record to keep
            a, b = min(cue, noun), max(cue, noun, name_end)
            # (a learned step's date is read around the word the reader heard it in, with its agreement when near)
            da, db = (min(at, noun), max(at, noun, name_end)) if at == cue or abs(at - noun) <= _CUE_REACH else (at, at)
            # (and the verb that issued a decree "بالموافقة" on it: "صدر أمس الإثنين 24 ذي القعدة 1447هـ المرسوم الملكي
            # ... القاضي بالموافقة على الاتفاقية" is dated by the days told after that verb)
            royal = art.stemmed[at] not in _MASDAR and kind == "ratified" and art.royal_will(lo, at)
            gov = art.governor(lo, at) if art.stemmed[at] in _MASDAR or royal else None
            near_from, near_to = art.toks[max(lo, min(da, gov if gov is not None else da) - _TIMEX_REACH)].start, \
                art.toks[min(hi - 1, db + _TIMEX_REACH)].end  # (the verb that announced it is dated too)
            held = next((k for k in range(db + 1, min(hi - 2, db + 6))
                         if art.norms[k].removeprefix("و") in ("في", "خلال")
                         and art.norms[k + 1] in _SESSIONS and art.norms[k + 2] in _RELATIVE), None)
            if kind in _PER_SESSION and held is not None:
                # "ووافق عليها مجلس الأعيان في جلسته التي عقدها في 26 مايو": the day of the session it names
                near_to = max(near_to, art.toks[min(hi - 1, held + 2 + _TIMEX_REACH)].end)
            if royal and gov is not None:
                near_from = art.toks[max(lo, gov)].start  # a decree's days are told after the verb that issued it,
                # not in the clause before ("وقعت الاتفاقية يوم 3 مارس 2026، وصدر المرسوم الملكي ...": undated)
            through_pronoun = noun < cue and cue + 1 < hi and art.norms[cue + 1] in ("عليه", "عليها", "عليهما")
            # (the rules' other cues: a rule step is dated as it is with no reader heard, and a learned step's word,
            # the one the reader's weights point to, is no verb of a step apart)
            steps_at = {c for c, k in cues if (c, k) not in heard} - {cue, at}
            others = tuple(art.toks[c].start for c in steps_at if (
                not da < c < db or through_pronoun and c < cue) and (
                gov is None or art.stemmed[c] not in _MASDAR or art.governor(lo, c) != gov))
            # (one verb announcing both; talks told between a verb and its agreement: "وقع ... بعد محادثات ...
            # على الاتفاقية")
            recalled = art.recalled(lo, cue)
            # (a verbal noun that opens what someone said, "اعتبر ظريف، أمس، أن توقيع الاتفاق كان ...": the day is
            # the saying's, the step its topic, taken before)
            topic = mod == "done" and (art.stemmed[cue] in _MASDAR or art.norms[cue] in ("توقيع", "التوقيع")) \
                and cue > lo and art.norms[cue - 1] in _COMPLEMENT
            # a decision the approval cites: its dates are not the step's (and its house's own step: below)
            cited = art.cited_decision(deciders[cue], cue) if cue in deciders else None
            date, source = art.date_near(near_from, near_to, art.toks[at].start, mod == "done", s.start, others,
                                         recalled or topic, cited)
            told_before = recalled or topic or mod == "done" and (art.background(lo, cue)
                                                                  or art.vague_past(lo, hi, cue))
            # (a step to come in the pluperfect or after "يذكر أن" is no background: "كان قد أعلن أن البلدين
            # سيوقعان"; one the sentence recalls, "بعد توقيع الاتفاق", is, whatever its modality)
            if by_model and source == "article" and not told_before:
                date, source = _learned_date(art, raw, s, lo, hi, at, noun, (da, db),
                                             (mod == "done", recalled or topic), others, cited)
            if source == "article" and told_before:
                # a step recalled, not reported: on the one date its own clause writes, else by the report's date
                c0, c1 = art.own_clause(lo, hi, da, db)
                own = art.sentence_date(art.toks[c0].start, art.toks[c1 - 1].end, art.toks[at].start, others)
                date, source = (own, "timex") if own else (date, "before")
            if mod == "done" and (source == "article" and not told_before or source == "before"):
                # a date at the end of the step's own clause, past a long subject: "ووقع المعاهدة الرئيسان ...
                # و... في براغ في أبريل/نيسان 2010، ودخلت ..."; so too for a step recalled ("التي وقعها الرئيسان
                # ... في عام 1993"), a stop written before the year's digits («في عام .1993») no end, and its clause
                # ends where someone speaks ("عن الاتفاق الذي تم التوصل إليه وقال أمس": the day he spoke)
                stop = next((k for k in range(db + 1, hi) if art.norms[k] in ("،", ".", "؛", ":")
                             and not art.stop_before_year(k, hi) or k in steps_at
                             or source == "before" and art.norms[k] in _SPEECH), hi)
                if db + _TIMEX_REACH < stop <= db + 24:
                    late, how = art.date_near(art.toks[db].end, art.toks[stop - 1].end, art.toks[at].start, True,
                                              s.start)
                    if how == "timex":
                        date, source = late, how
                if source != "timex" and stop + 2 < hi and art.norms[stop] == "،" and art.norms[stop + 1] == "وذلك" \
                        and art.norms[stop + 2] in ("بتاريخ", "في", "يوم", "امس", "اليوم"):
                    # "...، وذلك بتاريخ السادس من جمادى الآخرة 1448 هـ": the day the whole act before is told on
                    tail = next((k for k in range(stop + 2, hi) if art.norms[k] in ("،", ".", "؛", ":")), hi)
                    late, how = art.date_near(art.toks[stop + 1].start, art.toks[tail - 1].end, art.toks[at].start,
                                              True, s.start)
                    if how == "timex":
                        date, source = late, how
            if source == "article" and mod == "done" and kind in _PER_SESSION and not told_before \
                    and (day := art.session_day) is not None and art.in_session(lo, hi, at):
                # "عقد مجلس نواب الشعب، أمس الأربعاء 17 جوان، جلسة عامة ..." then "وصادق النواب ... على": a body's
                # step in the session the sentence that tells it dates (see session_lead; a day inferred: "session")
                date, source = day, "session"
            if source == "article" and kind == "signed" and mod == "done" and art.ceremony_at_occasion:
                source = "before"  # "وقعت المملكة اتفاقيات ..." then "وجرت مراسم التوقيع في جنيف على هامش اجتماع
                # المنظمة": signed at the meeting, by the report's day (the day not told)
            if source == "article" and mod == "expected" and any(has_word(w, _AUTHORISE) for w in art.norms[lo:at]):
                date, source = None, None  # "وافق مجلس الوزراء على تفويض الوزير بالتباحث ... والتوقيع عليه": the
                # cabinet's day is the authorisation's, not the signing's (none told yet)
            if source == "article" and kind == "signed" and mod == "done" and art.signing_named(lo, at):
                date, source = None, None  # "كانت هناك أحداث ...، وتوقيع اتفاقية كامب ديفيد": named, not dated
            if source == "article" and mod == "done" and art.spread_over_time(lo, hi):
                # "أما العرب، فقد وقعوا الاتفاقية المذكورة، وصادقوا عليها، دولة بعد أخرى": steps many states took over
                # the years, told in a column, not taken on the report's day (no date: background)
                date, source = None, None
            parties, organisations = art.parties_in(art.party_tokens(lo, hi, cue, noun, name_end),
                                                    range(noun, name_end + 1))
            if len(parties) < 2 and not organisations:
                keys = _party_keys(parties)
                parties += [p for p in art.with_subject(lo, hi, cue, noun, name_end) if _party_key(p) not in keys][:1]
            if len(parties) < 2 and not organisations:
                keys = _party_keys(parties)
                parties += [p for p in art.agreeing(s.start, s.end) if _party_key(p) not in keys]
            if len(parties) < 2 and not organisations and art.between_sides(name_end, hi):
                # "اتفاقية نقل المحكومين بين البلدين": the two states a step before in the report named
                keys = _party_keys(parties)
                pair = next((r["data"]["parties"] for r in reversed(raw) if len(r["data"]["parties"]) == 2), [])
                if not keys or keys & _party_keys(pair):
                    parties += [p for p in pair if _party_key(p) not in keys]
            counterpart = len(parties) == 1 and not organisations and art.counterpart_with(name_end, hi, parties)
            if len(parties) == 1 and not organisations and (home := art.counterpart_home(lo, name_end, hi, parties)):
                parties.append(home)  # "الخرطوم - صادق المجلس على اتفاقية الربط الكهربائي مع مصر": Sudan's too
            if source == "before" and date == art.anchor and kind in ("signed", "concluded") \
                    and not recalled and (lead := _same_day_lead(art, raw, kind, parties)) is not None \
                    and (art.told_as_aside(lo, b) or not generic and not lead["data"]["generic"]
                         and lead["data"]["said"] == said):
                # "وقع ولي العهد والرئيس الفرنسي اليوم اتفاقية ... وكان الجانبان قد وقعا أيضا اتفاقية ...": the
                # pluperfect of style for the same ceremony the report tells, not a step of earlier days (another
                # agreement with no word of the same occasion is an older one recalled: "وكانت مصر والسودان قد
                # وقعتا اتفاقية الحريات الأربع")
                date, source = lead["data"]["date"], lead["data"]["date_source"]
            data: dict[str, Any] = {
                "said": said, "generic": generic, "modality": mod, "date": date, "date_source": source,
                "parties": _canonical(parties, art.kb),
                "sentence": [s.start, s.end],
                "cue": art.text[art.toks[cue].start:art.toks[cue].end],
            }
            if by_model:
                data["how"] = "learned"
            if kind == "signed" and mod == "done" and cue < noun and (signer := art.lone_signer(cue, noun)):
                data["signer"] = signer  # "وقّع السودان أمس على الاتفاقية": one state signs (on its own day, if
                # the others signed on another: treaty_life)
            if not generic and (sides := art.sides_clause(name_end, hi, states := [])) > name_end:
                # the title as written with its parties ("... بين دولة الكويت وجمهورية أذربيجان"): a form reports
                # name it by, kept among the record's aliases (its parties are listed beside its name) if the states
                # it names are the record's parties (treaty_life)
                data["with_sides"] = said + art.text[art.toks[name_end].end:art.toks[sides].end]
                data["sides"] = _canonical(states, art.kb)
            if organisations:
                data["organisations"] = True
            if counterpart:
                data["counterpart"] = True  # (a body of no nationality acting on it is the other side's: treaty_life)
            if kind == "extended":
                _extension_terms(art, name_end, hi, data)  # "حتى عام 2030", "لمدة عامين": the new end, the period
            kind_only = descriptive(name_words(art.own_names.get(noun) if generic else said))
            two_states = sum(not p.get("group") for p in data["parties"]) >= 2
            about = art.topic(noun, hi) if generic and not (kind_only and two_states) else None
            if not about and kind_only and not two_states:
                # a name that only tells its kind, with no two states as parties ("اتفاقية التفاهم على برنامج
                # كوريا الشمالية النووي"): two states' own agreement on the subject ("ووقعت روسيا وإيران اتفاقية
                # التعاون ... على برنامج إيران النووي", "اتفاقية التفاهم بين مصر وروسيا حول برنامجها النووي") is
                # theirs, named by its kind, not the deal named for the subject
                about = art.topic(noun, hi, on=True)
            if about:
                data["about"] = about  # "الاتفاق حول الملف النووي": a bare noun told by its topic (see treaty_life)
                # ... and a name that only tells the kind of agreement: "معاهدة التفاهم بين ... حول برنامجها النووي"
                data["generic"] = True
            city = art.named_for(noun, name_end)
            if city:
                data["named_for"] = city  # "اتفاق فيينا": named for where it was made (see treaty_life)
                subject = art.city_subject(noun, name_end, hi)
                if subject:
                    data["city_subject"] = subject  # "اتفاق فيينا الخاص بالبرنامج النووي": the nuclear agreement
            places = art.places(max(lo, a - _TIMEX_REACH), min(hi, b + _TIMEX_REACH + 1)) - {city}
            if places:
                data["at"] = sorted(places)
            if kind == "endorsed":
                data["by"] = dict(regionals.get(cue) or _UNSC)
                org = data["by"].pop("of", None)  # (the organisation whose council it is: no party of the agreement)
                data["parties"] = [p for p in data["parties"] if (p.get("name_en") not in (None, "UN Security Council")
                                                                  or p.get("group")) and p.get("name_en") != org] \
                    or data["parties"]
            elif kind in ("ratified", "withdrawn", "suspended"):
                gov = art.governor(lo, cue) if art.stemmed[cue] in _MASDAR or any(
                    art.stemmed[cue].endswith(x) and art.stemmed[cue][:-len(x)] in _MASDAR for x in _PRONOUN_SUFFIX) \
                    else None  # ("أعلنت ... انسحابها")
                body = art.body_near(min(lo, deciders.get(cue, lo)), hi, deciders.get(cue, cue if gov is None else gov),
                                     heads=kind == "ratified", at=cue)  # (a decision listed after its body's
                # paragraph: "عقد مجلس الوزراء جلسته ... من بينها:" then "أولا: الموافقة على ...")
                if body and not body.get("country") and fold(body.get("name") or "").lstrip("و") == "المجلس":
                    full = art.council_before(deciders.get(cue, cue))
                    if full:
                        body = dict(body, name=full)  # "عقد مجلس الوزراء جلسته ... ووافق المجلس على اتفاقية":
                        # the council named in full before (one step with the reports that name it so)
                if kind == "ratified" and (body is None or not body.get("country")) \
                        and (lender := art.lender_board(lo, max(cue, noun))) is not None:
                    # "وافق المجلس التنفيذي لصندوق النقد الدولي على اتفاق التمويل": the fund's own approval
                    body = {"name": (body or {}).get("name") or lender["name"], "country": {
                        "name": lender["name"], "name_en": lender["name_en"]}}
                more: list[dict[str, Any]] = []
                if gov is not None and (body is None or not body.get("country")):
                    # the subject of the verb that announced it, each country its own step: "أعلنت مالي وبوركينا
                    # فاسو والنيجر أمس انسحابها من نظام روما الأساسي", "وكانت المجر قد أعلنت انسحابها"
                    end = gov + 1  # the subject is the run right after the verb, up to a preposition or a time
                    while end < cue and art.norms[end][:1].isalpha() and not (
                            art.norms[end] in _FUNCTION | _FUNCTION_MORE | _NOT_SUBJECT
                            or has_word(art.norms[end], L.WEEKDAYS)):
                        end += 1  # ("أعلنت كندا ردا على الصين انسحابها": China is no taker)
                    subj = art.parties_in(set(range(gov + 1, end)), range(0))[0]
                    if not subj and end < cue and art.norms[end] == "في" and any(
                            art.norms[j].lstrip("و") in _AUTHORITIES for j in range(gov + 1, end)):
                        # "أعلنت السلطات في النيجر تعليق العمل بالاتفاقية": the authorities of the state after في
                        stop = next((j for j in range(end + 1, min(cue, end + 4)) if not art.norms[j][:1].isalpha()),
                                    min(cue, end + 4))
                        subj = [c for j in range(end + 1, stop) if (c := _country_of_the_name(
                            art.text[art.toks[j].start:art.toks[j].end], art.kb))][:1]
                    if not subj:
                        one = art.subject_before(lo, gov)
                        subj = [one] if one else []
                    subj = [p for p in subj if not p.get("group") and p.get("name_en")]
                    takers = [{"name": p.get("name"), "country": {"name": p.get("name"), "name_en": p.get("name_en")}}
                              for p in subj]
                    if takers:
                        body, more = takers[0], takers[1:]
                if kind in ("suspended", "withdrawn") and (body is None or not body.get("country")) and not more \
                        and (notifier := art.notice_of(lo, cue)) is not None:
                    # "أخطرت النيجر فرنسا رسمياً بانسحابها من الاتفاقية": the state that gives notice of its own
                    # withdrawal, not the one notified
                    body = {"name": notifier.get("name"), "country": {"name": notifier.get("name"),
                                                                      "name_en": notifier.get("name_en")}}
                if kind in ("suspended", "withdrawn") and gov is not None and (body is None or not body.get(
                        "country") or _titled_government(fold(body.get("name") or ""))) and not more \
                        and (ministry := art.ministry_after(gov, cue)) is not None:
                    # "بغداد - ...: أعلنت وزارة النفط، أمس السبت، تعليق العمل بالاتفاقية مع الأردن": a ministry
                    # named with no nationality is a ministry of the state the report is written in
                    where = art.report_state()
                    named = {p.get("name_en") for p in data["parties"] if p.get("name_en")}
                    if where and where.get("name_en") and (where["name_en"] in named or len(named) <= 1):
                        body = {"name": ministry, "country": {"name": where.get("name"),
                                                              "name_en": where.get("name_en")}}
                if kind == "ratified" and (body is None or not body.get("country")) \
                        and (notifier := art.notifier(lo, cue)) is not None:
                    # "وكانت إسبانيا قد أبلغت نواكشوط باستكمال إجراءاتها الداخلية للمصادقة": the state that tells
                    body = {"name": (body or {}).get("name") or notifier.get("name"), "country": {
                        "name": notifier.get("name"), "name_en": notifier.get("name_en")}}  # (its body if told:
                    # "باستكمال إجراءاتها الدستورية بتصديق رئيس الجمهورية")
                if kind == "ratified" and (body is None or not body.get("country")) and gov is not None:
                    # "صدر في الرياض الشهر الماضي مرسوم ملكي بالمصادقة على الاتفاقية": a decree issued in a capital
                    # is its country's
                    where = art.decree_place(gov, cue)
                    if where:
                        body = {"name": (body or {}).get("name") or where.get("name"), "country": {
                            "name": where.get("name"), "name_en": where.get("name_en")}}
                if body and body.get("name") and not body.get("country"):
                    # a body with no nationality: the country a relative clause hangs it on ("بعد نيجيريا التي
                    # صادق المجلس التنفيذي فيها"), else the dateline's in the lead ("الرباط – صادق مجلس النواب")
                    where = art.relative_country(lo, cue) or art.dateline_country(lo, cue, body.get("name")) \
                        or art.house_country(cue, body.get("name"), data["parties"]) or art.becomes_nth(cue, hi) \
                        or art.cabinet_country(body.get("name"), data["parties"]) \
                        or art.home_house(cue, body.get("name"), data["parties"]) \
                        or art.house_told_again(body.get("name"), data["parties"])
                    if where:
                        body = dict(body, country={"name": where.get("name"), "name_en": where.get("name_en")})
                if kind == "ratified" and (body is None or not body.get("country")):
                    # "المرسوم السلطاني", "مرسوم اتحادي", "المرسوم الأميري": the one party whose state issues such
                    # decrees
                    by_kind = art.decree_state(lo, hi, gov if gov is not None else cue, cue, data["parties"])
                    if by_kind:
                        body = {"name": (body or {}).get("name") or by_kind.get("name"), "country": {
                            "name": by_kind.get("name"), "name_en": by_kind.get("name_en")}}
                if kind == "ratified" and (body is None or not body.get("country")) and art.royal_will(lo, cue):
                    # "عمّان – صدرت الإرادة الملكية بالمصادقة على قانون تصديق البروتوكول": the kingdom of the dateline
                    where = art.dateline_country(lo, cue, decree=True) or art.line_dateline()
                    if where and where.get("name_en") in _DECREE_STATES["ملكي"]:
                        # (named as the will, the head of state's act: a step apart from the houses' votes)
                        body = {"name": (body or {}).get("name") or where.get("name"), "country": {
                            "name": where.get("name"), "name_en": where.get("name_en")}}
                if kind == "ratified" and (body is None or not body.get("country")) and not more:
                    # "وصادقت على الاتفاقية حتى الآن كل من موريتانيا والسنغال وتشاد": each state listed its own step
                    listed, not_yet = art.listed_states(cue, hi)
                    if listed:
                        body, more = listed[0], listed[1:]
                        known = {p.get("name_en") for p in data["parties"]}
                        data["parties"] = data["parties"] + [p for p in not_yet if p.get("name_en") not in known]
                if kind == "ratified" and mod == "done" and (body is None or not body.get("country")) and not more:
                    # "صادقت الجمعية الوطنية الكينية", "صدق الرئيس المصري", "القاهرة – صدق رئيس الجمهورية": the
                    # party a nationality near the verb names, else the dateline's state when it is a party
                    own = art.own_party(lo, hi, cue, data["parties"], body)
                    if own:
                        body = {"name": (body or {}).get("name") or own.get("name"), "country": {
                            "name": own.get("name"), "name_en": own.get("name_en")}}
                act = art.numbered_act(lo, cue) if kind == "ratified" else None
                if act is not None and data["date_source"] == "article" and (listed := art.list_day(lo)):
                    # "أصدر السلطان، أمس الاثنين، عددا من المراسيم، منها:" then "مرسوم سلطاني رقم 38 / 2026
                    # بالتصديق على ...": an act of a list is dated by the sentence that lists them
                    data["date"], data["date_source"] = listed, "timex"
                if kind == "ratified" and (body is None or not body.get("country")) and not more \
                        and act is not None:
                    # "تونس - ...: صدر بالرائد الرسمي القانون عدد 18 لسنة 2026 المتعلق بالموافقة على الاتفاقية": a
                    # law or decree told by its number is the act of the state whose gazette or dateline tells it
                    # (else left to the agreement's other side: "... بالموافقة على المعاهدة مع أذربيجان")
                    where = art.act_state(lo, act, data["parties"])
                    body = {"name": (body or {}).get("name") or where.get("name"), "country": {
                        "name": where.get("name"), "name_en": where.get("name_en")}} if where else body
                    data["act"] = True  # (its head of state's act, not a house's vote: treaty_life)
                if kind == "ratified" and body and body.get("country") and not more and art.royal_will(lo, cue) \
                        and not any(has_word(w, BODIES) for w in fold(body.get("name") or "").split()):
                    data["assent"] = True  # "صدرت الإرادة الملكية بالمصادقة على قانون التصديق": the king's assent
                for extra in more:
                    twin = dict(data, by=extra, parties=data["parties"] + [
                        {"name": extra["name"], "name_en": extra["country"]["name_en"], "entity_id": None}])
                    raw.append({"kind": kind, "tok": (min(cue, noun), max(cue, noun)), "noun": noun, "data": twin,
                                "twin": extra["country"]["name_en"]})
                if body:
                    c = body.get("country") if isinstance(body.get("country"), dict) else None
                    if c and not c.get("entity_id"):
                        # the country as the knowledge base names it, as the parties are ("تركيا" read from
                        # "الجمعية الوطنية الكبرى التركية" is Türkiye, the party of its other reports)
                        known = _canonical([{"name": c.get("name"), "name_en": c.get("name_en"), "entity_id": None}],
                                           art.kb)[0]
                        if known.get("entity_id"):
                            c = {"name": known.get("name"), "name_en": known.get("name_en")}
                            body = dict(body, country=c)
                    data["by"] = body
                    if c and c.get("name_en") and c["name_en"] not in {p.get("name_en") for p in data["parties"]} \
                            and not any(c["name_en"] in _GROUP_MEMBERS.get(p.get("name_en") or "", ())
                                        for p in data["parties"]):  # (a member of a group that is a side is not)
                        # the country that ratifies, suspends or withdraws is a party ("صوّت المجلس الوطني
                        # الأذربيجاني لصالح التصديق على معاهدة السلام مع أرمينيا")
                        data["parties"] = data["parties"] + [{"name": c.get("name"), "name_en": c["name_en"],
                                                              "entity_id": c.get("entity_id")}]
                        data["taker_party"] = c["name_en"]  # (a party its sentence names as the taker alone)
            first = art.second_decree.get(cue)
            lead = next((r for r in raw if first is not None and r["kind"] == kind and first < r["tok"][0] <= first + 3
                         and r["data"]["sentence"][0] == s.start), None)
            if lead is not None:
                # "أصدر الرئيس أمس مرسوما بالتصديق على اتفاقية ...، ومرسوما آخر بالتصديق على الاتفاقية ...": the
                # second decree issued on the first one's day, by its state
                data.update(date=lead["data"]["date"], date_source=lead["data"]["date_source"])
                if lead["data"].get("by"):
                    was = ((data.get("by") or {}).get("country") or {}).get("name_en")
                    data["by"] = lead["data"]["by"]
                    c = lead["data"]["by"].get("country") or {}
                    data["parties"] = [p for p in data["parties"] if p.get("name_en") not in (was, c.get("name_en"))] \
                        + ([{"name": c.get("name"), "name_en": c["name_en"], "entity_id": None}]
                           if c.get("name_en") else [])
            raw.append({"kind": kind, "tok": (min(cue, noun), max(cue, noun)), "noun": noun, "data": data})
            country = (data.get("by") or {}).get("country")
            if kind == "ratified" and mod == "done" and cited and country and (house := art.cited_council(cited)):
                # "بعد النظر في قرار مجلس الشورى رقم (84/44) وتاريخ 15/8/1436هـ، قرر مجلس الوزراء الموافقة على
                # اتفاقية ...": the house's approval, on its decision's date, is a step of its own beside the cabinet's
                raw.append({"kind": kind, "tok": (min(cue, noun), max(cue, noun)), "noun": noun, "data": dict(
                    data, by={"name": house[0], "country": country}, date=house[1], date_source="timex")})
            if kind in ("signed", "concluded", "ratified") and cue < noun and (not generic or noun in art.own_names):
                # agreements coordinated after the one the verb reaches take the same step: "وقع البلدان اتفاقية النقل
                # البحري واتفاقية النقل الجوي"
                last = noun
                while True:
                    k2 = next((k for k in range(last + 1, min(hi, last + 8)) if not (
                        art.norms[k].startswith(("ال", "و")) or art.norms[k] == "،" and k + 1 < hi
                        and art.norms[k + 1][:1] == "و" and k + 1 in art.nouns_set)  # ("اتفاقية ...، واتفاقية ...")
                               or art.norms[k][:1] == "و" and k in art.nouns_set), None)
                    if k2 is None or k2 not in art.nouns_set or art.norms[k2][:1] != "و":
                        k2 = art.coordinated_after(last, hi)  # "اتفاقية النقل الطرقي للبضائع، واتفاقية ..."
                    if k2 is None or k2 not in art.nouns_set or art.norms[k2][:1] != "و":
                        # right after the first one's whole name, with a comma or none: "معاهدة تسليم المجرمين
                        # واتفاقية التعاون القضائي", "اتفاقية ... بين حكومة ... وحكومة ...، واتفاقية ..."
                        end = art.name_at(last, hi)[2]
                        k2 = next((k for k in (end + 1, end + 2) if k < hi and k in art.nouns_set
                                   and art.norms[k][:1] == "و" and (k == end + 1 or art.norms[end + 1] == "،")),
                                  None)
                    own = False  # the second object names its own sides
                    if (k2 is None or k2 not in art.nouns_set or art.norms[k2][:1] != "و") \
                            and (k3 := art.second_object(last, hi)) is not None:
                        k2, own = k3, True
                    elif k2 is None or k2 not in art.nouns_set or art.norms[k2][:1] != "و":
                        break
                    said2, generic2, end2 = art.name_at(k2, hi)
                    if generic2 and k2 not in art.own_names:
                        break
                    if art.norms[k2 - 1] == "،" and not art.name_ends_clause(end2, hi):
                        break  # "اتفاقية النقل البري، واتفاقية التبادل التجاري لم توقع بعد": a clause of its own
                    twin = dict(data, said=said2, generic=generic2, coordinated=True)
                    if own:
                        stop = next((k for k in range(end2 + 1, hi) if art.norms[k] in ("،", ".", "؛")), hi)
                        sides = art.parties_in(set(range(k2, stop)), range(k2, end2 + 1))[0]
                        taker = (data.get("by") or {}).get("country") if isinstance(data.get("by"), dict) else None
                        if sides:  # "... على الاتفاق المبرم مع العراق، وعلى اتفاقية الممر بين إسلام آباد وطهران"
                            keys = {p.get("name_en") for p in sides}
                            twin["parties"] = sides + ([{"name": taker.get("name"), "name_en": taker["name_en"],
                                                         "entity_id": taker.get("entity_id")}]
                                                       if taker and taker.get("name_en") not in keys else [])
                    raw.append({"kind": kind, "tok": (k2, max(k2, end2)), "noun": k2, "data": twin})
                    last = k2
    _annexes(art, raw)  # an annex of extension signed extends the agreement (issue 15)
    raw.extend(_replacements(art, sents, raw))  # an agreement a new one replaces (issue 15)
    raw.extend(_deposits(art, sents, raw))  # an instrument of ratification deposited (issue 15)
    raw.extend(_listings(art, raw))  # the states a listing adds after a step, each on its date (issue 15)
    # A bare noun refers to the agreement the article names in its step sentences (most often, then
    # longest); a name mentioned only in passing ("بالإضافة إلى اتفاقية ...") is another agreement.
    # When the article names two different agreements, a bare noun is the one named last before it
    # (or, at the top of the article, the first one named after it).
    for r in raw:
        d = r["data"]
        if d.get("about"):  # a bare noun told by its topic is the agreement of that name ("الاتفاق ... النووي")
            said = d["said"]
            if " " not in said and " " in d["about"] and d["about"].startswith("ال"):
                said = said.removeprefix("ال")  # "الاتفاقية" + "الصيد البحري" → "اتفاقية الصيد البحري"
            d["told"] = f'{said} {d["about"]}'
    for r in raw:
        if not r["data"]["generic"] and art.replaced(r["noun"]):
            # "وتحل الاتفاقية الجديدة محل اتفاقية التعاون الاقتصادي الموقعة عام 1992": the agreement replaced is
            # another, whose name the article's bare nouns do not take
            r["data"]["other"] = r["data"]["said"]
            # (an agreement named only as the one a new one replaces is not what the article's bare nouns mean)
    told = {r["data"]["told"] for r in raw if r["data"].get("told")}
    lends = [(r["tok"][0], r["data"].get("told") or r["data"]["said"]) for r in raw
             if (not r["data"]["generic"] or r["data"].get("told")) and not r["data"].get("other")]
    named = [n for _t, n in lends]
    best = max(named, key=lambda n: (named.count(n), len(n.split()))) if named else None
    kinds: list[frozenset[str]] = []
    for n in named:
        w = name_words(n)
        if w and not any(w <= k or k <= w for k in kinds):
            kinds.append(w)
    at = sorted(lends)
    # an article that names one agreement, by words of its own only ("معاهدة الممر المائي المشترك"), refers to it by
    # the bare nouns after it ("صادق البرلمان على المعاهدة")
    own = sorted((r["tok"][0], art.own_names[r["noun"]]) for r in raw if r["noun"] in art.own_names)
    own_one = own[0] if own and not named and len({name_words(n) for _t, n in own}) == 1 else None
    if not named and own_one is None and any(r["data"]["generic"] for r in raw):
        # an article whose steps name no agreement, but which names one, and one only, elsewhere ("هدد بانسحاب بلاده
        # من «معاهدة عدم الاعتداء»" ... "إن المعاهدة، التي وقعها البلدان"): its bare nouns are that agreement
        elsewhere = [n for n in art.names_elsewhere() if name_words(n)]  # (not "الاتفاقية الجديدة": no name)
        if len({name_words(n) for n in elsewhere}) == 1:
            own_one = (-1, elsewhere[0])
    out: list[Span] = []
    seen: set[tuple[str, int]] = set()
    # "مراجعة شاملة لجميع اتفاقيات حماية الاستثمار التي وقعها الأردن": many agreements, no one's step
    raw = [r for r in raw if not (r["data"]["said"] and _stem_of(fold(r["data"]["said"].split()[0])) in
                                  _GENERIC_PLURALS and r["noun"] > 0
                                  and art.norms[r["noun"] - 1].lstrip("و").removeprefix("ل") in _ALL_OF)]
    for r in raw:
        d = r["data"]
        ref = best
        head = fold(d["said"].split()[0]) if d["said"] else ""
        own_topic = bool(d.get("told"))
        if own_topic:
            ref = d.pop("told")
        elif d["generic"] and _stem_of(head) in _GENERIC_PLURALS:
            ref = None  # "الاتفاقيات", "معاهدات": several agreements, not the one the article names
        elif r["noun"] in art.others:
            # named by words of its own, not the article's agreement: "اتفاقية العلاقات الدبلوماسية الموقعة عام
            # 1961" is kept apart from the article's bare nouns (its words are no name we list: "الاتفاق الدولي");
            # its own words are its name, shared by the reports that name it so
            ref = None
            d["other"] = art.own_names.get(r["noun"]) or d["said"]
            if r["noun"] in art.own_names:
                ref = d["other"]
        elif d["generic"] and ref is not None and not any(t < r["tok"][0] for t, n in at if n == ref) and (
                prior := [k for k in art.others if k < r["noun"] and k in art.own_names]):
            # "دخلت اتفاقية الخدمات الجوية ... حيز التنفيذ ... وكانت الحكومتان قد وقعتا الاتفاقية ..." and only then
            # "وقعا ... اتفاقية للشراكة": the bare noun is the agreement named before it, not one named after it
            d["other"] = ref = art.own_names[max(prior)]
        elif d["generic"] and ref is None and own_one is not None and own_one[0] < r["tok"][0] \
                and _stem_of(head) not in _GENERIC_PLURALS and not art.introduced(r["noun"]):
            ref = own_one[1]
            d["elsewhere"] = True  # (a name read from another sentence: joins by parties too, see treaty_life)
        elif d["generic"] and len(kinds) > 1:
            before = [n for t, n in at if t < r["tok"][0]]
            ref = before[-1] if before else at[0][1]
        elif d["generic"] and ref is not None and art.purpose_after(r["noun"]) and _of_another_year(raw, ref, d):
            # "وقعت أمس اتفاقية لتشجيع الاستثمارات ... وكان البلدان قد وقعا سنة 1999 اتفاقا للتعاون": an agreement
            # the report brings in is not the one it names only as signed in another year
            ref = None
        elif d["generic"] and ref is not None and not any(t < r["tok"][0] for t, n in at if n == ref) \
                and _of_another_year(raw, ref, d) and any(
                    x["data"]["generic"] and x["noun"] is not None and x["noun"] <= r["noun"]
                    and not art.norms[x["noun"]].startswith(("ال", "وال", "بال", "لل", "فال", "كال")) for x in raw):
            # "وقعت الدول الثلاث أمس اتفاقا ... ووقع الاتفاق الوزراء ... وكانت أنقرة وباكو قد وقعتا في عام 2012
            # اتفاقية خط أنابيب ...": after an indefinite noun that brings in the report's agreement, a name told
            # only later, and only as signed in another year, is an older agreement recalled (not so "صادقت على
            # البروتوكول الذي يمدد العمل بالاتفاقية ... ووقعت اتفاقية التعاون الصحي صيف 2021": the old one's own)
            ref = None
        if d["generic"] and ref is not None and not own_topic and r["noun"] not in art.own_names \
                and art.introduced(r["noun"]) and (not any(t < r["tok"][0] for t, n in at if n == ref)
                                                   or d["parties"] and not _shares_parties(raw, ref, d)
                                                   or _another_pair(raw, ref, d)):
            # "أجاز مجلس الوزراء اتفاقية بين وزارة الصحة السعودية ووزارة الصحة في جمهورية كوريا ... وأجاز
            # المجلس أيضا اتفاقية بشأن حماية الطيور": an indefinite noun with its parties brings in an agreement of
            # its own; a name told only after it, or told before for steps none of whose parties it names, is
            # another's
            ref = None
        if d["generic"] and ref is None and art.names_some_agreement:
            d["article_names"] = True  # (a bare noun in an article that names some agreement: see treaty_life)
        d["name"] = d["said"] if not d["generic"] or ref is None else ref
        d["named"] = not d["generic"] or ref is not None
        if d["generic"] and ref in told:
            d["by_topic"] = True  # a name made of a noun and its topic, not written so
    for r in raw:
        d = r["data"]
        if d["generic"] and d["named"] and not d["parties"] and d["modality"] != "retracted":
            # "ذكر تقرير سابق أن اتفاقية ... بين قطر والفلبين دخلت حيز النفاذ ...، والصحيح ... وأعلنت الوزارة أن
            # الاتفاقية دخلت": the parties the name was told with in the step a correction takes back
            d["parties"] = next((list(x["data"]["parties"]) for x in raw if x["data"]["modality"] == "retracted"
                                 and x["data"]["name"] == d["name"] and x["data"]["parties"]), [])
    titles = art.reach_titles()
    for r in raw:
        short = art.title_of.get(r["noun"], "")
        if short in titles:
            # (the organisation it is named after is not one of its parties: "اتفاقية الاتحاد الأفريقي لحماية ...")
            r["data"]["parties"] = [p for p in r["data"]["parties"]
                                    if tuple(fold(str(p.get("name") or "")).split()) not in ORG_TITLES]
        if short in titles and r["data"]["generic"] and not r["data"].get("coordinated"):
            # the noun is the convention's own short name, whatever agreement the article names most ("صدر مرسوم
            # بالتصديق على اتفاقية النقل البحري ...، ومرسوم آخر بالتصديق على الاتفاقية الإقليمية لحماية الغابات ...")
            r["data"]["own_reach"] = True
            if not fold(r["data"]["name"]).startswith(fold(short)):  # (not "الاتفاقية الإقليمية لحماية ...")
                r["data"].update(name=short, named=True)
    shorts = {r["data"]["name"] for r in raw if r["data"].get("own_reach")}
    if best is None and len(shorts) == 1:
        # an article that names one convention by its title only: its bare nouns of the same kind are that
        # convention ("صادق البرلمان على الاتفاقية"; not "أعلنت شركة توقيع اتفاق")
        short = next(iter(shorts))
        head = fold(short.split()[0]).removeprefix("ال")
        for r in raw:
            d = r["data"]
            if d["generic"] and not d.get("named") and not d.get("other") and d["said"] \
                    and fold(d["said"].split()[0]).removeprefix("ال") == head:
                d.update(name=short, named=True)
    for r in raw:
        short = art.title_of.get(r["noun"], "")
        if r["data"].get("named") and titles.get(r["data"]["name"]):
            r["data"]["reach"] = titles[r["data"]["name"]]  # (its title: one convention whoever takes a step)
        elif r["data"].get("named") and short in titles and r["data"]["name"] != short \
                and fold(titles[short]).startswith(fold(r["data"]["name"])):
            # a name the reader kept past the reach ("الاتفاقية الدولية لحماية الآثار الغارقة"): its title too, so
            # that another convention of that reach ("الاتفاقية الدولية للحد من ...") is not taken for it
            r["data"]["reach"] = titles[short]
    for r in raw:
        if r["data"].get("named") and not r["data"].get("reach") and _agency_titled(r["data"]["name"]):
            r["data"]["reach"] = r["data"]["name"]  # (an agency's convention: one whichever state takes a step)
    raw = _two_agreements(art, raw)
    _replacing_names(raw)
    _durations(art, sents, raw)
    _renewals(art, sents, raw)  # (after _durations: a renewal clause makes the term it gave renewable)
    # "X، المعروفة باتفاقية Y", "لتصبح معروفة باسم «Y»": Y is another name of X; a step under either carries the other
    known = art.known_as()
    for r in raw:
        d = r["data"]
        mine = name_words(d["name"]) if d.get("named") else frozenset()
        aka = [b if name_words(a) and (mine <= name_words(a) or name_words(a) <= mine) else a
               for a, b in known if mine and any(name_words(x) and (mine <= name_words(x) or name_words(x) <= mine)
                                                 for x in (a, b))]
        aka = [n for n in dict.fromkeys(aka) if name_words(n) != mine]
        if aka:
            d["aka"] = aka
    for r in raw:
        # the king's assent is a step apart from the houses' votes the report tells on other days ("صدرت الإرادة
        # الملكية يوم 10 يونيو بالمصادقة على قانون التصديق ... بعد أن أقرها مجلس النواب في 12 مايو، ووافق عليها
        # مجلس الأعيان في 26 مايو"), not one of them
        d = r["data"]
        c = ((d.get("by") or {}).get("country") or {}).get("name_en")
        if d.pop("assent", False) and c and any(
                o is not r and o["kind"] == "ratified" and o["data"].get("date") != d.get("date")
                and ((o["data"].get("by") or {}).get("country") or {}).get("name_en") == c
                and any(has_word(w, BODIES) for w in fold((o["data"].get("by") or {}).get("name") or "").split())
                for o in raw):
            d["by"] = dict(d["by"], name="الإرادة الملكية")
    # one step per kind and sentence: a done one first, then a deposit listed "على التوالي" with its own day (over the
    # accession the same words tell with the report's day)
    raw.sort(key=lambda r: (r["data"]["modality"] != "done", not r["data"].get("respective")))

    def taker(r: dict[str, Any]) -> str | None:
        c = (r["data"].get("by") or {}).get("country")
        if r["kind"] == "endorsed" and not isinstance(c, dict):
            return (r["data"].get("by") or {}).get("name_en")  # (the council that endorsed it: two in a sentence)
        return c.get("name_en") if isinstance(c, dict) else None

    # ... and per country that takes it: "أن الجانب الإماراتي صدّق على الاتفاقية ...، بعد أن أقرها البرلمان الكيني"
    # (a step whose taker is not told gives way to one whose is)
    told = {(r["kind"], r["data"]["sentence"][0]) for r in raw if taker(r)}
    for r in raw:
        d = r["data"]
        # (a convention named by its reach and title is a step of its own: "مرسوما بالتصديق على اتفاقية النقل البحري
        # ...، ومرسوما آخر بالتصديق على الاتفاقية الإقليمية لحماية الغابات ...")
        key = (r["kind"], d["sentence"][0], taker(r), d["name"] if d.get("coordinated") or d.get("own_reach") else "",
               # (two houses of one state on two days: "صدق الرئيس أمس على الاتفاقية بعد موافقة مجلس النواب عليها
               # يوم 27 يناير")
               d.get("date") if r["kind"] == "ratified" and taker(r) else None)
        if key in seen or taker(r) is None and key[:2] in told or d["modality"] == "retracted":
            continue
        seen.add(key)
        a, b = r["tok"]
        out.append(Span("treaty_step", art.toks[a].start, art.toks[b].end, r["kind"], d))
    return sorted(out, key=lambda sp: sp.start)


def _learned_date(art: "_Article", raw: list[dict[str, Any]], s: Span, lo: int, hi: int, at: int, noun: int,
                  span: tuple[int, int], how: tuple[bool, bool], others: tuple[int, ...],
                  cited: tuple[int, int] | None) -> tuple[str | None, str]:
    """The date of a learned step that no time within reach of the word the reader heard it in (``at``) dates: the
    time its own clause tells nearest that word, past no other step's cue ("اختتم الوفدان أمس الثلاثاء في دمشق جولة
    المفاوضات ... وأعلنا الاتفاق على النص النهائي" heard at «النص»); else the day of the step the rules read of the
    same agreement in the same sentence from a time it tells, nearest the word (the occasion that sentence dates:
    "ووقع الاتفاقية ... في ختام اجتماعات اللجنة" is the talks' end); else the report's day, as the rules'."""
    c0, c1 = art.own_clause(lo, hi, min(span[0], noun), max(span[1], noun))
    date, source = art.date_near(art.toks[c0].start, art.toks[c1 - 1].end, art.toks[at].start, how[0], s.start, others,
                                 how[1], cited)
    if source != "article":
        return date, source
    told = [r for r in raw if r["data"].get("sentence") == [s.start, s.end] and r["data"].get("how") is None
            and r["noun"] == noun and r["data"].get("modality") == "done"
            and r["data"].get("date_source") in ("timex", "session")]
    if told:
        near = min(told, key=lambda r: min(abs(r["tok"][0] - at), abs(r["tok"][1] - at)))
        return near["data"]["date"], near["data"]["date_source"]
    return date, source


def learned_steps(doc: Doc, kb: Any, rules: list[Span], reader: Any = None, bar: float | None = None) -> list[Span]:
    """The steps the learned reader (:func:`marsad.nlp.events.step_reader.shipped`) hears where the rules read none:
    only in a report the rules read a step in, only in a sentence that names an agreement, only a kind the rules
    read in no step of that sentence, at probability ``bar`` or more.  Each is read as the rules would read a step of
    that kind there (:func:`find_steps` with ``learned``): a negated, hypothetical or ended one is no step, and a step
    with no agreement noun the rules know is none either.  Its span is its sentence (what the reader heard), and
    ``how: "learned"`` keeps it out of record linking: it joins the record its article's rule steps of the same
    agreement went to, or none (:func:`marsad.nlp.events.treaty_life.assemble_records`).  Its date is read as a rule
    step's around its cue word, around the word the reader heard it in (:func:`heard_word`: "اختتم الوفدان أمس
    جولة المفاوضات ..." is dated from «المفاوضات» and the verb that governs it, not from the agreement's name twenty
    words on), then in its clause (:func:`_learned_date`)."""
    from marsad.nlp.events.step_reader import shipped, shipped_bar

    reader = reader if reader is not None else shipped()
    if reader is None or not rules:
        return []
    bar = shipped_bar() if bar is None else bar
    have = {(sp.data["sentence"][0], sp.label) for sp in rules}
    heard: dict[int, tuple[str, ...]] = {}
    heard_at: dict[tuple[int, str], int] = {}
    for s in doc.layers.get("sentence", []):
        text = doc.text[s.start:s.end]
        p = reader.score(text)
        kinds = tuple(k for k in LEARNED_KINDS if p.get(k, 0.0) >= bar and (s.start, k) not in have
                      and (k != "endorsed" or _by_the_council(text)))
        if kinds:
            heard[s.start] = kinds
            for k in kinds:
                if (w := heard_word(reader, text, k)) is not None:
                    heard_at[s.start, k] = s.start + w
    if not heard:
        return []
    # (a ratification, suspension or withdrawal whose taker the sentence does not tell is left out: the record
    # could not say whose it is, and the ones the reader heard so were mostly not steps)
    return [Span("treaty_step", sp.data["sentence"][0], sp.data["sentence"][1], sp.label, sp.data)
            for sp in find_steps(doc, kb, heard, heard_at) if sp.data.get("how") == "learned"
            and (sp.label not in ("ratified", "withdrawn", "suspended")
                 or isinstance((sp.data.get("by") or {}).get("country"), dict))]


def heard_word(reader: Any, sentence: str, kind: str) -> int | None:
    """Where in ``sentence`` the reader heard a step of ``kind``: the start of the content word its score for the
    kind owes most to (:meth:`marsad.nlp.events.step_reader.StepReader.weights`; not the agreement's noun, not a
    word of no content), None when no word adds to it."""
    from marsad.nlp.events.step_reader import fold_words, is_agreement
    from marsad.stories.features import content_term

    weights = reader.weights(sentence, kind)
    words = fold_words(sentence)
    if len(weights) != len(words):
        return None
    best = max(((w, a) for j, (a, _b, w) in enumerate(weights)
                if w > 0 and content_term(words[j]) and not is_agreement(words, j)), default=None)
    return None if best is None else best[1]


# The kinds a learned step may be: not an extension or a replacement, whose new end, period or new agreement no
# sentence-level reading gives
LEARNED_KINDS = tuple(k for k in STEP_KINDS if k not in ("extended", "replaced"))


def _by_the_council(sentence: str) -> bool:
    """Whether a sentence names the Security Council, the endorser an ``endorsed`` step is of (the rules ask it
    around their cue; here it is asked of the sentence): not a council of the Arab League, not a national one."""
    f = " ".join(fold(sentence).split())
    return "مجلس الامن" in f and "مجلس الامن الوطني" not in f and "مجلس الامن القومي" not in f


def _stage(doc: Doc, res: Resources) -> None:
    from marsad.nlp.linking import kb_for  # the KB the linking stage loaded (cached in res)

    kb = kb_for(res)
    steps = find_steps(doc, kb)
    steps += learned_steps(doc, kb, steps)
    doc.layer("treaty_step").extend(sorted(steps, key=lambda sp: sp.start))


def stage_version(rules: str) -> str:
    """The stage's version: the rules', and with a learned reader heard (``MARSAD_TREATY_STEP_MODEL``) which one at
    which bar, so that turning it on, off or to another file runs the stage again on the articles a store holds
    (``marsad process`` takes up an article whose stored version differs)."""
    import os

    from marsad.models import short_id
    from marsad.nlp.events.step_reader import BAR_ENV, model_setting

    setting = model_setting()
    if setting is None:
        return rules
    when = ""
    if setting != "shipped":
        try:
            when = str(os.stat(setting).st_mtime_ns)  # (the same file name, retrained)
        except OSError:
            pass  # (said when the reader is read)
    return f"{rules}+learned-{short_id(setting, os.environ.get(BAR_ENV) or '', when, length=8)}"


TREATY_STEPS = Stage(
    name="treaty_steps", version=stage_version("69"), func=_stage, requires=("sentence", "timex", "mention", "event"),
    assigns=("treaty_step",),
    doc="Steps of agreements (negotiated, concluded, signed, ratified, endorsed, in force, suspended, withdrawn, "
        "extended, replaced) with names, parties, dates, an agreement's duration.",
)
