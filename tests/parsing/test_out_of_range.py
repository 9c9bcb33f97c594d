"""Issue 22.3: `parse()` never raises for any text. Values out of range on a page (offsets such as
UTC+99, February 31, years 0 or 99999, hour 25) make a warning or no value, never an exception;
and the commands that parse (`check`, `explain`, `stats`) never exit 70 on such a page."""
from __future__ import annotations

import os

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tasscli import parse
from tasscli.cli.main import main

EXAMPLES = int(os.environ.get("TASSCLI_HYPOTHESIS_EXAMPLES", "200"))

MONTHS = ("January", "Feb", "March", "Apr.", "June", "Sept", "December", "Dec")
#: The time-line, date-line and dateline grammars, their numbers left open.
TIME_LINES = (
    "{mon} {d}, {h}:{mi} UTC{sign}{z}",
    "{mon} {d}, {y}, {h}:{mi} GMT{sign}{z}:{mi}",
    "{d} {mon}, {h}:{mi} {ampm} UTC{sign}{z} MOSCOW",
    "{h}:{mi} - {d}.{mo}.{y}",
    "Updated: {y}-{mo}-{d} {h}:{mi}",
    "{d}.{mo}.{y} [{h}:{mi}]",
    "{d} {mon} {y}, {h}:{mi} (UTC{sign}{z})",
    "{mon} {d}, {y} {h}:{mi}:{s} {ampm} GMT{sign}{z}",
    "{mo}/{d}/{y} {h}:{mi} {ampm}",
    "{h}:{mi}, {d} {mon} {y} | UTC{sign}{z}",
    "Published: {y}-{mo}-{d}T{h}:{mi}:{s}{sign}{z}:00",
    "Tue, {d} {mon} {y} {h}:{mi}:{s} {sign}{z}{mi}",
    "Posted on {mon} {d}, {y} at {h}:{mi} UTC{sign}{z}",
)
DAY_LINES = (
    "{d} {mon} {y}",
    "Tuesday, {mon} {d}, {y}",
    "{y}/{mo}/{d}",
    "posted on {d}/{mo}/{y}",
    "{d}-{mon}-{y}",
    "Ann Smith | {mon} {d}, {y}",
    "Last Update on {d}/{mo}/{y}",
    "Published: {y}-{mo}-{d}",
    "Date: {d}.{mo}.{y}",
)
DATELINES = (
    "MOSCOW, {mon} {d}. /TASS/. The council approved the plan for the riverside park on Tuesday.",
    "MOSCOW, {mon} {d}, {y} (Reuters) - The council approved the plan for the park on Tuesday.",
    "BEIJING, {d} {mon} {y} (Xinhua) -- The council approved the plan for the park on Tuesday.",
    "ABU DHABI, {d} {mon} {y} (WAM) – The council approved the plan for the park on Tuesday.",
    "SEOUL, {mon} {d} (Yonhap) -- The council approved the plan for the park on Tuesday.",
    "Baku, {mon} {d}, AZERTAC. The council approved the plan for the park on Tuesday.",
)

#: Out of range: far past, at the edges, digit strings of any length (int() refuses past 4,300
#: digits), digits that are not ASCII.
OUT = st.one_of(st.sampled_from([0, 13, 24, 25, 29, 30, 31, 32, 60, 99, 100, 999, 1000, 9999, 10000, 99999]).map(str),
                st.integers(0, 10 ** 12).map(str), st.integers(1, 5000).map(lambda n: "9" * n),
                st.sampled_from(["00", "0000", "²", "٣", "１２"]))


def number(low: int, high: int, width: int = 2) -> st.SearchStrategy[str]:
    """Mostly in range (so that the other numbers of a line let it be read), else out of it."""
    good = st.integers(low, high).map(lambda n: str(n).zfill(width))
    return st.one_of(good, good, good, OUT)


