"""Walking folders: the files under a folder that reading opens, in name order, and opening them safely.

A folder is read recursively, in name order (each folder's files, then its subfolders), keeping the
files whose name matches `--glob` and every archive (`tasscli.io.kinds`); hidden files and folders
(name starting with `.`) are skipped, and so are symbolic-link loops and dangling links; a fifo,
socket or device is skipped with a notice, never opened for reading (a file found in a walk is opened
without blocking and checked once open); paths given as `exclude` (an output folder) are left out.
"""
from __future__ import annotations

import os
import stat
from typing import Any, FrozenSet, Iterator, List, Tuple, Union

from tasscli.io.items import Failure, NotRegular, Skipped
from tasscli.io.kinds import archive_kind
from tasscli.io.names import matcher, text_name
from tasscli.io.reasons import reason

#: O_BINARY: where it exists (Windows), a descriptor opened without it translates line ends.
READ_FLAGS = os.O_RDONLY | getattr(os, "O_BINARY", 0)


def file_mtime(path: str) -> float:
    try:
        return os.stat(path).st_mtime
    except OSError:
        return 0.0


class SortedNames:
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


def walk(root: str, glob: str, exclude: FrozenSet[Tuple[int, int]] = frozenset()) -> Iterator[Union[str, Failure]]:
    """Paths under `root` (files matching `glob`, and archives), in name order, depth first:
    a folder's files, then its subfolders. The files and folders whose (device, inode) is in
    `exclude` are left out; a special file (fifo, socket, device) that would match is a `Skipped`."""
    seen = set(exclude)
    inodes = {inode for _, inode in exclude}
    match = matcher(glob)
    stack: List[Iterator[str]] = [iter([root])]
    while stack:
        folder = next(stack[-1], None)
        if folder is None:
            stack.pop()
            continue
        files = SortedNames()
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
            yield Failure(text_name(folder), reason(exc))
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
_WALKED_FLAGS = READ_FLAGS | getattr(os, "O_NONBLOCK", 0)


def open_walked(path: str) -> int:
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
