"""Free-form date lines read by dateutil (`tasscli.parsing.dates.free`): read once where the line prints
the year, month and day, the answer is the one two reads with two defaults gave (issue 15: parse cost)."""
from __future__ import annotations

import warnings
from datetime import datetime

import pytest
from dateutil import parser
from hypothesis import given, settings
from hypothesis import strategies as st

from tasscli.parsing.dates import free
from tasscli.parsing.dates.zones import ZONE_OFFSETS
from tasscli.vocab import MONTHS


def _two_reads(text: str):
    """The reading before the single read: two defaults, kept where they agree on the day."""
    if not free.may_be_date(text, MONTHS):
        return None
    rest = free._BETWEEN.sub(" ", free.DATE_LABEL.sub("", text, count=1)).strip(" ,")
    tzinfos = free._tzinfos(ZONE_OFFSETS)
    day_first = free._DOTTED_DAY.search(rest) is not None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            one = parser.parse(rest, default=datetime(1904, 1, 1), dayfirst=day_first, tzinfos=tzinfos)
            two = parser.parse(rest, default=datetime(1905, 2, 2), dayfirst=day_first, tzinfos=tzinfos)
    except (ValueError, ArithmeticError, TypeError):
        return None
    return one if (one.year, one.month, one.day) == (two.year, two.month, two.day) else None


LINES = [
    "Published: 12 March 2019, 14:35", "Tue, 12 Mar 2019 14:35:00 +0300", "2019-03-12T14:35:00+03:00",
    "Date: 12.03.2019", "Posted on March 12, 2019 at 2:35 PM", "Friday March 2019", "Friday, March 2019 14:00",
    "March 2019", "12 March", "Feb 30, 2019", "2019-02-29", "Updated: 24-08-2023 08:27 IST", "12:00 GMT",
    "Published 31 April 2020", "Mon Jan 1 2024 00:00 UTC", "Date: 2019/08/14", "", "March", "1.2.2019 25:00",
]


@pytest.mark.parametrize("text", LINES)
def test_one_read_agrees_with_two(text):
    assert free._strict_datetime(text, MONTHS) == _two_reads(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["12", "2019", "March", "Mar", "Friday", ",", " ", ":", "14:35", "31", "Feb",
                                 ".", "-", "/", "PM", "UTC", "+0300", "Published", "on", "at", "|", "2", "13"]),
                max_size=9).map("".join))
def test_one_read_agrees_with_two_on_any_mix(text):
    assert free._strict_datetime(text, MONTHS) == _two_reads(text)
