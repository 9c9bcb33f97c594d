"""Properties that hold for any text (issue 7, section 1): parse never raises, never invents text,
accounts for every non-blank line once, reads a line as trimming and single-spacing it would, and
reads a 1 MB line of anything in bounded time. Each property is here once.

The pages are built from the pieces real pages are made of (so the properties reach the layout
code), hostile characters and any text at all. `TASSCLI_HYPOTHESIS_EXAMPLES` raises the number of
examples each property tries above its default; `tests/hypothesis_long.py` runs this file with 20,000.
"""
from __future__ import annotations

import os
import re

from hostile import ESCAPES, MEGABYTE_LINE_SECONDS, PLAIN_PAGE, time_limit
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from pages import repaired_page

from tasscli.parsing.explain import account, page_lines
from tasscli.parsing.lines import line_texts, read_lines, visible, without_invisible
from tasscli.parsing.parser import parse

EXAMPLES = int(os.environ.get("TASSCLI_HYPOTHESIS_EXAMPLES", "0"))


def examples(default):
    """`default` examples, or more where TASSCLI_HYPOTHESIS_EXAMPLES asks for more."""
    return max(default, EXAMPLES)


PIECES = st.sampled_from([
    " date 2017-06-03 ", "All news", "Back to Main page", "Russian Politics & Diplomacy", "World",
    "June 03, 19:06 UTC+3", "19 Jun, 14:07", "© Ivan Petrov/TASS", "Read also", "Tags", "Share",
    "MOSCOW, June 3. /TASS/. ", "KUBINKA /Moscow Region/, August 23. /TASS/.", "{{element.title}}",
    "Headline words hereWorld June 03, 19:06", "A caption", "Infographics Title", "{article_photo:1}",
    "The minister said the talks would go on.", '"We agree," he said.', "", " ", "\t", "\n", "\r\n", "\f",
    "By Ivan Petrov, Staff Writer", "Home > World > Europe", "Tags: Russia, China", "Listen to this article",
    "MOSCOW: ", "NUR-SULTAN-", "AA-AA ",
])
#: Control characters, NUL, lone surrogates (what `surrogateescape` leaves of undecodable bytes),
#: byte order marks, Unicode line separators, bidirectional controls, terminal escapes.
HOSTILE = st.sampled_from([
    "\x00", "\x01", "\x08", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x1f", "\x7f", "\x85", "\x9b",
    "\udc80", "\udcff", "\ud800", "\udfff", "\ufeff", "\ufffd", "\u2028", "\u2029", "\u200b", "\u00a0",
    *ESCAPES,
])
ANY_CHAR = st.characters(exclude_categories=())  # surrogates (Cs) included
LINE_ENDS = st.sampled_from(["\n", "\r\n", "\r", "\f", "\x0b", "\x85", "\u2028"])
ITEMS = st.one_of(PIECES, HOSTILE, st.text(ANY_CHAR, max_size=40),
                  st.lists(st.one_of(PIECES, HOSTILE), max_size=6).map("".join))
PAGES = st.builds(lambda items, end: end.join(items), st.lists(ITEMS, max_size=30), LINE_ENDS)
SLOW_OK = [HealthCheck.too_slow, HealthCheck.data_too_large]


def words(text):
    return set(re.findall(r"\w+", text))


def text_fields(article):
    for name in ("headline", "lead", "section", "byline", "published_text"):
        value = getattr(article, name)
        if value:
            yield name, value
    for name in ("body", "credits", "captions"):
        for item in getattr(article, name):
            yield name, item
    if article.dateline is not None and article.dateline.text:
        yield "dateline", article.dateline.text


@settings(max_examples=examples(300), deadline=None, suppress_health_check=SLOW_OK)
@given(st.one_of(PAGES, st.text(ANY_CHAR)))
def test_property_parse_never_raises(page):
    """Built pages, and any Unicode text at all."""
    articles = parse(page, "hostile.txt")
    assert articles and all(article.source == "hostile.txt" for article in articles)


