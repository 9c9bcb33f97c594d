"""Where the articles of a page start: one for most pages, several for listings, digests and
blog archives; and where, within an article, the story starts."""
from __future__ import annotations

import re
from datetime import date
from typing import List, Optional

from tasscli.parsing.lines import (
    QUOTE_OPENERS,
    Line,
    ends_sentence,
    headline_like,
    is_sentence,
    menu_like,
    names_footer,
)
from tasscli.vocab import Vocabulary

#: A sentence's end inside a line ("... the capital's coast. “They usually follo"): a story's
#: paragraph cut off, not a headline.
SENTENCE_INSIDE = re.compile(r"[a-z]{2}[.!?][”\"’]?\s+[A-Z“\"‘]")


def story_start(lines: List[Line]) -> Optional[int]:
    """The line that opens the story: a dateline (one naming its agency first; not one that
    heads a headline, `_headline_dateline`), else a long sentence.

    Where the headline is printed again further down (a teaser card above the article), the story
    is looked for after the repeat.
    """
    begin = 0
    first = next((i for i, ln in enumerate(lines) if ln.kind in ("text", "bullet-title")
                  and not menu_like(ln.text)), None)  # not a site's menu item above it
    if first is not None:
        title = lines[first].text.casefold()
        again = [i for i in range(first + 2, len(lines)) if lines[i].text.casefold() == title]
        if again and any(ln.kind == "dateline" for ln in lines[again[0]:]):
            begin = again[0]
    datelines = [i for i in range(begin, len(lines)) if lines[i].kind == "dateline"]
    # Strong: naming its agency, or its place and date ("HAVANA, February 14th  Love songs ...").
    strong = [i for i in datelines if lines[i].info[1] is not None  # type: ignore[index]
              or (lines[i].info[0].date is not None and lines[i].info[0].place is not None)]  # type: ignore[index]
    story = [i for i in datelines if not _headline_dateline(lines[i])]
    if strong or story:
        return (strong or story)[0]
    for index, line in enumerate(lines):
        if line.kind == "text" and is_sentence(line.text) and len(line.text) > 80:
            return index
    return None


def _headline_dateline(line: Line) -> bool:
    """Is the dateline a headline's opening instead ("MOSCOW: Russian Railways to launch night
    train")? One naming no agency and no date, with text but no sentence after it on its line."""
    dateline, agency, rest = line.info  # type: ignore[misc]
    # A dated one ("HAVANA, Feb 13. ...") is a story's, whatever its paragraph ends with.
    return agency is None and dateline.date is None and bool(rest.strip()) and not ends_sentence(rest)


def is_body_line(line: Line) -> bool:
    return line.kind == "text" and (is_sentence(line.text) or len(line.text) > 200)


#: Body-like paragraphs a story with no dateline or time line shows before another agency's
#: dateline may open a story of its own (a quote, a standfirst, or a headline ending with a question
#: mark, which reads as a sentence, above a page's own dateline are one or two).
UNANCHORED_STORY = 3
#: Lines that end a story: after them come the site's lists, or another story run on (`cat`).
_FOOTER_KINDS = frozenset({"tags", "tags-line", "end", "related", "related-item"})
#: Lines that anchor a story's header: another site's time or date line, a "From: agency" line.
_ANCHOR_KINDS = frozenset({"time", "date", "source", "section-time", "dateline", "bullet-title"})


def _body_follows(lines: List[Line]) -> List[bool]:
    """For each line, does a body-like line (a sentence, a long line, a dateline with its text)
    come after it before the next anchor or footer? One pass from the end."""
    follows = [False] * len(lines)
    seen = False
    for index in range(len(lines) - 1, -1, -1):
        follows[index] = seen
        line = lines[index]
        if line.kind == "dateline" and not _headline_dateline(line):
            seen = True
        elif line.kind in _ANCHOR_KINDS or line.kind in _FOOTER_KINDS:
            seen = False
        elif is_body_line(line):
            seen = True
    return follows


def _new_story_anchor(line: Line) -> bool:
    """Another site's time line or a date line (not tass.com's own time line, not a bare year)."""
    kind = line.kind
    return (kind == "time" and line.info.form != "tass") or kind == "source" or (  # type: ignore[union-attr]
        kind == "date" and not line.info.year_only)  # type: ignore[union-attr]


