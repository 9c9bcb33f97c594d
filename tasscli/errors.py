"""Typed errors, the exit statuses and their causes (one place for all three).

`exit_status(exc)` is the one mapping of an exception to a status (httpie's model);
`tasscli.cli.guard` calls it for whatever a command lets through, and prints the one-line message.
A command's run ends with the status its `tasscli.batch.report.Report` gives (`Report.status`):
from what it counted, or from this mapping when an exception stopped it.
"""
from __future__ import annotations

import errno
from enum import Enum, IntEnum
from typing import Optional

from tasscli.term import readable, safe, shorten


class ExitStatus(IntEnum):
    """The statuses of the README's table, one name each. Status 1 has several causes: which one
    is data (`Cause`), not another name for 1."""

    OK = 0
    ERROR = 1  # a page or input failed, `check` found a problem, or the output could not be written
    USAGE = 2
    INTERNAL_ERROR = 70  # an unexpected exception, that is a bug (EX_SOFTWARE in sysexits.h)
    HANGUP = 129  # `convert` stopped by SIGHUP (128 + SIGHUP), as for Ctrl-C
    INTERRUPTED = 130  # Ctrl-C, as the shells report SIGINT
    BROKEN_PIPE = 141  # 128 + SIGPIPE: the reader of stdout went away (`| head`), as the shells report GNU tools
    TERMINATED = 143  # `convert` stopped by SIGTERM (128 + SIGTERM), as for Ctrl-C


class Cause(Enum):
    """Why a run ended with `ExitStatus.ERROR` (`Report.causes`, `TasscliError.cause`)."""

    INPUT = "input"  # some input could not be read or decoded, or went past a limit; the rest was processed
    CHECK = "check"  # `tasscli check`: some page has a problem
    OUTPUT = "output"  # an output could not be written (one page's file: the run goes on; else it stops)
    WORKER = "worker"  # a `--jobs` worker process ended: the run stops, its output is not committed


class TasscliError(Exception):
    """Base for errors tasscli reports as one line instead of a traceback."""

    status = ExitStatus.ERROR
    cause = Cause.INPUT


class InputError(TasscliError, ValueError):
    """An input that cannot be read or decoded. Carries the source and, where known, the line."""

    def __init__(self, source: str, reason: str, line: Optional[int] = None) -> None:
        self.source = source
        self.reason = reason
        self.line = line
        super().__init__(self.message())

    def message(self) -> str:
        """`source[:line]: reason` for a terminal: control characters shown escaped (`\\x1b`), so a
        file or member name can neither colour nor rewrite the screen. `source` and `reason` stay raw."""
        return where_and_why(self.source, self.reason, self.line)


class Stopped(BaseException):
    """SIGTERM or SIGHUP, turned into an exception so that the same clean-up as Ctrl-C runs. A
    BaseException, as KeyboardInterrupt is: no per-page `except Exception` may catch it."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def where_and_why(source: str, reason: Optional[str], line: Optional[int] = None) -> str:
    """`SOURCE[:LINE]: reason` on one line: control characters escaped, a long source cut in the
    middle, no object reprs."""
    where = shorten(source) if line is None else f"{shorten(source)}:{line}"
    return safe(f"{where}: {readable(reason or 'failed')}")


def problem_line(source: str, reason: Optional[str], line: Optional[int] = None) -> str:
    """The one form of a problem line on stderr: `tasscli: SOURCE[:LINE]: reason`."""
    return f"tasscli: {where_and_why(source, reason, line)}"


#: The statuses of a stop by a signal (128 + its number) that have a name.
_SIGNALLED = frozenset({ExitStatus.HANGUP, ExitStatus.TERMINATED})


def is_broken_pipe(exc: BaseException) -> bool:
    return isinstance(exc, OSError) and exc.errno == errno.EPIPE


def exit_status(exc: BaseException) -> ExitStatus:
    """The exit status for an exception that stopped a command (the one place that decides)."""
    if isinstance(exc, KeyboardInterrupt):
        return ExitStatus.INTERRUPTED
    if isinstance(exc, Stopped):
        return ExitStatus(128 + exc.signum) if 128 + exc.signum in _SIGNALLED else ExitStatus.INTERRUPTED
    if is_broken_pipe(exc):
        return ExitStatus.BROKEN_PIPE
    if isinstance(exc, TasscliError):
        return exc.status
    # Readers turn read failures into InputError: an OSError here is the output's; a
    # UnicodeEncodeError is text a standard output not in UTF-8 cannot take.
    if isinstance(exc, (OSError, UnicodeEncodeError)):
        return ExitStatus.ERROR
    return ExitStatus.INTERNAL_ERROR


def cause(exc: BaseException) -> Optional[Cause]:
    """Why `exc` gives `ExitStatus.ERROR` (None when it gives another status)."""
    if exit_status(exc) != ExitStatus.ERROR:
        return None
    return exc.cause if isinstance(exc, TasscliError) else Cause.OUTPUT
