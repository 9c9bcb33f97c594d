"""Typed errors and the exit statuses they map to (one place for both)."""
from __future__ import annotations

from enum import IntEnum
from typing import Optional


class ExitStatus(IntEnum):
    OK = 0
    INPUT_ERROR = 1  # some input could not be read or decoded; the rest was processed
    USAGE = 2
    INTERRUPTED = 130  # Ctrl-C, as the shells report SIGINT


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
        where = self.source if self.line is None else f"{self.source}:{self.line}"
        return f"{where}: {self.reason}"
