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


def open_zip(source: Union[str, IO[bytes]]) -> Any:
    """A zipfile.ZipFile that does not read its central directory into a list of every member:
    `zip_entries` reads it one entry at a time (zipfile's list cost about 600 bytes a member, 180 MB
    for a zip of 300,000 empty members)."""
    import zipfile

    class StreamingZip(zipfile.ZipFile):
        def _RealGetContents(self) -> None:  # noqa: N802 - zipfile's name
            # What zipfile's own does (CPython 3.8 to 3.13), but for the list of members.
            try:
                end = zipfile._EndRecData(self.fp)  # type: ignore[attr-defined]
            except OSError:
                raise zipfile.BadZipFile("File is not a zip file") from None
            if not end:
                raise zipfile.BadZipFile("File is not a zip file")
            size, offset = end[zipfile._ECD_SIZE], end[zipfile._ECD_OFFSET]  # type: ignore[attr-defined]
            self._comment = end[zipfile._ECD_COMMENT]  # type: ignore[attr-defined]
            concat = end[zipfile._ECD_LOCATION] - size - offset  # type: ignore[attr-defined]
            if end[zipfile._ECD_SIGNATURE] == zipfile.stringEndArchive64:  # type: ignore[attr-defined]
                concat -= zipfile.sizeEndCentDir64 + zipfile.sizeEndCentDir64Locator  # type: ignore[attr-defined]
            self.start_dir = offset + concat
            if self.start_dir < 0:
                raise zipfile.BadZipFile("Bad offset for central directory")
            self.tasscli_directory = (size, concat)

    return StreamingZip(source)


_CENTRAL = struct.Struct("<4s4B4HL2L5H2L")  # zipfile.structCentralDir


def _directory(archive: Any) -> Iterator[Tuple[Tuple[Any, ...], bytes, bytes, bytes]]:
    """(fields, name, extra, comment) of each central directory entry, read in 64 KiB blocks."""
    import zipfile

    size, _ = archive.tasscli_directory
    position, end = archive.start_dir, archive.start_dir + size
    block, block_at = b"", position

    def read(at: int, count: int) -> bytes:
        nonlocal block, block_at
        if at < block_at or at + count > block_at + len(block):
            archive.fp.seek(at)
            block, block_at = archive.fp.read(max(count, 64 * 1024)), at
        return block[at - block_at: at - block_at + count]

    while position < end:
        head = read(position, _CENTRAL.size)
        if len(head) != _CENTRAL.size:
            raise zipfile.BadZipFile("Truncated central directory")
        fields = _CENTRAL.unpack(head)
        if fields[0] != _CENTRAL_SIGNATURE:
            raise zipfile.BadZipFile("Bad magic number for central directory")
        at = position + _CENTRAL.size
        name_len, extra_len, comment_len = fields[12], fields[13], fields[14]
        rest = read(at, name_len + extra_len + comment_len)
        yield fields, rest[:name_len], rest[name_len:name_len + extra_len], rest[name_len + extra_len:]
        position = at + name_len + extra_len + comment_len


def zip_overlap(archive: Any) -> Optional[str]:
    """Why a zip opened by `open_zip` must not be read (its entries claim more bytes than the data
    before its central directory holds: entries that overlap, the zip bomb of many entries pointing
    at one member), or None. Entries that do not overlap take at least a 30-byte header, their name
    and their data. (Sizes past 4 GiB are in a zip64 field: counted as 4 GiB, a lower bound.)"""
    claimed = entries = 0
    for fields, name, _, _ in _directory(archive):
        claimed += 30 + len(name) + fields[10]
        entries += 1
    if claimed > archive.start_dir:
        return (f"overlapping entries: its {entries:,} entries claim {claimed:,} bytes, "
                f"its data holds {archive.start_dir:,}; not read")
    return None


def zip_entries(archive: Any) -> Iterator[Any]:
    """The ZipInfo of each member of a zip opened by `open_zip`, made one at a time, as zipfile
    makes them."""
    import zipfile

    _, concat = archive.tasscli_directory
    encoding = getattr(archive, "metadata_encoding", None) or "cp437"
    for fields, raw_name, extra, comment in _directory(archive):
        flags = fields[5]
        info = zipfile.ZipInfo(raw_name.decode("utf-8" if flags & 0x800 else encoding))
        info.extra, info.comment = extra, comment
        (info.create_version, info.create_system, info.extract_version, info.reserved, info.flag_bits,
         info.compress_type, time, date, info.CRC, info.compress_size, info.file_size) = fields[1:12]
        if info.extract_version > zipfile.MAX_EXTRACT_VERSION:  # type: ignore[attr-defined]
            raise NotImplementedError(f"zip file version {info.extract_version / 10:.1f}")
        info.volume, info.internal_attr, info.external_attr = fields[15:18]
        info._raw_time = time  # type: ignore[attr-defined]
        info.date_time = ((date >> 9) + 1980, (date >> 5) & 0xF, date & 0x1F, time >> 11, (time >> 5) & 0x3F,
                          (time & 0x1F) * 2)
        info.header_offset = fields[18]
        info._decodeExtra()  # type: ignore[attr-defined]  # zip64 sizes and offset
        info.header_offset += concat
        yield info


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
