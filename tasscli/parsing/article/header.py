"""The lines above the story: headline, section, time, lead, byline, captions, credits."""
from __future__ import annotations

import re
from typing import List, Optional, Tuple

import tasscli.parsing.lines as K
from tasscli.parsing import dates
from tasscli.parsing.article.altname import skip_labels
from tasscli.parsing.article.banner import without_banner
from tasscli.parsing.article.builder import Builder
from tasscli.parsing.article.headercaptions import over_credit, without_captions
from tasscli.parsing.article.headerstate import Header
from tasscli.parsing.article.headline import (
    caption_under,
    headline_by_time_line,
    pick_headline,
    rubric_over_headline,
    section_over_time_line,
)
from tasscli.parsing.article.scan import Scan, scan_header
from tasscli.parsing.article.wrapping import Wrapped, hard_wrapped_page, join_wrapped, last_part
from tasscli.parsing.grammar import Grammar
from tasscli.parsing.lines import (
    HEADLINE_WORDS,
    NAME,
    QUOTE_OPENERS,
    Line,
    bulleted,
    ends_sentence,
    folded_title,
    headline_like,
    is_sentence,
)


def read_header(lines: List[Line], b: Builder, g: Grammar, story: List[Line], has_story: bool,
                listing: bool = False) -> List[Line]:
    """Read the lines above the story; return those that turn out to be story paragraphs.

    Without a story start (no dateline, no sentence), what follows headline and lead is the story.
    Where another site's time or date line (or a "From: agency" line) stands in the header, the
    headline is the line printed next to it: the one after it, else the one before; the lines
    further up are the site's furniture.
    """
    h = Header(lines, story, has_story, listing, g)
    scan = scan_header(lines, b, has_story)
    texts = _joined(without_banner(_under_contact_block(scan.texts, b, h), b, g), h)
    wrapped_any = texts is not scan.texts
    _byline_under_anchor(texts, scan.anchor, b)
    if scan.time_line is not None and scan.anchor is None:
        section_over_time_line(texts, scan.time_line, b, scan.section_line)
    rest = without_captions(texts, b, h)
    if scan.time_line is not None and scan.anchor is None:
        rest = headline_by_time_line(rest, scan.time_line, b)
    rest, lead_in = _lead_in(rest, scan, b, h)
    if scan.section_line is not None and scan.anchor is not None and rest \
            and scan.section_line.number < rest[0].number:
        del b.fields["section"]  # a site menu above the headline, not the story's section
        b.role(scan.section_line, "dropped:menu")
    rest = _headline(rest, b, h)
    _alt_repeating_headline(b, h)
    lead_in = _lead(rest, b, h) + lead_in
    _news_items(scan.news, bool(rest), b, h)
    if not wrapped_any:
        return lead_in
    for line in texts:  # the lines a wrapped one went on to take its role
        if type(line) is Wrapped and line.number in b.roles:
            for part in line.parts[1:]:
                b.roles[part.number] = b.roles[line.number]
    return [part for line in lead_in for part in (line.parts if type(line) is Wrapped else (line,))]


def _alt_repeating_headline(b: Builder, h: Header) -> None:
    """A photo's "caption" that is the headline printed again over its credit is the image's alt
    text repeating the headline, no caption."""
    headline = b.fields.get("headline")
    if not headline or not b.has_caption(headline):
        return
    b.drop_caption(headline)
    for line in h.lines:
        if line.text == headline and b.roles.get(line.number) == "caption":
            b.role(line, "dropped:duplicate-headline")


def _joined(texts: List[Line], h: Header) -> List[Line]:
    """The text lines with each one hard-wrapped onto the next joined to it (`join_wrapped`);
    `texts` itself when none was."""
    if len(texts) <= 1:
        return texts
    wrapped_page: List[bool] = []  # hard_wrapped_page(lines + story), made once on first need: not per line

    def page_wrapped() -> bool:
        if not wrapped_page:
            wrapped_page.append(hard_wrapped_page(h.lines + h.story))
        return wrapped_page[0]

    joined = join_wrapped(texts, page_wrapped)
    return texts if joined is None else joined


#: A site's contact block is this many of its lines (founder, address, phone, e-mail, copyright).
CONTACT_BLOCK = 2


