"""Dates of the items of a page of several (issue 16): a digest's or listing's title date, the day
of each item that prints none ("News Digest: Nov. 13, 2024"), with the clock line a digest prints
under its title ("AGENCY - 3 hours ago - 17:30 | All, World"); and an item's section and day
printed on one line under its teaser ("Economy Mar. 4, 2022"). Run on listings only, after the
page is cut into items."""
from __future__ import annotations

import re
from typing import List, Optional

from tasscli.parsing import dates
from tasscli.parsing.lines import Line, ends_sentence

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


def title_day(lines: List[Line], starts: List[int], months: dict) -> Optional[dates.DayLine]:
    """The day a listing's or digest's title prints (`TITLE_DATE`), the day of each item that prints
    none (the labelling rules), else None; the digest's clock under it (`AGE_CLOCK`) made its
    time line."""
    if len(starts) < 2:
        return None
    top = [index for index in range(min(starts[1], len(lines))) if lines[index].kind != "furniture"][:TITLE_REACH]
    for index in top:
        line = lines[index]
        if line.kind != "text" or ends_sentence(line.text) or not dates.has_four_digits(line.text):
            continue
        match = TITLE_DATE.match(line.text)
        day = dates.read_day_line(match["date"], months) if match else None
        if day is None or day.text != match["date"] or day.year_only:
            continue
        if index + 1 < len(lines):
            _age_clock(lines[index + 1], day)
        return day._replace(text=line.text)
    return None


def _age_clock(line: Line, day: dates.DayLine) -> None:
    """The line under a dated title, when a digest's clock (`AGE_CLOCK`): a time line on the title's day."""
    if line.kind != "text" or " ago " not in line.text or (match := AGE_CLOCK.match(line.text)) is None:
        return
    line.kind = "time"
    line.info = dates.TimeLine(line.text, day.day.month, day.day.day, day.day.year, int(match["hour"]),
                               int(match["minute"]), None, form="other")


def mark_item_dates(lines: List[Line], months: dict) -> None:
    """A listing's items each closed by their section and day on one line ("Economy Mar. 4, 2022"):
    date lines that carry their item's section. Two such lines at least (a listing's shape), each
    under a text line."""
    found = []
    for at in range(1, len(lines)):
        line = lines[at]
        if line.kind != "text" or len(line.text) > 60 or line.text[-1:] not in "0123456789" \
                or lines[at - 1].kind != "text" or (match := SECTION_DATE.match(line.text)) is None:
            continue
        day = dates.read_day_line(match["date"], months)
        if day is not None and not day.year_only and match["section"].split()[0].lower() not in months:
            found.append((line, day._replace(text=line.text, section=match["section"])))
    if len(found) >= 2:
        for line, day in found:
            line.kind, line.info = "date", day