def _opens_glued(before: Line) -> bool:
    """May a line set right under `before`, in its block, open a paragraph: `before` is no text
    line cut mid-sentence?"""
    return before.kind != "text" or ends_sentence(before.text) or headline_like(before.text)


def _glued_headline(lines: List[Line], floor: int, index: int) -> Optional[int]:
    """A headline glued under a story's last paragraph, in its block, with a blank line under it:
    where pages joined by `cat` meet (a page ends with its line end, the next opens with its
    headline). The first such line in `lines[floor:index]`, else None."""
    for at in range(max(floor, 1), index):
        line, before, after = lines[at], lines[at - 1], lines[at + 1]
        if line.kind == "text" and before.block == line.block and after.block != line.block \
                and headline_like(line.text) and not ends_sentence(line.text) and len(line.text.split()) >= 3 \
                and ends_sentence(before.text) and is_body_line(before):
            return at
    return None


def drop_repeated_dateline(lines: List[Line]) -> None:
    """A dateline printed again alone at the end of the story, with no text of its own and none
    but short lines after it ("... last paragraph. / МОСКВА, 3 июня. /ТАСС/."), is the site's, not a story of its
    own: its line becomes furniture."""
    # (Short lines may follow it: the site's footer headings, "Most popular".)
    last = next((index for index in range(len(lines) - 1, -1, -1) if lines[index].kind == "dateline"
                 or (lines[index].kind == "text" and not menu_like(lines[index].text))), None)
    if last is None or lines[last].kind != "dateline" or lines[last].info[2].strip():  # type: ignore[index]
        return
    dateline = lines[last].info[0]  # type: ignore[index]
    if any(line.kind == "dateline" and (line.info[0].place, line.info[1]) == (dateline.place, lines[last].info[1])  # type: ignore[index]
           and line.info[2].strip() for line in lines[:last]):  # type: ignore[index]
        lines[last].kind, lines[last].info = "furniture", None


def article_starts(lines: List[Line], prefix: Optional[date], vocab: Vocabulary) -> List[int]:
    """Where the articles of a page start (indexes into `lines`); most pages give [0].

    One pass over the classified lines: an article starts at a bullet headline, at the line after a
    separator, at another site's time or date line or a "From: agency" line (or the headline
    just above it), or at a dateline when the article being read already has one; the headline
    printed just above a start (after the previous story's text) opens the new article.

    Stories run together (pages joined by `cat`, issue 18.2): after a story's footer (tags, the
    end mark, "Read also"), an agency's dateline, or a time or date line with a story under it,
    opens another article; so does an agency's dateline opening a paragraph after a story that
    has body text but no dateline. The new article takes the header lines above its anchor, up
    to the previous story's last body-like paragraph or footer line (`last_body`).
    """
    cut = _Starts(lines, vocab)
    for index in range(len(lines)):
        if not cut.step(index):
            break
    cut.lone_headline_at_end()
    # A start holding no headline, dateline or text (a lone date header at the end) is not an article.
    starts = cut.starts
    kept = [starts[0]]
    for number, start in enumerate(starts[1:], 1):
        end = starts[number + 1] if number + 1 < len(starts) else len(lines)
        if any(ln.kind in ("text", "dateline", "bullet-title") for ln in lines[start:end]):
            kept.append(start)
    if len(kept) == 1 and prefix is None:
        kept = headline_listing(lines)
    if prefix is None:
        teasers = teaser_listing(lines)
        if teasers:
            kept = sorted(set(kept) | set(teasers))
    return kept


