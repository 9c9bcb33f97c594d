"""Listing pages whose items nothing but their headlines or datelines set apart (issue 16.1): tag,
topic, taxonomy and category pages, blog archives, author pages. `listing_starts` adds their items'
starts to those `segments.article_starts` found; a page of another kind keeps its starts."""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import List, Optional, Pattern, Tuple

import tasscli.parsing.lines as K
from tasscli.parsing.datelines import DASHES
from tasscli.parsing.datelinewords import DatelineWords, dateline_words
from tasscli.parsing.lines import (
    Line,
    bulleted,
    ends_sentence,
    headline_like,
    headline_long,
    menu_like,
    names_footer,
)
from tasscli.parsing.segments import headline_dateline, is_body_line
from tasscli.record import Dateline
from tasscli.vocab import Vocabulary


def listing_starts(lines: List[Line], starts: List[int], prefix: Optional[date], vocab: Vocabulary) -> List[int]:
    """`starts` (from `article_starts`), with the items of a listing where the page is one: a blog
    index of undated stories (`headline_listing`, where nothing else split the page), teasers set
    apart by wider gaps (`teaser_listing`), then teasers set apart by their headlines alone or
    headline-less dated items, only where the starts found so far are among those items' too (a
    page split another way, stories under date headers each longer than a teaser, keeps its own).
    Pages with an archive's date prefix are single stories."""
    if prefix is not None:
        return starts
    if len(starts) == 1:
        starts = headline_listing(lines)
    teasers = teaser_listing(lines)
    if teasers:
        starts = sorted(set(starts) | set(teasers))
    for found in (alternating_listing, dateline_items):
        items = [0] + found(lines, vocab)[1:]
        if len(items) > len(starts) and set(starts) <= set(items):
            return items
    return starts


#: Teasers ending with a glued link to the full story ("... the ministry said. Full Story"): this
#: many make the page a listing whose links are cut (a story's one line ending "More" is its own).
GLUED_LINKS = 2
#: What is left of a teaser with its link cut is at least this long.
GLUED_TEASER = 40


def cut_glued_links(lines: List[Line], vocab: Vocabulary) -> None:
    """Cut a listing's links to the full story glued to the end of its teasers ("... in Anhui
    Province. Full Story"): a teaser with its link is no sentence, so its item would not be read
    as one. Only where GLUED_LINKS lines or more end so; the link stays in the line's number."""
    found = []
    links, ends, reach = _glued_link_table(vocab.teaser_links)
    for line in lines:
        if line.kind is not K.TEXT or len(line.text) < GLUED_TEASER:
            continue
        kept = line.text.rstrip(" »›→>")
        if not kept[-reach:].casefold().endswith(ends):
            continue
        folded = kept.casefold()
        for link, link_folded in links:
            cut = len(folded) - len(link)
            if folded.endswith(link_folded) and folded[cut - 1:cut] == " " and cut > GLUED_TEASER:
                found.append((line, cut - 1))
                break
    for line, cut in found:
        kept = line.text[:cut].rstrip()
        if len(found) >= GLUED_LINKS:
            line.text = kept
        elif kept.endswith(("...", "…")):  # one teaser cut for its link ("... the statement.... read full story")
            line.text = kept[:-3] if kept.endswith("...") else kept[:-1]
    _cut_leading_links(lines, links)


def _cut_leading_links(lines: List[Line], links: Tuple[Tuple[str, str], ...]) -> None:
    """Cut a listing's links to the full story that open a line, the next item's headline glued
    after the link's arrow ("Read More »Next headline"): the headline is read as one. Only where
    GLUED_LINKS lines or more open so; the link stays in the line's number."""
    firsts = {folded[:1] for _, folded in links}
    found = []
    for line in lines:
        text = line.text
        if line.kind is not K.TEXT or text[:1].casefold() not in firsts:  # the cheap test most lines fail
            continue
        folded = text[:20].casefold()
        for link, link_folded in links:
            if folded.startswith(link_folded):
                rest = text[len(link):].lstrip(" »›→>")
                # an arrow must close the link, and a capital open the headline glued after it
                if len(rest) < len(text) - len(link) and rest[:1].isupper() and len(rest.split()) >= 3:
                    found.append((line, rest))
                break
    if len(found) >= GLUED_LINKS:
        for line, rest in found:
            line.text = rest


