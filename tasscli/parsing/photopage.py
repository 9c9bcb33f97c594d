"""A photo page: a picture's caption, hard-wrapped over a few lines, closed by its agency's name in
brackets on a line of its own ("... after years of debate." / "[Xinhua] |", a table's bar after
it), and no story besides (issue 16.3: captions and credits in every form). The caption's lines
are one caption, the bracketed name its credit."""
from __future__ import annotations

import re
from typing import List

import tasscli.parsing.lines as K
from tasscli.parsing.grammar import Grammar
from tasscli.parsing.lines import Line, ends_sentence, headline_like

#: The agency's name in brackets, maybe with a table's bar after it: "[Xinhua]", "[Xinhua] |".
BRACKET = re.compile(r"\[(?P<credit>[^\[\]]{2,30})\](?:\s*\|)?")


def mark_photo_caption(lines: List[Line], g: Grammar) -> None:
    """Mark a photo page's caption block and its bracketed credit (the module's doc): the block's
    text lines each a caption of the block's whole text with the credit, the credit line furniture.
    Only where every other text line of the page is no sentence (a headline, the site's lines)."""
    at = next((index for index, line in enumerate(lines)
               if line.text[:1] == "[" and len(line.text) <= 40 and BRACKET.fullmatch(line.text)), None)
    if not at or (match := BRACKET.fullmatch(lines[at].text)) is None or match["credit"] not in g.vocab.credit_suffixes:
        return
    block = [line for line in lines[:at] if line.block == lines[at].block]
    if not block or any(line.kind is not K.TEXT for line in block) or not ends_sentence(block[-1].text):
        return
    others = [line for line in lines if line.kind in K.TEXT_OR_HEADLINE_TIME and line.block != lines[at].block]
    if any(line.kind is K.TEXT and not headline_like(line.text) for line in others):
        return  # a story's paragraphs besides: the block is its last, no caption
    caption = " ".join(line.text for line in block)
    for line in block:
        line.kind, line.info = K.CAPTION, (caption, match["credit"])
    lines[at].kind, lines[at].info = K.FURNITURE, None
    for line in others:  # the credit printed in the title row too ("Headline (Xinhua) Updated: ..."): one photo's
        if line.kind is K.HEADLINE_TIME and line.info[1] == match["credit"]:
            line.info = (line.info[0], None)
