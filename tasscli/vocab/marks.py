"""The marks of a story's own parts, as tables: how bylines, credits and editors' notes are printed,
trailers, and the words the parser weighs (lead openers, cut-line openers, stopwords).

Tables only; `tasscli.vocab.Vocabulary` bundles them (and `from tasscli.vocab import STOPWORDS` works).
"""
from __future__ import annotations

from typing import FrozenSet, Tuple

#: Words no headline opens with: a line that opens with one (case-blind) and holds no sentence is
#: the cut end of a longer line, such as a masthead ("... OF THE EMBASSY OF UKRAINE").
CUT_LINE_OPENERS: FrozenSet[str] = frozenset({"of", "and", "or", "nor"})

#: How a byline opens: "By Name", "Written by Name", "Author: Name" (case as printed; an opener
#: ending in ":" may touch the name).
BYLINE_OPENERS: Tuple[str, ...] = ("By", "BY", "By:", "Written by", "Story by", "Reported by", "Text by", "Words by",
                                   "Author:", "Authors:", "Text:", "Reporter:", "Текст:", "Автор:", "Авторы:",
                                   "Редакция сайта", "Oleh", "Posted by")
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

#: Agencies a reposting site's byline names after its reporter's names and a separator, with no
#: "By" ("Anna Petrova | TASS", "Name Surname, Reuters"): such a line is a byline, never the lead.
#: (Only names no headline ends with: not "Report" or "Trend", which are agencies too.)
BYLINE_AGENCIES: Tuple[str, ...] = ("TASS", "ITAR-TASS", "Itar-Tass", "Reuters", "AP", "AFP", "Xinhua", "Interfax",
                                    "RIA Novosti", "Sputnik", "Kyodo", "Yonhap", "Bernama", "Anadolu Agency",
                                    "IRNA", "KUNA", "WAM", "Antara", "BelTA", "Kazinform", "Armenpress", "AZERTAC")

#: An agency's name a byline prints after its reporter's with no separator ("Имя Фамилия ИА REGNUM").
BYLINE_SIGNATURES: Tuple[str, ...] = ("ИА REGNUM", "ИА Регнум")

#: Editors' notes: whole lines, or glued to the start or end of a line ("(2nd LD)",
#: "(MENAFN- Kuwait News Agency (KUNA))"). They leave body and headline for `notes`.
NOTE_PATTERNS: Tuple[str, ...] = (
    r"\(\s*MENAFN\s*-[^()]*(?:\([^()]*\)[^()]*)*\)",
    r"\((?:\d+(?:st|nd|rd|th)\s+LD|LEAD|URGENT|UPDATE\s*\d*|ATTN:[^)]*|Adds? [^)]*|Updates? [^)]*|Recasts? [^)]*"
    # Desk slugs of a take: "(Reopens FGN 13)", "(Corrects spelling of name)", "(Repeats to more subscribers)".
    r"|(?:Reopens|Corrects?|Repeats?|Refiles?|Clarifies|Writethru)\b[^)]*"
    r"|(?:Description of Source|Our editorial staff)[^)]*)\)",
    r"(?:Headline is changed|Details added|Adds details)[^()]*(?:\(first version posted at [^)]*\))?",
    # A Russian editor's note under the story: "В новость внесена правка (14:20 мск) - уточнено название".
    r"В (?:новост[ьи]|материал[е]?|текст[е]?|стать[юе]|сообщени[ие]) внесен[аоы]? (?:правк[аи]|изменени[яе]"
    r"|исправлени[яе]|уточнени[яе]|дополнени[яе])(?:\s*\([^()]{1,30}\))?(?:\s*[-–—:]\s*[^()]*)?",
)

#: Trailers a republishing service glues to the end of a story (cut to `notes`, like sign-offs).
TRAILERS: Tuple[str, ...] = (
    r"\(Description of Source:.*",
)

#: Words that refer back to what was said before ("Его заметили с вертолета ..."): a line above
#: the story opening with one is a standfirst under a headline the page lost, never a headline.
LEAD_OPENERS: FrozenSet[str] = frozenset(
    {"Его", "Ее", "Её", "Их", "Им", "Ему", "Ей", "Он", "Она", "Оно", "Они", "Этот", "Эта", "Это", "Эти"})

#: Labels of the source's name on a line with the article's time ("Source:Xinhua Published: ..."):
#: the cell after one is a name, not a stamp.
SOURCE_LABELS: Tuple[str, ...] = ("source", "sources", "agency", "by")

#: Words a desk or a site sets with a colon before a story's first sentence ("Update: ...",
#: "Analysis: ..."), or a speaker's role in an interview: never a place's dateline ("Seoul: ...").
COLON_LABELS: FrozenSet[str] = frozenset(
    {"Update", "Updated", "Note", "Editor", "Correction", "Clarification", "Analysis", "Opinion", "Comment",
     "Commentary", "Exclusive", "Breaking", "Live", "Watch", "Listen", "Read", "Video", "Photo", "Photos", "Image",
     "Images", "Source", "Sources", "Disclaimer", "Interview", "Feature", "Spotlight", "Summary", "Background",
     "Context", "Question", "Answer", "Warning", "Alert", "Advisory", "Men", "Women", "Reserve", "Date", "Time",
     "Category", "Tags", "Author", "Brief", "Briefs", "Factbox", "Timeline", "Explainer", "Preview", "Review",
     "Report", "Statement", "Transcript", "Quote", "Recap", "Correspondent", "Moderator", "Host", "Reporter"})

#: Credit line openers: the mark is dropped, the rest is the credit.
CREDIT_MARKS: Tuple[str, ...] = ("©", "(C)", "(c)", "Photo:", "Photo", "(Photo:", "Photo credit:", "Image:",
                                 "Picture:", "Credit:",
                                 "Фото:", "фото:", "© Фото:", "© Фото", "(Фото:", "Видео:", "Инфографика:", "//")

#: What a photo bank prints after a credit, cut from it ("© Sputnik / Имя / Перейти в фотобанк").
CREDIT_TAILS: Tuple[str, ...] = (r"\s*[/|]\s*Перейти в (?:фотобанк|медиабанк)",)

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
    # a video's credit in the photo credit's form, "Name/Agency" ("Video: Name/TASS"); not a line
    # naming a video ("Video: Watch the minister speak")
    r"Video: ?(?P<credit>[A-Z][\w.&\-]*(?: [A-Z][\w.&\-]*){0,3}/[A-Z][\w.&\-]*(?: [A-Z][\w.&\-]*){0,2})",
)

#: Photo agencies and services a credit may end with ("Name/TASS"), used to find a caption that
#: has its credit glued to its end ("Caption text Name Surname/TASS").
CREDIT_SUFFIXES: Tuple[str, ...] = ("TASS", "ITAR-TASS", "AP", "EPA", "Reuters", "AFP", "Getty Images", "Xinhua", "SPA",
                                     "Kyodo", "EFE", "EPA-EFE", "dpa",
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
