"""Where the articles of a page start: one for most pages, several for listings, digests and
blog archives (where, within an article, the story starts: `storystart`)."""
from __future__ import annotations

import re
from datetime import date
from typing import List, Optional

import tasscli.parsing.lines as K
from tasscli.parsing.lines import (
    QUOTE_OPENERS,
    Line,
    ends_sentence,
    headline_like,
    headline_long,
    is_sentence,
    menu_like,
    names_footer,
)
from tasscli.vocab import Vocabulary

#: A sentence's end inside a line ("... the capital's coast. “They usually follo"): a story's
#: paragraph cut off, not a headline.
SENTENCE_INSIDE = re.compile(r"[a-z]{2}[.!?][”\"’]?\s+[A-Z“\"‘]")
#: The story's last paragraph above the next story's cut headline is at least this long.
CUT_NEXT_ABOVE = 80
SENTENCE_END = re.compile(r"[a-z]{2}[.!?][”\"’]?\s")  # ... before anything: "last year. (end) nk.hm"


def headline_dateline(line: Line, under: Optional[Line] = None) -> bool:
    """Is the dateline a headline's opening instead ("MOSCOW: Russian Railways to launch night
    train")? One naming no agency and no date, with text but no sentence after it on its line, not
    hard-wrapped onto the line `under` it (one of its block going on in lower case: a sentence's)."""
    dateline, agency, rest = line.info  # type: ignore[misc]
    # A dated one ("HAVANA, Feb 13. ...") is a story's, whatever its paragraph ends with; so is
    # one with a word or two after it (a paragraph the page was cut in: "Madrid - Spanish police").
    return agency is None and dateline.date is None and len(rest.split(None, 3)) > 2 and not ends_sentence(rest) \
        and not (under is not None and under.block == line.block and under.kind is K.TEXT and under.text[:1].islower())


def heads_headline(lines: List[Line], index: int) -> bool:
    """`headline_dateline` of the dateline at `index`, the line under it read."""
    return headline_dateline(lines[index], lines[index + 1] if index + 1 < len(lines) else None)


def is_body_line(line: Line) -> bool:
    return line.kind is K.TEXT and (is_sentence(line.text) or len(line.text) > 200)


#: Body-like paragraphs a story with no dateline or time line shows before another agency's
#: dateline may open a story of its own (a quote, a standfirst, or a headline ending with a question
#: mark, which reads as a sentence, above a page's own dateline are one or two).
UNANCHORED_STORY = 3
#: Lines that end a story: after them come the site's lists, or another story run on (`cat`).
_FOOTER_KINDS = frozenset({K.TAGS, K.TAGS_LINE, K.END, K.RELATED, K.RELATED_ITEM})
#: Lines that anchor a story's header: another site's time or date line, a "From: agency" line.
_ANCHOR_KINDS = frozenset({K.TIME, K.DATE, K.SOURCE, K.SECTION_TIME, K.DATELINE, K.BULLET_TITLE})


def _body_follows(lines: List[Line]) -> List[bool]:
    """For each line, does a body-like line (a sentence, a long line, a dateline with its text)
    come after it before the next anchor or footer? One pass from the end."""
    follows = [False] * len(lines)
    seen = False
    for index in range(len(lines) - 1, -1, -1):
        follows[index] = seen
        line = lines[index]
        if line.kind is K.DATELINE and not heads_headline(lines, index):
            seen = True
        elif line.kind in _ANCHOR_KINDS or line.kind in _FOOTER_KINDS:
            seen = False
        elif is_body_line(line):
            seen = True
    return follows


def new_story_anchor(line: Line) -> bool:
    """Another site's time line or a date line (not tass.com's own time line, not a bare year)."""
    kind = line.kind
    return (kind is K.TIME and line.info.form != "tass") or kind is K.SOURCE or (  # type: ignore[union-attr]
        kind is K.DATE and not line.info.year_only)  # type: ignore[union-attr]


def _opens_glued(before: Line) -> bool:
    """May a line set right under `before`, in its block, open a paragraph: `before` is no text
    line cut mid-sentence?"""
    return before.kind is not K.TEXT or ends_sentence(before.text) or headline_like(before.text)


