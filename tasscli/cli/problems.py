"""The one way a command writes a line on standard error.

`problem(source, reason)` prints the one-line error naming a page or input that failed,
`tasscli: SOURCE[:LINE]: reason` (`tasscli.errors.problem_line`: control characters escaped, a long
source cut in the middle), or with `convert --errors -` the JSON line `{"source": ..., "error": ...}`
in its place. `note(message)` prints any other line, `tasscli: message` (a summary, a notice).

While `convert` shows its progress display, a line goes through it (`display=progress`): the display
prints it above itself, from the first column, and is drawn again under it. Otherwise the line is
written to stderr directly.
"""
from __future__ import annotations

from typing import Any, Optional

import click

from tasscli.errors import problem_line
from tasscli.term import safe


def problem(source: str, reason: Optional[str], line: Optional[int] = None, *, display: Any = None,
            json_line: bool = False) -> None:
    """The problem line of `source` on stderr (see the module's docstring)."""
    if json_line:
        from tasscli.cli.outputs import ErrorsFile  # the --errors FILE form, loaded with convert

        _write(ErrorsFile.line(source, reason), display)
    else:
        _write(problem_line(source, reason, line), display)


def note(message: str, *, display: Any = None) -> None:
    """`tasscli: message` on stderr, on one line (control characters escaped)."""
    _write(f"tasscli: {safe(message)}", display)


def _write(text: str, display: Any) -> None:
    if display is None:
        click.echo(text, err=True)
    else:
        display.message(text)
