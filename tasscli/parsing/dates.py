"""Dates and times: the ` date YYYY-MM-DD` prefix, time lines, and the `published` value.

Rules (from the labelling guide): the day comes from the prefix, else from a time line that prints
a year; the time from the time line; the offset as printed, else (TASS) Moscow time with its
historic offset from the zone database; no year anywhere gives None, never a guessed year.
"""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from typing import Dict, FrozenSet, Iterator, List, NamedTuple, Optional, Pattern, Tuple

from tasscli.parsing.letters import LETTER_RUN, UPPER
from tasscli.parsing.prefilter import Prefilter, prefilter
from tasscli.vocab import MONTHS, POSTER_MARKS, WEEKDAYS

#: Zone abbreviations printed next to times -> offset in minutes east of UTC.
ZONE_OFFSETS: Dict[str, int] = {
    "UTC": 0, "GMT": 0, "Z": 0, "MSK": 180, "MSD": 240, "CET": 60, "CEST": 120, "EET": 120,
    "EEST": 180, "AMT": 240, "AZT": 240, "GST": 240, "IRST": 210, "PKT": 300, "IST": 330,
    "ALMT": 360, "ICT": 420, "WIB": 420, "CST": -360, "CDT": -300, "EST": -300, "EDT": -240,
    "MST": -420, "MDT": -360, "PST": -480, "PDT": -420, "KST": 540, "JST": 540, "HKT": 480,
}

#: The zone of a TASS time printed without an offset.
AGENCY_ZONES: Dict[str, str] = {"TASS": "Europe/Moscow"}

PREFIX = re.compile(r"^\ufeff?\s*date\s(\d{4})-(\d{2})-(\d{2})(?:\s|$)")


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
        rf"^{day_month}(?P<clock>{clock})(?:\s?(?P<ampm>{AMPM}))?"
        rf"(?:\s+updated at:?\s*(?:{mon})\s+\d{{1,2}},?\s*(?:\d{{4}},?\s*)?{clock})?"
        rf"(?:\s*(?P<zone>{zone}))?"
        # The dateline's place, maybe with its region ("KUBINKA /Moscow Region/").
        rf"(?:\s+(?P<place>(?-i:[{UPPER}][{UPPER}.'’\- ]*(?:/[{UPPER}][{UPPER}.'’\- ]*)*)"
        r"(?:\s*/[^/\n]{2,60}/|\s*\([^()\n]{2,60}\))?))?\s*$",
        re.IGNORECASE,
    )


_KEYS: Dict[int, Tuple[Dict[str, int], Tuple[Tuple[str, int], ...]]] = {}


def months_key(months: Dict[str, int]) -> Tuple[Tuple[str, int], ...]:
    """A hashable key for a month table, computed once per table (the parser asks per line)."""
    hit = _KEYS.get(id(months))
    if hit is not None and hit[0] is months:
        return hit[1]
    if len(_KEYS) > 32:  # bounded: a long run that builds many tables does not grow memory
        _KEYS.clear()
    key = tuple(sorted(months.items()))
    _KEYS[id(months)] = (months, key)
    return key


def time_line_re(months: Dict[str, int] = MONTHS) -> Pattern[str]:
    return _time_line_re(months_key(months))


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