FIELDS = st.fixed_dictionaries({
    "mon": st.sampled_from(MONTHS), "d": number(1, 31), "mo": number(1, 12), "y": number(1990, 2030, 4),
    "h": number(0, 23), "mi": number(0, 59), "s": number(0, 59), "z": number(0, 14),
    "sign": st.sampled_from(["+", "-", "−"]), "ampm": st.sampled_from(["AM", "p.m.", ""]),
})
PREFIX = st.one_of(st.just(""),
                   st.builds(" date {}-{}-{}\n".format, number(1990, 2030, 4), number(1, 12), number(1, 31)),
                   st.sampled_from([" date 2019-02-31\n", " date 0000-01-01\n", " date 9999-12-31\n",
                                    " date 0001-01-01\n", " date 2017-06-03\n"]))


def page(prefix: str, time_line: str, day_line: str, dateline: str) -> str:
    return (f"{prefix}City approves riverside park plan\n\nSociety & Culture\n{time_line}\n\n{day_line}\n\n"
            f"The park will open in two years\n\n{dateline}\n\nWork begins in the spring, the mayor said.\n")


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(PREFIX, st.sampled_from(TIME_LINES), st.sampled_from(DAY_LINES), st.sampled_from(DATELINES), FIELDS)
def test_property_out_of_range_numbers_never_raise(prefix, time_form, day_form, dateline_form, fields):
    text = page(prefix, time_form.format(**fields), day_form.format(**fields), dateline_form.format(**fields))
    for article in parse(text):
        assert all(isinstance(warning, str) for warning in article.warnings)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.sampled_from(TIME_LINES + DAY_LINES + DATELINES), FIELDS, PREFIX)
def test_property_a_lone_date_or_time_line_never_raises(form, fields, prefix):
    parse(prefix + form.format(**fields) + "\n")
    parse(prefix + "Headline of the story\n" + form.format(**fields) + "\nThe story, told in a sentence.\n")


UTC99 = (" date 2017-06-03 Back to Main page\nCity approves riverside park plan\n\nSociety & Culture\n"
         "June 03, 19:06 UTC+99\n\nThe park will open in two years\n\n"
         "MOSCOW, June 3. /TASS/. The city council approved a new plan for the riverside park on Tuesday.\n")


def test_utc_plus_99_on_a_date_prefix_page_is_a_warning():
    [article] = parse(UTC99)
    assert article.headline == "City approves riverside park plan"
    assert article.published is not None and article.published.startswith("2017-06-03")
    assert any("UTC+99" in warning for warning in article.warnings), article.warnings


def test_out_of_range_values_are_warnings():
    """Each kind of value out of range: the record comes out and says what it could not read."""
    cases = {
        "June 03, 25:06 UTC+3": None,  # hour 25: not a time line at all, the page's furniture
        "February 31, 19:06 UTC+3": "names no real day",
        "June 03, 19:06 UTC-30": "UTC-30",
        "June 03, 19:06 GMT+24:00": "GMT+24:00",
    }
    for time_line, warned in cases.items():
        text = UTC99.replace("June 03, 19:06 UTC+99", time_line).replace("June 3.", time_line.split(",")[0] + ".")
        [article] = parse(text)
        assert article.body, time_line
        if warned is not None:
            assert any(warned in warning for warning in article.warnings), (time_line, article.warnings)


def test_commands_that_parse_do_not_exit_70_on_out_of_range_values(tmp_path):
    path = tmp_path / "utc99.txt"
    path.write_text(UTC99 + "\f" + UTC99.replace("June 03", "February 31"), encoding="utf-8")
    runner = CliRunner()
    for command in (["check"], ["explain"], ["stats"], ["parse"], ["convert", "-o", str(tmp_path / "o.jsonl")]):
        result = runner.invoke(main, command + [str(path)])
        assert result.exit_code != 70 and not isinstance(result.exception, ValueError), (command, result.output)
        assert result.exit_code in (0, 1), (command, result.exit_code, result.output)
