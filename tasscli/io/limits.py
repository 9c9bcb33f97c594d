"""Limits on one page and on one input (a file, or one archive member), and the cutting of long
names in error lines.

Page limits (issue 7): no page is a news page past these, and reading one must not take the machine's
memory.

- `MAX_PAGE_SIZE` (64 MiB of text, counted in bytes of UTF-8 after decoding; `--max-page-size`): a page
  that grows past it stops the reading of its file or archive member there, and becomes one failure
  (`larger than 64 MiB`), as a compressed stream that breaks off does: the pages before it are kept.
  This is what stops a decompression bomb. Counted in UTF-8 bytes, not characters, because that is
  never less than what Python holds a line's text in (1, 2 or 4 bytes a character): a page's text
  never takes more memory than the limit, whatever its script. In characters, a page of 64 Mi emoji
  took 256 MiB, and the parse of such a page about three times that (issue 22).
- `MAX_PAGE_LINES` (1,048,576 lines): the same for a page of more lines than that, so that a bomb
  of empty lines (a character each) is stopped as soon as one of 64-character lines, in about a
  second, instead of being read line by line up to 64 million lines.
- `MAX_LINE_LENGTH` (1 MiB of text): a longer line is never held whole (the reader skips the rest of
  it, see `tasscli.io.decoding`); it stands in the page as a `LongLine`, and the page that holds it is
  a failure (`a line longer than 1 MiB`). Reading goes on with the next page.

Input limits:

- `MAX_PAGES` (1,000,000, `--max-pages`): a file or member that holds more pages stops there, as at a
  page past the size limit: the pages before are kept and the next one is one failure. A 27 KB `.xz`
  of date-prefix lines held 10 million pages (issue 22).
- `TEXT_FACTOR` (10): a file or member stops once it has given more than ten times the page size limit
  (`--max-page-size`, 64 MiB of text by default, so 640 MiB) of text in pages, the same way.
"""
from __future__ import annotations

MiB = 1024 * 1024
#: The largest page read, in bytes of its text as UTF-8 (`--max-page-size`).
MAX_PAGE_SIZE = 64 * MiB
#: The longest line a page may hold, in characters.
MAX_LINE_LENGTH = 1 * MiB
#: The most lines a page may have.
MAX_PAGE_LINES = 1024 * 1024

MAX_PAGES = 1_000_000
TEXT_FACTOR = 10

#: The longest name or reason an error line shows whole; longer ones are cut in the middle.
SHORT = 160


def short(text: str, width: int = SHORT) -> str:
    """`text`, or its two ends joined by `...` when it is longer than `width` characters."""
    if len(text) <= width:
        return text
    keep = max(width - 3, 2)
    return text[: keep - keep // 2] + "..." + text[len(text) - keep // 2:]


def size_text(size: int) -> str:
    """`64 MiB`, `1 MiB`, `512 KiB`, `100 bytes`."""
    for unit, name in ((1024 * MiB, "GiB"), (MiB, "MiB"), (1024, "KiB")):
        if size >= unit and size % unit == 0:
            return f"{size // unit} {name}"
    return f"{size:,} characters" if size != 1 else "1 character"


class LimitError(ValueError):
    """A page past a limit: the reading of its file stops (see the module's docstring)."""


def too_large(max_page: int) -> LimitError:
    return LimitError(f"page larger than {size_text(max_page)} (--max-page-size); not read further")


def too_long() -> LimitError:
    return LimitError(f"page longer than {MAX_PAGE_LINES:,} lines; not read further")