#: Time lines of other sites: (regex over the whole trimmed line). Groups: day, mon (a month name)
#: or month (a number), year, hour, minute, second, ampm, zone, by (an author printed with it).
#: {MON} is any month name, {WD} a weekday word, {ZONE} a zone abbreviation or UTC/GMT offset.
TIME_FORMS: Tuple[str, ...] = (
    r"(?P<hour>\d{1,2}):(?P<minute>\d{2})\s*-\s*(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})",
    r"Updated:\s*(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\s+(?P<hour>\d{1,2}):(?P<minute>\d{2})",
    r"(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})\s*\[?(?P<hour>\d{1,2}):(?P<minute>\d{2})\]?",
    r"#?\s*(?P<day>\d{1,2})\s+(?P<mon>{MON})\s+(?P<year>\d{4}),?\s+(?P<hour>\d{1,2}):(?P<minute>\d{2})"
    r"(?:\s*\(?(?P<zone>{ZONE})\)?)?",
    # "PublishDate: ...", "ANI | Updated: May 03, 2021 18:45 IST"
    r"(?:(?:[A-Z][\w.\- ]{0,40}?\s*\|\s*)?(?:PublishDate|Updated):\s*)?"
    r"(?:{WD},?\s+)?(?P<mon>{MON})\.?\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4}),?\s+"
    r"(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?\s*(?P<ampm>{AMPM})?(?:\s*(?P<zone>{ZONE}))?",
    r"(?P<month>\d{1,2})/(?P<day>\d{1,2})/(?P<year>\d{4})\s+(?P<hour>\d{1,2}):(?P<minute>\d{2})"
    r"(?::(?P<second>\d{2}))?\s*(?P<ampm>{AMPM})?\s*(?P<zone>{ZONE})?(?:\s*·\s*by\s+(?P<by>[^·]+?)(?:\s*·.*)?)?",
    r"(?P<hour>\d{1,2}):(?P<minute>\d{2}),\s*(?P<day>\d{1,2})\s+(?P<mon>{MON})\s+(?P<year>\d{4})"
    r"(?:\s*\|\s*(?P<zone>{ZONE}))?",
    r"(?P<hour>\d{1,2}):(?P<minute>\d{2}),\s*(?P<mon>{MON})\s+(?P<day>\d{1,2}),\s*(?P<year>\d{4})",
    r"(?P<mon>{MON})\.?\s+(?P<day>\d{1,2}),\s*(?P<year>\d{4})\s*[-–,|]\s*(?P<hour>\d{1,2}):(?P<minute>\d{2})"
    r"(?:\s*(?P<zone>{ZONE}))?",
    # Russian sites: "3 июня 2017 / 19:06", "Регион / Новости 3 июня 2017 г. 19:06",
    # "19:06 03.06.2017 (обновлено: 20:15 03.06.2017)", "03-06-2017, 19:06 | Раздел"
    r"(?:[^\d/|]{1,30}\s/\s){0,3}(?:[^\d/|]{1,30}\s)?(?P<day>\d{1,2})\s+(?P<mon>{MON})\s+(?P<year>\d{4})"
    r"(?:\s*г(?:ода|\.)?)?\s*[/|,]?\s*(?P<hour>\d{1,2}):(?P<minute>\d{2})",
    r"(?P<hour>\d{1,2}):(?P<minute>\d{2})\s+(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})"
    r"(?:\s*\((?:обновлено|updated):?[^()]*\))?",
    # "2017-06-03 19:06 |", "2017-06-03 19:06 | Общество": an ISO day, a clock and a bar before the rubric.
    r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2}),?\s+(?P<hour>\d{1,2}):(?P<minute>\d{2})"
    r"\s*\|(?:\s*(?P<section>[^|]{1,40}))?",
    r"(?P<day>\d{1,2})-(?P<month>\d{1,2})-(?P<year>\d{4}),?\s+(?P<hour>\d{1,2}):(?P<minute>\d{2})"
    r"(?:\s*\|\s*(?P<section>[^|]{1,40}))?",
    r"(?:(?P<by>[A-Z][^|]{1,60}?)\s+\d+\s+(?:minutes?|hours?|days?)\s+ago\s+)?(?:{WD}\s+)?"
    r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?P<mon>{MON})\s+(?P<year>\d{4})\s*\|\s*"
    r"(?P<hour>\d{1,2}):(?P<minute>\d{2})\s*(?P<ampm>{AMPM})?",
)

