"""Readers: turn the paths a user names into pages of text (`Page`), or failures in their place.

What a path can be (the same for every command):

- `-`: standard input;
- a file, read whatever its name (`.gz`, `.bz2`, `.xz` are decompressed on the fly);
- a folder: read recursively, in name order (each folder's files, then its subfolders), keeping the
  files whose name matches `--glob` (default `*.txt`, without regard to case; `page.txt.gz` matches
  as `page.txt`) and every `.zip`/`.tar*` archive; hidden files and folders (name starting with `.`)
  are skipped, and so are symbolic-link loops and dangling links; a fifo, socket or device is skipped
  with a notice, never opened for reading (a file found in a walk is opened without blocking and
  checked once open); paths given as `exclude` (an output folder) are left out;
- an archive: `.zip`, `.tar`, `.tar.gz`/`.tgz`, `.tar.bz2`/`.tbz2`, `.tar.xz`/`.txz`, whose regular,
  non-hidden members matching `--glob` are read in archive order. Tar archives are read as one
  stream; nothing is ever extracted to disk. An archive inside an archive is skipped, unless
  `nested` (`--nested`) asks for it to be opened too, down to `MAX_NESTED` levels
  (`outer.zip!inner.tar.gz!dir/page.txt`); one nested deeper is a failure, not opened.

Sources name where a page came from: `pages/a.txt`, `archive.zip!folder/page.txt`, `pages.txt.gz`,
and `big.txt#3` for the third page of a file holding several (see `tasscli.io.splitting`).

A failure never stops the others: it is yielded in the place of the page(s) it cost. One failure
stands for one page: an unreadable file, a corrupt member, an archive that cannot be opened, the
page being read when a compressed stream broke off or grew past the page limit (the pages before
it are kept; the rest of that file or member is not read), the page past `--max-pages` or past the
text limit of a file (`tasscli.io.limits`), or a page holding a line past the line limit (reading
goes on after it). The page limits are in `tasscli.io.splitting`. An archive that ends early or
lies is one failure, never two for one break (`tasscli.io.archives`).

A file name that is not valid UTF-8 (bytes a file system allows) is named in sources with each
undecodable byte as `\\xNN` (`caf\\xe9.txt`), so that every source is text the output can hold.

The archive and compression modules (zipfile, tarfile, gzip, bz2, lzma) and hashlib are imported
when a file needs them, never for a plain page: `tasscli parse page.txt` starts faster.
"""
from __future__ import annotations

import contextlib
import io
import itertools
import os
import re
import stat
import sys
from contextlib import contextmanager
from functools import lru_cache
from typing import (
    IO,
    Any,
    Callable,
    ContextManager,
    FrozenSet,
    Iterable,
    Iterator,
    List,
    NamedTuple,
    Optional,
    Tuple,
    Union,
)

from tasscli.errors import InputError
from tasscli.io.archives import (
    Breaks,
    Cut,
    Watched,
    ZipCut,
    is_local_zip,
    open_salvaged,
    open_tar,
    open_zip,
    salvage_zip,
    tar_members,
    zip_entries,
    zip_overlap,
)
from tasscli.io.decoding import TextSource, decode_bytes, replaced_warning
from tasscli.io.interrupts import WaitingReader, is_slow
from tasscli.io.limits import MAX_PAGES, TEXT_FACTOR, short
from tasscli.io.splitting import MAX_PAGE_SIZE, LimitError, Split, size_text, split_lines, whole_page
from tasscli.term import safe

DEFAULT_GLOB = "*.txt"
#: The `./` that `tar -C dir .` puts before every member name: not part of a source.
_LEADING_DOT = re.compile(r"^(?:\./)+")
#: One `--glob` pattern, or several (a name matches any).
Globs = Union[str, Tuple[str, ...]]

#: Suffixes of single compressed files, read through gzip, bz2 and lzma.
COMPRESSED = (".gz", ".bz2", ".xz")
TAR_SUFFIXES = (".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tbz", ".tar.xz", ".txz")
ZIP_SUFFIXES = (".zip",)
#: How many levels of archives inside an archive `--nested` opens: `a.zip!b.zip!c.zip!d.zip!p.txt`.
MAX_NESTED = 3


