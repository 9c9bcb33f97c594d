"""Entries: the files and archive members a path gives, each one thing that opens as a binary stream.

A path is standard input (`-`), a file, or a folder (walked: `tasscli.io.walking`). A file's kind
comes from the registry (`tasscli.io.kinds`): a page file is one entry (a plain one on disk opened as
a bare file descriptor, a compressed one through its decompressor); an archive gives an entry per
member, listed by its kind's reader. Every reader's members are judged here, the same for every
kind: a hidden one is left out, a compressed one is decompressed, one that matches `--glob` is an
entry, and an archive inside an archive is skipped with a failure, unless `nested` (`--nested`)
asks for it to be opened too, down to `MAX_NESTED` levels (`outer.zip!inner.tar.gz!dir/page.txt`);
one nested deeper is a failure, not opened.
"""
from __future__ import annotations

import io
import os
import sys
from contextlib import contextmanager
from typing import IO, Any, FrozenSet, Iterable, Iterator, Optional, Tuple, TypeAlias, Union

from tasscli.io.interrupts import WaitingReader, is_slow
from tasscli.io.items import Entry, Failure, NotRegular, Opener, Skipped
from tasscli.io.kinds import Archive, Compression, decompressed, kind_of
from tasscli.io.names import glob_text, hidden, matches, text_name
from tasscli.io.reasons import read_errors, reason
from tasscli.io.splitting import MAX_PAGE_SIZE, size_text
from tasscli.io.walking import READ_FLAGS, file_mtime, open_walked, walk

#: How many levels of archives inside an archive `--nested` opens: `a.zip!b.zip!c.zip!d.zip!p.txt`.
MAX_NESTED = 3

EntryOrFailure: TypeAlias = "Union[Entry, Failure]"


def entries(path: str, glob: str, mtimes: bool = False, nested: Optional[int] = None,
            max_page: int = MAX_PAGE_SIZE,
            exclude: FrozenSet[Tuple[int, int]] = frozenset()) -> Iterator[EntryOrFailure]:
    """The entries of one path given by the user, in order, with failures (and `Skipped` special files
    of a walk) in their places. `nested`: how many levels of archives inside archives to open (None:
    none, not even asked)."""
    if path == "-":
        yield Entry("-", _stdin)
        return
    if not os.path.isdir(path):
        yield from file_entries(path, glob, True, mtimes, nested, max_page)
        return
    found = False
    for item in walk(path, glob, exclude):
        if isinstance(item, Failure):
            yield item
            continue
        for entry in file_entries(item, glob, False, mtimes, nested, max_page):
            found = True
            yield entry
    if not found:
        yield Failure(text_name(path), f"no file matches {glob_text(glob)}")


def file_entries(path: str, glob: str, named: bool, mtimes: bool, nested: Optional[int] = None,
                 max_page: int = MAX_PAGE_SIZE) -> Iterable[EntryOrFailure]:
    """The entries of a file: itself, or an archive's members. An archive with no matching member
    is a failure when the user named it, and silently nothing when a folder walk found it. The
    file's modification time only with `mtimes` (a stat per file that only --resume needs)."""
    kind = kind_of(path)
    name = text_name(path)
    mtime = file_mtime(path) if mtimes else 0.0
    if isinstance(kind, Archive):
        return archive_entries(path, kind, name, glob, named, mtime, nested, max_page)
    opener = (lambda: open_file(path, named)) if kind is not None else (lambda: Descriptor(path, named))
    return (Entry(name, opener, mtime),)  # a tuple: no generator per page file


def archive_entries(source: Union[str, IO[bytes]], kind: Archive, name: str, glob: str, named: bool,
                    mtime: float, nested: Optional[int], max_page: int) -> Iterator[EntryOrFailure]:
    """The entries of the archive at `source` (a path, or a stream already open): walked (not
    `named`), a path is opened as a regular file or skipped."""
    if not named:
        try:
            handle = os.fdopen(open_walked(source), "rb")  # type: ignore[arg-type]
        except NotRegular as exc:
            yield Skipped(name, str(exc))
            return
        except OSError as exc:
            yield Failure(name, reason(exc))
            return
        with handle:
            yield from members(kind, handle, name, glob, mtime, nested, max_page)
        return
    found = False
    for entry in members(kind, source, name, glob, mtime, nested, max_page):
        found = True
        yield entry
    if not found:
        yield Failure(name, f"no member matches {glob_text(glob)}")


def members(kind: Archive, source: Union[str, IO[bytes]], name: str, glob: str, mtime: float,
            nested: Optional[int], max_page: int, **options: Any) -> Iterator[EntryOrFailure]:
    """The entries of the members of the archive `name` at `source`, read by its kind's reader
    (`options` go to the reader: a zip's `members` range for `tasscli.io.parts`)."""
    return kind.members(source, _Visit(name, glob, mtime, nested, max_page), **options)


