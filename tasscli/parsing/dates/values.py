"""What a time line or a date line says: `TimeLine`, `DayLine`."""
from __future__ import annotations

from datetime import date
from typing import NamedTuple, Optional


class TimeLine(NamedTuple):
    """A time line as printed ("June 03, 19:06 UTC+3"), split into its parts.

    (Named tuples, not dataclasses, here and in DayLine: a dataclass costs a millisecond of
    start-up to define.)"""

    text: str
    month: int
    day: int
    year: Optional[int]
    hour: int
    minute: int
    offset: Optional[int]  # minutes east of UTC, when printed
    place: Optional[str] = None
    second: int = 0
    byline: Optional[str] = None  # an author printed on the same line ("· by name ·")
    form: str = "tass"  # "tass" for tass.com's own time lines, "other" for other sites' forms
    days_back: Optional[int] = None  # "Сегодня, 19:06" (0), "Вчера, 19:06" (1): a day the prefix tells
    section: Optional[str] = None  # a rubric printed on the same line ("03-06-2017, 19:06 | Общество")


class DayLine(NamedTuple):
    """A date the page prints for an article, with no clock ("Tuesday, June 17, 2008")."""

    text: str
    day: date
    year_only: bool = False  # an update stamp ("Last Update on 02/07/2018"): only its year counts
    byline: Optional[str] = None  # an author printed with it ("Name|Feb 24, 2019")
