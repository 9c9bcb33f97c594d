"""Pages: the pages of each entry (a file or archive member), with failures in their places.

One failure stands for one page: an unreadable file, a corrupt member, the page being read when a
compressed stream broke off or grew past the page limit (the pages before it are kept; the rest of
that file or member is not read), the page past `--max-pages` or past the text limit of a file
(`tasscli.io.limits`), or a page holding a line past the line limit (reading goes on after it). The
page limits are in `tasscli.io.splitting`.
"""
from __future__ import annotations

import sys
from typing import Any, Callable, Iterable, Iterator, List, Optional

from tasscli.io.decoding import TextSource, replaced_warning
from tasscli.io.items import Entry, Failure, Item, NotRegular, Page, SkipEntry, Skipped
from tasscli.io.limits import MAX_PAGES, TEXT_FACTOR
from tasscli.io.names import output_name
from tasscli.io.reasons import read_errors, reason
from tasscli.io.splitting import MAX_PAGE_SIZE, LimitError, Split, size_text, split_lines, whole_page
from tasscli.term import safe


def _page(source: str, text: str, warnings: List[str], replaced: int, file_no: int, mtime: float) -> Page:
    notes = list(warnings)
    if replaced:
        count = text.count("\ufffd")
        if count:
            notes.append(replaced_warning(count))
    return Page(source, text, tuple(notes), file_no, mtime)


def _item(source: str, split: Split, text: TextSource, file_no: int, mtime: float) -> Item:
    if isinstance(split, str):
        return _page(source, split, text.warnings, text.replaced, file_no, mtime)
    return Failure(source, split.reason, file_no)  # a page holding a line past the limit


class _Budget:
    """The limits on one file or member (`tasscli.io.limits`): at most `max_pages` pages and
    `TEXT_FACTOR` times the page size limit of text; `take` raises LimitError for the page past one."""

    __slots__ = ("pages", "chars", "max_pages", "max_chars")

    def __init__(self, max_pages: int, max_page: int) -> None:
        self.pages = self.chars = 0
        self.max_pages = max_pages
        self.max_chars = TEXT_FACTOR * max_page

    def take(self, split: Split) -> None:
        self.pages += 1
        if self.pages > self.max_pages:
            raise LimitError(f"more than {self.max_pages:,} pages in one file (--max-pages); not read further")
        if isinstance(split, str):
            self.chars += len(split)
            if self.chars > self.max_chars:
                raise LimitError(f"more than {size_text(self.max_chars)} of text in one file ({TEXT_FACTOR} x "
                                 "--max-page-size); not read further")


def entry_pages(entry: Entry, file_no: int, max_page: int, max_pages: int = MAX_PAGES) -> Iterator[Item]:
    """The pages of one file or member; a failure takes the place of the page it broke. A file
    that is not a regular one when opened (a fifo swapped in during a walk) gives one `Skipped`."""
    budget = _Budget(max_pages, max_page)
    number = 0  # pages yielded so far
    held: Optional[Split] = None  # the first page, held until we know whether a second one follows
    text: Optional[TextSource] = None
    single: Optional[str] = None  # the one page of a whole text that nothing in can split
    try:
        with entry.open() as stream:
            text = TextSource(stream, entry.source, max_page=max_page)
            if text.whole is not None:
                single = whole_page(text.whole, max_page)
            if single is None:
                for split in split_lines(text, max_page):
                    budget.take(split)
                    if number == 0 and held is None:
                        held = split
                        continue
                    if held is not None:
                        number = 1
                        yield _item(f"{entry.source}#1", held, text, file_no, entry.mtime)
                        held = None
                    number += 1
                    yield _item(f"{entry.source}#{number}", split, text, file_no, entry.mtime)
                if number == 0:
                    # One page (or an empty file, which is one empty page: the parser decides).
                    yield _item(entry.source, "" if held is None else held, text, file_no, entry.mtime)
    except NotRegular as exc:
        yield Skipped(entry.source, str(exc), file_no)
        return
    except read_errors() as exc:
        if held is not None:
            # The first page was complete and another had begun: keep the first.
            assert text is not None
            number = 1
            yield _item(f"{entry.source}#1", held, text, file_no, entry.mtime)
        source = entry.source if number == 0 else f"{entry.source}#{number + 1}"
        yield Failure(source, reason(exc), file_no)
        return
    if single is not None:
        # Nearly every page file: its one page (or "", the empty page), given once the file is
        # closed, so that one file at most is open while the page is parsed.
        assert text is not None
        if text.warnings or text.replaced:
            yield _page(entry.source, single, text.warnings, text.replaced, file_no, entry.mtime)
        else:
            yield Page(entry.source, single, (), file_no, entry.mtime)


def entry_items(entries: Iterable[Any], numbers: Iterator[int], tell: Callable[[str], None],
                max_page: int = MAX_PAGE_SIZE, max_pages: int = MAX_PAGES,
                skip: Optional[SkipEntry] = None) -> Iterator[Item]:
    """The pages and failures of a walk's files and members (`entries`), each file numbered by
    `numbers` (shared by a run's calls, so that files are numbered once across inputs); a skipped
    special file or page is told to `tell`, and `skip` as for `read_inputs`."""
    for entry in entries:
        if isinstance(entry, Skipped):
            tell(f"{entry.source}: {entry.reason}")
            continue
        file_no = next(numbers)
        if isinstance(entry, Failure):
            yield Failure(entry.source, entry.reason, file_no)
            continue
        if skip is not None and entry.source != "-" and skip(output_name(entry.source), entry.mtime):
            continue
        for item in entry_pages(entry, file_no, max_page, max_pages):
            if isinstance(item, Skipped):
                tell(f"{item.source}: {item.reason}")
            else:
                yield item


def stderr_notice(text: str) -> None:
    sys.stderr.write(f"tasscli: {safe(text)}\n")
