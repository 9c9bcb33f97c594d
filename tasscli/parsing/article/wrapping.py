"""Lines hard-wrapped at a fixed width: which blocks are one paragraph, which header lines went on
to the next (`Wrapped`)."""
from __future__ import annotations

from typing import Callable, Dict, List, Optional

import tasscli.parsing.lines as K
from tasscli.parsing.lines import Line, ends_sentence


def _wrapped_lines(lines: List[Line]) -> int:
    # (A line closed by a colon or a semicolon ends a list's lead-in or an item: "... the grain corridor;".)
    return sum(1 for ln in lines if not ends_sentence(ln.text) and not ln.text.endswith((":", ";")))


def hard_wrapped_page(lines: List[Line]) -> bool:
    """Is the story hard-wrapped at a fixed width: of the lines that have another after them in
    their block (blocks of short lines only), at least three, and most, end no sentence?"""
    blocks: Dict[int, List[Line]] = {}
    unwrapped = set()  # blocks holding a dateline's line longer than a wrapped one
    for line in lines:
        if line.kind is K.TEXT:
            blocks.setdefault(line.block, []).append(line)
        elif line.kind is K.DATELINE and len(line.text) > 100:
            # A story set line by line whose first line is longer than a wrapped one is not
            # wrapped, and headline, lead and caption above it are each a line.
            unwrapped.add(line.block)
    for block in unwrapped:
        blocks.pop(block, None)
    # Menu items and captions stand in blocks of short lines too, and end no sentence: only lines
    # as long as a wrapped one may tell.
    inner = [ln for block in blocks.values() if len(block) > 1 and max(len(ln.text) for ln in block) <= 100
             and not _copies(block) for ln in block[:-1] if len(ln.text) >= SHORTEST_WRAPPED]
    return len(inner) >= 3 and _wrapped_lines(inner) >= 0.6 * len(inner)


def _copies(block: List[Line]) -> bool:
    """Does the block print a line again right under it (a gallery prints each caption two or three
    times)? Wrapped text never does: such a block tells nothing of wrapping."""
    return any(after.text == line.text for line, after in zip(block, block[1:]))


def split_block(lines: List[Line], page_wrapped: Callable[[], bool] = lambda: False) -> List[List[Line]]:
    """One blank-line block as paragraphs: each line, or one paragraph when hard-wrapped. On a
    page hard-wrapped elsewhere (`hard_wrapped_page`), a block of short lines none of which but the
    last ends a sentence is one paragraph too, however few its lines."""
    if len(lines) == 1:
        return [lines]
    inner = lines[:-1]
    # Only lines as long as a wrapped one tell: a block of short lines that end no sentence is a
    # list (a site's footer headings, tags), not a paragraph.
    wrapped = _wrapped_lines([ln for ln in inner if len(ln.text) >= SHORTEST_WRAPPED])
    longest = max(len(ln.text) for ln in lines)
    joined_starts = sum(1 for ln in lines[1:] if ln.text[:1].islower())
    # Or its lines that end no sentence are all full (as long as the longest, nearly): text wrapped
    # at a fixed width whose paragraphs' last lines are short (taken from a PDF with no blank line).
    open_ended = [ln for ln in inner if not ends_sentence(ln.text)]
    full = len(open_ended) >= 2 and all(len(ln.text) >= max(FULL_LINE * longest, WRAPPED_LINE) for ln in open_ended)
    hard_wrapped = longest <= 100 and (wrapped >= max(2, 0.6 * len(inner)) or full
                                       or (wrapped == len(inner) and page_wrapped()))
    if hard_wrapped or joined_starts == len(lines) - 1:
        return [lines]
    # Single line breaks separate paragraphs, but a line cut mid-sentence before a line that opens
    # in lower case continues it.
    out: List[List[Line]] = []
    for line in lines:
        if out and line.text[:1].islower() and not ends_sentence(out[-1][-1].text):
            out[-1].append(line)
        else:
            out.append([line])
    return out


def last_part(line: Line) -> Line:
    return line.parts[-1] if type(line) is Wrapped else line


class Wrapped(Line):
    """A header line hard-wrapped onto the lines after it, read as the one line it was."""

    __slots__ = ("parts",)

    def __init__(self, parts: List[Line]) -> None:
        super().__init__(parts[0].number, " ".join(part.text for part in parts), parts[0].block)
        self.parts = parts


#: In a block wrapped at a fixed width, a line this close to the longest (a share of it) is full.
FULL_LINE = 0.8

#: A line shorter than this says nothing of wrapping: a page wrapped at 40 columns and more
#: (they are wrapped at 60 to 100) fills its lines further; footer headings and tags are shorter.
SHORTEST_WRAPPED = 25


#: On a hard-wrapped page, a header line this long that ends no sentence went on to the next line;
#: a shorter one (a menu item, a label) stands alone. Pages are wrapped at 60 to 100 columns.
WRAPPED_LINE = 50


def join_wrapped(texts: List[Line], page_wrapped: Callable[[], bool] = lambda: False) -> Optional[List[Line]]:
    """The header's text lines with each one that went on to the next joined to it, or None when
    none did (nearly every page). A line goes on when it ends no sentence and the very next line
    of its block opens in lower case, or, on a page hard-wrapped at a fixed width
    (`hard_wrapped_page`), when it is as long as a wrapped line: a headline or lead wrapped as the
    body's paragraphs are (`split_block`)."""
    groups: Optional[List[List[Line]]] = None  # made at the first join; each joined once at the end
    for index in range(1, len(texts)):
        line, last = texts[index], texts[index - 1]
        if line.block == last.block and line.number == last.number + 1 and not ends_sentence(last.text) \
                and line.text != last.text \
                and (line.text[:1].islower() or (len(last.text) >= WRAPPED_LINE and page_wrapped())):
            if groups is None:
                groups = [[earlier] for earlier in texts[:index]]
            groups[-1].append(line)
        elif groups is not None:
            groups.append([line])
    return None if groups is None else [group[0] if len(group) == 1 else Wrapped(group) for group in groups]
