"""A listing's heading over its first item (a portal's category page of TASS items: "Russia",
"News (English)"): the TASS stories under it are the listing's items, which the parser reads as
one page (each item takes the heading as its section), not pages run on after one another."""
from __future__ import annotations

from typing import Callable, List, Optional

#: A listing's heading is this many words or fewer.
HEADING_WORDS = 4


def under_heading(lines: List[str], headline_like: Callable[[str], bool], starts: frozenset) -> bool:
    """Do `lines` (a page so far, its last line a TASS dateline) open with a listing's first item
    under its heading: a headline-like line in a block of its own right over the dateline, and over
    it a heading of a few words in a block of its own, ending no sentence? `starts`: the lines that
    begin a page ("All news"), never a heading."""
    above = _block_over(lines, len(lines) - 1)
    if above is None or not headline_like(lines[above]):
        return False
    heading = _block_over(lines, above)
    if heading is None:
        return False
    text = lines[heading].strip()
    words = text.split()
    return 1 <= len(words) <= HEADING_WORDS and text[:1].isupper() and text[-1:] not in ".,:;!?" \
        and not any(map(str.isdigit, text)) and text.lower() not in starts


def _block_over(lines: List[str], at: int) -> Optional[int]:
    """The line over `at` past the blank lines between, when it is a block of one line (a blank
    line or the page's start over it, a blank line under it); else None."""
    index = at - 1
    while index >= 0 and not lines[index].strip():
        index -= 1
    if index < 0 or index == at - 1 or (index > 0 and lines[index - 1].strip()):
        return None
    return index
