"""The guard around every command: what stops a command becomes one line and an exit status.

httpie's model: a command reports the failures it expects (an unreadable page: one line, the batch
goes on) and lets everything else through to here, where `tasscli.errors.exit_status` picks the
status and this module prints at most one line on stderr, with control characters escaped:

==========================  ===================================================  ======
what stopped the command    what the user sees                                   status
==========================  ===================================================  ======
the reader of stdout left   nothing (`tasscli parse big/ | head -1`)             141
Ctrl-C                      `tasscli: interrupted`                               130
output not writable         `tasscli: write error: No space left on device`      1
stdout closed (`>&-`)       `tasscli: standard output is closed`                 1
stdout not UTF-8            `tasscli: standard output cannot take ...`           1
a typed `TasscliError`      `tasscli: <its message>`                             its own
anything else (a bug)       `tasscli: internal error: ValueError: ... (at ...)`  70
==========================  ===================================================  ======

141 is what the shells report for GNU tools killed by SIGPIPE (`seq 1e9 | head -1`); exiting with
it, instead of dying of the signal, lets the commands clean up (temporary files) first. After a
broken pipe or a failed write, standard output is pointed at /dev/null, so the interpreter's last
flush at exit cannot fail a second time ("Exception ignored ... BrokenPipeError").

Set TASSCLI_TRACEBACK=1 to get the traceback of an unexpected exception instead (for bug reports).
"""
from __future__ import annotations

import errno
import io
import os
import sys
from typing import Any, Optional

import click

from tasscli.cli.problems import note
from tasscli.errors import ExitStatus, TasscliError, exit_status, is_broken_pipe

TRACEBACK_ENV = "TASSCLI_TRACEBACK"

#: errno values that only a write gives: said as "write error", as the GNU tools say it.
_WRITE_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EROFS})


def echo_error(message: str) -> None:
    """`tasscli: message` on stderr (`tasscli.cli.problems.note`); a stderr that is gone too is left alone."""
    try:
        note(message)
    except (OSError, ValueError):
        pass


def describe(exc: BaseException) -> Optional[str]:
    """The message for an exception that stopped a command; None when nothing is to be said."""
    if isinstance(exc, KeyboardInterrupt):
        return "interrupted"
    if is_broken_pipe(exc):
        return None
    if isinstance(exc, TasscliError):
        return str(exc)
    if isinstance(exc, OSError):
        reason = exc.strerror or str(exc) or type(exc).__name__
        if exc.errno in _WRITE_ERRNOS:
            reason = f"write error: {reason}"
        return f"{exc.filename}: {reason}" if exc.filename else reason
    if isinstance(exc, MemoryError):
        return "out of memory"
    if isinstance(exc, UnicodeEncodeError):
        return (f"standard output cannot take this text: its encoding is {exc.encoding} "
                "(set PYTHONIOENCODING=utf-8, or choose a JSON format, which is then escaped to ASCII)")
    import traceback  # only for a bug: not worth its import time on every run

    where = traceback.extract_tb(exc.__traceback__)[-1:] if exc.__traceback__ else []
    at = f" (at {os.path.basename(where[0].filename)}:{where[0].lineno})" if where else ""
    return (f"internal error: {type(exc).__name__}: {exc}{at}; please report it "
            f"({TRACEBACK_ENV}=1 shows the traceback)")


class ClosedStdout(io.TextIOBase):
    """Standard output when the shell closed it (`tasscli parse page.txt >&-`): Python then sets
    sys.stdout to None, and writes vanished or failed with AttributeError. Every write fails as a
    write to a closed descriptor does, so the guard says so in one line (status 1)."""

    encoding = "utf-8"

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        raise OSError(errno.EBADF, "standard output is closed")

    def isatty(self) -> bool:
        return False


def guard_stdout() -> None:
    """When descriptor 1 is closed: hold it with /dev/null, so that no file the run opens gets
    number 1, and make `sys.stdout` a `ClosedStdout`. Called once by the console script."""
    try:
        os.fstat(1)
        return
    except OSError:
        pass
    fd = os.open(os.devnull, os.O_WRONLY)
    if fd != 1:
        os.dup2(fd, 1)
        os.close(fd)
    sys.stdout = ClosedStdout()


def _silence_stdout() -> None:
    """Point file descriptor 1 at /dev/null: what is still buffered for it is dropped quietly."""
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):  # a test's stream, or stdout already closed
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, fd)
    finally:
        os.close(devnull)


def _stdout_flushes() -> bool:
    try:
        sys.stdout.flush()
        return True
    except (OSError, ValueError):
        return False


def handle(exc: BaseException) -> ExitStatus:
    """Report `exc` (at most one line on stderr) and return its exit status."""
    status = exit_status(exc)
    if status == ExitStatus.BROKEN_PIPE or (isinstance(exc, OSError) and not _stdout_flushes()):
        _silence_stdout()
    message = describe(exc)
    if message:
        echo_error(message)
    return status


class GuardedGroup(click.Group):
    """A click group whose commands' uncaught exceptions go through `handle`.

    click's own exceptions (usage errors, `ctx.exit`) and `sys.exit` pass untouched.
    """

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except (Exception, KeyboardInterrupt) as exc:
            if os.environ.get(TRACEBACK_ENV) and not isinstance(exc, (KeyboardInterrupt, OSError)):
                raise
            sys.exit(int(handle(exc)))