class Page(NamedTuple):
    """One page of text and where it came from. (Named tuples here and in `tasscli.batch.pipeline`, not
    frozen dataclasses: as immutable, and cheaper to define at start-up and to make per page.)"""

    source: str
    text: str
    warnings: Tuple[str, ...] = ()
    #: The input file (or archive member) it came from: 1 for the first one read, and so on.
    file_no: int = 0
    #: Modification time of the file on disk that holds it (the archive, for a member), for
    #: `--resume`: asked of the file system only when `read_inputs` is given `skip`; else 0, as for stdin.
    mtime: float = 0.0

    @property
    def outname(self) -> str:
        """Where `convert -o FOLDER/` writes this page's records, relative to FOLDER (made when asked:
        a one-file output never needs it)."""
        return output_name(self.source)


class Failure(NamedTuple):
    """A page that could not be read, in its place in the input order."""

    source: str
    reason: str
    file_no: int = 0

    @property
    def outname(self) -> str:
        return output_name(self.source)

    def error(self) -> InputError:
        return InputError(self.source, self.reason)


class Skipped(Failure):
    """A file left unread, not an error: a special file met in a walk (told to `notice`, not yielded)."""

    __slots__ = ()


class NotRegular(OSError):
    """A file found in a walk that is not a regular file when opened (never read: it may block)."""


Item = Union[Page, Failure]

#: Called before a file is opened with the name its single page would get under `-o FOLDER/` and the
#: modification time of the file on disk; True skips it (`convert --resume`).
SkipEntry = Callable[[str, float], bool]


# ---------------------------------------------------------------------------------------------------
# Names


def archive_kind(name: str) -> Optional[str]:
    lower = name.lower()
    if lower.endswith(ZIP_SUFFIXES):
        return "zip"
    if lower.endswith(TAR_SUFFIXES):
        return "tar"
    return None


def compression(name: str) -> Optional[str]:
    """The compression suffix of a single compressed file (not of a `.tar.gz`), or None."""
    lower = name.lower()
    for suffix in COMPRESSED:
        if lower.endswith(suffix) and not lower.endswith(TAR_SUFFIXES):
            return suffix
    return None


def text_name(path: str) -> str:
    """`path` as text for a source: itself, unless it holds bytes that are not UTF-8 (lone surrogates
    from `os.fsdecode`), each of which then becomes `\\xNN` (`caf\\xe9.txt`)."""
    if path.isascii():
        return path
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        pass
    try:
        raw = os.fsencode(path)
    except UnicodeEncodeError:  # a surrogate that no byte gave
        return path.encode("utf-8", "backslashreplace").decode("utf-8")
    return raw.decode("utf-8", "backslashreplace")


def matches(name: str, glob: str) -> bool:
    """Does a file or member `name` (a path; only its last part counts unless `glob` has a `/`)
    match `glob`, as itself or with its compression suffix removed?"""
    return _matcher(glob)(name)


def glob_text(glob: Globs) -> str:
    """`glob` (one pattern, or several: `--glob` repeated) as a message names it: `*.txt or *.text`."""
    return glob if isinstance(glob, str) else " or ".join(glob)


@lru_cache(maxsize=8)
def _matcher(glob: Globs) -> Callable[[str], bool]:
    """`matches` for one `glob`, its pattern compiled once: it is asked of every file in a folder.
    Several patterns (a tuple): a name matches when it matches any of them."""
    if not isinstance(glob, str):
        if len(glob) == 1:
            return _matcher(glob[0])
        matchers = [_matcher(one) for one in glob]
        return lambda name: any(match(name) for match in matchers)
    import fnmatch

    match = re.compile(fnmatch.translate(glob.lower())).match  # what fnmatch.fnmatchcase does
    last_part = "/" not in glob

    def matcher(name: str) -> bool:
        name = name.replace("\\", "/")
        if last_part:
            name = name.rsplit("/", 1)[-1]
        lower = name.lower()
        if match(lower):
            return True
        suffix = compression(lower)
        return bool(suffix) and match(lower[: -len(suffix)]) is not None

    return matcher


