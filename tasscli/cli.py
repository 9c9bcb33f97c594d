"""The command line: a thin shell that turns options into pipeline calls."""
from __future__ import annotations

import sys
from typing import Any, Callable, List, Optional

import click

from tasscli import __version__
from tasscli.errors import ExitStatus, InputError
from tasscli.pipeline import Report, check_fields, run
from tasscli.writers import WRITERS


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


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
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
def parse(files: List[str], fmt: str, fields: Optional[List[str]]) -> None:
    """Parse FILES (or standard input, or `-`) and print one record per article.

    Each record holds source, headline, lead, section, published (ISO 8601), dateline, body
    paragraphs, credits, captions, agency and warnings. A file that cannot be read is reported on
    stderr as `tasscli: FILE: reason`; the others are still parsed and the exit status is 1.

    \b
    Examples:
      tasscli parse page.txt
      cat page.txt | tasscli parse --format json
      tasscli parse pages/*.txt --fields source,headline,published --format csv
    """
    report = Report()
    writer = WRITERS[fmt](sys.stdout, fields)
    for record in run(files or ["-"], report, fields, on_error=report_error):
        writer.write(record)
    writer.close()
    sys.exit(ExitStatus.INPUT_ERROR if report.failed else ExitStatus.OK)
