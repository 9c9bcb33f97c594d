"""What a batch keeps: the record filters (`--agency`, `--section`, `--since`, `--until`,
`--language`) and the pages it refuses to parse as text (HTML).

Both sit between reading and writing, for every command that reads pages (`parse`, `convert`,
`explain`, `check`, `stats`): the command line builds one `RecordFilter` and hands it on, and
`screen` turns each HTML page into a failure before the parser sees it, so that it is counted and
reported like any page that cannot be read ("every page comes out or is reported").
"""
from __future__ import annotations

import re
from typing import Any, Dict, Iterable, Iterator, Optional, Tuple

from tasscli.io.readers import Failure, Item, Page

#: The reason an HTML page fails with.
HTML_REASON = "looks like HTML; save the page as text"

# A page that opens (after white space and a byte order mark) with a tag HTML documents open
# with. A text page never opens with "<": one that quotes markup further down is not touched.
_HTML_START = re.compile(r"\A[\s\ufeff]*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
                         r"<(?:!doctype\s+html|html|head|body|meta|title|div|script|link|p|table)\b",
                         re.IGNORECASE | re.DOTALL)


def looks_like_html(text: str) -> bool:
    """Is `text` an HTML document rather than a page saved as text? Only its first 4 KB are read."""
    return _HTML_START.match(text[:4096]) is not None


def screen(items: Iterable[Item]) -> Iterator[Item]:
    """`items` with each HTML page replaced by a failure in its place (`HTML_REASON`)."""
    for item in items:
        if isinstance(item, Page) and looks_like_html(item.text):
            yield Failure(item.source, HTML_REASON, item.file_no)
        else:
            yield item


_DATE_BOUND = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def check_date_bound(value: str) -> str:
    """A `--since`/`--until` value: YYYY, YYYY-MM or YYYY-MM-DD; a ValueError otherwise."""
    value = value.strip()
    if not _DATE_BOUND.fullmatch(value):
        raise ValueError(f"{value!r} is not a date: give YYYY, YYYY-MM or YYYY-MM-DD")
    return value


class RecordFilter:
    """The records a batch keeps. Each test is off when its value is None; all given must hold.

    - `agency`: a canonical agency name (the table's: "TASS"); a record matches by its `agency` or
      by its dateline's agency, read through the agency table, without regard to case;
    - `section`: the record's `section` or `section_slug`, without regard to case;
    - `since`, `until`: bounds on `published`, compared on as many characters as the bound has
      (`--since 2018-04` keeps April 2018 on; `--until 2018` keeps 2018 and before); a record
      without `published` is left out when either is given;
    - `language`: the record's `language` ("en", "ru"), without regard to case; a record without
      one is left out.

    A plain class of plain values, so that it goes to worker processes with the work.
    """

    __slots__ = ("agency", "section", "since", "until", "language")

    def __init__(self, agency: Optional[str] = None, section: Optional[str] = None, since: Optional[str] = None,
                 until: Optional[str] = None, language: Optional[str] = None) -> None:
        self.agency = agency.casefold() if agency else None
        self.section = section.strip().casefold() if section else None
        self.since = since or None
        self.until = until or None
        self.language = language.strip().casefold() if language else None

    def __getstate__(self) -> Tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __setstate__(self, state: Tuple[Any, ...]) -> None:
        for name, value in zip(self.__slots__, state):
            setattr(self, name, value)

    def __bool__(self) -> bool:
        return any(getattr(self, name) is not None for name in self.__slots__)

    def describe(self) -> Dict[str, Optional[str]]:
        """The filter as plain values (for `convert --resume`'s manifest)."""
        return {name: getattr(self, name) for name in self.__slots__}

    def __call__(self, record: Dict[str, Any]) -> bool:
        if self.agency is not None and not self._agency(record):
            return False
        if self.section is not None:
            names = (record.get("section"), record.get("section_slug"))
            if not any(name and name.casefold() == self.section for name in names):
                return False
        if self.since is not None or self.until is not None:
            published = record.get("published")
            if not published:
                return False
            if self.since is not None and published[: len(self.since)] < self.since:
                return False
            if self.until is not None and published[: len(self.until)] > self.until:
                return False
        if self.language is not None:
            language = record.get("language")
            if not language or language.casefold() != self.language:
                return False
        return True

    def _agency(self, record: Dict[str, Any]) -> bool:
        from tasscli.parsing.agencies import agency_by_printed

        dateline = record.get("dateline")
        printed = dateline.get("agency") if isinstance(dateline, dict) else None
        for name in (record.get("agency"), printed):
            if name and ((agency_by_printed(name) or name).casefold() == self.agency):
                return True
        return False


__all__ = ["HTML_REASON", "RecordFilter", "check_date_bound", "looks_like_html", "screen"]