class _Visit:
    """What an archive kind's reader is given (see `tasscli.io.kinds`): it says what each member
    becomes, the same for every kind."""

    __slots__ = ("name", "glob", "mtime", "nested", "max_page")

    def __init__(self, name: str, glob: str, mtime: float, nested: Optional[int], max_page: int) -> None:
        self.name = name  # the archive's source
        self.glob = glob
        self.mtime = mtime
        self.nested = nested  # levels of archives inside it still to open; None: not asked
        self.max_page = max_page

    skips = staticmethod(hidden)

    def failure(self, why: str) -> Failure:
        return Failure(self.name, why)

    def member(self, name: str, opener: Opener, shown: Optional[str] = None) -> Iterator[EntryOrFailure]:
        """A regular member `name`, whose raw bytes `opener` opens: a page to read, an archive to
        open (with --nested), or nothing. Its source shows `shown` (default: `name`)."""
        source = f"{self.name}!{text_name(name if shown is None else shown)}"
        kind = kind_of(name)
        if isinstance(kind, Archive):
            if self.nested is None:
                yield Failure(source, "an archive inside an archive; not opened without --nested")
            else:
                yield from self._nested(kind, opener, source)
        elif matches(name, self.glob):
            if isinstance(kind, Compression):
                opener = _decompressing(opener, name)
            yield Entry(source, opener, self.mtime)

    def _nested(self, kind: Archive, opener: Opener, source: str) -> Iterator[EntryOrFailure]:
        """The entries of an archive found inside this one. One read from its member's stream, or,
        for a `random_access` kind (a zip), read into memory (a BytesIO, never a file on disk) only
        up to `max_page` bytes: a larger one is a failure, the guard against a nested bomb. Anything
        that breaks is one failure for `source`; the batch goes on."""
        assert self.nested is not None
        if self.nested <= 0:
            yield Failure(source, f"archive nested more than {MAX_NESTED} levels deep; not opened")
            return
        inner = _Visit(source, self.glob, self.mtime, self.nested - 1, self.max_page)
        try:
            with opener() as stream:
                if not kind.random_access:
                    yield from kind.members(stream, inner)
                    return
                data = stream.read(self.max_page + 1)
        except read_errors() as exc:
            yield Failure(source, reason(exc))
            return
        if len(data) > self.max_page:
            yield Failure(source, f"nested {kind.name} larger than {size_text(self.max_page)} (--max-page-size); "
                                  "not opened")
            return
        yield from kind.members(io.BytesIO(data), inner)


def _decompressing(opener: Opener, name: str) -> Opener:
    @contextmanager
    def opened() -> Iterator[IO[bytes]]:
        with opener() as raw, decompressed(raw, name) as stream:
            yield stream

    return opened


# ---------------------------------------------------------------------------------------------------
# Opening files


@contextmanager
def _stdin() -> Iterator[IO[bytes]]:
    stream = sys.stdin.buffer
    try:
        fd = stream.fileno()
    except (AttributeError, OSError, ValueError):  # a test's stream: no descriptor
        fd = -1
    # Nothing reads standard input before this, so its buffer is empty and the descriptor can
    # be read directly, waiting as tasscli.io.interrupts does for a pipe or a terminal.
    yield WaitingReader(fd) if fd >= 0 and is_slow(fd) else stream


@contextmanager
def open_file(path: str, named: bool = True) -> Iterator[IO[bytes]]:
    """A file as a binary stream, decompressed by the kind of its name."""
    with (open(path, "rb") if named else os.fdopen(open_walked(path), "rb")) as handle:
        raw: IO[bytes] = handle
        if named and is_slow(handle.fileno()):  # a compressed stream from a fifo or a pipe
            raw = io.BufferedReader(WaitingReader(handle.fileno()))  # type: ignore[arg-type]
        with decompressed(raw, path) as stream:
            yield stream


class Descriptor:
    """A plain (uncompressed) file on disk, open as a file descriptor while in `with`: what
    `TextSource` reads with os.read. Per page file, os.open, os.read and os.close cost about half
    of making, reading and closing a file object (issue 6)."""

    __slots__ = ("path", "fd", "named")

    def __init__(self, path: str, named: bool = False) -> None:
        self.path = path
        self.fd = -1
        self.named = named  # named on the command line: maybe a fifo or /dev/stdin, not a file

    def __enter__(self) -> Union[int, WaitingReader]:
        self.fd = os.open(self.path, READ_FLAGS) if self.named else open_walked(self.path)
        # A named path may be a pipe that Ctrl-C must be able to leave (tasscli.io.interrupts). A
        # walked one was a regular file when listed, and is checked again once open (`open_walked`:
        # one fstat a file, so that a fifo swapped in since is never read).
        if self.named and is_slow(self.fd):
            return WaitingReader(self.fd)
        return self.fd

    def __exit__(self, *exc: Any) -> None:
        os.close(self.fd)

