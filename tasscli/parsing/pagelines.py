"""Readings of a page's lines that no line's kind tells alone (issue 16): a weather widget's block,
a caption printed again and cut, a category label over the headline, a standfirst printed again
as the story's first line. `mark_page` runs once over the classified lines, before the page is cut
into articles."""
from __future__ import annotations

import re
from typing import List, Optional

import tasscli.parsing.lines as K
from tasscli.parsing.datelinewords import DatelineWords
from tasscli.parsing.grammar import Grammar
from tasscli.parsing.lines import (
    TITLED_LABEL,
    Line,
    ends_sentence,
    headline_like,
    headline_long,
    menu_like,
    section_like,
)
from tasscli.parsing.listings import as_dateline, opening_place
from tasscli.parsing.mojibake import mojibake_markers
from tasscli.parsing.segments import headline_dateline, is_body_line
from tasscli.record import Dateline
from tasscli.vocab import Vocabulary


def mark_page(lines: List[Line], g: Grammar) -> None:
    """Give the lines the kinds their neighbours tell (`mark_widgets`, `mark_cut_captions`,
    `mark_repeated_credits`, `mark_hashtag_blocks`, `mark_contact_end`, `mark_rubric`,
    `mark_spaced_place`, `mark_opening_dateline`, `mark_alt_credit`)."""
    mark_widgets(lines, g)
    mark_cut_captions(lines)
    mark_alt_credit(lines)
    mark_repeated_credits(lines)
    mark_hashtag_blocks(lines)
    mark_contact_end(lines)
    mark_rubric(lines, g.vocab)
    mark_spaced_place(lines)
    mark_opening_dateline(lines, g.dateline_words)


#: A block holding this many lines of a widget's shape (`Vocabulary.widget_patterns`) is a widget.
WIDGET_LINES = 2


def mark_widgets(lines: List[Line], g: Grammar) -> None:
    """A weather widget or ticker's block (city names, weekdays, "24/13°C", today's date): all
    furniture, so that its crawl-time dates and names are never the article's."""
    if "°" not in "".join(line.text[-6:] for line in lines):  # most pages: one cheap test
        return
    shape = g.widget_shape
    # A page decoded twice prints "°" as "Â°" or "В°", which its repair may leave.
    twice = mojibake_markers("°")[1]
    counts: dict = {}
    for line in lines:
        text = line.text
        if "°" in text and any(marker in text for marker in twice):
            for marker in twice:
                text = text.replace(marker, "°")
        if shape.fullmatch(text):
            counts[line.block] = counts.get(line.block, 0) + 1
    widgets = {block for block, count in counts.items() if count >= WIDGET_LINES}
    for line in lines:
        if line.block in widgets and line.kind is not K.FURNITURE:
            line.kind, line.info = K.FURNITURE, None


#: Lines of a story's header under its headline, and how far under it one is looked for.
RUBRIC_ANCHORS = frozenset({K.BYLINE, K.TIME, K.DATE, K.DATELINE, K.CREDIT, K.SOURCE, K.SECTION_TIME, K.CAPTION})
RUBRIC_REACH = 3




def mark_rubric(lines: List[Line], vocab: Vocabulary) -> None:
    """A category label of four words or more opening the page alone in its block, right over the
    headline ("Foreign and Military Affairs" / blank / headline): a label, the section of the story
    under it. Not a
    tag or topic page's title ("Latest Ankara News", `topic_title_words`), nor the publication's
    name ("Milwaukee Journal Sentinel", `publication_words`), nor a tag list."""
    # The site's furniture over it (an advert line, a placeholder) changes nothing.
    start = next((at for at, line in enumerate(lines) if line.kind is not K.FURNITURE), len(lines))
    lines = lines[start:]
    if len(lines) < 3 or lines[0].kind is not K.TEXT:
        return
    first = lines[0]
    # A short label naming the headline's topic, the site's menu or breadcrumb maybe between them.
    topic = menu_like(first.text) and _topic_under(lines)
    # Stacked over the header in its block, maybe with a site's control set apart between them.
    if lines[1].block == lines[0].block or (lines[1].kind in K.FURNITURE_OR_LABEL and section_like(lines[0].text)
                                            and menu_like(lines[0].text) and topic is None):
        _mark_stacked_label(lines, vocab)
        return
    # Between them, only the site's lines: furniture, short lines the tables lack ("English Edition").
    under = topic or next((line for line in lines[1:] if line.kind is not K.FURNITURE
                           and not (line.kind is K.TEXT and menu_like(line.text))), None)
    # Lines of MENU_WORDS words or fewer over the headline are the site's, whatever they hold
    # ("English Edition", "Login | Register"): a label has more.
    # ("MOSCOW: Headline words" reads as a dateline with no sentence after it: a headline.)
    if under is None or not (under.kind is K.TEXT or (under.kind is K.DATELINE and headline_dateline(under))) \
            or not (section_like(first.text) or TITLED_LABEL.fullmatch(first.text)) \
            or (menu_like(first.text) and topic is None) \
            or not headline_like(under.text) or not headline_long(under.text) \
            or (ends_sentence(under.text) and under.text[-1:] not in "?!"):
        return
    # The headline's header under it: a byline, a date or time line, a credit or the dateline
    # within a few lines (a site's menu under a line it takes for a headline has none).
    at = lines.index(under)
    if not any(line.kind in RUBRIC_ANCHORS for line in lines[at + 1:at + 1 + RUBRIC_REACH]):
        return
    if _label_words(first.text, vocab):
        first.kind, first.info = K.LABEL, first.text


