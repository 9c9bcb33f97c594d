"""Line kinds are an enumeration (`lines.Kind`) with a typed payload each (`Line.info`, `INFO_TYPES`):
every line the parser reads has a `Kind`, its payload is what its kind documents, and a kind prints
and serialises as the bare string it replaced (issue 15.2)."""
import json
import pickle
import re
from pathlib import Path

import pytest

import tasscli.parsing.lines as K
from tasscli.parsing import parser
from tasscli.parsing.dates import DayLine, TimeLine
from tasscli.parsing.grammar import grammar
from tasscli.parsing.kinds import classify
from tasscli.parsing.lines import INFO_TYPES, Kind, Line, info_fits
from tasscli.record import Dateline
from tasscli.vocab import DEFAULT

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def test_a_kind_reads_as_its_value():
    assert Kind.DATELINE == "dateline" and hash(Kind.DATELINE) == hash("dateline")
    assert str(Kind.HEADLINE_TIME) == "headline-time" and f"{Kind.TAGS_LINE}" == "tags-line"
    assert "kind=" + Kind.TEXT == "kind=text"
    assert json.dumps({"kind": Kind.CAPTION, Kind.TIME: 1}) == '{"kind": "caption", "time": 1}'
    assert {"credit": 1}[Kind.CREDIT] == 1 and Kind("news-item") is Kind.NEWS_ITEM


def test_the_modules_names_are_the_members():
    assert len(Kind.members()) == 24
    for kind in Kind.members():
        assert getattr(K, kind.name) is kind and getattr(Kind, kind.name) is kind and kind.value == str(kind)
        assert Kind(kind.value) is kind and pickle.loads(pickle.dumps(kind)) is kind
    assert set(INFO_TYPES) == set(Kind.members())
    assert repr(Kind.TAGS_LINE) == "<Kind.TAGS_LINE: 'tags-line'>"
    with pytest.raises(ValueError):
        Kind("headline")


def test_a_new_line_is_text_with_no_payload():
    line = Line(1, "Some words", 0)
    assert line.kind is Kind.TEXT and info_fits(line.kind, line.info)


TIME = TimeLine("June 3, 19:06", 6, 3, None, 19, 6, None, None)


@pytest.mark.parametrize("kind, info, fits", [
    (Kind.TEXT, None, True), (Kind.TEXT, "x", False),
    (Kind.SECTION, "World", True), (Kind.SECTION, None, False),
    (Kind.CAPTION, ("A ship in port", "Photo Desk"), True), (Kind.CAPTION, ("A ship in port", None), True),
    (Kind.CAPTION, ("A ship in port",), False),
    (Kind.BYLINE, (None, None), True), (Kind.BYLINE, ("Ann Example", "Harbour Wire"), True),
    (Kind.DATELINE, (Dateline(place="PORTVILLE"), None, "Text"), True), (Kind.DATELINE, ("PORTVILLE", None, ""), False),
    (Kind.TIME, TIME, True), (Kind.TIME, DayLine("3 June 2017", None), False),
    (Kind.SECTION_TIME, ("World", TIME), True), (Kind.SECTION_TIME, (TIME, "World"), False),
    (Kind.HEADLINE_TIME, (TIME, None), True), (Kind.HEADLINE_TIME, (TIME, None, None), True),
    (Kind.HEADLINE_TIME, (TIME, None, (Dateline(place="PORTVILLE"), "TASS", "")), True),
    (Kind.HEADLINE_TIME, (TIME, None, "PORTVILLE"), False),
    (Kind.NEWS_ITEM, re.match("x", "x"), True), (Kind.NEWS_ITEM, "x", False),
])
def test_info_fits_checks_each_kinds_payload(kind, info, fits):
    assert info_fits(kind, info) is fits


@pytest.mark.parametrize("text, kind, payload", [
    ("PORTVILLE, May 3 (Reuters) - The harbour reopened on Monday.", Kind.DATELINE, tuple),
    ("June 03, 19:06 UTC+3", Kind.TIME, TimeLine),
    ("14 October 2020", Kind.DATE, DayLine),
    ("Photo: Harbour Desk", Kind.CREDIT, str),
    ("By Ann Example", Kind.BYLINE, tuple),
    ("----------", Kind.SEPARATOR, type(None)),
])
def test_the_classifier_gives_a_kind_and_its_payload(text, kind, payload):
    g = grammar(DEFAULT)
    line = Line(1, text, 0)
    classify(line, g, g.agencies)
    assert line.kind is kind and isinstance(line.info, payload) and info_fits(line.kind, line.info)


def _lines_read(pages, monkeypatch):
    """Every line of the articles of `pages` as the page passes left it (spied where fields are read)."""
    seen = []
    read_fields = parser.read_fields

    def spy(segment, *args, **kwargs):
        seen.extend(segment)
        return read_fields(segment, *args, **kwargs)

    monkeypatch.setattr(parser, "read_fields", spy)
    for path in pages:
        parser.parse(path.read_text(encoding="utf-8"), path.name)
    return seen


def _check(lines):
    assert lines
    wrong = [(line.number, line.kind, line.info) for line in lines
             if type(line.kind) is not Kind or not info_fits(line.kind, line.info)]
    assert not wrong, wrong[:5]


def test_every_line_of_every_sample_has_a_kind_and_its_payload(monkeypatch):
    lines = _lines_read(sorted(SAMPLES.glob("*.txt")), monkeypatch)
    _check(lines)
    assert len({line.kind for line in lines}) >= 15  # the samples reach most kinds


def test_every_line_of_the_corpus_has_a_kind_and_its_payload(shared, monkeypatch):
    _check(_lines_read(sorted((shared / "corpus").glob("*/*.txt")), monkeypatch))