@settings(max_examples=examples(300), deadline=None, suppress_health_check=SLOW_OK)
@given(PAGES)
def test_property_body_never_gains_text(page):
    """No word and no character (white space aside) appears in a field that was not in the page;
    a paragraph of the body holds whole words of the page only.

    A word of the other fields need not be a whole word of the page: the parser cuts glued lines
    apart ("...hereWorld June 03, 19:06" is a headline, a section and a time), so each word is looked
    for as a substring.
    """
    # Read as given (--raw), the fields hold only the page's text; by default, lines decoded twice
    # are repaired first, and the fields may hold the repaired lines' text too.
    for repair in (False, True):
        # The parser drops zero-width characters and soft hyphens from the lines it reads.
        text = without_invisible(page if not repair else page + "\n" + repaired_page(page))
        page_words = words(text)
        page_chars = set(text)
        for article in parse(page, repair_mojibake=repair):
            for paragraph in article.body:
                assert paragraph and paragraph == paragraph.strip()
                assert words(paragraph) <= page_words, paragraph
            for name, value in text_fields(article):
                assert all(word in text for word in words(value)), (name, value)
                assert {ch for ch in value if not ch.isspace()} <= page_chars, (name, value)


@settings(max_examples=examples(200), deadline=None, suppress_health_check=SLOW_OK)
@given(PAGES)
def test_property_every_nonblank_line_accounted(page):
    """Each non-blank line has exactly one role in `Article.lines` (what `tasscli explain` shows):
    by explain's accounting, and by the roles' line numbers against the page's lines counted here."""
    articles = parse(page)
    assert_accounted(page, articles)
    numbers = sorted(role.number for article in articles for role in article.lines)
    lines = page.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").split("\n")
    # A line of white space, zero-width characters or soft hyphens is blank (lines.visible).
    assert numbers == [number for number, line in enumerate(lines, 1) if visible(line)]


def assert_accounted(page, articles):
    acc = account(page, articles)
    unaccounted = [number for number in acc.unaccounted
                   if not (number == 1 and PREFIX_ONLY.fullmatch(page_lines(page)[0]))]  # see below
    assert not (unaccounted or acc.duplicated or acc.stray), acc.problems()


#: A first line that holds the ` date YYYY-MM-DD` prefix and nothing else.
PREFIX_ONLY = re.compile(r"\ufeff?\s*date \d{4}-\d{2}-\d{2}\s*")


def test_date_prefix_only_line_is_accounted():
    page = " date 2017-06-03 \n" + PLAIN_PAGE
    acc = account(page, parse(page))
    assert acc.complete, acc.problems()


@settings(max_examples=examples(500), deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from(list("ab. \t\u00a0\u2028\x1c\x0b\u3000\u200b\u0085\r\f")),
                        max_size=12), max_size=6).map("\n".join))
def test_property_read_lines_trims_and_single_spaces_every_line(page):
    """read_lines takes a clean-looking row as it is: it must give what trimming, single-spacing and
    dropping zero-width characters give."""
    rows = line_texts(page)
    expected = [" ".join(without_invisible(row).split()) for row in rows]
    prefix, prefix_line, lines, _ = read_lines(page)
    assert prefix is None and prefix_line == 0
    assert [(line.number, line.text) for line in lines] == [(n, t) for n, t in enumerate(expected, 1) if t]


MEGABYTE = 1_000_000
UNITS = st.one_of(PIECES.filter(bool), HOSTILE, st.text(ANY_CHAR, min_size=1, max_size=8))


@settings(max_examples=max(5, EXAMPLES // 40), deadline=None, phases=[Phase.explicit, Phase.generate],
          suppress_health_check=SLOW_OK)
@given(UNITS, st.lists(PIECES, max_size=4))
def test_property_megabyte_lines(unit, around):
    """A 1 MB line of anything (a repeated unit) parses, in bounded time (no shrinking: slow)."""
    line = (unit * (MEGABYTE // len(unit) + 1))[:MEGABYTE]
    page = "\n".join([*around, line, *around])
    with time_limit(MEGABYTE_LINE_SECONDS):
        articles = parse(page)
    assert articles
    assert_accounted(page, articles)
