"""Which header line is the headline: the site's lines above it, another site's time or date line
beside it, tass.com's section and time line under it, a rubric over it."""
from __future__ import annotations

import re
from typing import Callable, List, Optional

import tasscli.parsing.lines as K
from tasscli.parsing.article.builder import Builder
from tasscli.parsing.article.wrapping import Wrapped, last_part
from tasscli.parsing.lines import (
    NAME,
    SECTION_WORDS,
    TITLED_LABEL,
    Line,
    bulleted,
    ends_sentence,
    folded_title,
    headline_like,
    headline_long,
    menu_like,
    section_like,
    year_abbreviated,
)

WORD = re.compile(r"[^\W\d_][\w'’\-]+")  # a word in any script: Russian headlines share words too


def _content_words(text: str, stop: frozenset) -> set:
    return {w.lower().rstrip("’'s") for w in WORD.findall(text) if w.lower() not in stop and len(w) > 2}


def same_story(title: str, story: str, stop: frozenset) -> bool:
    """Does a headline share the story's names and subject? (A latest-news entry may not.)"""
    words = _content_words(title, stop)
    if not words:
        return False
    text = _content_words(story, stop)
    stems = {t[:5] for t in text if len(t) >= 5}  # a word shares the story's when a story word starts alike
    shared = {w for w in words if w in text or (len(w) >= 5 and w[:5] in stems)}
    return len(shared) >= 2 or len(shared) / len(words) >= 0.3


def rubric_over_headline(lines: List[Line], headline: Line, b: Builder) -> None:
    """A rubric printed alone right over the headline ("Политика" / blank / headline, as tass.ru
    and regional sites set it) is the story's section; a menu prints several together."""
    sections = [index for index, line in enumerate(lines) if line.kind is K.SECTION]
    if len(sections) != 1 or sections[0] + 1 >= len(lines):
        return
    rubric = lines[sections[0]]
    first = headline.parts[0] if type(headline) is Wrapped else headline
    if not rubric.number < first.number:
        return
    # Between them, only the site's short lines (a menu item the tables lack).
    between = [line for line in lines if rubric.number < line.number < first.number]
    alone = all(line.block != rubric.block for line in lines if line is not rubric and line.kind is not K.FURNITURE)
    if alone and all(line.kind is K.FURNITURE or (line.kind is K.TEXT and menu_like(line.text)) for line in between):
        b.fields["section"] = rubric.info
        b.role(rubric, "section")


def section_over_time_line(texts: List[Line], time_line: Line, b: Builder,
                            section_line: Optional[Line]) -> None:
    """tass.com sets headline and section above its time line and the lead under it:

        Headline / (blank) / Section + "June 03, 19:06 UTC+3" / (blank) / Lead

    so the layout tells the section where the tables may not: a short label right above the time
    line, in its block, under a headline in a block of its own, is the section. It wins over a
    section line further up, which was a menu's. Takes the label out of `texts`."""
    if section_line is not None and section_line.number == time_line.number - 1:
        return
    above = [line for line in texts if last_part(line).number < time_line.number]
    if len(above) < 2:
        return
    label, headline = above[-1], above[-2]
    if last_part(label).number == time_line.number - 1 and label.block == time_line.block \
            and headline.block != label.block and (section_like(label.text) or TITLED_LABEL.fullmatch(label.text)) \
            and len(headline.text.split(None, SECTION_WORDS + 1)) > SECTION_WORDS and headline_like(headline.text):
        if section_line is not None:
            b.role(section_line, "dropped:menu")
        b.fields["section"] = label.text
        b.role(label, "section")
        texts.remove(label)


def headline_by_time_line(rest: List[Line], time_line: Line, b: Builder) -> List[Line]:
    """Of the text above tass.com's time line only its last line is the headline: what stands
    further up is the site's (a menu item the tables lack). Where the time line opens the page
    (`"All news" / "3 Oct, 09:41" / Headline / Lead`), a label right over it is the site's too."""
    above = [line for line in rest if last_part(line).number < time_line.number]
    between = [role for number, role in b.roles.items() if above and last_part(above[-1]).number < number
               < time_line.number]
    long = [line for line in above if not menu_like(line.text)]
    if len(long) == 2 and between and all(role == "byline" for role in between):
        # tass.ru: headline and lead, then the byline ("Редакция сайта ТАСС") over the time line;
        # shorter lines above them are the site's.
        for line in above:
            if line not in long:
                b.role(line, "dropped:page")
        return [line for line in rest if line not in above or line in long]
    if len(above) == 1:
        below = rest[1:]
        label = above[0]
        if last_part(label).number == time_line.number - 1 and label.block == time_line.block \
                and section_like(label.text) and len(below) > 1 \
                and len(below[0].text.split(None, SECTION_WORDS + 1)) > SECTION_WORDS and headline_like(below[0].text):
            b.role(label, "dropped:page")
            return below
        return rest
    for line in above[:-1]:
        b.role(line, "dropped:page")
    return rest[len(above) - 1:] if above else rest


