"""Reading a batch in parts, for a cluster (`tasscli.dask`, the Spark recipe in the README).

`plan(paths)` cuts the inputs into `Part`s, each a list of `Unit`s that one worker reads on its
own; `read_part(part)` gives the items (`Page` or `Failure`) of a part. Read one after another,
the parts give exactly what `tasscli.io.readers.read_inputs(paths)` gives, in the same order:
the same pages, sources, warnings and failures (tests/api/test_dask.py checks it against `convert`).

What can be cut:

- a folder: into the files its walk finds (`tasscli.io.walking.walk`: same order, same glob), grouped;
- a zip archive: into ranges of its members, by index in its central directory, so that one big
  zip is read by several workers at once (each opens the archive and seeks to its members);
- nothing else. A tar (`.tar`, `.tar.gz`, ...) has no index: it can only be read from its start,
  as one stream, so a tar is one unit, read by one worker. So is a `.gz`/`.bz2`/`.xz` file, and a
  file holding many pages (they are found by reading it through). To spread such inputs, give
  many of them, or repack a big tar as a zip.

Where a cut could change what is read, the input is left whole: a folder that may give nothing to
read (no page file, no zip with a member to read: then `read_inputs` reports "no file matches"),
and a zip that cannot be opened here or has no member to read (the worker then reports it as
`read_inputs` does). `read_bytes(name, data)` reads a file already in memory (Spark's
`binaryFiles`) as `read_inputs` reads the file of that name.
"""
from __future__ import annotations

import io
import itertools
import os
from contextlib import contextmanager
from typing import Any, Callable, Iterator, List, NamedTuple, Optional, Sequence, Tuple

from tasscli.io import readers
from tasscli.io.entries import MAX_NESTED, archive_entries, file_entries, members
from tasscli.io.items import Entry, Failure, Item, Skipped
from tasscli.io.kinds import archive, archive_kind, decompressed
from tasscli.io.names import DEFAULT_GLOB, hidden, matches, text_name
from tasscli.io.pages import entry_items, stderr_notice
from tasscli.io.reasons import read_errors
from tasscli.io.splitting import MAX_PAGE_SIZE
from tasscli.io.walking import walk

#: Pages (files, zip members) per part, unless the caller says otherwise.
PART_PAGES = 1000


class Unit(NamedTuple):
    """One thing a worker reads: `kind` is "input" (a path as the command line takes it), "file" (a
    file a folder walk found), "zip" (members `start` to `stop` of a zip's central directory), or
    "failure" or "skipped" (a special file) found while planning: `reason`."""

    kind: str
    path: str
    named: bool = True  # given by the user (True) or found in a folder (False): see entries.file_entries
    start: int = 0
    stop: int = 0
    reason: str = ""


Part = List[Unit]


def plan(paths: Sequence[str], glob: str = DEFAULT_GLOB, part_pages: int = PART_PAGES,
         nested: bool = False) -> List[Part]:
    """The parts of `paths`, in input order: at most about `part_pages` files or zip members each;
    an input that cannot be cut is a part of its own."""
    if part_pages < 1:
        raise ValueError(f"part_pages must be at least 1, not {part_pages}")
    parts: List[Part] = []
    current: Part = []
    size = 0

    def close() -> None:
        nonlocal current, size
        if current:
            parts.append(current)
        current, size = [], 0

    for unit in _units(paths, glob, part_pages, nested):
        if unit.kind == "input":  # whole: its own part
            close()
            parts.append([unit])
            continue
        weight = unit.stop - unit.start if unit.kind == "zip" else 1 if unit.kind == "file" else 0
        if size and size + weight > part_pages:
            close()
        current.append(unit)
        size += weight
    close()
    return parts


def _units(paths: Sequence[str], glob: str, part_pages: int, nested: bool) -> Iterator[Unit]:
    for path in paths:
        if path == "-":
            raise ValueError("standard input (-) cannot be read by a cluster's workers")
        if os.path.isdir(path):
            yield from _folder_units(path, glob, part_pages, nested)
        elif archive_kind(path) == "zip":
            yield from _zip_units(path, True, part_pages, _zip_index(path, glob, nested))
        else:
            yield Unit("input", path)


