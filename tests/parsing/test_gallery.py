"""A photo gallery's slides, "caption© Credit" one a line, under its intro, headline, lead and a
counter (issue 16, set 8 family 1). The pages here are invented in that shape."""
from __future__ import annotations

import pytest

from tasscli.parsing.parser import parse

INTRO = (" date 2022-03-18 Snow sculptures in Yakutsk, a pelican on a frozen lake and a bridge opening in "
         "Tver are among the pictures of the week. Take a look at the week from the TASS photo desk.")
HEADLINE = "Week in photos: snow sculptures, a pelican on ice, a new bridge in Tver"
LEAD = "The week seen by TASS photographers"
SLIDES = [
    "A sculptor finishes a snow dragon at the winter festival in Yakutsk, March 14© Pavel Lebedev/TASS",
    "A pelican stands on the ice of a lake near Astrakhan, March 15© AP Photo/Maria Kuznetsova",
    "The first cars cross the new road bridge over the Volga in Tver, March 16© Sergei Volkov/TASS",
]


def gallery(counter: str = "Photo {{slide+1}} from 12", slides=SLIDES) -> str:
    return "\n".join([INTRO, HEADLINE, LEAD] + ([counter] if counter else []) + list(slides)) + "\n"


@pytest.mark.parametrize("counter", ["Photo {{slide+1}} from 12", "Photo 1 from 12", "Photo 1 of 12", ""])
def test_gallery_slides_are_captions_and_credits_under_its_title(counter):
    [article] = parse(gallery(counter))
    assert article.headline == HEADLINE and article.lead == LEAD
    assert article.captions == tuple(slide.split("©")[0] for slide in SLIDES)
    assert article.credits == ("Pavel Lebedev/TASS", "AP Photo/Maria Kuznetsova", "Sergei Volkov/TASS")
    assert len(article.body) == 1 and article.body[0].startswith("Snow sculptures")
    assert article.published == "2022-03-18"


def test_a_counter_with_a_template_is_no_credit():
    [article] = parse(gallery())
    assert not any("from 12" in credit for credit in article.credits)


def test_a_lone_caption_line_is_no_gallery():
    [article] = parse(gallery(counter="", slides=SLIDES[:1]))
    assert article.captions != (SLIDES[0].split("©")[0],)


@pytest.mark.parametrize("slide", [
    "Short© Pavel Lebedev/TASS",                                   # no caption before the sign
    "A sculptor finishes a snow dragon in Yakutsk© the festival said it was a record.",  # a sentence after it
    "A sculptor finishes a snow dragon in Yakutsk© Pavel Lebedev© TASS",  # the sign twice
])
def test_lines_of_another_shape_make_no_gallery(slide):
    [article] = parse(gallery(counter="", slides=[slide, slide.replace("Yakutsk", "Mirny")]))
    assert article.credits == ()
