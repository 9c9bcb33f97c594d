"""What a time line or a date line says: `TimeLine`, `DayLine`."""
from __future__ import annotations

from collections import namedtuple


class TimeLine(namedtuple("TimeLine", ("text", "month", "day", "year", "hour", "minute", "offset", "place", "second",
                                       "byline", "form", "days_back", "section"),
                           defaults=(None, 0, None, "tass", None, None))):
    """A time line as printed ("June 03, 19:06 UTC+3"), split into its parts:

    text: str; month: int; day: int; year: Optional[int]; hour: int; minute: int
    offset: Optional[int] -- minutes east of UTC, when printed
    place: Optional[str] = None; second: int = 0
    byline: Optional[str] = None -- an author printed on the same line ("· by name ·")
    form: str = "tass" -- "tass" for tass.com's own time lines, "other" for other sites' forms
    days_back: Optional[int] = None -- "Сегодня, 19:06" (0), "Вчера, 19:06" (1): a day the prefix tells
    section: Optional[str] = None -- a rubric printed on the same line ("03-06-2017, 19:06 | Общество")

    (Named tuples, not dataclasses, here and in DayLine: a dataclass costs a millisecond of
    start-up to define; `collections.namedtuple`: see `Page` in tasscli/io/items.py.)"""

    __slots__ = ()


class DayLine(namedtuple("DayLine", ("text", "day", "year_only", "byline", "section"), defaults=(False, None, None))):
    """A date the page prints for an article, with no clock ("Tuesday, June 17, 2008"):

    text: str; day: datetime.date
    year_only: bool = False -- an update stamp ("Last Update on 02/07/2018"): only its year counts
    byline: Optional[str] = None -- an author printed with it ("Name|Feb 24, 2019")
    section: Optional[str] = None -- a listing item's section printed with it ("Economy Mar. 4, 2022")
    """

    __slots__ = ()
