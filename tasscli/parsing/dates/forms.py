"""The month tables and the forms of time and date lines: patterns built for a month table, each
compiled when first used, and the cheap tests that spare a line the forms it cannot match."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Dict, FrozenSet, Iterator, Optional, Pattern, Tuple

from tasscli.parsing.letters import LETTER_RUN, UPPER
from tasscli.parsing.prefilter import Prefilter, prefilter
from tasscli.vocab import DEFAULT, MONTHS


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
    # A wire item's header on a print page: "ТАСС, 19/06/2025 20:56 /ОБЩЕСТВО/" (agency, day first,
    # the rubric between slashes).
    r"[^\W\d_][^\d,/|]{1,30},\s*(?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>\d{4})\s+(?P<hour>\d{1,2}):"
    r"(?P<minute>\d{2})(?:\s*/(?P<section>[^/\d]{2,40})/)?",
    r"(?P<month>\d{1,2})/(?P<day>\d{1,2})/(?P<year>\d{4})\s+(?P<hour>\d{1,2}):(?P<minute>\d{2})"
    r"(?::(?P<second>\d{2}))?\s*(?P<ampm>{AMPM})?\s*(?P<zone>{ZONE})?(?:\s*·\s*by\s+(?P<by>[^·]+?)(?:\s*·.*)?)?",
    # "19:06, 3 июня 2017 | UTC+3", or the rubric after the bar: "19:06, 3 Июня 2017 | Новости края".
    r"(?P<hour>\d{1,2}):(?P<minute>\d{2}),\s*(?P<day>\d{1,2})\s+(?P<mon>{MON})\s+(?P<year>\d{4})"
    r"(?:\s*\|\s*(?:(?P<zone>{ZONE})|(?P<section>[^|\d\s][^|\d]{1,39})))?",
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
    # A page's title line: its headline, the site's name and the day ("Headline - Site, 03.03.2020").
    ("day", r"[^|]{10,200}?\s[-–—]\s[^\d,|\-–—]{2,40},\s*(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})"),
    ("year:update", r"Last Update on\s+(?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>\d{4})"),
)


def weekday_pattern(weekdays: Tuple[str, ...]) -> str:
    """A weekday name of the table (`Vocabulary.weekdays`); WEEKDAY_SHAPE stands for it in the forms'
    prefilter sources."""
    return rf"(?i:{'|'.join(weekdays)})(?![A-Za-z])"


WEEKDAY_SHAPE = r"[A-Z][a-z]{2,9}"


ZONE = r"(?:UTC|GMT)\s?[+\-−]\s?\d{1,2}(?::?\d{2})?|[A-Z]{2,5}"


#: "PM", "pm", "p.m." after a clock.
AMPM = r"(?i:[ap]\.?m\.?)(?![A-Za-z])"


def twelve_hour(hour: int, ampm: str) -> int:
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
def forms_of(months_key: Tuple[Tuple[str, int], ...],
             weekdays: Tuple[str, ...] = DEFAULT.weekdays) -> Tuple[Tuple[Form, ...], Tuple[Form, ...]]:
    """The time and day forms of a month table and a weekday table. Each is tried only on a line
    that holds a month name where the form prints one, and one of the form's fixed strings."""
    mon = month_pattern(dict(months_key))
    weekday = weekday_pattern(weekdays)

    def form(name: str, text: str) -> Form:
        filled = text.replace("{MON}", mon).replace("{WD}", weekday).replace("{ZONE}", ZONE).replace("{AMPM}", AMPM)
        source = rf"^{filled}\s*$"
        # The placeholders hold no fixed string a match must contain, so the prefilter is read
        # from the short form (the month alternation, long, would only slow its reading down).
        short = text.replace("{MON}", "(?i:m)").replace("{WD}", WEEKDAY_SHAPE).replace("{ZONE}", "(?:Z)?") \
            .replace("{AMPM}", "(?:m)?")
        return Form(name, source, "{MON}" in text, short)

    return (tuple(form("time", text) for text in TIME_FORMS),
            tuple(form(name, text) for name, text in DAY_FORMS))


#: Every form of TIME_FORMS and DAY_FORMS prints a four-digit year (tests/parsing/test_prefilter.py holds
#: the tables to it): a line without four digits in a row is spared them all.
FOUR_DIGITS = re.compile(r"\d\d\d\d")  # not \d{4}: a pattern opening with a class is searched for by a scan for it


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


def candidates(forms: Tuple[Form, ...], text: str, months: Dict[str, int]) -> Iterator[Form]:
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


def month_of(match: re.Match[str], months: Dict[str, int]) -> Optional[int]:
    groups = match.groupdict()
    if groups.get("mon"):
        return months.get(groups["mon"].lower().rstrip(".")) or months.get(groups["mon"].lower())
    return int(groups["month"]) if groups.get("month") else None
