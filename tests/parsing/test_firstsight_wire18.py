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
