"""What a site prints around a story, as tables: furniture lines and patterns, its controls,
listing headings and links (its menus and breadcrumbs are in `tasscli.vocab.menus`, what ends a
story in `tasscli.vocab.endings`).

Tables only; `tasscli.vocab.Vocabulary` bundles them (and `from tasscli.vocab import FURNITURE` works).
"""
from __future__ import annotations

from typing import FrozenSet, Tuple

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
        # headings of a site's lists of other stories, glued to the date prefix or over the list
        "Most Popular", "Most Read", "Most Viewed",
        "Subscribe",
        "Print",
        "Other news",
        "View all",
        "Error",
        # a back-to-top link under the story
        "В начало",
        "К началу страницы",
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
        "Show more",
        # one sharing button a line, under the story ("Share this:" then "Twitter", "Facebook")
        "Facebook",
        "Twitter",
        "WhatsApp",
        "Telegram",
        "LinkedIn",
        "Pinterest",
        "Reddit",
        "Email",
        "E-mail",
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
        "Обсудить",
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
    r"Material has \d+ pages?",
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
    # A desk's note closing the story: "Edited and translated by Name", "Translated by Name".
    r"\(?(?:Edited|Translated|Editing)(?: and (?:edited|translated))? by [A-Z][^.!?]{1,60}",
    r"\(?Editors?: [^.!?]{2,60}",
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
    r"Читать (?:далее|дальше).*",
    r"About agency .*",
    r"•\s*\S{1,3}",
    r"[A-Za-z.]+\.com",
    # a gallery's counter, not a credit; its number maybe a template's placeholder ("Photo {{index+1}} from 9")
    r"(?:Photo|Image|Slide)s?:?\s*(?:\d+|\{\{[^{}]{1,40}\}\})\s*(?:of|from|/)\s*\d+",
    # Russian-language sites: links to the agency's own page, sources, counters, copyright footers
    r"Читать на сайте .{2,60}",
    # a link to the agency's own page under a repost ("Читать на tass.ru", "Читать на РИА Новости")
    r"Чита(?:ть|йте) (?:на|в) (?:[\w\-]+\.)+(?:ru|su|com|net|org|рф)\s*[→»>]?",
    # an aggregator's disclaimer under a repost: it published the text unread, from open sources
    r"(?:Материал|Новость|Публикация|Статья|Текст)[^.!?]{0,60}автоматически\b.*",
    r"(?:Вся )?Информация (?:взята|получена|собрана) из открытых источников.*",
    r"(?:Сайт|Портал|Ресурс) \S{2,40} [-–—] агрегатор (?:новостей|материалов).*",
    r"Редакция (?:сайта |портала )?не (?:несет|несёт) ответственност.*",
    r"Подробнее на .{2,40}",
    # a pointer to the full story cut before its address ("Подробности на" / "site.ru"; the address
    # alone is `kinds.SITE_ADDRESS`): a teaser's footer
    r"Подробн(?:ости|ее) (?:на|в)",
    r"Подробнее на [^\s:]{2,20}:\s*https?://\S+",
    r"https?://\S+",  # a bare link: the site's "read on" or source line
    # A CMS's field labels over the story, with a short value or none: "ID :", "Shortlink :".
    # (The space before the colon is the shape: "Photo: AFP" is a credit.)
    r"[A-Za-z]{2,15}(?: [A-Za-z]{2,15})? :(?: [\w./:-]{1,40})?",
    # A theme's address placeholder: its label, a street line and a "City, ST 01234" line.
    r"(?:Physical|Postal|Mailing|Street|Office) Address:?",
    r"[0-9]{1,5} (?:[A-Z][a-z]+ ){1,4}(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Lane|Drive)\.?",
    r"[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,3}, [A-Z]{2} [0-9]{5}(?:-[0-9]{4})?",
    # An advert line for a shop's product: "Item Name - Buy it Here!".
    r"[^\n]{2,80}? [-–] (?:Buy|Order|Shop) (?:it |them |now |one )?(?:Here|Now|Today)?!",
    # An agency named as a source over or under its copy: "ABC - Some Country News Agency",
    # "Some News Agency, Country" (a monitoring service's source line).
    r"[A-Z]{2,8} [-–] (?:[A-Z][a-z]+ ){1,5}(?:News |Press )?Agency",
    r"(?:[A-Z][\w.'’-]* ){0,4}(?:News |Press )?Agency, [A-Z][a-z]+(?: [A-Z][a-z]+){0,2}",
    # A monitoring service's notes on its source: "Text of report by ... on 18 July",
    # "Originally published by X, City, in Language 0944 18 Jul 08."
    r"Text of (?:a |an )?(?:report|article|commentary|interview|statement) (?:by|in|from) .{3,150}",
    r"Originally published by .{3,160}",
    # A site's promo for its channels among the paragraphs: "For the latest headlines, follow our
    # Google News channel online or via the app."
    r"(?:For (?:the latest|more) [^.!?]{2,40}, )?follow (?:us|our [^.!?]{2,40}?) (?:on|online|via) [^.!?]{2,80}[.!]?",
    # A site's contact line: parts joined by bars, one an e-mail address or a phone number
    # ("850-433-1141 | desk@site.com | Text line: 850-790-5300").
    r"(?=[^|]{0,60}\s\|\s)(?=.{0,120}?(?:[\w.\-]+@[\w\-]+\.[\w.\-]+|\b[0-9]{3}[-. ][0-9]{3}[-. ][0-9]{4}\b))"
    r"[^|]{1,60}(?:\s\|\s[^|]{1,60}){1,5}",
    # A comment form's disclaimer under the story: "Comments are filtered for language ...".
    r"Comments are (?:filtered|moderated|reviewed|checked) .{3,200}",
    # a breadcrumb over a regional site's story ("Томская область / Новости")
    r"(?:[\w\-]+(?: [\w\-]+){0,2} / ){1,3}(?:Новости|Статьи|Главная|Лента новостей)",
    r"Источник: .{2,60}",
    # the same after a time with no day ("14:32 Источник: ..."): a feed's stamp, no article's time
    r"\d{1,2}:\d{2}\s+Источник: .{2,60}",
    # a repost's source line ("По материалам: site"): a "Source: X" line, neither body nor credit
    r"По материалам: .{2,60}",
    # A source line naming the agency in a sentence of its own: "Сообщение информационного агентства «Имя»."
    r"(?:Сообщение|Материал|По сообщению|По материалам) (?:[\w\-]+ ){0,4}агентства [«\"„][^»\"“]{2,40}[»\"“]\.?",
    # Russian sites' controls under the story: an error report, a subscribe line, a source line
    # ("Ошибка в тексте? Выделите её и нажмите «Ctrl + Enter»", "Подписывайтесь на наш канал в Дзен",
    # "Источник и фото - lenta.ru")
    r"(?:Нашли ошибку|Ошибка в тексте|Заметили ошибку)\?\s*Выделите[^.!?]{0,40}Ctrl\s?\+\s?Enter[»\"]?\.?",
    r"Подписывайтесь на (?:наш |нас )?[^.!?]{2,80}",
    r"Источник(?: и фото| фото)?\s*[-–—:]\s*(?:www[.])?[a-z0-9\-]+(?:[.][a-z0-9\-]+)*"
    r"[.](?:ru|su|рф|com|by|kz|ua|net)(?:/\S*)?",
    r"Комментари(?:и|ев)\s*(?:\(\d+\)|:\s*\d+|\d+)?",
    r"Просмотр(?:ов|ы)?:?\s*\d[\d\s]*|\d+ просмотр(?:а|ов)?",
    # (each opening with a fixed string: a pattern opening with ".{0,80}" is tried at every line's 80 first places)
    r"(?:©|\(c\)|Copyright|(?:19|20)\d\d)\s*.{0,80}Все права защищены.*",
    r"Все права защищены.*",
    # An agency's description alone under its copy ("Информационное агентство России ТАСС"): its source line.
    r"(?:Российское |Международное )?(?:Информационное|Информационно-аналитическое|Новостное) агентство"
    r"(?: [\w\-«»\"]+){1,4}",
    # A site's header or footer naming it with a copyright year ("Вестник © 2024, г. Город, ул. ...",
    # "© Вестник, 2003–2024"): a photo credit names no year.
    r"[^©/]{2,60}©\s*(?:19|20)\d\d\b[^/]*",
    r"©\s*[^/©]{2,60}?,?\s*(?:19|20)\d\d(?:\s*[-–—]\s*(?:19|20)\d\d)?(?:[.,;]\s*[^/]*)?",
    r"При (?:полном или частичном )?(?:использовании|цитировании) материалов.*",
    # A live-feed widget glued into one line over the headline: its label, its topic, its time
    # ("ХроникаТема дняОбновлено в 14:20", "LiveTopic of the dayUpdated at 2:20").
    # A notice for browsers without scripts
    r"(?:Sorry, )?(?:you need to |please )?enable JavaScript\b.*|(?:Для [^.]{2,40} )?включите JavaScript\b.*",
    r"(?:Хроника|Онлайн|Live|Timeline).{1,100}?(?:Обновлено в|Updated at)\s*[0-9]{1,2}:[0-9]{2}",
    # A site's account notices printed in its header ("Регистрация пройдена успешно!").
    r"Регистрация (?:пройдена|завершена) успешно!?",
    r"Пожалуйста, (?:перейдите по ссылке|подтвердите)\b.{0,100}",
    # A reposting site's disclaimer over or under the agency's copy ("Disclaimer: this story is printed
    # as received ..."): a label and a colon or dash open it, which a story's sentence does not.
    r"Disclaimer\s*(?::|[-–—]\s).{10,150}",
    # A blog's link to the rest of the post, on a line of its own: "Continue reading →", "[Continue reading]".
    r"\[?Continue reading\]?\s*(?:[→»>]+|\.\.\.|…)?",
    # A blog's comment form under the story: its heading, its notices, its field labels and buttons
    # ("Leave a Reply", "Cancel reply", "Name *", "Required fields are marked *", "Post Comment").
    r"Leave a (?:Reply|Comment)(?: to .{1,60})?|Cancel reply|(?:Post|Submit|Add) (?:a |your )?(?:Comment|Reply)",
    r"Your email address will not be published\b.{0,120}|Required fields are marked\b.{0,20}",
    r"(?:Comment|Name|Email|E-mail|Website|Message|Your (?:name|email|comment))\s*\*|Website",
    # A blog template's lines left unrendered: block tags ("{% if post.tags %}") and placeholders
    # named like fields ("[author_name]", "[post.date]"); "{{ ... }}" lines are kinds.TEMPLATE's.
    r"(?:\{%[^%{}]{1,80}%\}\s*)+",
    r"\[[a-z]+(?:[_.][a-z]+)+\]",
    # A blog's post meta under the story: "Posted in World | Leave a comment", "This entry was posted
    # in News and tagged ... Bookmark the permalink.", empty field labels ("Filed under:").
    r"Posted in [^.!?]{1,80}?(?:\s*\|\s*(?:Leave a comment|[0-9]+ Comments?|Comments? (?:off|closed)[^|]*))?",
    r"This entry was posted (?:in|on) .{2,150}",
    r"(?:Filed under|Categor(?:y|ies)|Tagged(?: with)?|Labels|Posted in)\s*:?",
    # A tag, author or category listing's title ("All posts tagged "x"", "Posts by name", "Latest news
    # with #tag"), never an item's headline: after "by" a name of one to three words, after "tagged" one
    # quoted or #-marked tag (a headline "Posts by the minister deleted" is no title).
    r"(?:Home\s+)?(?:(?:Tags|Authors|Categories|Category)\s+)?(?:All )?(?:Posts|Articles|Entries|Stories)"
    r" (?:by [\w.\-]+(?: [\w.\-]+){0,2}|(?:tagged(?: with)?|filed under|in category) [\"“'#«][^\"”'»]{1,60}[\"”'»]?)",
    r"Latest (?:news|stories|posts|articles)(?: (?:with|tagged(?: with)?) [\"“'#«][^\"”'»]{1,60}[\"”'»]?)?",
    r"Print Friendly, PDF (?:&|and) Email|Bookmark the permalink\.?",
    # A reposting site's note on where the copy came from, or a disclaimer of its views, under the
    # story: "This article was originally published by X.", "The views expressed in this article ...".
    r"This (?:article|story|post|report|piece) (?:was|is|has been) (?:originally |first )?"
    r"(?:published|posted|written|reported|syndicated|republished) (?:by|on|in|at|from|with) .{2,100}",
    r"(?:The )?(?:views|opinions)(?: and (?:views|opinions))? expressed (?:in|by) (?:this|the) "
    r"(?:article|post|story|piece|report|column|author)s? .{2,150}",
    # A site's contact block (`CONTACT_PATTERNS`).
    r"(?:Учредитель|Издатель|Founder|Publisher):?\s.{2,80}",
    r"[0-9]{6},\s*[^!?]{5,120}",  # a postal address, its six-digit index first
    r"(?:Тел(?:ефон)?\.?:?\s*|Tel\.?:?\s*)?\+[0-9][0-9 ()\-]{7,18}",
    r"(?:E-?mail:?\s*)?[\w.\-]+@[\w\-]+(?:\.[\w\-]+)+",
)

