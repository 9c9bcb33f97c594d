"""The `explain`, `check` and `stats` commands (their shared options are in `tasscli.cli.options`).

cli.py loads them when they are run (`LazyGroup`). Like cli.py, this is a thin shell: the work is
in `tasscli.parsing.explain`, `tasscli.parsing.check` and `tasscli.batch.stats`. rich is imported
only for the tables that `check` and `stats` show, never on the JSON paths.
"""
from __future__ import annotations

import json
import shutil
import sys
from typing import Any, Dict, List, Optional

import click

from tasscli.cli.options import NO_COLOR
from tasscli.errors import ExitStatus, InputError, problem_line
from tasscli.io.readers import iter_pages
from tasscli.io.writers import takes_unicode
from tasscli.term import color_wanted, is_terminal, safe

FILES = click.argument("files", nargs=-1, required=True, type=click.Path(allow_dash=True))


def _report(error: InputError) -> None:
    click.echo(f"tasscli: {error.message()}", err=True)


def _dumps(obj: Any, indent: Optional[int] = None) -> str:
    """JSON for standard output: escaped to ASCII when it cannot take UTF-8 (`tasscli.io.writers`)."""
    return json.dumps(obj, ensure_ascii=not takes_unicode(sys.stdout), indent=indent)


# --- explain ---------------------------------------------------------------------------------------

_ROLE_STYLES: Dict[str, Dict[str, Any]] = {
    "headline": {"bold": True},
    "lead": {"fg": "cyan"},
    "section": {"fg": "green"},
    "time": {"fg": "green"},
    "dateline": {"fg": "green"},
    "caption": {"fg": "magenta"},
    "credit": {"fg": "magenta"},
    "unaccounted": {"fg": "red", "bold": True},
}


def _explain_style(role: str, part: str, text: str) -> str:
    if role.startswith("dropped:") or role == "blank":
        return click.style(text, dim=True)
    if part == "role" or role in ("headline", "unaccounted"):
        return click.style(text, **_ROLE_STYLES.get(role.split(":")[0], {}))
    return text


@click.command()
@FILES
@click.option("--format", "fmt", type=click.Choice(["text", "explain-jsonl"]), default="text",
              show_default=True,
              help="text: numbered lines with their roles; explain-jsonl: one JSON object per line "
                   "(source, line, role, label, article, paragraph, text, evidence).")
@click.option("--evidence/--no-evidence", default=True, show_default=True,
              help="Under each non-blank line, what decided its role: the labeler's weightiest "
                   "features with their weights, or the grammar, table or rule that read it.")
@click.option("--labeler", is_flag=True,
              help="Let the trained line labeler decide the lines above the story, as `parse --labeler` does.")
@NO_COLOR
def explain(files: List[str], fmt: str, evidence: bool, labeler: bool, no_color: bool) -> None:
    """Show what became of every line of each page: headline, lead, body ¶3, or why it was dropped.

    Every non-blank line gets exactly one role. Lines the parser did not account for are marked
    `?? not accounted for` and reported on stderr.

    \b
    Examples:
      tasscli explain page.txt
      tasscli explain page.txt | grep dropped
      tasscli explain --format explain-jsonl pages/*.txt | jq -c 'select(.role == "body")'
    """
    from tasscli.parsing.explain import explain as explain_page
    from tasscli.parsing.explain import render_lines

    out = sys.stdout
    color = color_wanted(out, no_color)
    width = shutil.get_terminal_size().columns if is_terminal(out) else None
    failed = False
    first = True
    for page in iter_pages(files):
        if isinstance(page, InputError):
            _report(page)
            failed = True
            continue
        acc = explain_page(page.text, page.source, labeler=labeler)
        if fmt == "explain-jsonl":
            for item in acc.to_dicts():
                out.write(_dumps(item) + "\n")
        else:
            non_blank = sum(1 for line in acc.lines if line.role != "blank")
            articles = len(acc.articles)
            state = (f"all {non_blank} non-blank lines accounted for" if acc.complete
                     else "; ".join(acc.problems()))
            header = (f"{'' if first else chr(10)}== {safe(page.source)}: {articles} "
                      f"article{'s' if articles != 1 else ''}, {state}")
            click.echo(click.style(header, bold=True), color=color)
            for line in render_lines(acc, width=width, style=_explain_style if color else None,
                                     evidence=evidence):
                click.echo(line, color=color)
        first = False
        for problem in acc.problems():
            click.echo(problem_line(page.source, problem), err=True)
    out.flush()
    sys.exit(ExitStatus.INPUT_ERROR if failed else ExitStatus.OK)


# --- check -----------------------------------------------------------------------------------------

@click.command()
@FILES
@click.option("--format", "fmt", type=click.Choice(["text", "jsonl", "json"]), default="text",
              show_default=True,
              help="text: the problems (a table on a terminal, `FILE: problem` lines otherwise); "
                   "jsonl: one object per page; json: one array.")
