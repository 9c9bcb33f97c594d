"""Line shapes of other agencies' English pages from sites never seen (issue 16, helper wire18): each
family was seen on two or more pages of the development sets; the lines here are invented in the same
shapes."""
from __future__ import annotations

import pytest

import tasscli


def _records(text: str) -> list:
    return [article.to_dict() for article in tasscli.parse(text)]


# A tag, author or hashtag listing's title over its items: the page's title, never a headline.
@pytest.mark.parametrize("title", [
    'All posts tagged "harbour"',
    'Home Tags Posts tagged with "harbour"',
    "Home Authors Posts by editor",
    "Latest news with #PortAuthority",
    "Latest Stories",
])
def test_a_listing_title_is_no_headline(title):
    text = (f"{title}\n\nDock strike ends in Valdora after two weeks\n\nDock workers in Valdora voted on "
            "Thursday to return to work after the port authority agreed to cap night shifts.\n\n"
            "The authority said the first ships would be unloaded on Friday morning.\n")
    record = _records(text)[0]
    assert record["headline"] == "Dock strike ends in Valdora after two weeks"
    assert title not in record["body"] and record["lead"] != title


@pytest.mark.parametrize("headline", [
    "Posts by the minister were deleted on Friday, aides say",   # a sentence, no name after "by"
    "Latest news on the flooding in the north",                  # no tag after the words
])
def test_a_headline_opening_with_listing_words_stays_a_headline(headline):
    text = (f"{headline}\n\nDock workers in Valdora voted on Thursday to return to work after the port "
            "authority agreed to cap night shifts.\n\nThe authority said the first ships would be unloaded "
            "on Friday morning.\n")
    assert _records(text)[0]["headline"] == headline


def test_a_bare_dateline_hard_wrapped_in_lower_case_opens_a_story_not_a_headline():
    story = ("VALDORA – Dock workers voted on Thursday to return to work after the port\n"
             "authority agreed to cap night shifts at three a week, the union said on\n"
             "its website.\n\n")
    more = ("The strike had left forty ships waiting at anchor off the coast for days.\n\n"
            "Grain deliveries to the inland mills were delayed by up to a week.\n\n"
            "The authority said the first ships would be unloaded on Friday morning.\n\n")
    second = ("NORTH BAY – Ferries to the islands were cancelled on Friday after a storm\n"
              "warning was issued for the whole coast.\n")
    records = _records(story + more + second)
    assert [r["dateline"]["place"] for r in records] == ["VALDORA", "NORTH BAY"]
    assert [r["headline"] for r in records] == [None, None]
    assert records[1]["body"][0].startswith("Ferries to the islands")


def test_a_bare_dateline_with_a_headline_after_it_stays_a_headline():
    # Its line ends no sentence and the next line is another block: a headline's opening.
    text = ("MOSCOW: Railways to launch a night train to the coast\n\nThe railway company said on Monday "
            "that the train would run twice a week from June, the first in ten years.\n")
    record = _records(text)[0]
    assert record["headline"] == "MOSCOW: Railways to launch a night train to the coast"


# The date prefix glued to a site's control or list heading: no section (a wrong one is worse than none).
@pytest.mark.parametrize("glued", ["Listen Live Sports", "Listen Live", "Most Popular", "Most Read"])
def test_a_site_control_glued_to_the_date_prefix_is_no_section(glued):
    text = (f" date 2025-04-02 {glued}\n\nFerry services resume after storm\n\nApril 2, 2025 10:15 am\n\n"
            "VALDORA (AP) — Ferries to the islands sailed again on Wednesday after a two-day storm, the port "
            "office said.\n\nThe first boat left at dawn with more than two hundred passengers.\n")
    record = _records(text)[0]
    assert record["section"] is None
    assert record["headline"] == "Ferry services resume after storm"


def test_a_rubric_label_glued_to_the_date_prefix_stays_the_section():
    text = (" date 2025-04-02 Politics\n\nFerry services resume after storm\n\nVALDORA, April 2. /TASS/. "
            "Ferries to the islands sailed again on Wednesday after a two-day storm, the port office said.\n")
    assert _records(text)[0]["section"] == "Politics"


