"""A heading over a listing or a card that is its items' section ("AFP Video", "News in English"),
told from a topic page's title, which is not."""
from __future__ import annotations

import re
from typing import List, Optional

import tasscli.parsing.lines as K
from tasscli.parsing.lines import Line, ends_sentence, headline_like, menu_like
from tasscli.vocab import Vocabulary

WORD = re.compile(r"\w+")


def mark_category(lines: List[Line], starts: List[int], vocab: Vocabulary) -> None:
    """A heading over a listing ("AFP Video") is each item's section, or over one story (a card) in a
    block of its own right over the headline; a tag page's title is not."""
    if len(starts) == 1:  # one story: the site's furniture over its heading changes nothing
        lines = lines[next((at for at, line in enumerate(lines) if line.kind is not K.FURNITURE), 0):]
    if len(starts) > 1 and _section_heading(lines, starts):
        return
    first = _first_heading(lines, starts[1], vocab) if len(starts) > 1 else \
        lines[0] if len(lines) > 2 and lines[0].kind is K.TEXT and lines[1].block != lines[0].block \
        and _headline_under(lines) else None
    if first is not None and len(first.text.split(None, 4)) <= 4 and not ends_sentence(first.text) \
            and any(word in vocab.category_words for word in first.text.split()):
        if _names_the_items(first.text, lines[starts[1] if len(starts) > 1 else 1:], vocab) \
                or not vocab.topic_title_words.isdisjoint(first.text.split()):
            first.kind = K.FURNITURE  # a topic page's title ("Breaking Emmanuel Macron News")
        else:
            first.kind, first.info = K.LABEL, first.text


def _first_heading(lines: List[Line], end: int, vocab: Vocabulary) -> Optional[Line]:
    """The heading over a listing's first item: its first text line, or the first of the short
    lines the site prints above the first item (a player's buttons, then "News (English)") that
    holds a category word."""
    first = None
    for line in lines[:end]:
        if line.kind is not K.TEXT:
            continue
        if first is None:
            first = line
        if not menu_like(line.text):
            break
        if not vocab.category_words.isdisjoint(line.text.split()):
            return line
    return first


def _section_heading(lines: List[Line], starts: List[int]) -> bool:
    """A section's name from the table ("Russia") heading a listing, in a block of its own before
    its first item's text: each item's section (a label), not the first item's alone."""
    for line in lines[: starts[1]]:
        if line.kind is K.FURNITURE:
            continue
        if line.kind is K.SECTION:
            line.kind = K.LABEL  # its info: the section's name
            return True
        return False
    return False


def _headline_under(lines: List[Line]) -> bool:
    """Is the next line of more than a menu's few words under the first line headline-like?"""
    below = next((ln for ln in lines[1:] if ln.kind is K.TEXT and not menu_like(ln.text)), None)
    return below is not None and headline_like(below.text)


def _names_the_items(heading: str, items: List[Line], vocab: Vocabulary) -> bool:
    """Does a heading name the items' subject: one of its words, not a category word, in two or
    more of the items' headline-like lines? A topic page's title does; a section's does not."""
    words = {word for word in heading.split() if word not in vocab.category_words and len(word) > 2}
    if not words:
        return False
    found = 0
    for line in items:
        if line.kind is K.TEXT and headline_like(line.text) and not words.isdisjoint(WORD.findall(line.text)):
            found += 1
            if found >= 2:
                return True
    return False
