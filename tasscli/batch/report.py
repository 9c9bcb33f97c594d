"""The one `Report` of a command's run: its counts, its summary line, and its exit status.

Every command that reads pages (`parse`, `convert`, `explain`, `check`, `stats`) makes one, tells it
what happened (a page parsed or failed, a page whose output could not be written, a page `check`
found wanting, the exception that stopped the run) and exits with `report.status`. So the rule for
the status is written once:

    stopped by an exception  ->  `tasscli.errors.exit_status` of it (130 for Ctrl-C, 141, ...)
    any cause recorded       ->  ExitStatus.ERROR (1); `causes` says which (`tasscli.errors.Cause`)
    else                     ->  ExitStatus.OK (0)

The counting rule (`Report.check`): every page read is either parsed or failed,

    pages == parsed + failed,    parsed == pages with records + empty (pages that gave no record),

and records out == articles. A failure stands for one page (see `tasscli.io.readers`).
"""
from __future__ import annotations

import time
from typing import Any, Optional, Set

from tasscli.errors import Cause, ExitStatus, Stopped, cause, exit_status

#: A `tasscli.batch.pipeline.Outcome` (not imported: the pipeline imports this module).
Outcome = Any


class Report:
    """Counts for the end-of-run summary and the exit status. (A plain class: a dataclass costs a
    millisecond of start-up to define.)"""

    __slots__ = ("files", "pages", "parsed", "failed_pages", "empty", "articles", "skipped", "started",
                 "_last_file", "filtered", "causes", "stopped_by")

    def __init__(self, files: int = 0, pages: int = 0, parsed: int = 0, failed_pages: int = 0, empty: int = 0,
                 articles: int = 0, skipped: int = 0, started: Optional[float] = None) -> None:
        self.files = files  # input files and archive members read
        self.pages = pages  # pages in: parsed + failed
        self.parsed = parsed
        self.failed_pages = failed_pages
        self.empty = empty  # parsed pages that gave no record
        self.articles = articles  # records out
        self.skipped = skipped  # pages (or single-page files) left alone by --resume
        self.started = time.monotonic() if started is None else started
        self._last_file = 0
        self.filtered = 0  # records the filters (--agency, --section, ...) left out
        self.causes: Set[Cause] = {Cause.INPUT} if failed_pages else set()  # why the status is ERROR
        self.stopped_by: Optional[BaseException] = None  # the exception that stopped the run

    def __repr__(self) -> str:
        counts = ", ".join(f"{name}={getattr(self, name)}" for name in self.__slots__[:7])
        return f"Report({counts})"

    @property
    def errors(self) -> int:
        return self.failed_pages

    @property
    def files_done(self) -> int:
        """Input files and members done, those --resume skipped included (for the progress bar)."""
        return self._last_file

    @property
    def failed(self) -> bool:
        return bool(self.causes)

    @property
    def with_records(self) -> int:
        return self.parsed - self.empty

    def add(self, outcome: Outcome) -> None:
        if outcome.file_no != self._last_file:
            self._last_file = outcome.file_no
            self.files += 1
        self.pages += 1
        if outcome.records is None:
            self.failed_pages += 1
            self.causes.add(Cause.INPUT)
            return
        self.parsed += 1
        self.articles += len(outcome.records)
        self.filtered += outcome.dropped
        if not outcome.records and not outcome.dropped:
            self.empty += 1

    def unwritten(self, outcome: Outcome, reason: str) -> Outcome:
        """A page counted as parsed whose output could not be written: counted as failed instead,
        and its outcome as a failure with `reason`."""
        records = outcome.records or []
        self.parsed -= 1
        self.articles -= len(records)
        self.filtered -= outcome.dropped
        if not records and not outcome.dropped:
            self.empty -= 1
        self.failed_pages += 1
        self.causes.add(Cause.OUTPUT)
        return outcome._replace(records=None, error=reason, dropped=0)

    def failed_page(self) -> None:
        """A page that could not be read, met outside the pipeline (`explain`, `check`, `stats`)."""
        self.pages += 1
        self.failed_pages += 1
        self.causes.add(Cause.INPUT)

    def problem(self, found: Cause) -> None:
        """A problem that fails the run though every page was read (`check`: a page lacks a field)."""
        self.causes.add(found)

    def stop(self, exc: BaseException) -> None:
        """The run was stopped by `exc` (Ctrl-C, SIGTERM, an output that cannot be written, ...)."""
        self.stopped_by = exc
        found = cause(exc)
        if found is not None:
            self.causes.add(found)

    @property
    def interrupted(self) -> bool:
        """Stopped by Ctrl-C, SIGTERM or SIGHUP (the summary says "interrupted")."""
        return isinstance(self.stopped_by, (KeyboardInterrupt, Stopped))

    @property
    def status(self) -> ExitStatus:
        """The exit status of the run (the one rule: see the module's docstring)."""
        if self.stopped_by is not None:
            return exit_status(self.stopped_by)
        return ExitStatus.ERROR if self.causes else ExitStatus.OK

    def check(self) -> None:
        """The counting rule; an AssertionError names the counts that break it."""
        assert self.pages == self.parsed + self.failed_pages, self
        assert self.parsed == self.with_records + self.empty, self

    @property
    def seconds(self) -> float:
        return time.monotonic() - self.started

    def summary(self, interrupted: Optional[bool] = None) -> str:
        """The end-of-run line; "interrupted: " first when the run was (by default, `self.interrupted`)."""
        if interrupted is None:
            interrupted = self.interrupted
        seconds = self.seconds
        rate = self.pages / seconds if seconds > 0 else 0.0
        parts = [_count(self.files, "file"), _count(self.pages, "page"), _count(self.articles, "article"),
                 _count(self.failed_pages, "error"), f"{seconds:.1f} s", f"{rate:.1f} pages/s"]
        if self.empty:
            parts.append(f"{_count(self.empty, 'page')} without any article")
        if self.filtered:
            parts.append(f"{_count(self.filtered, 'article')} left out by the filters")
        if self.skipped:
            parts.append(f"{self.skipped} skipped as up to date")
        return ("interrupted: " if interrupted else "") + ", ".join(parts)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


__all__ = ["Report"]
