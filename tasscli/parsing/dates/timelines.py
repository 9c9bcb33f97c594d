"""Reading a time line ("June 03, 19:06 UTC+3", "Вчера, 19:06", another site's forms) or a date
line with no clock ("14 October 2020")."""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Dict, Optional, Pattern, Tuple

from tasscli.parsing.dates.forms import (
    candidates,
    forms_of,
    has_four_digits,
    month_of,
    months_key,
    time_line_re,
    twelve_hour,
)
from tasscli.parsing.dates.free import any_day_line, any_time_line
from tasscli.parsing.dates.values import DayLine, TimeLine
from tasscli.parsing.dates.zones import ZONE_OFFSETS, zone_offset
from tasscli.vocab import DEFAULT, MONTHS, Vocabulary


def _other_time_line(text: str, months: Dict[str, int], zones: Dict[str, int],
                     weekdays: Tuple[str, ...]) -> Optional[TimeLine]:
    if not has_four_digits(text):
        return _short_year_line(text)
    for form in candidates(forms_of(months_key(months), weekdays)[0], text, months):
        match = form.pattern.match(text)
        if not match:
            continue
        groups = match.groupdict()
        month, day, year = month_of(match, months), int(groups["day"]), int(groups["year"])
        hour, minute = int(groups["hour"]), int(groups["minute"])
        if groups.get("ampm"):
            hour = twelve_hour(hour, groups["ampm"])
        offset = zone_offset(groups.get("zone"), zones)
        if groups.get("zone") and offset is None:
            continue
        if not month or not (1 <= month <= 12 and 1 <= day <= 31 and hour < 24 and minute < 60):
            continue
        by = groups.get("by")
        section = groups.get("section")
        return TimeLine(text, month, day, year, hour, minute, offset, None,
                        int(groups.get("second") or 0), by.strip() if by else None, "other",
                        section=section.strip() if section else None)
    return any_time_line(text, months, zones)


#: A day with a two-digit year and a clock, maybe in a bulletin's line between its name and its city
#: ("15.03.05 19:00", "Вечерний выпуск – 15.03.05 19:00 – Город"). (Not in TIME_FORMS: each of those
#: prints a four-digit year, and a line without one is spared them.)
_SHORT_YEAR = re.compile(r"^(?:[^\d–—\-]{2,60}\s[–—\-]\s)?(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{2})"
                         r"\s+(?P<hour>\d{1,2}):(?P<minute>\d{2})(?:\s[–—\-]\s[^\d–—]{2,40})?$")


def _short_year_line(text: str) -> Optional[TimeLine]:
    match = _SHORT_YEAR.match(text) if text.count(".") >= 2 else None
    if match is None:
        return None
    day, month, year, hour, minute = (int(match[name]) for name in ("day", "month", "year", "hour", "minute"))
    if not (1 <= month <= 12 and 1 <= day <= 31 and hour < 24 and minute < 60):
        return None
    # A two-digit year: this century up to 69, the last one from 70 (as strptime's %y reads it).
    return TimeLine(text, month, day, year + (2000 if year < 70 else 1900), hour, minute, None, None, 0, None, "other")


def read_day_line(text: str, months: Dict[str, int] = MONTHS, vocab: Vocabulary = DEFAULT) -> Optional[DayLine]:
    """A date line with no clock ("14 October 2020", "posted on 08/10/2014", "2015/05/14").
    `vocab`: its weekday names are read."""
    text = text.strip()
    if not has_four_digits(text):
        return None
    for form in candidates(forms_of(months_key(months), vocab.weekdays)[1], text, months):
        name = form.name
        match = form.pattern.match(text)
        if not match:
            continue
        month = month_of(match, months)
        try:
            day = date(int(match.group("year")), month or 0, int(match.group("day")))
        except ValueError:
            continue
        by = match.groupdict().get("by")
        return DayLine(text, day, year_only=name.startswith("year:"), byline=by.strip() if by else None)
    return any_day_line(text, months)


#: Words for a day relative to the page's own ("Сегодня, 19:06", "Вчера в 19:06") -> days back.
RELATIVE_DAYS: Dict[str, int] = {"сегодня": 0, "вчера": 1, "today": 0, "yesterday": 1}


_RELATIVE = re.compile(rf"^(?P<word>{'|'.join(RELATIVE_DAYS)}),?\s+(?:в\s+|at\s+)?"
                       r"(?P<hour>\d{1,2}):(?P<minute>\d{2})$", re.IGNORECASE)


@lru_cache(maxsize=8)
def _time_tail(poster_marks: Tuple[str, ...]) -> Pattern[str]:
    """What a site glues after its time line: who posted the story ("... 10:15. Разместил: Редакция";
    the marks are `Vocabulary.poster_marks`), or the story's view count ("11.03.2021, 16:45 1520",
    "... 16:45 | 1520 просмотров")."""
    return re.compile(
        rf"(?<=\d)(?:\s*[.,|]?\s+(?:{'|'.join(poster_marks)})\s*:?\s*(?P<by>[^\s:|][^:|]{{0,59}})"
        r"|\s*[|,]?\s+[0-9][0-9\s]{0,9}(?:\s*(?:просмотр(?:ов|а)?|views?))?)\s*$", re.IGNORECASE)


#: Lines longer than this are no time line with a tail.
TIME_TAIL_LINE = 120


def read_time_line(text: str, months: Dict[str, int] = MONTHS, zones: Dict[str, int] = ZONE_OFFSETS,
                   vocab: Vocabulary = DEFAULT) -> Optional[TimeLine]:
    """A time line, maybe with what a site glues after it (`_time_tail`: its poster is the byline).
    `months` and `zones`: the vocabulary's month names and zone abbreviations; `vocab`: its weekday
    names and poster marks are read."""
    found = _read_time_line(text, months, zones, vocab.weekdays)
    if found is not None or len(text) > TIME_TAIL_LINE or not text[-1:].isalnum():
        return found
    tail = _time_tail(vocab.poster_marks).search(text)
    if tail is None or tail.start() == 0:
        return None
    found = _read_time_line(text[:tail.start()], months, zones, vocab.weekdays)
    if found is None:
        return None
    by = tail["by"]
    return found._replace(text=text.strip(), byline=by.strip() if by else found.byline)


def _read_time_line(text: str, months: Dict[str, int], zones: Dict[str, int],
                    weekdays: Tuple[str, ...]) -> Optional[TimeLine]:
    text = text.strip()
    if text[:1] in "СсВвTtYy" and (relative := _RELATIVE.match(text)) is not None:
        hour, minute = int(relative["hour"]), int(relative["minute"])
        if hour < 24 and minute < 60:  # month and day 0: only a prefix can tell the day
            return TimeLine(text, 0, 0, None, hour, minute, None, days_back=RELATIVE_DAYS[relative["word"].lower()])
    match = time_line_re(months).match(text)
    if not match:
        return _other_time_line(text, months, zones, weekdays)
    mon, mon2, day, day2, clock, year, zone, place, ampm = match.group(
        "mon", "mon2", "day", "day2", "clock", "year", "zone", "place", "ampm")
    month = months[(mon or mon2).lower()]
    day_number = int(day or day2)
    hour, minute = (int(part) for part in clock.split(":"))
    if ampm:
        hour = twelve_hour(hour, ampm)
    if not (1 <= day_number <= 31 and hour < 24 and minute < 60):
        return None
    offset = zone_offset(zone, zones)
    if zone and offset is None:
        return None  # an unknown word after the clock: not a time line we understand
    return TimeLine(text, month, day_number, int(year) if year else None, hour, minute, offset,
                    place.strip() if place else None)
