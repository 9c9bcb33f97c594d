"""One article of a page read and assembled: header, body, the labeler's say, the record."""
from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date
from itertools import islice
from typing import Any, Callable, Dict, List, Optional, Tuple

import tasscli.parsing.lines as K
from tasscli.parsing import dates
from tasscli.parsing.article.body import read_body
from tasscli.parsing.article.builder import Builder
from tasscli.parsing.article.fields import article_day, article_language, check_dateline_day, local_time_note
from tasscli.parsing.article.gallerytitle import gallery_title
from tasscli.parsing.article.gluedcaption import colon_place_dateline, cut_glued_caption
from tasscli.parsing.article.header import read_header
from tasscli.parsing.article.loneline import lone_sentence
from tasscli.parsing.grammar import Grammar
from tasscli.parsing.lines import (
    QUOTE_OPENERS,
    Line,
    ends_sentence,
    headline_like,
    is_sentence,
    menu_like,
    year_abbreviated,
)
from tasscli.parsing.pagelines import repeated_standfirst
from tasscli.parsing.storystart import story_start
from tasscli.record import Article, LineRole, replaced

#: LineRole(number, role, article) without the named tuple's Python-level __new__: a page makes
#: one per line.
_line_role = tuple.__new__


def read_article(segment: List[Line], index: int, source: str, prefix: Optional[date], g: Grammar,
                 listing: bool, carried: Optional[dates.DayLine], labels: Tuple[List[int], List[Line]],
                 month_prefix: Optional[date] = None, labeler: Optional[Callable[..., None]] = None
                 ) -> Tuple[Article, Optional[dates.DayLine]]:
    """Read one article of a page (`segment`, the `index`th) into its record; give it and the day
    it printed (carried to the next articles of a listing)."""
    fields, day = read_fields(segment, index, source, prefix, g, listing, carried, labels, month_prefix, labeler)
    return Article(**fields), day


def read_fields(segment: List[Line], index: int, source: str, prefix: Optional[date], g: Grammar,
                listing: bool, carried: Optional[dates.DayLine], labels: Tuple[List[int], List[Line]],
                month_prefix: Optional[date] = None, labeler: Optional[Callable[..., None]] = None
                ) -> Tuple[Dict[str, Any], Optional[dates.DayLine]]:
    """`read_article`'s record as the `Article(**fields)` arguments by name, so that the parser
    can add its page-wide warnings and normalize them before it builds the article, once."""
    vocab = g.vocab
    b = Builder()
    b.grammar = g
    _read_lines(segment, b, g, listing, labeler)
    cut_glued_caption(b)
    colon_place_dateline(b)
    gallery_title(b, segment)  # a gallery's title and standfirst under its intro
    if b.dateline is not None and prefix is not None:
        check_dateline_day(b, prefix, vocab)
    agency = b.agency or (vocab.prefix_agency if prefix is not None and b.dateline is None else None)
    other_day = article_day(b, carried, vocab)
    if other_day is None and month_prefix is not None and b.time is not None and b.time.year is None:
        other_day = month_prefix  # only its year is read (dates.published)
    if b.time is None and other_day is not None and b.notes:
        b.time = local_time_note(b.notes, other_day)
    published, warnings = dates.published(prefix, b.time, agency, other_day, vocab.agency_zones)
    if "section" not in b.fields:
        _listing_section(b, segment, labels)
    roles = _line_roles(b, index, listing)
    fields = dict(
        source=source,
        headline=b.fields.get("headline"),  # type: ignore[arg-type]
        lead=_lead(b),
        section=b.fields.get("section"),  # type: ignore[arg-type]
        published=published,
        published_text=b.fields.get("published_text"),  # type: ignore[arg-type]
        dateline=b.dateline,
        byline=b.byline,
        body=tuple(b.body),
        credits=tuple(b.credits),
        captions=tuple(b.captions),
        agency=agency,
        language=article_language(b),
        notes=tuple(b.notes),
        warnings=tuple(warnings + b.warnings),
        lines=roles,
        section_slug=None,  # normalization's
    )
    return fields, b.day



