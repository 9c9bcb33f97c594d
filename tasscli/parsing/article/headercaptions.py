"""Photo captions among the lines above a story (`tasscli.parsing.article.header`): a caption printed
twice or thrice, glued to its credit, right over or under its credit, its alt text; with them the
header's one-word labels, cut line ends and teasers' excerpts, taken out before headline and lead."""
from __future__ import annotations

from typing import Dict, List

import tasscli.parsing.lines as K
from tasscli.parsing.article.builder import Builder
from tasscli.parsing.article.headerstate import Header
from tasscli.parsing.article.wrapping import Wrapped, last_part
from tasscli.parsing.lines import (
    Line,
    ends_sentence,
    folded_title,
    headline_like,
    headline_long,
    is_sentence,
    menu_like,
)


def without_captions(texts: List[Line], b: Builder, h: Header) -> List[Line]:
    """Photo captions (a caption printed twice, or glued to its credit and then printed alone, or
    printed once right above or under its credit), cut line ends, event tags and teasers taken
    out of the text lines; the others returned, the headline and lead among them."""
    rest: List[Line] = []
    skip = set()
    first_long = next((index for index, line in enumerate(texts) if not menu_like(line.text)), len(texts))
    for index, line in enumerate(texts):
        if index in skip:
            continue
        nxt = texts[index + 1] if index + 1 < len(texts) else None
        last = index == len(texts) - 1
        # A line printed twice under the headline is a caption; printed twice at the top (under
        # the site's short menu lines at most), it is the headline, doubled.
        if b.has_caption(line.text):  # printed again alone after its credit and caption glued
            b.role(line, "dropped:duplicate-caption")
        elif getattr(h.by_number.get(line.number - 1), "kind", None) in K.CAPTION_OR_CREDIT \
                and not ends_sentence(line.text) and h.g.alt_text.fullmatch(line.text):
            b.role(line, "dropped:alt-text")  # the photo's alt text, printed under its caption
        elif nxt is not None and nxt.text == line.text and index == first_long + 1 == len(texts) - 2 \
                and (nxt.number == line.number + 1 or _standfirst_again(line, nxt, h)):
            # Under the headline and the header's last, on the next line: a card's standfirst twice;
            # or, a blank line between, a reposting site's excerpt field over the story opening with it.
            b.role(nxt, "dropped:duplicate-lead")
            skip.add(index + 1)
            rest.append(line)
        elif nxt is not None and nxt.text == line.text and not is_sentence(line.text) and index > first_long \
                and folded_title(line.text) != folded_title(texts[first_long].text):  # not the headline, thrice
            b.caption(line, line.text)
            skip.update(_copies(texts, index, b, h))
        elif nxt is not None and line.text.startswith(nxt.text + " ") and len(nxt.text) >= 8 \
                and "/" in line.text[len(nxt.text):]:
            b.role(line, "dropped:caption+credit")
            b.caption(nxt, nxt.text)
            skip.add(index + 1)
            if index + 2 < len(texts) and texts[index + 2].text == nxt.text:
                b.role(texts[index + 2], "dropped:duplicate-caption")
                skip.add(index + 2)
        elif last and _caption_over_credit(line, rest, h):
            b.caption(line, line.text)
        elif line.text.strip() and line.text.split(None, 1)[0].lower() in h.g.vocab.cut_line_openers \
                and not ends_sentence(line.text) \
                and len(line.text) < 100:
            b.role(line, "dropped:fragment")  # the cut end of a longer line ("OF THE EMBASSY OF ...")
        elif last and rest and _caption_under_credit(line, h):
            b.caption(line, line.text)
        elif " " not in line.text and len(line.text) < 40 and len(texts) > 1:
            _label(line, index < first_long, b, h)
        elif line.text.endswith(("...", "…")) and len(line.text) > 60 \
                and not _cut_item_head(texts, index, first_long, h):
            b.role(line, "dropped:teaser")  # a teaser card's cut excerpt
        else:
            rest.append(line)
    return rest


