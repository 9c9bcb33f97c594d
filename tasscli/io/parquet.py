"""Parquet output (`-o out.parquet`, `--format parquet`) through pyarrow, an optional extra:
`pip install 'tasscli[parquet]'`. Registered in `tasscli.io.writers.WRITERS`; imported only when asked.

The columns are the record's fields, in order, then two made from `published`:

- `source`, `headline`, `lead`, `section`, `section_slug`, `published_text`, `byline`, `agency`:
  strings, as in JSON;
- `published`: a string, exactly as in JSON: `2017-06-03T19:06:00+03:00`, `2017-06-03` (a day
  only), `2019-03-12T14:35:00` (a local time whose zone the page did not print), or null;
- `dateline`: a struct of strings (`place`, `region`, `date`, `agency`, `text`, `place_name`), or null;
- `body`, `credits`, `captions`, `notes`, `warnings`: lists of strings, never null;
- `published_utc`: a timestamp (microseconds, UTC): the instant, when `published` has a time and
  an offset; else null;
- `published_date`: a date: the day of `published` as printed (local), whenever there is one.

Why `published` stays a string: one timestamp column cannot hold all three forms without loss (a
day is not an instant, and a local time has no offset to put it in UTC), and a UTC timestamp drops
the offset the page printed. So the record's own value is kept, and the typed columns beside it
are for queries: `WHERE published_utc >= TIMESTAMPTZ '2018-01-01 00:00:00+00'`, `GROUP BY
published_date`. Reading the file back and leaving out the two derived columns gives the JSON
records exactly (`tests/io/test_parquet.py`).

Memory stays flat: records are held column by column and written as a row group every
`ROW_GROUP_ROWS` records or `ROW_GROUP_CHARS` characters of text, whichever comes first.
"""
from __future__ import annotations

from datetime import date, datetime, timezone
from typing import IO, Any, Dict, List, Optional, Tuple

from tasscli.errors import Cause, ExitStatus, TasscliError
from tasscli.record import FIELDS

EXTRA = "pip install 'tasscli[parquet]'"
#: A row group ends after this many records or characters of text (body, headline, lead), whichever first.
ROW_GROUP_ROWS = 4096
ROW_GROUP_CHARS = 4 * 1024 * 1024

LIST_FIELDS = ("body", "credits", "captions", "notes", "warnings")
DATELINE_FIELDS = ("place", "region", "date", "agency", "text", "place_name")
DERIVED = ("published_utc", "published_date")


class ParquetUnavailable(TasscliError):
    """pyarrow is not installed: one line naming the extra; the output cannot be written (status 1)."""

    cause = Cause.OUTPUT

    def __init__(self, detail: str) -> None:
        super().__init__(f"Parquet output needs pyarrow, which is not installed ({detail}): {EXTRA}")


class BinaryToTerminal(TasscliError):
    """Parquet asked for on a terminal: a usage error (status 2), as nothing readable could be shown."""

    status = ExitStatus.USAGE


def _pyarrow() -> Tuple[Any, Any]:
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError as exc:
        raise ParquetUnavailable(str(exc)) from None
    return pyarrow, pyarrow.parquet


def columns(fields: Optional[List[str]] = None) -> List[str]:
    """The file's columns for records of `fields` (all of them when None), derived ones last."""
    names = list(fields or FIELDS)
    return names + (list(DERIVED) if "published" in names else [])


def schema(fields: Optional[List[str]] = None) -> Any:
    """The pyarrow schema of the file (see the module docstring)."""
    pa, _ = _pyarrow()
    text = pa.string()
    types = {name: text for name in FIELDS}
    types.update({name: pa.list_(text) for name in LIST_FIELDS})
    types["dateline"] = pa.struct([(name, text) for name in DATELINE_FIELDS])
    types["published_utc"] = pa.timestamp("us", tz="UTC")
    types["published_date"] = pa.date32()
    return pa.schema([(name, types[name]) for name in columns(fields)])