@pytest.mark.parametrize("line, headline", [
    ("Ferry services resume after stormBy Yonhap", "Ferry services resume after storm"),
    ("Ferry services resume after two-day stormBy Anna Lee", "Ferry services resume after two-day storm"),
    ("Will ferries sail again?By AFP", "Will ferries sail again?"),
])
def test_a_byline_glued_to_the_headline_is_cut_from_it(line, headline):
    text = (f"{line}\n\nFerries to the islands sailed again on Wednesday after a two-day storm, the port "
            "office said.\n\nThe first boat left at dawn with more than two hundred passengers.\n")
    assert _records(text)[0]["headline"] == headline


@pytest.mark.parametrize("headline", [
    "Stand By Me singer to tour the islands",          # "By" after a space: a word of the headline
    "Ferry services resume after storm By the sea",    # not glued
])
def test_by_inside_a_headline_stays(headline):
    text = (f"{headline}\n\nFerries to the islands sailed again on Wednesday after a two-day storm, the port "
            "office said.\n")
    assert _records(text)[0]["headline"] == headline


def test_a_more_from_heading_ends_the_story():
    text = ("Ferry services resume after storm\n\nFerries to the islands sailed again on Wednesday after a "
            "two-day storm, the port office said.\n\nThe first boat left at dawn with two hundred passengers.\n\n"
            "More from Travel\n\nAirport opens a second runway\n\nRail fares to rise in May\n")
    body = _records(text)[0]["body"]
    assert body[-1] == "The first boat left at dawn with two hundred passengers."


@pytest.mark.parametrize("line, place, date, printed, agency", [
    ("WASHINGTON (dpa-AFX) - Oil futures eased on Friday.", "WASHINGTON", None, "dpa-AFX", "dpa"),
    ("HAMBURG (dpa) - The port reopened.", "HAMBURG", None, "dpa", "dpa"),
    ("March 9/2024 /ENA/ The prime minister opened the line.", None, "March 9/2024", "ENA", "ENA"),
])
def test_agencies_and_forms_of_other_agencies_datelines(line, place, date, printed, agency):
    from tasscli.parsing.datelines import read_dateline
    found = read_dateline(line)
    assert found is not None
    assert (found[0].place, found[0].date, found[0].agency, found[1]) == (place, date, printed, agency)
    assert found[2].lstrip()[:1] in ("O", "T")


def test_a_slash_year_date_needs_its_marks_and_the_story():
    from tasscli.parsing.datelines import read_dateline
    assert read_dateline("March 9/2024 the line opened") is None


@pytest.mark.parametrize("caption, credit", [
    ("Fishermen unload their catch at the harbour on the first day. Anna Bergmann/dpa", "Anna Bergmann/dpa"),
    ("Ministers meet in the capital on Monday. Name Surname/Reuters", "Name Surname/Reuters"),
])
def test_a_caption_with_a_name_and_agency_credit_glued_to_its_end(caption, credit):
    text = (f"Coastal states agree to share fishing data\n\n{caption}\n\nMinisters of six coastal states agreed "
            "on Thursday to share data on fish stocks every month, the ministry said.\n")
    record = _records(text)[0]
    assert record["credits"] == [credit]
    assert record["captions"] == [caption[: caption.rindex(".") + 1]]
    assert record["lead"] is None


@pytest.mark.parametrize("line, place, region, agency", [
    ("Valdora, Norland | Xinhua | Dock workers voted to end the strike.", "Valdora", "Norland", "Xinhua"),
    ("Lisbon, Portugal| AFP | Wheat prices fell.", "Lisbon", "Portugal", "AFP"),
    ("Washington, U.S. | Reuters | The talks ended.", "Washington", "U.S.", "Reuters"),
])
def test_a_piped_dateline_place_country_and_listed_agency_between_bars(line, place, region, agency):
    from tasscli.parsing.datelines import read_dateline
    found = read_dateline(line)
    assert found is not None
    assert (found[0].place, found[0].region, found[0].agency) == (place, region, agency)