class _Starts:
    """The one pass of `article_starts`: the starts found so far, and what is known of the article
    being read (its anchor, dateline and body, whether its footer was met, its last body-like line,
    a headline-like line after its text that may open the next)."""

    __slots__ = ("lines", "vocab", "starts", "has_anchor", "has_dateline", "has_body", "text_body", "ended",
                 "last_body", "pending", "after_separator", "_follows")

    def __init__(self, lines: List[Line], vocab: Vocabulary) -> None:
        self.lines = lines
        self.vocab = vocab
        self.starts = [0]
        self.has_anchor = self.has_dateline = self.has_body = False
        self.text_body = 0  # the article's body-like paragraphs, anchored or not
        self.ended = False  # the article's footer was met: what follows is not its story
        self.last_body = -1  # the article's last body-like line or footer line
        self.pending: Optional[int] = None  # a headline-like line after the current article's text
        self.after_separator = False
        self._follows: Optional[List[bool]] = None  # _body_follows(lines), made on first need

    def open_at(self, index: int) -> None:
        self.starts.append(index)
        self.has_anchor = self.has_dateline = self.has_body = self.ended = False
        self.text_body = 0
        self.pending = None

    def header_start(self, index: int, sure: bool = True) -> int:
        """Where the story anchored at `index` begins. `sure`: after a footer, or after a story
        with no anchor, the header runs up from `index` to the last story's last body-like line;
        else it is the headline set above the anchor (`pending`), or the anchor itself, unless a
        headline is glued under the last story's paragraph (files joined with no blank line)."""
        lines, last_body, pending = self.lines, self.last_body, self.pending
        floor = min(index, max(last_body + 1, self.starts[-1] + 1))
        if not sure:
            glued = _glued_headline(lines, floor, index)
            if glued is not None and (pending is None or glued < pending):
                return glued
            return pending if pending is not None else floor
        if pending is not None:
            return pending
        # A quote set right above a dateline opens that story (tass.com's layout), not the last one.
        if floor == index and index >= 2 and lines[index].kind == "dateline" and last_body == index - 1 \
                and last_body > self.starts[-1] and lines[last_body].text[:1] in QUOTE_OPENERS \
                and lines[last_body].block != lines[index].block and self.text_body >= UNANCHORED_STORY + 1:
            return last_body
        return floor

    def body_under(self, index: int) -> bool:
        if self._follows is None:
            self._follows = _body_follows(self.lines)
        return self._follows[index]

    def step(self, index: int) -> bool:
        """Read the line at `index`; False where nothing after it is read."""
        line = self.lines[index]
        kind = line.kind
        if self.ended and not self._reopens(index):
            return True
        if kind in ("end", "tags"):
            if self.starts[-1] == 0 and not (self.has_body or self.text_body):
                return False  # a page's header ends in its tags: nothing after is read, as before
            self.ended = True
            self.last_body = index
            return True
        if kind == "bullet-title":
            if self.has_anchor or self.has_body:
                self.open_at(index)
            self.has_anchor = True
        elif kind == "separator":
            self.after_separator = True
            return True
        elif _new_story_anchor(line):
            if self.has_body:
                self.open_at(self.header_start(index, sure=False))
            self.has_anchor = True
        elif kind == "dateline" and not _headline_dateline(line):
            self._dateline(index)
        elif kind in ("text", "dateline"):  # a dateline here: one that heads a headline (see below)
            self._text(index)
        elif kind in _FOOTER_KINDS:
            self.last_body = index
        self.after_separator = False
        return True

    def _reopens(self, index: int) -> bool:
        """After the footer: only another story's anchor with its text under it opens anything
        (True: an article opened at or above `index`); footer lines move `last_body` on."""
        lines = self.lines
        line = lines[index]
        kind = line.kind
        agency_dateline = kind == "dateline" and line.info[1] is not None \
            and not _headline_dateline(line) and (index == 0 or lines[index - 1].block != line.block)  # type: ignore[index]
        if agency_dateline or ((_new_story_anchor(line) or kind == "dateline") and self.body_under(index)):
            self.open_at(self.header_start(index))
            self.ended = False
            return True
        if kind in _FOOTER_KINDS or (kind == "text" and menu_like(line.text)
                                     and names_footer(line.text, self.vocab.footer_words)):
            self.last_body = index
        return False

    def _dateline(self, index: int) -> None:
        """A story's dateline: a second one, or an agency's after a story with none, opens an article."""
        lines = self.lines
        line = lines[index]
        # A dateline glued under the last line of the story before (files joined by `cat`)
        # opens a paragraph too; not one that a cut sentence runs on into.
        starts_block = index == 0 or lines[index - 1].block != line.block or (
            self.has_dateline and _opens_glued(lines[index - 1]))
        # A second dateline naming its agency, or its place and date; or an agency's dateline
        # after a story with no dateline (not the paragraph before printed again: "a paragraph
        # printed twice counts twice").
        if ((self.has_dateline and self.has_body and (line.info[1] is not None or line.info[0].date is not None))  # type: ignore[index]
                or (self.text_body >= UNANCHORED_STORY and not self.has_dateline and line.info[1] is not None)) \
                and starts_block and line.text != lines[index - 1].text:  # type: ignore[index]
            self.open_at(self.header_start(index, sure=not self.has_dateline))
        self.has_dateline = self.has_anchor = self.has_body = True
        self.text_body += 1
        self.last_body = index
        self.pending = None

    def _text(self, index: int) -> None:
        """A text line: after a separator a headline opens an article; after a story's text a
        headline-like line opening a block may (`pending`); a body-like line is the story's."""
        lines = self.lines
        line = lines[index]
        starts_block = index == 0 or lines[index - 1].block != line.block
        if self.after_separator and self.has_body and headline_like(line.text):
            self.open_at(index)
            self.has_anchor = True
        elif self.has_body and starts_block and headline_like(line.text):
            self.pending = index
        elif is_body_line(line):
            self.text_body += 1
            self.last_body = index
            if self.has_anchor:
                self.has_body = True
                self.pending = None

    def lone_headline_at_end(self) -> None:
        """A listing cut after a headline: the lone headline at the end is an article with no text.
        Not a footer heading over the site's buttons ("Most viewed" / "Share")."""
        lines, pending = self.lines, self.pending
        if len(self.starts) > 1 and pending is not None and pending > self.starts[-1] and \
                all(ln.kind not in ("text", "dateline") for ln in lines[pending + 1:]) \
                and not names_footer(lines[pending].text, self.vocab.footer_words) \
                and not SENTENCE_INSIDE.search(lines[pending].text):
            self.starts.append(pending)


