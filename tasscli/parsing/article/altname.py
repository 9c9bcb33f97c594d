"""The short lines right under a headline: a site's labels and menu items (dropped), or a photo's
alt text that is only a name, set alone between the headline and the dateline
("Headline" / "Firstname Lastname" / "CITY, Month D. /AGENCY/: ..."): a repost site prints the
picture's alt text where its picture was (issue 16, set 8 family 2). Such a line is the photo's
caption, not a site label: a label is one word or a known section or menu item, a name is two
or three capitalised words."""
from __future__ import annotations

from typing import List

import tasscli.parsing.lines as K
from tasscli.parsing.article.builder import Builder
from tasscli.parsing.article.headerstate import Header
from tasscli.parsing.grammar import Grammar
from tasscli.parsing.lines import Line, menu_like

#: A name's words: "Olga Petrova" (2) to "Northern Sea Route" (3). (Only a line as short as a menu
#: item (`lines.MENU_WORDS`) is taken for a label at all; a longer one is the lead.)
NAME_WORDS = (2, 3)
NAME_LENGTH = 48


def name_like(text: str, g: Grammar) -> bool:
    """Is `text` a few capitalised words and nothing else (no digit, no closing mark), and no
    section or menu item of the vocabulary?"""
    if not text[:1].isupper() or len(text) > NAME_LENGTH or text[-1:] in ".,:;!?":
        return False
    words = text.split()
    if not NAME_WORDS[0] <= len(words) <= NAME_WORDS[1] or text in g.sections \
            or text in g.vocab.menu_items:
        return False
    return all(word[:1].isupper() and word.replace("-", "").replace("'", "").isalpha() for word in words)


def alt_name(rest: List[Line], at: int, h: Header) -> bool:
    """(`h`: the header's shared state, `header.Header`, which imports this module.)
    Is `rest[at]` (a short line under the headline `rest[0]`) a photo's name-only alt text: the
    last header line, a block of its own with no other header line next to it, and the story
    opening with a dateline after blank lines only?"""
    line, story = rest[at], h.story
    if at != len(rest) - 1 or at == 0 or not story or story[0].kind is not K.DATELINE:
        return False
    if line.number - 1 in h.by_number or line.number + 1 in h.by_number or story[0].number == line.number + 1 \
            or any(line.number < number < story[0].number for number in h.by_number):
        return False  # (blank lines only between it and the story, however many)
    return name_like(line.text, h.g)


def skip_labels(rest: List[Line], b: Builder, h: Header) -> int:
    """Mark the short lines right under the headline `rest[0]` (where the page has a story): each a
    site's label or menu item, dropped, not a standfirst; or, the last over a dateline, a photo's
    name-only alt text, its caption. Gives the index of the first line after them."""
    labels = 1
    while h.has_story and labels < len(rest) and menu_like(rest[labels].text):
        if alt_name(rest, labels, h):
            b.caption(rest[labels], rest[labels].text)
        else:
            b.role(rest[labels], "dropped:page")
        labels += 1
    return labels