@pytest.mark.parametrize("line", [
    "Home | World | Europe",                                   # a menu row
    "Valdora, Norland | Staff Writer | The talks ended.",      # no agency the table holds
    "Valdora | Xinhua | The talks ended.",                     # no country after a comma
])
def test_bars_without_place_country_and_agency_are_no_dateline(line):
    from tasscli.parsing.datelines import read_dateline
    assert read_dateline(line) is None


def test_one_line_opening_with_a_teaser_link_keeps_it():
    # One "Read More »Text" line is no listing's glued link (two or more make one).
    text = ("Ferry link restored after storm\n\nFerries to the islands sailed again on Wednesday after a "
            "storm, the port office said.\nRead More »About the port office and its work\n")
    body = _records(text)[0]["body"]
    assert body[-1] == "Read More »About the port office and its work"


@pytest.mark.parametrize("line, place, region, agency", [
    ("Lisbon, Portugal — AFP Firefighters brought the fire under control.", "Lisbon", "Portugal", "AFP"),
    ("Seoul, South Korea – Yonhap The ministry said on Monday.", "Seoul", "South Korea", "Yonhap"),
])
def test_place_country_dash_then_the_agency_printed_bare(line, place, region, agency):
    from tasscli.parsing.datelines import read_dateline
    found = read_dateline(line)
    assert found is not None
    assert (found[0].place, found[0].region, found[0].agency) == (place, region, agency)


def test_an_agency_named_after_a_dash_in_a_sentence_is_no_dateline():
    from tasscli.parsing.datelines import read_dateline
    assert read_dateline("Lisbon, Portugal — AFP reported that the fire was out.") is None


_STORY = ("The northern port reopened to shipping on Monday after a week-long closure caused by ice in the "
          "approaches, the harbour office said.")


def test_a_place_and_colon_opening_the_first_paragraph_is_the_dateline():
    record = _records(f"Port reopens after closure\n\nValdora: {_STORY}\n\nShips entered on Monday evening.\n")[0]
    assert (record["dateline"]["place"], record["dateline"]["agency"]) == ("Valdora", None)
    assert record["body"][0] == _STORY


@pytest.mark.parametrize("opening", [
    "Update: ",                 # a desk's label (vocabulary)
    "Analysis: ",
])
def test_a_label_and_colon_is_no_place(opening):
    record = _records(f"Port reopens after closure\n\n{opening}{_STORY}\n\nShips entered on Monday.\n")[0]
    assert record["dateline"] is None
    assert record["body"][0] == opening + _STORY


def test_a_place_and_colon_later_in_the_story_or_before_a_short_text_stays_body():
    text = (f"Port reopens after closure\n\n{_STORY}\n\nValdora: {_STORY}\n")
    record = _records(text)[0]
    assert record["dateline"] is None and record["body"][1] == f"Valdora: {_STORY}"
    short = _records("Port reopens after closure\n\nValdora: Port reopens on Monday.\n\nMore later.\n")[0]
    assert short["dateline"] is None


def test_a_last_paragraph_signed_with_the_agency_in_brackets_is_body():
    text = ("Ferry link restored\n\nVALDORA, Norland -- Ferries sailed again on Wednesday after a storm, the port "
            "office said.\n\nThe first boat left at dawn with two hundred passengers on board. (AFP)\n")
    record = _records(text)[0]
    assert record["captions"] == [] and record["credits"] == []
    assert record["body"][-1].endswith("on board. (AFP)")


def test_a_caption_with_its_agency_in_brackets_above_more_text_stays_a_caption():
    text = ("Ferry link restored\n\nVALDORA, Norland -- Ferries sailed again on Wednesday after a storm, the port "
            "office said.\n\nPassengers board the first ferry in the harbour. (AFP)\n\n"
            "The first boat left at dawn with two hundred passengers on board.\n")
    record = _records(text)[0]
    assert record["captions"] == ["Passengers board the first ferry in the harbour."]
    assert record["credits"] == ["AFP"]