#: A listing item's headline the site cut short ("... nor a terrorist country...") is this long at most.
CUT_HEAD_LENGTH = 150


def _cut_item_head(texts: List[Line], index: int, first_long: int, h: Header) -> bool:
    """Is the line ending with an ellipsis a headline cut short (a listing item's, or a page's whose
    header holds no other long line: its first line of a headline's length), not a teaser card's
    cut excerpt?"""
    line = texts[index]
    return index == first_long and len(line.text) <= CUT_HEAD_LENGTH and headline_like(line.text) \
        and (h.listing or all(menu_like(other.text) for other in texts[index + 1:]))


def _label(line: Line, over_headline: bool, b: Builder, h: Header) -> None:
    """A one-word header line: a category word ("News") over the headline (the site's short menu lines
    between at most) is the section, as printed; any other, an event tag ("SPIEF-2025"), is dropped."""
    if over_headline and line.text in h.g.vocab.category_words and "section" not in b.fields:
        b.fields["section"] = line.text
        b.role(line, "section")
    else:
        b.role(line, "dropped:label")


def _copies(texts: List[Line], index: int, b: Builder, h: Header) -> List[int]:
    """The copies of the caption `texts[index]` printed right under it (a gallery prints each
    caption two or three times), the page's cut end among them: a start of the caption that ends the
    page. Each is dropped; gives their indexes."""
    caption = texts[index].text
    copies = []
    at = index + 1
    while at < len(texts) and (texts[at].text == caption or (
            at == len(texts) - 1 and not h.story and len(texts[at].text) >= CUT_COPY_CHARS
            and caption.startswith(texts[at].text))):
        b.role(texts[at], "dropped:duplicate-caption")
        copies.append(at)
        at += 1
    return copies


#: A cut copy of a caption holds at least this much of it (less could be any short line).
CUT_COPY_CHARS = 20


def _standfirst_again(line: Line, again: Line, h: Header) -> bool:
    """Is `again`, the same text as `line` after a blank line with nothing else between, the
    standfirst printed a second time (a reposting site's excerpt, then the story's own standfirst),
    not a photo's caption printed twice? A caption stands over its credit, or has one above it; a
    standfirst is as long as a headline at least."""
    between = [other for other in h.lines if line.number < other.number < again.number]
    return not any(other.text.strip() for other in between) and not over_credit(again, h) \
        and getattr(h.by_number.get(line.number - 1), "kind", None) not in K.CAPTION_OR_CREDIT \
        and headline_long(line.text)


def _caption_over_credit(line: Line, rest: List[Line], h: Header) -> bool:
    """Is the last text line, right over a credit, a photo's caption? Under a headline alone it is
    the lead (pages set line by line); a site's short menu lines above the headline do not count."""
    return getattr(h.by_number.get(last_part(line).number + 1), "kind", None) is K.CREDIT \
        and sum(not menu_like(kept.text) for kept in rest) != 1 and not is_sentence(line.text)


def over_credit(line: Line, h: Header) -> bool:
    """Is the line, not a sentence, the one right over a credit line in the header (a photo's caption)?"""
    later = [other for other in h.lines if other.number > last_part(line).number]
    return bool(later) and later[0].kind is K.CREDIT and not is_sentence(line.text)


def _caption_under_credit(line: Line, h: Header) -> bool:
    """Is the last text line a photo's caption printed right under its credit, a block of their own
    over the story? (Set line by line, headline, credit and lead are one block with the story's start.)"""
    credit = h.by_number.get(line.number - 1)
    return getattr(credit, "kind", None) is K.CREDIT and credit.block == line.block \
        and not is_sentence(line.text) and type(line) is not Wrapped and ends_block(line, h.by_number, h.story)


def ends_block(line: Line, by_number: Dict[int, Line], story: List[Line]) -> bool:
    """Is `line` the last of its block (the next line, in the header or the story's first, is not in it)?"""
    nxt = by_number.get(line.number + 1) or (story[0] if story and story[0].number == line.number + 1 else None)
    return nxt is None or nxt.block != line.block
