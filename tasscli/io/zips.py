"""The zip archive kind's reader (registered in `tasscli.io.kinds`): its members, in archive order.

A zip whose entries overlap is one failure; one cut short (no central directory) is read by its local
headers up to the cut, which is one failure (`tasscli.io.archives`). An encrypted member is a failure
of its own. What a member becomes (a page, a nested archive, nothing) is the `visit`'s to say.
"""
from __future__ import annotations

import contextlib
from contextlib import contextmanager
from typing import IO, Any, Callable, ContextManager, Iterator, Optional, Tuple, Union

from tasscli.errors import InputError
from tasscli.io.archives import (
    Breaks,
    Watched,
    ZipCut,
    is_local_zip,
    open_salvaged,
    open_zip,
    salvage_zip,
    zip_entries,
    zip_overlap,
)
from tasscli.io.limits import short
from tasscli.io.reasons import read_errors, reason

Opener = Callable[[], ContextManager[IO[bytes]]]


def members(source: Union[str, IO[bytes]], visit: Any,
            members: Optional[Tuple[int, int]] = None) -> Iterator[Any]:
    """What `visit` makes of each member of the zip at `source` (a path, or a stream that seeks).
    `members` (start, stop): only those entries of the central directory (`tasscli.io.parts`, a zip
    read by several workers; such a zip is never salvaged)."""
    import zipfile

    breaks = Breaks()
    try:
        archive = open_zip(source)
    except read_errors() as exc:
        if not isinstance(exc, zipfile.BadZipFile) or members is not None:
            yield visit.failure(reason(exc))
            return
        yield from _salvaged(source, visit, exc, breaks)
        return
    with archive:
        try:
            overlap = zip_overlap(archive)
        except read_errors() as exc:
            yield visit.failure(reason(exc))
            return
        if overlap:
            yield visit.failure(overlap)
            return
        infos = zip_entries(archive)  # checked whole just above: no error past the first member
        if members is not None:
            import itertools

            infos = itertools.islice(infos, *members)
        for info in infos:
            if info.filename.endswith("/") or visit.skips(info.filename):
                continue
            yield from visit.member(info.filename, _opener(archive, info, breaks))


def _salvaged(source: Union[str, IO[bytes]], visit: Any, error: Exception, breaks: Breaks) -> Iterator[Any]:
    with (open(source, "rb") if isinstance(source, str) else contextlib.nullcontext(source)) as handle:
        handle.seek(0)
        if not is_local_zip(handle.read(4)):
            yield visit.failure(reason(error))
            return
        found = salvage_zip(handle)
        try:
            for info, start in found:
                if info.filename.endswith("/") or visit.skips(info.filename):
                    continue
                yield from visit.member(info.filename, _salvaged_opener(handle, info, start, breaks))
        except ZipCut as cut:
            yield visit.failure(short(cut.reason))
        except read_errors() as exc:
            yield visit.failure(reason(exc))


def _salvaged_opener(handle: IO[bytes], info: Any, start: int, breaks: Breaks) -> Opener:
    @contextmanager
    def opener() -> Iterator[IO[bytes]]:
        with open_salvaged(handle, info, start) as member:
            yield Watched(member, breaks)  # type: ignore[misc]

    return opener


def _opener(archive: Any, info: Any, breaks: Breaks) -> Opener:
    @contextmanager
    def opener() -> Iterator[IO[bytes]]:
        if info.flag_bits & 0x1:
            raise InputError(info.filename, "encrypted member (a password is needed); not read")
        with archive.open(info) as member:
            yield Watched(member, breaks)  # type: ignore[misc]

    return opener