@pytest.mark.parametrize("line, credit", [("Photo : AFP News", "AFP News"), ("Photo: AFP News", "AFP News")])
def test_a_credit_marks_colon_printed_apart_is_the_marks(line, credit):
    text = (f"Ferry link restored\n\n{line}\n\nFerries sailed again on Wednesday after a storm that kept them in "
            "harbour for two days, the port office said.\n")
    assert _records(text)[0]["credits"] == [credit]


_OVER = ("Ferry operator promises refunds\n\nThe ferry operator says passengers whose trips were cancelled can "
         "claim their money back online, and promises extra sailings.\n\n")
_UNDER = ("\n\nThe chief executive said on Tuesday that refunds would be paid within ten working days of a claim.\n\n"
          "He said the company would add four sailings on Saturday and Sunday.\n")


@pytest.mark.parametrize("meta", ["Bernama\n2 minute read\nShare", "By Anna Lee", "Reuters"])
def test_a_standfirst_over_the_byline_is_the_lead(meta):
    record = _records(_OVER + meta + _UNDER)[0]
    assert record["lead"].startswith("The ferry operator says")
    assert record["body"][0].startswith("The chief executive") and len(record["body"]) == 2


def test_a_first_paragraph_over_a_photo_only_stays_body():
    # A photo between the first two paragraphs is no byline: the first paragraph is the story's.
    record = _records(_OVER + "Passengers wait at the terminal on Monday. Photo: Bernama" + _UNDER)[0]
    assert record["lead"] is None
    assert record["body"][0].startswith("The ferry operator says")


@pytest.mark.parametrize("header, day", [("giovedì 6 marzo 2025", "2025-03-06"),
                                         ("lunedì 24 settembre 2018", "2018-09-24")])
def test_an_italian_day_header_is_the_days_date_not_a_headline(header, day):
    text = (f"{header}\n\nPort to double its rail freight\n\n(ANSA) - Trieste, March 6 - The port plans to double "
            "the freight it sends by rail within five years, the harbour authority said.\n")
    record = _records(text)[0]
    assert record["headline"] == "Port to double its rail freight"
    assert record["published"] == day


def test_a_second_storys_standfirst_over_its_dateline_keeps_its_headline_over_it():
    text = ("Port to double its rail freight\n\n(ANSA) - Trieste, March 6 - The port plans to double the freight "
            "it sends by rail within five years, the harbour authority said.\n\nThe plan was presented on Thursday "
            "to reporters at the port.\n\nLagoon barrier raised twice in one week\n\nCity says high tides came "
            "early this winter\n\n(ANSA) - Venice, March 6 - The mobile barriers were raised twice this week as "
            "high tides arrived, the city said.\n")
    records = _records(text)
    assert [r["headline"] for r in records] == ["Port to double its rail freight",
                                                "Lagoon barrier raised twice in one week"]
    assert records[1]["lead"] == "City says high tides came early this winter"
    assert records[0]["body"][-1] == "The plan was presented on Thursday to reporters at the port."


@pytest.mark.parametrize("line, agency", [
    ("Valdora, Norland | Xinhua |", "Xinhua"),          # each alone on its line over the story's text
    ("Lisbon, Portugal — AFP", "AFP"),
    ("March 9/2024 /ENA/", "ENA"),
])
def test_the_new_dateline_shapes_alone_on_their_line(line, agency):
    from tasscli.parsing.datelines import read_dateline
    found = read_dateline(line)
    assert found is not None and found[1] == agency and found[2].strip() == ""


def test_a_signed_last_paragraph_on_single_line_breaks_is_body():
    text = ("Ferry link restored\nVALDORA, Norland -- Ferries sailed again on Wednesday after a storm, the port "
            "office said.\nThe first boat left at dawn with two hundred passengers on board. (AFP)\n")
    record = _records(text)[0]
    assert record["captions"] == [] and record["body"][-1].endswith("(AFP)")