#: Date lines (a day, no clock) a page prints for an article: blog date headers, "posted on" lines.
#: Forms whose name starts with "year:" give only a year (an update stamp in a footer).
DAY_FORMS: Tuple[Tuple[str, str], ...] = (
    ("day", r"(?:{WD},?\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?P<mon>{MON})\.?,?\s+(?P<year>\d{4})"),
    ("day", r"(?:{WD},?\s+)?(?P<mon>{MON})\.?\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4})"),
    ("day", r"(?P<year>\d{4})/(?P<month>\d{2})/(?P<day>\d{2})"),
    ("day", r"posted on\s+(?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>\d{4})"),
    ("day", r"(?P<day>\d{1,2})-(?P<mon>{MON})-(?P<year>\d{4})"),
    ("day", r"[A-Za-z]+\.com\s+{WD},\s*(?P<day>\d{1,2})\s+(?P<mon>{MON})\s+(?P<year>\d{4})\s*(?:\(\))?"),
    ("day", r"(?:(?P<by>[A-Z][^|]{1,60}?)\s*\|\s*)?(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})"),
    # A bulletin's issue number and date: "81   14.04.2005", "No. 81 14.04.2005".
    ("day", r"(?:(?:No\.?|№)\s*)?\d{1,4}\s+(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})"),
    ("day", r"(?P<by>[A-Z][^|]{1,60}?)\s*\|\s*(?P<mon>{MON})\.?\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4})"),
    ("year:update", r"Last Update on\s+(?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>\d{4})"),
)

#: A weekday name, from the table; WEEKDAY_SHAPE stands for it in the forms' prefilter sources.
WEEKDAY = rf"(?i:{'|'.join(WEEKDAYS)})(?![A-Za-z])"
WEEKDAY_SHAPE = r"[A-Z][a-z]{2,9}"
ZONE = r"(?:UTC|GMT)\s?[+\-−]\s?\d{1,2}(?::?\d{2})?|[A-Z]{2,5}"
#: "PM", "pm", "p.m." after a clock.
AMPM = r"(?i:[ap]\.?m\.?)(?![A-Za-z])"


def _twelve_hour(hour: int, ampm: str) -> int:
    """The hour on a 24-hour clock of `hour` printed with AM or PM (12 AM is 0, 12 PM is 12)."""
    return hour % 12 + (12 if ampm[:1] in "Pp" else 0)


class Form:
    """One pattern of a table (a time or day form, a dateline shape), compiled when first used:
    compiling them all up front was a third of a one-page run, and most pages need few.

    `keys_source`, when given, is read for the form's prefilter (see tasscli.parsing.prefilter), also
    made when first needed; `month`: the form prints a month name."""

    __slots__ = ("name", "source", "month", "keys_source", "_pattern", "_keys")

    def __init__(self, name: str, source: str, month: bool = False, keys_source: Optional[str] = None) -> None:
        self.name = name
        self.source = source
        self.month = month
        self.keys_source = keys_source
        self._pattern: Optional[Pattern[str]] = None
        self._keys: Optional[Prefilter] = None

    @property
    def pattern(self) -> Pattern[str]:
        if self._pattern is None:
            self._pattern = re.compile(self.source)
        return self._pattern

    @property
    def keys(self) -> Prefilter:
        if self._keys is None:
            self._keys = prefilter([self.keys_source if self.keys_source is not None else self.source])
        return self._keys


@lru_cache(maxsize=8)
def _forms(months_key: Tuple[Tuple[str, int], ...]) -> Tuple[Tuple[Form, ...], Tuple[Form, ...]]:
    """The time and day forms. Each is tried only on a line that holds a month name where the form
    prints one, and one of the form's fixed strings."""
    mon = month_pattern(dict(months_key))

    def form(name: str, text: str) -> Form:
        filled = text.replace("{MON}", mon).replace("{WD}", WEEKDAY).replace("{ZONE}", ZONE).replace("{AMPM}", AMPM)
        source = rf"^{filled}\s*$"
        # The placeholders hold no fixed string a match must contain, so the prefilter is read
        # from the short form (the month alternation, long, would only slow its reading down).
        short = text.replace("{MON}", "(?i:m)").replace("{WD}", WEEKDAY_SHAPE).replace("{ZONE}", "(?:Z)?") \
            .replace("{AMPM}", "(?:m)?")
        return Form(name, source, "{MON}" in text, short)

    return (tuple(form("time", text) for text in TIME_FORMS),
            tuple(form(name, text) for name, text in DAY_FORMS))


