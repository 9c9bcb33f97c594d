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

Splitting streams: lines go in, pages come out, and only the current page is held in memory.
"""
from __future__ import annotations

import io
import re
from typing import Iterable, Iterator, List

#: A ` date YYYY-MM-DD` prefix at the start of a line (a stray byte order mark before it is allowed).
DATE_PREFIX = re.compile(r"\ufeff? date \d{4}-\d{2}-\d{2}(?!\d)")

#: Lines that open a page when they follow a page body (compared without case or outer spaces).
PAGE_START_LINES = frozenset({"all news", "currency converter", "back to main page"})

#: Evidence that a page's body has begun: a wire dateline, or a line this long (menus are short).
DATELINE_MARK = re.compile(r"/\s*(?:ITAR-)?TASS\s*/|\((?:ITAR-TASS|Itar-Tass)\)", re.IGNORECASE)
BODY_LINE = 200

FORM_FEED = "\f"


class PageSplitter:
    """Feed lines (each with its line end); collect finished pages from `feed` and `close`."""

    def __init__(self) -> None:
        self._lines: List[str] = []
        self._has_text = False  # the current page holds something other than white space
        self._has_body = False

    def feed(self, line: str) -> List[str]:
        done: List[str] = []
        if FORM_FEED in line:
            parts = line.split(FORM_FEED)
            for part in parts[:-1]:
                self._add(part, done)
                self._finish(done)
            line = parts[-1]
            if not line:
                return done
        self._add(line, done)
        return done

    def close(self) -> List[str]:
        done: List[str] = []
        self._finish(done)
        return done

    def _add(self, line: str, done: List[str]) -> None:
        if line.startswith("\ufeff"):
            line = line[1:]  # a byte order mark left by concatenating files that each had one
        if self._has_text and self._starts_page(line):
            self._finish(done)
        self._lines.append(line)
        if not self._has_text and line.strip():
            self._has_text = True
        if not self._has_body and (len(line) >= BODY_LINE or DATELINE_MARK.search(line)):
            self._has_body = True

    def _starts_page(self, line: str) -> bool:
        if DATE_PREFIX.match(line):
            return True
        return self._has_body and line.strip().lower() in PAGE_START_LINES

    def _finish(self, done: List[str]) -> None:
        if self._has_text:
            done.append("".join(self._lines))
        self._lines = []
        self._has_text = False
        self._has_body = False


def split_lines(lines: Iterable[str]) -> Iterator[str]:
    """The pages in a stream of lines, in order; white-space-only stretches are dropped."""
    splitter = PageSplitter()
    for line in lines:
        yield from splitter.feed(line)
    yield from splitter.close()


def split_text(text: str) -> List[str]:
    """The pages in `text` (a text with no page at all gives `[text]`, so nothing is lost)."""
    pages = list(split_lines(io.StringIO(text, newline=None)))
    return pages or [text]
