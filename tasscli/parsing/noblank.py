"""Pages with no blank line at all (issue 16.5): an RSS or feed dump, text taken from a PDF. With
every line in one block, nothing set the headline apart from the story, nor one item of a dump
from the next, and the whole page became a headline or a lead. `find_blocks` gives such a page
the blocks its line shapes show, as a page with blank lines would have them:

- a feed dump, its lines of a width that tells nothing of wrapping (a line longer than a wrapped
  one, or lines that end their sentences), its items a headline line over a sentence's line: each
  line is a block of its own (a single story on single line breaks is read as it was);
- lines hard-wrapped at a fixed width: the lines above the first wrapped one (headline, dateline,
  labels) are each a block; from there the wrapped text is one block, as the labelling rules keep
  hard-wrapped text one paragraph per blank-line block (`article.wrapping.split_block`; the
  first-sight labels of such pages give their story one paragraph). A line of another kind in it
  (a time line, a caption, a credit) stands in a block of its own.
"""
from __future__ import annotations

from typing import List

import tasscli.parsing.lines as K
from tasscli.parsing.article.wrapping import SHORTEST_WRAPPED
from tasscli.parsing.lines import Line, ends_sentence, headline_like, is_sentence

#: A page of fewer lines than this has nothing to set apart.
FEWEST_LINES = 3
#: Wrapped lines are at most this long (pages are wrapped at 60 to 100 columns).
WRAP_WIDTH = 100
#: Of the lines as long as a wrapped one (but the last), at least this share end no sentence on a
#: hard-wrapped page.
WRAPPED_SHARE = 0.5
#: A page on single line breaks with this many items (a headline-like line over a sentence) is a feed.
FEED_ITEMS = 2
#: A teaser line this long holds sentences, even cut off before its last one ends.
LONG_TEASER = 200
#: An item's headline has this many words or more.
HEAD_WORDS = 4
#: A line this close to the page's width (a share of it) or closer is full: the text went on.
FULL_LINE = 0.8


def find_blocks(lines: List[Line]) -> None:
    """Give a page whose lines are all one block (no blank line) the blocks its line shapes show
    (see the module's docstring); any other page is left as it is."""
    if len(lines) < FEWEST_LINES or lines[0].block != lines[-1].block:
        return
    first = lines[0].block
    width = max(len(line.text) for line in lines)
    long_lines = [line for line in lines[:-1] if len(line.text) >= SHORTEST_WRAPPED]
    open_ended = sum(1 for line in long_lines if not ends_sentence(line.text))
    if width > WRAP_WIDTH or len(long_lines) < FEWEST_LINES or open_ended < WRAPPED_SHARE * len(long_lines):
        if _items(lines) >= FEED_ITEMS:  # a story on single line breaks reads well as it is
            for number, line in enumerate(lines):
                line.block = first + number
        return
    start = next((index for index, line in enumerate(lines[:-1]) if _goes_on(line, lines[index + 1], width)),
                 len(lines))
    block = first
    for index, line in enumerate(lines):
        if index > start and line.kind not in K.TEXT_OR_DATELINE:
            block += 1  # a time line, caption or credit inside the wrapped text: a block of its own
        line.block = block
        if index < start or line.kind not in K.TEXT_OR_DATELINE:
            block += 1


def _goes_on(line: Line, after: Line, width: int) -> bool:
    """Did `line`'s text go on to `after` (hard-wrapped): a full line ending no sentence, or one
    the next line continues in lower case?"""
    return line.kind in K.TEXT_OR_DATELINE and not ends_sentence(line.text) and (
        len(line.text) >= FULL_LINE * width or after.text[:1].islower())


def _items(lines: List[Line]) -> int:
    """How many lines read as a feed item's headline: text of HEAD_WORDS words or more ending no
    sentence, over a line that holds one (a teaser, or a dateline and its text)."""
    count = 0
    for line, after in zip(lines, lines[1:]):
        if line.kind is K.TEXT and headline_like(line.text) and not ends_sentence(line.text) \
                and len(line.text.split(None, HEAD_WORDS)) >= HEAD_WORDS \
                and (after.kind is K.DATELINE or is_sentence(after.text) or len(after.text) > LONG_TEASER):
            count += 1
    return count


#: A hard-wrapped paragraph's first line is at least this long (pages are wrapped at 60 to 100 columns).
WRAPPED_OPENING = 55
#: The lines of its block `wrapped_opening` reads (a bound: each line is read a few times at most).
WRAPPED_READ = 8


def wrapped_opening(lines: List[Line], index: int) -> bool:
    """Is the text line at `index` the first of a paragraph hard-wrapped over the lines of its block
    (text taken from a PDF): opening its block, a full line ending no sentence, the next line of
    its block as long or ending it, the two more than a long sentence's length?"""
    line = lines[index]
    if index + 1 >= len(lines) or len(line.text) < WRAPPED_OPENING or ends_sentence(line.text) \
            or (index and lines[index - 1].block == line.block):
        return False
    # Most of the block's lines (a few read, from this one) end no sentence, none is printed twice
    # (a gallery prints its captions so), none is longer than a wrapped line.
    block = [ln for ln in lines[index:index + WRAPPED_READ] if ln.block == line.block]
    if len(block) < 2 or any(ln.kind is not K.TEXT or len(ln.text) > 100 for ln in block) \
            or any(a.text == b.text for a, b in zip(block, block[1:])):
        return False
    open_ended = sum(1 for ln in block[:-1] if not ends_sentence(ln.text))
    return len(line.text) + len(block[1].text) > 80 and open_ended >= 0.5 * (len(block) - 1)