def hidden(member: str) -> bool:
    parts = [part for part in member.replace("\\", "/").split("/") if part not in ("", ".", "..")]
    return any(part.startswith(".") or part == "__MACOSX" for part in parts)


# Patterns for output names, compiled (and cached by `re`) when a name is first made: a one-file
# output never needs them.
_UNSAFE = r'[\x00-\x1f\x7f<>:"|?*\\]'
_RESERVED = r"(?i)^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$"
_MAX_PART = 200  # bytes; most file systems allow 255


def safe_parts(path: str) -> List[str]:
    """`path` as relative, harmless name parts: no `..`, no `.`, no root, no drive, no characters
    that some file system refuses, no name longer than 200 bytes."""
    parts = []
    # A backslash separates too (zips made on Windows), except in the `\\xNN` of a byte that
    # `text_name` escaped, where it becomes `_` with the unsafe characters.
    for part in re.split(r"(?:/|\\(?!x[0-9a-f]{2}))+", path):
        if part in ("", ".", ".."):
            continue
        part = re.sub(_UNSAFE, "_", part).rstrip(" .") or "_"
        if re.match(_RESERVED, part):
            part = "_" + part
        if len(part.encode("utf-8", "surrogateescape")) > _MAX_PART:
            import hashlib

            digest = hashlib.sha1(part.encode("utf-8", "surrogateescape")).hexdigest()[:10]
            part = part[:100] + "~" + digest
        parts.append(part)
    return parts or ["_"]


def output_base(source: str) -> str:
    """The output name of a source without `.json`: `pages/a.txt` gives `pages/a`,
    `x.zip!f/p.txt.gz` gives `x.zip/f/p`, `big.txt#3` gives `big#3`, `-` gives `stdin`."""
    number = ""
    found = re.search(_PAGE_NUMBER, source)
    if found:
        source, number = source[: found.start()], found.group()
    if source == "-":
        return "stdin" + number
    parts: List[str] = []
    for piece in source.split("!"):
        parts.extend(safe_parts(piece))
    last = parts[-1]
    suffix = compression(last)
    if suffix:
        last = last[: -len(suffix)]
    stem, _ = os.path.splitext(last)
    parts[-1] = (stem if stem and stem != "_" else last) + number
    return "/".join(parts)


_PAGE_NUMBER = r"#\d+$"


def output_name(source: str) -> str:
    """The name, relative to FOLDER, of the JSON file `convert -o FOLDER/` writes for `source`."""
    return output_base(source) + ".json"


# ---------------------------------------------------------------------------------------------------
# Entries: things that open as one binary stream (or, for a plain file on disk, a file descriptor)


class _Entry(NamedTuple):
    source: str
    #: Opens it for `TextSource`: a binary stream, or a file descriptor (`_Descriptor`).
    open: Callable[[], ContextManager[Any]]
    mtime: float = 0.0


def _loaded(module: str, name: str) -> Tuple[Any, ...]:
    """(module.name,) when `module` has been imported, else (): an exception class of a module that
    was never imported cannot have been raised, so the test needs no import."""
    found = sys.modules.get(module)
    return () if found is None else (getattr(found, name),)


def _reason(exc: BaseException) -> str:
    """Why reading failed, in one short line (long names in it cut in the middle, no object reprs)."""
    return short(_long_reason(exc))


def _long_reason(exc: BaseException) -> str:
    if isinstance(exc, (InputError, Cut)):
        return exc.reason if isinstance(exc, InputError) else str(exc)
    bad_gzip = _loaded("gzip", "BadGzipFile")
    if isinstance(exc, OSError) and exc.strerror and not isinstance(exc, bad_gzip):
        return exc.strerror
    if isinstance(exc, (EOFError, *bad_gzip, *_loaded("zlib", "error"), *_loaded("lzma", "LZMAError"))):
        return f"corrupt compressed data: {exc}"
    if isinstance(exc, _loaded("zipfile", "BadZipFile")):
        return f"corrupt zip archive: {exc}"
    if isinstance(exc, _loaded("tarfile", "TarError")):
        return f"corrupt tar archive: {exc}"
    text = str(exc)
    return text if text else type(exc).__name__


