"""Dates and times: the ` date YYYY-MM-DD` prefix, time lines, date lines, and the `published` value.

The parts: `values` (TimeLine, DayLine), `forms` (the month tables and the forms of time and date
lines), `timelines` (reading a line), `free` (lines in none of the forms, read by dateutil),
`zones` and `published` (the prefix, and the value settled from prefix, time line and agency).
The names here are what the rest of the parser reads: `dates.read_time_line(...)`.
"""
from tasscli.parsing.dates.forms import FOUR_DIGITS, has_four_digits, month_pattern, months_key
from tasscli.parsing.dates.labelled import may_be_framed, read_framed_line
from tasscli.parsing.dates.published import published, read_month_prefix, read_prefix
from tasscli.parsing.dates.timelines import read_day_line, read_time_line
from tasscli.parsing.dates.values import DayLine, TimeLine
from tasscli.parsing.dates.zones import zone_offset

__all__ = ["FOUR_DIGITS", "DayLine", "TimeLine", "has_four_digits", "may_be_framed", "month_pattern", "months_key",
           "published", "read_day_line", "read_framed_line", "read_month_prefix", "read_prefix", "read_time_line",
           "zone_offset"]
