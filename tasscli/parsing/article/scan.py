"""The header's first pass: each line above the story handled by its kind (furniture dropped, the
time line, date, section, byline, captions and credits taken), and what the later steps need kept in
a `Scan`: the text lines left to read, the latest-news entries, and the lines that place the headline."""
from __future__ import annotations

from typing import List, Optional

import tasscli.parsing.lines as K
from tasscli.parsing.article.builder import Builder
from tasscli.parsing.lines import Line

#: Kinds of header line that are the site's, dropped as they are met.
_DROPPED_KINDS = frozenset((K.FURNITURE, K.TAGS, K.TAGS_LINE, K.RELATED, K.RELATED_ITEM, K.END, K.SEPARATOR,
                            K.LABEL, K.SOURCE))
#: The role of a header line dropped for its kind, where it is not "dropped:furniture".
_HEADER_DROPS = {K.LABEL: "dropped:label", K.TAGS_LINE: "dropped:tags"}


class Scan:
    """What the first pass over the header found, besides the roles it gave."""

    __slots__ = ("texts", "news", "seen_text", "section_line", "time_line", "anchor", "byline_anchor")

    def __init__(self) -> None:
        self.texts: List[Line] = []  # text lines (and headlines glued to a time line), in page order
        self.news: List[Line] = []  # latest-news entries glued into lines
        self.seen_text = False
        self.section_line: Optional[Line] = None
        self.time_line: Optional[Line] = None  # tass.com's own time line, the article's
        self.anchor: Optional[int] = None  # line number of another site's time/date line
        self.byline_anchor = False  # that line is "Name | date": headline and lead stand above it


def scan_header(lines: List[Line], b: Builder, has_story: bool) -> Scan:
    """Give each header line the role its kind decides; keep the rest in the `Scan`."""
    scan = Scan()
    for position, line in enumerate(lines):
        kind = line.kind
        if kind in K.END_OR_TAGS and scan.seen_text and not has_story:
            # With no story start the header runs to the page's end: a tags footer (or the end
            # mark) after its text closes it, as it closes a story in `read_body`.
            for later in lines[position:]:
                b.role(later, "dropped:tags" if kind is K.TAGS else "dropped:furniture")
            break
        for note in line.notes:
            b.note(note)
        _scan_line(line, position, lines, b, scan)
    return scan


def _scan_line(line: Line, position: int, lines: List[Line], b: Builder, scan: Scan) -> None:
    kind = line.kind
    if kind is K.TEMPLATE:
        b.role(line, "dropped:template")
    elif kind in _DROPPED_KINDS:
        b.role(line, _HEADER_DROPS.get(kind, "dropped:furniture"))
        if kind is K.SOURCE:
            scan.anchor = line.number
    elif kind is K.NOTE:
        b.role(line, "note")
    elif kind is K.BYLINE:
        b.set_byline(line.info[0])
        b.role(line, "byline")
    elif kind is K.CAPTION:
        b.caption_with_credit(line, *line.info)
    elif kind is K.GRAPHIC:  # "Infographics TITLE": the caption TITLE
        b.caption(line, graphic_title(line.info))
    elif kind is K.DATE:
        _scan_date(line, b, scan)
    elif kind is K.SECTION:
        # A rubric above all text is a menu's, but for one under the article's own time line.
        if (scan.seen_text or b.roles.get(line.number - 1) == "time") and scan.section_line is None:
            scan.section_line = line
            b.fields["section"] = line.info
            b.role(line, "section")
        else:
            b.role(line, "dropped:menu")
    elif kind in K.TIME_OR_SECTION_TIME:
        _scan_time(line, position, lines, b, scan)
    elif kind is K.HEADLINE_TIME:  # the headline glued to another site's time line
        timeline, credit, *glued = line.info
        if b.time is None:
            b.time = timeline
            b.fields["published_text"] = timeline.text
        if credit:
            b.credits.append(credit)
        if glued and glued[0] is not None and b.dateline is None:  # the story's dateline glued after it
            b.dateline, b.agency = glued[0][0], glued[0][1]
        scan.seen_text = True
        scan.texts.append(line)
    elif kind is K.NEWS_ITEM:
        scan.news.append(line)
    elif kind is K.CREDIT:
        b.credit(line, line.info)
    else:  # text, or a dateline-looking line that was not the story's own
        scan.seen_text = True
        scan.texts.append(line)


def graphic_title(title: str) -> str:
    """An infographic label's title, once where the page glued it twice ("Volcano eruption Volcano
    eruption": the label's title and the picture's, on one line)."""
    words = title.split()
    half = len(words) // 2
    return " ".join(words[:half]) if half and len(words) % 2 == 0 and words[:half] == words[half:] else title


def _scan_date(line: Line, b: Builder, scan: Scan) -> None:
    """A date line: an update stamp gives a year; the first other one is the article's day, and
    another site's date line the headline stands next to."""
    day = line.info
    if day.year_only:
        b.year_hint = day.day.year
        b.role(line, "dropped:update-stamp")
    elif b.day is None:
        b.day = day
        b.set_byline(day.byline)
        b.role(line, "date")
        if day.section is not None:  # "Economy Mar. 4, 2022" closing a listing's item: under its teaser
            b.fields.setdefault("section", day.section)
            b.role(line, "section+date")
            return
        scan.anchor = line.number if scan.anchor is None else scan.anchor
        scan.byline_anchor = day.byline is not None
    else:
        b.role(line, "dropped:date")


def _scan_time(line: Line, position: int, lines: List[Line], b: Builder, scan: Scan) -> None:
    """A time line (or an AMP page's section and time on one line): the first is the article's;
    another site's places the headline, tass.com's own may have its section right above it."""
    kind = line.kind
    timeline = line.info if kind is K.TIME else line.info[1]
    if b.time is not None:
        b.role(line, "dropped:time")
        return
    b.time = timeline
    b.fields["published_text"] = timeline.text
    b.role(line, "time")
    b.set_byline(timeline.byline)
    if timeline.section and "section" not in b.fields:
        b.fields["section"] = timeline.section
    if timeline.form != "tass" and scan.anchor is None:
        scan.anchor = line.number
    elif timeline.form == "tass" and kind is K.TIME:
        scan.time_line = line
        _section_over_own_time_line(line, lines[position - 1] if position else None, b, scan)
    if kind is K.SECTION_TIME:
        b.amp = True
        b.fields["section"] = line.info[0]
        b.role(line, "section+time")


def _section_over_own_time_line(line: Line, above: Optional[Line], b: Builder, scan: Scan) -> None:
    """The section printed over tass.com's time line, in its block, is the article's, not a menu
    item further up that an item the tables lack let pass for it."""
    if above is not None and above.kind is K.SECTION and above is not scan.section_line \
            and above.block == line.block:
        if scan.section_line is not None:
            b.role(scan.section_line, "dropped:menu")
        scan.section_line = above
        b.fields["section"] = above.info
        b.role(above, "section")