def _lead(b: Builder) -> Optional[str]:
    """The lead, without a link to the full story glued to a card's teaser ("... …read more")."""
    lead = b.fields.get("lead")
    return b.cut_trailing(lead) or None if isinstance(lead, str) else lead


def _read_lines(segment: List[Line], b: Builder, g: Grammar, listing: bool,
                labeler: Optional[Callable[..., None]]) -> None:
    """Give every line of the article its role: header, then story, then the labeler's say."""
    start = story_start(segment)
    opening = None if listing else opening_sentence(segment, start)
    if opening is None and not listing:
        opening = repeated_standfirst(segment)  # the lead, as an opening sentence is one
        if opening is None:
            opening = standfirst_over_byline(segment, start, g)
        if opening is None:
            opening = teaser_standfirst(segment)
        if opening is None:
            opening = standfirst_over_headline(segment, g)
        if opening is None:
            opening = lone_sentence(segment)
    if opening is not None:  # the rules' ruling: a page opening with a sentence, no headline: the lead
        b.fields["lead"] = segment[opening].text
        b.role(segment[opening], "lead")
        header, body = segment[:opening], segment[opening + 1:]
        lead_in = read_header(header, b, g, body, has_story=True, listing=listing)
    else:
        header, body = (segment, []) if start is None else (segment[:start], segment[start:])
        lead_in = read_header(header, b, g, body, has_story=start is not None, listing=listing)
    read_body(lead_in + body, b, g)
    if b.dateline is not None and b.dateline.agency is None:
        # The last line of the story's text, or a footer's line after it.
        for line in reversed(segment):
            if line.kind in K.TEXT_OR_DATELINE and not menu_like(line.text):
                break
            if _signed_agency(line, b, g):
                break
    if labeler is not None:
        labeler(segment, start, b)


#: How many of a story's meta lines (byline, read time, sharing, photo) may stand under its standfirst.
BYLINE_META = 8


def standfirst_over_byline(segment: List[Line], start: Optional[int], g: Grammar) -> Optional[int]:
    """The standfirst set over the story's byline: the story's opening sentence (no dateline), a
    block of its own, with the byline under it (a "By" line, or the agency's name alone on its line,
    the agency as author), maybe among a read time, sharing buttons and a photo, then the story.
    The agency's name alone is furniture then, not a paragraph."""
    if start is None or segment[start].kind is not K.TEXT or start + 1 >= len(segment) \
            or segment[start + 1].block == segment[start].block:
        return None
    agencies = g.vocab.byline_agencies
    meta = []
    at = start + 1
    while at < len(segment) and at <= start + BYLINE_META:
        line = segment[at]
        if line.kind is K.BYLINE or (line.kind is K.TEXT and line.text in agencies):
            meta.append(line)
        elif line.kind not in K.FURNITURE_OR_CAPTION_OR_CREDIT:
            break
        at += 1
    if not meta or at >= len(segment) or not is_sentence(segment[at].text) or segment[at].kind is not K.TEXT:
        return None
    for line in meta:
        if line.kind is K.TEXT:
            line.kind = K.FURNITURE
    return start


#: A teaser shares this many characters of its start with the paragraph it was cut from.
TEASER_START = 40


def teaser_standfirst(segment: List[Line]) -> Optional[int]:
    """The standfirst a site cut from the story's start with an ellipsis ("Text of the first
    paragraph… ") and set under the headline, the story printed in full under it: the index of
    that teaser, the second text line of the page (under the headline, the site's short lines
    maybe between), when the next text line opens as it does; else None."""
    texts = list(islice((index for index, line in enumerate(segment[:TEASER_LINES])  # the first three
                         if line.kind is K.DATELINE or (line.kind is K.TEXT and not menu_like(line.text))), 3))
    if len(texts) < 3 or segment[texts[0]].kind is not K.TEXT or segment[texts[1]].kind is not K.TEXT:
        return None
    teaser, story = segment[texts[1]].text, segment[texts[2]].text
    if not teaser.endswith(("…", "...")) or len(teaser) < 2 * TEASER_START:
        return None
    return texts[1] if " ".join(story.split())[:TEASER_START] == " ".join(teaser.split())[:TEASER_START] else None