#: The lines of a site's contact block among FURNITURE_PATTERNS (founder, postal address, phone,
#: e-mail, copyright year): text lines above the last of them in the header are the site's own
#: ("Новости Города и Края" set between them), not the story's headline.
CONTACT_PATTERNS: Tuple[str, ...] = FURNITURE_PATTERNS[-4:] + (
    r"(?:Copyright|©|\(c\))\s*(?:©\s*)?(?:19|20)\d\d\b.*",
)

#: Labels a site glues to the name of a story line or topic in a banner over the headline
#: ("ХроникаВыборы в регионе"): such a line is furniture (`CONTROL_PATTERNS`).
BANNER_LABELS: Tuple[str, ...] = ("Хроника", "Сюжет", "Тема дня", "Спецпроект", "Онлайн")

#: Two-letter (and three-letter) language switches a site prints in its header ("ua en ru",
#: "РУС | ENG"): a line of two or more of them is furniture (`CONTROL_PATTERNS`).
LANGUAGE_SWITCH = (r"(?:(?:ru|en|ua|uk|de|fr|es|it|zh|cn|ar|kz|kk|by|be|tr|pl|ja|ko|uz|az|hy|am|ka|ge|ky|kg|tj|lv|lt"
                   r"|ee|et|ro|md|рус|укр|eng|каз|бел|рус\.|укр\.|eng\.)(?![\w])[\s|/·•,]*){2,8}")

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
    # A radio site's player button, maybe with its menu glued after it ("Listen Live Sports").
    r"Listen Live\b.{0,30}",
    # A video player's controls: its clock ("00:00 / 00:31") and its quality choices ("HD .mp4 High quality").
    r"[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})? / [0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?",
    r"(?:HD|SD|[0-9]{3,4}p) \.?(?:mp4|webm|flv)(?: (?:High|Medium|Low) quality)?",
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
    LANGUAGE_SWITCH,
    # A bare clock, and the update time over a story ("10:05", "обновлено 10:15"): no day, no date.
    r"(?:(?:обновлено|updated|изменено):?\s*)?[0-9]{1,2}:[0-9]{2}",
    # A banner's label glued to its topic (`BANNER_LABELS`).
    rf"(?:{'|'.join(BANNER_LABELS)})(?-i:[А-ЯЁA-Z]).{{2,58}}",
    # Back links.
    r"(?:Вернуться|Назад)(?: назад| на главную| к (?:списку|новостям|ленте|разделу|началу)[^.!?:]{0,30})?"
    r"|Go back(?: to (?:the )?(?:list|news|home|main page|section|top)[^.!?:]{0,30})?",
)

