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


# Stamps framed by a site's labels: a bullet, the source's name, a second stamp.
@pytest.mark.parametrize("line, want", [
    ("• 10/17/2023", "2023-10-17"),
    ("• Published : Apr 8, 2019 - 10:05", "2019-04-08T10:05:00"),
    ("Source:Xinhua Published: 2021-3-9 08:15:40", "2021-03-09T08:15:40"),
    ("PTI | Updated: 14-06-2022 19:40 IST | Created: 14-06-2022 19:40 IST", "2022-06-14T19:40:00+05:30"),
    ("Source: Kyodo | Posted: 3 May 2020", "2020-05-03"),
])
def test_a_stamp_framed_by_labels_names_and_bullets(line, want):
    from tasscli.parsing.dates import DayLine, read_framed_line
    from tasscli.vocab import MONTHS, ZONE_OFFSETS

    stamp = read_framed_line(line, MONTHS, ZONE_OFFSETS)
    assert stamp is not None and stamp.text == line
    if isinstance(stamp, DayLine):
        assert stamp.day.isoformat() == want
    else:
        offset = "" if stamp.offset is None else f"+{stamp.offset // 60:02d}:{stamp.offset % 60:02d}"
        assert f"{stamp.year}-{stamp.month:02d}-{stamp.day:02d}T{stamp.hour:02d}:{stamp.minute:02d}:" \
               f"{stamp.second:02d}{offset}" == want


@pytest.mark.parametrize("line", [
    "The talks were held: 12 March 2019 | Moscow",   # a cell of text that is no name
    "Moscow | 2019 budget",                          # no stamp in it
    "Updated: 2019",                                 # one cell, no frame: the forms' own business
    "• The ministry said on 12 March 2019 it would act",
])
def test_a_line_with_text_besides_stamps_and_names_is_no_framed_stamp(line):
    from tasscli.parsing.dates import read_framed_line
    from tasscli.vocab import MONTHS, ZONE_OFFSETS

    assert read_framed_line(line, MONTHS, ZONE_OFFSETS) is None


def _kind(text):
    from tasscli.parsing.grammar import grammar
    from tasscli.parsing.kinds import classify
    from tasscli.parsing.lines import Line
    from tasscli.vocab import DEFAULT

    g = grammar(DEFAULT)
    line = Line(1, text, 1)
    classify(line, g, g.agencies)
    return line.kind, line.info


# A caption whose credit follows its last sentence with no brackets.
@pytest.mark.parametrize("line, caption, credit", [
    ("Workers inspect the repaired bridge near the old customs post, March 2. Photo courtesy of Transport "
     "Ministry/EPA-EFE", "Workers inspect the repaired bridge near the old customs post, March 2.",
     "courtesy of Transport Ministry/EPA-EFE"),
    ("Health Minister Nor Aini Hassan visits a clinic in the capital today. Photo: Bernama",
     "Health Minister Nor Aini Hassan visits a clinic in the capital today.", "Bernama"),
    ("Farmers load sacks of grain onto a lorry outside the town of Kano. Image: Reuters/Ann Ode",
     "Farmers load sacks of grain onto a lorry outside the town of Kano.", "Reuters/Ann Ode"),
    ("Protesters gather outside the regional parliament in the old town on Monday. AFP / Jorge Ruiz",
     "Protesters gather outside the regional parliament in the old town on Monday.", "AFP / Jorge Ruiz"),
])
def test_a_caption_with_its_credit_after_the_last_sentence(line, caption, credit):
    assert _kind(line) == ("caption", (caption, credit))


@pytest.mark.parametrize("line", [
    "He said the photo was taken in May. Photo exhibitions are popular in the city.",  # a sentence after "Photo"
    "The minister spoke to reporters after the meeting. Photo",                          # a mark and no credit
    "The ministry said the plan would be ready in June, the official told AFP.",
])
def test_a_paragraph_is_no_caption_with_a_trailing_credit(line):
    assert _kind(line)[0] != "caption"


def _parse_one(page):
    import tasscli

    articles = tasscli.parse(page)
    assert len(articles) == 1
    return articles[0]


STORY = ("Kolkata, July 14 (ANI): The state disaster agency warned residents of six river towns to prepare for "
         "flooding.\n\nOfficials said boats and relief camps were ready.\n")


@pytest.mark.parametrize("label", ["News", "Business", "Sport"])
def test_a_category_word_right_over_the_headline_is_the_section(label):
    article = _parse_one(f"home contact us\n\n{label}\n\nFlood warning issued for river towns\n\n{STORY}")
    assert (article.section, article.headline) == (label, "Flood warning issued for river towns")


def test_an_event_tag_over_the_headline_is_no_section():
    # One word that is no category word ("SPIEF-2025"): an event tag, dropped.
    article = _parse_one(f"home contact us\n\nExpo-2031\n\nFlood warning issued for river towns\n\n{STORY}")
    assert (article.section, article.headline) == (None, "Flood warning issued for river towns")


def test_the_sites_short_menu_lines_between_the_category_word_and_the_headline():
    article = _parse_one(f"home contact us\n\nNews\nMenu\nSearch\n\nFlood warning issued for river towns\n\n{STORY}")
    assert (article.section, article.headline) == ("News", "Flood warning issued for river towns")


@pytest.mark.parametrize("line", ["ITAR–TASS – Two new icebreakers will join the fleet.",
                                  "ITAR—TASS – Two new icebreakers will join the fleet."])
def test_the_agency_printed_with_another_dash_inside_its_name_is_no_place(line):
    found = read_dateline(line)
    assert found is not None
    assert (found[0].place, found[0].agency[:4], found[1]) == (None, "ITAR", "TASS")


@pytest.mark.parametrize("line, place, date, agency", [
    ("(ANSA) - Naples, October 2 - A Roman villa reopened.", "Naples", "October 2", "ANSA"),
    ("(EFE) - Madrid, 3 March – The king opened the fair.", "Madrid", "3 March", "EFE"),
])
def test_the_agency_first_then_the_place_and_date(line, place, date, agency):
    found = read_dateline(line)
    assert found is not None
    assert (found[0].place, found[0].date, found[1]) == (place, date, agency)
    assert found[2].lstrip()[:1] in ("A", "T")


def test_the_agency_first_and_no_date_keeps_the_text_after_it():
    found = read_dateline("(ANSA) - Rome - The minister spoke.")
    assert found is not None and found[0].place is None and found[2].strip().startswith("Rome")


STANDFIRST = "Gains in the banking sector pushed the Dublin market to its highest close in three months today."


def test_the_standfirst_printed_again_after_a_blank_line_is_the_lead_and_the_first_paragraph():
    article = _parse_one(f"Bank shares lift Dublin market\n\n{STANDFIRST}\n\n{STANDFIRST}\n\n"
                         "Investors bought bank shares after the central bank spoke.\n")
    assert (article.lead, article.body[:1]) == (STANDFIRST, (STANDFIRST,))


def test_two_different_opening_paragraphs_are_no_repeated_standfirst():
    article = _parse_one(f"Bank shares lift Dublin market\n\n{STANDFIRST}\n\n"
                         "Investors bought bank shares after the central bank spoke.\n")
    assert article.lead is None and article.body[0] == STANDFIRST
