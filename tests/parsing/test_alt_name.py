"""A photo's alt text that is only a name, alone between the headline and the dateline (issue 16,
set 8 family 2: aggregator reposts of TASS copy). The pages here are invented in that shape."""
from __future__ import annotations

import pytest

from tasscli.parsing.parser import parse

HEADLINE = "Ferry line to the islands resumes after winter pause, port authority says"
STORY = ("MURMANSK, March 9. /TASS/: The passenger ferry line to the northern islands will resume "
         "service on Monday after a three-month winter pause, the regional port authority said.")
MORE = "Tickets for the first crossings are already on sale at the harbour."


def page(middle: str, story: str = STORY, gap: str = "\n\n") -> str:
    return f"{HEADLINE}{gap}{middle}\n\n{story}\n\n{MORE}\n"


@pytest.mark.parametrize("name", ["Olga Petrova", "Northern Sea Route", "Jean-Luc Martin", "Kola Power Plant"])
def test_a_name_alone_between_headline_and_dateline_is_a_caption(name):
    [article] = parse(page(name))
    assert article.captions == (name,)
    assert article.headline == HEADLINE and article.lead is None
    assert article.dateline is not None and article.dateline.place == "MURMANSK"
    assert article.body[0].startswith("The passenger ferry") and len(article.body) == 2


@pytest.mark.parametrize("line", [
    "Russia",              # one word: a label
    "Press Review",         # a section the vocabulary names
    "About us",             # a word in lower case: a menu item
    "Olga Petrova.",        # a closing mark
    "Flight 2417 Crew",     # a digit
])
def test_a_label_is_no_caption(line):
    [article] = parse(page(line))
    assert line not in article.captions


def test_a_name_glued_to_the_headline_block_is_no_caption():
    [article] = parse(page("Olga Petrova", gap="\n"))
    assert "Olga Petrova" not in article.captions


def test_a_name_over_a_story_with_no_dateline_is_no_caption():
    story = "The passenger ferry line to the northern islands will resume service on Monday, the port said."
    [article] = parse(page("Olga Petrova", story=story))
    assert "Olga Petrova" not in article.captions