def _under_contact_block(texts: List[Line], b: Builder, h: Header) -> List[Line]:
    """The text lines under a site's header: under its contact block (the site's name and motto
    set among its founder, address, phone and e-mail lines are its own), or under a breadcrumb
    that names the story's section (the menu's lines above it are the site's). The headline is
    under it; where no text line is, nothing is cut."""
    contacts = [line.number for line in h.lines if line.kind is K.FURNITURE and h.g.contact_line(line.text)]
    cut = contacts[-1] if len(contacts) >= CONTACT_BLOCK else -1
    crumb = next((line for line in reversed(h.lines) if line.kind is K.LABEL and line.info
                  and line.text != line.info), None)
    if crumb is not None and crumb.number > cut and texts and texts[0].number < crumb.number:
        cut = crumb.number
        if "section" not in b.fields:
            b.fields["section"] = crumb.info
            b.role(crumb, "section")
    if cut < 0 or not texts or texts[0].number > cut or texts[-1].number < cut:
        return texts
    for line in texts:
        if line.number < cut:
            b.role(line, "dropped:site-header")
    return [line for line in texts if line.number > cut]


def _byline_under_anchor(texts: List[Line], anchor: Optional[int], b: Builder) -> None:
    """An author's name printed under another site's time line, above the headline: the byline."""
    after = [line for line in texts if anchor is not None and line.number > anchor]
    if len(after) > 1 and NAME.match(after[0].text) and headline_like(after[1].text):
        b.set_byline(after[0].text)
        b.role(after[0], "byline")
        texts.remove(after[0])


#: A whole quote and its speaker ("«...», – сказал Песков."): a standfirst, not a quote's start set
#: above the dateline.
ATTRIBUTED_QUOTE = re.compile(r"[»”\"],?\s[–—-]\s[^«»“”\"]{3,80}[.!]$")


def _lead_in(rest: List[Line], scan: Scan, b: Builder, h: Header) -> Tuple[List[Line], List[Line]]:
    """(headline and lead candidates, the sentences just above the story start that belong to it:
    a quote set above the dateline). The site's lines above the headline are dropped."""
    lead_in: List[Line] = []
    keep = 0
    for step in ("lead-in", "headline"):
        if (step == "headline") == (scan.anchor is None):  # another site's headline + lead: the lead stays
            rest = pick_headline(rest, scan.anchor, b, scan.byline_anchor, h.on_story)
            keep = 2
            continue
        # (Not a question or an exclamation standing alone: such a line is a headline.)
        # (Nor a headline cut short, the header's one line: "... breakdowns for Ukraine...".)
        while len(rest) > keep and is_sentence(rest[-1].text) and len(rest[-1].text) > 80 \
                and rest[-1].text[-1] not in "?!" \
                and not (len(rest) == 1 and rest[0].text.endswith(("...", "…"))):
            lead_in.insert(0, rest.pop())
    # A headline and one sentence under it: the sentence is the standfirst, unless it is a quote
    # (a quote set above the dateline opens with its quote mark).
    if len(rest) == 1 and len(lead_in) == 1 and (lead_in[0].text[:1] not in QUOTE_OPENERS
                                                 or ATTRIBUTED_QUOTE.search(lead_in[0].text) is not None):
        rest.append(lead_in.pop())
    return rest, lead_in


def _headline(rest: List[Line], b: Builder, h: Header) -> List[Line]:
    """Take the headline, the first of `rest` (a lone standfirst that refers back to a headline the
    page lost is the lead); drop its doubles. Gives `rest` without them (empty: no headline)."""
    if len(rest) == 1 and h.has_story and rest[0].text.split(maxsplit=1)[0] in h.g.vocab.lead_openers:
        b.fields["lead"] = rest[0].text
        b.role(rest[0], "lead")
        return []
    if not rest:
        return rest
    b.fields["headline"] = rest[0].text
    b.role(rest[0], "headline")
    if "section" not in b.fields and h.has_story:
        rubric_over_headline(h.lines, rest[0], b)
    title = folded_title(rest[0].text)
    kept = rest[:1]
    for line in rest[1:]:
        if _is_double(folded_title(line.text), title):
            b.role(line, "dropped:duplicate-headline")
        else:
            kept.append(line)
    return kept


