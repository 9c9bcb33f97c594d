"""Table-driven tests for the prefix, time lines and the `published` rules."""
import re
import subprocess
import sys
from datetime import date

import pytest

from tasscli.parsing import dates

TIME_LINES = [
    # (line, (month, day, year, hour, minute, offset, place), why)
    ("June 03, 19:06 UTC+3", (6, 3, None, 19, 6, 180, None), "the common tass.com form"),
    ("April 19, 15:27 UTC+3 ST. PETERSBURG", (4, 19, None, 15, 27, 180, "ST. PETERSBURG"), "place after"),
    ("August 23, 11:05 UTC+3 KUBINKA /Moscow Region/", (8, 23, None, 11, 5, 180, "KUBINKA /Moscow Region/"),
     "the dateline's place with its region"),
    ("May 12, 09:40 UTC+3 BLAGOVESHCHENSK (Amur Region)",
     (5, 12, None, 9, 40, 180, "BLAGOVESHCHENSK (Amur Region)"), "a region in brackets"),
    ("October 9, 18:10 UTC+3 MOSCOW/ANCHORAGE", (10, 9, None, 18, 10, 180, "MOSCOW/ANCHORAGE"), "two places"),
    ("March 2, 08:15 UTC+3 SÃO PAULO", (3, 2, None, 8, 15, 180, "SÃO PAULO"), "a place beyond ASCII"),
    ("October 01, 2014, 20:50 UTC+3 DONETSK", (10, 1, 2014, 20, 50, 180, "DONETSK"), "with a year"),
    ("January 24, 14:41", (1, 24, None, 14, 41, None, None), "no offset"),
    ("3 Mar, 03:32", (3, 3, None, 3, 32, None, None), "day first, short month"),
    ("19 Jun, 14:07", (6, 19, None, 14, 7, None, None), "day first"),
    ("March 22, 11:05 updated at: March 22, 11:32 UTC+3", (3, 22, None, 11, 5, 180, None), "first time wins"),
    ("November 06, 2014, 11:20", (11, 6, 2014, 11, 20, None, None), "AMP: year, no offset"),
    ("May 5, 08:00 UTC-5", (5, 5, None, 8, 0, -300, None), "negative offset"),
    ("May 5, 08:00 GMT", (5, 5, None, 8, 0, 0, None), "zone abbreviation"),
]

OTHER_SITES = [
    # (line, (month, day, year, hour, minute, offset), why)
    ("ANI | Updated: May 03, 2021 18:45 IST", (5, 3, 2021, 18, 45, 330), "agency | Updated: ... zone"),
    ("PublishDate: Monday, March 2, 2020 10:15", (3, 2, 2020, 10, 15, None), "weekday, no zone"),
    ("Updated: 2010-10-08 21:35", (10, 8, 2010, 21, 35, None), "ISO-like day"),
    ("Mar 12, 2019, 2:35 PM", (3, 12, 2019, 14, 35, None), "PM after the clock"),
    ("Mar 12, 2019, 12:05 AM", (3, 12, 2019, 0, 5, None), "12 AM is midnight"),
    ("June 3, 7:06 p.m.", (6, 3, None, 19, 6, None), "p.m. on a time line with no year"),
    # in no form of the table: read by dateutil, the whole line a date after a label
    ("Published: 12 March 2019, 14:35", (3, 12, 2019, 14, 35, None), "a label"),
    ("Posted on March 12, 2019 at 2:35 pm", (3, 12, 2019, 14, 35, None), "'at' between day and clock"),
    ("12.03.2019 | 14:35", (3, 12, 2019, 14, 35, None), "a dotted day is day first"),
    ("Tue, 12 Mar 2019 14:35:00 +0300", (3, 12, 2019, 14, 35, 180), "RFC 2822"),
    ("2019-03-12T14:35:00+03:00", (3, 12, 2019, 14, 35, 180), "ISO 8601"),
    ("Tuesday, March 12, 2019 - 14:35", (3, 12, 2019, 14, 35, None), "weekday and a dash"),
]


@pytest.mark.parametrize("line,expected,why", OTHER_SITES)
def test_other_sites_time_lines(line, expected, why):
    got = dates.read_time_line(line)
    assert got is not None, why
    assert (got.month, got.day, got.year, got.hour, got.minute, got.offset) == expected, why


NOT_TIME_LINES = [
    ("June 3 was a Saturday", "prose"),
    ("Russian Politics & Diplomacy", "a section"),
    ("June 33, 19:06", "no such day"),
    ("June 3, 25:06", "no such hour"),
    ("June 3, 19:06 and later", "words after the clock that are not a place in capitals"),
    ("Elections 2019: polls open at 8:00", "a headline with a year and a clock"),
    ("The meeting on 12 March 2019 at 14:35", "words that are no date's"),
    ("Score 2019 10:30", "no month or day"),
    ("Room 2019 - 14:35", "no month or day"),
]


@pytest.mark.parametrize("line,day", [("2019-03-12", date(2019, 3, 12)), ("Date: 12 March 2019", date(2019, 3, 12)),
                                      ("Published: 2019-03-12", date(2019, 3, 12))])