@lru_cache(maxsize=8)
def _glued_link_table(teaser_links: Tuple[str, ...]) -> Tuple[Tuple[Tuple[str, str], ...], Tuple[str, ...], int]:
    """The links of more than one word with their case-folded forms, the folded forms (one endswith
    a line before the links one by one), and how many of a line's last characters to fold: made
    once a table, not once a page."""
    # Longest first: "Read full story" before "Full Story", which ends it too.
    links = tuple(sorted(((link, link.casefold()) for link in teaser_links if len(link.split()) > 1),
                         key=lambda pair: -len(pair[0])))
    ends = tuple(folded for link, folded in links)
    # Case folding goes character by character and never shortens one: a line's last `reach`
    # characters folded end as the whole line folded does, the character before a link included.
    return links, ends, max(map(len, ends), default=0) + 1


#: A listing's item: a headline over at most this many paragraphs (its teaser), then the next one's.
TEASER_PARAGRAPHS = 2


def teaser_link(text: str, links: Tuple[str, ...]) -> bool:
    """Is the line a listing's link to the full story ("Full Story", "W140 Full Story", "Read more »")?"""
    words = text.split()
    if len(words) > 4:
        return False
    folded = text.rstrip(" »›→>").casefold()
    return any(folded.endswith(link.casefold()) and (len(folded) == len(link) or folded[-len(link) - 1] == " ")
               for link in links)


def _item_head(lines: List[Line], index: int, vocab: Vocabulary) -> bool:
    """Can `lines[index]` head a listing's item: a headline-like line alone in its block but for
    short lines above it (a label, a link to the last item's full story), with a paragraph under it
    (text, a dateline or a caption)?"""
    line = lines[index]
    if line.kind is not K.TEXT or index + 1 >= len(lines) or _ends_item_text(line.text) \
            or not headline_like(line.text) or bulleted(line.text) \
            or len(line.text.split(None, TEASER_HEAD_WORDS)) < TEASER_HEAD_WORDS:
        return False
    under = lines[index + 1]
    # The page's last paragraph may be cut mid-sentence: longer than its headline, it is still one.
    cut = under.kind is K.TEXT and under.block == lines[-1].block and len(under.text) > 2 * len(line.text)
    if under.block == line.block or not (is_body_line(under) or under.kind is K.CAPTION or cut
                                         or (under.kind is K.DATELINE and not headline_dateline(under))):
        return False
    at = index - 1
    while at >= 0 and lines[at].block == line.block:  # each block is walked once: its last line only
        if not (menu_like(lines[at].text) or teaser_link(lines[at].text, vocab.teaser_links)):
            return False
        at -= 1
    return True


def _ends_item_text(text: str) -> bool:
    """Does the line end a sentence, so that it is no listing's headline? A headline the site cut
    short with an ellipsis ("Putin to address the forum...") ends none."""
    return ends_sentence(text) and not (text[-1:] in ".…" and text.endswith(("...", "…"))
                                        and len(text) <= CUT_HEAD_LENGTH)


#: A listing's last headline, cut with no text under it, is at most this long (a teaser is longer).
CUT_HEAD_LENGTH = 150


def cut_last_head(lines: List[Line], last: int, vocab: Vocabulary) -> bool:
    """Is the page's last line, after the item at `last`, the next item's headline with the listing
    cut under it (a record with no body): a short headline-like line in a block of its own, under
    the item's closing sentence? (It may hold a sentence's end: "... dialogue. Name Surname".)"""
    if len(lines) - 1 <= last + 1:
        return False
    line = lines[-1]
    at = len(lines) - 2  # over the item's date line and a rule between items ("-"), if any
    while at > last + 1 and (not any(map(str.isalnum, lines[at].text)) or ITEM_DATE.search(lines[at].text)
                             or lines[at].kind is K.FURNITURE):
        at -= 1
    above = lines[at]
    return line.kind is K.TEXT and above.block != line.block and headline_like(line.text) \
        and not _ends_item_text(line.text) and len(line.text) <= CUT_HEAD_LENGTH \
        and len(line.text.split(None, TEASER_HEAD_WORDS)) >= TEASER_HEAD_WORDS \
        and (is_body_line(above) or (above.kind is K.DATELINE and not headline_dateline(above))) \
        and (ends_sentence(above.text) or len(above.text) > LONG_TEASER) \
        and not names_footer(line.text, vocab.footer_words) and not teaser_link(line.text, vocab.teaser_links)


