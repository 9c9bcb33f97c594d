"""Line shapes of English pages from sites never seen (issue 16, helper en18): each family was seen on
two or more sites of the development sets; the lines here are invented in the same shapes."""
from __future__ import annotations

import pytest

from tasscli.parsing.datelines import read_dateline


@pytest.mark.parametrize("line, place, date", [
    ("KUALA LUMPUR, Oct 7 -- The city hall will act.", "KUALA LUMPUR", "Oct 7"),
    ("GEORGE TOWN, Mar 4 — The state water board said.", "GEORGE TOWN", "Mar 4"),
    ("IPOH, 9 November – Buses will run.", "IPOH", "9 November"),
    ("MANILA, Jan. 12 - “We are ready,” he said.", "MANILA", "Jan. 12"),
])
def test_place_in_capitals_date_and_dash_with_no_agency(line, place, date):
    found = read_dateline(line)
    assert found is not None
    assert (found[0].place, found[0].date, found[0].agency, found[1]) == (place, date, None, None)
    assert found[2].lstrip()[:1] in ("T", "B", "“")


@pytest.mark.parametrize("line", [
    "OPEC, JUNE 3 — OIL MINISTERS MEET IN VIENNA",   # a headline in capitals
    "Kuala Lumpur, Oct 7 -- the mixed-case place is not this shape",
    "KUALA LUMPUR, Oct 7 -- 2 dead",                 # no capital or quote opens a story
])
def test_dated_dash_shape_needs_capitals_then_a_story(line):
    assert read_dateline(line) is None


@pytest.mark.parametrize("line, place, printed, agency", [
    ("MURMANSK, February 11. /TASS Correspondent Anna Volkova/. The ship left.", "MURMANSK", "TASS", "TASS"),
    ("KAZAN, May 3. /ITAR-TASS special correspondent Ivan Sokolov/. The fair opened.", "KAZAN", "ITAR-TASS", "TASS"),
    ("Warsaw. (RIA Novosti military commentator Pavel Orlov) - When two neighbours", "Warsaw", "RIA Novosti",
     "RIA Novosti"),
])
def test_a_correspondents_role_and_name_after_the_agency_inside_the_marks(line, place, printed, agency):
    found = read_dateline(line)
    assert found is not None
    assert (found[0].place, found[0].agency, found[1]) == (place, printed, agency)
    assert found[0].text.endswith(("/.", ") -"))


def test_a_role_word_needs_a_name_after_it():
    # "(TASS correspondent)" with no name: the role is not a reporter's mark of this shape.
    assert read_dateline("MOSCOW, June 3. /TASS correspondent/. Text") is None