#: A teaser listing needs this many items set apart by wider gaps than its paragraphs'.
TEASER_ITEMS = 3


def teaser_listing(lines: List[Line]) -> List[int]:
    """The starts of a listing's items set apart by wider gaps than the page's usual one: a
    headline, then one paragraph (its teaser), then the wider gap ("Headline / teaser // Headline /
    teaser // ..."); [] when the page is not one. An article's subheads are followed by more than
    one paragraph, and a page of a few such items is too little to tell."""
    footer = next((index for index, line in enumerate(lines) if line.kind in ("end", "tags")), None)
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
        if gaps[index - 1] <= usual or line.kind != "text" or not headline_like(line.text) \
                or ends_sentence(line.text) or len(line.text.split()) < 4:
            continue
        teaser = lines[index + 1]
        if gaps[index] != usual or teaser.kind not in ("text", "dateline"):
            continue
        # The teaser is one block, and a wider gap (or the page's end) follows it.
        end = index + 1
        while end + 1 < len(lines) and gaps[end] == 0:
            end += 1
        if end + 1 < len(lines) and gaps[end] <= usual:
            continue
        starts.append(index)
    return starts if len(starts) >= TEASER_ITEMS else []


def headline_listing(lines: List[Line]) -> List[int]:
    """A blog index of undated stories with no datelines: headline + paragraphs, again and again."""
    if not lines or any(ln.kind in ("dateline", "time", "date", "source", "section-time") for ln in lines):
        return [0]
    first = lines[0]
    if first.kind != "text" or not headline_like(first.text) or ends_sentence(first.text):
        return [0]
    starts = [0]
    for index in range(1, len(lines) - 1):
        line, before, after = lines[index], lines[index - 1], lines[index + 1]
        if line.kind == "text" and before.block != line.block and after.block != line.block \
                and headline_like(line.text) and not ends_sentence(line.text) \
                and len(line.text.split()) >= 4 and is_body_line(before) \
                and not (before.text[-1:] in "?!" and headline_like(before.text)):  # a headline asking
            starts.append(index)
    return starts
