"""The click options that several commands share, each defined once (sqlite-utils' model).

- `input_options`: `--glob`, `--max-page-size`, `--max-pages` and `--nested`, for every command that reads folders
  and archives (`parse`, `convert`);
- `output_options`: `--format`, `--fields` and `--excel-safe`, for `parse`; `convert` takes
  `excel_safe_option` from here too (its `--format` and `--fields` follow its OUTPUT);
- `normalize_options`: `--raw` and `--ascii-punctuation`, for every command that prints records;
- `NO_COLOR`.

This module imports only click and light tasscli modules, so that `cli.py` can load it at start-up
without the commands that are not run.
"""
from __future__ import annotations

from typing import Any, Callable, List, Optional

import click

from tasscli.io.limits import MAX_PAGES, TEXT_FACTOR
from tasscli.io.readers import DEFAULT_GLOB, MAX_NESTED
from tasscli.io.splitting import MAX_PAGE_SIZE, MiB
from tasscli.io.writers import WRITERS
from tasscli.parsing.normalize import NormalizeOptions

NO_COLOR = click.option(
    "--no-color", is_flag=True,
    help="No colours on the terminal (a non-empty NO_COLOR environment variable does the same).",
)


# --- input -----------------------------------------------------------------------------------------


class Size(click.ParamType):
    """A size in characters: `65536`, `512K`, `64M`, `1G` (K, M and G are powers of 1024; a trailing
    `B` or `iB` is allowed: `64MiB`)."""

    name = "size"
    UNITS = {"": 1, "K": 1024, "M": 1024 ** 2, "G": 1024 ** 3}

    def convert(self, value: Any, param: Optional[click.Parameter], ctx: Optional[click.Context]) -> int:
        if isinstance(value, int):
            return value
        text = str(value).strip().upper()
        text = text[:-2] if text.endswith("IB") else text[:-1] if text.endswith("B") else text
        unit = text[-1:] if text[-1:] in ("K", "M", "G") else ""
        number = text[: len(text) - len(unit)].strip()
        try:
            size = int(float(number) * self.UNITS[unit])
        except (ValueError, OverflowError):
            self.fail(f"{value!r} is not a size (examples: 65536, 512K, 64M, 1G)", param, ctx)
        if size < 1:
            self.fail(f"{value!r}: the size must be at least 1", param, ctx)
        return size


def input_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """The input options every command that reads folders and archives shares."""
    command = click.option(
        "--nested", is_flag=True,
        help="Also open the archives found inside archives (outer.zip!inner.tar.gz!page.txt), down to "
             f"{MAX_NESTED} levels; each is held to --max-page-size (a nested zip is read into memory). "
             "Without it they are skipped.",
    )(command)
    command = click.option(
        "--max-pages", type=click.IntRange(min=1), default=MAX_PAGES, show_default=True, metavar="N",
        help="Stop reading a file or archive member at its page N+1 and report that page as an error; "
             f"the same once a file has given {TEXT_FACTOR} times --max-page-size of text. The pages "
             "before it are kept.",
    )(command)
    command = click.option(
        "--max-page-size", "max_page", type=Size(), default=f"{MAX_PAGE_SIZE // MiB}M", show_default=True,
        metavar="SIZE",
        help="Stop reading a file or archive member at a page larger than SIZE (characters of text; "
             "K, M, G suffixes are powers of 1024) and report that page as an error: the guard "
             "against decompression bombs. The pages before it are kept.",
    )(command)
    return click.option(
        "--glob", default=DEFAULT_GLOB, show_default=True, metavar="PATTERN",
        help="In folders and archives, read the files whose name matches PATTERN (without regard to "
             "case; page.txt.gz matches as page.txt). Files named on the command line are always "
             "read. Example: --glob '*.text'.",
    )(command)


# --- output ----------------------------------------------------------------------------------------


def _fields_option(ctx: click.Context, param: click.Parameter, value: Optional[str]) -> Optional[List[str]]:
    if not value:
        return None
    from tasscli.batch.pipeline import check_fields

    try:
        return check_fields([name.strip() for name in value.split(",") if name.strip()])
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


excel_safe_option = click.option(
    "--excel-safe", is_flag=True,
    help="With --format csv: prefix with ' every cell that begins with =, +, -, @, a tab or a "
         "carriage return, so a spreadsheet shows it as text instead of running it as a formula.",
)


def check_excel_safe(excel_safe: bool, fmt: str) -> None:
    """--excel-safe is for CSV only: anything else is a usage error (status 2)."""
    if excel_safe and fmt != "csv":
        raise click.UsageError("--excel-safe applies only to --format csv")


def output_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """The output options every record-printing command shares."""
    command = excel_safe_option(command)
    command = click.option(
        "--fields", callback=_fields_option, metavar="A,B,C",
        help="Print only these fields, in this order (e.g. --fields source,headline,published).",
    )(command)
    command = click.option(
        "--format", "fmt", type=click.Choice(sorted(WRITERS)), default="jsonl", show_default=True,
        help="jsonl: one JSON object per line; json: one JSON array; csv: header row, lists joined "
             "by line feeds inside the cell.",
    )(command)
    return command


# --- normalization ---------------------------------------------------------------------------------


def normalize_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """--raw and --ascii-punctuation, for every command that prints records."""
    command = click.option(
        "--ascii-punctuation", is_flag=True,
        help="Fold curly quotes, dashes and ellipses to ASCII (off by default).",
    )(command)
    command = click.option(
        "--labeler", is_flag=True,
        help="Let the trained line labeler decide the lines above the story (headline, lead, "
             "section, site lines, the story's first lines) after the rules have read them "
             "(off by default; see README, Accuracy).",
    )(command)
    command = click.option(
        "--raw", is_flag=True,
        help="Turn every normalization off: text exactly as the parser cut it, no place_name, "
             "no section_slug.",
    )(command)
    return command


def make_options(raw: bool = False, ascii_punctuation: bool = False, labeler: bool = False) -> NormalizeOptions:
    if raw and ascii_punctuation:
        raise click.UsageError("--raw and --ascii-punctuation cannot be used together")
    return NormalizeOptions(raw=raw, ascii_punctuation=ascii_punctuation, labeler=labeler)
