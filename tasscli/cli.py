"""The command line: a thin shell that turns options into pipeline calls."""
from __future__ import annotations

import sys
from typing import Any, Callable, List, Optional

import click

from tasscli import __version__
from tasscli.agencies_cmd import agencies, matches_agency
from tasscli.commands import NO_COLOR, check, explain, make_options, normalize_options, stats
from tasscli.convert import convert, input_options
from tasscli.errors import ExitStatus, InputError
from tasscli.guard import GuardedGroup
from tasscli.pipeline import Report, check_fields, run, select
from tasscli.term import is_terminal
from tasscli.writers import WRITERS, CsvWriter


def _fields_option(ctx: click.Context, param: click.Parameter, value: Optional[str]) -> Optional[List[str]]:
    if not value:
        return None
    try:
        return check_fields([name.strip() for name in value.split(",") if name.strip()])
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


def output_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """The output options every record-printing command shares."""
    command = click.option(
        "--excel-safe", is_flag=True,
        help="With --format csv: prefix with ' every cell that begins with =, +, -, @, a tab or a "
             "carriage return, so a spreadsheet shows it as text instead of running it as a formula.",
    )(command)
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


def report_error(error: InputError) -> None:
    click.echo(f"tasscli: {error.message()}", err=True)


@click.group(cls=GuardedGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="tasscli")
def main() -> None:
    """Parse saved news-agency pages (TASS, Reuters, AP, ...) into clean records.

    \b
    Examples:
      tasscli parse page.txt
      tasscli parse pages/*.txt | jq -r .headline
      tasscli parse --format csv pages/*.txt > articles.csv
    """


@main.command()
@click.argument("files", nargs=-1, type=click.Path(allow_dash=True))
@output_options
@input_options
@normalize_options
@NO_COLOR
@click.option("--agency", metavar="NAME", help="Keep only stories of this agency (see `tasscli agencies`), "
              "e.g. --agency Reuters.")
def parse(files: List[str], fmt: str, fields: Optional[List[str]], excel_safe: bool, glob: str, raw: bool,
          ascii_punctuation: bool, no_color: bool, agency: Optional[str]) -> None:
    """Parse FILES (or standard input, or `-`) and print one record per article.

    FILES may also be folders and archives, read as by `tasscli convert` (see --glob).

    Each record holds source, headline, lead, section, published (ISO 8601), dateline, body
    paragraphs, credits, captions, agency and warnings. A file that cannot be read is reported on
    stderr as `tasscli: FILE: reason`; the others are still parsed and the exit status is 1.

    \b
    Examples:
      tasscli parse page.txt
      cat page.txt | tasscli parse --format json
      tasscli parse pages/*.txt --fields source,headline,published --format csv

    On a terminal, with no --format, each article is shown laid out for reading instead.
    """
    if excel_safe and fmt != "csv":
        raise click.UsageError("--excel-safe applies only to --format csv")
    report = Report()
    records = run(files or ["-"], report, None if agency else fields, on_error=report_error,
                  options=make_options(raw, ascii_punctuation), glob=glob)
    if agency:
        records = (select(record, fields) for record in records if matches_agency(record, agency))
    format_given = click.get_current_context().get_parameter_source("fmt").name != "DEFAULT"
    if is_terminal(sys.stdout) and not format_given:
        from tasscli.view import show_records  # the only path that imports rich

        show_records(records, no_color=no_color)
    else:
        writer = CsvWriter(sys.stdout, fields, excel_safe=True) if excel_safe else WRITERS[fmt](sys.stdout, fields)
        for record in records:
            writer.write(record)
        writer.close()
    sys.exit(ExitStatus.INPUT_ERROR if report.failed else ExitStatus.OK)


for _command in (explain, check, stats):
    main.add_command(_command)
main.add_command(convert)
main.add_command(agencies)
