"""Issue 16.5: pages with no blank line at all (feed dumps, text taken from a PDF) get the blocks
their line shapes show, so that the whole page no longer becomes a headline or a lead."""
from __future__ import annotations

from tasscli.parsing.lines import Line
from tasscli.parsing.noblank import find_blocks
from tasscli.parsing.parser import parse

WRAPPED = ["Lake ferry returns to service after the winter",
           "The old paddle ferry on the northern lake carried its first passengers of",
           "the year on Saturday, after a winter in dry dock, its owners said.",
           "A crew of six spent four months replacing the boards of the deck and the",
           "brass fittings of the wheelhouse, the company's manager told reporters.",
           "Tickets went on sale the same day."]
FEED = ["Night trains to the coast return for the summer",
        "The railway will run night trains to the coast from June, the operator said on Monday.",
        "Town library opens a room for old maps",
        "The town library opened a reading room for its old maps of the valley, its director said."]


def _lines(texts, blocks=None):
    return [Line(number, text, blocks[number - 1] if blocks else 0) for number, text in enumerate(texts, 1)]


def test_single_line_breaks_make_each_line_a_block():
    lines = _lines(FEED)
    find_blocks(lines)
    assert [line.block for line in lines] == [0, 1, 2, 3]


def test_hard_wrapped_text_is_one_block_under_its_headline():
    lines = _lines(WRAPPED)
    find_blocks(lines)
    assert [line.block for line in lines] == [0, 1, 1, 1, 1, 1]


def test_a_line_of_another_kind_inside_wrapped_text_stands_alone():
    lines = _lines(WRAPPED)
    lines[3].kind = "time"
    find_blocks(lines)
    assert [line.block for line in lines] == [0, 1, 1, 2, 3, 3]


def test_a_page_with_blank_lines_keeps_its_blocks():
    lines = _lines(FEED, blocks=[0, 1, 1, 2])
    find_blocks(lines)
    assert [line.block for line in lines] == [0, 1, 1, 2]


def test_a_pdf_page_gives_its_headline_alone_and_its_story_as_body():
    article, = parse("\n".join(WRAPPED) + "\n")
    assert article.headline == WRAPPED[0]
    assert article.lead is None
    assert article.body == (" ".join(WRAPPED[1:]),)


def test_a_feed_dump_gives_one_record_an_item():
    articles = parse("\n".join(FEED * 2) + "\n")
    assert [a.headline for a in articles] == [FEED[0], FEED[2]] * 2
    assert all(len(a.body) == 1 for a in articles)


def test_a_single_story_on_single_line_breaks_stays_one_record():
    text = ("Council approves plan for the river bank\n"
            "LISBON, May 3 (Lusa) - The council approved the plan on Monday, the mayor said.\n"
            "Work will start in the spring and take two years.\n"
            "\"It is a good day for the town,\" the mayor said.\n")
    article, = parse(text)
    assert article.headline == "Council approves plan for the river bank"
    assert len(article.body) == 3
