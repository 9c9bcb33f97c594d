"""The names the parser reads dates, datelines and sections by: month and weekday names (English,
Indonesian, Malay, Italian, Russian, Hijri), the agency table (`AGENCIES`: how each agency prints itself in its
dateline marks, in English and Russian copy, an example dateline, its sign-offs), the sections and
their slugs, and the time zones printed next to times.

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

#: Italian month names (a blog's day header over ANSA copy: "mercoledì 24 settembre 2014").
for _number, _name in enumerate(("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
                                 "settembre", "ottobre", "novembre", "dicembre"), start=1):
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
    "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
)

#: Words that open a Russian sentence as a place opens a dateline ("Сегодня, 5 мая. ..."): days,
#: never a dateline's place.
DAY_WORDS_RU: Tuple[str, ...] = ("Сегодня", "Вчера", "Завтра", "Позавчера", "Понедельник", "Вторник", "Среда",
                                 "Четверг", "Пятница", "Суббота", "Воскресенье")

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
#: regular expressions, an example dateline). `AGENCIES` adds the forms to the agency of that
#: name, or adds the agency when the table has none by that name.
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


class Agency:
    """One agency of the table. Equal to another of the same fields (so a table copied or sent to
    another process is the same table); the caches of patterns built from a table look it up by
    identity first. (A plain class: a dataclass costs a millisecond of start-up to define.)"""

    __slots__ = ("name", "printed", "example", "signoffs", "_hash")

    def __init__(self, name: str, printed: Tuple[str, ...], example: str, signoffs: Tuple[str, ...] = ()) -> None:
        self.name = name  # canonical name, the record's `agency`
        self.printed = printed  # how the agency prints itself inside its marks (regex alternatives)
        self.example = example  # a dateline as the agency prints it
        self.signoffs = signoffs  # patterns that close its copy ("(end)", "==Kyodo")

    def __repr__(self) -> str:
        return f"Agency({self.name!r}, {self.printed!r}, {self.example!r}, {self.signoffs!r})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not Agency:
            return NotImplemented
        return self is other or (self.name, self.printed, self.example, self.signoffs) == (
            other.name, other.printed, other.example, other.signoffs)  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        try:
            return self._hash
        except AttributeError:
            self._hash: int = hash((self.name, self.printed, self.example, self.signoffs))
            return self._hash

    # Never changed once made: a copy is the agency itself, so that a copied table (as
    # `dataclasses.asdict` or `copy.deepcopy` of a Vocabulary makes) keeps its agencies' identity.
    def __copy__(self) -> Agency:
        return self

    def __deepcopy__(self, memo: object) -> Agency:
        return self


_AGENCIES: Tuple[Agency, ...] = (
    Agency("TASS", (r"ITAR-TASS", r"ITAR[–—]TASS", r"Itar-Tass", r"Itar Tass", r"TASS"), "WASHINGTON, June 3. /TASS/.",
           (r"\((?:[A-Z]{2,5}/)?Itar-Tass\)",)),
    Agency("Reuters", (r"Reuters",), "MOSCOW, Dec 14 (Reuters) -"),
    Agency("AP", (r"AP",), "WASHINGTON (AP) —"),
    Agency("AFP", (r"AFP",), "Paris (AFP) –"),
    Agency("Xinhua", (r"Xinhua",), "BEIJING, May 11 (Xinhua) --"),
    Agency("Interfax", (r"Interfax(?:-[A-Z][A-Za-z]+)?",), "MINSK. July 26 (Interfax) -",
           (r"(?:\b[a-z]{2}\s+[a-z]{2}\s*)?\(Our editorial staff can be reached.*",)),
    Agency("RIA Novosti", (r"RIA Novosti",), "MOSCOW, November 22 (RIA Novosti) -"),
    Agency("Sputnik", (r"Sputnik",), "MOSCOW, April 2 (Sputnik) -"),
    Agency("Kazinform", (r"KAZINFORM", r"Kazinform"), "NUR-SULTAN. KAZINFORM -"),
    Agency("BelTA", (r"BelTA",), "MINSK, 17 August (BelTA) –"),
    Agency("Trend", (r"Trend",), "BAKU, Azerbaijan, June 7"),
    Agency("APA", (r"APA",), "Moscow – APA."),
    Agency("AZERTAC", (r"AZERTAC", r"AzerTAc"), "Baku, December 6, AZERTAC"),
    Agency("Report", (r"REPORT\.AZ", r"Report\.az", r"Report"), "Baku. REPORT.AZ -"),
    Agency("Armenpress", (r"ARMENPRESS", r"Armenpress"), "YEREVAN, FEBRUARY 1, ARMENPRESS."),
    Agency("Mediamax", (r"Mediamax",), "Yerevan /Mediamax/."),
    Agency("ArmInfo", (r"ArmInfo",), "ArmInfo."),
    Agency("PanARMENIAN", (r"PanARMENIAN\.Net", r"PanARMENIAN"), "PanARMENIAN.Net -"),
    Agency("Anadolu", (r"AA", r"Anadolu Agency"), "ANKARA (AA) -"),
    Agency("IRNA", (r"IRNA",), "Tehran, IRNA –"),
    Agency("IranPress", (r"IranPress", r"Iran Press"), "Tehran (IranPress) -"),
    Agency("KUNA", (r"KUNA",), "ANKARA, Dec 7 (KUNA) --", (r"\(end\)(?:\s*[a-z]{1,4}(?:[.\s/][a-z]{1,4}){0,3})?",)),
    Agency("WAM", (r"WAM",), "ABU DHABI, 1 December 2021 (WAM) –",
           (r"[-–]\s*Emirates News Agency, WAM\s*[-–]?",)),
    Agency("ANI", (r"ANI",), "NEW DELHI [India], May 3 (ANI):"),
    Agency("BNA", (r"BNA",), "Manama, May 21 (BNA):"),
    Agency("Yonhap", (r"Yonhap",), "SEOUL, Aug. 18 (Yonhap) --"),
    Agency("Kyodo", (r"Kyodo",), "TOKYO, July 17 Kyodo -", (r"==Kyodo",)),
    Agency("Bernama", (r"Bernama", r"BERNAMA"), "PUTRAJAYA, June 27 (Bernama) -"),
    Agency("Antara", (r"ANTARA", r"Antara"), "Jakarta, Nov 6, 2018 (Antara) -", (r"\(ANTARA\)",)),
    Agency("IBNS", (r"IBNS",), "New Delhi, Oct 19 (IBNS)"),
    Agency("IANS", (r"IANS",), "New Delhi, July 14 (IANS)", (r"[-–]\s*IANS",)),
    Agency("UNIAN", (r"UNIAN",), "KYIV, March 16 (UNIAN) -"),
    Agency("AVA", (r"AVA",), "AVA-"),
    Agency("ABC.az", (r"Fineko/abc\.az", r"ABC\.AZ"), "June 22, Fineko/abc.az."),
    Agency("PNA", (r"PNA",), "MANILA, Mar. 20 (PNA) -", (r"\(PNA\)",)),
    Agency("SPA", (r"SPA",), "Riyadh, Ramadan 22, 1438, Jun 17, 2017, SPA --",
           (r"--\s*SPA\s+\d{1,2}:\d{2}\s+LOCAL TIME\s+\d{1,2}:\d{2}\s+GMT(?:\s+www\.spa\.gov\.sa/\S+)?",)),
    Agency("QNA", (r"QNA",), "Doha, September 14 (QNA) -"),
    Agency("EFE", (r"EFE",), "Madrid, Mar 18 (EFE).-"),
    Agency("ANSA", (r"ANSA",), "(ANSA) - Rome, June 4 -"),
    Agency("CNA", (r"CNA",), "Taipei, May 21 (CNA)"),
    Agency("PAP", (r"PAP",), "WARSAW, April 8 (PAP) -"),
    # Not "PL" (its copy's usual mark), which is also a country's code: "Warszawa (PL)" in a weather
    # widget. "HAVANA, Feb 11 (PL)" is read by the dated shape for agencies the table lacks.
    Agency("Prensa Latina", (r"Prensa Latina",), "HAVANA, Feb 11 (Prensa Latina) -"),
)


def with_printed(agencies: Tuple[Agency, ...],
                 extra: Tuple[Tuple[str, Tuple[str, ...], str], ...]) -> Tuple[Agency, ...]:
    """`agencies` with the printed forms of `extra` ((name, forms, example), as `vocab.AGENCIES_RU`
    holds them) added to the agency of that name, and the agencies it names that the table lacks
    added after the others."""
    known = {agency.name for agency in agencies}
    out = []
    for agency in agencies:
        forms = tuple(form for name, printed, _ in extra if name == agency.name for form in printed)
        out.append(Agency(agency.name, agency.printed + forms, agency.example, agency.signoffs) if forms else agency)
    out.extend(Agency(name, printed, example) for name, printed, example in extra if name not in known)
    return tuple(out)


#: English-language agencies the first table lacks, in the same form (name, printed forms, example);
#: they are added after the others (`with_printed`).
AGENCIES_MORE: Tuple[Tuple[str, Tuple[str, ...], str], ...] = (
    ("PTI", (r"PTI",), "New Delhi, Aug 8 (PTI) The"),
    ("UPI", (r"UPI",), "WASHINGTON, Feb. 15 (UPI) --"),
    ("PA", (r"PA",), "LONDON (PA) -"),
    # Germany's agency and its financial service ("dpa-AFX"), printed with it.
    ("dpa", (r"dpa-AFX", r"dpa", r"DPA"), "WASHINGTON (dpa-AFX) -"),
    ("ENA", (r"ENA",), "May 14/2022 /ENA/"),
)

#: The agency table: English forms above, Russian ones from `AGENCIES_RU`, more agencies from
#: `AGENCIES_MORE`.
AGENCIES: Tuple[Agency, ...] = with_printed(_AGENCIES, AGENCIES_RU + AGENCIES_MORE)

#: Lower-case words that end a region's name printed as a dateline's place ("Хабаровский край",
#: "Московская область"): a place's words are capitalised, these follow them.
PLACE_GENERICS: Tuple[str, ...] = ("край", "область", "республика", "автономный округ", "округ", "район")

#: First words of places of two words or more printed in capitals ("NEW YORK", "HONG KONG"): where a
#: headline runs straight into a dateline ("... in Japan's EEZ NAHA, Japan - "), a capitals word
#: before the place's last joins the place only if it is one of these (else the headline ends with it).
PLACE_OPENERS: Tuple[str, ...] = ("NEW", "SAN", "SANTA", "LOS", "LAS", "LA", "EL", "HONG", "KUALA", "ST.", "SAINT",
                                  "BUENOS", "RIO", "TEL", "ABU", "PHNOM", "SRI", "PORT", "CAPE", "MEXICO", "DAR",
                                  "ADDIS", "SAO", "HO", "BANDAR", "KOTA", "NIZHNY", "DEN", "THE", "SALT", "GAZA",
                                  "WEST", "EAST", "NORTH", "SOUTH", "PANAMA", "GUATEMALA", "KUWAIT", "VATICAN")

#: How a correspondent's name is printed inside the dateline's marks, before the agency
#: ("/Корр. ТАСС Имя Фамилия/", "/Спец. корр. ИТАР-ТАСС Имя, Имя/", "/Corr. ITAR-TASS Name/").
REPORTER_MARKS: Tuple[str, ...] = ("Спец. корр.", "Спецкорр.", "Соб. корр.", "Корр.", "Spec. corr.", "Corr.")

#: A correspondent's role printed after the agency and before the name inside the marks
#: ("/TASS Correspondent Name/", "(RIA Novosti political commentator Name)"); read case-blind.
REPORTER_ROLES: Tuple[str, ...] = ("special correspondent", "own correspondent", "staff correspondent",
                                   "correspondent", "political commentator", "military commentator",
                                   "economic commentator", "commentator", "political observer",
                                   "military observer", "observer", "reporter")

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
#: that means the same (`SECTION_SLUGS`), or their own slug.
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

#: Rubric lines no table lists, each a pattern of the whole line: "<Adjective> новости" ("Спортивные
#: новости") names the story's topic, its section as printed. Adjectives of order or choice ("Последние",
#: "Главные", "Похожие", ...) head a site's lists of links instead: furniture, no section.
RUBRIC_PATTERNS: Tuple[str, ...] = (
    r"(?!(?:Последние|Главные|Свежие|Другие|Похожие|Горячие|Актуальные|Лучшие|Новые|Популярные|Читаемые"
    r"|Важные|Срочные|Интересные|Рекомендуемые|Связанные|Предыдущие|Следующие|Сегодняшние|Вчерашние"
    r"|Ближайшие|Избранные|Ваши|Наши|Мои|Все|Ранние|Поздние|Прошлые|Старые) )[А-ЯЁ][а-яё]{3,}[иы]е новости",
)

#: Section names as tass.com prints them (and older spellings) -> the slug of the site's section.
#: Looked up case-insensitively, with "and" read as "&" and runs of spaces folded.
SECTION_SLUGS: Dict[str, str] = {
    "Russian Politics & Diplomacy": "politics",
    "Politics": "politics",
    "World": "world",
    "Business & Economy": "economy",
    "Economy": "economy",
    "Military & Defense": "defense",
    "Defense": "defense",
    "Science & Space": "science",
    "Science": "science",
    "Emergencies": "emergencies",
    "Society & Culture": "society",
    "Society": "society",
    "Sport": "sport",
    "Sports": "sport",
    "Press Review": "press-review",
    "Russia": "russia",
    "Non-Political": "non-political",
    "Ukraine Crisis": "ukraine-crisis",
    **SECTIONS_RU,  # Russian rubrics, with the English section's slug where they mean the same
}

#: Zone abbreviations printed next to times -> offset in minutes east of UTC.
ZONE_OFFSETS: Dict[str, int] = {
    "UTC": 0, "GMT": 0, "Z": 0, "MSK": 180, "MSD": 240, "CET": 60, "CEST": 120, "EET": 120,
    "EEST": 180, "AMT": 240, "AZT": 240, "GST": 240, "IRST": 210, "PKT": 300, "IST": 330,
    "ALMT": 360, "ICT": 420, "WIB": 420, "CST": -360, "CDT": -300, "EST": -300, "EDT": -240,
    "MST": -420, "MDT": -360, "PST": -480, "PDT": -420, "KST": 540, "JST": 540, "HKT": 480,
}


#: The zone (an IANA name) of an agency's time printed without an offset: TASS's are Moscow's.
AGENCY_ZONES: Dict[str, str] = {"TASS": "Europe/Moscow"}
