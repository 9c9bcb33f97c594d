"""The kinds of file that hold other bytes, by suffix: the one registry of compressions and archives.

A name's kind is the registered suffix it ends with, the longest that fits, without regard to case:
`a.tar.gz` is a tar, `a.gz` a gzip stream, `a.txt` nothing (a page file). Everything that asks what a
name is asks here: the folder walk (which files to read), the glob (`page.txt.gz` matches `*.txt`), the
output names, the readers of files and of archive members, `--nested`, the Dask parts.

- A `Compression` is one stream in another: `open(stream)` gives the decompressed stream (a context
  manager; read errors become failures, and the pages before a break are kept).
- An `Archive` holds members: `members(source, visit)` reads the archive at `source` (a path, or a
  binary stream: a seekable one where `random_access`) and yields what `visit` makes of its members.
  For each regular member the reader calls `visit.skips(name)` (a hidden member: go on) and yields
  from `visit.member(name, opener, shown=name)`, where `opener()` is a context manager giving the
  member's raw bytes and `shown` the name its source shows; anything that stops the archive is yielded
  as `visit.failure(reason)`. What a member becomes (a page to read, a nested archive, a failure,
  nothing) is the visit's to decide (`tasscli.io.entries`), the same for every kind. A nested archive
  of a `random_access` kind is read into memory first (a zip; at most --max-page-size bytes), of
  another kind read from its member's stream (a tar).

A new kind is one entry in `KINDS` (or `register(kind)` at run time) and its reader.
"""
from __future__ import annotations

from contextlib import contextmanager
from typing import IO, Any, Callable, Dict, Iterator, List, Optional, Tuple, TypeAlias, Union


class Compression:
    """One compressed stream: `open(stream)` gives the decompressed one. (Plain classes, not named
    tuples: those cost about 0.8 million instructions each at start-up.)"""

    __slots__ = ("name", "suffixes", "open")

    def __init__(self, name: str, suffixes: Tuple[str, ...], open: Callable[[IO[bytes]], Any]) -> None:
        self.name = name
        self.suffixes = suffixes
        self.open = open


class Archive:
    """An archive: `members(source, visit)` yields what `visit` makes of its members (see above).
    `random_access`: it can only be read with random access (a zip's directory is at its end), so a
    nested one is read into memory."""

    __slots__ = ("name", "suffixes", "members", "random_access")

    def __init__(self, name: str, suffixes: Tuple[str, ...], members: Callable[..., Iterator[Any]],
                 random_access: bool = False) -> None:
        self.name = name
        self.suffixes = suffixes
        self.members = members
        self.random_access = random_access

    def __repr__(self) -> str:
        return f"Archive({self.name!r}, {self.suffixes!r})"


Kind: TypeAlias = "Union[Compression, Archive]"


# The readers are imported when an archive is read: a run over page files (a one-page `tasscli
# parse`, the common shell loop) loads none of the archive modules (zips, tars, archives, struct).


def _zip_members(source: Union[str, IO[bytes]], visit: Any, **options: Any) -> Iterator[Any]:
    from tasscli.io import zips

    return zips.members(source, visit, **options)


def _tar_members(source: Union[str, IO[bytes]], visit: Any) -> Iterator[Any]:
    from tasscli.io import tars

    return tars.members(source, visit)


def _gzip(stream: IO[bytes]) -> Any:
    import gzip

    return gzip.GzipFile(fileobj=stream, mode="rb")


def _bzip2(stream: IO[bytes]) -> Any:
    import bz2

    return bz2.BZ2File(stream, "rb")


def _xz(stream: IO[bytes]) -> Any:
    import lzma

    return lzma.LZMAFile(stream, "rb")


#: Every kind, one entry each. (The compression modules are imported when a file needs them.)
KINDS: List[Kind] = [
    Archive("zip", (".zip",), _zip_members, random_access=True),
    Archive("tar", (".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tbz", ".tar.xz", ".txz"), _tar_members),
    Compression("gzip", (".gz",), _gzip),
    Compression("bzip2", (".bz2",), _bzip2),
    Compression("xz", (".xz",), _xz),
]

# The index of KINDS, made again when a kind is registered: every suffix (for one `endswith` that
# rules out a page file at once), and each suffix's kind, the longest suffix first.
_SUFFIXES: Tuple[str, ...] = ()
_BY_SUFFIX: List[Tuple[str, Kind]] = []


def _index() -> None:
    global _SUFFIXES, _BY_SUFFIX
    table: Dict[str, Kind] = {}
    for kind in KINDS:
        for suffix in kind.suffixes:
            table.setdefault(suffix.lower(), kind)
    _BY_SUFFIX = sorted(table.items(), key=lambda pair: -len(pair[0]))
    _SUFFIXES = tuple(table)


_index()


def register(kind: Kind) -> None:
    """Adds a kind (a suffix already registered keeps its first kind)."""
    KINDS.append(kind)
    _index()


def unregister(kind: Kind) -> None:
    KINDS.remove(kind)
    _index()


def _match(name: str) -> Optional[Tuple[str, Kind]]:
    lower = name.lower()
    if not lower.endswith(_SUFFIXES):  # nearly every name: a page file
        return None
    return next(pair for pair in _BY_SUFFIX if lower.endswith(pair[0]))


def kind_of(name: str) -> Optional[Kind]:
    """The kind of a file or member named `name`, or None (a page file)."""
    found = _match(name)
    return None if found is None else found[1]


def archive(name: str) -> Optional[Archive]:
    kind = kind_of(name)
    return kind if isinstance(kind, Archive) else None


def archive_kind(name: str) -> Optional[str]:
    """The name of the archive kind of `name` ("zip", "tar", ...), or None."""
    kind = archive(name)
    return None if kind is None else kind.name


def compression(name: str) -> Optional[str]:
    """The compression suffix of a single compressed file (not of a `.tar.gz`), or None."""
    found = _match(name)
    return found[0] if found is not None and isinstance(found[1], Compression) else None


@contextmanager
def decompressed(stream: IO[bytes], name: str) -> Iterator[IO[bytes]]:
    """`stream` decompressed by the kind of `name` (itself for a name of no compression)."""
    kind = kind_of(name)
    if not isinstance(kind, Compression):
        yield stream
        return
    from tasscli.io.archives import Watched  # a compressed file only (see _zip_members)

    with kind.open(stream) as inner:
        yield Watched(inner)  # type: ignore[misc]  # the pages before a break are kept
