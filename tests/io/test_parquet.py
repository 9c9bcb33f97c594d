"""Parquet output (`-o out.parquet`, `--format parquet`; issue 20): read back by DuckDB, pyarrow and
pandas, it equals the JSON Lines output; the derived time columns agree with `published`; row
groups keep memory flat; without pyarrow, one line naming the extra and status 1.

The tests that write Parquet skip with a reason when pyarrow (the `parquet` extra) is absent;
DuckDB and pandas are each read where installed (CI installs both)."""
from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any, Dict, List

import pytest
from click.testing import CliRunner
from paths import SAMPLES

from tasscli.cli.main import main
from tasscli.io.parquet import DERIVED, published_values

needs_pyarrow = pytest.mark.skipif(
    __import__("importlib").util.find_spec("pyarrow") is None,
    reason="pyarrow is not installed (the optional extra: pip install '.[parquet]')")


def convert(*args: str) -> Any:
    return CliRunner().invoke(main, ["convert", "--jobs", "1", "-q", *args], catch_exceptions=False)


def jsonl(path: Path) -> List[Dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def pyarrow_rows(path: Path) -> List[Dict[str, Any]]:
    import pyarrow.parquet as pq

    return pq.read_table(path).to_pylist()


def without_derived(rows: List[Dict[str, Any]]) -> List[Dict[str, Any]]:
    return [{key: value for key, value in row.items() if key not in DERIVED} for row in rows]


def both(inputs: List[str], tmp_path: Path, *options: str):
    out_parquet, out_jsonl = tmp_path / "out.parquet", tmp_path / "out.jsonl"
    for out in (out_parquet, out_jsonl):
        result = convert(*inputs, "-o", str(out), *options)
        assert result.exit_code == 0, result.output
    return out_parquet, jsonl(out_jsonl)


def check_derived(rows: List[Dict[str, Any]]) -> None:
    for row in rows:
        published = row["published"]
        utc, day = row["published_utc"], row["published_date"]
        if published is None:
            assert utc is None and day is None
            continue
        assert day == date.fromisoformat(published[:10])
        moment = datetime.fromisoformat(published)
        if moment.tzinfo is None:  # a day only, or a local time the page printed without its zone
            assert utc is None
        else:
            assert utc == moment  # the same instant (aware datetimes compare in UTC)


@needs_pyarrow
def test_parquet_read_back_by_pyarrow_equals_the_jsonl(tmp_path):
    parquet, records = both([str(SAMPLES)], tmp_path)
    rows = pyarrow_rows(parquet)
    assert without_derived(rows) == records
    assert [list(row)[:len(records[0])] for row in rows] == [list(record) for record in records]  # column order
    check_derived(rows)
    shapes = {("date" if len(r["published"]) == 10 else "offset" if r["published_utc"] else "local")
              for r in rows if r["published"]}
    assert shapes == {"date", "offset", "local"}  # the samples hold all three forms


@needs_pyarrow
def test_parquet_read_back_by_duckdb_equals_the_jsonl(tmp_path):
    duckdb = pytest.importorskip("duckdb", reason="duckdb is not installed (CI installs it)")
    parquet, records = both([str(SAMPLES)], tmp_path)
    connection = duckdb.connect()
    cursor = connection.execute(f"SELECT * FROM read_parquet('{parquet}')")
    names = [column[0] for column in cursor.description]
    rows = [dict(zip(names, values)) for values in cursor.fetchall()]
    check_derived(rows)
    assert without_derived(rows) == records
    # the types a query wants: a struct, lists of strings, a timestamp with time zone, a date
    described = connection.execute(f"DESCRIBE SELECT * FROM read_parquet('{parquet}')").fetchall()
    types = {row[0]: row[1] for row in described}
    assert types["dateline"].startswith("STRUCT(place VARCHAR")
    assert types["body"] == "VARCHAR[]" and types["published"] == "VARCHAR"
    assert types["published_utc"] == "TIMESTAMP WITH TIME ZONE" and types["published_date"] == "DATE"


@needs_pyarrow
def test_parquet_read_by_pandas(tmp_path):
    pandas = pytest.importorskip("pandas", reason="pandas is not installed (CI installs it)")
    parquet, records = both([str(SAMPLES)], tmp_path)
    frame = pandas.read_parquet(parquet)
    assert list(frame["source"]) == [r["source"] for r in records]
    assert [list(body) for body in frame["body"]] == [r["body"] for r in records]


@needs_pyarrow
def test_parquet_equals_the_jsonl_on_every_corpus_page(shared, tmp_path):
    inputs = [str(path) for path in sorted((shared / "corpus").iterdir()) if path.is_dir()]
    parquet, records = both(inputs, tmp_path)
    rows = pyarrow_rows(parquet)
    assert without_derived(rows) == records
    check_derived(rows)


@needs_pyarrow
def test_fields_raw_and_format_to_standard_output(tmp_path):
    parquet, records = both([str(SAMPLES)], tmp_path, "--raw", "--fields", "source,dateline,body")
    rows = pyarrow_rows(parquet)
    assert rows == records  # no `published`: no derived columns either
    result = CliRunner().invoke(main, ["parse", "--format", "parquet", "--fields", "source,published",
                                       str(SAMPLES / "tass_fullpage_1.txt")], catch_exceptions=False)
    assert result.exit_code == 0
    import io

    import pyarrow.parquet as pq

    table = pq.read_table(io.BytesIO(result.stdout_bytes))
    assert table.column_names == ["source", "published", "published_utc", "published_date"]
    out = tmp_path / "stdout.parquet"
    done = subprocess.run([sys.executable, "-m", "tasscli", "convert", str(SAMPLES), "-o", "-", "--format",
                           "parquet", "-q", "--jobs", "1"], capture_output=True, timeout=300)
    assert done.returncode == 0, done.stderr
    out.write_bytes(done.stdout)
    assert without_derived(pyarrow_rows(out)) == jsonl_of(tmp_path)


def jsonl_of(tmp_path: Path) -> List[Dict[str, Any]]:
    out = tmp_path / "all.jsonl"
    assert convert(str(SAMPLES), "-o", str(out)).exit_code == 0
    return jsonl(out)


@needs_pyarrow
def test_row_groups_keep_memory_flat(tmp_path, monkeypatch):
    import pyarrow.parquet as pq

    from tasscli.io import parquet as module

    monkeypatch.setattr(module, "ROW_GROUP_ROWS", 10)
    parquet, records = both([str(SAMPLES)], tmp_path)
    metadata = pq.ParquetFile(parquet).metadata
    assert metadata.num_row_groups == -(-len(records) // 10)
    assert without_derived(pyarrow_rows(parquet)) == records
    monkeypatch.setattr(module, "ROW_GROUP_ROWS", 10_000)
    monkeypatch.setattr(module, "ROW_GROUP_CHARS", 5_000)  # a few pages' text
    parquet, records = both([str(SAMPLES)], tmp_path)
    assert pq.ParquetFile(parquet).metadata.num_row_groups > 5
    assert without_derived(pyarrow_rows(parquet)) == records


@needs_pyarrow
def test_an_empty_batch_gives_a_file_with_the_columns_and_no_row(tmp_path):
    out = tmp_path / "out.parquet"
    result = convert(str(tmp_path / "missing.txt"), "-o", str(out), "--fields", "source,headline")
    assert result.exit_code == 1  # the input could not be read; the output is still written, empty
    import pyarrow.parquet as pq

    table = pq.read_table(out)
    assert table.column_names == ["source", "headline"] and table.num_rows == 0


def test_published_values_for_each_form():
    assert published_values(None) == (None, None)
    assert published_values("2017-06-03") == (None, date(2017, 6, 3))
    assert published_values("2019-03-12T14:35:00") == (None, date(2019, 3, 12))
    utc, day = published_values("2017-06-03T01:06:00+03:00")
    assert (utc.isoformat(), day) == ("2017-06-02T22:06:00+00:00", date(2017, 6, 3))  # the printed day
    assert published_values("0001-01-01T01:00:00+05:00") == (None, date(1, 1, 1))  # before year 1 in UTC
    assert published_values("not a date") == (None, None)


def test_without_pyarrow_one_line_naming_the_extra_and_status_1(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # `import pyarrow` now raises ImportError
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    out = tmp_path / "out.parquet"
    result = CliRunner().invoke(main, ["convert", str(SAMPLES), "-o", str(out), "--jobs", "1"])
    assert result.exit_code == 1
    lines = [line for line in result.stderr.splitlines() if "pyarrow" in line]
    assert lines and lines[0].startswith("tasscli: Parquet output needs pyarrow")
    assert lines[0].endswith("pip install 'tasscli[parquet]'")
    assert "Traceback" not in result.output
    assert not out.exists() and list(tmp_path.iterdir()) == []  # no file, no temporary file
    result = CliRunner().invoke(main, ["parse", "--format", "parquet", str(SAMPLES / "tass_fullpage_1.txt")])
    assert result.exit_code == 1 and "pip install 'tasscli[parquet]'" in result.stderr


def test_without_pyarrow_in_a_real_process(tmp_path):
    code = ("import sys; sys.modules['pyarrow'] = None; sys.modules['pyarrow.parquet'] = None; "
            "sys.argv = ['tasscli'] + sys.argv[1:]; from tasscli.cli.main import start; start()")
    out = tmp_path / "out.parquet"
    done = subprocess.run([sys.executable, "-c", code, "convert", str(SAMPLES), "-o", str(out)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 1
    assert done.stderr.splitlines()[0].startswith("tasscli: Parquet output needs pyarrow")
    assert "Traceback" not in done.stderr and not out.exists()


@needs_pyarrow
def test_parquet_refuses_a_terminal_with_status_2(tmp_path):
    import io

    from tasscli.errors import ExitStatus, exit_status
    from tasscli.io.parquet import BinaryToTerminal, ParquetWriter

    class Terminal(io.TextIOWrapper):
        def isatty(self) -> bool:
            return True

    with pytest.raises(BinaryToTerminal) as raised:
        ParquetWriter(Terminal(io.BytesIO()), None)
    assert exit_status(raised.value) == ExitStatus.USAGE == 2
    assert "use -o FILE.parquet" in str(raised.value)


@needs_pyarrow
def test_an_aborted_output_leaves_no_exception_at_garbage_collection(monkeypatch):
    """Ctrl-C or an error closes the output; pyarrow's writer, collected later, must not print
    "Exception ignored ... I/O operation on closed file" after tasscli's one line."""
    import gc
    import io

    from tasscli.io.parquet import ParquetWriter

    raised = []
    monkeypatch.setattr(sys, "unraisablehook", lambda hook: raised.append(hook.exc_value))
    stream = io.TextIOWrapper(io.BytesIO())
    writer = ParquetWriter(stream, None)
    writer.write({"source": "a", "published": None, "body": ["x"]})
    stream.close()  # what AtomicFile.abort does
    del writer
    gc.collect()
    assert raised == []
