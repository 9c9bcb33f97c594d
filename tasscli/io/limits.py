"""Limits on one input (a file, or one archive member), beyond the page limits of
`tasscli.io.splitting`, and the cutting of long names in error lines.

- `MAX_PAGES` (1,000,000, `--max-pages`): a file or member that holds more pages stops there, as at a
  page past the size limit: the pages before are kept and the next one is one failure. A 27 KB `.xz`
  of date-prefix lines held 10 million pages (issue 22).
- `TEXT_FACTOR` (10): a file or member stops once it has given more than ten times the page size limit
  (`--max-page-size`, 64 MiB of text by default, so 640 MiB) of text in pages, the same way.
"""
from __future__ import annotations

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
