"""Splitting a file that holds many pages, one after another, into its pages.

Saved pages begin in a few recognisable ways (see `../shared/corpus/tass/`): most with a ` date
YYYY-MM-DD` prefix line, many with an "All news" line, a few with "Currency converter" or "Back to
Main page". Where a page begins:

- a form feed always ends a page;
- a line opening with the ` date YYYY-MM-DD` prefix always begins one (it is only ever a page's first
  line);
- a line that is exactly one of `PAGE_START_LINES` begins one *only once the current page has a body*
  (a wire dateline such as "/TASS/." or a prose line of `BODY_LINE` characters). These words also
  appear in the site menus at the top of a page, below a date prefix, and must not split there.

So a page is never split inside its body, and a page without any of these openings (one that starts
with its headline or its dateline) stays joined to the page before it: the parser then sees one page,
which it may read as several articles.

Splitting streams: lines go in, pages come out, and only the current page is held in memory. The
limits on a page (`MAX_PAGE_SIZE`, `MAX_PAGE_LINES`, `MAX_LINE_LENGTH`) are in `tasscli.io.limits`.
"""
from __future__ import annotations

import io
import re
from typing import Iterable, Iterator, List, Optional, TypeAlias, Union

# The page limits live in tasscli.io.limits; importable from here too.
from tasscli.io.limits import MAX_LINE_LENGTH as MAX_LINE_LENGTH
from tasscli.io.limits import MAX_PAGE_LINES, MAX_PAGE_SIZE, LimitError, size_text, too_large, too_long
from tasscli.io.limits import MiB as MiB
from tasscli.parsing.lines import ends_sentence

#: A ` date YYYY-MM-DD` prefix at the start of a line (a stray byte order mark before it is allowed).
DATE_PREFIX = re.compile(r"\ufeff? date \d{4}-\d{2}-\d{2}(?!\d)")

#: Lines that open a page when they follow a page body (compared without case or outer spaces).
PAGE_START_LINES = frozenset({"all news", "currency converter", "back to main page"})

#: Evidence that a page's body has begun: a wire dateline, a line this long, or a sentence of
#: BODY_WORDS words or more (menus are short, and end no sentence).
DATELINE_MARK = re.compile(r"/\s*(?:ITAR-)?TASS\s*/|\((?:ITAR-TASS|Itar-Tass)\)", re.IGNORECASE)
BODY_LINE = 200
BODY_WORDS = 12
#: A TASS dateline opening a line ("MURMANSK, October 17. /TASS/. ..."), and a tass.com time line
#: (maybe after its section: "Russian Politics & Diplomacy June 10, 2019, 13:18"). After a page's
#: story (`_story_after_dateline`, `_has_body`) they open another page run on (`PageSplitter._run_on`).
DATELINE_START = re.compile(r"[A-Z][A-Z.'’\- ]+(?:\s*/[^/\n]{2,60}/)?,\s+[A-Z][a-z]+\.?\s+\d{1,2}\.?"
                            r"(?:,\s*\d{1,2}:\d{2})?\s*/\s*(?:ITAR-)?TASS\s*/")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
TIME_LINE = re.compile(rf"(?:[A-Z][A-Za-z&,'’ ]{{0,40}}\s)?{_MONTH}\s\d{{1,2}},\s(?:\d{{4}},\s)?\d{{1,2}}:\d{{2}}"
                       r"(?:\s?UTC[+\-]\d{1,2})?\s*$")
#: The longest a time line is (a section of 40 characters, the date, clock and zone).
TIME_LINE_LENGTH = 100
#: A line that may stand over a run-on page's dateline or time line as its headline or lead: one
#: line, in a block of its own, short, ending no sentence.
HEADLINE_LENGTH = 160
#: A line that does not end a held page's wait (`PageSplitter._held`): a start line, or a blank one.
_START_OR_BLANK = PAGE_START_LINES | {""}


def _body_line(line: str) -> bool:
    """Does the line show that a page's body has begun?"""
    return len(line) >= BODY_LINE or DATELINE_MARK.search(line) is not None or (
        ends_sentence(line) and len(line.split()) >= BODY_WORDS)

def _headline_like(line: str) -> bool:
    text = line.strip()
    return type(line) is str and len(text) <= HEADLINE_LENGTH and len(text.split()) >= 3 \
        and not text.endswith((".", ":", ";", ",")) \
        and (text[0].isupper() or text[0] in "\"“‘«'") and not DATELINE_MARK.search(text)


FORM_FEED = "\f"

