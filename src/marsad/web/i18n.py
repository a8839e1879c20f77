"""Labels of the web UI in Arabic (default, right-to-left) and English."""

from __future__ import annotations

LABELS: dict[str, dict[str, str]] = {
    "ar": {
        "site": "مرصد", "tagline": "متابعة الأخبار العربية بمصادرها", "home": "الرئيسية", "search": "بحث",
        "stories": "القصص", "top_stories": "أبرز القصص", "articles": "المقالات", "recent": "أحدث المقالات",
        "entities": "الفاعلون", "quotes": "التصريحات", "outlets": "المنافذ", "size": "عدد المقالات",
        "first_seen": "أول ظهور", "last_seen": "آخر ظهور", "timeline": "التسلسل الزمني", "summary": "الملخص",
        "agreements": "نقاط الاتفاق", "disagreements": "نقاط الخلاف", "single": "ما انفرد به منفذ واحد",
        "wording": "مفردات كل منفذ", "key_entities": "أبرز الفاعلين", "names": "الأسماء والتهجئات",
        "roles": "المناصب", "mentions": "الإشارات", "related": "فاعلون مرتبطون", "quoted_with": "يُقتبس معه",
        "over_time": "المقالات عبر الزمن", "original": "الرابط الأصلي", "provenance": "المصدر والنشر",
        "author": "الكاتب", "outlet": "المنفذ", "date": "التاريخ", "language": "اللغة", "no_results": "لا نتائج",
        "query": "ابحث في الأخبار…", "filter_outlet": "كل المنافذ", "switch": "English", "via": "عبر",
        "reported_by": "نقلته", "speaker": "المتحدث", "story": "القصة", "events": "الأحداث",
        "sentences": "الجمل", "not_found": "غير موجود", "stats": "إحصاءات",
    },
    "en": {
        "site": "Marsad", "tagline": "Arabic news, sourced", "home": "Home", "search": "Search",
        "stories": "Stories", "top_stories": "Top stories", "articles": "Articles", "recent": "Latest articles",
        "entities": "Actors", "quotes": "Quotes", "outlets": "Outlets", "size": "Articles",
        "first_seen": "First seen", "last_seen": "Last seen", "timeline": "Timeline", "summary": "Summary",
        "agreements": "Agreements", "disagreements": "Disagreements", "single": "Reported by one outlet only",
        "wording": "Distinctive wording", "key_entities": "Key actors", "names": "Names and spellings",
        "roles": "Roles", "mentions": "Mentions", "related": "Related actors", "quoted_with": "Quoted with",
        "over_time": "Articles over time", "original": "Original link", "provenance": "Provenance",
        "author": "Author", "outlet": "Outlet", "date": "Date", "language": "Language", "no_results": "No results",
        "query": "Search the news…", "filter_outlet": "All outlets", "switch": "العربية", "via": "via",
        "reported_by": "Reported by", "speaker": "Speaker", "story": "Story", "events": "Events",
        "sentences": "Sentences", "not_found": "Not found", "stats": "Statistics",
    },
}


def labels(lang: str) -> dict[str, str]:
    return LABELS.get(lang, LABELS["ar"])
