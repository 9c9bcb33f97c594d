"""Archives read as streams, checked so that an archive that ends early or lies is one failure.

- `Breaks` follows one archive's stream: every error raised by a read of the archive (or of one of its
  members) is noted, so that a break that the member's reader already reported as a failure is not
  reported again by the archive (issue 18: one break, one error).
- `open_tar` reads a tar through gzip, bz2 or lzma (chosen by the first bytes), whose readers check the
  compressed stream's end and its checksum, which tarfile's own stream mode does not: a `.tar.gz` cut
  between two members was read as complete. A plain tar must end with its end-of-archive block. A
  member whose claimed size runs past the end of the stream fails as soon as the stream ends (a PAX
  `size=10**20` used to be skipped block by block for ever: issue 22).
- `zip_overlap` refuses a zip whose entries claim more bytes than its data holds (many directory
  entries pointing at one member: a bomb).
- `salvage_zip` reads a zip whose central directory is gone (a cut zip) by its local headers, so that
  the members before the cut are kept.
"""
from __future__ import annotations

import io
import os
import struct
from contextlib import contextmanager
from typing import IO, Any, Iterator, List, Optional, Tuple, Union

from tasscli.io.limits import short

#: How much of a compressed tar's stream is read after the end-of-archive block to check that the
#: stream itself ends well (gzip's checksum): tar pads to 10 KiB records; a longer tail is not read.
_TAIL = 16 * 1024 * 1024


class Cut(EOFError):
    """An archive that ends before it should (its message is the whole reason)."""


class Breaks:
    """What broke in one archive's stream: `error` is the first error a read raised, or None."""

    __slots__ = ("error", "eof_reads")

    def __init__(self) -> None:
        self.error: Optional[BaseException] = None
        self.eof_reads = 0


class Watched(io.RawIOBase):
    """A binary stream whose read errors are noted in `breaks`, and that gives every byte it got
    before an error: a read of N bytes that breaks off returns what came before (read in pieces with
    `read1`), and the error is raised by the next read. (A decompressor's `read(N)` raises and drops
    the bytes it had: a cut `.tar.gz` lost up to 10 KiB of whole pages before the cut.)

    With `guard_end`, reading on after the stream has said it ended is itself an error: that is how a
    tar member that claims more than the stream holds is found (tarfile skips it with reads that
    each get nothing back)."""

    def __init__(self, stream: IO[bytes], breaks: Optional[Breaks] = None, guard_end: bool = False) -> None:
        self._stream = stream
        self.breaks = breaks or Breaks()
        self._guard_end = guard_end
        self._pending: Optional[BaseException] = None
        self._read1 = getattr(stream, "read1", None)

    def readable(self) -> bool:
        return True

    def read(self, size: Optional[int] = -1) -> bytes:  # type: ignore[override]
        if self._pending is not None:
            error, self._pending = self._pending, None
            self._note(error)
            raise error
        parts: List[bytes] = []
        got = 0
        try:
            if self._read1 is None or size is None or size < 0:
                parts.append(self._stream.read(size))
            else:
                while got < size:
                    data = self._read1(size - got)
                    if not data:
                        break
                    parts.append(data)
                    got += len(data)
        except Exception as exc:
            if not got:
                self._note(exc)
                raise
            self._pending = exc  # noted when raised: the bytes before it may hold whole pages
        data = parts[0] if len(parts) == 1 else b"".join(parts)
        if not data and size != 0 and self._guard_end:
            self.breaks.eof_reads += 1
            if self.breaks.eof_reads > 2:
                error = Cut("the archive ends before the end its last member claims (cut, or a lying size)")
                self.breaks.error = self.breaks.error or error
                raise error
        return data

    def _note(self, error: BaseException) -> None:
        if self.breaks.error is None:
            self.breaks.error = error

    def readinto(self, buffer: Any) -> int:
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


_MAGIC = ((b"\x1f\x8b", "gz"), (b"BZh", "bz2"), (b"\xfd7zXZ\x00", "xz"))


def _decompressor(kind: str, stream: IO[bytes]) -> IO[bytes]:
    if kind == "gz":
        import gzip

        return gzip.GzipFile(fileobj=stream, mode="rb")  # type: ignore[return-value]
    if kind == "bz2":
        import bz2

        return bz2.BZ2File(stream, "rb")  # type: ignore[return-value]
    import lzma

    return lzma.LZMAFile(stream, "rb")  # type: ignore[return-value]


class _Prefixed(io.RawIOBase):
    """`head` then the rest of `stream` (a nested archive's stream, which cannot seek back)."""

    def __init__(self, head: bytes, stream: IO[bytes]) -> None:
        self._head = head
        self._stream = stream

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:  # type: ignore[override]
        if self._head:
            if size is None or size < 0:
                data, self._head = self._head + self._stream.read(), b""
                return data
            data, self._head = self._head[:size], self._head[size:]
            return data
        return self._stream.read(size)

    def readinto(self, buffer: Any) -> int:
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def _tarinfo_class(tarfile: Any) -> Any:
    class Checked(tarfile.TarInfo):  # type: ignore[misc, valid-type]
        """Notes a header that the stream cut (empty or short) instead of an end-of-archive block."""

        @classmethod
        def fromtarfile(cls, archive: Any) -> Any:
            try:
                return super().fromtarfile(archive)
            except (tarfile.EmptyHeaderError, tarfile.TruncatedHeaderError):
                archive.tasscli_cut = True
                raise

    return Checked