#: The teaser is among the page's first lines.
TEASER_LINES = 12


def standfirst_over_headline(segment: List[Line], g: Grammar) -> Optional[int]:
    """The standfirst of a page that prints the headline again right under it (an image's alt text
    or an audio player's title over the story): the index of the first sentence under the headline,
    the photo's lines and the site's short lines maybe between, when the next line is the headline
    again; else None."""
    texts = list(islice((index for index, line in enumerate(segment[:TEASER_LINES])  # the first three
                         if line.kind in K.TEXT_OR_DATELINE and not menu_like(line.text)
                         and not _alt_text(line.text, g)), 3))
    # (The headline may read as a dateline with no agency: "ЭКСПЕРТ: ...", a headline in capitals.)
    if len(texts) < 3 or segment[texts[1]].kind is not K.TEXT:
        return None
    headline, lead = segment[texts[0]], segment[texts[1]]
    after = segment[texts[1] + 1] if texts[1] + 1 < len(segment) else None
    if after is None or after.text.casefold() != headline.text.casefold() \
            or not ends_sentence(lead.text) or headline_like(lead.text) and not is_sentence(lead.text):
        return None
    # The story goes on under the repeat (a photo's caption repeating the headline under the only
    # paragraph is no sign).
    story = any(line.kind in K.TEXT_OR_DATELINE and is_sentence(line.text) for line in segment[texts[1] + 2:])
    return texts[1] if story else None


def _alt_text(text: str, g: Grammar) -> bool:
    """`Grammar.alt_text` on a line: only one holding a dash between spaces (a line's only space is
    " ") may match it."""
    return (" - " in text or " – " in text or " — " in text) and g.alt_text.fullmatch(text) is not None


def _listing_section(b: Builder, segment: List[Line], labels: Tuple[List[int], List[Line]]) -> None:
    """The section of a listing item: the last label printed above its headline. `labels`: the
    page's label lines' numbers and the lines. A bisection: a digest of thousands of items read
    all the page's lines for each."""
    head = next((n for n, role in b.roles.items() if role.startswith("headline")), None)
    limit = head if head is not None else (segment[0].number if segment else 0)
    above = bisect_left(labels[0], limit)
    if above:
        b.fields["section"] = labels[1][above - 1].info


def _line_roles(b: Builder, index: int, listing: bool) -> Tuple[LineRole, ...]:
    """Each line's role in page order, with the article it belongs to."""
    if listing and index == 0:
        # Page furniture above the first item belongs to no article.
        first_kept = min((n for n, role in b.roles.items() if not role.startswith("dropped:")), default=0)
        return tuple([_line_role(LineRole, (number, role, None if number < first_kept and role.startswith("dropped:")
                                            else index)) for number, role in sorted(b.roles.items())])
    return tuple([_line_role(LineRole, (number, role, index)) for number, role in sorted(b.roles.items())])


#: An opening sentence longer than this is a paragraph of the story (as `story_start` reads one).
OPENING_SENTENCE = 80
#: A page set line by line may open with a sentence this long (its lead), not a paragraph.
OPENING_LINE = 240
#: A place and a dash opening a line ("Madrid - ..."): a dateline no shape reads, which opens a story.
PLACE_DASH = re.compile(r"[A-ZА-ЯЁ][\w.'’]+(?: [A-ZА-ЯЁ][\w.'’]+){0,2}\s[-–—]\s")


