"""The names the parser reads dates, datelines and sections by: month and weekday names (English,
Indonesian, Russian, Hijri), the agencies as Russian-language copy prints them, and the sections.

Tables only; `tasscli.vocab.Vocabulary` bundles them (and `from tasscli.vocab import MONTHS` works).
"""
from __future__ import annotations

from typing import Dict, Tuple

#: Month names and abbreviations (lower case) -> month number.
MONTHS: Dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("january", "jan", "jan."),
        ("february", "feb", "feb."),
        ("march", "mar", "mar."),
        ("april", "apr", "apr."),
        ("may",),
        ("june", "jun", "jun."),
        ("july", "jul", "jul."),
        ("august", "aug", "aug."),
        ("september", "sep", "sep.", "sept", "sept."),
        ("october", "oct", "oct."),
        ("november", "nov", "nov."),
        ("december", "dec", "dec."),
    ),
    start=1,
):
    for _name in _names:
        MONTHS[_name] = _number

#: Indonesian month names (Antara copy reposted on Indonesian blogs: "Jumat, 5 Januari 2018").
for _number, _name in enumerate(("januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus",
                                 "september", "oktober", "november", "desember"), start=1):
    MONTHS.setdefault(_name, _number)
#: Malay month names (Bernama and Utusan copy: "IPOH 25 Julai –", "JOHOR BAHRU 14 Ogos –").
for _number, _name in enumerate(("januari", "februari", "mac", "april", "mei", "jun", "julai", "ogos",
                                 "september", "oktober", "november", "disember"), start=1):
    MONTHS.setdefault(_name, _number)

#: Hijri month names as Saudi, Gulf and other agencies print them in a dateline before the
#: Gregorian date ("Riyadh, Ramadan 22, 1438, Jun 17, 2017, SPA --"), as regex alternatives. Read
#: as part of the dateline's date only: the record's day comes from the Gregorian date.
HIJRI_MONTHS: Tuple[str, ...] = (
    r"Muharram", r"Safar",
    r"Rabi(?:'|’)?\s?(?:al|ul)?[- ]?(?:Awwal|Thani|Akhir|I{1,2})",
    r"Jumad(?:a|i)\s?(?:al|ul)?[- ]?(?:Ula|Oula|Awwal|Akhir(?:ah)?|Thani(?:yah)?|I{1,2})",
    r"Rajab", r"Sha(?:'|’)?ban", r"Ramadan", r"Shawwal",
    r"Dhu(?:\s?al|l)?[- ]?Q(?:i|a)(?:'|’)?dah", r"Dhu(?:\s?al|l)?[- ]?Hij(?:j)?ah",
)

#: Weekday names a date or time line may open with ("Tuesday, June 17, 2008", "Jumat, 5 Januari
#: 2018"), as regex alternatives matched case-blind: English (full, short, with or without "."),
#: Indonesian and Malay. A listed name only: a section glued to a time line ("World October 02,
#: 2014, 16:48") is no weekday.
WEEKDAYS: Tuple[str, ...] = (
    r"Mon(?:day|\.)?", r"Tue(?:s|sday|\.|s\.)?", r"Wed(?:nesday|\.)?", r"Thu(?:rs|rsday|r|\.|rs\.)?",
    r"Fri(?:day|\.)?", r"Sat(?:urday|\.)?", r"Sun(?:day|\.)?",
    "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu", "Isnin", "Khamis", "Jumaat", "Ahad",
)

#: Russian month names: genitive ("3 июня"), nominative ("июнь 2017") and the abbreviations
#: datelines and time lines print ("23 янв", "3 июн", "сент."), lower case.
MONTHS_RU: Tuple[Tuple[str, ...], ...] = (
    ("января", "январь", "янв", "янв."),
    ("февраля", "февраль", "фев", "фев.", "февр", "февр."),
    ("марта", "март", "мар", "мар."),
    ("апреля", "апрель", "апр", "апр."),
    ("мая", "май"),
    ("июня", "июнь", "июн", "июн."),
    ("июля", "июль", "июл", "июл."),
    ("августа", "август", "авг", "авг."),
    ("сентября", "сентябрь", "сен", "сен.", "сент", "сент."),
    ("октября", "октябрь", "окт", "окт."),
    ("ноября", "ноябрь", "ноя", "ноя.", "нояб", "нояб."),
    ("декабря", "декабрь", "дек", "дек."),
)
for _number, _names in enumerate(MONTHS_RU, start=1):
    for _name in _names:
        MONTHS[_name] = _number

