"""The archive's ` date YYYY-MM-DD` prefix, and the `published` value settled from prefix, time line
and agency.

Rules (from the labelling guide): the day comes from the prefix, else from a time line that prints
a year; the time from the time line; the offset as printed, else (TASS) Moscow time with its
historic offset from the zone database; no year anywhere gives None, never a guessed year.
"""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from typing import Dict, List, Optional, Tuple

from tasscli.parsing.dates.values import TimeLine
from tasscli.parsing.dates.zones import AGENCY_ZONES

PREFIX = re.compile(r"^\ufeff?\s*date\s(\d{4})-(\d{2})-(\d{2})(?:\s|$)")


#: An archive's prefix that prints only the year and month (" date 2017-06").
MONTH_PREFIX = re.compile(r"^\ufeff?\s*date\s(\d{4})-(\d{2})(?:\s|$)")


def read_month_prefix(line: str) -> Tuple[Optional[date], str]:
    """The ` date YYYY-MM` prefix (no day) of a page's first line, as the first day of its month
    (only its year is ever used: for a time line that prints none), and the rest of that line."""
    match = MONTH_PREFIX.match(line)
    if not match or not 1 <= int(match.group(2)) <= 12:
        return None, line
    return date(int(match.group(1)), int(match.group(2)), 1), line[match.end():]


def read_prefix(line: str) -> Tuple[Optional[date], str]:
    """The ` date YYYY-MM-DD` prefix of a page's first line (after any white space), and the rest
    of that line."""
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
              other_day: Optional[date] = None,
              agency_zones: Dict[str, str] = AGENCY_ZONES) -> Tuple[Optional[str], List[str]]:
    """The ISO 8601 `published` value and the warnings met while settling it.

    `other_day` is a day the page prints elsewhere (an "Updated:" line, a dateline with a year),
    used only when neither the prefix nor the time line gives a year. `agency_zones` (the
    vocabulary's) gives the zone of an agency's time printed without one.
    """
    warnings: List[str] = []
    if line is None:
        day = prefix or other_day
        return (day.isoformat() if day else None), warnings
    if line.days_back is not None:  # "Вчера, 19:06": the prefix's day, moved back; no prefix, no day
        if prefix is None:
            return None, warnings
        back = prefix - timedelta(days=line.days_back)
        line = line._replace(month=back.month, day=back.day)
        prefix = back
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
        moment = datetime(year, line.month, line.day, line.hour, line.minute, line.second)
    except ValueError:
        warnings.append(f"time line {line.text!r} names no real day")
        return (prefix.isoformat() if prefix else None), warnings
    if line.offset is not None and abs(line.offset) >= 24 * 60:  # "UTC+99": no zone on Earth
        warnings.append(f"time line {line.text!r} names no real UTC offset; read without one")
    elif line.offset is not None:
        moment = moment.replace(tzinfo=_fixed(line.offset))
    elif agency in agency_zones:
        zone = _zone(agency_zones[agency])
        offset = moment.replace(tzinfo=zone).utcoffset()
        moment = moment.replace(tzinfo=timezone(offset) if offset is not None else None)
    return moment.isoformat(), warnings