def _topic_under(lines: List[Line]) -> Optional[Line]:
    """The headline under a short label that names its topic (`_topic_label`), the site's lines
    (furniture, a breadcrumb's label, short lines) maybe between them; else None."""
    under = next((line for line in lines[1:] if line.kind not in K.FURNITURE_OR_LABEL
                  and not (line.kind is K.TEXT and menu_like(line.text))), None)
    return under if under is not None and under.kind is K.TEXT and _topic_label(lines[0].text, under.text) else None


def _topic_label(label: str, headline: str) -> bool:
    """Is a short label a topic the headline under it names: a blog's category over its post ("Jane
    Roe" over "Roe Opens the New Wing")? Two or three words, each a capitalised word, one of
    four letters or more printed in the headline; a site's short line ("English Edition") is none."""
    words = label.split()
    return len(words) >= 2 and all(word[:1].isupper() and word.isalpha() for word in words) \
        and not {word for word in words if len(word) >= 4}.isdisjoint(headline.split())


def _label_words(text: str, vocab: Vocabulary) -> bool:
    """Are a label's words no topic page's title, no publication's name and no list of tags?"""
    words = text.split()
    # A word printed twice ("Москва Москва") is a list of tags, not one label.
    return vocab.topic_title_words.isdisjoint(words) and vocab.publication_words.isdisjoint(words) \
        and len(set(words)) == len(words)


#: A label set between two marks of the same kind: ". Science News .", "| World |".
DECORATED_LABEL = re.compile(r"([.·•|~*])\s+(?P<core>[^.·•|~*]{2,40}?)\s+\1")

#: The story's header lines a label may stand right over in its block.
STACK_ANCHORS = frozenset({K.BYLINE, K.TIME, K.DATE, K.SOURCE})


def _mark_stacked_label(lines: List[Line], vocab: Vocabulary) -> None:
    """A short label opening the page right over the story's header, in the same block: over its
    byline ("National News" / "By" / "Published 3:38 AM"), or over the headline and its time or
    source line ("Asia" / headline / "Source: Agency | 04-28-2009 08:22"); the site's furniture and
    controls may stand between label and headline (a short line the tables lack may not: "Menu" /
    "Search" over a headline is a menu)."""
    first = lines[0]
    decorated = DECORATED_LABEL.fullmatch(first.text)
    if not (section_like(first.text) or (decorated and section_like(decorated["core"]))):
        return
    # A label set between marks (". Science News .") may stand over the headline and dateline too.
    anchors = STACK_ANCHORS | {K.DATELINE} if decorated else STACK_ANCHORS
    at = 1
    while at < len(lines) and lines[at].kind in K.FURNITURE_OR_LABEL:
        at += 1
    if at + 1 >= len(lines):
        return
    head, under = lines[at], lines[at + 1]
    # Right over a time line alone, a short line is as often a menu item ("All news" / "3 Oct, 09:41").
    stacked = (at == 1 and head.kind is K.BYLINE) or (
        head.kind is K.TEXT and headline_like(head.text) and headline_long(head.text)
        and not ends_sentence(head.text) and under.block == head.block and under.kind in anchors)
    # The same line over each item's header is a listing's placeholder ("No image available").
    again = any(other.text == first.text and after.kind in STACK_ANCHORS for other, after in zip(lines[1:], lines[2:]))
    if stacked and not again and _label_words(decorated["core"] if decorated else first.text, vocab):
        first.kind, first.info = K.LABEL, first.text


#: A line repeating the start of the caption above it, this long or longer, is that caption cut.
CUT_REPEAT = 12


def mark_cut_captions(lines: List[Line]) -> None:
    """A caption printed again under itself and cut ("... Prince Salman bin Sultan is seen ..." /
    "Madinah Region Gov"): furniture, not a paragraph."""
    for before, line in zip(lines, lines[1:]):
        if line.kind is K.TEXT and before.kind is K.CAPTION and len(line.text) >= CUT_REPEAT \
                and before.info[0].startswith(line.text):  # type: ignore[index]
            line.kind = K.FURNITURE


