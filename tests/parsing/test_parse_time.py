"""The parser reads hostile shapes in bounded time (issue 7): many lines that go on, 1 MB lines of
names or braces, short lines of repeated tokens, a digest of many items. Each was once quadratic or
exponential; the limits are guards against a run that never ends, far above linear time. (The
costs' growth with size is tested in test_linear_cost.py; a 1 MB line of anything, in
test_properties.py.)
"""
import itertools

import pytest
from hostile import MEGABYTE_LINE_SECONDS, time_limit

from tasscli.parsing.parser import parse


def test_a_block_of_many_lines_that_go_on_in_bounded_time():
    """50,000 lines in one block, each opening in lower case, read as one wrapped header line: in
    one pass (joining the parts at each step was quadratic, minutes here)."""
    with time_limit(10):  # linear time is well under a second
        articles = parse("áÐüõ continued\n" * 50_000)
    assert articles


def test_megabyte_line_of_names_in_bounded_time():
    """A 1 MB line of capitalised names after "By": each place in it where a dateline might start
    was read to the line's end, and each searched all of it for an agency's name (the square of
    its length: over 20 s for a line of 80 KB, before both were kept to the line's start). And a
    line of hyphenated capitals, which the place pattern could split in 2^n ways (17 words took
    0.3 s, each three more eight times as long)."""
    for line in ("By " + "Aa, " * 250_000, "By " + "Aa and " * 140_000, "By Ivan " + "Petrov | " * 110_000,
                 "AA-AA " * 170_000):  # a place's words: hyphens made 2^n ways to split them
        with time_limit(MEGABYTE_LINE_SECONDS):
            assert parse(line + "\n\nThe minister said the talks would go on.\n")


#: The characters and words the parser's patterns turn on: capitals, digits, joiners, marks.
TOKENS = ("A", "a", "1", " ", "-", "/", ".", ",", ":", "(", ")", "'", "&", "|", ">", "–", "©", '"', "By", "AA", "\t")


@pytest.mark.parametrize("size", [55, 150])
def test_short_lines_of_repeated_tokens_in_bounded_time(size):
    """Every unit of two or three TOKENS repeated into a line as long as the short-line checks
    take (55: controls and bylines, 150: time lines and furniture), before a story. A pattern that
    can split such a line in exponentially many ways takes hours; this found the place pattern's
    ("AA-AA", "AA--", "AABy-" and 15 more took minutes each)."""
    for count in (2, 3):
        for parts in itertools.product(TOKENS, repeat=count):
            unit = "".join(parts)
            line = (unit * (size // len(unit) + 1))[:size]
            with time_limit(5):  # each takes under a millisecond
                parse(line + "\n\nMOSCOW, June 3. /TASS/. The minister said the talks would go on.\n")


def test_a_digest_of_many_articles_in_bounded_time():
    """30,000 headline + dateline items on one page: each item's section was looked for among all
    the page's lines (the square of its length: 2.7 s for 8,000 items, before a bisection)."""
    page = "Headline words here for you\n\nMOSCOW, June 3. /TASS/. The talks went on.\n\n" * 30_000
    with time_limit(15):  # linear time is about 2 s
        assert len(parse(page)) == 30_000


def test_megabyte_line_of_braces_in_bounded_time():
    for unit in ("{", "{{", "{a"):
        with time_limit(1):  # linear time would be a few milliseconds
            parse(unit * (100_000 // len(unit)))
