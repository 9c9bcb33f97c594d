"""Digests and listings (issue 16.1). A digest whose items a site glued into its paragraphs
("... last sentence. ---------- Headline TOKYO - Text"): its lines split at the separators before
they are read (`split_inline_items`). Dates of the items: a digest's or listing's title date, the
day of each item that prints none ("News Digest: Nov. 13, 2024"), with the clock line a digest
prints under its title ("AGENCY - 3 hours ago - 17:30 | All, World"); and an item's section and
day printed on one line under its teaser ("Economy Mar. 4, 2022"), read on listings only, after
the page is cut into items."""
from __future__ import annotations

import re
from typing import List, Optional, Tuple

import tasscli.parsing.lines as K
from tasscli.parsing import dates
from tasscli.parsing.lines import Line, ends_sentence, headline_like
from tasscli.parsing.segments import is_body_line
from tasscli.vocab import Vocabulary

#: The separator a digest prints between its items ("----------"), and where one is glued into a line.
SEPARATOR = "----------"
GLUED_SEPARATOR = re.compile(r"(?:^|\s)-{10,}(?:\s+|$)")
#: An item's headline run straight into its dateline: "Headline words TOKYO - ", "Headline NAHA, Japan - ".
HEAD_DATELINE = re.compile(r"(?P<head>\S.{8,200}?)\s(?P<caps>(?:[A-Z][A-Z.'’-]+ ){0,3}[A-Z][A-Z.'’-]+)"
                           r"(?P<rest>(?:, [A-Z][a-z]+(?: [A-Z][a-z]+)?)? [-–—] \S.*)$")

#: A title and the day it was printed for, after a colon or a dash: "News Digest: Nov. 13, 2024",
#: "News Archive - 22 February 2022". (The title holds no digit: a headline with a number is no title.)
TITLE_DATE = re.compile(r"^(?P<title>[^\d:|]{3,80}?)\s*(?::|\s[-–—|])\s+(?P<date>[^:|]{6,30})$")

#: A digest's clock under its title: who, how long ago, the clock, maybe its categories
#: ("AGENCY NEWS - 3 hours ago - 17:30 | All, Japan, World"). No day: the title's is its day.
AGE_CLOCK = re.compile(r"^[A-Z][\w&.' ]{1,40}?\s[-–—|]\s\d{1,3}\s(?:minutes?|hours?|days?)\sago\s[-–—|]\s"
                       r"(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?:\s*\|[^|]{1,80})?$")

#: A listing item's section and day on one line: "Economy Mar. 4, 2022", "World News June 3, 2021".
SECTION_DATE = re.compile(r"^(?P<section>[A-Z][\w&'’-]*(?: [A-Z&][\w&'’-]*){0,2})\s+"
                          r"(?P<date>[A-Z][a-z]{2,8}\.? \d{1,2}, (?:19|20)\d\d)$")

#: How many of a page's lines, from its top, may stand over a digest's title.
TITLE_REACH = 3


def title_day(lines: List[Line], starts: List[int], vocab: Vocabulary) -> Optional[dates.DayLine]:
    """The day a listing's or digest's title prints (`TITLE_DATE`), the day of each item that prints
    none (the labelling rules), else None; the digest's clock under it (`AGE_CLOCK`) made its
    time line."""
    if len(starts) < 2:
        return None
    top = [index for index in range(min(starts[1], len(lines))) if lines[index].kind is not K.FURNITURE][:TITLE_REACH]
    for index in top:
        line = lines[index]
        if line.kind is not K.TEXT or ends_sentence(line.text) or not dates.has_four_digits(line.text):
            continue
        match = TITLE_DATE.match(line.text)
        day = dates.read_day_line(match["date"], vocab.months, vocab) if match else None
        if day is None or day.text != match["date"] or day.year_only:
            continue
        if index + 1 < len(lines):
            _age_clock(lines[index + 1], day)
        return day._replace(text=line.text)
    return None


def _age_clock(line: Line, day: dates.DayLine) -> None:
    """The line under a dated title, when a digest's clock (`AGE_CLOCK`): a time line on the title's day."""
    if line.kind is not K.TEXT or " ago " not in line.text or (match := AGE_CLOCK.match(line.text)) is None:
        return
    line.kind = K.TIME
    line.info = dates.TimeLine(line.text, day.day.month, day.day.day, day.day.year, int(match["hour"]),
                               int(match["minute"]), None, form="other")


def mark_item_dates(lines: List[Line], vocab: Vocabulary) -> None:
    """A listing's items each closed by their section and day on one line ("Economy Mar. 4, 2022"):
    date lines that carry their item's section. Two such lines at least (a listing's shape), each
    under a text line."""
    found = []
    months = vocab.months
    for at in range(1, len(lines)):
        line = lines[at]
        if line.kind is not K.TEXT or len(line.text) > 60 or line.text[-1:] not in "0123456789" \
                or lines[at - 1].kind is not K.TEXT or (match := SECTION_DATE.match(line.text)) is None:
            continue
        day = dates.read_day_line(match["date"], months, vocab)
        if day is not None and not day.year_only and match["section"].split()[0].lower() not in months:
            found.append((line, day._replace(text=line.text, section=match["section"])))
    if len(found) >= 2:
        for line, day in found:
            line.kind, line.info = K.DATE, day


