"""The `explain`, `check` and `stats` commands (their shared options are in `tasscli.cli.options`).

They read pages as `parse` and `convert` do (`input_options`: FILES, `--glob`, `--nested`,
`--max-page-size`, standard input) and take the same record filters (`selection_options`): a page
counts when one of its articles passes them (`check` and `stats` then look at those articles only).
Articles are numbered from 1 everywhere, as paragraphs and lines are (`#2`, `"article": 2`).

A page that cannot be read is one problem line on stderr (`tasscli.cli.problems`), and each
command exits with the status of its `Report` (`tasscli.batch.report`), as `parse` and `convert` do.

main.py loads them when they are run (`LazyGroup`). Like main.py, this is a thin shell: the work is
in `tasscli.parsing.explain`, `tasscli.parsing.check` and `tasscli.batch.stats`. rich is imported
only for the tables that `check` and `stats` show, never on the JSON paths.
"""
from __future__ import annotations

import json
import shutil
import sys
from typing import Any, Dict, Iterator, List, Optional, Tuple

import click

from tasscli.batch.filters import RecordFilter, screen
from tasscli.batch.report import Report
from tasscli.cli.options import NO_COLOR, Inputs, input_options, selection_options
from tasscli.cli.problems import note, problem
from tasscli.errors import Cause
from tasscli.io.readers import Failure, Page, read_inputs
from tasscli.io.writers import takes_unicode
from tasscli.term import color_wanted, is_terminal, safe


def _pages(inputs: Inputs, report: Report) -> Iterator[Page]:
    """The pages of `inputs` in input order; each failure (an HTML page too) is a problem line on
    stderr and a failed page in `report`."""
    for item in screen(read_inputs(inputs.paths, inputs.glob, max_page=inputs.max_page, nested=inputs.nested,
                                   max_pages=inputs.max_pages, notice=note)):
        if isinstance(item, Failure):
            error = item.error()
            problem(error.source, error.reason, error.line)
            report.failed_page()
        else:
            yield item


def _kept(page: Page, keep: RecordFilter) -> Tuple[List[Dict[str, Any]], int]:
    """The page's records that pass the filters, and how many it has in all."""
    from tasscli.batch.pipeline import page_records

    records = list(page_records(page))
    return ([record for record in records if keep(record)] if keep else records), len(records)


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


def explain_item(line: Any, source: str) -> Dict[str, Any]:
    """One line of explain-jsonl: `role` the bare role (`headline`, `body`, `dateline`, `dropped`,
    `blank`, `unaccounted`, ...), `fields` every field the line went to (`["dateline", "body"]`),
    `reason` why a dropped line was dropped, `article` and `paragraph` numbered from 1."""
    role = line.role
    reason = None
    if role.startswith("dropped:"):
        reason = line.label[len("dropped: "):]
        role, fields = "dropped", []
    elif role in ("blank", "unaccounted"):
        fields = []
    else:
        fields = line.parts()
        role = fields[0] if fields else role
    return {"source": source, "line": line.number, "role": role, "fields": fields, "reason": reason,
            "label": line.label, "article": None if line.article is None else line.article + 1,
            "paragraph": line.paragraph, "text": line.text, "evidence": getattr(line, "evidence", None)}


@click.command()
@input_options
@selection_options
@click.option("--format", "fmt", type=click.Choice(["text", "explain-jsonl"]), default="text",
              show_default=True,
              help="text: numbered lines with their roles; explain-jsonl: one JSON object per line "
                   "(source, line, role, fields, reason, label, article, paragraph, text, evidence).")
@click.option("--evidence/--no-evidence", default=True, show_default=True,
              help="Under each non-blank line, what decided its role: the labeler's weightiest "
                   "features with their weights, or the grammar, table or rule that read it.")
@click.option("--labeler", is_flag=True,
              help="Let the trained line labeler decide the lines above the story, as `parse --labeler` does.")
@NO_COLOR
def explain(inputs: Inputs, keep: RecordFilter, fmt: str, evidence: bool, labeler: bool, no_color: bool) -> None:
    """Show what became of every line of each page: headline, lead, body ¶3, or why it was dropped.

    Every non-blank line gets exactly one role. Lines the parser did not account for are marked
    `?? not accounted for` and reported on stderr. With filters (--agency, --section, ...), only
    the pages with an article that passes them are shown.

    In explain-jsonl, `role` is the bare role (headline, lead, section, time, dateline, body,
    caption, credit, dropped, blank, unaccounted), `fields` every field a line went to
    (["dateline", "body"]), `reason` why a line was dropped, `article` (from 1) and `paragraph`
    the body paragraph.

    \b
    Examples:
      tasscli explain page.txt
      tasscli explain page.txt | grep dropped
      tasscli explain --format explain-jsonl pages/*.txt | jq -c 'select(.role == "body")'
      tasscli explain --format explain-jsonl page.txt | jq -r 'select(.role == "dropped") | .reason'
    """
    from tasscli.parsing.explain import explain as explain_page
    from tasscli.parsing.explain import render_lines

    out = sys.stdout
    color = color_wanted(out, no_color)
    width = shutil.get_terminal_size().columns if is_terminal(out) else None
    report = Report()
    first = True
    for page in _pages(inputs, report):
        if keep and not _kept(page, keep)[0]:
            continue
        acc = explain_page(page.text, page.source, labeler=labeler)
        if fmt == "explain-jsonl":
            for line in acc.lines:
                out.write(_dumps(explain_item(line, acc.source)) + "\n")
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
        for unaccounted in acc.problems():
            problem(page.source, unaccounted)
    out.flush()
    sys.exit(report.status)


# --- check -----------------------------------------------------------------------------------------