#: A photo's licence or credit in brackets glued after its alt text printed again: this many words or fewer.
ALT_CREDIT_WORDS = 4


def mark_alt_credit(lines: List[Line]) -> None:
    """A photo's alt text, then the same text with its credit or licence in brackets glued to it
    ("Old harbour" / "Old harbour (CC 4.0)"), the two lines a block of their own: the caption once
    (the second line) with its credit; the first is furniture."""
    for at in range(1, len(lines)):
        line = lines[at]
        if line.text[-1:] != ")" or line.kind is not K.TEXT:  # cheap tests first: most lines end otherwise
            continue
        above = lines[at - 1]
        alt = above.text
        if above.kind is not K.TEXT or above.block != line.block or not line.text.startswith(alt + " (") \
                or (at > 1 and lines[at - 2].block == line.block) \
                or (at + 1 < len(lines) and lines[at + 1].block == line.block):
            continue
        mark = line.text[len(alt) + 2:-1].strip()
        if mark and "(" not in mark and len(mark.split()) <= ALT_CREDIT_WORDS and not ends_sentence(alt):
            above.kind = K.FURNITURE
            line.kind, line.info = K.CAPTION, (alt, mark)


def mark_repeated_credits(lines: List[Line]) -> None:
    """A photo's credit printed without its label under a later photo ("Photo credit: X" over the
    first, "X" alone under the second): the same credit, when it closes a block of two lines (the
    photo's alt text or caption above it), not a paragraph."""
    credits = {line.info for line in lines if line.kind is K.CREDIT and isinstance(line.info, str)}
    if not credits:
        return
    for at in range(1, len(lines)):
        line, above = lines[at], lines[at - 1]
        if line.kind is K.TEXT and line.text in credits and above.block == line.block \
                and (at < 2 or lines[at - 2].block != line.block) \
                and (at + 1 == len(lines) or lines[at + 1].block != line.block):
            line.kind, line.info = K.CREDIT, line.text


#: One hashtag alone on its line, its words maybe spaced ("#Middle East").
HASHTAG_LINE = re.compile(r"#[^\W\d_][\w'’\- ]{0,40}")


def mark_hashtag_blocks(lines: List[Line]) -> None:
    """A block of two or more lines that are each one hashtag ("#Middle East" / "#Ports"): the
    story's tag footer, one tag a line."""
    at = 0
    while at < len(lines):
        end = at
        while end < len(lines) and lines[end].block == lines[at].block:
            end += 1
        block = lines[at:end]
        if len(block) >= 2 and all(line.text[:1] == "#" and HASHTAG_LINE.fullmatch(line.text) for line in block):
            for line in block:
                line.kind, line.info = K.TAGS_LINE, None
        at = end


#: An e-mail address alone on its line (a desk's contact).
EMAIL_LINE = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")


def mark_contact_end(lines: List[Line]) -> None:
    """A desk's e-mail address alone on its line under the story: the story's end, when at most one
    paragraph follows it (the agency's subscription notice; the site's short lines and links may
    follow too). Not in a site's contact block over the headline: a body paragraph comes before it."""
    seen_body = False
    for at, line in enumerate(lines):
        if line.kind is K.FURNITURE and seen_body and "@" in line.text and EMAIL_LINE.fullmatch(line.text) \
                and sum(1 for later in lines[at + 1:] if is_body_line(later)) <= 1 \
                and not any(later.kind is K.DATELINE for later in lines[at + 1:]):
            line.kind = K.END
            return
        seen_body = seen_body or is_body_line(line)


def mark_opening_dateline(lines: List[Line], words: DatelineWords) -> None:
    """The page's story opening with a place and a dash in mixed case ("Madrid - Spain's
    government ..."), a dateline no grammar reads alone (a place in capitals it does): a dateline
    naming no agency and no date, where the page has no other dateline and its first body-like
    line (or its one line) opens so."""
    if any(line.kind is K.DATELINE for line in lines):
        return
    texts = [line for line in lines if line.kind is K.TEXT]
    # The first body-like line; on a page of one line, that line (an item cut after a few words).
    first = next((line for line in texts if is_body_line(line)), texts[0] if len(texts) == 1 else None)
    if first is not None and (match := opening_place(first.text, words)) is not None:
        as_dateline(first, match)
    elif first is not None:
        _mark_bare_place(lines)


#: A place in capitals opening a paragraph with a space and no mark, a capitalised word after it
#: ("MOSCOW Russian President ..."), or a dash.
SPACED_PLACE = re.compile(r"(?P<place>[A-Z][A-Z'’\-]{2,}(?: [A-Z][A-Z'’\-]+){0,2})(?P<tail> (?:[–—-] )?)"
                          r"(?=[A-Z“\"][a-z]?)")