@contextmanager
def open_tar(source: Union[str, IO[bytes]], breaks: Breaks) -> Iterator[Tuple[Any, IO[bytes]]]:
    """(tarfile in stream mode, the watched stream under it) for a path or a stream."""
    import tarfile

    with _raw(source) as raw:
        head = raw.read(6)
        kind = next((name for magic, name in _MAGIC if head.startswith(magic)), None)
        stream: IO[bytes] = _Prefixed(head, raw)  # type: ignore[assignment]
        if kind is not None:
            stream = _decompressor(kind, stream)
        watched = Watched(stream, breaks, guard_end=True)
        with tarfile.open(fileobj=watched, mode="r|", tarinfo=_tarinfo_class(tarfile)) as archive:
            archive.tasscli_cut = False
            yield archive, watched


@contextmanager
def _raw(source: Union[str, IO[bytes]]) -> Iterator[IO[bytes]]:
    if isinstance(source, str):
        with open(source, "rb") as handle:
            yield handle
    else:
        yield source


def tar_members(archive: Any, watched: Watched) -> Iterator[Any]:
    """The members of a tar opened by `open_tar`, each header read only when the one before is done;
    raises EOFError when the archive ends without its end-of-archive block or its compressed stream
    ends early (after the block)."""
    while True:
        member = archive.next()
        if member is None:
            break
        archive.members = []  # tarfile keeps every header it read; keep memory flat
        yield member
    if archive.tasscli_cut:
        raise Cut("the archive ends early (no end-of-archive block)")
    if len(archive.fileobj.read(512)) < 512:  # the second of the two zero blocks that end a tar
        raise Cut("the archive ends early (in its end-of-archive blocks)")
    # The rest of the stream: tar's padding, and for a compressed tar the checksum at its end.
    read = 0
    while read < _TAIL:
        data = watched.read(64 * 1024)
        if not data:
            break
        read += len(data)


def zip_overlap(archive: Any) -> Optional[str]:
    """Why a zip must not be read (its entries claim more bytes than the data before its central
    directory holds: entries that overlap, the zip bomb of many entries pointing at one member), or
    None. Entries that do not overlap take at least a 30-byte header, their name and their data."""
    claimed = 0
    for info in archive.filelist:
        claimed += 30 + len(info.orig_filename.encode("utf-8", "surrogateescape")) + info.compress_size
    if claimed > archive.start_dir:
        return (f"overlapping entries: its {len(archive.filelist):,} entries claim {claimed:,} bytes, "
                f"its data holds {archive.start_dir:,}; not read")
    return None


_LOCAL = struct.Struct("<4s2B4HL2L2H")  # zipfile.structFileHeader
_LOCAL_SIGNATURE = b"PK\x03\x04"
_CENTRAL_SIGNATURE = b"PK\x01\x02"


def is_local_zip(head: bytes) -> bool:
    return head.startswith(_LOCAL_SIGNATURE)


class ZipCut(Exception):
    """A salvaged zip ended: `member` is where (None: between members), `reason` says how."""

    def __init__(self, member: Optional[str], reason: str) -> None:
        super().__init__(reason)
        self.member = member
        self.reason = reason


def salvage_zip(handle: IO[bytes]) -> Iterator[Tuple[Any, int]]:
    """(ZipInfo, start of its data) for each whole member of a zip whose central directory is gone,
    read by its local headers; raises `ZipCut` where it ends. `handle` must seek."""
    import zipfile

    size = handle.seek(0, os.SEEK_END)
    offset = 0
    last: Optional[str] = None
    while True:
        handle.seek(offset)
        header = handle.read(_LOCAL.size)
        if header[:4] == _CENTRAL_SIGNATURE:
            raise ZipCut(None, f"corrupt zip archive: it ends early, in its central directory{_after(last)}")
        if len(header) < _LOCAL.size or header[:4] != _LOCAL_SIGNATURE:
            raise ZipCut(None, f"corrupt zip archive: it ends early{_after(last)}")
        fields = _LOCAL.unpack(header)
        flags, method, crc, csize, usize, name_len, extra_len = fields[3], fields[4], *fields[7:]
        raw_name = handle.read(name_len)
        name = raw_name.decode("utf-8" if flags & 0x800 else "cp437")
        start = offset + _LOCAL.size + name_len + extra_len
        if flags & 0x8 or csize == 0xFFFFFFFF or flags & 0x1:
            raise ZipCut(name, f"corrupt zip archive: it ends early, and without its central directory "
                               f"member {short(name, 80)!r} (data descriptor, zip64 or encrypted) cannot be read")
        if start + csize > size:
            raise ZipCut(name, f"corrupt zip archive: it ends early, in member {short(name, 80)!r}")
        info = zipfile.ZipInfo(name)
        info.compress_type, info.CRC, info.compress_size, info.file_size = method, crc, csize, usize
        info.flag_bits = flags
        yield info, start
        last = name
        offset = start + csize


def _after(member: Optional[str]) -> str:
    return "" if member is None else f" (after member {short(member, 80)!r})"


def open_salvaged(handle: IO[bytes], info: Any, start: int) -> IO[bytes]:
    import zipfile

    handle.seek(start)
    return zipfile.ZipExtFile(handle, "r", info)  # type: ignore[return-value]