def test_day_lines_in_no_form_read_by_dateutil(line, day):
    got = dates.read_day_line(line)
    assert got is not None and got.day == day


@pytest.mark.parametrize("line", ["SPIEF-2025", "March 2019", "Army-2018 forum to show new weapons", "2019"])
def test_no_day_line(line):
    assert dates.read_day_line(line) is None


def test_dateutil_is_not_imported_for_lines_that_cannot_be_dates():
    code = ("import sys; from tasscli.parsing.dates import read_day_line, read_time_line; "
            "read_day_line('SPIEF-2025'); read_time_line('Elections 2019: polls open at 8:00'); "
            "print('dateutil.parser' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


@pytest.mark.parametrize("line,expected,why", TIME_LINES)
def test_time_lines(line, expected, why):
    got = dates.read_time_line(line)
    assert got is not None, why
    assert (got.month, got.day, got.year, got.hour, got.minute, got.offset, got.place) == expected, why


@pytest.mark.parametrize("line,why", NOT_TIME_LINES)
def test_not_time_lines(line, why):
    assert dates.read_time_line(line) is None, why


PREFIXES = [
    (" date 2017-06-03 Back to Main page", date(2017, 6, 3), "Back to Main page"),
    (" date 2019-10-22 SOCHI, October 22. /TASS/. Text", date(2019, 10, 22), "SOCHI, October 22. /TASS/. Text"),
    ("date 2017-06-03", date(2017, 6, 3), ""),
    (" date 2017-02-30 x", None, " date 2017-02-30 x"),
    ("Updated date 2017-06-03", None, "Updated date 2017-06-03"),
]


@pytest.mark.parametrize("line,day,rest", PREFIXES)
def test_prefix(line, day, rest):
    assert dates.read_prefix(line) == (day, rest)


def tl(text):
    line = dates.read_time_line(text)
    assert line is not None
    return line


PUBLISHED = [
    # (prefix, time line, agency, expected, why)
    (date(2017, 6, 3), "June 03, 19:06 UTC+3", "TASS", "2017-06-03T19:06:00+03:00", "prefix day, printed offset"),
    (date(2017, 6, 3), None, "TASS", "2017-06-03", "only the day known"),
    (None, "June 03, 19:06 UTC+3", "TASS", None, "no year anywhere: never a guessed year"),
    (None, "October 08, 2014, 18:35 UTC+3", "TASS", "2014-10-08T18:35:00+03:00", "year from the time line"),
    (None, "November 06, 2014, 11:20", "TASS", "2014-11-06T11:20:00+03:00", "Moscow after 2014-10-26"),
    (None, "October 20, 2014, 11:20", "TASS", "2014-10-20T11:20:00+04:00", "Moscow before 2014-10-26"),
    (None, "March 20, 2011, 11:20", "TASS", "2011-03-20T11:20:00+03:00", "Moscow before 2011-03-27"),
    (date(2012, 7, 1), "July 01, 10:00", "TASS", "2012-07-01T10:00:00+04:00", "Moscow 2011-2014: +04:00"),
    (date(2017, 6, 4), "June 03, 23:50 UTC+3", "TASS", "2017-06-03T23:50:00+03:00", "time line's day wins"),
    (date(2018, 1, 1), "December 31, 23:50", "TASS", "2017-12-31T23:50:00+03:00", "across New Year"),
    (None, "October 29, 2019, 16:05", "Reuters", "2019-10-29T16:05:00", "other agency, no zone: local"),
    (None, None, None, None, "nothing at all"),
]


@pytest.mark.parametrize("prefix,line,agency,expected,why", PUBLISHED)
def test_published(prefix, line, agency, expected, why):
    value, _ = dates.published(prefix, tl(line) if line else None, agency)
    assert value == expected, why


def test_published_warns_when_prefix_and_time_line_disagree():
    value, warnings = dates.published(date(2017, 6, 4), tl("June 03, 23:50 UTC+3"), "TASS")
    assert warnings and "differs" in warnings[0]


@pytest.mark.parametrize("text, expected", [
    ("June 03, 2017, 19:06", True),
    ("Putin met the press on Tuesday", False),
    ("Code 123 and 4567", True),
    ("12 34 56 78", False),
    ("٢٠١٧ is a year in Arabic-Indic digits", True),  # \d is any decimal digit, ASCII or not
    ("2017", True),
    ("", False),
])
def test_has_four_digits(text, expected):
    assert dates.has_four_digits(text) is expected
    assert (dates.FOUR_DIGITS.search(text) is not None) is expected


def test_has_four_digits_agrees_with_the_pattern():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    @settings(max_examples=2000, deadline=None)
    @given(st.text(alphabet=st.sampled_from("0123456789٢٠١٧۳४ ab,:\u00a0é"), max_size=30))
    def agree(text):
        assert dates.has_four_digits(text) == (dates.FOUR_DIGITS.search(text) is not None) \
            == (re.search(r"\d{4}", text) is not None)

    agree()
