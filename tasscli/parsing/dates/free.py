"""Time and date lines in none of the forms, read by python-dateutil ("Published: 12 March 2019,
14:35", "2019-03-12T14:35:00+03:00") where all of the line is a date with year, month and day."""
from __future__ import annotations

import re
from datetime import datetime
from typing import Any, Dict, List, Optional, Tuple

from tasscli.parsing.dates.values import DayLine, TimeLine
from tasscli.parsing.dates.zones import ZONE_OFFSETS
from tasscli.parsing.letters import LETTER_RUN

#: The words of what a site prints before its date or time ("Published: ", "Posted on ",
#: "Last updated "), lower case.
LABEL_WORDS: Tuple[str, ...] = ("published", "posted", "updated", "modified", "created", "date")


DATE_LABEL = re.compile(rf"^(?:(?:first |last )?(?:{'|'.join(LABEL_WORDS)}))(?:\s+(?:on|at))?\s*:?\s*",
                        re.IGNORECASE)


#: Words and marks a site sets between date and clock ("March 12, 2019 | 2:35 PM", "... at 14:35").
_BETWEEN = re.compile(r"\s+(?:\||at|[-–—])\s+")


_CLOCK = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?!\d)")


_DOTTED_DAY = re.compile(r"(?<!\d)\d{1,2}\.\d{1,2}\.\d{4}")


#: Lines longer than this are no time or date line of any site.
DATE_LINE_LENGTH = 60


def any_time_line(text: str, months: Dict[str, int], zones: Dict[str, int] = ZONE_OFFSETS) -> Optional[TimeLine]:
    """A time line in none of TIME_FORMS ("Published: 12 March 2019, 14:35", "Tue, 12 Mar 2019
    14:35:00 +0300", "2019-03-12T14:35:00+03:00"), read by python-dateutil: the whole line must
    be a date with year, month, day and clock, after a label (DATE_LABEL). `zones`: the zone
    abbreviations dateutil is told (the vocabulary's)."""
    if len(text) > DATE_LINE_LENGTH or not _CLOCK.search(text):
        return None
    moment = _strict_datetime(text, months, zones)
    if moment is None:
        return None
    # Asked of the zone itself: `moment.utcoffset()` raises for an offset of a day or more
    # ("+24:00"), which `published` turns into a warning.
    offset = moment.tzinfo.utcoffset(moment) if moment.tzinfo is not None else None
    return TimeLine(text, moment.month, moment.day, moment.year, moment.hour, moment.minute,
                    None if offset is None else int(offset.total_seconds()) // 60, None, moment.second,
                    None, "other")


def any_day_line(text: str, months: Dict[str, int]) -> Optional[DayLine]:
    """A date line in none of DAY_FORMS ("Published: 2019-03-12", "Date: 12 March 2019"), read as
    `any_time_line` reads a time line; a line with a clock is none."""
    if len(text) > DATE_LINE_LENGTH or _CLOCK.search(text):
        return None
    moment = _strict_datetime(text, months)
    return None if moment is None else DayLine(text, moment.date())


def _strict_datetime(text: str, months: Dict[str, int], zones: Dict[str, int] = ZONE_OFFSETS) -> Optional[datetime]:
    """`text` read by dateutil when all of it is a date and it prints the year, month and day
    (dateutil fills missing parts from a default: two defaults that differ in all three tell)."""
    if not may_be_date(text, months):
        return None
    rest = _BETWEEN.sub(" ", DATE_LABEL.sub("", text, count=1)).strip(" ,")
    import warnings

    from dateutil import parser  # imported on first use: few pages print such a line

    tzinfos = _tzinfos(zones)
    day_first = _DOTTED_DAY.search(rest) is not None  # "12.03.2019" is 12 March wherever it is printed
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # an unknown zone name: read as no zone
            one = _read_once(parser, rest, day_first, tzinfos)
            if one is not None:
                return one
            one = parser.parse(rest, default=datetime(1904, 1, 1), dayfirst=day_first, tzinfos=tzinfos)
            two = parser.parse(rest, default=datetime(1905, 2, 2), dayfirst=day_first, tzinfos=tzinfos)
    except (ValueError, ArithmeticError, TypeError):  # decimal.InvalidOperation for "12:999...9"
        return None
    return one if (one.year, one.month, one.day) == (two.year, two.month, two.day) else None


def _read_once(parser: Any, text: str, day_first: bool, tzinfos: Dict[str, int]) -> Optional[datetime]:
    """`parser.parse(text, default=datetime(1904, 1, 1), ...)` where the text prints the year, month and
    day, read once: the two reads with two defaults (dateutil's dearest call, twice) agree then, for
    the defaults fill none of the three. None where one is missing (or dateutil's inner steps are not
    there): the two reads tell. A line no default can make a date raises, as `parse` does."""
    inner = parser.DEFAULTPARSER
    if not (hasattr(inner, "_parse") and hasattr(inner, "_build_naive") and hasattr(inner, "_build_tzaware")):
        return None
    res, _ = inner._parse(text, dayfirst=day_first)
    if res is None or len(res) == 0:
        raise ValueError(text)  # `parse` raises its ParserError, a ValueError, here
    if res.year is None or res.month is None or res.day is None:
        return None
    return inner._build_tzaware(inner._build_naive(res, datetime(1904, 1, 1)), res, tzinfos)


#: The words a date or time line may print besides month names and zone abbreviations, lower case.
DATE_WORDS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
     "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
     "am", "pm", "a", "p", "m", "st", "nd", "rd", "th", "t", "z", "utc", "gmt", "of", "at", "on",
     "first", "last", *LABEL_WORDS})


_NUMERIC_DATE = re.compile(r"\d{1,4}[-./]\d{1,2}[-./]\d{1,4}")


def may_be_date(text: str, months: Dict[str, int]) -> bool:
    """Can all of `text` be a date: no word but the names of `months` (the vocabulary's table), date
    and label words and zone abbreviations, and a month name or a numeric date? A cheap test before
    dateutil, which most lines with a year fail at their first word ("Army-2018 forum to open ...",
    "SPIEF-2025")."""
    has_month = False
    for word in LETTER_RUN.findall(text):
        lower = word.lower()
        if lower in months:
            has_month = True
        elif lower not in DATE_WORDS and not (word.isupper() and 2 <= len(word) <= 5):
            return False
    return has_month or _NUMERIC_DATE.search(text) is not None


#: The last zone table's for dateutil, by identity: (table, name -> seconds east of UTC).
_TZINFOS: List[Tuple[Dict[str, int], Dict[str, int]]] = []


def _tzinfos(zones: Dict[str, int]) -> Dict[str, int]:
    if not _TZINFOS or _TZINFOS[0][0] is not zones:
        _TZINFOS[:] = [(zones, {name: minutes * 60 for name, minutes in zones.items()})]
    return _TZINFOS[0][1]
