"""Where `tasscli convert` writes, and the rules that keep it from losing or touching anything.

- Every output file is written under a temporary name (`.NAME.PID.tmp`, hidden, in the same folder)
  and renamed when complete (`AtomicFile`), so an interrupted or failed run leaves no half file.
- `-o FOLDER/`: one JSON file per page, at a name made from its source (`tasscli.io.readers.output_name`).
  Two pages of one run never get the same name, compared without regard to case (so the folder can
  be copied to a case-insensitive disk): the second gets `~2` before `.json`, the third `~3`, in
  input order (`Names`). A name part is cut to 200 bytes (a digest of the whole part keeps cut names
  apart), so its temporary name stays under the 255 bytes file systems allow.
- An output path that cannot be made for one page (a folder where a file should go, a path over the
  system's limit) fails that page alone: it is one error, like an unreadable page (`PAGE_ERRNOS`).
- Outputs apart from the inputs: `tasscli.cli.targets`.
"""
from __future__ import annotations

import errno
import json
import os
import stat
import sys
from typing import IO, Dict, Iterable, List, Optional, Set, Tuple

from tasscli.batch.pipeline import Outcome
from tasscli.cli.targets import file_key
from tasscli.io.writers import Writer, make_writer

#: errno values that concern one page's output path, not the output as a whole: that page fails.
PAGE_ERRNOS = frozenset({errno.ENAMETOOLONG, errno.ENOTDIR, errno.EISDIR, errno.EEXIST, errno.EINVAL,
                         errno.EILSEQ, errno.ELOOP})
MAX_PART = 200  # bytes of one name part; with `.` + `.PID.tmp` around it, well under 255
NAME_MAX = 255


def _cut_bytes(text: str, size: int) -> str:
    """`text` cut to at most `size` bytes of UTF-8, on a character boundary."""
    data = text.encode("utf-8", "surrogateescape")
    return text if len(data) <= size else data[:size].decode("utf-8", "ignore")


def fit_part(part: str, keep: str = "") -> str:
    """A name part of at most MAX_PART bytes: a longer one is cut by bytes, and a digest of the
    whole part added, so that two long names alike at the start stay apart; `keep` (a suffix such
    as `.json`) is kept whole."""
    if len(part.encode("utf-8", "surrogateescape")) <= MAX_PART:
        return part
    import hashlib

    digest = hashlib.sha1(part.encode("utf-8", "surrogateescape")).hexdigest()[:10]
    stem = part[: len(part) - len(keep)] if keep and part.endswith(keep) else part
    tail = keep if keep and part.endswith(keep) else ""
    return _cut_bytes(stem, MAX_PART - len(tail.encode()) - 11) + "~" + digest + tail


def fit(outname: str) -> str:
    parts = outname.split("/")
    last = len(parts) - 1
    return "/".join(fit_part(part, ".json" if index == last else "") for index, part in enumerate(parts))


class Names:
    """The output names of one run, made distinct without regard to case: `a.json`, `a~2.json`, ..."""

    def __init__(self) -> None:
        self.files: Set[str] = set()  # case-folded names taken
        self.folders: Set[str] = set()  # case-folded folders those names are in

    def _free(self, name: str) -> bool:
        key = name.casefold()
        return key not in self.files and key not in self.folders

    def peek(self, outname: str) -> str:
        """The name the next page with `outname` would get."""
        name = fit(outname)
        if self._free(name):
            return name
        stem = name[:-5] if name.endswith(".json") else name
        number = 2
        while not self._free(f"{stem}~{number}.json"):
            number += 1
        return f"{stem}~{number}.json"

    def take(self, outname: str) -> str:
        name = self.peek(outname)
        self.reserve(name)
        return name

    def reserve(self, name: str) -> None:
        key = name.casefold()
        self.files.add(key)
        end = key.rfind("/")
        while end > 0 and key[:end] not in self.folders:  # stop at a folder already known
            self.folders.add(key[:end])
            end = key.rfind("/", 0, end)


# --- atomic files ----------------------------------------------------------------------------------


def temp_name(path: str) -> str:
    folder, name = os.path.split(path)
    tail = f".{os.getpid()}.tmp"
    return os.path.join(folder, "." + _cut_bytes(name, NAME_MAX - 1 - len(tail)) + tail)