#: A teaser this long holds sentences, even cut off before its last one ends.
LONG_TEASER = 200


#: A teaser's headline has this many words or more.
TEASER_HEAD_WORDS = 4


def _paragraphs(lines: List[Line]) -> int:
    """The story paragraphs (blocks holding a body-like line or a dateline; not captions) of `lines`."""
    return len({ln.block for ln in lines if ln.kind is K.DATELINE or (ln.kind is not K.CAPTION and is_body_line(ln))})


def alternating_listing(lines: List[Line], vocab: Vocabulary) -> List[int]:
    """The items of a listing whose items are set apart by nothing but their headlines (tag, topic
    and category pages, blog archives): headline, one or two paragraphs, headline, ... . Each item
    starts at its headline; [] when the page is not one.

    Three items or more; two when a wider gap sets each item apart than its headline from its text
    (a digest's two items). An article's subheads fail it: its first part (the headline's) holds a
    lead and more paragraphs than a teaser. A listing's links to the full stories ("Full Story") are
    its furniture."""
    footer = next((index for index, line in enumerate(lines) if line.kind in K.END_OR_TAGS), None)
    if footer is not None:
        lines = lines[:footer]
    heads = [index for index in range(len(lines)) if _item_head(lines, index, vocab)]
    if len(heads) < 2 or _paragraphs(lines[:heads[0]]) > 1:
        return []
    if cut_last_head(lines, heads[-1], vocab):
        heads.append(len(lines) - 1)
    for number, head in enumerate(heads):
        end = heads[number + 1] if number + 1 < len(heads) else len(lines)
        if _paragraphs(lines[head + 1:end]) > TEASER_PARAGRAPHS:
            return []
    if len(heads) == 2 and not all(head > 0 and lines[head].block - lines[head - 1].block
                                   > lines[head + 1].block - lines[head].block for head in heads):
        return []
    for line in lines[heads[0]:]:
        if line.kind is K.TEXT and (teaser_link(line.text, vocab.teaser_links) or not any(map(str.isalnum, line.text))):
            line.kind = K.FURNITURE  # a link to the full story, or a rule between items ("-")
    for line in lines[:heads[0]]:  # the listing's title is no item's headline; a category label stays
        if line.kind is K.TEXT and headline_like(line.text) and headline_long(line.text):
            line.kind = K.FURNITURE
    return heads


#: Headline-less items of one listing each open with a place and a dash ("Madrid - The Prado ..."),
#: a dateline naming no agency and no date, which a story's paragraph may open with too: this many
#: lines opening so make the page a listing of such items.
DATELINE_ITEMS = 3


@lru_cache(maxsize=8)
def _place_dash(place: str) -> Pattern[str]:
    """A place (`DatelineWords.place`), a dash and a story's capital."""
    return re.compile(rf"(?P<place>{place})(?P<tail>\s+{DASHES})\s+(?=[A-Z\"“‘'])")


def dateline_items(lines: List[Line], vocab: Vocabulary) -> List[int]:
    """The items of a listing with no headlines (a taxonomy page of agency copy), each opening a
    paragraph with "Place - " (a place of at most three words): each such line becomes a dateline
    and starts an item; [] when fewer than DATELINE_ITEMS lines open so, or when the page has
    headlines (a headline-like line alone in its block: then the teaser rules read it)."""
    found: List[Tuple[int, Optional[re.Match]]] = []
    words = dateline_words(vocab)
    place_dash = _place_dash(words.place)
    for index, line in enumerate(lines):
        if line.kind is K.DATELINE and line.info[1] is None and line.info[0].date is None \
                and not line.info[0].place.isupper() and place_dash.match(line.text):  # type: ignore[index]
            found.append((index, None))  # read already (`pagelines.mark_opening_dateline`), not the grammar
            continue
        if line.kind is not K.TEXT or (index and lines[index - 1].block == line.block and
                                   not ends_sentence(lines[index - 1].text)):
            continue  # not a paragraph's opening: in a block, the line above ends a sentence
        match = opening_place(line.text, words)
        if match is not None:
            found.append((index, match))
    if len(found) < DATELINE_ITEMS or any(
            line.kind is K.TEXT and headline_like(line.text) and headline_long(line.text)
            and not ends_sentence(line.text) and index + 1 < len(lines) and lines[index + 1].block != line.block
            and (index == 0 or lines[index - 1].block != line.block)
            for index, line in enumerate(lines[:found[-1][0]])):
        return []
    for index, match in found:
        if match is not None:
            as_dateline(lines[index], match)
    return [index for index, _ in found]