def _glued_headline(lines: List[Line], floor: int, index: int) -> Optional[int]:
    """A headline glued under a story's last paragraph, in its block, with a blank line under it:
    where pages joined by `cat` meet (a page ends with its line end, the next opens with its
    headline). The first such line in `lines[floor:index]`, else None."""
    for at in range(max(floor, 1), index):
        line, before, after = lines[at], lines[at - 1], lines[at + 1]
        if line.kind is K.TEXT and before.block == line.block and after.block != line.block \
                and headline_like(line.text) and not ends_sentence(line.text) and len(line.text.split(None, 3)) >= 3 \
                and ends_sentence(before.text) and is_body_line(before):
            return at
    return None


def drop_repeated_dateline(lines: List[Line]) -> None:
    """A dateline printed again alone at the end of the story, with no text of its own and none
    but short lines after it ("... last paragraph. / МОСКВА, 3 июня. /ТАСС/."), is the site's, not a story of its
    own: its line becomes furniture."""
    # (Short lines may follow it: the site's footer headings, "Most popular".)
    last = next((index for index in range(len(lines) - 1, -1, -1) if lines[index].kind is K.DATELINE
                 or (lines[index].kind is K.TEXT and not menu_like(lines[index].text))), None)
    if last is None or lines[last].kind is not K.DATELINE or lines[last].info[2].strip():  # type: ignore[index]
        return
    dateline = lines[last].info[0]  # type: ignore[index]
    if any(line.kind is K.DATELINE and (line.info[0].place, line.info[1]) == (dateline.place, lines[last].info[1])  # type: ignore[index]
           and line.info[2].strip() for line in lines[:last]):  # type: ignore[index]
        lines[last].kind, lines[last].info = K.FURNITURE, None


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
    cut.headless = prefix is None  # an archive's page (` date` prefix) is one story's or a news summary's
    for index in range(len(lines)):
        if not cut.step(index):
            break
    cut.lone_headline_at_end()
    # A start holding no headline, dateline or text (a lone date header at the end) is not an article.
    starts = cut.starts
    kept = [starts[0]]
    for number, start in enumerate(starts[1:], 1):
        end = starts[number + 1] if number + 1 < len(starts) else len(lines)
        if any(ln.kind in K.TEXT_OR_DATELINE_OR_BULLET_TITLE for ln in lines[start:end]):
            kept.append(start)
    return kept  # listings read by their items' shapes: `listings.listing_starts`


