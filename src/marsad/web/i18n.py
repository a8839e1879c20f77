"""Labels of the web UI in Arabic (default, right-to-left) and English."""

from __future__ import annotations

LABELS: dict[str, dict[str, str]] = {
    "ar": {
        "site": "مرصد", "tagline": "متابعة الأخبار العربية بمصادرها", "home": "الرئيسية", "search": "بحث",
        "stories": "القصص", "top_stories": "أبرز القصص", "articles": "المقالات", "recent": "أحدث المقالات",
        "entities": "الفاعلون", "quotes": "التصريحات", "outlets": "وسائل الإعلام",
        "first_seen": "أول ظهور", "last_seen": "آخر ظهور", "timeline": "التسلسل الزمني", "summary": "الملخص",
        "agreements": "نقاط الاتفاق", "disagreements": "نقاط الخلاف", "single": "ما انفردت به وسيلة واحدة",
        "wording": "مفردات كل وسيلة", "key_entities": "أبرز الفاعلين", "names": "الأسماء والتهجئات",
        "roles": "المناصب", "learned_roles": "مناصب من الأخبار", "mentions": "الإشارات", "related": "فاعلون مرتبطون", "quoted_with": "يُقتبس معه",
        "over_time": "المقالات عبر الزمن", "original": "الرابط الأصلي", "provenance": "المصدر والنشر",
        "author": "الكاتب", "outlet": "وسيلة الإعلام", "date": "التاريخ", "language": "اللغة", "no_results": "لا نتائج",
        "query": "ابحث في الأخبار…", "filter_outlet": "كل وسائل الإعلام", "switch": "English", "via": "عبر",
        "reported_by": "نقلته", "reported": "نُشر في", "bound_pre": "في", "bound_post": "أو قبله", "speaker": "المتحدث", "story": "القصة", "events": "الأحداث",
        "sentences": "الجمل", "not_found": "غير موجود", "stats": "إحصاءات",
        "more": "المزيد", "untitled": "(بلا عنوان)", "date_estimated": "تاريخ تقديري من ترتيب الصفحة في موقعها",
        "date_fetched": "تاريخ الجلب، لا النشر", "date_stated": "اليوم الذي يذكره النص لكتابته", "unknown_outlet": "مصدر غير معروف",
        "unknown_speaker": "متحدث غير محدد", "since": "منذ", "original_outlet": "الناشر الأصلي",
        "source_credit": "مصدر الخبر", "translated_from": "مترجم عن", "translator": "ترجمة",
        "cited": "وسائل إعلام يستشهد بها", "copy_of": "نسخة من", "legend_actor": "فاعل له صفحة",
        "legend_quote": "كلام منقول", "also_searched": "بحثنا أيضا عن",
        "treaty": "اتفاق", "parties": "الأطراف", "aliases": "يُسمّى أيضا", "clauses": "البنود",
        "step_negotiated": "تفاوض", "step_concluded": "التوصل إلى الاتفاق", "step_signed": "توقيع",
        "step_ratified": "مصادقة", "step_endorsed": "تأييد", "step_in_force": "دخول حيز التنفيذ",
        "step_suspended": "تعليق", "step_withdrawn": "انسحاب", "expected": "متوقع",
        "step_extended": "تمديد", "step_replaced": "استبدال", "until": "حتى", "period": "لمدة",
        "replaced_by": "حلّ محله", "replaces": "يحلّ محل", "duration": "المدة", "renewable": "قابلة للتجديد",
        "background": "اتفاق قديم يُذكر في الأخبار", "date_of_report": "تاريخ الخبر", "by_report": "بحلول تاريخ الخبر",
    },
    "en": {
        "site": "Marsad", "tagline": "Arabic news, sourced", "home": "Home", "search": "Search",
        "stories": "Stories", "top_stories": "Top stories", "articles": "Articles", "recent": "Latest articles",
        "entities": "Actors", "quotes": "Quotes", "outlets": "Outlets",
        "first_seen": "First seen", "last_seen": "Last seen", "timeline": "Timeline", "summary": "Summary",
        "agreements": "Agreements", "disagreements": "Disagreements", "single": "Reported by one outlet only",
        "wording": "Distinctive wording", "key_entities": "Key actors", "names": "Names and spellings",
        "roles": "Roles", "learned_roles": "Offices learned from the news", "mentions": "Mentions", "related": "Related actors", "quoted_with": "Quoted with",
        "over_time": "Articles over time", "original": "Original link", "provenance": "Provenance",
        "author": "Author", "outlet": "Outlet", "date": "Date", "language": "Language", "no_results": "No results",
        "query": "Search the news…", "filter_outlet": "All outlets", "switch": "العربية", "via": "via",
        "reported_by": "Reported by", "reported": "reported", "bound_pre": "on or before", "bound_post": "", "speaker": "Speaker", "story": "Story", "events": "Events",
        "sentences": "Sentences", "not_found": "Not found", "stats": "Statistics",
        "more": "More", "untitled": "(untitled)", "date_estimated": "estimated from the page's place in its site's sequence",
        "date_fetched": "when fetched, not published", "date_stated": "the day the text says it was written", "unknown_outlet": "unknown outlet",
        "unknown_speaker": "unidentified speaker", "since": "since", "original_outlet": "First published by",
        "source_credit": "Credited source", "translated_from": "Translated from", "translator": "translated by",
        "cited": "Outlets it cites", "copy_of": "Copy of", "legend_actor": "actor with a page",
        "legend_quote": "reported speech", "also_searched": "Also searched for",
        "treaty": "Agreement", "parties": "Parties", "aliases": "Also called", "clauses": "Clauses",
        "step_negotiated": "Negotiated", "step_concluded": "Concluded", "step_signed": "Signed",
        "step_ratified": "Ratified", "step_endorsed": "Endorsed", "step_in_force": "Entered into force",
        "step_suspended": "Suspended", "step_withdrawn": "Withdrawn", "expected": "expected",
        "step_extended": "Extended", "step_replaced": "Replaced", "until": "until", "period": "for",
        "replaced_by": "replaced by", "replaces": "Replaces", "duration": "Duration", "renewable": "renewable",
        "background": "An old agreement recalled in the news", "date_of_report": "date of the report", "by_report": "by the date of the report",
    },
}


def labels(lang: str) -> dict[str, str]:
    return LABELS.get(lang, LABELS["ar"])