def opening_place(text: str, words: DatelineWords) -> Optional[re.Match]:
    """The "Place - " a paragraph opens with (a place of at most three words, text after it), or None.
    `words`: the vocabulary's (`Grammar.dateline_words`), whose place pattern is read."""
    # A dash after a space is needed (the one space a printable line holds; `\s` is no other there).
    if text.isprintable() and not (" -" in text or " –" in text or " —" in text or " ―" in text):
        return None
    match = _place_dash(words.place).match(text)
    if match and len(match.group("place").split()) <= 3 and len(text) > len(match.group()):
        return match
    return None


def as_dateline(line: Line, match: re.Match) -> None:
    """Make `line` a dateline of the place `opening_place` found, naming no agency and no date."""
    dateline = Dateline(place=match.group("place"), text=line.text[:match.end("tail")].strip())
    line.kind, line.info = K.DATELINE, (dateline, None, line.text[match.end():])


#: A teaser listing needs this many items set apart by wider gaps than its paragraphs'.
TEASER_ITEMS = 3


def teaser_listing(lines: List[Line]) -> List[int]:
    """The starts of a listing's items set apart by wider gaps than the page's usual one: a
    headline, then one paragraph (its teaser), then the wider gap ("Headline / teaser // Headline /
    teaser // ..."); [] when the page is not one. An article's subheads are followed by more than
    one paragraph, and a page of a few such items is too little to tell."""
    footer = next((index for index, line in enumerate(lines) if line.kind in K.END_OR_TAGS), None)
    if footer is not None:  # a tags footer or end mark closes the page
        lines = lines[:footer]
    gaps = [after.block - before.block for before, after in zip(lines, lines[1:])]
    counts: dict = {}
    for gap in gaps:
        if gap:
            counts[gap] = counts.get(gap, 0) + 1
    if not counts:
        return []
    usual = min(counts, key=lambda gap: (-counts[gap], gap))
    starts = []
    for index in range(1, len(lines) - 1):
        line = lines[index]
        if gaps[index - 1] <= usual or line.kind is not K.TEXT or not headline_like(line.text) \
                or ends_sentence(line.text) or len(line.text.split(None, 4)) < 4:
            continue
        teaser = lines[index + 1]
        if gaps[index] != usual or teaser.kind not in K.TEXT_OR_DATELINE:
            continue
        # The teaser is one block, and a wider gap (or the page's end) follows it.
        end = index + 1
        while end + 1 < len(lines) and gaps[end] == 0:
            end += 1
        if end + 1 < len(lines) and gaps[end] <= usual:
            continue
        starts.append(index)
    return starts if len(starts) >= TEASER_ITEMS else []


#: A listing item's date line under its teaser ("Social Affairs Aug. 16, 2021"): no headline.
ITEM_DATE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}$")


def headline_listing(lines: List[Line]) -> List[int]:
    """A blog index of undated stories with no datelines: headline + paragraphs, again and again.
    A roundup's bulleted lines are its items, never headlines (`bulleted`)."""
    if not lines or any(ln.kind in K.DATELINE_OR_TIME_OR_DATE_OR_SOURCE_OR_SECTION_TIME for ln in lines):
        return [0]
    first = lines[0]
    if first.kind is not K.TEXT or not headline_like(first.text) or ends_sentence(first.text):
        return [0]
    starts = [0]
    for index in range(1, len(lines) - 1):
        line, before, after = lines[index], lines[index - 1], lines[index + 1]
        if line.kind is K.TEXT and before.block != line.block and after.block != line.block \
                and headline_like(line.text) and not bulleted(line.text) \
                and not ITEM_DATE.search(line.text) and not ends_sentence(line.text) \
                and len(line.text.split(None, 4)) >= 4 and is_body_line(before) \
                and not (before.text[-1:] in "?!" and headline_like(before.text)):  # a headline asking
            starts.append(index)
    return starts
