"""Inserts a site glued onto a line with no space between them: a related story's marker and
headline on a paragraph's start ("Читайте такжеHeadlineText of the paragraph"), a byline on a
headline's end ("Headline of the storyBy Agency"). Cut here, before the line is given its kind, so
the paragraph's text is read as the story's and the headline as the headline."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import FrozenSet, Tuple

from tasscli.parsing.grammar import Grammar
from tasscli.parsing.lines import Line

#: Where a related story's headline glued to the paragraph after it ends: a lower-case letter, a digit
#: or a closing mark, then a capital.
GLUED_END = re.compile(r"[a-zа-яё0-9»\"”)?!](?=[A-ZА-ЯЁ])")


@lru_cache(maxsize=8)
def _markers(related: FrozenSet[str]) -> Tuple[str, ...]:
    return tuple(related)


def cut_glued_related(line: Line, g: Grammar) -> None:
    """Cut a related-story marker and its headline glued onto a paragraph's start with no space
    ("Читайте такжеHeadlineText of the paragraph"): to the first capital glued to the headline's last
    letter. The paragraph's text stays."""
    text = line.text
    if not text.startswith(_markers(g.vocab.related_markers)):
        return
    start = max(len(marker) for marker in g.vocab.related_markers if text.startswith(marker))
    if not text[start:start + 1].isupper():
        return
    end = GLUED_END.search(text, start + 10, start + 200)
    if end is not None and len(text) - end.end() > 40:
        line.text = text[end.end():]


#: A byline glued to the end of a headline: a lower-case letter, digit or closing mark, then "By"
#: and one to three capitalised words closing the line ("... missile launchBy Yonhap"). No word
#: of a sentence is spelt so.
GLUED_BYLINE = re.compile(r"(?<=[a-z0-9’'\")?!])By [A-Z][\w.’'\-]*(?: [A-Z][\w.’'\-]*){0,2}$")
#: How long a line holding a glued byline may be (a headline's length and the byline's), and how far
#: from its end the byline is looked for.
GLUED_BYLINE_LINE = 240
GLUED_BYLINE_REACH = 60


def cut_glued_byline(line: Line) -> None:
    """Cut a byline glued to the end of a headline ("Headline of the storyBy Agency"): the
    headline's text stays."""
    text = line.text
    if len(text) > GLUED_BYLINE_LINE or "By " not in text:  # the cheap test most lines fail
        return
    found = GLUED_BYLINE.search(text, max(0, len(text) - GLUED_BYLINE_REACH))
    if found is not None and found.start() >= 10:
        line.text = text[:found.start()]