#: Where a whole text might split after its first line (the first cannot: nothing comes before
#: it): a date prefix (group `date`), or a line that is one of `PAGE_START_LINES`. `(?i:...)`
#: matches every character whose lower() is the letter (the Kelvin sign for `k` too), and a few
#: more (U+0130 for `i`, U+017F for `s`): never fewer lines than the splitter's
#: `line.strip().lower()` test, which is all that a "surely not" needs. One pattern, so that a
#: page is scanned once.
_START_WORDS = "|".join(re.escape(words) for words in sorted(PAGE_START_LINES))
_LATER_START = re.compile(r"\n(?:(?P<date> date \d{4}-\d{2}-\d{2}(?!\d))|[^\S\n]*(?i:" + _START_WORDS
                          + r")[^\S\n]*(?![^\n]))")


def text_size(line: str) -> int:
    """The size of `line` as UTF-8 in bytes, what `--max-page-size` counts. An ASCII line (nearly
    all, and `isascii` costs nothing) is its length; others are encoded, a line at a time."""
    return len(line) if line.isascii() else len(line.encode("utf-8", "surrogatepass"))


def _may_split(text: str) -> bool:
    """Could `PageSplitter` split `text` (line ends translated), or change it? False means surely
    not: no form feed, no byte order mark, no date prefix after the first line, and no line that
    is one of `PAGE_START_LINES` with text and a sign of a body before it (what the splitter asks
    of a page before it splits there). A few searches, much cheaper than going line by line; the
    pages that open with "All news", or with a menu holding it, are the common case it clears."""
    if "\f" in text or "\ufeff" in text or _may_run_on(text):
        return True
    # The lines before each start line are read once, from where the last look stopped: a file of
    # thousands of start lines costs its length, not its length times their number (issue 22).
    read = 0  # text[:read] has been read
    has_text = has_body = False  # ... and held text, a body line
    found = _LATER_START.search(text)
    while found:
        if found.group("date"):
            return True
        # Every line before the match ends with its "\n", as the splitter sees it.
        rows = text[read:found.start()]
        has_text = has_text or bool(rows.strip())
        has_body = has_body or any(_body_line(row + "\n") for row in rows.split("\n"))
        if has_text and has_body:
            return True
        read = found.start()
        found = _LATER_START.search(text, found.end())
    return False


_DATELINE_ROW = re.compile("^" + DATELINE_START.pattern, re.MULTILINE)
_TIME_ROW = re.compile("^" + TIME_LINE.pattern, re.MULTILINE)


def _may_run_on(text: str) -> bool:
    """Could `PageSplitter._run_on` split `text`: two lines opening with a TASS dateline, or a
    time line with a body line above it? (Each line read once.)"""
    # A second dateline row (the first may follow the page's date prefix on its first line).
    first_line = text[:text.find("\n")] if "\n" in text else text
    prefix = DATE_PREFIX.match(first_line)
    opened = prefix is not None and DATELINE_START.match(first_line[prefix.end():].lstrip()) is not None
    rows = _DATELINE_ROW.finditer(text)
    if next(rows, None) is not None and (opened or next(rows, None) is not None):
        return True
    read = 0
    for found in _TIME_ROW.finditer(text):
        if any(_body_line(row + "\n") for row in text[read:found.start()].split("\n")):
            return True
        read = found.start()
    return False


class LongLine(str):
    """Stands in a page for a line longer than the limit: the line's first characters (enough to
    tell whether it begins a page) and `length`, the whole line's."""

    length: int
    limit: int

    def __new__(cls, head: str, length: int, limit: int) -> LongLine:
        line = super().__new__(cls, head)
        line.length = length
        line.limit = limit
        return line


class PageProblem:
    """A page that cannot be given (it holds a `LongLine`), in its place among the pages."""

    __slots__ = ("reason",)

    def __init__(self, reason: str) -> None:
        self.reason = reason

    def __repr__(self) -> str:
        return f"PageProblem({self.reason!r})"


Split: TypeAlias = "Union[str, PageProblem]"


