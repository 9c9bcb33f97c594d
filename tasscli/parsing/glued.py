"""Inserts a site glued onto a paragraph's start with no space between them: a related story's
marker and headline ("Читайте такжеHeadlineText of the paragraph"). Cut here, before the line is
given its kind, so the paragraph's text is read as the story's."""
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