#: A news summary's items open so this many times or more with the same place: its dateline.
SPACED_ITEMS = 3
#: An item's paragraph opening so is longer than this (a label in capitals over a headline is shorter).
SPACED_OPENING = 80


def mark_spaced_place(lines: List[Line]) -> None:
    """A news summary whose items each open with the same place in capitals and a space, no mark
    ("MOSCOW Russian President ...", one maybe "MOSCOW – ..."): the place opening its first item
    (or alone on its line right over that item's paragraph) is the story's dateline, naming no
    agency and no date; the items are one record. Only where SPACED_ITEMS paragraphs or more open
    with it, and no dateline stands above the first."""
    one_block = bool(lines) and lines[0].block == lines[-1].block  # an AMP page: no blank line
    for at, line in enumerate(lines):
        if line.kind is K.DATELINE and not headline_dateline(line):  # ("MOSCOW: Headline" is a headline)
            return
        if line.kind is not K.TEXT or not line.text[1:2].isupper():  # cheap test first: most lines fail it
            continue
        if at + 1 < len(lines) and lines[at + 1].block == line.block and is_body_line(lines[at + 1]) \
                and (at == 0 or lines[at - 1].block != line.block or one_block) and BARE_PLACE.fullmatch(line.text):
            place, rest = line.text, ""  # the place alone on its line (as `_mark_bare_place` reads one)
        elif len(line.text) > SPACED_OPENING and (match := SPACED_PLACE.match(line.text)) is not None:
            place, rest = match.group("place"), line.text[match.end():]
        else:
            continue
        again = sum(1 for other in lines[at + 1:] if other.kind in K.TEXT_OR_DATELINE
                    and other.text.startswith(place + " ") and SPACED_PLACE.match(other.text) is not None)
        if again + 1 >= SPACED_ITEMS:
            line.kind, line.info = K.DATELINE, (Dateline(place=place, text=place), None, rest)
        return


#: A place in capitals alone on its line: one to three words of letters ("ANKARA", "NEW DELHI").
BARE_PLACE = re.compile(r"[A-Z][A-Z'’\-]{2,}(?: [A-Z][A-Z'’\-]+){0,2}")


def _mark_bare_place(lines: List[Line]) -> None:
    """A place in capitals alone on its line right over the story's first paragraph ("ANKARA" /
    "Officials said ..."), on a page with no dateline: the story's dateline, naming no agency and
    no date. Over a headline (a label in capitals) it is none: a paragraph must follow it; and it
    stands in a block of its own (a site's name in capitals set right under the headline is none),
    unless the page has no blank line to set blocks apart (an AMP page)."""
    one_block = bool(lines) and lines[0].block == lines[-1].block
    for at in range(len(lines) - 1):
        line = lines[at]
        if line.kind is K.TEXT and BARE_PLACE.fullmatch(line.text) and is_body_line(lines[at + 1]) \
                and (at == 0 or lines[at - 1].block != line.block or one_block):
            line.kind, line.info = K.DATELINE, (Dateline(place=line.text, text=line.text), None, "")
            return


#: A standfirst printed again as the story's first line is at least this long.
STANDFIRST_REPEAT = 60


def repeated_standfirst(lines: List[Line]) -> Optional[int]:
    """The standfirst of a page printed again as its story's first line, the next line of its
    block, maybe with spaces lost ("... for Foreign Affairs ..." / "... for ForeignAffairs ..."):
    its index, when no body-like line but the headline comes before it; else None. Printed exactly
    the same, it is the standfirst only with no text after it (an aggregator's card printing it
    twice), and the repeat is marked furniture."""
    first = True  # the first text line, the headline, may read as a sentence ("... delegation?")
    for index, (line, after) in enumerate(zip(lines, lines[1:])):
        if line.kind is not K.TEXT:
            if line.kind is K.CAPTION or (line.kind is K.DATELINE and not headline_dateline(line)):
                return None
            first = first and line.kind is not K.DATELINE  # a headline opening with a place ("MOSCOW: ...")
            continue
        if after.kind is K.TEXT and after.block == line.block and len(line.text) >= STANDFIRST_REPEAT \
                and "".join(line.text.split()) == "".join(after.text.split()):
            # Printed the same with text after it: a gallery's caption printed twice, not this.
            if all(later.kind not in K.TEXT_OR_DATELINE for later in lines[index + 2:]):
                after.kind = K.FURNITURE
                return index
            return index if line.text != after.text else None
        if not first and after.kind is K.TEXT and after.block != line.block and after.text == line.text \
                and len(line.text) >= STANDFIRST_REPEAT and ends_sentence(line.text):
            return index  # the standfirst, then a blank line and the story opening with it again
        if is_body_line(line) and not first:
            return None
        first = False
    return None