class _Starts:
    """The one pass of `article_starts`: the starts found so far, and what is known of the article
    being read (its anchor, dateline and body, whether its footer was met, its last body-like line,
    a headline-like line after its text that may open the next)."""

    __slots__ = ("lines", "vocab", "starts", "has_anchor", "has_dateline", "has_body", "text_body", "ended",
                 "last_body", "pending", "after_separator", "opened_bare", "headless", "_follows")

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
        self.opened_bare = False  # the article's dateline names no agency and no date, under no headline
        self.headless = True  # may headline-less stories opened by bare datelines split (`_dateline`)
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
        if floor == index and index >= 2 and lines[index].kind is K.DATELINE and last_body == index - 1 \
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
        if kind in K.END_OR_TAGS:
            if self.starts[-1] == 0 and not (self.has_body or self.text_body):
                return False  # a page's header ends in its tags: nothing after is read, as before
            self.ended = True
            self.last_body = index
            return True
        if kind is K.BULLET_TITLE:
            if self.has_anchor or self.has_body:
                self.open_at(index)
            self.has_anchor = True
        elif kind is K.SEPARATOR:
            self.after_separator = True
            return True
        elif new_story_anchor(line):
            if self.has_body:
                self.open_at(self.header_start(index, sure=False))
            self.has_anchor = True
        elif kind is K.DATELINE and not heads_headline(self.lines, index):
            self._dateline(index)
        elif kind in K.TEXT_OR_DATELINE:  # a dateline here: one that heads a headline (see below)
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
        agency_dateline = kind is K.DATELINE and line.info[1] is not None \
            and not heads_headline(lines, index) and (index == 0 or lines[index - 1].block != line.block)  # type: ignore[index]
        if agency_dateline or ((new_story_anchor(line) or kind is K.DATELINE) and self.body_under(index)):
            self.open_at(self.header_start(index))
            self.ended = False
            return True
        if kind in _FOOTER_KINDS or (kind is K.TEXT and menu_like(line.text)
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
        # printed twice counts twice"). So does a bare one ("KENINGAU – ") after a story of a few
        # paragraphs opened by another bare one under no headline: an author page of headline-less
        # stories (a news summary's items under its headline stay one article).
        bare = line.info[1] is None and line.info[0].date is None  # type: ignore[index]
        headless = self.headless and self.has_dateline and bare and self.opened_bare \
            and self.text_body >= UNANCHORED_STORY
        if ((self.has_dateline and self.has_body and not bare) or headless
                or (self.text_body >= UNANCHORED_STORY and not self.has_dateline and line.info[1] is not None)) \
                and starts_block and line.text != lines[index - 1].text:  # type: ignore[index]
            # A headline-less story's next opens at its dateline: the line above is the last
            # story's ("... in a protracted insurgency. – BERNAMA").
            self.open_at(index if headless else self.header_start(index, sure=not self.has_dateline))
        if not self.has_dateline:  # headline-less: no headline-like line above (a navigation trail aside)
            homes = self.vocab.breadcrumb_homes
            self.opened_bare = bare and not any(
                ln.kind is K.TEXT and headline_like(ln.text) and ln.text.split()[0] not in homes
                for ln in lines[self.starts[-1]:index])
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
        # After a separator: a digest's intro under its title is a record of its own; an intro with
        # no title above it is no article, and the first item takes it.
        if self.after_separator and (self.has_body or (self.text_body and _titled(lines, self.starts[-1], index))) \
                and headline_like(line.text):
            self.open_at(index)
            self.has_anchor = True
        elif self.has_body and starts_block and headline_like(line.text):
            # A source's name under the headline ("Taipei Times"), or a standfirst printed as a
            # headline-like block right under it (no full stop), keeps the headline pending.
            pending = self.pending
            if pending is None or index != pending + 1 or not (menu_like(line.text) or self._over_dateline(index)):
                self.pending = index
        elif is_body_line(line):
            self.text_body += 1
            self.last_body = index
            if self.has_anchor:
                self.has_body = True
                self.pending = None

    def _over_dateline(self, index: int) -> bool:
        """Is the line at `index` right over a dateline naming its agency, in a block of its own?"""
        under = self.lines[index + 1] if index + 1 < len(self.lines) else self.lines[index]
        return under.kind is K.DATELINE and under.block != self.lines[index].block and under.info[1] is not None  # type: ignore[index]

    def lone_headline_at_end(self) -> None:
        """A listing cut after a headline: the lone headline at the end is an article with no text.
        Not a footer heading over the site's buttons ("Most viewed" / "Share"). So is a story's
        page cut after the next story's headline (`_cut_next`)."""
        lines, pending = self.lines, self.pending
        if pending is not None and pending > self.starts[-1] \
                and ((len(self.starts) > 1 and all(ln.kind not in K.TEXT_OR_DATELINE for ln in lines[pending + 1:]))
                     or self._cut_next(pending)) \
                and not names_footer(lines[pending].text, self.vocab.footer_words) \
                and not SENTENCE_INSIDE.search(lines[pending].text):
            self.starts.append(pending)

    def _cut_next(self, pending: int) -> bool:
        """Is the headline-like line at `pending` the next story's, the page cut after it (an author
        page of stories, each with its dateline)? The last text before the page's footer, set
        apart from the story's last paragraph (not a site's line) by a wider gap than the page's
        usual one, holding no sentence's end."""
        lines = self.lines
        if not self.has_dateline or pending == 0 or not headline_long(lines[pending].text) \
                or SENTENCE_END.search(lines[pending].text):
            return False
        above = lines[pending - 1]
        if above.kind not in K.TEXT_OR_DATELINE or len(above.text) < CUT_NEXT_ABOVE:
            return False
        for line in lines[pending + 1:]:
            if line.kind in K.END_OR_TAGS:
                break
            if line.kind in K.TEXT_OR_DATELINE:
                return False
        return lines[pending].block - above.block > _usual_gap(lines)


def _usual_gap(lines: List[Line]) -> int:
    """The page's most common gap between a line and the next in another block (1: one blank line)."""
    counts: dict = {}
    for before, after in zip(lines, lines[1:]):
        gap = after.block - before.block
        if gap:
            counts[gap] = counts.get(gap, 0) + 1
    return min(counts, key=lambda gap: (-counts[gap], gap)) if counts else 1


def _titled(lines: List[Line], start: int, end: int) -> bool:
    """Does the article at `start` open with a title: its first text line (of its first few lines,
    before `end`) headline-like and no sentence?"""
    first = next((ln for ln in lines[start:min(end, start + 4)] if ln.kind is K.TEXT), None)
    return first is not None and headline_like(first.text) and not ends_sentence(first.text)