class AtomicFile:
    """A text file written under a temporary name and renamed over `path` by `commit()`.

    The temporary name is fixed before the file is opened, so `abort()` removes it whenever an
    interruption comes. A `path` that exists and is not a regular file (a device such as /dev/null
    or /dev/stdout, a named pipe) is written straight: renaming over it would replace it.
    """

    def __init__(self, path: str) -> None:
        self.path = path
        self.temp = temp_name(path)
        self.direct = _special(path)
        self.stream: Optional[IO[str]] = None

    def open(self, buffer_size: int = -1) -> IO[str]:
        """The stream to write; `buffer_size` (bytes) for a temporary file only: a device or pipe
        written straight keeps the default, so that a write error shows where it did."""
        buffering = buffer_size if not self.direct else -1
        try:
            self.stream = open(self.path if self.direct else self.temp, "w", encoding="utf-8", newline="",
                               buffering=buffering)
        except OSError as exc:  # name the file the user asked for, not the temporary one
            raise OSError(exc.errno, exc.strerror, self.path) from None
        return self.stream

    def commit(self) -> None:
        if self.stream is not None:
            self.stream.close()
        if not self.direct:
            os.replace(self.temp, self.path)

    def abort(self) -> None:
        try:
            if self.stream is not None:
                self.stream.close()
        except OSError:
            pass
        if not self.direct:
            try:
                os.unlink(self.temp)
            except OSError:
                pass


def _special(path: str) -> bool:
    try:
        return not stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False


def makedirs(folder: str) -> None:
    """os.makedirs without its recursion (one call per level: a path of 1,000 folders overflowed
    Python's stack)."""
    missing: List[str] = []
    while folder and not os.path.isdir(folder):
        missing.append(folder)
        parent = os.path.dirname(folder)
        if parent == folder:
            break
        folder = parent
    for path in reversed(missing):
        try:
            os.mkdir(path)
        except FileExistsError:
            if not os.path.isdir(path):
                raise


# --- sinks: where outcomes go ----------------------------------------------------------------------


class Sink:
    """Made without touching the disk; `open()` starts writing, `commit()` or `abort()` ends."""

    def open(self) -> None:
        return None

    def write(self, outcome: Outcome) -> Optional[str]:
        """Write the outcome's records; a reason when this page alone could not be written."""
        raise NotImplementedError

    def commit(self) -> None:
        return None

    def abort(self) -> None:
        return None


class StreamSink(Sink):
    """All records into one document (JSON Lines, JSON, CSV, ...) on stdout or an atomic file."""

    def __init__(self, path: str, fmt: str, fields: Optional[List[str]], excel_safe: bool = False) -> None:
        self.file = None if path == "-" else AtomicFile(path)
        self.fmt = fmt
        self.fields = fields
        self.excel_safe = excel_safe
        self.writer: Optional[Writer] = None

    #: The buffer of the one output file: a write of the file every 64 KB instead of every 8 KB,
    #: about half a microsecond less per record (issue 6).
    BUFFER = 64 * 1024

    def open(self) -> None:
        stream = sys.stdout if self.file is None else self.file.open(self.BUFFER)
        if self.fmt == "ninjs" and self.file is not None and self.file.path.lower().endswith(".ninjs.json"):
            stream = _JsonArray(stream)  # type: ignore[assignment]
        self.writer = make_writer(self.fmt, stream, self.fields, self.excel_safe)

    def write(self, outcome: Outcome) -> Optional[str]:
        assert self.writer is not None
        for record in outcome.records or ():
            self.writer.write(record)
        return None

    def commit(self) -> None:
        assert self.writer is not None
        self.writer.close()
        if isinstance(self.writer.stream, _JsonArray):
            self.writer.stream.end()
        if self.file is not None:
            self.file.commit()

    def abort(self) -> None:
        if self.file is not None:
            self.file.abort()