#: What `check` requires of every article by default: what a record cannot be used without.
DEFAULT_REQUIRE = ("body",)


def _require_option(ctx: click.Context, param: click.Parameter, value: Optional[str]) -> Tuple[str, ...]:
    """`--require A,B`: record fields (not the CSV columns `--fields` also takes)."""
    from tasscli.record import FIELDS

    names = tuple(name.strip() for name in (value or "").split(",") if name.strip())
    unknown = [name for name in names if name not in FIELDS]
    if unknown:
        raise click.BadParameter(f"unknown field {unknown[0]!r}; choose from {', '.join(FIELDS)}")
    return names or DEFAULT_REQUIRE


@click.command()
@input_options
@selection_options
@click.option("--format", "fmt", type=click.Choice(["text", "jsonl", "json"]), default="text",
              show_default=True,
              help="text: the problems (a table on a terminal, `FILE: problem` lines otherwise); "
                   "jsonl: one object per page; json: one array.")
@click.option("--require", callback=_require_option, metavar="FIELD,...",
              help="The fields every article must have, e.g. --require headline,published,body "
                   f"(record fields).  [default: {','.join(DEFAULT_REQUIRE)}]")
@click.option("--ignore", type=click.Choice(["missing", "furniture", "no-article"]), multiple=True,
              help="Leave out this kind of problem (repeatable): missing (a --require field), furniture "
                   "(a body paragraph that looks like site furniture), no-article (a page with none).")
@NO_COLOR
def check(inputs: Inputs, keep: RecordFilter, fmt: str, require: Tuple[str, ...], ignore: Tuple[str, ...],
          no_color: bool) -> None:
    """List, per page, what a reader would expect but the parser could not find.

    A page has a problem when an article lacks a --require field (by default its body), when a
    body paragraph looks like site furniture ("Back to Main page", a time line, a credit, "Tags"...),
    or when no article was found; --ignore leaves a kind of problem out. Articles are numbered from
    1 (`FILE #2`, `"article": 2`). Exit status 1 when any page has a problem or cannot be read, so
    `tasscli check` can guard a script. With filters (--agency, --section, ...), only the articles
    that pass them are checked, and only pages with one are counted.

    \b
    Examples:
      tasscli check pages/*.txt
      tasscli check --require headline,published,body --ignore furniture pages/
      tasscli check --format jsonl --require headline,published pages/*.txt | jq -r 'select(.ok | not) | .source'
    """
    from tasscli.parsing.check import check_page

    pages = []
    report = Report()
    out = sys.stdout
    for page in _pages(inputs, report):
        records, count = _kept(page, keep)
        if keep and count and not records:
            continue  # the page's articles are all filtered out: not this check's business
        result = check_page(page.source, records, require, ignore)
        pages.append(result)
        if not result.ok:
            report.problem(Cause.CHECK)
        if fmt == "jsonl":
            out.write(_dumps(result.to_dict()) + "\n")
        elif fmt == "text" and not is_terminal(out):
            for found in result.problems:
                # "FILE: problem" for the page or its first article, "FILE #2: problem" for the second
                where = page.source if (found["article"] or 1) == 1 else f"{page.source} #{found['article']}"
                out.write(f"{safe(where)}: {safe(found['problem'])}\n")
    if fmt == "json":
        out.write(_dumps([page.to_dict() for page in pages], indent=2) + "\n")
    bad = sum(1 for page in pages if not page.ok)
    if fmt == "text":
        if is_terminal(out) and bad:
            _check_table(pages, no_color)
        note(f"checked {len(pages)} page{'s' if len(pages) != 1 else ''}: "
             + (f"{bad} with problems" if bad else "no problems"))
    out.flush()
    sys.exit(report.status)


def _check_table(pages: List[Any], no_color: bool) -> None:
    from rich.table import Table
    from rich.text import Text

    from tasscli.cli.view import make_console

    table = Table(title="Pages with problems", title_justify="left", show_lines=False)
    table.add_column("page", overflow="fold")
    table.add_column("article", justify="right")
    table.add_column("problem", overflow="fold")
    for page in pages:
        for found in page.problems:
            article = "" if found["article"] is None else str(found["article"])
            table.add_row(Text(safe(page.source)), article, Text(safe(found["problem"]), style="yellow"))
    make_console(no_color=no_color).print(table)


# --- stats -----------------------------------------------------------------------------------------

@click.command()
@input_options
@selection_options
@click.option("--format", "fmt", type=click.Choice(["table", "json", "jsonl"]), default="table",
              show_default=True,
              help="table: rich tables; json: one indented object; jsonl: the same object on one line.")
@click.option("--top", type=click.IntRange(min=1), default=20, show_default=True,
              help="Rows shown per agency and section table (JSON always has all of them).")
@NO_COLOR
def stats(inputs: Inputs, keep: RecordFilter, fmt: str, top: int, no_color: bool) -> None:
    """Count pages and articles by agency, section and year-month, and show field coverage
    (the share of pages on which each field was found).

    With filters (--agency, --section, ...), only the articles that pass them are counted, and
    only pages with one.

    \b
    Examples:
      tasscli stats pages/*.txt
      tasscli stats --format json pages/*.txt | jq .coverage.published.share
    """
    from tasscli.batch.stats import Stats

    result = Stats()
    report = Report()
    for page in _pages(inputs, report):
        records, count = _kept(page, keep)
        if keep and count and not records:
            continue
        result.add_page(records)
    result.unreadable = report.failed_pages
    if fmt == "json":
        click.echo(_dumps(result.to_dict(), indent=2))
    elif fmt == "jsonl":
        click.echo(_dumps(result.to_dict()))
    else:
        _stats_tables(result, top, no_color)
    sys.exit(report.status)


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

