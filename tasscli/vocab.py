"""Layout vocabulary as data: month names, sections, furniture lines, credit and note forms.

Everything the parser knows about how agency pages are laid out, and that a user may want to
extend, lives here as plain tables. `Vocabulary` bundles them; `parse(text, vocab=...)` takes one,
so a caller can add a site's furniture without touching the parser:

    >>> from dataclasses import replace
    >>> mine = replace(DEFAULT, furniture=DEFAULT.furniture | {"Subscribe to our newsletter"})
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, FrozenSet, Optional, Tuple

from tasscli.record import FrozenFields, _object_setattr, frozen_tables

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

#: Words no headline opens with: a line that opens with one (case-blind) and holds no sentence is
#: the cut end of a longer line, such as a masthead ("... OF THE EMBASSY OF UKRAINE").
CUT_LINE_OPENERS: FrozenSet[str] = frozenset({"of", "and", "or", "nor"})

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
#: How a correspondent's name is printed inside the dateline's marks, before the agency
#: ("/Корр. ТАСС Имя Фамилия/", "/Спец. корр. ИТАР-ТАСС Имя, Имя/", "/Corr. ITAR-TASS Name/").
REPORTER_MARKS: Tuple[str, ...] = ("Спец. корр.", "Спецкорр.", "Соб. корр.", "Корр.", "Spec. corr.", "Corr.")

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

#: Whole lines that are site furniture wherever they stand (compared after trimming, case-blind).
FURNITURE: FrozenSet[str] = frozenset(
    {
        "All news",
        "Back to Main page",
        "Back to main page",
        "Share",
        "Select the city",
        "Currency converter",
        "^",
        "News Feed",
        "Sections",
        "News Search Topics",
        "ОК",
        "OK",
        "Use filter",
        "You can filter your feed,",
        "by choosing only interesting",
        "sections.",
        "Go to Search",
        "Loading",
        "More news",
        "Updated at:",
        "Top stories",
        "Latest news",
        "Read more",
        "Subscribe",
        "Print",
        "Other news",
        # republishing sites: teaser cards, promos, widgets, site blurbs
        "You may also like...",
        "Your comment",
        "Related posts",
        "Input digits",
        "Search by date",
        "Large Medium Small",
        "Currently reading",
        "More news in our Telegram channel!",
        "Register now for FREE unlimited access to Reuters.com",
        "Our Standards: The Thomson Reuters Trust Principles.",
        "World press about Ukraine",
        "World press category: terms & conditions",
        "Today's Headlines for:",
        "QR Code for PMO Mobile",
        "Trends:",
        "EN",
        "None",
        "NIL",
        "|",
        "Photo: None",
        "Видео дня",
        "Новини партнерів",
        # Russian-language sites: buttons, labels and headings over lists of other stories
        "Поделиться",
        "Комментарии",
        "Добавить комментарий",
        "Новости",
        "Все новости",
        "Лента новостей",
        "Версия для печати",
        "Распечатать",
        "Реклама",
        "DMCA",
        "Подписаться",
        "Подписывайтесь",
        "Главное",
        "Главная",
        "Наверх",
        "Загрузка",
        "Загрузка...",
        "Показать еще",
        "Показать ещё",
        "Еще новости",
        "Ещё новости",
        "Читать полностью",
        "Перейти в фотобанк",
        "Нашли ошибку? Выделите ее и нажмите Ctrl+Enter",
        "-0-",
        # An agency's bare name printed under its story, as a signature
        "ТАСС",
        "ИТАР-ТАСС",
        "РИА Новости",
        "Интерфакс",
        "ИНТЕРФАКС",
        "Прайм",
        "Синьхуа",
        "Sputnik",
        "Интерфакс-Украина",
        "ПРАЙМ",
        "УНН",
        "КазТАГ",
        "Крыминформ",
        "ФедералПресс",
        "ИА REGNUM",
        "REGNUM",
    }
)

#: Line patterns (regular expressions, matched against the whole trimmed line) that are furniture.
FURNITURE_PATTERNS: Tuple[str, ...] = (
    r"\d+ pages? in this article",
    # Site notices printed over the story: a language plugin's, a script blocker's.
    r"Sorry,? this (?:entry|post|page|content) (?:is not|isn['’]t) available in .{2,60}",
    r"(?:Sorry,? )?(?:you need to|please) enable JavaScript.{0,80}",
    r"Updated at:.*",
    r"(?:…|\.\.\.)\s*read more",
    # An aggregator's topic-page blurb: "Find the latest X News from Site, the most trusted ...".
    r"(?:Find|Get|Discover|Read) the latest [^.!?]{2,80}? (?:news|News|stories|updates) (?:from|on|at) .{2,100}",
    # A link to the full page from an AMP or feed copy: "Read more on the site →".
    r"(?:Read(?: more)?|Continue reading|Full story) on (?:the|our) (?:site|website)\s*[→»>]?",
    # A source's name ("Source: Yonhap News Agency"); a headline may open with "Source:" too.
    r"Source: \S+(?: \S+){0,3}",
    r"Code \d+",
    r"\(?(?:Additional )?(?:Reporting|Writing) by .*",
    r"[\[(]?Editors?: [^.!?]{2,60}",
    r"End ?item",
    # Site and agency copyright footers, which are not photo credits: "© 2019 AFP",
    # "Copyright 2019 The Associated Press. All rights reserved. ..."
    r"(?:Copyright|©|\(c\))\s*(?:©\s*)?(?:19|20)\d\d\b.*",
    r"(?:Copyright|©|\(c\)).{0,80}All rights reserved.*",
    r"Follow the author on .*",
    r"This website is created to .*",
    r"This news has been read \d+ times",
    r"Visitors # .*",
    r"Best view with .*",
    r"Tel ?: .*",
    r"\[© ?\d{4}.*\]",
    r"Address: .*",
    r"Phone(?:/fax)?: .*",
    r"Keyword: .*",
    r"Brevity: .*",
    r"SELECT .* FROM .*",
    r"[:\s]*:[a-z]*\s+[A-Z][a-z]+ \([A-Z]{2,5}\)",
    r"Unterstützt durch .*",
    r"Читать далее.*",
    r"About agency .*",
    r"•\s*\S{1,3}",
    r"[A-Za-z.]+\.com",
    r"(?:Photo|Image|Slide)s?:?\s*\d+\s*(?:of|/)\s*\d+",  # a gallery's counter, not a credit
    # Russian-language sites: links to the agency's own page, sources, counters, copyright footers
    r"Читать на сайте .{2,60}",
    r"Подробнее на .{2,40}",
    r"Подробнее на [^\s:]{2,20}:\s*https?://\S+",
    r"https?://\S+",  # a bare link: the site's "read on" or source line
    # a breadcrumb over a regional site's story ("Томская область / Новости")
    r"(?:[\w\-]+(?: [\w\-]+){0,2} / ){1,3}(?:Новости|Статьи|Главная|Лента новостей)",
    r"Источник: .{2,60}",
    r"Комментари(?:и|ев)\s*(?:\(\d+\)|:\s*\d+|\d+)?",
    r"Просмотр(?:ов|ы)?:?\s*\d[\d\s]*|\d+ просмотр(?:а|ов)?",
    # (each opening with a fixed string: a pattern opening with ".{0,80}" is tried at every line's 80 first places)
    r"(?:©|\(c\)|Copyright|(?:19|20)\d\d)\s*.{0,80}Все права защищены.*",
    r"Все права защищены.*",
    r"При (?:полном или частичном )?(?:использовании|цитировании) материалов.*",
    # A live-feed widget glued into one line over the headline: its label, its topic, its time
    # ("ХроникаТема дняОбновлено в 14:20", "LiveTopic of the dayUpdated at 2:20").
    # A notice for browsers without scripts
    r"(?:Sorry, )?(?:you need to |please )?enable JavaScript\b.*|(?:Для [^.]{2,40} )?включите JavaScript\b.*",
    r"(?:Хроника|Онлайн|Live|Timeline).{1,100}?(?:Обновлено в|Updated at)\s*[0-9]{1,2}:[0-9]{2}",
)

#: What any site prints around a story, whatever its tables: its controls, counters and labels,
#: as FURNITURE_PATTERNS (whole lines, case-blind), tried only on lines of at most
#: `lines.CONTROL_LENGTH` characters, so a paragraph that mentions them stays the story's.
#: ([0-9], not \d: a pattern is tried only on the lines opening with a character it may open
#: with, which `prefilter.first_chars` tells for plain classes.)
CONTROL_PATTERNS: Tuple[str, ...] = (
    r"(?:(?:Last )?(?:Updated|Published|Posted):?\s*)?[0-9]+\s+"
    r"(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago",
    r"(?:Reading time|Read time|Time to read):?\s*[0-9]+\s*(?:minutes?|mins?)",
    r"[0-9]+ (?:minutes?|mins?) read",
    r"Listen to (?:this|the) (?:article|story|news|page)",
    r"(?:Font|Text) size\b.{0,20}",
    r"Skip to (?:the )?(?:main )?(?:content|navigation)",
    r"Toggle (?:navigation|menu)",
    r"Print(?: this)?(?: page| article| story| version)?",
    r"Advertisement|Advertising|Sponsored content",
    r"Copy(?: the)? link|Back to top|Scroll to top",
    r"(?:Sign (?:in|up)|Log ?in|Subscribe|Follow us|Join us)\b.{0,50}",
    r"Share (?:this|on|via)\b.{0,30}",
    # An invitation to a site's account: "Connect to share and comment", "Log in to comment".
    r"(?:Connect|Log ?in|Sign in|Register|Subscribe) to (?:share|comment|reply|post|read|continue)\b.{0,30}",
    r"(?:Views?|Reads?):?\s*[0-9,]+|[0-9,]+ (?:views?|reads?)",
    r"(?:Comments?|Replies)\s*(?::\s*[0-9]+|\([0-9]+\))|[0-9]+ (?:comments?|replies)",
    # A row of sharing buttons: two or more networks' names and nothing else.
    r"(?:Facebook|Twitter|WhatsApp|Telegram|VK|VKontakte|Odnoklassniki|LinkedIn|Viber|E-?mail|Pinterest|Reddit"
    r"|Instagram|YouTube|X)(?:[\s,|•·]+(?:Facebook|Twitter|WhatsApp|Telegram|VK|VKontakte|Odnoklassniki|LinkedIn"
    r"|Viber|E-?mail|Pinterest|Reddit|Instagram|YouTube|X|Print))+",
    r"You are here:?.{0,60}",  # a breadcrumb's label; rows without one: MENU_ARROWS, MENU_BARS
    r"(?:Поделиться|Отправить|Скопировать ссылку)\b.{0,30}",
    r"(?:Обновлено:?\s*)?[0-9]+\s+(?:секунд[уы]?|минут[уы]?|час(?:а|ов)?|дн(?:я|ей)|день)\s+назад",
    r"[0-9]+\s+мин(?:ут[аы]?|\.)?\s+(?:на\s+)?чтени[яе]",
    r"(?:Время чтения|Читать):?\s*[0-9]+\s*мин(?:\.|ут[аы]?)?",
    # A link to the page's full version between headline and story ("Читать в полной версии →").
    r"(?:Читать|Смотреть|Открыть) (?:в )?полн(?:ой|ую) верси(?:и|ю)\s*[→»>]*|Полная версия\s*[→»>]*",
    r"(?:Read|View|Open) (?:the )?full (?:version|article|story)\s*[→»>]*|Full version\s*[→»>]*",
    # Back links.
    r"(?:Вернуться|Назад)(?: назад| на главную| к (?:списку|новостям|ленте|разделу|началу)[^.!?:]{0,30})?"
    r"|Go back(?: to (?:the )?(?:list|news|home|main page|section|top)[^.!?:]{0,30})?",
)

#: How a byline opens: "By Name", "Written by Name", "Author: Name" (case as printed; an opener
#: ending in ":" may touch the name).
BYLINE_OPENERS: Tuple[str, ...] = ("By", "BY", "By:", "Written by", "Story by", "Reported by", "Text by", "Words by",
                                   "Author:", "Authors:", "Text:", "Reporter:", "Текст:", "Автор:", "Авторы:",
                                   "Редакция сайта", "Oleh")
#: Words joining two names in a byline ("By Name and Name", Malay "Oleh Name dan Name").
BYLINE_JOINERS: Tuple[str, ...] = ("and", "dan")
#: Marks a site prints after its time line before the name of who posted the story
#: ("7 февраля 2021 10:15. Разместил: Редакция", "Feb 7, 2021 10:15 | Posted by: Editor").
POSTER_MARKS: Tuple[str, ...] = ("Разместил", "Разместила", "Опубликовал", "Опубликовала", "Добавил", "Добавила",
                                 "Автор", "Posted by", "Added by", "Uploaded by")

#: What a byline may print after the name instead of an agency: "Name, Staff Writer", "Name | Reporter".
BYLINE_ROLES: Tuple[str, ...] = ("Staff Writer", "Staff Reporter", "Senior Writer", "Senior Correspondent",
                                 "Special Correspondent", "Correspondent", "Reporter", "Writer", "Editor",
                                 "Contributor", "Columnist")

#: An agency's name a byline prints after its reporter's with no separator ("Имя Фамилия ИА REGNUM").
BYLINE_SIGNATURES: Tuple[str, ...] = ("ИА REGNUM", "ИА Регнум")

#: A site's breadcrumb or menu row is short items (three words at most) joined by spaced separators:
#: two or more with an arrow ("Home > World > Europe"), three or more with a bar, slash or dot
#: ("News | Sport | Video"). Such a line is furniture (`lines.Grammar.menu_row`).
MENU_ARROWS = ">»›"
MENU_BARS = "|/•·"

#: The first item of a breadcrumb ("Главная > Новости дня > Headline"): such a line is a label
#: whose section is its last item short enough for a rubric (`lines.Grammar.breadcrumb`).
#: A listing's link under each teaser ("Full Story", "Read more »"), maybe after an icon's name
#: ("W140 Full Story"): furniture that closes the item, the next item's headline may be glued under it.
TEASER_LINKS: Tuple[str, ...] = ("Full Story", "Read more", "Read full story", "Continue reading", "Full article",
                                 "More")

BREADCRUMB_HOMES: Tuple[str, ...] = ("Главная", "Главная страница", "На главную", "Home", "Homepage", "Home page",
                                     "Main", "Main page")

#: Furniture glued to the end of a paragraph ("... review the deal …read more"): cut, text kept.
TRAILING_FURNITURE: Tuple[str, ...] = (
    r"\s*(?:…|\.\.\.)\s*read more",
    # A teaser's link glued to its text: "... on a bicycle built of bamboo Read more".
    r"\s+read more",
    r"\s*\[full story\]",
    # a link to the agency's page glued to a Russian teaser's end ("... заявил он… tass.ru »")
    r"(?<=[\s…])(?:www[.])?[a-z0-9\-]+(?:[.][a-z0-9\-]+)*[.](?:ru|su|рф|com)(?:/\S*)?\s*»",
    r"\s*Подробнее на [^.!?]{2,40}:?",
    r"\s+-0-",  # Xinhua's end mark
)

#: Lines after which the rest of the page is furniture (sidebars, video blocks).
END_MARKERS: Tuple[str, ...] = (
    r"Top Headlines",
    r"Video Credit: .*",
    # Russian sites' headings over lists of other stories under the article
    r"Новости партн[её]ров",
    r"Выбор читателей",
    r"Самое (?:читаемое|популярное|интересное)",
    r"Популярное",
    r"Последние новости",
    r"Другие новости",
    r"(?:Что (?:еще|ещё) (?:почитать|посмотреть|читать)|What (?:else )?to read(?: next)?)\s*[:?→»]?",
    # A source line under the story: a name and a bar with nothing after it ("ТАСС |", "Reuters |");
    # the site's menus follow it.
    r"[^|.!?\[\]()]{1,40}\s\|",
)

#: Editors' notes: whole lines, or glued to the start or end of a line ("(2nd LD)",
#: "(MENAFN- Kuwait News Agency (KUNA))"). They leave body and headline for `notes`.
NOTE_PATTERNS: Tuple[str, ...] = (
    r"\(\s*MENAFN\s*-[^()]*(?:\([^()]*\)[^()]*)*\)",
    r"\((?:\d+(?:st|nd|rd|th)\s+LD|LEAD|URGENT|UPDATE\s*\d*|ATTN:[^)]*|Adds? [^)]*|Updates? [^)]*|Recasts? [^)]*"
    # Desk slugs of a take: "(Reopens FGN 13)", "(Corrects spelling of name)", "(Repeats to more subscribers)".
    r"|(?:Reopens|Corrects?|Repeats?|Refiles?|Clarifies|Writethru)\b[^)]*"
    r"|(?:Description of Source|Our editorial staff)[^)]*)\)",
    r"(?:Headline is changed|Details added|Adds details)[^()]*(?:\(first version posted at [^)]*\))?",
)

#: Trailers a republishing service glues to the end of a story (cut to `notes`, like sign-offs).
TRAILERS: Tuple[str, ...] = (
    r"\(Description of Source:.*",
)

#: Words that make a heading printed over a listing a category ("AFP Video"), each item's section.
CATEGORY_WORDS: FrozenSet[str] = frozenset(
    {"Video", "Videos", "Photo", "Photos", "News", "Business", "Sport", "Sports", "World", "Politics"}
)

#: Lines of a weather widget or ticker ("24/13°C", "-3 °F"), matched against the whole line: a block
#: holding WIDGET_LINES of them is the widget, its dates the crawl's, never the article's.
WIDGET_PATTERNS: Tuple[str, ...] = (r"[-+−]?\d{1,3}(?:\s?/\s?[-+−]?\d{1,3})?\s?°\s?[CF]?",)

#: Words of a newspaper's or site's name ("Milwaukee Journal Sentinel", "Harbour Evening Courier"):
#: a label over the headline holding one is the publication's name, no section.
PUBLICATION_WORDS: FrozenSet[str] = frozenset(
    {"Journal", "Times", "Post", "Herald", "Tribune", "Gazette", "Sentinel", "Chronicle", "Daily", "Observer",
     "Courier", "Telegraph", "Express", "Guardian", "Mirror", "Inquirer", "Bulletin", "Dispatch", "Courant",
     "Examiner", "Monitor", "Newspaper", "Magazine", "Weekly", "Blog", "Online"})

#: Words that make such a heading a tag or topic page's title ("Latest Ankara News"), no section.
TOPIC_TITLE_WORDS: FrozenSet[str] = frozenset({"Latest", "Breaking", "Top"})

#: Words that refer back to what was said before ("Его заметили с вертолета ..."): a line above
#: the story opening with one is a standfirst under a headline the page lost, never a headline.
LEAD_OPENERS: FrozenSet[str] = frozenset(
    {"Его", "Ее", "Её", "Их", "Им", "Ему", "Ей", "Он", "Она", "Оно", "Они", "Этот", "Эта", "Это", "Эти"})

#: Words of the headings a site prints under the story, over lists of other stories, comment
#: forms and sharing buttons ("Other news", "Most popular", "You may also like..."), lower case.
#: Short lines ending the page that hold one are the site's footer (`parser._drop_tail`).
FOOTER_WORDS: FrozenSet[str] = frozenset(
    {"news", "posts", "stories", "articles", "comment", "comments", "related", "popular", "latest", "viewed", "read",
     "recommended", "trending", "like", "subscribe", "follow", "share", "search", "newsletter",
     # an e-paper's reader footer ("Newspapers in English"), a page-view counter, a "Source" link label
     "newspapers", "pageviews", "source",
     "новости", "комментарии", "комментарий", "популярное", "поделиться", "подписывайтесь", "подписаться",
     "читайте", "похожие", "рекомендуем", "обсуждение", "почитать", "назад", "вернуться", "back"})

#: A line opening an insert that links to another story; the insert runs to the related headline.
#: Compared case-blind, with any closing colon or arrow ("READ ALSO", "Read also:", "Read more »").
RELATED_MARKERS: FrozenSet[str] = frozenset(
    {"Read also", "Read more", "See also", "Also read", "Related readings", "Related", "Related news",
     "Related stories", "Related articles", "More on the topic",
     "Читайте также", "Читать также", "Также по теме", "По теме", "Смотрите также", "Новости по теме"})

#: A line opening the tags footer; the footer runs to the end of the page.
#: Compared as RELATED_MARKERS are.
TAG_MARKERS: FrozenSet[str] = frozenset({"Tags", "Topics", "Keywords", "Теги", "Метки", "Темы"})

#: Words that open an infographic or gallery block label ("Infographics Ebola outbreak ...").
GRAPHIC_LABELS: Tuple[str, ...] = ("Infographics", "Infographic", "Photo gallery", "Video")

#: Credit line openers: the mark is dropped, the rest is the credit.
CREDIT_MARKS: Tuple[str, ...] = ("©", "(C)", "(c)", "Photo:", "Photo", "(Photo:", "Photo credit:", "Image:",
                                 "Picture:", "Credit:",
                                 "Фото:", "© Фото:", "© Фото", "(Фото:", "Видео:", "Инфографика:", "//")

#: What a photo bank prints after a credit, cut from it ("© Sputnik / Имя / Перейти в фотобанк").
CREDIT_TAILS: Tuple[str, ...] = (r"\s*/\s*Перейти в фотобанк",)

#: Words that glue a photo's credit to the end of its caption, case-blind ("Caption text, автор фото
#: Фамилия/Фотохроника ТАСС"): the credit is what follows them, up to a "/" and its agency.
CAPTION_CREDIT_OPENERS: Tuple[str, ...] = ("автор фото", "фото")

#: Whole lines that are a photo credit printed without a mark before it, as regexes over the
#: trimmed line; the group "credit" is the credit: "(CNA file photo)", "Yomiuri Shimbun file photo",
#: "Pic/AFP", "[Photo/Xinhua]".
CREDIT_LINES: Tuple[str, ...] = (
    r"\((?P<credit>[A-Z][\w.&\-]*(?: [A-Z][\w.&\-]*){0,3} (?:file )?(?:photo|picture|image))\)",
    r"(?P<credit>[A-Z][\w.&\-]*(?: [A-Z][\w.&\-]*){0,3} (?:file )?(?:photo|picture|image))",
    r"(?:Pic|Photo|Picture)/(?P<credit>[A-Z][\w.&\-]*(?: [A-Z][\w.&\-]*){0,3})",
    r"\[(?P<credit>(?:Photo|Pic)/[A-Z][\w.&\-]*(?: [A-Z][\w.&\-]*){0,3})\]",
)

#: Photo agencies and services a credit may end with ("Name/TASS"), used to find a caption that
#: has its credit glued to its end ("Caption text Name Surname/TASS").
CREDIT_SUFFIXES: Tuple[str, ...] = ("TASS", "ITAR-TASS", "AP", "EPA", "Reuters", "AFP", "Getty Images", "Xinhua", "SPA",
                                     "Kyodo",
                                     "ТАСС", "ИТАР-ТАСС", "РИА Новости")

#: English and Russian words too common to tell whether two texts share a subject.
STOPWORDS: FrozenSet[str] = frozenset(
    """a about after again against all also an and any are as at be been before being between both
    but by can could did do does for from had has have he her his how i if in into is it its may
    more most new no not of on once only or other our out over own said says same she should so
    some such than that the their them then there these they this those through to too under until
    up very was we were what when where which while who will with would year years
    без более будет был была были было в во все для до его ее её еще ещё же за и из или им их к как
    ко когда который которые ли на над не него нее неё нет но о об около от по под после при про с
    со так также то того только уже у что чтобы это этот эти году года лет""".split()
)


def _months() -> Dict[str, int]:
    return dict(MONTHS)


class _Factory:
    """The default of a field filled by its default_factory (shown as dataclasses show it)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "<factory>"