#: Agencies as Russian-language copy prints them: (the agency table's name, its printed forms as
#: regular expressions, an example dateline). `tasscli.parsing.datelines.AGENCIES` adds the forms
#: to the agency of that name, or adds the agency when the table has none by that name.
AGENCIES_RU: Tuple[Tuple[str, Tuple[str, ...], str], ...] = (
    ("TASS", (r"ИТАР-ТАСС", r"ИТАР ТАСС", r"ТАСС-ДОСЬЕ", r"ТАСС"), "МОСКВА, 3 июня. /ТАСС/."),
    ("RIA Novosti", (r"РИА [\"«„]?Новости[\"»“]?",), "МОСКВА, 3 июн — РИА Новости."),
    # Interfax's regional services print their name after the agency's ("ИНТЕРФАКС - ДАЛЬНИЙ ВОСТОК -").
    ("Interfax", (r"ИНТЕРФАКС(?:\s?-\s?[А-ЯЁ]{2,}(?: [А-ЯЁ]{2,})?(?=\s*[-–—]))?", r"Интерфакс(?:-[А-ЯЁ][а-яё]+)?",
                  r"INTERFAX\.RU", r"Interfax-[A-Z][a-z]+\.ru"), "Москва. 3 июня. INTERFAX.RU -"),
    ("Xinhua", (r"Синьхуа",), "Пекин, 3 июня /Синьхуа/ --"),
    ("Sputnik", (r"Спутник",), "БИШКЕК, 3 июн — Sputnik."),
    ("PRIME", (r"ПРАЙМ", r"Прайм"), "ДАВОС (Швейцария), 22 янв /ПРАЙМ/."),
    ("REGNUM", (r"ИА Регнум", r"ИА REGNUM", r"Регнум"), "Регион, 3 мая, 2008, 12:00 — ИА Регнум."),
    ("FederalPress", (r"РИА ФедералПресс", r"ФедералПресс"), "ЕКАТЕРИНБУРГ, 3 июня, ФедералПресс."),
    ("Crimea-Inform", (r"Крыминформ",), "Симферополь, 3 июня. Крыминформ."),
    ("UNN", (r"УНН",), "КИЕВ. 3 июня. УНН."),
    ("KazTAG", (r"КазТАГ",), "Алматы. 3 июня. КазТАГ –"),
    ("Oreanda-News", (r"ОРЕАНДА-НОВОСТИ", r"Ореанда-Новости", r"OREANDA-NEWS"), "ОРЕАНДА-НОВОСТИ. "),
    ("Kazakhstan Today", (r"KAZAKHSTAN TODAY", r"Kazakhstan Today"), "Астана. 3 июня. KAZAKHSTAN TODAY - "),
)

#: English-language agencies the first table lacks, in the same form (name, printed forms, example);
#: they are added after the others (`parsing.agencies.with_printed`).
AGENCIES_MORE: Tuple[Tuple[str, Tuple[str, ...], str], ...] = (
    ("PTI", (r"PTI",), "New Delhi, Aug 8 (PTI) The"),
    ("UPI", (r"UPI",), "WASHINGTON, Feb. 15 (UPI) --"),
)

#: Lower-case words that end a region's name printed as a dateline's place ("Хабаровский край",
#: "Московская область"): a place's words are capitalised, these follow them.
PLACE_GENERICS: Tuple[str, ...] = ("край", "область", "республика", "автономный округ", "округ", "район")

#: How a correspondent's name is printed inside the dateline's marks, before the agency
#: ("/Корр. ТАСС Имя Фамилия/", "/Спец. корр. ИТАР-ТАСС Имя, Имя/", "/Corr. ITAR-TASS Name/").
REPORTER_MARKS: Tuple[str, ...] = ("Спец. корр.", "Спецкорр.", "Соб. корр.", "Корр.", "Spec. corr.", "Corr.")

#: The word between a correspondent's name and the agency inside the marks ("/Ivan Petrov for ITAR-TASS/").
REPORTER_FOR: Tuple[str, ...] = ("for", "для")

#: Sections as tass.com prints them (also the labels its site menu repeats).
SECTIONS: Tuple[str, ...] = (
    "Russian Politics & Diplomacy",
    "World",
    "Business & Economy",
    "Military & Defense",
    "Science & Space",
    "Emergencies",
    "Society & Culture",
    "Sport",
    "Press Review",
    "Russia",
    "Economy",
    "Politics",
    "Science",
    "Society",
    "Defense",
    "Non-political",
    "Culture",
    "Sports",
)

#: Rubrics Russian-language sites print (tass.ru and others) -> the slug of the English section
#: that means the same (`tasscli.parsing.normalize.SECTION_SLUGS`), or their own slug.
SECTIONS_RU: Dict[str, str] = {
    "Политика": "politics",
    "Экономика и бизнес": "economy",
    "Экономика": "economy",
    "Бизнес": "economy",
    "В мире": "world",
    "Мир": "world",
    "Международная панорама": "world",
    "Бывший СССР": "former-ussr",
    "Происшествия": "emergencies",
    "Спорт": "sport",
    "Наука": "science",
    "Наука и техника": "science",
    "Космос": "science",
    "Культура": "culture",
    "Армия и ОПК": "defense",
    "Армия": "defense",
    "Общество": "society",
    "Россия": "russia",
    "В России": "russia",
    "В стране": "russia",
    "Регионы": "regions",
    "Москва": "moscow",
    "Санкт-Петербург": "saint-petersburg",
    "Пресс-обзор": "press-review",
    "Медицина": "health",
    "Здоровье": "health",
    "Туризм": "tourism",
    "Недвижимость": "real-estate",
    "Малый бизнес": "small-business",
    "Финансы": "finance",
    "Технологии": "technology",
    "Образование": "education",
    "Криминал": "crime",
    "Интервью": "interviews",
    "Мнения": "opinions",
}

SECTIONS = SECTIONS + tuple(SECTIONS_RU)
