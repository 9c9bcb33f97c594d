"""A story package's banner over the headline: the package's image, printed as its alt text signed
with the agency's site ("Title - Sputnik Страна, 1920, 19.02.2022"), and in the same block the
package's title and blurb. None of it is the story's headline or lead."""
from __future__ import annotations

from typing import List

from tasscli.parsing.article.builder import Builder
from tasscli.parsing.grammar import Grammar
from tasscli.parsing.lines import Line


def without_banner(texts: List[Line], b: Builder, g: Grammar) -> List[Line]:
    """The header's text lines without a banner opening them: a first line that is an image's alt
    text, and the lines of its block after it, when a later block follows (the headline's)."""
    if len(texts) < 2 or g.alt_text.fullmatch(texts[0].text) is None:
        return texts
    block = texts[0].block
    size = next((index for index, line in enumerate(texts) if line.block != block), len(texts))
    if size == len(texts):
        return texts
    b.role(texts[0], "dropped:alt-text")
    for line in texts[1:size]:
        b.role(line, "dropped:page")
    return texts[size:]