def _folder_units(path: str, glob: str, part_pages: int, nested: bool) -> Iterator[Unit]:
    walked = list(walk(path, glob))  # names only: a million files is tens of megabytes
    zips = {item: _zip_index(item, glob, nested) for item in walked
            if isinstance(item, str) and archive_kind(item) == "zip"}
    # read_inputs reports "no file matches" for a folder that gives no entry at all; a page file, a
    # zip with a member to read, or a zip that cannot be opened (a failure) each give one for sure.
    certain = any(isinstance(item, str) and not archive_kind(item) for item in walked) or \
        any(index is None or index[1] for index in zips.values())
    if not certain:
        yield Unit("input", path)  # tars, or zips with nothing to read: read whole, as read_inputs would
        return
    for item in walked:
        if isinstance(item, Skipped):
            yield Unit("skipped", item.source, reason=item.reason)
        elif isinstance(item, Failure):
            yield Unit("failure", item.source, reason=item.reason)
        elif item in zips:
            yield from _zip_units(item, False, part_pages, zips[item])
        else:
            yield Unit("file", item, named=False)


def _zip_index(path: str, glob: str, nested: bool) -> Optional[Tuple[int, bool]]:
    """(entries in the zip's central directory, whether any would be read), or None when it cannot
    be read as a whole here (cannot be opened, is cut short, or its entries overlap): read whole."""
    from tasscli.io.archives import open_zip, zip_entries, zip_overlap

    try:
        with open_zip(path) as archive:
            if zip_overlap(archive):
                return None
            count, useful = 0, False
            for info in zip_entries(archive):
                count += 1
                if not useful and not info.filename.endswith("/") and not hidden(info.filename):
                    useful = matches(info.filename, glob) or bool(nested and archive_kind(info.filename))
    except read_errors():
        return None
    return count, useful


def _zip_units(path: str, named: bool, part_pages: int, index: Optional[Tuple[int, bool]]) -> Iterator[Unit]:
    """Ranges of `part_pages` members of a zip; the whole zip as one unit where it cannot be opened
    here (the worker reports it, as read_inputs does), is small, or has no member to read (read
    whole, a zip the user named then reports "no member matches")."""
    if index is None or not index[1] or index[0] <= part_pages:
        yield Unit("input", path) if named else Unit("file", path, named=False)
        return
    count = index[0]
    for start in range(0, count, part_pages):
        yield Unit("zip", path, named, start, min(count, start + part_pages))


def read_part(part: Part, glob: str = DEFAULT_GLOB, max_page: int = MAX_PAGE_SIZE, nested: bool = False,
              notice: Optional[Callable[[str], None]] = None) -> Iterator[Item]:
    """The items of one part, as `read_inputs` gives them for the same files and members (a special
    file met in a walk is told to `notice`, by default a line on stderr, as `read_inputs` does)."""
    tell = notice or stderr_notice
    depth = MAX_NESTED if nested else None
    numbers = itertools.count(1)
    for unit in part:
        if unit.kind == "input":
            yield from readers.read_inputs([unit.path], glob, max_page=max_page, nested=nested, notice=notice)
            continue
        if unit.kind == "failure":
            yield Failure(unit.path, unit.reason, next(numbers))
            continue
        if unit.kind == "skipped":
            tell(f"{unit.path}: {unit.reason}")
            continue
        if unit.kind == "file":
            found: Any = file_entries(unit.path, glob, False, False, depth, max_page)
        elif unit.kind == "zip":
            found = members(archive(unit.path), unit.path, text_name(unit.path), glob, 0.0, depth, max_page,
                            members=(unit.start, unit.stop))
        else:
            raise ValueError(f"unknown unit kind {unit.kind!r}")
        yield from entry_items(found, numbers, tell, max_page)


def read_bytes(name: str, data: bytes, glob: str = DEFAULT_GLOB, max_page: int = MAX_PAGE_SIZE,
               nested: bool = False) -> Iterator[Item]:
    """The items of a file held in memory, as `read_inputs([name])` gives them for that file on
    disk (a page file, a compressed one or an archive); `name` becomes the sources' prefix."""
    kind = archive(name)
    if kind is None:
        @contextmanager
        def opener() -> Iterator[Any]:
            with decompressed(io.BytesIO(data), name) as stream:
                yield stream

        found: Any = (Entry(name, opener),)
    else:
        found = archive_entries(io.BytesIO(data), kind, name, glob, True, 0.0, MAX_NESTED if nested else None,
                                max_page)
    yield from entry_items(found, itertools.count(1), stderr_notice, max_page)


__all__ = ["PART_PAGES", "Part", "Unit", "plan", "read_bytes", "read_part"]