class PageSplitter:
    """Feed lines (each with its line end); collect finished pages from `feed` and `close`.

    A page is a string, or a `PageProblem` for a page that held a `LongLine`. Once the page being
    read grows past `max_page` characters or `MAX_PAGE_LINES` lines, `over` says so and the page is
    never given.
    """

    #: Lines held one by one before they are joined, so that a page of many short lines (a bomb of
    #: blank lines) costs about its characters in memory, not 60 bytes a line more.
    JOIN = 65536

    def __init__(self, max_page: int = MAX_PAGE_SIZE) -> None:
        self.max_page = max_page
        self._lines: List[str] = []
        self._joined: List[str] = []  # earlier lines of the page, joined JOIN at a time
        self._size = 0  # characters in the page so far
        self._count = 0  # lines in the page so far
        self._problem = ""  # why the page cannot be given (a long line), or ""
        self._has_text = False  # the current page holds something other than white space
        self._has_body = False
        self._has_dateline: Optional[bool] = False  # a line opening with a TASS dateline (None: `listhead`)
        self._ran_on = False  # a page run on after another's story was split off (`_run_on`)
        #: The page before the one being read, held back while that one holds nothing but the
        #: line that began it: a page's trailing "All news" is its own furniture, not a new page.
        self._held: Optional[Split] = None
        #: The page being read is past a limit: reading must stop (a `LimitError`), else None. The
        #: pages that `feed` returned along with it are complete; `split_lines` raises it after them.
        self.over: Optional[LimitError] = None

    def feed(self, line: str) -> List[Split]:
        done: List[Split] = []
        if FORM_FEED in line and type(line) is str:
            parts = line.split(FORM_FEED)
            for part in parts[:-1]:
                self._add(part, done)
                self._finish(done)
            line = parts[-1]
            if not line:
                return done
        self._add(line, done)
        return done

    def close(self) -> List[Split]:
        done: List[Split] = []
        if self._ran_on and self._has_body:
            self._cut_last_headline(done)
        self._finish(done)
        return done

    def _cut_last_headline(self, done: List[Split]) -> None:
        """Stories run on one after another (a listing of TASS items), the file cut after the next
        one's headline: that lone headline, in a block of its own under the last story's closing
        sentence, is a page of its own (a record with no body), not that story's last paragraph."""
        lines = self._lines
        end = len(lines)
        while end > 0 and not lines[end - 1].strip():
            end -= 1
        at = end - 1
        if at < 2 or lines[at - 1].strip() or not _headline_like(lines[at]) or type(lines[at]) is not str:
            return
        above = at - 1
        while above > 0 and not lines[above - 1].strip():
            above -= 1
        last = lines[above - 1] if above > 0 else ""
        if not (type(last) is str and ends_sentence(last.rstrip()) and _body_line(last)):
            return
        carried = lines[at:]
        del lines[at:]
        self._size -= sum(map(text_size, carried))
        self._count -= len(carried)
        self._finish(done)
        for row in carried:
            self._add(row, done)

    def _add(self, line: str, done: List[Split]) -> None:
        plain = type(line) is str  # not a LongLine (whose form feeds and byte order mark stay)
        if plain and line.startswith("\ufeff"):
            line = line[1:]  # a byte order mark left by concatenating files that each had one
        if self._has_text and self._starts_page(line):
            self._finish(done, hold=DATE_PREFIX.match(line) is None)
        elif plain and self._has_body and ("TASS" in line or ":" in line) and self._run_on(line, done):
            pass
        elif self._held is not None and (not plain or line.strip().lower() not in _START_OR_BLANK):
            done.append(self._held)  # the page begun by a start line shows text: the held page is done
            self._held = None
        self._lines.append(line)
        if plain:
            self._size += text_size(line)
        else:
            self._long_line(line)  # type: ignore[arg-type]
        self._count += 1
        if self._size > self.max_page:
            self.over = too_large(self.max_page)
        elif self._count > MAX_PAGE_LINES:
            self.over = too_long()
        if self.over is not None and self._held is not None:
            done.append(self._held)  # reading stops here: the page before is complete
            self._held = None
        if len(self._lines) >= self.JOIN:
            self._joined.append("".join(self._lines))
            self._lines = []
        self._has_text = self._has_text or bool(line.strip())
        if not self._has_body and _body_line(line):
            self._has_body = True
        if plain and self._has_dateline is False and "TASS" in line and DATELINE_START.match(
                line[DATE_PREFIX.match(line).end():].lstrip() if line.startswith(" date ") and DATE_PREFIX.match(line)
                else line):
            from tasscli.io.listhead import under_heading  # (only pages that may split come here)
            self._has_dateline = None if under_heading(self._lines, _headline_like, PAGE_START_LINES) else True

    def _run_on(self, line: str, done: List[Split]) -> bool:
        """Does `line` open a page run on after this one's story (files joined by `cat`)? A TASS
        dateline opening a line after a story that had its own dateline, or a tass.com time line
        after a story; the headline (and lead) in blocks of their own just above it go with it.
        If so, end the page there (into `done`) and begin the next with those lines."""
        # Cheap tests first: this runs on every line of a page's body (a bomb's 64 MiB of them).
        if not ((self._has_dateline and "TASS" in line and DATELINE_START.match(line))
                or (":" in line and len(line) <= TIME_LINE_LENGTH and TIME_LINE.match(line))):
            return False
        lines = self._lines
        cut = len(lines)
        # A page set line by line: headline and lead right over the dateline, no blank line
        # between, under the page before's last line (which is no headline).
        if DATELINE_START.match(line) and cut >= 3 and _headline_like(lines[-1]) and _headline_like(lines[-2]) \
                and lines[-3].strip() and not _headline_like(lines[-3]):
            cut -= 2
        # Else at most a headline and a lead, each one line with a blank line under it.
        for _ in range(2 if DATELINE_START.match(line) and cut == len(lines) else 0 if cut < len(lines) else 1):
            at = cut
            while at > 0 and not lines[at - 1].strip():
                at -= 1
            # Over the headline: a blank line, or the page before's last line where files were
            # joined with no blank line between (a line that is no headline).
            # Under it, a blank line (a page cut off right over the next page's dateline is no headline).
            if at == cut or at < 2 or not _headline_like(lines[at - 1]) or (
                    lines[at - 2].strip() and _headline_like(lines[at - 2])):
                break
            cut = at - 1
            if lines[at - 2].strip():
                break
        carried = lines[cut:]
        if cut == 0 or not any(row.strip() for row in lines[:cut]):
            return False
        del lines[cut:]
        self._size -= sum(map(text_size, carried))
        self._count -= len(carried)
        self._finish(done)
        self._ran_on = True
        for row in carried:
            self._add(row, done)
        return True

    def _starts_page(self, line: str) -> bool:
        if DATE_PREFIX.match(line):
            return True
        return self._has_body and line.strip().lower() in PAGE_START_LINES

    def _long_line(self, line: LongLine) -> None:
        self._size += line.length
        if not self._problem:
            self._problem = f"a line longer than {size_text(line.limit)} ({line.length:,} characters); not a page"

    def _finish(self, done: List[Split], hold: bool = False) -> None:
        """End the page being read. With `hold` (a start line such as "All news" began the next
        one), keep it back until the next page shows more than start lines; a held page whose
        follower ends with nothing more takes that follower in (`close`, a form feed, a date prefix)."""
        if self._has_text:
            page: Split = PageProblem(self._problem) if self._problem else (
                "".join(self._joined + self._lines) if self._joined else "".join(self._lines))
            if self._held is not None:  # the held page takes in its follower of start lines only
                held, self._held = self._held, None
                page = held + page if isinstance(held, str) and isinstance(page, str) else (
                    held if isinstance(held, PageProblem) else page)
            if hold:
                self._held = page
            else:
                done.append(page)
        elif self._held is not None and not hold:
            done.append(self._held)
            self._held = None
        self._lines = []
        self._joined = []
        self._size = 0
        self._count = 0
        self._problem = ""
        self._has_text = False
        self._has_body = False
        self._has_dateline = False