def published_values(published: Optional[str]) -> Tuple[Optional[datetime], Optional[date]]:
    """(the instant in UTC or None, the day or None) of a record's `published`."""
    if not published:
        return None, None
    try:
        moment = datetime.fromisoformat(published)
    except ValueError:
        return None, None
    day = moment.date()
    if moment.tzinfo is None:  # a day alone, or a local time whose zone the page did not print
        return None, day
    try:
        return moment.astimezone(timezone.utc), day
    except (OverflowError, ValueError):  # year 1 or 9999 pushed past the calendar by the offset
        return None, day


def _clean(value: Any) -> Any:
    """A string with a lone surrogate (possible only from Python callers' text) as Parquet can hold
    it: each surrogate written `\\udXXX`. Other values as they are."""
    if isinstance(value, str):
        return value.encode("utf-8", "backslashreplace").decode("utf-8")
    if isinstance(value, list):
        return [_clean(item) for item in value]
    if isinstance(value, dict):
        return {key: _clean(item) for key, item in value.items()}
    return value


class ParquetWriter:
    """Records into one Parquet file on `stream`'s binary buffer (a file `open()`ed for text, as
    `convert` opens its output, or standard output when it is not a terminal)."""

    def __init__(self, stream: IO[str], fields: Optional[List[str]] = None) -> None:
        pa, pq = _pyarrow()
        if _isatty(stream):
            raise BinaryToTerminal("Parquet is binary: not written to a terminal; use -o FILE.parquet "
                                   "or redirect standard output")
        self.stream = stream
        self.fields = list(fields or FIELDS)
        self.count = 0
        self._pa = pa
        self._schema = schema(self.fields)
        self._derive = "published" in self.fields
        self._columns: Dict[str, List[Any]] = {name: [] for name in self._schema.names}
        self._rows = 0
        self._chars = 0
        stream.flush()
        self._writer = pq.ParquetWriter(_Binary(getattr(stream, "buffer", stream)), self._schema,
                                        compression="snappy")

    def write(self, record: Dict[str, Any]) -> None:
        columns = self._columns
        for name in self.fields:
            columns[name].append(record.get(name))
        if self._derive:
            utc, day = published_values(record.get("published"))
            columns["published_utc"].append(utc)
            columns["published_date"].append(day)
        self.count += 1
        self._rows += 1
        self._chars += sum(map(len, record.get("body") or ())) + len(record.get("headline") or "") + \
            len(record.get("lead") or "")
        if self._rows >= ROW_GROUP_ROWS or self._chars >= ROW_GROUP_CHARS:
            self._flush()

    def _flush(self) -> None:
        if not self._rows:
            return
        self._writer.write_batch(self._batch(), row_group_size=self._rows)
        for values in self._columns.values():
            values.clear()
        self._rows = self._chars = 0

    def _batch(self) -> Any:
        pa = self._pa
        arrays = []
        for field in self._schema:
            values = self._columns[field.name]
            try:
                arrays.append(pa.array(values, type=field.type))
            except UnicodeEncodeError:
                arrays.append(pa.array([_clean(value) for value in values], type=field.type))
        return pa.RecordBatch.from_arrays(arrays, schema=self._schema)

    def close(self) -> None:
        """Write what is held and the file's footer, then flush (the stream stays open)."""
        self._flush()
        self._writer.close()
        self.stream.flush()


class _Binary:
    """The binary stream under the output, as pyarrow writes it. Once the output is closed (a run
    stopped by Ctrl-C or an error: the sink removed the temporary file), pyarrow's own last write at
    garbage collection goes nowhere, instead of printing "Exception ignored ... I/O operation on
    closed file" after the one error line."""

    def __init__(self, raw: Any) -> None:
        self.raw = raw
        self.position = 0

    @property
    def closed(self) -> bool:
        return False

    def write(self, data: Any) -> int:
        if self.raw.closed:
            return len(data)
        written = self.raw.write(data)
        self.position += len(data)
        return written if written is not None else len(data)

    def flush(self) -> None:
        if not self.raw.closed:
            self.raw.flush()

    def tell(self) -> int:
        return self.position

    def close(self) -> None:  # the stream belongs to the caller: flushed, never closed here
        self.flush()


def _isatty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


__all__ = ["DERIVED", "EXTRA", "ParquetUnavailable", "ParquetWriter", "columns", "published_values", "schema"]
