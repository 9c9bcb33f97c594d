"""Readers: turn the paths a user names into pages of text (`Page`), or failures in their place.

What a path can be (the same for every command):

- `-`: standard input;
- a file, read whatever its name (`.gz`, `.bz2`, `.xz` are decompressed on the fly);
- a folder: read recursively, in name order, keeping the files whose name matches `--glob` (default
  `*.txt`, without regard to case; `page.txt.gz` matches as `page.txt`) and every archive
  (`tasscli.io.walking`);
- an archive: `.zip`, `.tar`, `.tar.gz`/`.tgz`, `.tar.bz2`/`.tbz2`, `.tar.xz`/`.txz`, whose regular,
  non-hidden members matching `--glob` are read in archive order. Tar archives are read as one
  stream; nothing is ever extracted to disk. An archive inside an archive is skipped, unless
  `nested` (`--nested`) asks for it to be opened too (`tasscli.io.entries`). An archive that ends
  early or lies is one failure, never two for one break (`tasscli.io.archives`).

Which suffix is which kind is one registry, `tasscli.io.kinds`. The way of a path: `entries` (files
and members, by kind) -> `pages` (a file's pages, limits checked) -> `Page` or `Failure` (`items`).
A failure never stops the others: it is yielded in the place of the page(s) it cost.

The archive and compression modules (zipfile, tarfile, gzip, bz2, lzma) and hashlib are imported
when a file needs them, never for a plain page: `tasscli parse page.txt` starts faster.
"""
from __future__ import annotations

import itertools
import os
import sys
from typing import Callable, FrozenSet, Iterable, Iterator, Optional, Tuple, Union

from tasscli.errors import InputError
from tasscli.io.decoding import decode_bytes
from tasscli.io.entries import MAX_NESTED, entries, open_file
from tasscli.io.items import Failure, Item, Page, SkipEntry, Skipped
from tasscli.io.kinds import archive_kind, compression
from tasscli.io.limits import MAX_PAGES
from tasscli.io.names import (
    DEFAULT_GLOB,
    Globs,
    glob_text,
    hidden,
    matches,
    output_base,
    output_name,
    safe_parts,
    text_name,
)
from tasscli.io.pages import entry_items, stderr_notice
from tasscli.io.reasons import read_errors, reason
from tasscli.io.splitting import MAX_PAGE_SIZE
from tasscli.io.walking import file_mtime, walk


def read_inputs(paths: Iterable[str], glob: str = DEFAULT_GLOB, skip: Optional[SkipEntry] = None,
                max_page: int = MAX_PAGE_SIZE, nested: bool = False, max_pages: int = MAX_PAGES,
                exclude: Iterable[str] = (), notice: Optional[Callable[[str], None]] = None) -> Iterator[Item]:
    """Every page of every input, in input order, with failures in their places.

    `skip(outname, mtime)` (for `--resume`) is asked before each file is opened; a skipped file
    yields nothing. `max_page` is the page limit (characters; see `tasscli.io.splitting`), `max_pages`
    the most pages a file or member gives (`tasscli.io.limits`). `nested` (`--nested`) opens archives
    inside archives, down to `MAX_NESTED` levels. Folder walks leave out the files and folders of
    `exclude` (paths, compared by device and inode: an output folder inside an input folder).
    A special file (fifo, socket, device) met in a walk is never opened for reading: it is skipped,
    and `notice` (default: a line on stderr) is told `SOURCE: why`.
    """
    tell = notice or stderr_notice
    numbers = itertools.count(1)
    excluded = _keys(exclude)
    for path in paths:
        found = entries(path, glob, skip is not None, MAX_NESTED if nested else None, max_page, excluded)
        yield from entry_items(found, numbers, tell, max_page, max_pages, skip)


def _keys(paths: Iterable[str]) -> FrozenSet[Tuple[int, int]]:
    """(device, inode) of each path that exists."""
    keys = set()
    for path in paths:
        try:
            info = os.stat(path)
        except (OSError, ValueError):
            continue
        keys.add((info.st_dev, info.st_ino))
    return frozenset(keys)


def input_mtimes(paths: Iterable[str], glob: str = DEFAULT_GLOB) -> Iterator[float]:
    """The modification time of every input file on disk (an archive counts once); inf for stdin."""
    for path in paths:
        if path == "-":
            yield float("inf")
        elif os.path.isdir(path):
            for item in walk(path, glob):
                if isinstance(item, str):
                    yield file_mtime(item)
        else:
            yield file_mtime(path)


def count_files(paths: Iterable[str], glob: str = DEFAULT_GLOB, nested: bool = False) -> int:
    """How many files and members `read_inputs` will open (for the progress display's total)."""
    total = 0
    for path in paths:
        for entry in entries(path, glob, nested=MAX_NESTED if nested else None):
            total += not isinstance(entry, Skipped)
            del entry
    return total


# ---------------------------------------------------------------------------------------------------
# The simple interface (one file, whole)


def decode(data: bytes, source: str) -> Page:
    """A whole byte string as one page, decoded by `tasscli.io.decoding`'s policy."""
    text, warnings = decode_bytes(data, source)
    return Page(source, text, tuple(warnings))


def read_path(path: str) -> Page:
    """One file (or `-`), whole, as one page; `.gz`, `.bz2`, `.xz` are decompressed."""
    if path == "-":
        return decode(sys.stdin.buffer.read(), "-")
    name = text_name(path)
    try:
        with open_file(path) as handle:
            data = handle.read()
    except IsADirectoryError:
        raise InputError(name, "is a folder") from None
    except read_errors() as exc:
        raise InputError(name, reason(exc)) from None
    return decode(data, name)


def iter_pages(paths: Iterable[str], glob: str = DEFAULT_GLOB, max_page: int = MAX_PAGE_SIZE,
               nested: bool = False) -> Iterator[Union[Page, InputError]]:
    """`read_inputs` with each failure as an `InputError`."""
    for item in read_inputs(paths, glob, max_page=max_page, nested=nested):
        yield item.error() if isinstance(item, Failure) else item


__all__ = ["DEFAULT_GLOB", "MAX_NESTED", "Failure", "Globs", "Item", "Page", "SkipEntry", "Skipped",
           "archive_kind", "compression", "count_files", "decode", "entry_items", "glob_text", "hidden",
           "input_mtimes", "iter_pages", "matches", "output_base", "output_name", "read_errors", "read_inputs",
           "read_path", "safe_parts", "text_name"]
