"""Verdicts on the key actors of the 30 largest stories of 2015-08-03 (held-out; author's reading), for main's
and this branch's lists (the union).  Every actor not listed here was read as right.  Wrong: story id prefix ->
{name: short reason}.  A name shown again in one story is wrong after the first."""
WRONG = {
    "s-b8005e29": {"عمر عريبي": "byline"},
    "s-e87f6f25": {"عبداللطيف جميل": "fragment of the league's name"},
    "s-eff9bb13": {"ووادي بن هشبل": "conjunction glued", "وطريب": "conjunction glued", "محمد السريعي": "byline",
                   "عبدالرحمن الشهري": "byline"},
    "s-39629154": {"تشيك شيك": "garbled", "أليكس أوكسلايد": "truncated"},
    "s-41418fc7": {"جورنال دو ديمانش": "newspaper credited"},
    "s-c73468e7": {"دنيا الرياضة": "section credited", "عكاظ": "newspaper credited", "السوبر": "word",
                   "وحسن الراهب": "conjunction glued", "وناصر الشمراني": "conjunction glued"},
    "s-8decb3ef": {"أحمد الخميسيشارك": "verb glued", "بلازا": "fragment of a hotel's name"},
    "s-9c9d14fc": {"وأبيار الماشي": "conjunction glued"},
    "s-786cb944": {"بلحج": "preposition glued", "سيلة": "truncated place", "وأبين": "conjunction glued"},
    "s-f1bdc794": {"رويترز": "agency credited"},
    "s-b8987869": {"بايزيد": "half a place name", "دوجو": "half a place name"},
    "s-0f4a226f": {"العيسى د": "fragment", "جامعة هارفارد الدراسي": "fragment", "الجامعة الأساسيين": "fragment"},
    "s-13945753": {"عين اليوم": "outlet credited"},
    "s-27286f4c": {"للاتحاد العالمي للكشاف المسلم": "preposition glued", "وقيرغيزيا": "conjunction glued",
                   "وطاجكستان": "conjunction glued"},
    "s-0c7494ad": {"تنظيم إرهابي": "words", "منظمة جداً": "words"},
    "s-25e7bd94": {"عين اليوم": "outlet credited"},
    "s-e2bc93eb": {"الله الهادي": "phrase", "جانٍ سعودي": "words", "عين اليوم": "outlet credited"},
    "s-2e285b65": {"عين اليوم": "outlet credited"},
    "s-d0deacc3": {"ريف": "word", "والفريكة": "conjunction glued"},
    "s-6ef94719": {"وول ستريت جورنال": "newspaper credited"},
}
