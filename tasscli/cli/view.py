"""The terminal view of `tasscli parse`: each article laid out with rich.

Used only when stdout is a terminal and no `--format` was given; this is the one module of the
parse path that imports rich, and only `cli.parse` imports it, lazily.

Every string from a page goes through `tasscli.term.safe` (control characters escaped) and into a
`rich.text.Text`, never through rich markup, so "[bold]" or an escape sequence in a page prints as
the characters it is.
"""
from __future__ import annotations

from typing import IO, Any, Dict, Iterable, List, Optional

from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from tasscli.term import safe

STYLES = {
    "rule": "dim",
    "headline": "bold",
    "missing": "dim italic",
    "key": "dim",
    "lead": "italic",
    "printed": "dim",
    "warning": "yellow",
    "warning_mark": "bold yellow",
}


def make_console(file: Optional[IO[str]] = None, no_color: bool = False, width: Optional[int] = None,
                 record: bool = False, force_terminal: Optional[bool] = None) -> Console:
    """A console that never interprets markup, emoji codes or "highlights" page text.

    `no_color=False` still lets rich honour a non-empty NO_COLOR in the environment.
    """
    return _Console(file=file, no_color=True if no_color else None, width=width, record=record,
                    force_terminal=force_terminal, markup=False, emoji=False, highlight=False)


class _Console(Console):
    def on_broken_pipe(self) -> None:
        """rich exits with status 1 when the reader of stdout goes away; tasscli's guard gives the
        status of the GNU tools (141) for every command."""
        import errno

        raise BrokenPipeError(errno.EPIPE, "Broken pipe")


def _text(value: Any, style: str = "") -> Text:
    return Text(safe(value), style=style)


def _dateline(dateline: Dict[str, Any]) -> Text:
    text = Text()
    place = dateline.get("place_name") or dateline.get("place")
    if place:
        text.append(safe(place))
    if dateline.get("region"):
        text.append(f" ({safe(dateline['region'])})")
    if dateline.get("date"):
        text.append((", " if len(text) else "") + safe(dateline["date"]))
    if dateline.get("agency"):
        text.append((" · " if len(text) else "") + safe(dateline["agency"]))
    if dateline.get("text"):
        if len(text):
            text.append(f"  printed: {safe(dateline['text'])}", style=STYLES["printed"])
        else:
            text.append(safe(dateline["text"]))
    return text


def _metadata(record: Dict[str, Any]) -> Table:
    table = Table.grid(padding=(0, 2))
    table.add_column(style=STYLES["key"], no_wrap=True)
    table.add_column(overflow="fold")

    def row(name: str, value: Optional[Text]) -> None:
        if name not in record:
            return  # a field --fields left out: not shown, never as "—" (which means "not found")
        table.add_row(name, value if value is not None and len(value) else Text("—", STYLES["missing"]))

    def with_printed(value_key: str, printed_key: str, template: str) -> Optional[Text]:
        """The field, with what the page printed for it in a quieter style."""
        if not record.get(value_key):
            return None
        text = _text(record[value_key])
        if record.get(printed_key):
            text.append(template.format(safe(record[printed_key])), style=STYLES["printed"])
        return text

    row("section", with_printed("section", "section_slug", "  {}"))
    row("published", with_printed("published", "published_text", "  printed: {}"))
    dateline = record.get("dateline")
    row("dateline", _dateline(dateline) if isinstance(dateline, dict) else None)
    row("agency", _text(record["agency"]) if record.get("agency") else None)
    if record.get("language"):
        row("language", _text(record["language"]))
    if record.get("byline"):
        row("byline", _text(record["byline"]))
    credits = record.get("credits") or []
    row("credits", Text("\n").join(_text(credit) for credit in credits) if credits else None)
    captions = record.get("captions") or []
    if captions:
        row("captions", Text("\n").join(_text(caption) for caption in captions))
    for name in record:
        if name.startswith("dateline_"):  # CSV column names chosen with --fields
            row(name, _text(record[name]) if record[name] else None)
    return table


def render_record(record: Dict[str, Any], position: str = "") -> RenderableType:
    """One article (a record dict, as `Article.to_dict()` gives it) as a rich renderable."""
    title = _text(record.get("source") or "-")
    if position:
        title.append(f"  {position}")
    parts: List[RenderableType] = [Rule(title, style=STYLES["rule"], align="left")]
    if record.get("headline"):
        parts.append(_text(record["headline"], STYLES["headline"]))
    elif "headline" in record:
        parts.append(Text("(no headline)", STYLES["missing"]))
    metadata = _metadata(record)
    if metadata.row_count:
        parts.append(Padding(metadata, (1, 0, 1, 2)))
    if record.get("lead"):
        parts.append(Padding(_text(record["lead"], STYLES["lead"]), (0, 0, 1, 0)))
    body = record.get("body") or []
    for paragraph in body:
        parts.append(Padding(_text(paragraph), (0, 0, 1, 0)))
    if "body" in record and not body:
        parts.append(Padding(Text("(no body)", STYLES["missing"]), (0, 0, 1, 0)))
    for warning in record.get("warnings") or []:
        line = Text("warning: ", STYLES["warning_mark"])
        line.append(safe(warning), style=STYLES["warning"])
        parts.append(line)
    return Group(*parts)


def show_records(records: Iterable[Dict[str, Any]], console: Optional[Console] = None,
                 no_color: bool = False) -> int:
    """Print each record as it comes (output streams); returns how many were shown."""
    console = console or make_console(no_color=no_color)
    count = 0
    previous: Optional[str] = None
    index = 0
    for record in records:
        source = record.get("source")
        index = index + 1 if count and source == previous else 1
        previous = source
        if count:
            console.print()
        console.print(render_record(record, f"article {index}" if index > 1 else ""))
        count += 1
    return count