def read_errors() -> Tuple[Any, ...]:
    """What reading a file or archive may raise; each becomes a failure, never a traceback. (A
    function, evaluated by `except` only when something was raised, so that the archive modules
    stay unimported for plain pages; ImportError: a Python built without lzma or bz2.)"""
    return (OSError, EOFError, ValueError, RuntimeError, NotImplementedError, ImportError,
            *_loaded("zlib", "error"), *_loaded("lzma", "LZMAError"), *_loaded("tarfile", "TarError"),
            *_loaded("zipfile", "BadZipFile"))


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
def _decompressed(stream: IO[bytes], name: str) -> Iterator[IO[bytes]]:
    suffix = compression(name)
    if suffix is None:
        yield stream
        return
    with _decompressor(suffix, stream) as inner:
        yield Watched(inner)  # type: ignore[misc]  # the pages before a break are kept


def _decompressor(suffix: str, stream: IO[bytes]) -> IO[bytes]:
    if suffix == ".gz":
        import gzip

        return gzip.GzipFile(fileobj=stream, mode="rb")
    if suffix == ".bz2":
        import bz2

        return bz2.BZ2File(stream, "rb")
    import lzma

    return lzma.LZMAFile(stream, "rb")


@contextmanager
def _open_file(path: str, named: bool = True) -> Iterator[IO[bytes]]:
    with (open(path, "rb") if named else os.fdopen(_open_walked(path), "rb")) as handle:
        raw: IO[bytes] = handle
        if named and is_slow(handle.fileno()):  # a compressed stream from a fifo or a pipe
            raw = io.BufferedReader(WaitingReader(handle.fileno()))  # type: ignore[arg-type]
        with _decompressed(raw, path) as stream:
            yield stream


#: O_BINARY: where it exists (Windows), a descriptor opened without it translates line ends.
_READ_FLAGS = os.O_RDONLY | getattr(os, "O_BINARY", 0)


class _Descriptor:
    """A plain (uncompressed) file on disk, open as a file descriptor while in `with`: what
    `TextSource` reads with os.read. Per page file, os.open, os.read and os.close cost about half
    of making, reading and closing a file object (issue 6)."""

    __slots__ = ("path", "fd", "named")

    def __init__(self, path: str, named: bool = False) -> None:
        self.path = path
        self.fd = -1
        self.named = named  # named on the command line: maybe a fifo or /dev/stdin, not a file

    def __enter__(self) -> Union[int, WaitingReader]:
        self.fd = os.open(self.path, _READ_FLAGS) if self.named else _open_walked(self.path)
        # A named path may be a pipe that Ctrl-C must be able to leave (tasscli.io.interrupts). A
        # walked one was a regular file when listed, and is checked again once open (`_open_walked`:
        # one fstat a file, so that a fifo swapped in since is never read).
        if self.named and is_slow(self.fd):
            return WaitingReader(self.fd)
        return self.fd

    def __exit__(self, *exc: Any) -> None:
        os.close(self.fd)


def _mtime(path: str) -> float:
    try:
        return os.stat(path).st_mtime
    except OSError:
        return 0.0


