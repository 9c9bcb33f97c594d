"""The command line: a thin shell that turns options into pipeline calls.

Start-up time counts (shell loops call `tasscli parse` once per file, issue 6): `parse` is defined
here, and every other command is imported only when it is run or listed (`LazyGroup`), so that
`tasscli parse page.txt` loads neither `convert` and its progress display, nor `explain`, `check`,
`stats` and their rich tables, nor the archive modules (see `tasscli.io.readers`).
"""
from __future__ import annotations

import gc
import importlib
import sys
from typing import Any, Dict, List, Optional

# No cyclic collection while the modules load and the pattern cache is read: they make tens of
# thousands of objects (functions, classes, tables, compiled patterns) that live as long as the
# process, so each collection their allocations trigger walks them and frees nothing. They are
# frozen (gc.freeze) after the imports below, and the state a caller had is given back.
_COLLECTING = gc.isenabled()
gc.disable()

from tasscli.cli import patterncache  # noqa: E402

# Before click and the parser's modules load: they compile patterns as they load (click's imports
# of gettext and platform eleven), and the cache hands `re` those an earlier run compiled
# (compiling the parser's was 56M of a one-page run's 357M instructions).
patterncache.install()

import click  # noqa: E402

from tasscli import __version__  # noqa: E402
from tasscli.batch.filters import RecordFilter  # noqa: E402
from tasscli.batch.pipeline import Report, run  # noqa: E402
from tasscli.cli.guard import GuardedGroup  # noqa: E402
from tasscli.cli.options import (  # noqa: E402
    NO_COLOR,
    Inputs,
    Learning,
    check_excel_safe,
    input_options,
    learn_options,
    make_options,
    normalize_options,
    output_options,
    selection_options,
)
from tasscli.cli.problems import note, problem  # noqa: E402
from tasscli.io.writers import make_writer  # noqa: E402
from tasscli.term import is_terminal  # noqa: E402

gc.freeze()  # before collecting again: a first collection would walk everything loaded above
if _COLLECTING:
    gc.enable()

#: Commands imported when used: name -> "module:attribute".
LAZY_COMMANDS = {
    "agencies": "tasscli.cli.agencies:agencies",
    "check": "tasscli.cli.commands:check",
    "convert": "tasscli.cli.convert:convert",
    "explain": "tasscli.cli.commands:explain",
    "stats": "tasscli.cli.commands:stats",
}


class EnglishHelp:
    """`-h`/`--help` as click makes it, with its text given in English: click asks gettext for it,
    and that first call loads `locale` and its tables (3.5M instructions, more than parsing a page),
    for a translation tasscli does not have. For `main` and the commands defined here."""

    def get_help_option(self, ctx: click.Context) -> Optional[click.Option]:
        names = self.get_help_option_names(ctx)  # type: ignore[attr-defined]
        if not names or not self.add_help_option:  # type: ignore[attr-defined]
            return None
        option = self.__dict__.get("_english_help")
        if option is None:  # made once: click tells the eager options apart by identity
            option = click.Option(names, is_flag=True, expose_value=False, is_eager=True,
                                  help="Show this message and exit.", callback=_show_help)
            self.__dict__["_english_help"] = option
        return option


def _show_help(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        click.echo(ctx.get_help(), color=ctx.color)
        ctx.exit()


def _show_version(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        click.echo(f"tasscli, version {__version__}", color=ctx.color)
        ctx.exit()


class EnglishCommand(EnglishHelp, click.Command):
    pass


class LazyGroup(EnglishHelp, GuardedGroup):
    """A group whose commands in `lazy` ({name: "module:attribute"}) are imported on first use
    (click's documented pattern for lazily loaded subcommands)."""

    def __init__(self, *args: Any, lazy: Optional[Dict[str, str]] = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lazy = dict(lazy or {})

    def list_commands(self, ctx: click.Context) -> List[str]:
        return sorted({*super().list_commands(ctx), *self.lazy})

    def get_command(self, ctx: click.Context, cmd_name: str) -> Optional[click.Command]:
        if cmd_name in self.lazy and cmd_name not in self.commands:
            module, _, attribute = self.lazy[cmd_name].partition(":")
            self.add_command(getattr(importlib.import_module(module), attribute), cmd_name)
        return super().get_command(ctx, cmd_name)


@click.group(cls=LazyGroup, lazy=LAZY_COMMANDS, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--version", is_flag=True, expose_value=False, is_eager=True, callback=_show_version,
              help="Show the version and exit.")  # click.version_option, but for gettext (see EnglishHelp)
def main() -> None:
    """Parse saved news-agency pages (TASS, Reuters, AP, ...) into clean records.

    \b
    Examples:
      tasscli parse page.txt
      tasscli parse pages/*.txt | jq -r .headline
      tasscli parse --format csv pages/*.txt > articles.csv
    """


@main.command(cls=EnglishCommand)
@output_options
@input_options
@selection_options
@normalize_options
@learn_options
@NO_COLOR
def parse(inputs: Inputs, keep: RecordFilter, fmt: str, fields: Optional[List[str]], excel_safe: bool, raw: bool,
          labeler: bool, ascii_punctuation: bool, learning: Learning, no_color: bool) -> None:
    """Parse FILES (or standard input, or `-`) and print one record per article.

    FILES may also be folders and archives, read as by `tasscli convert` (see --glob). With no
    FILES, standard input is read when it is not a terminal.

    Each record holds source, headline, lead, section, published (ISO 8601), dateline, body
    paragraphs, credits, captions, agency and warnings. A file that cannot be read (an HTML page
    too: save it as text) is reported on stderr as `tasscli: FILE: reason`; the others are still
    parsed and the exit status is 1.

    \b
    Examples:
      tasscli parse page.txt
      cat page.txt | tasscli parse --format json
      tasscli parse pages/*.txt --fields source,headline,published --format csv
      tasscli parse pages/ --agency tass --since 2018-01 --fields source,headline

    On a terminal, with no --format, each article is shown laid out for reading instead.
    """
    check_excel_safe(excel_safe, fmt)
    report = Report()
    format_given = click.get_current_context().get_parameter_source("fmt").name != "DEFAULT"
    if fmt == "ninjs" and fields and "source" not in fields:
        fields = [*fields, "source"]  # the ninjs uri is made from the source, whatever --fields says
    records = run(inputs.paths, report, fields, on_error=lambda error: problem(error.source, error.reason, error.line),
                  options=make_options(raw, ascii_punctuation, labeler), glob=inputs.glob, max_page=inputs.max_page,
                  nested=inputs.nested, max_pages=inputs.max_pages, keep=keep or None, notice=note,
                  learn=learning.teller())
    if is_terminal(sys.stdout) and not format_given:
        from tasscli.cli.view import show_records  # the only path that imports rich

        show_records(records, no_color=no_color)
    else:
        writer = make_writer(fmt, sys.stdout, fields, excel_safe)
        for record in records:
            writer.write(record)
        writer.close()
    sys.exit(report.status)


def start() -> None:
    """The console script and `python -m tasscli`: `main`, with everything loaded so far marked
    permanent for the cyclic garbage collector (gc.freeze), and a signal wakeup pipe so that
    Ctrl-C always ends a wait for input (tasscli.io.interrupts). Modules, classes and tables live as
    long as the process; a collection that walks them, the last one at exit included, was 8% of
    a one-page run (23M of 276M instructions)."""
    from tasscli.cli.guard import guard_stdout
    from tasscli.io.interrupts import install

    guard_stdout()
    install()
    gc.freeze()
    main()