#: Every form of TIME_FORMS and DAY_FORMS prints a four-digit year (tests/test_prefilter.py holds
#: the tables to it): a line without four digits in a row is spared them all.
FOUR_DIGITS = re.compile(r"\d{4}")
# The same on ASCII text, where \d is [0-9]: re scans for a set much faster than for a repeated
# category (0.4 against 1.6 us on a 100-character line with no digits), and most lines are ASCII.
_FOUR_ASCII_DIGITS = re.compile(r"[0-9][0-9][0-9][0-9]")


def has_four_digits(text: str) -> bool:
    """Does `text` hold four digits in a row (`FOUR_DIGITS`)?"""
    return (_FOUR_ASCII_DIGITS if text.isascii() else FOUR_DIGITS).search(text) is not None


_LETTERS = re.compile(r"[A-Za-z]+")


@lru_cache(maxsize=8)
def _month_words(months_key: Tuple[Tuple[str, int], ...]) -> Optional[FrozenSet[str]]:
    """The month names as words, or None when a name is not letters (with a final ".")."""
    words = {name.rstrip(".") for name, _ in months_key}
    if not all(word.isalpha() and word.islower() for word in words):
        return None
    return frozenset(words)


def _has_month(text: str, months: Dict[str, int]) -> bool:
    """Might a form's {MON} match in `text`? The forms set a month name between non-letters, so
    it is one of the text's runs of letters (of ASCII letters on ASCII text, of any on other)."""
    words = _month_words(months_key(months))
    if words is None:
        return True
    runs = _LETTERS.findall(text) if text.isascii() else LETTER_RUN.findall(text)
    return any(run.lower() in words for run in runs)


def _candidates(forms: Tuple[Form, ...], text: str, months: Dict[str, int]) -> Iterator[Form]:
    """The forms worth matching against `text`, in table order."""
    has_month: Optional[bool] = None
    for form in forms:
        if form.month:
            if has_month is None:
                has_month = _has_month(text, months)
            if not has_month:
                continue
        if form.keys.may_match(text):
            yield form


def _month(match: re.Match[str], months: Dict[str, int]) -> Optional[int]:
    groups = match.groupdict()
    if groups.get("mon"):
        return months.get(groups["mon"].lower().rstrip(".")) or months.get(groups["mon"].lower())
    return int(groups["month"]) if groups.get("month") else None


def _other_time_line(text: str, months: Dict[str, int]) -> Optional[TimeLine]:
    if not has_four_digits(text):
        return None
    for form in _candidates(_forms(months_key(months))[0], text, months):
        match = form.pattern.match(text)
        if not match:
            continue
        groups = match.groupdict()
        month, day, year = _month(match, months), int(groups["day"]), int(groups["year"])
        hour, minute = int(groups["hour"]), int(groups["minute"])
        if groups.get("ampm"):
            hour = _twelve_hour(hour, groups["ampm"])
        offset = zone_offset(groups.get("zone"))
        if groups.get("zone") and offset is None:
            continue
        if not month or not (1 <= month <= 12 and 1 <= day <= 31 and hour < 24 and minute < 60):
            continue
        by = groups.get("by")
        section = groups.get("section")
        return TimeLine(text, month, day, year, hour, minute, offset, None,
                        int(groups.get("second") or 0), by.strip() if by else None, "other",
                        section=section.strip() if section else None)
    return _any_time_line(text)


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


def _any_time_line(text: str) -> Optional[TimeLine]:
    """A time line in none of TIME_FORMS ("Published: 12 March 2019, 14:35", "Tue, 12 Mar 2019
    14:35:00 +0300", "2019-03-12T14:35:00+03:00"), read by python-dateutil: the whole line must
    be a date with year, month, day and clock, after a label (DATE_LABEL)."""
    if len(text) > DATE_LINE_LENGTH or not _CLOCK.search(text):
        return None
    moment = _strict_datetime(text)
    if moment is None:
        return None
    # Asked of the zone itself: `moment.utcoffset()` raises for an offset of a day or more
    # ("+24:00"), which `published` turns into a warning.
    offset = moment.tzinfo.utcoffset(moment) if moment.tzinfo is not None else None
    return TimeLine(text, moment.month, moment.day, moment.year, moment.hour, moment.minute,
                    None if offset is None else int(offset.total_seconds()) // 60, None, moment.second,
                    None, "other")


