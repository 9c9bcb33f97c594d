"""Decoding: bytes of unknown encoding to text, as a stream, saying what was done.

Policy, decided on the first 64 KB of a file (`HEAD`):

1. A byte order mark wins when the bytes after it fit: UTF-8 (silently), UTF-16 or UTF-32 (warning
   `decoded as utf-16`).
2. Valid UTF-8 (most pages) is read as UTF-8, silently (unless a tenth of it is NUL bytes: that is
   UTF-16 without a byte order mark, left to step 4).
3. Mostly UTF-8 with a few broken bytes (more valid multi-byte sequences than invalid bytes) stays
   UTF-8; each broken byte becomes U+FFFD and the page gets the warning
   `N undecodable bytes replaced by U+FFFD`.
4. Otherwise charset-normalizer names the encoding (cp1251, cp1252, ...); the text is decoded with
   it and the page gets the warning `decoded as cp1251`.
5. Nothing fits (binary data): `InputError`, reported like an unreadable file.

Bytes that turn out to be invalid after the first 64 KB are replaced, never raised: undecodable bytes
never stop a run.

A file longer than `HEAD` is read as a stream of lines, each at most `MAX_LINE_LENGTH` characters
long: a longer line is skipped without ever being held whole and stands in the stream as a
`LongLine` (its first characters and its length), and a line longer than the page limit stops the
reading (a `LimitError`); see `tasscli.io.splitting`.
"""
from __future__ import annotations

import codecs
import io
import os
import re
from functools import partial
from typing import BinaryIO, Callable, Iterable, Iterator, List, Optional, Tuple, Union

from tasscli.errors import InputError
from tasscli.io.splitting import MAX_LINE_LENGTH, MAX_PAGE_SIZE, LongLine, too_large

HEAD = 64 * 1024
_BLOCK = 8 * 1024  # read in blocks, so that a stream that breaks off still gives what came before

