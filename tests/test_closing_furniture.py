"""Site furniture around a story from sites never seen (issue 16.3): reader footers, source link
labels, an agency's bare source line, page-view counters, site notices, weather widgets."""
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