@NO_COLOR
def check(files: List[str], fmt: str, no_color: bool) -> None:
    """List, per page, what a reader would expect but the parser could not find.

    A page has a problem when an article has no headline, no date, no body, or a body paragraph
    that looks like site furniture ("Back to Main page", a time line, a credit, "Tags"...), or when
    no article was found. Exit status 1 when any page has a problem or cannot be read.

    \b
    Examples:
      tasscli check pages/*.txt
      tasscli check --format jsonl pages/*.txt | jq -r 'select(.ok | not) | .source'
    """
    from tasscli.batch.pipeline import page_records
    from tasscli.parsing.check import check_page

    pages = []
    failed = False
    out = sys.stdout
    for page in iter_pages(files):
        if isinstance(page, InputError):
            _report(page)
            failed = True
            continue
        result = check_page(page.source, page_records(page))
        pages.append(result)
        if fmt == "jsonl":
            out.write(_dumps(result.to_dict()) + "\n")
        elif fmt == "text" and not is_terminal(out):
            for problem in result.problems:
                where = page.source if not problem["article"] else f"{page.source} #{problem['article'] + 1}"
                out.write(f"{safe(where)}: {safe(problem['problem'])}\n")
    if fmt == "json":
        out.write(_dumps([page.to_dict() for page in pages], indent=2) + "\n")
    bad = sum(1 for page in pages if not page.ok)
    if fmt == "text":
        if is_terminal(out) and bad:
            _check_table(pages, no_color)
        summary = f"checked {len(pages)} page{'s' if len(pages) != 1 else ''}: " + (
            f"{bad} with problems" if bad else "no problems")
        click.echo(summary, err=True)
    out.flush()
    sys.exit(ExitStatus.CHECK_FAILED if bad or failed else ExitStatus.OK)


def _check_table(pages: List[Any], no_color: bool) -> None:
    from rich.table import Table
    from rich.text import Text

    from tasscli.cli.view import make_console

    table = Table(title="Pages with problems", title_justify="left", show_lines=False)
    table.add_column("page", overflow="fold")
    table.add_column("article", justify="right")
    table.add_column("problem", overflow="fold")
    for page in pages:
        for problem in page.problems:
            article = "" if problem["article"] is None else str(problem["article"] + 1)
            table.add_row(Text(safe(page.source)), article, Text(safe(problem["problem"]), style="yellow"))
    make_console(no_color=no_color).print(table)


# --- stats -----------------------------------------------------------------------------------------

@click.command()
@FILES
@click.option("--format", "fmt", type=click.Choice(["table", "json", "jsonl"]), default="table",
              show_default=True,
              help="table: rich tables; json: one indented object; jsonl: the same object on one line.")
@click.option("--top", type=click.IntRange(min=1), default=20, show_default=True,
              help="Rows shown per agency and section table (JSON always has all of them).")
@NO_COLOR
def stats(files: List[str], fmt: str, top: int, no_color: bool) -> None:
    """Count pages and articles by agency, section and year-month, and show field coverage
    (the share of pages on which each field was found).

    \b
    Examples:
      tasscli stats pages/*.txt
      tasscli stats --format json pages/*.txt | jq .coverage.published.share
    """
    from tasscli.batch.pipeline import page_records
    from tasscli.batch.stats import Stats

    result = Stats()
    failed = False
    for page in iter_pages(files):
        if isinstance(page, InputError):
            _report(page)
            result.unreadable += 1
            failed = True
            continue
        result.add_page(page_records(page))
    if fmt == "json":
        click.echo(_dumps(result.to_dict(), indent=2))
    elif fmt == "jsonl":
        click.echo(_dumps(result.to_dict()))
    else:
        _stats_tables(result, top, no_color)
    sys.exit(ExitStatus.INPUT_ERROR if failed else ExitStatus.OK)


def _stats_tables(result: Any, top: int, no_color: bool) -> None:
    from rich.columns import Columns
    from rich.table import Table
    from rich.text import Text

    from tasscli.cli.view import make_console

    console = make_console(no_color=no_color)
    pages = result.pages

    def counts(title: str, items: List[Any], label: str) -> Table:
        table = Table(title=title, title_justify="left")
        table.add_column(label, overflow="fold")
        table.add_column("articles", justify="right")
        shown = items[:top] if top else items
        for key, count in shown:
            table.add_row(Text(safe(key)), str(count))
        if len(items) > len(shown):
            rest = sum(count for _, count in items[len(shown):])
            table.add_row(Text(f"({len(items) - len(shown)} more)", style="dim"), str(rest))
        return table

    console.print(Text(f"{pages} pages, {result.articles} articles"
                       + (f", {result.unreadable} unreadable" if result.unreadable else ""), style="bold"))
    coverage = Table(title="Field coverage (pages)", title_justify="left")
    coverage.add_column("field")
    coverage.add_column("pages", justify="right")
    coverage.add_column("share", justify="right")
    for name, value in result.coverage().items():
        share = value["share"]
        style = "green" if share >= 0.95 else "yellow" if share >= 0.5 else "red"
        coverage.add_row(name, str(value["pages"]), Text(f"{share:.1%}", style=style))
    months = [(month, result.by_month[month]) for month in result.months()]
    if len(months) > top:  # too many months to read: count by year instead
        years: Dict[str, int] = {}
        for month, count in months:
            year = month[:4] if month[:4].isdigit() else month
            years[year] = years.get(year, 0) + count
        periods, period_title, period_label = list(years.items()), "By year", "year"
    else:
        periods, period_title, period_label = months, "By month", "year-month"
    console.print(Columns([
        counts("By agency", result.by_agency.most_common(), "agency"),
        counts("By language", result.by_language.most_common(), "language"),
        counts("By section", result.by_section.most_common(), "section"),
        coverage,
    ]))
    console.print(counts(period_title, periods, period_label))