#: Words that make a heading printed over a listing a category ("AFP Video"), each item's section.
CATEGORY_WORDS: FrozenSet[str] = frozenset(
    {"Video", "Videos", "Photo", "Photos", "News", "Business", "Sport", "Sports", "World", "Politics",
     "Page"}  # a newspaper's page as a section: "Front Page", "Page Three"
)

#: Words that make such a heading a tag or topic page's title ("Latest Ankara News"), no section.
TOPIC_TITLE_WORDS: FrozenSet[str] = frozenset({"Latest", "Breaking", "Top"})

#: Words of a newspaper's or site's name ("Milwaukee Journal Sentinel", "Harbour Evening Courier"):
#: a label over the headline holding one is the publication's name, no section.
PUBLICATION_WORDS: FrozenSet[str] = frozenset(
    {"Journal", "Times", "Post", "Herald", "Tribune", "Gazette", "Sentinel", "Chronicle", "Daily", "Observer",
     "Courier", "Telegraph", "Express", "Guardian", "Mirror", "Inquirer", "Bulletin", "Dispatch", "Courant",
     "Examiner", "Monitor", "Newspaper", "Magazine", "Weekly", "Blog", "Online"})

#: A listing's link under each teaser ("Full Story", "Read more »"), maybe after an icon's name
#: ("W140 Full Story"): furniture that closes the item, the next item's headline may be glued under it.
TEASER_LINKS: Tuple[str, ...] = ("Full Story", "Read more", "Read full story", "Continue reading", "Full article",
                                 "More")

#: Lines of a weather widget or ticker ("24/13°C", "-3 °F"), matched against the whole line: a block
#: holding two or more of them is the widget, its dates the crawl's, never the article's.
WIDGET_PATTERNS: Tuple[str, ...] = (r"[-+−]?\d{1,3}(?:\s?/\s?[-+−]?\d{1,3})?\s?°\s?[CF]?",)

#: Words that open an infographic or gallery block label ("Infographics Ebola outbreak ...").
GRAPHIC_LABELS: Tuple[str, ...] = ("Infographics", "Infographic", "Photo gallery", "Video")