class _SortedNames:
    """Names added in any order, given back sorted, in about 17 bytes a name instead of 70: runs of
    `RUN` names are sorted and joined into one string, and the runs merged lazily. A folder of a
    million files then costs megabytes, not a hundred."""

    RUN = 4096

    def __init__(self) -> None:
        self._runs: List[str] = []
        self._run: List[str] = []

    def add(self, name: str) -> None:
        self._run.append(name)
        if len(self._run) >= self.RUN:
            self._close_run()

    def _close_run(self) -> None:
        if self._run:
            self._runs.append("\0".join(sorted(self._run)))  # no file name holds a NUL
            self._run = []

    def __iter__(self) -> Iterator[str]:
        if not self._runs:  # a folder of fewer than RUN names: no run to join, split and merge
            run, self._run = self._run, []
            run.sort()
            return iter(run)
        import heapq

        self._close_run()
        runs, self._runs = self._runs, []
        return heapq.merge(*(_split_lazily(run) for run in runs))


def _split_lazily(joined: str) -> Iterator[str]:
    start = 0
    while True:
        end = joined.find("\0", start)
        if end < 0:
            yield joined[start:]
            return
        yield joined[start:end]
        start = end + 1


def _walk(root: str, glob: str, exclude: FrozenSet[Tuple[int, int]] = frozenset()) -> Iterator[Union[str, Failure]]:
    """Paths under `root` (files matching `glob`, and archives), in name order, depth first:
    a folder's files, then its subfolders. The files and folders whose (device, inode) is in
    `exclude` are left out; a special file (fifo, socket, device) that would match is a `Skipped`."""
    seen = set(exclude)
    inodes = {inode for _, inode in exclude}
    match = _matcher(glob)
    stack: List[Iterator[str]] = [iter([root])]
    while stack:
        folder = next(stack[-1], None)
        if folder is None:
            stack.pop()
            continue
        files = _SortedNames()
        folders: List[str] = []
        special: List[Tuple[str, str]] = []
        try:
            info = os.stat(folder)
            key = (info.st_dev, info.st_ino)
            if key in seen:  # a symbolic-link loop, a second link to a folder already read, or excluded
                continue
            seen.add(key)
            with os.scandir(folder) as entries:
                for entry in entries:
                    if entry.name.startswith("."):
                        continue
                    try:
                        if entry.is_dir():  # follows links
                            folders.append(entry.name)
                        elif match(entry.name) or archive_kind(entry.name):
                            if entry.is_file():
                                if inodes and _excluded(entry, exclude):
                                    continue
                                files.add(entry.name)
                            else:  # a fifo, a socket, a device (dangling links raise or are none)
                                kind = _special_kind(entry.stat().st_mode)
                                if kind:
                                    special.append((entry.name, kind))
                    except OSError:  # a link that loops or leads nowhere
                        continue
        except OSError as exc:
            yield Failure(text_name(folder), _reason(exc))
            continue
        folders.sort()
        prefix = folder if folder.endswith(("/", os.sep)) else folder + "/"
        for name, kind in sorted(special):
            yield Skipped(text_name(prefix + name), f"{kind}, not a regular file; skipped (not opened)")
        for name in files:
            yield prefix + name
        del files
        stack.append(iter([prefix + name for name in folders]))


def _excluded(entry: Any, exclude: FrozenSet[Tuple[int, int]]) -> bool:
    if not any(inode == entry.inode() for _, inode in exclude):
        return False  # one look at the inode scandir gave; a stat only when it is one of them
    info = entry.stat()
    return (info.st_dev, info.st_ino) in exclude


