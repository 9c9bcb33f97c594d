"""Ctrl-C that is never lost while tasscli waits for a pipe, a fifo or a terminal to give input.

Python runs a signal's handler between bytecodes. A signal that arrives in the few microseconds
between the last bytecode and a blocking `read` is noted by the C-level handler, but the read
then blocks, and the handler (the KeyboardInterrupt) waits for the read to return: for input that
never comes, for ever. The Ctrl-C tests, which send SIGINT as tasscli reaches a fifo, hit that
window in 3 of about 90 runs.

So the console script gives Python a wakeup pipe (`signal.set_wakeup_fd`), into which the C-level
handler writes a byte for every signal that has a Python handler, and a read from a slow input
first waits with `poll` on the input and that pipe together. A signal that came before the wait
leaves its byte there, so the wait returns at once and the handler runs; one that comes during
the wait interrupts it as before. asyncio and trio wait the same way.

The pipe belongs to the process, like the signal handlers: only `tasscli.cli.main.start` installs it.
Without it (the Python API, click's CliRunner) `wait_readable` returns at once and reads block as
they always did. Regular files are read without any of this: reading them never blocks for long.
"""
from __future__ import annotations

import io
import os
from typing import Any, Optional

_wakeup: Optional[int] = None  # the wakeup pipe's read end, once installed


def install() -> bool:
    """Give Python a wakeup pipe for signals (main thread, POSIX); True when installed."""
    global _wakeup
    if _wakeup is not None:
        return True
    if os.name != "posix":
        return False
    try:
        from _signal import set_wakeup_fd  # the C module: signal.py's enums cost 0.6 ms of start
    except ImportError:
        from signal import set_wakeup_fd
    read_end, write_end = os.pipe()  # close-on-exec, so no child holds it
    os.set_blocking(read_end, False)
    os.set_blocking(write_end, False)
    try:
        set_wakeup_fd(write_end, warn_on_full_buffer=False)
    except (ValueError, OSError):  # ValueError: not the main thread
        os.close(read_end)
        os.close(write_end)
        return False
    _wakeup = read_end
    return True


def uninstall() -> None:
    """Stop waking (a forked worker: its parent's pipe is not its own)."""
    global _wakeup
    if _wakeup is None:
        return
    import signal

    try:
        write_end = signal.set_wakeup_fd(-1)
    except ValueError:  # not the main thread: leave Python's setting alone
        return
    for fd in (_wakeup, write_end):
        if fd >= 0:
            os.close(fd)
    _wakeup = None


def _drain(fd: int) -> None:
    try:
        while os.read(fd, 512):
            pass
    except BlockingIOError:
        pass


def wait_readable(fd: int) -> None:
    """Return when `fd` has input (or its end) to read. A signal handler that raises (Ctrl-C:
    KeyboardInterrupt) raises here, whether the signal came before the wait or during it."""
    wakeup = _wakeup
    if wakeup is None:
        return
    import select

    poller = select.poll()  # not select.select: no limit on descriptor numbers
    poller.register(fd, select.POLLIN | select.POLLPRI)
    poller.register(wakeup, select.POLLIN)
    while True:
        ready = {number for number, _ in poller.poll()}
        if wakeup in ready:
            # The handlers of the signals that wrote these bytes run at the next bytecode
            # boundary: a KeyboardInterrupt leaves from here.
            _drain(wakeup)
        if fd in ready:
            return


class WaitingReader(io.RawIOBase):
    """A raw binary stream over the descriptor of a pipe, fifo or terminal that waits with
    `wait_readable` before each read. It does not close the descriptor: its opener does."""

    def __init__(self, fd: int) -> None:
        super().__init__()
        self._fd = fd

    def readable(self) -> bool:
        return True

    def fileno(self) -> int:
        return self._fd

    def readinto(self, buffer: Any) -> int:
        wait_readable(self._fd)
        data = os.read(self._fd, len(buffer))
        buffer[: len(data)] = data
        return len(data)


def is_slow(fd: int) -> bool:
    """Can a read of `fd` block for as long as its writer likes (a pipe, fifo, socket or
    terminal), as one of a regular file or a disk cannot?"""
    import stat

    mode = os.fstat(fd).st_mode
    return stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode) or stat.S_ISCHR(mode)