def split_lines(lines: Iterable[str], max_page: int = MAX_PAGE_SIZE) -> Iterator[Split]:
    """The pages in a stream of lines, in order; white-space-only stretches are dropped. A page past
    `max_page` raises `LimitError` (after the pages before it)."""
    splitter = PageSplitter(max_page)
    for line in lines:
        yield from splitter.feed(line)
        if splitter.over:
            raise splitter.over
    yield from splitter.close()


def whole_page(text: str, max_page: int = MAX_PAGE_SIZE) -> Optional[str]:
    """The one page of a whole text held in memory (universal newlines) when nothing in it can
    split (nearly every single page), found without going line by line: the text with its line
    ends translated, or "" when it holds no page (empty, or white space). None: it may hold
    several pages, or be past `max_page`; `split_lines` must read it."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    # Four bytes a character at most: a text under a quarter of the limit needs no count; a larger
    # non-ASCII one is counted line by line by `split_lines`.
    if (len(text) * 4 <= max_page or (text.isascii() and len(text) <= max_page)) and not _may_split(text):
        return text if text and not text.isspace() else ""
    return None


def split_whole(text: str, max_page: int = MAX_PAGE_SIZE) -> Iterable[Split]:
    """`split_lines` of a whole text held in memory (universal newlines), the same pages; a text in
    which nothing can split (nearly every single page) is given back without going line by line."""
    page = whole_page(text, max_page)
    if page is not None:
        return [page] if page else []
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return split_lines(io.StringIO(text, newline=""), max_page)


def split_text(text: str) -> List[str]:
    """The pages in `text` (a text with no page at all gives `[text]`, so nothing is lost)."""
    pages = list(split_lines(io.StringIO(text, newline=None)))
    return pages or [text]