def _signed_agency(last: Line, b: Builder, g: Grammar) -> bool:
    """A dateline printed with no agency ("Смоленск. 12 мая") takes the agency whose bare name
    signs the story on a line of its own ("ТАСС"), the site's furniture otherwise. Did it?"""
    if last.kind is not K.FURNITURE or len(last.text) > 40:
        return False
    printed = last.text.strip(" .")
    # The name alone, as one of the agency's printed forms (not "Источник: РИА Новости", a source line).
    agency = next((agency.name for agency in g.agencies
                   if any(re.fullmatch(form, printed) for form in agency.printed)), None)
    if agency is None or b.dateline is None:
        return False
    b.dateline = replaced(b.dateline, {"agency": printed})
    b.agency = agency
    return True


def _line_by_line_opening(segment: List[Line], first: int) -> bool:
    """Does a page with no headline, no dateline and no blank line between its paragraphs (one block) open
    with a sentence followed by more sentences of one line each ("Sentence. / Sentence. / ...")?
    Then the first is the lead (the rules' ruling), even when long enough to open the story. (Only
    a page whose first line it is: under a credit or time line, the labels read such a page as all
    body.)"""
    text = segment[first].text
    # (A site's short lines, its controls and footer headings, may stand among them.)
    rest = [line for line in segment[first + 1:] if line.kind is K.DATELINE
            or (line.kind is K.TEXT and not menu_like(line.text))]
    return ends_sentence(text) and len(text) <= OPENING_LINE and text[:1] not in QUOTE_OPENERS \
        and not PLACE_DASH.match(text) \
        and all(line.kind is K.TEXT for line in rest) and bool(rest) \
        and all(line.block == segment[first].block for line in rest) \
        and not any(line.kind is K.DATELINE for line in segment) and ends_sentence(rest[0].text)


def _opening_under_stamp(segment: List[Line], first: int) -> bool:
    """Does a page with no headline and no dateline open, under its feed's stamp and the site's
    lines only ("14:32 Источник: ...", furniture all), with a paragraph set apart by a blank line,
    more paragraphs under it? Then that paragraph is the lead (the rules' ruling), however long.
    (Under a photo's credit, or set line by line, the labels read such a page as all body.)"""
    text = segment[first].text
    if not ends_sentence(text) or text[:1] in QUOTE_OPENERS or any(line.kind is K.DATELINE for line in segment):
        return False
    above = segment[:first]
    rest = [line for line in segment[first + 1:] if line.kind is K.TEXT]
    return any(line.text[:1].isdigit() for line in above) and all(line.kind is K.FURNITURE for line in above) \
        and bool(rest) and rest[0].block != segment[first].block and ends_sentence(rest[0].text)


def opening_sentence(segment: List[Line], start: Optional[int]) -> Optional[int]:
    """The index of the sentence a page opens with when no headline stands above it (then it is
    the lead), else None. Only the site's lines (no text) may stand above it; the story goes on
    after it, and no text stands between it and the dateline. A sentence long enough to open the
    story itself (as `story_start` reads one: the corpus labels pages of paragraphs with no
    headline as all body) or a dateline's paragraph is none."""
    first = next((index for index, line in enumerate(segment) if line.kind in K.TEXT_OR_DATELINE_OR_BULLET_TITLE),
                 None)
    if first is None or segment[first].kind is not K.TEXT:
        return None
    if start is not None and start <= first:
        if start == first == 0:
            return first if _line_by_line_opening(segment, first) else None
        return first if start == first and _opening_under_stamp(segment, first) else None
    text = segment[first].text
    if not ends_sentence(text) or len(text) > OPENING_SENTENCE or len(text.split(None, 3)) < 3 or text[-1:] in "?!" \
            or text[:1] in QUOTE_OPENERS or year_abbreviated(text):
        return None
    if start is not None and any(line.kind is K.TEXT for line in segment[first + 1:start]):
        return None  # text between it and the dateline: the site's header lines, not a lead
    rest = segment[first + 1:]
    return first if any(line.kind in K.TEXT_OR_DATELINE and ends_sentence(line.text) for line in rest) else None
