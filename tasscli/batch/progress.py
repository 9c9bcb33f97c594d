"""The progress display of `tasscli convert`: rich, on stderr, only on a terminal.

`make_progress(False)` gives a display that does nothing, and rich is never imported then: a batch
run into a pipe or a log file pays nothing for it. The total (files and archive members) is counted
by `tasscli.io.readers.count_files` in a background thread and filled in when known, so the display
starts at once.
"""
from __future__ import annotations

import threading
import time
from typing import IO, Any, Callable, Optional

from tasscli.batch.report import Report


class NullProgress:
    """No display."""

    def __enter__(self) -> NullProgress:
        return self

    def __exit__(self, *exc: Any) -> None:
        return None

    def set_total(self, total: int) -> None:
        return None

    def update(self, report: Report, force: bool = False) -> None:
        return None

    def count_in_background(self, count: Callable[[], int]) -> None:
        return None

    def message(self, line: str) -> None:
        """Print a problem line on stderr (on a line of its own, above the display when shown)."""
        import click

        click.echo(line, err=True)


def _margin_console() -> Any:
    from rich.console import Console, ConsoleDimensions

    class MarginConsole(Console):
        """A console that draws the display MARGIN columns short of the terminal's width: the
        terminal echoes Ctrl-C as `^C` at the cursor, and on a full-width line that wrapped to a
        new line, so the display's clean-up went one line short and left the display (80 columns)."""

        MARGIN = 3

        @property
        def size(self) -> ConsoleDimensions:
            width, height = Console.size.fget(self)  # type: ignore[attr-defined]
            return ConsoleDimensions(max(20, width - self.MARGIN), height)

        @size.setter
        def size(self, new_size: Any) -> None:
            Console.size.fset(self, new_size)  # type: ignore[attr-defined]

    return MarginConsole


class RichProgress(NullProgress):
    """Bar over files (once their number is known); pages, articles, errors, rate and ETA."""

    INTERVAL = 0.1  # seconds between updates of the fields (rich redraws on its own thread)

    def __init__(self, stream: IO[str]) -> None:
        from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeRemainingColumn

        console = _margin_console()(file=stream, highlight=False, markup=False, emoji=False)
        self._progress = Progress(  # the time left before the counts: a narrow terminal cuts the end
            SpinnerColumn(),
            BarColumn(bar_width=16),
            TextColumn("{task.fields[files]}", markup=False),
            TimeRemainingColumn(),
            TextColumn("{task.fields[counts]}", markup=False),
            console=console,
            transient=True,
            # Lines for stderr go through `message`, and stdout may be the output (`-o -`): neither
            # is to be caught and re-routed by the display.
            redirect_stdout=False,
            redirect_stderr=False,
        )
        self._task = self._progress.add_task("convert", total=None, files="0 files", counts="")
        self._total: Optional[int] = None
        self._last = 0.0

    def __enter__(self) -> RichProgress:
        self._progress.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self._progress.stop()

    def message(self, line: str) -> None:
        """The line above the display, which is drawn again under it: rich clears the display,
        prints the line from the first column, and redraws."""
        from rich.text import Text

        self._progress.console.print(Text(line), soft_wrap=True)

    def set_total(self, total: int) -> None:
        self._total = total
        self._progress.update(self._task, total=total)

    def update(self, report: Report, force: bool = False) -> None:
        now = time.monotonic()
        if not force and now - self._last < self.INTERVAL:
            return
        self._last = now
        seconds = report.seconds
        rate = report.pages / seconds if seconds > 0 else 0.0
        done = report.files_done
        files = f"{done}/{self._total} files" if self._total is not None else f"{done} files"
        counts = f"{report.pages} pages, {report.articles} articles, {report.errors} errors, {rate:.0f} pages/s"
        self._progress.update(self._task, completed=done, files=files, counts=counts)

    def count_in_background(self, count: Callable[[], int]) -> None:
        def work() -> None:
            try:
                self.set_total(count())
            except Exception:  # noqa: BLE001 - the total is a nicety; the run itself reports errors
                pass

        threading.Thread(target=work, name="tasscli-count", daemon=True).start()


def make_progress(enabled: bool, stream: IO[str]) -> NullProgress:
    return RichProgress(stream) if enabled else NullProgress()