_BOMS: Tuple[Tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

#: Well-formed UTF-8 sequences of two to four bytes (RFC 3629, table 3-7 of the Unicode standard).
#: A pattern, compiled (and cached by `re`) the first time a page is not valid UTF-8.
_UTF8_MULTIBYTE = (
    rb"[\xc2-\xdf][\x80-\xbf]"
    rb"|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}|\xed[\x80-\x9f][\x80-\xbf]"
    rb"|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)

#: The encodings a page archive is likely to use, most likely first. charset-normalizer chooses among
#: them; where it finds two equally good (a short text often fits several), the earlier one wins.
#: When none fits, any encoding charset-normalizer knows may be chosen.
LIKELY = ("cp1251", "cp1252", "koi8_r", "cp866", "cp1250", "iso8859_5", "mac_cyrillic", "koi8_u",
          "latin_1", "iso8859_15", "iso8859_2", "utf_16_le", "utf_16_be")

_ERRORS = "tasscli-replace"

#: The first bytes of every byte order mark in `_BOMS` (and the empty head): a head that starts
#: otherwise has none, and cannot be UTF-16 or UTF-32 that `choose` would take it for.
_MAYBE_BOM = b"\x00\xef\xfe\xff"


class _Counter:
    """Bytes replaced by U+FFFD so far in this process (read by `TextSource.replaced`)."""

    replaced = 0


def _replace_and_count(exc: UnicodeError) -> Tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    _Counter.replaced += exc.end - exc.start
    return "\ufffd", exc.end


codecs.register_error(_ERRORS, _replace_and_count)


def _utf8_status(head: bytes, at_eof: bool) -> Tuple[bool, int]:
    """(valid, invalid byte count) of `head` as UTF-8; a sequence cut by the 64 KB limit is fine."""
    try:  # nearly every page: valid, told by a strict decode without counting anything
        if at_eof:
            head.decode("utf-8")
        else:
            codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
        return True, 0
    except UnicodeDecodeError:
        pass
    text = codecs.getincrementaldecoder("utf-8")(errors="surrogateescape").decode(head, final=at_eof)
    invalid = len(re.findall("[\udc80-\udcff]", text))
    return invalid == 0, invalid


def _detect(head: bytes) -> Optional[str]:
    """The encoding charset-normalizer finds for `head`, as a Python codec name, or None."""
    from charset_normalizer import from_bytes  # imported only for the rare non-UTF-8 page

    matches = list(from_bytes(head, cp_isolation=list(LIKELY)))
    if matches:
        rank = {name: index for index, name in enumerate(LIKELY)}
        best = min(matches, key=lambda m: (round(m.chaos, 2), -round(m.coherence, 2),
                                           min(rank.get(name, len(rank)) for name in m.could_be_from_charset)))
        # Name the likeliest of the encodings that give exactly the same text.
        same = [name for name in best.could_be_from_charset if name in rank] or [best.encoding]
        return codecs.lookup(min(same, key=lambda name: rank.get(name, len(rank)))).name
    best = from_bytes(head).best()
    return None if best is None else codecs.lookup(best.encoding).name


def choose(head: bytes, at_eof: bool, source: str) -> Tuple[str, Optional[str]]:
    """(codec, warning or None) for a file whose first bytes are `head`."""
    for bom, codec in _BOMS:
        if head.startswith(bom):
            if _decodes(head, codec, at_eof):
                return codec, None if codec == "utf-8-sig" else f"decoded as {codec}"
            break  # a byte order mark followed by bytes that do not fit it: not to be trusted
    utf8 = "utf-8-sig" if head.startswith(codecs.BOM_UTF8) else "utf-8"
    valid, invalid = _utf8_status(head, at_eof)
    if valid and head.count(b"\x00") <= len(head) // 10:  # many NULs: UTF-16 or -32 with no BOM
        return utf8, None
    if invalid and len(re.findall(_UTF8_MULTIBYTE, head)) >= invalid:
        return utf8, None  # the replacement warning is added page by page
    codec = _detect(head)
    if codec is None:
        raise InputError(source, "not text: no encoding fits its bytes (binary data?)")
    return codec, f"decoded as {_pretty(codec)}"


def _decodes(head: bytes, codec: str, at_eof: bool) -> bool:
    try:
        codecs.getincrementaldecoder(codec)().decode(head, final=at_eof)
        return True
    except UnicodeDecodeError:
        return False


def _pretty(codec: str) -> str:
    return {"iso8859-1": "latin-1", "mac-roman": "mac_roman"}.get(codec, codec)


class _Prefixed(io.RawIOBase):
    """A raw stream that gives `head` again before the rest of `stream`."""

    def __init__(self, head: bytes, stream: BinaryIO) -> None:
        self._head = memoryview(head)
        self._stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._stream.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


class TextSource:
    """A binary stream decoded by the policy above; iterate it for lines (universal newlines).

    A file that fits in `HEAD` (nearly every page) is decoded in one go and kept in `whole`; a longer
    one streams, line by line, with the limits of `tasscli.io.splitting` (`max_line`, `max_page`).
    `stream` may also be the descriptor of a file open for reading (`os.open`; its owner closes
    it): a page file is then read with `os.read`, without the cost of a file object.
    """

    def __init__(self, stream: Union[BinaryIO, int], source: str, max_line: int = MAX_LINE_LENGTH,
                 max_page: int = MAX_PAGE_SIZE) -> None:
        head, self._error = _read_head(partial(os.read, stream) if isinstance(stream, int) else stream.read)
        at_eof = len(head) < HEAD and self._error is None
        self._start = _Counter.replaced
        #: The whole text, when it was read in one go (line ends not yet translated); else None.
        self.whole: Optional[str] = None
        self._lines: Iterable[str] = ()
        if at_eof and head[:1] not in _MAYBE_BOM:
            # Nearly every page: no byte order mark and valid UTF-8, which `choose` would tell with
            # the same strict decode; this skips its other tests and a second decode of the page.
            try:
                whole = head.decode("utf-8")
            except UnicodeDecodeError:
                pass
            else:
                if b"\x00" not in head or head.count(b"\x00") <= len(head) // 10:
                    self.codec = "utf-8"
                    self.warnings: List[str] = []
                    self.whole = whole
                    return
        self.codec, warning = choose(head, at_eof, source)
        self.warnings = [warning] if warning else []
        if self._error is not None:  # the stream broke within HEAD: give what came before, then fail
            text = codecs.getincrementaldecoder(self.codec)(errors=_ERRORS).decode(head, final=False)
            self._lines = io.StringIO(text, newline=None)
        elif at_eof:
            self.whole = head.decode(self.codec, _ERRORS)
        else:
            if isinstance(stream, int):
                stream = io.FileIO(stream, "rb", closefd=False)
            wrapper = io.TextIOWrapper(io.BufferedReader(_Prefixed(head, stream)), encoding=self.codec,
                                       errors=_ERRORS, newline=None)
            self._lines = _bounded_lines(wrapper, max_line, max_page)

    def __iter__(self) -> Iterator[str]:
        if self.whole is not None:
            yield from io.StringIO(self.whole, newline=None)
            return
        yield from self._lines
        if self._error is not None:
            raise self._error

    @property
    def replaced(self) -> int:
        """Bytes of this file replaced by U+FFFD so far."""
        return _Counter.replaced - self._start


#: How much of a line longer than the limit its `LongLine` keeps.
_LONG_LINE_HEAD = 1024


def _bounded_lines(stream: io.TextIOWrapper, max_line: int, max_page: int) -> Iterator[str]:
    """The lines of `stream`; a line longer than `max_line` characters as a `LongLine`, read in
    pieces and never held whole; one longer than `max_page` raises `LimitError`."""
    readline = stream.readline
    size = max_line + 1  # a line of max_line characters and its line end
    while True:
        line = readline(size)
        if len(line) < size or line[-1] == "\n":
            if not line:
                return
            yield line
            continue
        head, length = line[:_LONG_LINE_HEAD], len(line)
        while line and line[-1] != "\n":
            if length > max_page:
                raise too_large(max_page)
            line = readline(size)
            length += len(line)
        yield LongLine(head, length - 1 if line else length, max_line)


def _read_head(read: Callable[[int], bytes]) -> Tuple[bytes, Optional[Exception]]:
    """Up to HEAD bytes from `read` (a stream's, or os.read of a descriptor), and the error that cut
    them short (re-raised by `TextSource` after the lines before it) when some bytes came first."""
    parts = []
    size = 0
    error: Optional[Exception] = None
    while size < HEAD:
        try:
            part = read(min(_BLOCK, HEAD - size))
        except Exception as exc:  # noqa: BLE001 - not swallowed: raised again after the lines
            if not parts:
                raise
            error = exc
            break
        if not part:
            break
        parts.append(part)
        size += len(part)
    return b"".join(parts), error


def decode_bytes(data: bytes, source: str) -> Tuple[str, List[str]]:
    """Decode a whole byte string by the same policy: (text, warnings)."""
    text_source = TextSource(io.BytesIO(data), source, max_line=len(data) + 1, max_page=len(data) + 1)
    text = "".join(text_source)
    warnings = list(text_source.warnings)
    if text_source.replaced:
        warnings.append(replaced_warning(text.count("\ufffd")))
    return text, warnings


def replaced_warning(count: int) -> str:
    return f"{count} undecodable byte{'s' if count != 1 else ''} replaced by U+FFFD"
