"""Lines a site never seen prints around a story (issue 16.3): reader footers, source link labels,
an agency's bare source line, page-view counters, site notices, weather widgets (furniture); a
category label over the headline (the section)."""
from __future__ import annotations

import pytest

from tasscli.parsing.parser import parse
from tasscli.vocab import Vocabulary

STORY = ("Storm closes ferry routes for a second day\n\n"
         "GOTHENBURG – Ferries between the mainland and the islands stayed in port on Sunday.\n\n"
         "The coast guard said waves of up to eight metres had been measured overnight.\n")


@pytest.mark.parametrize("tail", [
    "Newspapers in English\n\nNewspapers from Sweden\n",
    "Source\n",
    "PAP\n",
    "PAP\nPageviews this month:\n1,204\n",
])
def test_closing_furniture_leaves_the_body(tail):
    article, = parse(STORY + "\n" + tail)
    assert len(article.body) == 2 and article.body[-1].startswith("The coast guard")


def test_a_short_last_paragraph_of_the_story_stays():
    article, = parse(STORY + "\nThe ferries sail again today.\n")
    assert article.body[-1] == "The ferries sail again today."


@pytest.mark.parametrize("notice", [
    "Sorry this entry isn’t available in the selected language",
    "Sorry, you need to enable JavaScript to visit this website.",
])
def test_site_notice_is_no_lead(notice):
    text = STORY.replace("\n\nGOTHENBURG", f"\n\n{notice}\n\nGOTHENBURG")
    article, = parse(text)
    assert article.lead is None and notice not in article.body


WIDGET = "Wed 4 March 2026\nLisboa (PT)\n18/11°C\nThu\n|\nFri\n|\n19 |\nWed 4 March 2026\nPorto (PT)\n16/9°C\nThu\n|\n"


def test_weather_widget_dates_and_names_are_not_the_articles():
    article, = parse("\n" + WIDGET + "\n\nNovember 12th, 2019\n" + STORY.split("\n\n", 1)[1])
    assert article.published == "2019-11-12"
    assert article.headline is None


def test_a_temperature_in_the_story_is_no_widget():
    article, = parse(STORY + "\nIt was 4°C.\n")
    assert article.body[-1] == "It was 4°C."


def test_widget_patterns_are_vocabulary():
    article, = parse("\n" + WIDGET + "\n\nNovember 12th, 2019\n" + STORY.split("\n\n", 1)[1],
                     vocab=Vocabulary(widget_patterns=()))
    assert article.published != "2019-11-12"


STORY_UNDER = ("Portuguese and Moroccan ministers discuss fishing rights\n\nBy Ana Ferreira\n\n"
               "RABAT, March 8 (Lusa) — The fisheries ministers met on Tuesday.\n")


@pytest.mark.parametrize("label, section", [
    ("Foreign Affairs and Defence", "Foreign Affairs and Defence"),
    ("Page Three", None),  # three words or fewer: the site's, as a menu item the tables lack
    ("English Edition", None),
    ("The Milwaukee Journal Sentinel", None),  # the publication's name
    ("Latest Fishing Harbour News", None),  # a topic page's title
    ("Lisbon Porto Lisbon Faro", None),  # a list of tags
    ("Read the full story here.", None),  # no label's shape
])
def test_category_label_alone_over_the_headline_is_the_section(label, section):
    article, = parse(f"{label}\n\n{STORY_UNDER}")
    assert article.section == section
    if section is not None or len(label.split()) <= 3:
        assert article.headline == "Portuguese and Moroccan ministers discuss fishing rights"


def test_a_site_line_between_label_and_headline_changes_nothing():
    article, = parse("Foreign Affairs and Defence\n\nHome\n\n" + STORY_UNDER)
    assert article.section == "Foreign Affairs and Defence"


def test_a_label_over_a_headline_with_no_header_under_it_is_no_section():
    # A site's menu line over a line it takes for a headline, with no byline, date or dateline under.
    text = ("Subscription and demo access\n\nAbout the agency and its services\n\n"
            "You can ask for a demo version of our publications by filling in the form below.\n")
    assert parse(text)[0].section is None


def test_publication_words_are_vocabulary():
    article, = parse(f"The Harbour Evening Courier\n\n{STORY_UNDER}", vocab=Vocabulary(publication_words=frozenset()))
    assert article.section == "The Harbour Evening Courier"
