"""CSV that a spreadsheet cannot run (issue 7, section 6): with --excel-safe, a cell that begins
as a formula does (=, +, -, @, tab, carriage return) gets a leading apostrophe; without it, cells are
written as they are; the option is refused for any format but CSV.
"""
from __future__ import annotations

import csv
import io

import pytest
from hostile import HEADLINE, PAGE, cli, write

from tasscli.io.writers import CsvWriter, defuse_formula

#: A formula the parser keeps as a headline: words enough for one ("=1+1" is not one).
FORMULA_HEADLINE = "=HYPERLINK(\"http://evil.example\",\"Click here to read the whole story\")"
FORMULAS = ["=HYPERLINK(\"http://evil.example\",\"x\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(1+1)",
            "\tTAB", "\rCR"]


def _csv_rows(record, excel_safe):
    stream = io.StringIO()
    writer = CsvWriter(stream, None, excel_safe=excel_safe)
    writer.write(record)
    writer.close()
    return list(csv.DictReader(io.StringIO(stream.getvalue(), newline="")))


@pytest.mark.parametrize("cell", FORMULAS)
def test_excel_safe_prefixes_formula_cells(cell):
    record = {"source": "p.txt", "headline": cell, "body": [cell, "second"], "dateline": {"place": cell}}
    row = _csv_rows(record, excel_safe=True)[0]
    assert row["headline"] == "'" + cell
    assert row["body"] == "'" + cell + "\nsecond"  # the cell begins with it: the whole cell
    assert row["dateline_place"] == "'" + cell
    assert row["source"] == "p.txt"


def test_excel_safe_off_by_default():
    record = {"source": "p.txt", "headline": FORMULAS[0], "body": ["-2+3"]}
    row = _csv_rows(record, excel_safe=False)[0]
    assert row["headline"] == FORMULAS[0] and row["body"] == "-2+3"
    assert defuse_formula(None) is None and defuse_formula("plain") == "plain"
    assert defuse_formula("a=1") == "a=1"  # only the first character counts


def test_excel_safe_cli(tmp_path):
    page = PAGE.replace(HEADLINE, FORMULA_HEADLINE)
    path = write(tmp_path / "formula.txt", page)
    plain = cli("parse", "--format", "csv", path)
    safe = cli("parse", "--format", "csv", "--excel-safe", path)
    assert plain.exit_code == 0 and safe.exit_code == 0
    plain_row = next(csv.DictReader(io.StringIO(plain.stdout, newline="")))
    safe_row = next(csv.DictReader(io.StringIO(safe.stdout, newline="")))
    assert plain_row["headline"].startswith("=HYPERLINK")
    assert safe_row["headline"] == "'" + plain_row["headline"]
    refused = cli("parse", "--excel-safe", "--format", "jsonl", path)
    assert refused.exit_code == 2 and "--excel-safe" in refused.output
    assert "--excel-safe" in cli("parse", "--help").output


def test_excel_safe_convert(tmp_path):
    formula = FORMULA_HEADLINE
    path = write(tmp_path / "formula.txt", PAGE.replace(HEADLINE, formula))
    result = cli("convert", path, "-o", tmp_path / "out.csv", "--excel-safe", "-q")
    assert result.exit_code == 0, result.output
    row = next(csv.DictReader(io.StringIO((tmp_path / "out.csv").read_text(), newline="")))
    assert row["headline"] == "'" + formula
    # The same option as parse's, refused the same way for anything but CSV.
    refused = cli("convert", path, "-o", tmp_path / "out.jsonl", "--excel-safe", "-q")
    assert refused.exit_code == 2 and "--excel-safe applies only to --format csv" in refused.output
    assert not (tmp_path / "out.jsonl").exists()
    assert "--excel-safe" in cli("convert", "--help").output
