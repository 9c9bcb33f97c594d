"""Dates and times: the ` date YYYY-MM-DD` prefix, time lines, and the `published` value.

Rules (from the labelling guide): the day comes from the prefix, else from a time line that prints
a year; the time from the time line; the offset as printed, else (TASS) Moscow time with its
historic offset from the zone database; no year anywhere gives None, never a guessed year.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from typing import Dict, List, Optional, Pattern, Tuple

from tasscli.vocab import MONTHS

#: Zone abbreviations printed next to times -> offset in minutes east of UTC.
ZONE_OFFSETS: Dict[str, int] = {
    "UTC": 0, "GMT": 0, "Z": 0, "MSK": 180, "MSD": 240, "CET": 60, "CEST": 120, "EET": 120,
    "EEST": 180, "AMT": 240, "AZT": 240, "GST": 240, "IRST": 210, "PKT": 300, "IST": 330,
    "ALMT": 360, "ICT": 420, "WIB": 420, "CST": -360, "CDT": -300, "EST": -300, "EDT": -240,
    "MST": -420, "MDT": -360, "PST": -480, "PDT": -420, "KST": 540, "JST": 540, "HKT": 480,
}

#: The zone of a TASS time printed without an offset.
AGENCY_ZONES: Dict[str, str] = {"TASS": "Europe/Moscow"}

PREFIX = re.compile(r"^\ufeff?\s?date (\d{4})-(\d{2})-(\d{2})(?: |$)")


def month_pattern(months: Dict[str, int]) -> str:
    names = sorted(months, key=len, reverse=True)
    return "(?i:" + "|".join(re.escape(name) for name in names) + ")"


@lru_cache(maxsize=8)
def _time_line_re(months_key: Tuple[Tuple[str, int], ...]) -> Pattern[str]:
    mon = month_pattern(dict(months_key))
    zone = r"(?:UTC|GMT)\s?[+\-−]\s?\d{1,2}(?::?\d{2})?|[A-Z]{1,4}T|UTC|GMT|MSK"
    clock = r"\d{1,2}:\d{2}"
    day_month = (rf"(?:(?P<mon>{mon})\s+(?P<day>\d{{1,2}})|(?P<day2>\d{{1,2}})\s+(?P<mon2>{mon}))"
                 rf",?\s*(?:(?P<year>\d{{4}}),?\s*)?")
    return re.compile(
        rf"^{day_month}(?P<clock>{clock})"
        rf"(?:\s+updated at:?\s*(?:{mon})\s+\d{{1,2}},?\s*(?:\d{{4}},?\s*)?{clock})?"
        rf"(?:\s*(?P<zone>{zone}))?"
        r"(?:\s+(?P<place>(?-i:[A-Z][A-Z.'’\- /]*)))?\s*$",
        re.IGNORECASE,
    )


def time_line_re(months: Dict[str, int] = MONTHS) -> Pattern[str]:
    return _time_line_re(tuple(sorted(months.items())))


@dataclass(frozen=True)
class TimeLine:
    """A time line as printed ("June 03, 19:06 UTC+3"), split into its parts."""

    text: str
    month: int
    day: int
    year: Optional[int]
    hour: int
    minute: int
    offset: Optional[int]  # minutes east of UTC, when printed
    place: Optional[str] = None


def zone_offset(zone: Optional[str]) -> Optional[int]:
    if not zone:
        return None
    zone = zone.replace("−", "-").replace(" ", "").upper()
    match = re.fullmatch(r"(?:UTC|GMT)([+-])(\d{1,2})(?::?(\d{2}))?", zone)
    if match:
        sign = -1 if match.group(1) == "-" else 1
        return sign * (int(match.group(2)) * 60 + int(match.group(3) or 0))
    return ZONE_OFFSETS.get(zone)


def read_time_line(text: str, months: Dict[str, int] = MONTHS) -> Optional[TimeLine]:
    match = time_line_re(months).match(text.strip())
    if not match:
        return None
    month = months[(match.group("mon") or match.group("mon2")).lower()]
    day = int(match.group("day") or match.group("day2"))
    hour, minute = (int(part) for part in match.group("clock").split(":"))
    if not (1 <= day <= 31 and hour < 24 and minute < 60):
        return None
    year = int(match.group("year")) if match.group("year") else None
    offset = zone_offset(match.group("zone"))
    if match.group("zone") and offset is None:
        return None  # an unknown word after the clock: not a time line we understand
    place = match.group("place")
    return TimeLine(text.strip(), month, day, year, hour, minute, offset, place.strip() if place else None)


def read_prefix(line: str) -> Tuple[Optional[date], str]:
    """The ` date YYYY-MM-DD` prefix of a page's first line, and the rest of that line."""
    match = PREFIX.match(line)
    if not match:
        return None, line
    try:
        day = date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None, line
    return day, line[match.end():]


@lru_cache(maxsize=8)
def _zone(name: str) -> tzinfo:
    from zoneinfo import ZoneInfo  # imported on first use: most pages never need it

    return ZoneInfo(name)


def _fixed(minutes: int) -> timezone:
    return timezone(timedelta(minutes=minutes))


def _year_for(prefix: date, month: int) -> int:
    """The prefix's year, moved across New Year when the time line's month is on the other side."""
    if prefix.month == 1 and month == 12:
        return prefix.year - 1
    if prefix.month == 12 and month == 1:
        return prefix.year + 1
    return prefix.year


def published(prefix: Optional[date], line: Optional[TimeLine], agency: Optional[str],
              other_day: Optional[date] = None) -> Tuple[Optional[str], List[str]]:
    """The ISO 8601 `published` value and the warnings met while settling it.

    `other_day` is a day the page prints elsewhere (an "Updated:" line, a dateline with a year),
    used only when neither the prefix nor the time line gives a year.
    """
    warnings: List[str] = []
    if line is None:
        day = prefix or other_day
        return (day.isoformat() if day else None), warnings
    if prefix is not None:
        year = _year_for(prefix, line.month)
        if (line.month, line.day) != (prefix.month, prefix.day):
            warnings.append(f"prefix date {prefix.isoformat()} differs from time line {line.text!r}")
    elif line.year is not None:
        year = line.year
    elif other_day is not None:
        year = _year_for(other_day, line.month)
    else:
        return None, warnings
    try:
        moment = datetime(year, line.month, line.day, line.hour, line.minute)
    except ValueError:
        warnings.append(f"time line {line.text!r} names no real day")
        return (prefix.isoformat() if prefix else None), warnings
    if line.offset is not None:
        moment = moment.replace(tzinfo=_fixed(line.offset))
    elif agency in AGENCY_ZONES:
        zone = _zone(AGENCY_ZONES[agency])
        offset = moment.replace(tzinfo=zone).utcoffset()
        moment = moment.replace(tzinfo=timezone(offset) if offset is not None else None)
    return moment.isoformat(), warnings