class _JsonArray:
    """A stream that takes JSON lines (as the ninjs writer writes them) and writes one JSON array
    of them: `-o out.ninjs.json`."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.count = 0

    def write(self, text: str) -> int:
        for line in text.split("\n"):  # not splitlines: a JSON string may hold U+2028 unescaped
            if line:
                self.stream.write(("[\n" if not self.count else ",\n") + line)
                self.count += 1
        return len(text)

    def flush(self) -> None:
        self.stream.flush()

    def end(self) -> None:
        self.stream.write("\n]\n" if self.count else "[]\n")
        self.stream.flush()


class FolderSink(Sink):
    """One JSON file per page (an array of its records), at `root/NAME` (see `Names`); failed pages
    get none. `inputs`: (device, inode) of the files named as inputs, which no output may replace."""

    def __init__(self, root: str, inputs: Iterable[Tuple[int, int]] = (), ninjs: bool = False) -> None:
        self.root = root
        self.ninjs = ninjs  # each file an array of the page's ninjs objects, not of its records
        self.names = Names()
        self.inputs = frozenset(inputs)
        self._made = ""  # the last folder made: consecutive pages mostly share it
        self._given: Dict[str, List[str]] = {}  # --resume: names given ahead to pages, by source

    def open(self) -> None:
        makedirs(self.root)

    def path(self, name: str) -> str:
        return os.path.join(self.root, *name.split("/"))

    def _name(self, outcome: Outcome) -> str:
        given = self._given.get(outcome.source)
        if given:
            name = given.pop(0)
            if not given:
                del self._given[outcome.source]
            return name
        return self.names.take(outcome.outname)

    def write(self, outcome: Outcome) -> Optional[str]:
        if outcome.records is None:
            return None
        if not outcome.records and outcome.dropped:
            return None  # every article left out by the filters: no file for the page
        path = self.path(self._name(outcome))
        current = None
        try:
            if self.inputs and file_key(path) in self.inputs:
                return f"{path}: not written: it is an input"
            folder = os.path.dirname(path)
            if folder != self._made:
                makedirs(folder)
                self._made = folder
            current = AtomicFile(path)
            records = outcome.records
            if self.ninjs:
                from tasscli.io.ninjs import to_ninjs

                records = [to_ninjs(record, index) for index, record in enumerate(records)]
            current.open().write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
            current.commit()
        except BaseException as exc:  # a stop signal too: the temporary file goes, whatever came
            if current is not None:
                current.abort()
            if not isinstance(exc, OSError) or exc.errno not in PAGE_ERRNOS:
                raise
            return f"cannot write {exc.filename or path}: {exc.strerror or exc}"
        return None

    def skip_entry(self, outname: str, mtime: float) -> bool:
        """--resume, before a file is opened: is the output of its single page there and newer?"""
        name = self.names.peek(outname)
        if self._fresh(name, mtime):
            self.names.reserve(name)
            return True
        return False

    def skip_page(self, source: str, outname: str, mtime: float) -> bool:
        """--resume, for a page: its name is given now, in input order, and kept for `write`."""
        name = self.names.take(outname)
        if self._fresh(name, mtime):
            return True
        self._given.setdefault(source, []).append(name)
        return False

    def _fresh(self, name: str, mtime: float) -> bool:
        try:
            return os.stat(self.path(name)).st_mtime > mtime
        except OSError:
            return False


class ErrorsFile(Sink):
    """`--errors FILE`: one JSON line per failed page, {"source": ..., "error": ...}; `--errors -`:
    the same lines on standard error (`echo`), in place of the `tasscli: SOURCE: reason` lines."""

    def __init__(self, path: Optional[str]) -> None:
        self.to_stderr = path == "-"
        self.file = AtomicFile(path) if path and not self.to_stderr else None
        self.stream: Optional[IO[str]] = None

    def open(self) -> None:
        if self.file is not None:
            self.stream = self.file.open()

    @staticmethod
    def line(source: str, error: Optional[str]) -> str:
        return json.dumps({"source": source, "error": error}, ensure_ascii=False)

    def write(self, outcome: Outcome) -> Optional[str]:
        if self.stream is not None:
            self.stream.write(self.line(outcome.source, outcome.error) + "\n")
        return None

    def commit(self) -> None:
        if self.file is not None:
            self.file.commit()

    def abort(self) -> None:
        if self.file is not None:
            self.file.abort()


__all__ = ["AtomicFile", "ErrorsFile", "FolderSink", "Names", "Sink", "StreamSink", "fit", "makedirs", "temp_name"]