def _any_day_line(text: str) -> Optional[DayLine]:
    """A date line in none of DAY_FORMS ("Published: 2019-03-12", "Date: 12 March 2019"), read as
    `_any_time_line` reads a time line; a line with a clock is none."""
    if len(text) > DATE_LINE_LENGTH or _CLOCK.search(text):
        return None
    moment = _strict_datetime(text)
    return None if moment is None else DayLine(text, moment.date())


def _strict_datetime(text: str) -> Optional[datetime]:
    """`text` read by dateutil when all of it is a date and it prints the year, month and day
    (dateutil fills missing parts from a default: two defaults that differ in all three tell)."""
    if not _may_be_date(text):
        return None
    rest = _BETWEEN.sub(" ", DATE_LABEL.sub("", text, count=1)).strip(" ,")
    import warnings

    from dateutil import parser  # imported on first use: few pages print such a line

    day_first = _DOTTED_DAY.search(rest) is not None  # "12.03.2019" is 12 March wherever it is printed
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # an unknown zone name: read as no zone
            one = parser.parse(rest, default=datetime(1904, 1, 1), dayfirst=day_first, tzinfos=_TZINFOS)
            two = parser.parse(rest, default=datetime(1905, 2, 2), dayfirst=day_first, tzinfos=_TZINFOS)
    except (ValueError, ArithmeticError, TypeError):  # decimal.InvalidOperation for "12:999...9"
        return None
    return one if (one.year, one.month, one.day) == (two.year, two.month, two.day) else None


#: The words a date or time line may print besides month names and zone abbreviations, lower case.
DATE_WORDS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
     "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
     "am", "pm", "a", "p", "m", "st", "nd", "rd", "th", "t", "z", "utc", "gmt", "of", "at", "on",
     "first", "last", *LABEL_WORDS})
_NUMERIC_DATE = re.compile(r"\d{1,4}[-./]\d{1,2}[-./]\d{1,4}")


def _may_be_date(text: str) -> bool:
    """Can all of `text` be a date: no word but month names, date and label words and zone
    abbreviations, and a month name or a numeric date? A cheap test before dateutil, which most
    lines with a year fail at their first word ("Army-2018 forum to open ...", "SPIEF-2025")."""
    has_month = False
    for word in LETTER_RUN.findall(text):
        lower = word.lower()
        if lower in MONTHS:
            has_month = True
        elif lower not in DATE_WORDS and not (word.isupper() and 2 <= len(word) <= 5):
            return False
    return has_month or _NUMERIC_DATE.search(text) is not None


#: ZONE_OFFSETS for dateutil: name -> seconds east of UTC.
_TZINFOS = {name: minutes * 60 for name, minutes in ZONE_OFFSETS.items()}


def read_day_line(text: str, months: Dict[str, int] = MONTHS) -> Optional[DayLine]:
    """A date line with no clock ("14 October 2020", "posted on 08/10/2014", "2015/05/14")."""
    text = text.strip()
    if not has_four_digits(text):
        return None
    for form in _candidates(_forms(months_key(months))[1], text, months):
        name = form.name
        match = form.pattern.match(text)
        if not match:
            continue
        month = _month(match, months)
        try:
            day = date(int(match.group("year")), month or 0, int(match.group("day")))
        except ValueError:
            continue
        by = match.groupdict().get("by")
        return DayLine(text, day, year_only=name.startswith("year:"), byline=by.strip() if by else None)
    return _any_day_line(text)


_UTC_OFFSET = re.compile(r"(?:UTC|GMT)([+-])(\d{1,2})(?::?(\d{2}))?")