_FACTORY: Any = _Factory()


# Written out as Article is (see tasscli.record, start-up cost); hashed by identity, not by fields.
@dataclass(init=False, repr=False, eq=False)
class Vocabulary(FrozenFields):
    """The tables one parse uses. Replace any of them with `dataclasses.replace`."""

    months: Dict[str, int] = field(default_factory=_months)
    sections: Tuple[str, ...] = SECTIONS
    furniture: FrozenSet[str] = FURNITURE
    furniture_patterns: Tuple[str, ...] = FURNITURE_PATTERNS
    related_markers: FrozenSet[str] = RELATED_MARKERS
    tag_markers: FrozenSet[str] = TAG_MARKERS
    graphic_labels: Tuple[str, ...] = GRAPHIC_LABELS
    credit_marks: Tuple[str, ...] = CREDIT_MARKS
    credit_suffixes: Tuple[str, ...] = CREDIT_SUFFIXES
    credit_lines: Tuple[str, ...] = CREDIT_LINES
    stopwords: FrozenSet[str] = STOPWORDS
    #: The agency of a page that carries the ` date YYYY-MM-DD` archive prefix but no dateline.
    prefix_agency: Optional[str] = "TASS"
    trailing_furniture: Tuple[str, ...] = TRAILING_FURNITURE
    end_markers: Tuple[str, ...] = END_MARKERS
    note_patterns: Tuple[str, ...] = NOTE_PATTERNS
    trailers: Tuple[str, ...] = TRAILERS
    category_words: FrozenSet[str] = CATEGORY_WORDS
    footer_words: FrozenSet[str] = FOOTER_WORDS
    control_patterns: Tuple[str, ...] = CONTROL_PATTERNS
    byline_openers: Tuple[str, ...] = BYLINE_OPENERS
    byline_roles: Tuple[str, ...] = BYLINE_ROLES
    menu_arrows: str = MENU_ARROWS
    menu_bars: str = MENU_BARS
    lead_openers: FrozenSet[str] = LEAD_OPENERS
    byline_signatures: Tuple[str, ...] = BYLINE_SIGNATURES
    credit_tails: Tuple[str, ...] = CREDIT_TAILS
    caption_credit_openers: Tuple[str, ...] = CAPTION_CREDIT_OPENERS
    breadcrumb_homes: Tuple[str, ...] = BREADCRUMB_HOMES
    teaser_links: Tuple[str, ...] = TEASER_LINKS
    topic_title_words: FrozenSet[str] = TOPIC_TITLE_WORDS
    widget_patterns: Tuple[str, ...] = WIDGET_PATTERNS
    byline_joiners: Tuple[str, ...] = BYLINE_JOINERS
    publication_words: FrozenSet[str] = PUBLICATION_WORDS

    # No return annotation: a string 'None' would show in the signature, which frozen=True left out.
    def __init__(self, months: Dict[str, int] = _FACTORY, sections: Tuple[str, ...] = SECTIONS,
                 furniture: FrozenSet[str] = FURNITURE, furniture_patterns: Tuple[str, ...] = FURNITURE_PATTERNS,
                 related_markers: FrozenSet[str] = RELATED_MARKERS, tag_markers: FrozenSet[str] = TAG_MARKERS,
                 graphic_labels: Tuple[str, ...] = GRAPHIC_LABELS, credit_marks: Tuple[str, ...] = CREDIT_MARKS,
                 credit_suffixes: Tuple[str, ...] = CREDIT_SUFFIXES, credit_lines: Tuple[str, ...] = CREDIT_LINES,
                 stopwords: FrozenSet[str] = STOPWORDS,
                 prefix_agency: Optional[str] = "TASS", trailing_furniture: Tuple[str, ...] = TRAILING_FURNITURE,
                 end_markers: Tuple[str, ...] = END_MARKERS, note_patterns: Tuple[str, ...] = NOTE_PATTERNS,
                 trailers: Tuple[str, ...] = TRAILERS, category_words: FrozenSet[str] = CATEGORY_WORDS,
                 footer_words: FrozenSet[str] = FOOTER_WORDS,
                 control_patterns: Tuple[str, ...] = CONTROL_PATTERNS,
                 byline_openers: Tuple[str, ...] = BYLINE_OPENERS, byline_roles: Tuple[str, ...] = BYLINE_ROLES,
                 menu_arrows: str = MENU_ARROWS, menu_bars: str = MENU_BARS,
                 lead_openers: FrozenSet[str] = LEAD_OPENERS,
                 byline_signatures: Tuple[str, ...] = BYLINE_SIGNATURES, credit_tails: Tuple[str, ...] = CREDIT_TAILS,
                 caption_credit_openers: Tuple[str, ...] = CAPTION_CREDIT_OPENERS,
                 breadcrumb_homes: Tuple[str, ...] = BREADCRUMB_HOMES,
                 teaser_links: Tuple[str, ...] = TEASER_LINKS,
                 topic_title_words: FrozenSet[str] = TOPIC_TITLE_WORDS,
                 widget_patterns: Tuple[str, ...] = WIDGET_PATTERNS,
                 byline_joiners: Tuple[str, ...] = BYLINE_JOINERS,
                 publication_words: FrozenSet[str] = PUBLICATION_WORDS):
        _object_setattr(self, "months", _months() if months is _FACTORY else months)
        _object_setattr(self, "sections", sections)
        _object_setattr(self, "furniture", furniture)
        _object_setattr(self, "furniture_patterns", furniture_patterns)
        _object_setattr(self, "related_markers", related_markers)
        _object_setattr(self, "tag_markers", tag_markers)
        _object_setattr(self, "graphic_labels", graphic_labels)
        _object_setattr(self, "credit_marks", credit_marks)
        _object_setattr(self, "credit_suffixes", credit_suffixes)
        _object_setattr(self, "credit_lines", credit_lines)
        _object_setattr(self, "stopwords", stopwords)
        _object_setattr(self, "prefix_agency", prefix_agency)
        _object_setattr(self, "trailing_furniture", trailing_furniture)
        _object_setattr(self, "end_markers", end_markers)
        _object_setattr(self, "note_patterns", note_patterns)
        _object_setattr(self, "trailers", trailers)
        _object_setattr(self, "category_words", category_words)
        _object_setattr(self, "footer_words", footer_words)
        _object_setattr(self, "control_patterns", control_patterns)
        _object_setattr(self, "byline_openers", byline_openers)
        _object_setattr(self, "byline_roles", byline_roles)
        _object_setattr(self, "menu_arrows", menu_arrows)
        _object_setattr(self, "menu_bars", menu_bars)
        _object_setattr(self, "lead_openers", lead_openers)
        _object_setattr(self, "byline_signatures", byline_signatures)
        _object_setattr(self, "credit_tails", credit_tails)
        _object_setattr(self, "caption_credit_openers", caption_credit_openers)
        _object_setattr(self, "breadcrumb_homes", breadcrumb_homes)
        _object_setattr(self, "teaser_links", teaser_links)
        _object_setattr(self, "topic_title_words", topic_title_words)
        _object_setattr(self, "widget_patterns", widget_patterns)
        _object_setattr(self, "byline_joiners", byline_joiners)
        _object_setattr(self, "publication_words", publication_words)

    def __hash__(self) -> int:  # tables are read-only by convention; hash by identity for caching
        return id(self)



frozen_tables(Vocabulary)

DEFAULT = Vocabulary()
