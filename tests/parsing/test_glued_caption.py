"""A photo's caption glued with no space to the story's first paragraph (issue 16.3): cut off as
the caption, only where the glued text is no sentence and the story opens with a headline's word."""
from __future__ import annotations

import pytest

from tasscli.parsing.parser import parse

HEADLINE = "Harbour Opens New Ferry Terminal"
STORY = ("Harbour officials opened a new ferry terminal on Monday, doubling the number of boats that can "
         "dock at once during the summer.")
MORE = "\n\nThe terminal cost about 40 million dollars, the port authority said.\n"


def test_a_caption_glued_to_the_first_paragraph_is_cut_off():
    article, = parse(f"{HEADLINE}\n\nPassengers wait for a boat at the old terminal in Northport{STORY}{MORE}")
    assert article.captions == ("Passengers wait for a boat at the old terminal in Northport",)
    assert article.body[0] == STORY


@pytest.mark.parametrize("opening", [
    "Passengers wait. They board a boat at the old terminal in Northport",  # a sentence: no caption
    "Passengers wait for a boat at the old terminal in Northport",  # glued, but no headline word after
])
def test_no_caption_is_cut_without_its_signs(opening):
    story = STORY if "wait." in opening else STORY.replace("Harbour officials", "The officials")
    text = f"{HEADLINE}\n\n{opening}{story}{MORE}"
    article, = parse(text)
    assert article.captions == ()
    assert article.body[0] == f"{opening}{story}"


def test_a_name_in_capitals_mid_word_is_no_glue():
    first = ("Harbour chief Ann McAllister and the LaSalle shipping line opened a new ferry terminal on Monday, "
             "the port authority said.")
    article, = parse(f"{HEADLINE}\n\n{first}{MORE}")
    assert article.captions == ()
    assert article.body[0] == first