def split_inline_items(lines: List[Line], vocab: Vocabulary) -> List[Line]:
    """The page's lines, each line holding a digest's separator with text beside it cut at it: the
    text before it, the separator, the item's headline and its dateline's paragraph, each a line of
    its own (with the line's number) in a block of its own. The caller tests the page's text for
    `SEPARATOR` first. `vocab`: its `place_openers` tell a place's first words from a headline's."""
    out: List[Line] = []
    shift = 0  # blocks added so far: later lines' blocks move down by as many
    for line in lines:
        if line.text == SEPARATOR or SEPARATOR not in line.text:
            out.append(Line(line.number, line.text, line.block + shift) if shift else line)
            continue
        pieces = [piece.strip() for piece in GLUED_SEPARATOR.split(line.text)]
        for index, piece in enumerate(pieces):
            if index:
                out.append(Line(line.number, SEPARATOR, line.block + shift))
                shift += 1
            if piece:
                for part in _head_and_dateline(piece, vocab.place_openers) if index else (piece,):
                    out.append(Line(line.number, part, line.block + shift))
                shift += 1
        shift -= 1
    return out


def _head_and_dateline(text: str, openers: Tuple[str, ...]) -> Tuple[str, ...]:
    """An item's text after a separator: its headline and the paragraph its dateline opens, where
    a headline (no sentence) runs straight into a place in capitals and a dash; else the text."""
    match = HEAD_DATELINE.match(text)
    if match is None or ends_sentence(match["head"]):
        return (text,)
    caps = match["caps"].split()
    # "... Japan's EEZ NAHA, Japan -": a capitals word before the place's last is the headline's,
    # but for a place's first word ("NEW YORK").
    keep = len(caps) - 1
    while keep > 0 and caps[keep - 1] in openers:
        keep -= 1
    head = " ".join([match["head"]] + caps[:keep])
    return head, " ".join(caps[keep:]) + match["rest"]


def drop_digest_title(lines: List[Line], starts: List[int]) -> None:
    """A digest's title with no text of its own over its first separator ("News summary" / date /
    source line / "----------" / headline / "TOKYO - ..."): no record (the labelling rules), its
    text lines the page's furniture, so that the first item's headline is the one under the
    separator. Not a digest whose intro (a sentence) stands over it: that is a record."""
    first = lines[:starts[1]] if len(starts) > 1 else lines
    at = next((index for index, line in enumerate(first) if line.kind is K.SEPARATOR), None)
    if at is None or at + 2 >= len(first) or first[at + 2].kind is not K.DATELINE \
            or first[at + 1].kind is not K.TEXT or not headline_like(first[at + 1].text):
        return
    if any(line.kind is K.DATELINE or is_body_line(line) for line in first[:at]):
        return
    for line in first[:at]:
        if line.kind is K.TEXT:
            line.kind, line.info = K.FURNITURE, None


def one_claim_each(roles: List[tuple]) -> List[tuple]:
    """Each article's line roles (`LineRole` tuples) with each page line claimed once across the
    articles, as the line accounting wants, where `split_inline_items` gave one line's pieces to
    several: the claim kept is the first that is no dropped piece (the next item's headline or
    text over the separator), else the first."""
    chosen: dict = {}
    for number_of, article_roles in enumerate(roles):
        for role in article_roles:
            kept = chosen.get(role.number)
            if kept is None or (kept[1].role.startswith("dropped:") and not role.role.startswith("dropped:")):
                chosen[role.number] = (number_of, role)
    return [tuple(role for role in article_roles if chosen[role.number][1] is role) for article_roles in roles]


#: A story's headline under a teaser is no longer than this (words).
HEADLINE_MOST = 25


def teaser_starts(lines: List[Line], starts: List[int]) -> List[int]:
    """`starts`, with a story that follows a teaser printing only its headline and time (an author's
    or tag page: "Headline" / "19:42, 22.06.2020" / "Next headline" / ... / dateline) cut off the
    teaser, which is a record with no body (the labelling rules). The next headline is known as
    one by what follows it: the headline printed again ("Headline." / "Headline"), or its own time
    line, then its dateline within a few lines."""
    out = list(starts)
    for number, start in enumerate(starts):
        end = starts[number + 1] if number + 1 < len(starts) else len(lines)
        head = next((index for index in range(start, end) if lines[index].kind not in K.FURNITURE_OR_LABEL), end)
        if head + 3 >= end or lines[head].kind is not K.TEXT or lines[head + 1].kind is not K.TIME:
            continue
        story, under = lines[head + 2], lines[head + 3]
        if story.kind is not K.TEXT or len(story.text.split()) > HEADLINE_MOST or ends_sentence(story.text[:-1]):
            continue
        again = under.kind is K.TEXT and under.text.rstrip(".").casefold() == story.text.rstrip(".").casefold()
        if (again or under.kind is K.TIME) \
                and any(line.kind is K.DATELINE for line in lines[head + 4:min(end, head + 6)]):
            out.append(head + 2)
    return sorted(out) if len(out) > len(starts) else starts
