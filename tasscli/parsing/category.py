"""A heading over a listing or a card that is its items' section ("AFP Video", "News in English"),
told from a topic page's title, which is not."""
from __future__ import annotations

import re
from typing import List

import tasscli.parsing.lines as K
from tasscli.parsing.lines import Line, ends_sentence, headline_like, menu_like
from tasscli.vocab import Vocabulary

WORD = re.compile(r"\w+")


def mark_category(lines: List[Line], starts: List[int], vocab: Vocabulary) -> None:
    """A heading over a listing ("AFP Video") is each item's section, or over one story (a card) in a
    block of its own right over the headline; a tag page's title is not."""
    if len(starts) == 1:  # one story: the site's furniture over its heading changes nothing
        lines = lines[next((at for at, line in enumerate(lines) if line.kind is not K.FURNITURE), 0):]
    first = next((ln for ln in lines[: starts[1]] if ln.kind is K.TEXT), None) if len(starts) > 1 else \
        lines[0] if len(lines) > 2 and lines[0].kind is K.TEXT and lines[1].block != lines[0].block \
        and _headline_under(lines) else None
    if first is not None and len(first.text.split(None, 4)) <= 4 and not ends_sentence(first.text) \
            and any(word in vocab.category_words for word in first.text.split()):
        if _names_the_items(first.text, lines[starts[1] if len(starts) > 1 else 1:], vocab) \
                or not vocab.topic_title_words.isdisjoint(first.text.split()):
            first.kind = K.FURNITURE  # a topic page's title ("Breaking Emmanuel Macron News")
        else:
            first.kind, first.info = K.LABEL, first.text


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