def pick_headline(rest: List[Line], anchor: Optional[int], b: Builder, byline_anchor: bool = False,
                   on_story: Callable[[str], bool] = lambda text: False) -> List[Line]:
    """Drop the site's lines above the headline; return headline (+ lead candidates) first.
    `on_story(text)`: does a line share the story's subject (`same_story`)?"""
    start = 0
    bullets = [i for i, line in enumerate(rest) if line.kind is K.BULLET_TITLE]
    if bullets:
        start = bullets[0]
    elif anchor is not None and rest:
        before = [i for i, line in enumerate(rest) if line.number < anchor]
        after = [i for i, line in enumerate(rest) if line.number > anchor]
        if len(after) > 1 and NAME.match(rest[after[0]].text) and headline_like(rest[after[1]].text):
            b.set_byline(rest[after[0]].text)
            b.role(rest[after[0]], "byline")
            rest = rest[:after[0]] + rest[after[0] + 1:]
            after = [i - 1 for i in after[1:]]
        menu = 0  # the site's menu lines under its time line, above the headline
        while menu + 1 < len(after) and menu_like(rest[after[menu]].text):
            menu += 1
        if menu and headline_long(rest[after[menu]].text):
            after = after[menu:]
        pick: Optional[int] = after[0] if after and headline_like(rest[after[0]].text) else None
        # The headline printed again under the date line, its first copy over a standfirst above
        # it ("Headline / standfirst / date / Headline"): the first copy is the headline.
        first_copy = next((i for i in before[:-1] if pick is not None
                           and rest[i].text.casefold() == rest[pick].text.casefold()), None)
        if first_copy is not None:
            pick = first_copy
        elif before and (pick is None or rest[pick].text.casefold() == rest[before[-1]].text.casefold()):
            at = len(before) - (2 if byline_anchor and len(before) > 1 else 1)
            # A source's or site's name of a few words set between headline and date ("Focus
            # Taiwan") is not the headline: the headline-long line over it is.
            while at > 0 and menu_like(rest[before[at]].text) and headline_long(rest[before[at - 1]].text):
                at -= 1
            pick = before[at]
        elif (len(after) == 1 or (len(after) == 2 and caption_under(rest[after[0]], rest[after[1]]))) \
                and before and not byline_anchor \
                and _headline_over_date(rest, before, lambda text: on_story(text) or not on_story(rest[after[0]].text)):
            pick = before[-1]  # "Headline / date / lead (/ caption)": the line after the date is the lead
        start = pick if pick is not None else (after[0] if after else len(rest))
    else:  # a headline never ends with a period: such lines above it are the site's blurbs
        # Nor with a colon: "Также мы в соцсетях:" introduces the site's links (but a roundup's
        # title, "Briefing, June 9:", introduces the bullets under it).
        while start < len(rest) and ((rest[start].text.endswith(".") and not rest[start].text.endswith("..")
                                      and not year_abbreviated(rest[start].text))
                                     or rest[start].text.endswith(":") and not _over_bullets(rest, start)) \
                and len(rest[start].text) < 100 \
                or start < len(rest) and _site_line_over_headline(rest, start):
            start += 1
        # Nor is it a few words: lines that short above a longer headline (four words will do: a
        # Russian one often has no more) are the site's menu and labels ("English Edition",
        # "Login | Register"), whatever the tables know.
        short = start
        while short < len(rest) and menu_like(rest[short].text):
            short += 1
        if short > start and short < len(rest) and not menu_like(rest[short].text) \
                and headline_like(rest[short].text) and not bulleted(rest[short].text):  # a roundup's item
            start = short
    for line in rest[:start]:
        b.role(line, "dropped:page")
    return rest[start:]


def _over_bullets(rest: List[Line], index: int) -> bool:
    """Does `rest[index]` introduce the story itself: the last line over it (a roundup's title
    over its first bullet) or a line over a bullet item, maybe printed again between?"""
    title = folded_title(rest[index].text)
    under = index + 1
    while under < len(rest) and folded_title(rest[under].text) == title:
        under += 1
    return under >= len(rest) or bulleted(rest[under].text)


def _site_line_over_headline(rest: List[Line], index: int) -> bool:
    """Is `rest[index]` the site's line over the headline under it (a headline-like line that ends
    no sentence): a notice too long for a headline, or a banner that exclaims? (A site's title in
    capitals is not told so: a headline in capitals looks the same.)"""
    under = index + 1  # the headline, under the site's short lines ("РЕН ТВ", "195 178 подписчиков")
    while under < len(rest) and menu_like(rest[under].text):
        under += 1
    if under >= len(rest):
        return False
    text, headline = rest[index].text, rest[under].text
    if not headline_like(headline) or not headline_long(headline):
        return False
    if len(text) > HEADLINE_CHARS:
        return True  # "На ресурсе применяются рекомендательные технологии (...)": no headline is so long
    if text.endswith("!") and len(text) < BANNER_CHARS:
        return True  # "80 лет Победе!" over the headline
    return False


#: No headline is longer; a banner that exclaims is shorter than this.
HEADLINE_CHARS = 200
BANNER_CHARS = 40


def caption_under(lead: Line, line: Line) -> bool:
    """Is `line`, right under the lead on a page set line by line, a photo's caption (as `read_header`
    reads one): no sentence, more words than a menu item?"""
    return line.number == last_part(lead).number + 1 and line.block == lead.block \
        and not ends_sentence(line.text) and not menu_like(line.text)


def _headline_over_date(rest: List[Line], before: List[int], on_story: Callable[[str], bool]) -> bool:
    """Is the line right above another site's date or time line (`rest[before[-1]]`) a headline:
    as long as one and on the story's subject (a site's tagline or a photo's caption is not;
    the caller counts a line as on it where the line under the date is no more so)?
    Then the one line under the date is the lead."""
    line = rest[before[-1]]
    return headline_long(line.text) and headline_like(line.text) and on_story(line.text)