_SPECIAL = ((stat.S_ISFIFO, "a fifo"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a device"),
            (stat.S_ISBLK, "a device"))


def _special_kind(mode: int) -> str:
    """'a fifo', 'a socket', 'a device', or '' (a regular file, a folder)."""
    return next((kind for test, kind in _SPECIAL if test(mode)), "")


#: Opening a fifo with O_NONBLOCK returns at once (without it, open waits for a writer).
_WALKED_FLAGS = _READ_FLAGS | getattr(os, "O_NONBLOCK", 0)


def _open_walked(path: str) -> int:
    """A file found in a walk, open as a descriptor, checked to be a regular file *after* opening (the
    walk saw one, but it may have been swapped since): a fifo is never read, so never waited on."""
    fd = os.open(path, _WALKED_FLAGS)
    try:
        kind = _special_kind(os.fstat(fd).st_mode)
    except OSError:
        os.close(fd)
        raise
    if kind:
        os.close(fd)
        raise NotRegular(f"{kind}, not a regular file (swapped in during the walk); skipped (not opened for reading)")
    return fd


def _zip_entries(path: Union[str, IO[bytes]], name: str, glob: str, mtime: float,
                 nested: Optional[int] = None, max_page: int = MAX_PAGE_SIZE,
                 breaks: Optional[Breaks] = None,
                 members: Optional[Tuple[int, int]] = None) -> Iterator[Union[_Entry, Failure]]:
    """The members of a zip, in archive order. A zip whose entries overlap is one failure; one cut
    short (no central directory) is read by its local headers up to the cut, which is one failure.
    `members` (start, stop): only those entries of the central directory (`tasscli.io.parts`, a zip
    read by several workers; such a zip is never salvaged)."""
    import zipfile

    breaks = breaks or Breaks()
    try:
        archive = open_zip(path)
    except read_errors() as exc:
        if not isinstance(exc, zipfile.BadZipFile) or members is not None:
            yield Failure(name, _reason(exc))
            return
        yield from _salvaged_zip_entries(path, name, glob, mtime, nested, max_page, exc, breaks)
        return
    with archive:
        try:
            overlap = zip_overlap(archive)
        except read_errors() as exc:
            yield Failure(name, _reason(exc))
            return
        if overlap:
            yield Failure(name, overlap)
            return
        infos = zip_entries(archive)  # checked whole just above: no error past the first member
        if members is not None:
            import itertools

            infos = itertools.islice(infos, *members)
        for info in infos:
            if info.filename.endswith("/") or hidden(info.filename):
                continue
            yield from _member(info.filename, f"{name}!{text_name(info.filename)}",
                               _zip_opener(archive, info, breaks), glob, mtime, nested, max_page)


def _salvaged_zip_entries(path: Union[str, IO[bytes]], name: str, glob: str, mtime: float,
                          nested: Optional[int], max_page: int, error: Exception,
                          breaks: Breaks) -> Iterator[Union[_Entry, Failure]]:
    with (open(path, "rb") if isinstance(path, str) else contextlib.nullcontext(path)) as handle:
        handle.seek(0)
        if not is_local_zip(handle.read(4)):
            yield Failure(name, _reason(error))
            return
        members = salvage_zip(handle)
        try:
            for info, start in members:
                if info.filename.endswith("/") or hidden(info.filename):
                    continue
                yield from _member(info.filename, f"{name}!{text_name(info.filename)}",
                                   _salvaged_opener(handle, info, start, breaks), glob, mtime, nested, max_page)
        except ZipCut as cut:
            yield Failure(name, short(cut.reason))
        except read_errors() as exc:
            yield Failure(name, _reason(exc))


def _salvaged_opener(handle: IO[bytes], info: Any, start: int,
                     breaks: Breaks) -> Callable[[], ContextManager[IO[bytes]]]:
    @contextmanager
    def opener() -> Iterator[IO[bytes]]:
        with open_salvaged(handle, info, start) as member:
            with _decompressed(Watched(member, breaks), info.filename) as stream:  # type: ignore[arg-type]
                yield stream

    return opener


def _member(member_name: str, source: str, opener: Callable[[], ContextManager[IO[bytes]]], glob: str,
            mtime: float, nested: Optional[int], max_page: int) -> Iterator[Union[_Entry, Failure]]:
    """An archive member: a page to read, an archive to open (with --nested), or nothing."""
    if nested is not None and archive_kind(member_name):
        yield from _nested_entries(opener, member_name, source, glob, mtime, nested, max_page)
    elif archive_kind(member_name):
        yield Failure(source, "an archive inside an archive; not opened without --nested")
    elif matches(member_name, glob):
        yield _Entry(source, opener, mtime)


def _zip_opener(archive: Any, info: Any, breaks: Breaks) -> Callable[[], ContextManager[IO[bytes]]]:
    @contextmanager
    def opener() -> Iterator[IO[bytes]]:
        if info.flag_bits & 0x1:
            raise InputError(info.filename, "encrypted member (a password is needed); not read")
        with archive.open(info) as member:
            with _decompressed(Watched(member, breaks), info.filename) as stream:  # type: ignore[arg-type]
                yield stream

    return opener


def _tar_entries(path: Union[str, IO[bytes]], name: str, glob: str, mtime: float,
                 nested: Optional[int] = None, max_page: int = MAX_PAGE_SIZE) -> Iterator[Union[_Entry, Failure]]:
    """The members of a tar, read as one stream (see `tasscli.io.archives`). A break is one failure:
    for the member being read when it came (reported by that member's reader), else for the archive."""
    breaks = Breaks()
    last = ""
    try:
        with open_tar(path, breaks) as (archive, watched):
            for member in tar_members(archive, watched):
                if not member.isfile() or hidden(member.name):
                    continue
                last = member.name
                yield from _member(member.name, f"{name}!{text_name(_LEADING_DOT.sub('', member.name))}",
                                   _tar_opener(archive, member, breaks), glob, mtime, nested, max_page)
                if breaks.error is not None:
                    return  # the member's reader met the break and reported it
    except read_errors() as exc:
        after = f" (after member {short(last, 80)!r})" if last else ""
        yield Failure(name, _reason(exc) + after)


def _tar_opener(archive: Any, member: Any, breaks: Breaks) -> Callable[[], ContextManager[IO[bytes]]]:
    @contextmanager
    def opener() -> Iterator[IO[bytes]]:
        handle = archive.extractfile(member)
        if handle is None:
            raise OSError(0, "not a regular file")
        with handle, _decompressed(Watched(handle, breaks), member.name) as stream:  # type: ignore[arg-type]
            yield stream

    return opener


def _nested_entries(opener: Callable[[], ContextManager[IO[bytes]]], member: str, source: str, glob: str,
                    mtime: float, nested: int, max_page: int) -> Iterator[Union[_Entry, Failure]]:
    """The entries of an archive found inside an archive (`--nested`), `nested` levels still allowed.
    A tar is read as a stream from the member; a zip needs random access, so it is read into memory
    (a BytesIO, never a file on disk) only up to `max_page` bytes: a larger one is a failure, the
    guard against a nested bomb. Anything that breaks is one failure for `source`; the batch goes on."""
    if nested <= 0:
        yield Failure(source, f"archive nested more than {MAX_NESTED} levels deep; not opened")
        return
    kind = archive_kind(member)
    try:
        with opener() as stream:
            if kind == "tar":
                yield from _tar_entries(stream, source, glob, mtime, nested - 1, max_page)
                return
            data = stream.read(max_page + 1)
    except read_errors() as exc:
        yield Failure(source, _reason(exc))
        return
    if len(data) > max_page:
        from tasscli.io.splitting import size_text

        yield Failure(source, f"nested zip larger than {size_text(max_page)} (--max-page-size); not opened")
        return
    import io

    yield from _zip_entries(io.BytesIO(data), source, glob, mtime, nested - 1, max_page)


def _entries(path: str, glob: str, mtimes: bool = False, nested: Optional[int] = None,
             max_page: int = MAX_PAGE_SIZE,
             exclude: FrozenSet[Tuple[int, int]] = frozenset()) -> Iterator[Union[_Entry, Failure]]:
    if path == "-":
        yield _Entry("-", _stdin)
        return
    if not os.path.isdir(path):
        yield from _file_entries(path, glob, True, mtimes, nested, max_page)
        return
    found = False
    for item in _walk(path, glob, exclude):
        if isinstance(item, Failure):
            yield item
            continue
        for entry in _file_entries(item, glob, False, mtimes, nested, max_page):
            found = True
            yield entry
    if not found:
        yield Failure(text_name(path), f"no file matches {glob_text(glob)}")


def _file_entries(path: str, glob: str, named: bool, mtimes: bool, nested: Optional[int] = None,
                  max_page: int = MAX_PAGE_SIZE) -> Iterable[Union[_Entry, Failure]]:
    """The entries of a file: itself, or an archive's members. An archive with no matching member
    is a failure when the user named it, and silently nothing when a folder walk found it. The
    file's modification time only with `mtimes` (a stat per file that only --resume needs)."""
    kind = archive_kind(path)
    name = text_name(path)
    mtime = _mtime(path) if mtimes else 0.0
    if kind is None:
        opener = (lambda: _open_file(path, named)) if compression(path) else (lambda: _Descriptor(path, named))
        return (_Entry(name, opener, mtime),)  # a tuple: no generator per page file
    return _archive_entries(path, kind, name, glob, named, mtime, nested, max_page)


def _archive_entries(path: str, kind: str, name: str, glob: str, named: bool, mtime: float,
                     nested: Optional[int], max_page: int) -> Iterator[Union[_Entry, Failure]]:
    found = False
    read = _zip_entries if kind == "zip" else _tar_entries
    if named:
        entries = read(path, name, glob, mtime, nested, max_page)
    else:
        try:
            handle = os.fdopen(_open_walked(path), "rb")
        except NotRegular as exc:
            yield Skipped(name, str(exc))
            return
        except OSError as exc:
            yield Failure(name, _reason(exc))
            return
        entries = _closing(handle, read(handle, name, glob, mtime, nested, max_page))
    for entry in entries:
        found = True
        yield entry
    if not found and named:
        yield Failure(name, f"no member matches {glob_text(glob)}")


def _closing(handle: IO[bytes], items: Iterator[Union[_Entry, Failure]]) -> Iterator[Union[_Entry, Failure]]:
    with handle:
        yield from items


# ---------------------------------------------------------------------------------------------------
# Pages


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


def _entry_pages(entry: _Entry, file_no: int, max_page: int, max_pages: int = MAX_PAGES) -> Iterator[Item]:
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
        yield Failure(source, _reason(exc), file_no)
        return
    if single is not None:
        # Nearly every page file: its one page (or "", the empty page), given once the file is
        # closed, so that one file at most is open while the page is parsed.
        assert text is not None
        if text.warnings or text.replaced:
            yield _page(entry.source, single, text.warnings, text.replaced, file_no, entry.mtime)
        else:
            yield Page(entry.source, single, (), file_no, entry.mtime)


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
    tell = notice or _stderr_notice
    numbers = itertools.count(1)
    excluded = _keys(exclude)
    for path in paths:
        entries = _entries(path, glob, skip is not None, MAX_NESTED if nested else None, max_page, excluded)
        yield from entry_items(entries, numbers, tell, max_page, max_pages, skip)


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
        for item in _entry_pages(entry, file_no, max_page, max_pages):
            if isinstance(item, Skipped):
                tell(f"{item.source}: {item.reason}")
            else:
                yield item


def _stderr_notice(text: str) -> None:
    sys.stderr.write(f"tasscli: {safe(text)}\n")


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
            for item in _walk(path, glob):
                if isinstance(item, str):
                    yield _mtime(item)
        else:
            yield _mtime(path)


def count_files(paths: Iterable[str], glob: str = DEFAULT_GLOB, nested: bool = False) -> int:
    """How many files and members `read_inputs` will open (for the progress display's total)."""
    total = 0
    for path in paths:
        for entry in _entries(path, glob, nested=MAX_NESTED if nested else None):
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
        with _open_file(path) as handle:
            data = handle.read()
    except IsADirectoryError:
        raise InputError(name, "is a folder") from None
    except read_errors() as exc:
        raise InputError(name, _reason(exc)) from None
    return decode(data, name)


def iter_pages(paths: Iterable[str], glob: str = DEFAULT_GLOB, max_page: int = MAX_PAGE_SIZE,
               nested: bool = False) -> Iterator[Union[Page, InputError]]:
    """`read_inputs` with each failure as an `InputError`."""
    for item in read_inputs(paths, glob, max_page=max_page, nested=nested):
        yield item.error() if isinstance(item, Failure) else item
