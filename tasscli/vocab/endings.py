"""What ends a story, as tables: furniture glued to a paragraph's end, the lines after which the
rest of the page is the site's (end markers, footers), and the lines opening related-story inserts
and the tags footer.

Tables only; `tasscli.vocab.Vocabulary` bundles them (and `from tasscli.vocab import END_MARKERS` works).
"""
from __future__ import annotations

from typing import FrozenSet, Tuple

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
    # An aggregator's link to the full story glued to its teaser: "... sponsoring the... read full story".
    r"\s*(?:…|\.\.\.)?\s+read full (?:story|article)",
    # A blog's link to the rest of the post glued to its excerpt: "... he added. Continue reading →".
    r"\s+\[?continue reading\]?\s*(?:[→»>]+|\.\.\.|…)?",
)

#: Lines after which the rest of the page is furniture (sidebars, video blocks).
END_MARKERS: Tuple[str, ...] = (
    r"Top Headlines",
    # A heading over the rubric's other stories under the story: "More from Headlines", "More in World".
    r"M(?:ore|ORE) (?:[Ff]rom|FROM|[Ii]n|IN) [A-Z][\w&'’]{1,20}(?: [A-Z&][\w&'’]{0,20}){0,2}",
    # an aggregator's sidebar of other stories under the one it reposts (teasers, sections, times)
    r"T(?:op|OP) (?:[Nn]ews|NEWS|[Ss]tories|STORIES)\s*:?",
    r"Video Credit: .*",
    # Xinhua's editor's mark closes its copy: "[ Editor: Name ]"; comment forms and site text follow.
    r"\[ ?Editors?: [^\]]{2,40}\]",
    # Russian sites' headings over lists of other stories under the article
    r"Новости партн[её]ров",
    r"Выбор читателей",
    r"Самое (?:читаемое|популярное|интересное)",
    r"Популярное",
    r"Последние новости",
    r"Другие новости",
    r"(?:Вам (?:также |тоже )?)?(?:[Мм]ожет быть|[Бб]удет) интересно\s*:?",
    r"Сегодня в СМИ",
    r"Сейчас (?:читают|обсуждают)",
    r"Новости СМИ2",
    # A comment counter or the comments' state under the story ("Комментарии - 0", "Комментарии (3)",
    # "Комментарии отключены"): the comment block, the rubric's links and polls follow it.
    r"Комментари(?:и|ев)\s*(?:[-–—:]\s*\d{1,6}|\(\d{1,6}\)|\d{1,6}|(?:отключены|закрыты)\.?)",
    # A heading over the rubric's other stories: "Еще материалы в рубрике:", "Другие новости раздела".
    r"(?:Ещ[её]|Другие|Все) (?:материалы|новости|статьи|публикации) (?:в |из )?(?:рубрик[еи]|раздел[еа]|тем[еы])\s*:?",
    # A site's rights notice under a repost: "При перепечатке ... ссылка на ... обязательна."
    r"При (?:полном или частичном )?(?:перепечатке|копировании|цитировании|использовании)\b.{0,200}?"
    r"\b(?:ссылка|гиперссылка)\b.{0,160}?\bобязательн[аы]\b.*",
    # An aggregator's disclaimer, however long: "Сайт example.one - агрегатор новостей из ...".
    r"(?:Сайт|Портал|Ресурс) \S{2,40} [-–—] агрегатор (?:новостей|материалов).*",
    r"(?:Что (?:еще|ещё) (?:почитать|посмотреть|читать)|What (?:else )?to read(?: next)?)\s*[:?→»]?",
    # A source line under the story: a name and a bar with nothing after it ("ТАСС |", "Reuters |");
    # the site's menus follow it.
    # (Not a time line's "2017-06-03 19:06 |": no digit opens the name.)
    r"[^|.!?\[\]()0-9][^|.!?\[\]()]{0,39}\s\|",
    # A blog's blocks under the post: a list of other posts, the links to the previous and next
    # post, the author's box, the sharing buttons' heading.
    # (End markers are matched case-sensitively: the case of a heading's words is spelt out.)
    r"R(?:ELATED|elated) (?:[Pp]osts|[Aa]rticles|[Ss]tories|[Nn]ews|POSTS|ARTICLES|STORIES|NEWS)\s*:",
    r"(?:You|YOU) (?:[Mm]ight|[Mm]ay|MIGHT|MAY) (?:[Aa]lso|ALSO) (?:[Ll]ike|[Ee]njoy|LIKE|ENJOY)\s*:?",
    r"(?:[«‹←<]\s*)?P(?:revious|REVIOUS) (?:[Pp]ost|[Aa]rticle|[Ss]tory|[Ee]ntry|POST|ARTICLE|STORY)\s*:?",
    r"A(?:bout|BOUT) (?:[Tt]he|THE) (?:[Aa]uthor|AUTHOR)\s*:?",
    r"Share this(?: (?:article|story|post))?\s*:",
    # a blog's comment form ("Leave a Reply", then the log-in options of its comment box)
    r"L(?:eave|EAVE) (?:a|A) (?:[Rr]eply|[Cc]omment|REPLY|COMMENT)\s*:?",
    # a repost's link back to the story it copied, closing the copy ("Original article here")
    r"(?:Original|ORIGINAL) (?:[Aa]rticle|[Ss]tory|[Pp]ost|ARTICLE|STORY|POST)(?: here| HERE)?\s*[:.]?",
    # an aggregator's question box under its teaser
    r"Ask about this article",
    # a site's rules for the comments under the story ("Dear readers! Please observe community rules ..."),
    # however long: an end marker is tried on lines of any length
    r"(?:Dear (?:readers|users|visitors)[!,.]?\s*)?Please (?:observe|respect|follow|read|keep to) (?:our |the )?"
    r"(?:community|comments?|commenting|discussion) (?:rules|guidelines|policy)\b.*",
)


#: Words of the headings a site prints under the story, over lists of other stories, comment
#: forms and sharing buttons ("Other news", "Most popular", "You may also like..."), lower case.
#: Short lines ending the page that hold one are the site's footer (`parser._drop_tail`).
FOOTER_WORDS: FrozenSet[str] = frozenset(
    {"news", "posts", "stories", "articles", "comment", "comments", "related", "popular", "latest", "viewed", "read",
     "recommended", "trending", "like", "subscribe", "follow", "share", "search", "newsletter",
     # an e-paper's reader footer ("Newspapers in English"), a page-view counter, a "Source" link label
     "newspapers", "pageviews", "source",
     # a blog's comment form heading ("Leave a Reply", "Cancel reply")
     "reply",
     # a blog's post meta ("Category: World", "Filed under: News")
     "category", "categories", "filed",
     "новости", "комментарии", "комментарий", "популярное", "поделиться", "подписывайтесь", "подписаться",
     "читайте", "похожие", "рекомендуем", "обсуждение", "обсуждения", "почитать", "назад", "вернуться", "back"})

#: A line opening an insert that links to another story; the insert runs to the related headline.
#: Compared case-blind, with any closing colon or arrow ("READ ALSO", "Read also:", "Read more »").
RELATED_MARKERS: FrozenSet[str] = frozenset(
    {"Read also", "Read more", "See also", "Also read", "Related readings", "Related", "Related news",
     "Related stories", "Related articles", "More on the topic",
     "Читайте также", "Читать также", "Также по теме", "По теме", "Смотрите также", "Новости по теме"})

#: A line opening the tags footer; the footer runs to the end of the page.
#: Compared as RELATED_MARKERS are.
TAG_MARKERS: FrozenSet[str] = frozenset({"Tags", "Topics", "Keywords", "Теги", "Метки", "Темы"})
