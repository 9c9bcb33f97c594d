"""Output writers, one class per format, found through `WRITERS`.

Every writer takes record dicts (already cut to the chosen fields, in order) one at a time, so
output streams: nothing holds the whole batch.

CSV layout: the dateline object becomes the columns `dateline_place`, `dateline_region`,
`dateline_date`, `dateline_agency`, `dateline_text` (and `dateline_place_name`); a list (body,
credits, captions, notes, warnings) is one cell with its items joined by a line feed. No item ever
holds a line feed, so `cell.split("\\n")` gives the list back (an empty cell is an empty list).
"""
from __future__ import annotations

import json
from typing import IO, Any, Callable, Dict, List, Optional

LIST_SEPARATOR = "\n"

#: The records a writer encodes with json before it loads orjson: loading orjson costs a run about
#: 1M instructions (its library, and what it imports that tasscli has not), and json about 85K more
#: than orjson a record of 1.3 KB; a one-page `tasscli parse` (shell loops, issue 6) prints one or
#: a few. Both give the same bytes.
JSON_FIRST = 16

_orjson: Any = None  # the orjson module once loaded; False where it is not installed


def json_dumps(record: Dict[str, Any]) -> str:
    """One record as compact JSON (no spaces after `,` and `:`), non-ASCII text kept as it is."""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def _load_orjson() -> Any:
    global _orjson
    if _orjson is None:
        try:
            import orjson
        except ImportError:  # a platform without an orjson wheel: json does the same, slower
            orjson = False
        _orjson = orjson
    return _orjson


def dumps(record: Dict[str, Any]) -> str:
    """`json_dumps(record)`, by orjson where it is installed.

    orjson encodes a record about ten times faster than json, which showed in the profile of a
    batch (issue 6); json gives the same bytes where orjson is missing or refuses a value
    (a lone surrogate, an integer beyond 64 bits).
    """
    orjson = _orjson if _orjson is not None else _load_orjson()
    if orjson:
        try:
            return orjson.dumps(record).decode("utf-8")
        except TypeError:  # orjson.JSONEncodeError
            pass
    return json_dumps(record)


def ascii_dumps(record: Dict[str, Any]) -> str:
    """One record as compact JSON with every non-ASCII character escaped (`\\u0436`): the same
    data, for a stream that cannot take UTF-8."""
    return json.dumps(record, ensure_ascii=True, separators=(",", ":"))


def takes_unicode(stream: IO[str]) -> bool:
    """Can `stream` encode any text? False for an ASCII or Latin-1 standard output
    (`PYTHONIOENCODING=ascii`, `LC_ALL=POSIX` with `PYTHONUTF8=0`)."""
    encoding = getattr(stream, "encoding", None)
    if not isinstance(encoding, str):
        return True
    import codecs

    try:
        return codecs.lookup(encoding).name.startswith(("utf-8", "utf-16", "utf-32", "gb18030"))
    except LookupError:
        return True


class Writer:
    """Base: `write` each record, then `close` once (which ends the document, not the stream).
    JSON goes out escaped to ASCII on a stream that cannot take every character."""

    def __init__(self, stream: IO[str], fields: Optional[List[str]] = None) -> None:
        self.stream = stream
        self.fields = fields
        self.count = 0
        self.dumps = json_dumps if takes_unicode(stream) else ascii_dumps

    def encode(self, record: Dict[str, Any]) -> str:
        """`record` as JSON: by json for the first JSON_FIRST records, then by `dumps`."""
        if self.count == JSON_FIRST and self.dumps is json_dumps:
            self.dumps = dumps
        return self.dumps(record)

    def write(self, record: Dict[str, Any]) -> None:
        raise NotImplementedError

    def close(self) -> None:
        self.stream.flush()


class JsonLinesWriter(Writer):
    def write(self, record: Dict[str, Any]) -> None:
        self.stream.write(self.encode(record) + "\n")
        self.count += 1


class JsonWriter(Writer):
    """One JSON array, written item by item; an empty batch still gives `[]`."""

    def write(self, record: Dict[str, Any]) -> None:
        self.stream.write(("[\n" if self.count == 0 else ",\n") + self.encode(record))
        self.count += 1

    def close(self) -> None:
        self.stream.write("[]\n" if self.count == 0 else "\n]\n")
        super().close()


def flatten(record: Dict[str, Any]) -> Dict[str, Any]:
    """The CSV view of a record: nested dateline spread into columns, lists joined."""
    flat: Dict[str, Any] = {}
    for key, value in record.items():
        if key == "dateline":
            for sub in DATELINE_COLUMNS:
                flat[f"dateline_{sub}"] = (value or {}).get(sub)
        elif isinstance(value, list):
            flat[key] = LIST_SEPARATOR.join(str(item) for item in value)
        else:
            flat[key] = value
    return flat


DATELINE_COLUMNS = ("place", "region", "date", "agency", "text", "place_name")


#: What a spreadsheet may read as the start of a formula (OWASP, "CSV Injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def defuse_formula(value: Any) -> Any:
    """A cell that a spreadsheet would run as a formula, made text by a leading `'`."""
    return "'" + value if isinstance(value, str) and value.startswith(FORMULA_STARTS) else value


class CsvWriter(Writer):
    """RFC 4180 CSV through the csv module, header row first.

    `excel_safe=True` (`--excel-safe`) prefixes with `'` every cell that begins with `=`, `+`, `-`,
    `@`, a tab or a carriage return, so that a spreadsheet shows it instead of running it (OWASP's
    advice against formula injection). Off by default: the cells then hold the text exactly.
    """

    def __init__(self, stream: IO[str], fields: Optional[List[str]] = None, excel_safe: bool = False) -> None:
        super().__init__(stream, fields)
        self.excel_safe = excel_safe
        self._csv: Any = None  # a csv.DictWriter, made with the first record

    def write(self, record: Dict[str, Any]) -> None:
        flat = flatten(record)
        if self.excel_safe:
            flat = {key: defuse_formula(value) for key, value in flat.items()}
        if self._csv is None:
            import csv

            self._csv = csv.DictWriter(self.stream, fieldnames=list(flat), lineterminator="\r\n")
            self._csv.writeheader()
        self._csv.writerow(flat)
        self.count += 1

    def close(self) -> None:
        if self._csv is None and self.fields:
            # An empty batch still gets its header, so a spreadsheet import sees the columns.
            import csv

            header = flatten({name: None for name in self.fields})
            csv.writer(self.stream, lineterminator="\r\n").writerow(list(header))
        super().close()


def _ninjs_writer(stream: IO[str], fields: Optional[List[str]] = None) -> Any:
    from tasscli.io.ninjs import NinjsWriter  # imported only for --format ninjs

    return NinjsWriter(stream, fields)


def _parquet_writer(stream: IO[str], fields: Optional[List[str]] = None) -> Any:
    from tasscli.io.parquet import ParquetWriter  # pyarrow (the `parquet` extra) only for --format parquet

    return ParquetWriter(stream, fields)


WRITERS: Dict[str, Callable[..., Any]] = {
    "jsonl": JsonLinesWriter,
    "json": JsonWriter,
    "csv": CsvWriter,
    "ninjs": _ninjs_writer,
    "parquet": _parquet_writer,
}


def make_writer(fmt: str, stream: IO[str], fields: Optional[List[str]] = None, excel_safe: bool = False) -> Any:
    """The writer for `--format fmt` (`excel_safe` for CSV: see `CsvWriter`), shared by `parse` and
    `convert`."""
    if fmt == "csv":
        return CsvWriter(stream, fields, excel_safe=excel_safe)
    return WRITERS[fmt](stream, fields)
