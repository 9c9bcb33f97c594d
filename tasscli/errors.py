"""Typed errors and the exit statuses they map to (one place for both).

`exit_status(exc)` is the one mapping of an exception to a status (httpie's model);
`tasscli.cli.guard` calls it for whatever a command lets through, and prints the one-line message.
"""
from __future__ import annotations

import errno
from enum import IntEnum
from typing import Optional

from tasscli.term import readable, safe, shorten


class ExitStatus(IntEnum):
    OK = 0
    INPUT_ERROR = 1  # some input could not be read or decoded; the rest was processed
    CHECK_FAILED = 1  # `tasscli check`: some page lacks an expected field (same value as INPUT_ERROR)
    OUTPUT_ERROR = 1  # the output could not be written (disk full, ...): the run stops, as GNU tools do
    USAGE = 2
    INTERNAL_ERROR = 70  # an unexpected exception, that is a bug (EX_SOFTWARE in sysexits.h)
    INTERRUPTED = 130  # Ctrl-C, as the shells report SIGINT
    BROKEN_PIPE = 141  # 128 + SIGPIPE: the reader of stdout went away (`| head`), as the shells report GNU tools


class TasscliError(Exception):
    """Base for errors tasscli reports as one line instead of a traceback."""

    status = ExitStatus.INPUT_ERROR


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
        where = shorten(self.source) if self.line is None else f"{shorten(self.source)}:{self.line}"
        return safe(f"{where}: {readable(self.reason)}")


def problem_line(source: str, reason: Optional[str]) -> str:
    """The one form of a problem line on stderr: `tasscli: SOURCE: reason`, on one line (control
    characters escaped), a long source cut in the middle, no object reprs."""
    return f"tasscli: {safe(shorten(source))}: {safe(readable(reason or 'failed'))}"


def is_broken_pipe(exc: BaseException) -> bool:
    return isinstance(exc, OSError) and exc.errno == errno.EPIPE


def exit_status(exc: BaseException) -> ExitStatus:
    """The exit status for an exception that stopped a command (the one place that decides)."""
    if isinstance(exc, KeyboardInterrupt):
        return ExitStatus.INTERRUPTED
    if is_broken_pipe(exc):
        return ExitStatus.BROKEN_PIPE
    if isinstance(exc, TasscliError):
        return exc.status
    # Readers turn read failures into InputError: an OSError here is the output's; a
    # UnicodeEncodeError is text a standard output not in UTF-8 cannot take.
    if isinstance(exc, (OSError, UnicodeEncodeError)):
        return ExitStatus.OUTPUT_ERROR
    return ExitStatus.INTERNAL_ERROR
