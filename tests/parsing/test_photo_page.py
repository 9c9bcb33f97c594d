"""A photo page: a hard-wrapped caption closed by its agency's name in brackets on a line of its
own ("[Xinhua] |"), and no story besides (issue 16.3)."""
from __future__ import annotations

from tasscli.parsing.parser import parse

CAPTION = ("Workers repair the old stone bridge\nover the river in the town centre, May 3, 2012.\n"
           "The bridge is due to reopen in the autumn.\n")


def test_a_caption_block_closed_by_a_bracketed_agency_is_one_caption_and_its_credit():
    article, = parse("Old bridge under repair\n\n" + CAPTION + "[Xinhua] |\n")
    assert article.captions == (" ".join(CAPTION.split()),)
    assert article.credits == ("Xinhua",)
    assert (article.lead, article.body) == (None, ())


def test_a_story_whose_last_block_ends_with_the_bracketed_name_keeps_its_paragraphs():
    story = "Old bridge under repair\n\nThe town council said on Monday the bridge would reopen in the autumn.\n\n"
    article, = parse(story + CAPTION + "[Xinhua]\n")
    assert article.captions == ()
    assert any(paragraph.startswith("Workers repair the old stone bridge") for paragraph in article.body)


def test_a_bracketed_name_no_agency_is_no_credit():
    article, = parse("Old bridge under repair\n\n" + CAPTION + "[Town Desk]\n")
    assert article.captions == ()
