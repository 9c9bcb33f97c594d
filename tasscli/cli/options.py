"""The click options that several commands share, each defined once (sqlite-utils' model).

- `input_options`: the FILES argument and `--glob` (repeatable), `--max-page-size`, `--max-pages` and
  `--nested`,
  for every command that reads pages (`parse`, `convert`, `explain`, `check`, `stats`), handed to
  the command as one `Inputs` value (`inputs`); with no FILES, standard input when it is not a
  terminal;
- `selection_options`: `--agency`, `--section`, `--since`, `--until` and `--language`, for the
  same commands, handed on as one `tasscli.batch.filters.RecordFilter` (`keep`);
- `output_options`: `--format`, `--fields` and `--excel-safe`, for `parse`; `convert` takes
  `excel_safe_option` from here too (its `--format` and `--fields` follow its OUTPUT);
- `normalize_options`: `--raw` and `--ascii-punctuation`, for every command that prints records;
- `learn_options`: `--no-learn` and `--show-learned`, for `parse` and `convert`, handed on as one
  `Learning` (`learning`), whose `teller()` is what the batch is given to say what it learned;
- `NO_COLOR`.

This module imports only click and light tasscli modules, so that `cli.py` can load it at start-up
without the commands that are not run.
"""
from __future__ import annotations

import functools
import os
import sys
from collections import namedtuple
from typing import Any, Callable, List, Optional, Tuple

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


class InputPath(click.ParamType):
    """FILES: each a path as typed, or `-`. What `click.Path(allow_dash=True)` does (a path that
    exists but cannot be read is a usage error; the shell completes file names), said here because
    click.Path asks gettext for its name: the first such call loads `locale` and its tables, 3.5M
    instructions of a one-page run, and tasscli's text is English only (see tasscli.cli.main)."""

    name = "path"

    def convert(self, value: Any, param: Optional[click.Parameter], ctx: Optional[click.Context]) -> Any:
        if value != "-" and os.path.exists(value) and not os.access(value, os.R_OK):
            self.fail(f"Path {click.format_filename(value)!r} is not readable.", param, ctx)
        return value

    def shell_complete(self, ctx: click.Context, param: click.Parameter, incomplete: str) -> List[Any]:
        from click.shell_completion import CompletionItem

        return [CompletionItem(incomplete, type="file")]


class Inputs(namedtuple("Inputs", ("paths", "glob", "max_page", "nested", "max_pages"))):
    """What a command reads, from its FILES argument and its input options: paths: Tuple[str, ...],
    glob: Union[str, Tuple[str, ...]], max_page: int, nested: bool, max_pages: int.
    (`collections.namedtuple`: see `Page` in tasscli/io/items.py.)"""

    __slots__ = ()


def input_paths(files: Tuple[str, ...]) -> Tuple[str, ...]:
    """FILES, or standard input (`-`) when none is named and standard input is not a terminal; a
    usage error when none is named on a terminal (tasscli would wait for typed text)."""
    if files:
        return tuple(files)
    from tasscli.term import is_terminal

    if is_terminal(sys.stdin):
        raise click.UsageError("no input: name FILES (pages, folders, archives, or - for standard input), "
                               "or pipe a page in")
    return ("-",)


def input_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """The FILES argument and the input options of every command that reads pages: the command
    gets them as one `Inputs` value, `inputs`."""

    target = command

    @functools.wraps(target)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        globs = tuple(kwargs.pop("glob") or ()) or (DEFAULT_GLOB,)
        kwargs["inputs"] = Inputs(input_paths(kwargs.pop("files")), globs[0] if len(globs) == 1 else globs,
                                  kwargs.pop("max_page"), kwargs.pop("nested"), kwargs.pop("max_pages"))
        return target(*args, **kwargs)

    wrapped = wrapper
    command = click.option(
        "--nested", is_flag=True,
        help="Also open the archives found inside archives (outer.zip!inner.tar.gz!page.txt), down to "
             f"{MAX_NESTED} levels; each is held to --max-page-size (a nested zip is read into memory). "
             "Without it each is reported as not opened (an error, as an unreadable page is).",
    )(wrapped)
    command = click.option(
        "--max-pages", type=click.IntRange(min=1), default=MAX_PAGES, show_default=True, metavar="N",
        help="Stop reading a file or archive member at its page N+1 and report that page as an error; "
             f"the same once a file has given {TEXT_FACTOR} times --max-page-size of text. The pages "
             "before it are kept.",
    )(command)
    command = click.option(
        "--max-page-size", "max_page", type=Size(), default=f"{MAX_PAGE_SIZE // MiB}M", show_default=True,
        metavar="SIZE",
        help="Stop reading a file or archive member at a page larger than SIZE (bytes of its text as UTF-8; "
             "K, M, G suffixes are powers of 1024) and report that page as an error: the guard "
             "against decompression bombs. The pages before it are kept.",
    )(command)
    command = click.option(
        "--glob", multiple=True, metavar="PATTERN",
        help=f"In folders and archives, read the files whose name matches PATTERN (without regard to "
             f"case; page.txt.gz matches as page.txt); repeat it for several: --glob '*.txt' --glob "
             f"'*.text'. Files named on the command line are always read.  [default: {DEFAULT_GLOB}]",
    )(command)
    return click.argument("files", nargs=-1, type=InputPath())(command)