def zone_offset(zone: Optional[str]) -> Optional[int]:
    if not zone:
        return None
    zone = zone.replace("−", "-").replace(" ", "").upper()
    match = _UTC_OFFSET.fullmatch(zone)
    if match:
        sign = -1 if match.group(1) == "-" else 1
        return sign * (int(match.group(2)) * 60 + int(match.group(3) or 0))
    return ZONE_OFFSETS.get(zone)


#: Words for a day relative to the page's own ("Сегодня, 19:06", "Вчера в 19:06") -> days back.
RELATIVE_DAYS: Dict[str, int] = {"сегодня": 0, "вчера": 1, "today": 0, "yesterday": 1}
_RELATIVE = re.compile(rf"^(?P<word>{'|'.join(RELATIVE_DAYS)}),?\s+(?:в\s+|at\s+)?"
                       r"(?P<hour>\d{1,2}):(?P<minute>\d{2})$", re.IGNORECASE)


#: What a site glues after its time line: who posted the story ("... 10:15. Разместил: Редакция"), or
#: the story's view count ("11.03.2021, 16:45 1520", "... 16:45 | 1520 просмотров").
_TIME_TAIL = re.compile(
    rf"(?<=\d)(?:\s*[.,|]?\s+(?:{'|'.join(POSTER_MARKS)})\s*:?\s*(?P<by>[^\s:|][^:|]{{0,59}})"
    r"|\s*[|,]?\s+[0-9][0-9\s]{0,9}(?:\s*(?:просмотр(?:ов|а)?|views?))?)\s*$", re.IGNORECASE)
#: Lines longer than this are no time line with a tail.
TIME_TAIL_LINE = 120


def read_time_line(text: str, months: Dict[str, int] = MONTHS) -> Optional[TimeLine]:
    """A time line, maybe with what a site glues after it (`_TIME_TAIL`: its poster is the byline)."""
    found = _read_time_line(text, months)
    if found is not None or len(text) > TIME_TAIL_LINE or not text[-1:].isalnum():
        return found
    tail = _TIME_TAIL.search(text)
    if tail is None or tail.start() == 0:
        return None
    found = _read_time_line(text[:tail.start()], months)
    if found is None:
        return None
    by = tail["by"]
    return found._replace(text=text.strip(), byline=by.strip() if by else found.byline)


def _read_time_line(text: str, months: Dict[str, int]) -> Optional[TimeLine]:
    text = text.strip()
    if text[:1] in "СсВвTtYy" and (relative := _RELATIVE.match(text)) is not None:
        hour, minute = int(relative["hour"]), int(relative["minute"])
        if hour < 24 and minute < 60:  # month and day 0: only a prefix can tell the day
            return TimeLine(text, 0, 0, None, hour, minute, None, days_back=RELATIVE_DAYS[relative["word"].lower()])
    match = time_line_re(months).match(text)
    if not match:
        return _other_time_line(text, months)
    mon, mon2, day, day2, clock, year, zone, place, ampm = match.group(
        "mon", "mon2", "day", "day2", "clock", "year", "zone", "place", "ampm")
    month = months[(mon or mon2).lower()]
    day_number = int(day or day2)
    hour, minute = (int(part) for part in clock.split(":"))
    if ampm:
        hour = _twelve_hour(hour, ampm)
    if not (1 <= day_number <= 31 and hour < 24 and minute < 60):
        return None
    offset = zone_offset(zone)
    if zone and offset is None:
        return None  # an unknown word after the clock: not a time line we understand
    return TimeLine(text, month, day_number, int(year) if year else None, hour, minute, offset,
                    place.strip() if place else None)


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
              other_day: Optional[date] = None) -> Tuple[Optional[str], List[str]]:
    """The ISO 8601 `published` value and the warnings met while settling it.

    `other_day` is a day the page prints elsewhere (an "Updated:" line, a dateline with a year),
    used only when neither the prefix nor the time line gives a year.
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
    elif agency in AGENCY_ZONES:
        zone = _zone(AGENCY_ZONES[agency])
        offset = moment.replace(tzinfo=zone).utcoffset()
        moment = moment.replace(tzinfo=timezone(offset) if offset is not None else None)
    return moment.isoformat(), warnings