#: What a site may glue after a headline printed again: an image's sizes and its poster ("150 150 admin").
DOUBLE_TAIL_WORDS = 4


def _is_double(text: str, title: str) -> bool:
    """Is the line (folded) the headline (folded) again, maybe with a few words glued after it that
    are no sentence? (The copy may lack what a desk added to the headline: "Peskov: " before it,
    "?" after it.)"""
    if text == title:
        return True
    words = text.split()
    for cut in range(1, min(DOUBLE_TAIL_WORDS, len(words) - HEADLINE_WORDS) + 1):
        head, tail = " ".join(words[:-cut]), " ".join(words[-cut:])
        if head in title and not is_sentence(tail) and not is_sentence(head):
            return True
    return False


def _lead(rest: List[Line], b: Builder, h: Header) -> List[Line]:
    """Take the lead from the lines under the headline (`rest[1:]`); give those that are the story's
    (where the page has no story start, or on a listing). Labels and menu items between headline
    and lead are the site's; a line between lead and story is a photo's caption, else unknown."""
    if h.listing and not h.has_story:
        return rest[1:]
    labels = skip_labels(rest, b, h)  # labels and menu items (or a photo's name) under the headline
    if labels > 1:
        rest = rest[:1] + rest[labels:]
    if not h.has_story and len(rest) > 2 and bulleted(rest[1].text) and bulleted(rest[2].text):
        return rest[1:]  # a roundup's bulleted items under its title: all of them its body
    if len(rest) > 1 and _opens_story_block(rest, h):
        return rest[1:]
    if len(rest) > 1:
        b.fields["lead"] = rest[1].text
        b.role(rest[1], "lead")
    if not h.has_story:
        return rest[2:]
    above = last_part(rest[1]) if len(rest) > 1 else None
    next_story = h.story[0].number if h.story else -1
    for line in rest[2:]:
        # Right under the lead and right over the story, set line by line as headline and lead
        # are: a photo's caption.
        if above is not None and caption_under(above, line) and line is rest[-1] \
                and next_story == last_part(line).number + 1:
            b.caption(line, line.text)
            above = last_part(line)
            continue
        above = None
        if over_credit(line, h):
            b.caption(line, line.text)
            continue
        if getattr(h.by_number.get(line.number - 1), "kind", None) is K.CREDIT and b.fuller_caption(line):
            continue  # a caption taken in short over its credit, printed in full under it
        b.role(line, "dropped:unknown")
        b.warnings.append(f"line {line.number}: unrecognised header line dropped")
    return []


def _opens_story_block(rest: List[Line], h: Header) -> bool:
    """Does the line under the headline open the story's block: a page that sets its paragraphs by
    single line breaks, the headline apart by a blank line, and no dateline ("Headline / (blank) /
    Line / Line ...")? Then it is the story's first paragraph: a standfirst stands apart from the
    story as the headline does (a page set all line by line keeps its lead, in the headline's block)."""
    headline, line = last_part(rest[0]), rest[1]
    if type(line) is Wrapped or headline.block == line.block or not ends_sentence(line.text):
        return False
    if h.has_story:  # the story starts right under it, in its block
        below = h.story[:1] if len(rest) == 2 else []
    else:  # no story start: the lines under the headline are the story's, all in one block
        below = rest[2:] if all(type(other) is not Wrapped and other.block == line.block for other in rest[2:]) else []
    return bool(below) and below[0].number == line.number + 1 \
        and all(other.kind is K.TEXT and other.block == line.block for other in below[:1]) \
        and ends_sentence(below[0].text) and not any(other.kind is K.DATELINE for other in h.story)


def _news_items(news: List[Line], has_headline: bool, b: Builder, h: Header) -> None:
    """Latest-news entries glued into lines: furniture, unless a lone one heads this very story."""
    if len(news) == 1 and not has_headline and h.on_story(news[0].info["title"]):
        match = news[0].info
        b.fields["headline"] = match["title"].strip()
        b.fields["section"] = match["section"]
        timeline = dates.read_time_line(match["time"], h.g.vocab.months, h.g.vocab.zone_offsets, h.g.vocab)
        if timeline is not None and b.time is None:
            b.time = timeline
            b.fields["published_text"] = match["time"]
        b.role(news[0], "headline+section+time")
    else:
        for line in news:
            b.role(line, "dropped:news-list")