# --- selection -------------------------------------------------------------------------------------


def _agency_option(ctx: click.Context, param: click.Parameter, value: Optional[str]) -> Optional[str]:
    """The agency table's name for NAME as a user types it ("itar-tass", "ТАСС" -> "TASS"); a usage
    error listing the known names when the table has no such agency."""
    if not value:
        return None
    from tasscli.parsing.agencies import AGENCIES, agency_by_printed

    name = value.strip()
    found = next((agency.name for agency in AGENCIES if agency.name.casefold() == name.casefold()), None)
    found = found or agency_by_printed(name)
    if found is None:
        known = ", ".join(agency.name for agency in AGENCIES)
        raise click.BadParameter(f"unknown agency {value!r}; known agencies: {known} (see `tasscli agencies`)")
    return found


def _date_option(ctx: click.Context, param: click.Parameter, value: Optional[str]) -> Optional[str]:
    if not value:
        return None
    from tasscli.batch.filters import check_date_bound

    try:
        return check_date_bound(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


def selection_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """The record filters of every command that reads pages, handed to the command as one
    `tasscli.batch.filters.RecordFilter`, `keep` (false when no filter is given)."""

    target = command

    @functools.wraps(target)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from tasscli.batch.filters import RecordFilter

        kwargs["keep"] = RecordFilter(kwargs.pop("agency"), kwargs.pop("section"), kwargs.pop("since"),
                                      kwargs.pop("until"), kwargs.pop("language"))
        return target(*args, **kwargs)

    command = click.option(
        "--language", metavar="CODE",
        help="Keep only articles in this language (the record's `language`: en, ru, ...).",
    )(wrapper)
    command = click.option(
        "--until", callback=_date_option, metavar="DATE",
        help="Keep only articles published on or before DATE (YYYY, YYYY-MM or YYYY-MM-DD); "
             "articles without a date are left out.",
    )(command)
    command = click.option(
        "--since", callback=_date_option, metavar="DATE",
        help="Keep only articles published on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD); "
             "articles without a date are left out.",
    )(command)
    command = click.option(
        "--section", metavar="NAME",
        help="Keep only articles of this section, as printed or as its slug, any case "
             "(--section World, --section economy).",
    )(command)
    return click.option(
        "--agency", callback=_agency_option, metavar="NAME",
        help="Keep only articles of this agency, by any name the agency table knows, any case "
             "(--agency Reuters, --agency itar-tass; see `tasscli agencies`). An unknown name is a "
             "usage error.",
    )(command)


# --- output ----------------------------------------------------------------------------------------


def fields_option(ctx: click.Context, param: click.Parameter, value: Optional[str]) -> Optional[List[str]]:
    """`--fields A,B,C`: record fields and CSV column names (`dateline_place`), checked."""
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
        "--fields", callback=fields_option, metavar="A,B,C",
        help="Print only these fields, in this order: record fields and CSV column names "
             "(e.g. --fields source,headline,published,dateline_place).",
    )(command)
    command = click.option(
        "--format", "fmt", type=click.Choice(sorted(WRITERS)), default="jsonl",
        help="jsonl: one JSON object per line; json: one JSON array; csv: header row, lists joined "
             "by line feeds inside the cell; ninjs: one IPTC ninjs object per line.  [default: "
             "jsonl when the output is not a terminal; on a terminal, each article laid out for reading]",
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


# --- furniture learned from the pages --------------------------------------------------------------


class Learning(namedtuple("Learning", ("on", "show"), defaults=(True, False))):
    """`--no-learn` and `--show-learned`, as one value (`learning`): on: bool = True, show: bool = False."""

    __slots__ = ()

    def teller(self, display: Callable[[], Any] = lambda: None,
               quiet: bool = False) -> Optional[Callable[[Any], None]]:
        """What `tasscli.batch.pipeline.read_items` is given as `learn`: None with --no-learn, else a
        function that notes on stderr what a window learned (one line; with --show-learned, one more
        a line learned, even with `quiet`). `display()` gives the progress display to print above."""
        if not self.on:
            return None
        from tasscli.cli.problems import note

        def tell(learned: Any) -> None:
            count = len(learned.lines)
            if quiet and not self.show:
                return
            note(f"{learned.name}: learned {count} furniture line{'s' if count != 1 else ''} from "
                 f"{learned.pages} pages ({'' if self.show else '--show-learned lists them; '}"
                 f"--no-learn turns learning off)", display=display())
            if self.show:
                for line in learned.lines:
                    note(f"{learned.name}: learned furniture: {line!r}", display=display())

        return tell


def learn_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """--no-learn and --show-learned, for the commands that print records of many pages."""
    @functools.wraps(command)
    def wrapper(*args: Any, no_learn: bool, show_learned: bool, **kwargs: Any) -> Any:
        return command(*args, learning=Learning(not no_learn, show_learned), **kwargs)

    wrapper = click.option(
        "--show-learned", is_flag=True,
        help="List on stderr each furniture line learned from the pages (see --no-learn).",
    )(wrapper)
    wrapper = click.option(
        "--no-learn", is_flag=True,
        help="Learn no furniture from the pages: lines that recur on half the pages of a folder, "
             "archive or run of files (20 pages at least) are otherwise dropped as the site's "
             "furniture (README, Furniture learned from the pages).",
    )(wrapper)
    return wrapper
