"""Dates of a listing's or digest's items (issue 16.1): the title's date is the day of each item
that prints none, a digest's clock line under its title is the first record's time, and an item's
"Section Mon. D, YYYY" line under its teaser gives that item alone its section and day."""
from __future__ import annotations

import pytest

from tasscli.parsing.parser import parse

ITEM = "{head}\nRIVERTON - The council said on Monday that the {what} would start in the spring.\nIt gave no cost.\n"


def _digest(title: str, clock: str = "") -> str:
    items = [ITEM.format(head=f"Council approves plan for the {what}", what=what)
             for what in ("bridge", "harbour wall", "library")]
    header = title + "\n" + (clock + "\n" if clock else "") + "\nHere are the latest news summaries.\n"
    return header + "".join("----------\n" + item for item in items)


def test_a_digest_title_date_is_each_item_day():
    articles = parse(_digest("Riverton News Digest: Apr. 2, 2021"))
    assert [a.headline for a in articles[1:]] == ["Council approves plan for the bridge",
                                                  "Council approves plan for the harbour wall",
                                                  "Council approves plan for the library"]
    assert [a.published for a in articles] == ["2021-04-02"] * 4


def test_a_digest_clock_under_its_title_is_the_first_record_time():
    articles = parse(_digest("Riverton News Digest: Apr. 2, 2021", "RIVERTON NEWS - 2 hours ago - 08:15 | All, Local"))
    assert articles[0].published == "2021-04-02T08:15:00"
    assert articles[0].body == ("Here are the latest news summaries.",)
    assert [a.published for a in articles[1:]] == ["2021-04-02"] * 3


def test_a_title_with_no_date_dates_nothing():
    articles = parse(_digest("Riverton News Digest", "RIVERTON NEWS - 2 hours ago - 08:15 | All, Local"))
    assert [a.published for a in articles] == [None] * 4


def test_a_single_story_headline_with_a_date_is_no_title_date():
    article, = parse("Looking back: Apr. 2, 2021\n\nThe council said on Monday that the bridge would open.\n")
    assert article.published is None


HEADS = ("Harbour board approves a new crane for the container quay",
         "Bakers warn of dearer bread after a poor wheat harvest",
         "Museum extends its opening hours for the summer season")
TEASER = ("The board said on Tuesday that the work would start in the autumn and take about two years, during "
          "which the quay would stay open to ships, although some of the older berths would close for a few "
          "months at a time while the new rails were laid along the")


def _listing(closes: list) -> str:
    items = [f"{head}\n{TEASER}\n" + (close + "\n" if close else "") + "-\n" for head, close in zip(HEADS, closes)]
    return "Articles by Desk\nDesk\n" + "".join(items) + "Last headline cut with no text at all\n"


def test_section_and_day_under_a_teaser_are_that_item_alone():
    articles = parse(_listing(["Transport Mar. 4, 2022", "Economy Mar. 3, 2022", ""]))
    assert [(a.section, a.published) for a in articles] == [
        ("Transport", "2022-03-04"), ("Economy", "2022-03-03"), (None, None), (None, None)]
    assert [a.headline for a in articles[:3]] == list(HEADS)


def test_one_section_and_day_line_alone_is_no_listing_shape():
    articles = parse(_listing(["Transport Mar. 4, 2022", "", ""]))
    assert articles[0].section is None


INLINE = ("Weekly summary\n[May 3, 2020]\n\n(Agency Feed) ---------- Port reopens after the storm damage is cleared "
          "{place} - The port reopened on Sunday after crews cleared the storm damage, officials said.\n\n"
          "The harbour master said ships could dock again. ---------- Farmers get aid for flooded fields "
          "RIVERTON - The government will pay farmers whose fields flooded last week, the ministry said.\n")


def test_a_digest_glued_into_its_paragraphs_splits_at_its_separators():
    first, second = parse(INLINE.format(place="LOS ANGELES"))
    assert (first.headline, first.dateline.place) == ("Port reopens after the storm damage is cleared", "LOS ANGELES")
    assert first.body == ("The port reopened on Sunday after crews cleared the storm damage, officials said.",
                          "The harbour master said ships could dock again.")
    assert (second.headline, second.dateline.place) == ("Farmers get aid for flooded fields", "RIVERTON")
    assert [first.published, second.published] == ["2020-05-03", "2020-05-03"]


def test_a_capitals_word_before_the_place_is_the_headline_s():
    first, _ = parse(INLINE.format(place="EEZ HARBOURTON, Country"))
    assert first.headline == "Port reopens after the storm damage is cleared EEZ"
    assert (first.dateline.place, first.dateline.region) == ("HARBOURTON", "Country")


def test_every_line_of_a_glued_digest_is_accounted_for():
    from tasscli.parsing.explain import explain

    assert explain(INLINE.format(place="RIVERTON")).complete


STORY = ("RIVERTON, MAY 4, ARMENPRESS. The council approved the new bus lanes on Tuesday after a year of "
         "debate, the mayor said.\n\nWork will start in June.\n")


@pytest.mark.parametrize("between", [
    "Bus lanes approved for the old town.\n\nBus lanes approved for the old town\n\n\n",  # printed again
    "Bus lanes approved for the old town\n\n 09:12, 4 May, 2021\n\n",  # its own time line
])
def test_a_teaser_of_a_headline_and_a_time_over_a_story_is_a_record_with_no_body(between):
    teaser, story = parse("Museum reopens after two years of repairs, Riverton\n\n10:05, 14.05.2021\n\n"
                          + between + STORY)
    assert (teaser.headline, teaser.published, teaser.body) == (
        "Museum reopens after two years of repairs, Riverton", "2021-05-14T10:05:00", ())
    assert story.headline.rstrip(".") == "Bus lanes approved for the old town"
    assert story.body[-1] == "Work will start in June."


def test_a_headline_time_and_lead_over_the_dateline_stay_one_story():
    article, = parse("Museum reopens after two years of repairs\n\n10:05, 14.05.2021\n\n"
                     "The council said the building is safe again.\n\n" + STORY)
    assert article.headline == "Museum reopens after two years of repairs"


def test_an_editors_note_closing_the_story_is_no_body():
    article, = parse("Museum reopens after two years of repairs\n\n" + STORY + "\nEdited and translated by Ann Roe\n")
    assert article.body[-1] == "Work will start in June."
