"""Output writers, one class per format, found through `WRITERS`.

Every writer takes record dicts (already cut to the chosen fields, in order) one at a time, so
output streams: nothing holds the whole batch.

CSV layout: the dateline object becomes the columns `dateline_place`, `dateline_region`,
`dateline_date`, `dateline_agency`, `dateline_text` (and `dateline_place_name`); a list (body,
credits, captions, notes, warnings) is one cell with its items joined by a line feed. No item ever
holds a line feed, so `cell.split("\\n")` gives the list back (an empty cell is an empty list).
"""
from __future__ import annotations

import csv
import json
from typing import IO, Any, Callable, Dict, Iterable, List, Optional

LIST_SEPARATOR = "\n"


def dumps(record: Dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False)


class Writer:
    """Base: `write` each record, then `close` once (which ends the document, not the stream)."""

    def __init__(self, stream: IO[str], fields: Optional[List[str]] = None) -> None:
        self.stream = stream
        self.fields = fields
        self.count = 0

    def write(self, record: Dict[str, Any]) -> None:
        raise NotImplementedError

    def close(self) -> None:
        self.stream.flush()


class JsonLinesWriter(Writer):
    def write(self, record: Dict[str, Any]) -> None:
        self.stream.write(dumps(record) + "\n")
        self.count += 1


class JsonWriter(Writer):
    """One JSON array, written item by item; an empty batch still gives `[]`."""

    def write(self, record: Dict[str, Any]) -> None:
        self.stream.write(("[\n" if self.count == 0 else ",\n") + dumps(record))
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


class CsvWriter(Writer):
    """RFC 4180 CSV through the csv module, header row first."""

    def __init__(self, stream: IO[str], fields: Optional[List[str]] = None) -> None:
        super().__init__(stream, fields)
        self._csv: Optional[csv.DictWriter] = None

    def write(self, record: Dict[str, Any]) -> None:
        flat = flatten(record)
        if self._csv is None:
            self._csv = csv.DictWriter(self.stream, fieldnames=list(flat), lineterminator="\r\n")
            self._csv.writeheader()
        self._csv.writerow(flat)
        self.count += 1

    def close(self) -> None:
        if self._csv is None and self.fields:
            # An empty batch still gets its header, so a spreadsheet import sees the columns.
            header = flatten({name: None for name in self.fields})
            csv.writer(self.stream, lineterminator="\r\n").writerow(list(header))
        super().close()


WRITERS: Dict[str, Callable[..., Writer]] = {
    "jsonl": JsonLinesWriter,
    "json": JsonWriter,
    "csv": CsvWriter,
}


def write_all(writer: Writer, records: Iterable[Dict[str, Any]]) -> int:
    for record in records:
        writer.write(record)
    writer.close()
    return writer.count
