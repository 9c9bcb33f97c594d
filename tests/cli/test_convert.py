"""`tasscli convert` (and `parse` on the same inputs) through click's CliRunner.

The inputs are built in a temporary folder from small invented pages: a folder tree, a .zip, a
.tar.gz, a gzip file, a file of 50 concatenated pages and a corrupt archive. The tests check what the
pipeline promises (counts, sources, order, errors, files written), not parse quality.
"""
from __future__ import annotations

import csv
import gzip
import io
import json
import os
import re
import tarfile
import zipfile
from pathlib import Path
from typing import Any, Dict, List

import pytest
from click.testing import CliRunner
from pages import page

from tasscli.batch.pipeline import Engine, Report, run_pages
from tasscli.cli.main import main
from tasscli.io.readers import read_inputs

SUMMARY = re.compile(r"^tasscli: (?:interrupted: )?(\d+) files?, (\d+) pages?, (\d+) articles?, (\d+) errors?, "
                     r"[\d.]+ s, [\d.]+ pages/s")




TREE = {  # relative name -> page number
    "pages/top.txt": 0,
    "pages/a/one.txt": 1,
    "pages/a/two.txt": 2,
    "pages/b/c/three.txt": 3,
    "pages/b/four.txt": 4,
}
TREE_ORDER = ["pages/top.txt", "pages/a/one.txt", "pages/a/two.txt", "pages/b/four.txt",
              "pages/b/c/three.txt"]


@pytest.fixture()
def inputs(tmp_path, monkeypatch) -> Path:
    """Build every kind of input in tmp_path and work from there (so sources are short)."""
    monkeypatch.chdir(tmp_path)
    for name, number in TREE.items():
        Path(name).parent.mkdir(parents=True, exist_ok=True)
        Path(name).write_text(page(number), encoding="utf-8")
    Path("pages/a/.hidden.txt").write_text(page(9), encoding="utf-8")
    Path("pages/b/readme.md").write_text("not a page", encoding="utf-8")
    with zipfile.ZipFile("pages.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        for name in TREE_ORDER:
            archive.write(name, name[len("pages/"):])
    with tarfile.open("pages.tar.gz", "w:gz") as archive:
        for name in TREE_ORDER:
            archive.add(name, name[len("pages/"):])
    Path("one.txt.gz").write_bytes(gzip.compress(page(7).encode()))
    Path("many.txt").write_text("".join(page(100 + i) for i in range(50)), encoding="utf-8")
    Path("broken.zip").write_bytes(b"PK\x03\x04 this archive was cut short")
    return tmp_path


def convert(*args: str) -> Any:
    return CliRunner().invoke(main, ["convert", "--jobs", "1", *args], catch_exceptions=False)


def jsonl(path: str) -> List[Dict[str, Any]]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def summary(result: Any) -> re.Match:
    line = result.stderr.strip().splitlines()[-1]
    found = SUMMARY.match(line)
    assert found, line
    return found


def no_temp_files(root: Path) -> bool:
    return not [name for name in os.listdir(root) if name.endswith(".tmp")] and not list(root.rglob(".*.tmp"))


# --- every kind of input ---------------------------------------------------------------------------

EXPECTED_SOURCES = {
    "pages": TREE_ORDER,
    "pages.zip": [f"pages.zip!{name[len('pages/'):]}" for name in TREE_ORDER],
    "pages.tar.gz": [f"pages.tar.gz!{name[len('pages/'):]}" for name in TREE_ORDER],
    "one.txt.gz": ["one.txt.gz"],
    "many.txt": [f"many.txt#{n}" for n in range(1, 51)],
}


@pytest.mark.parametrize("name", sorted(EXPECTED_SOURCES))
def test_each_input_converts_with_its_sources(inputs, name):
    result = convert(name, "-o", "out.jsonl")
    assert result.exit_code == 0, result.output
    records = jsonl("out.jsonl")
    seen = list(dict.fromkeys(record["source"] for record in records))  # first appearances, in order
    assert seen == EXPECTED_SOURCES[name]
    assert [record["source"] for record in records] == sorted((record["source"] for record in records),
                                                              key=seen.index)  # a page's records together
    files, pages, articles, errors = map(int, summary(result).groups())
    assert (pages, articles, errors) == (len(EXPECTED_SOURCES[name]), len(records), 0)
    assert files == (1 if name == "many.txt" else len(EXPECTED_SOURCES[name]))
    assert no_temp_files(inputs)


def parse_alone(path: str, text: str = None) -> List[Dict[str, Any]]:
    """Records of one page file parsed on its own by `tasscli parse`, without `source`."""
    if text is not None:
        Path(path).write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["parse", "--format", "jsonl", path], catch_exceptions=False)
    assert result.exit_code == 0
    return [{k: v for k, v in json.loads(line).items() if k != "source"} for line in result.stdout.splitlines()]


def by_source(records: List[Dict[str, Any]]) -> Dict[str, List[Dict[str, Any]]]:
    grouped: Dict[str, List[Dict[str, Any]]] = {}
    for record in records:
        grouped.setdefault(record.pop("source"), []).append(record)
    return grouped


def test_same_records_as_parsing_the_pages_one_by_one(inputs):
    result = convert("pages", "pages.zip", "pages.tar.gz", "one.txt.gz", "many.txt", "-o", "all.jsonl")
    assert result.exit_code == 0
    got = by_source(jsonl("all.jsonl"))
    expected: Dict[str, List[Dict[str, Any]]] = {}
    for name in TREE_ORDER:
        alone = parse_alone(name)
        inner = name[len("pages/"):]
        expected[name] = expected[f"pages.zip!{inner}"] = expected[f"pages.tar.gz!{inner}"] = alone
    expected["one.txt.gz"] = parse_alone("alone.txt", page(7))
    for n in range(50):
        expected[f"many.txt#{n + 1}"] = parse_alone("alone.txt", page(100 + n))
    assert got == {source: records for source, records in expected.items() if records}
    assert list(got) == [source for source in [*TREE_ORDER, *EXPECTED_SOURCES["pages.zip"],
                                               *EXPECTED_SOURCES["pages.tar.gz"], "one.txt.gz",
                                               *EXPECTED_SOURCES["many.txt"]] if expected[source]]


def test_corrupt_archive_is_reported_and_the_others_still_convert(inputs):
    result = convert("pages.zip", "broken.zip", "many.txt", "-o", "out.jsonl", "--errors", "errors.jsonl")
    assert result.exit_code == 1
    error_lines = [line for line in result.stderr.splitlines() if not SUMMARY.match(line)]
    assert len(error_lines) == 1
    assert error_lines[0].startswith("tasscli: broken.zip: ") and "Traceback" not in result.stderr
    sources = {record["source"] for record in jsonl("out.jsonl")}
    assert sources >= {"pages.zip!top.txt", "many.txt#50"}
    assert jsonl("errors.jsonl") == [{"source": "broken.zip", "error": error_lines[0][len("tasscli: broken.zip: "):]}]
    files, pages, articles, errors = map(int, summary(result).groups())
    assert (pages, errors) == (5 + 1 + 50, 1)


def test_errors_file_lists_every_failed_page(inputs):
    Path("bin.txt").write_bytes(bytes(range(256)) * 10)
    with zipfile.ZipFile("crc.zip", "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("good.txt", page(0))
        archive.writestr("bad.txt", page(1))
    raw = bytearray(Path("crc.zip").read_bytes())
    raw[raw.find(b"River port plan 1")] = ord("X")
    Path("crc.zip").write_bytes(bytes(raw))
    result = convert("bin.txt", "crc.zip", "missing.txt", "pages", "-o", "out.jsonl", "--errors", "errors.jsonl")
    assert result.exit_code == 1
    errors = jsonl("errors.jsonl")
    assert [error["source"] for error in errors] == ["bin.txt", "crc.zip!bad.txt", "missing.txt"]
    assert all(set(error) == {"source", "error"} and error["error"] for error in errors)
    stderr_errors = [line for line in result.stderr.splitlines() if not SUMMARY.match(line)]
    assert stderr_errors == [f"tasscli: {error['source']}: {error['error']}" for error in errors]


def test_errors_file_is_written_and_empty_when_nothing_failed(inputs):
    assert convert("pages", "-o", "out.jsonl", "--errors", "errors.jsonl").exit_code == 0
    assert Path("errors.jsonl").read_text() == ""


# --- the counting rule -----------------------------------------------------------------------------


def test_pages_in_equal_pages_parsed_plus_pages_failed(inputs):
    Path("blank.txt").write_text("\n\n", encoding="utf-8")  # one page that may give no article
    names = ["pages", "pages.zip", "broken.zip", "pages.tar.gz", "one.txt.gz", "missing.txt", "many.txt",
             "blank.txt"]
    pages_in = 5 + 5 + 1 + 5 + 1 + 1 + 50 + 1

    report = Report()
    with Engine(1) as engine:
        outcomes = list(run_pages(read_inputs(names), engine, report))
    report.check()
    assert report.pages == len(outcomes) == pages_in
    assert report.failed_pages == 2 and report.parsed == pages_in - 2
    assert report.articles == sum(len(outcome.records or ()) for outcome in outcomes)
    assert report.with_records == len({outcome.source for outcome in outcomes if outcome.records})

    result = convert(*names, "-o", "out.jsonl", "--errors", "errors.jsonl")
    assert result.exit_code == 1
    records = jsonl("out.jsonl")
    errors = jsonl("errors.jsonl")
    files, pages, articles, failed = map(int, summary(result).groups())
    assert pages == pages_in and failed == len(errors) == 2 and articles == len(records)
    with_records = len({record["source"] for record in records})
    assert with_records + report.empty + len(errors) == pages_in


# --- outputs ---------------------------------------------------------------------------------------


def test_json_and_csv_outputs(inputs):
    assert convert("pages", "-o", "out.json").exit_code == 0
    array = json.loads(Path("out.json").read_text(encoding="utf-8"))
    assert [record["source"] for record in array][:1] == ["pages/top.txt"]
    assert convert("pages", "-o", "out.csv", "--fields", "source,headline").exit_code == 0
    with open("out.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["source", "headline"] and rows[1][0] == "pages/top.txt"
    assert len(rows) == 1 + len(array)


def test_standard_output_with_format(inputs):
    result = convert("many.txt", "-o", "-", "--format", "json", "--fields", "source")
    assert result.exit_code == 0
    assert [record["source"] for record in json.loads(result.stdout)][:2] == ["many.txt#1", "many.txt#2"]
    result = convert("one.txt.gz", "-o", "-", "--quiet")
    assert [json.loads(line)["source"] for line in result.stdout.splitlines()] == ["one.txt.gz"]
    assert result.stderr == ""


@pytest.mark.parametrize("args, message", [
    (["-o", "out.csv", "--format", "json"], "ends in .csv but --format is json"),
    (["-o", "out.txt"], "cannot tell what to write"),
    (["-o", "outdir/", "--format", "csv"], "is a folder"),
    (["-o", "out.jsonl", "--fields", "nope"], "unknown field"),
    (["-o", "out.jsonl", "--jobs", "0"], "--jobs"),
])
def test_usage_errors_exit_2(inputs, args, message):
    result = convert("pages", *args)
    assert result.exit_code == 2
    assert message in result.output
    assert not Path("out.csv").exists() and not Path("out.jsonl").exists()


def test_folder_output_mirrors_the_inputs(inputs):
    result = convert("pages", "pages.zip", "pages.tar.gz", "one.txt.gz", "many.txt", "broken.zip", "-o", "out/")
    assert result.exit_code == 1
    written = sorted(str(path.relative_to("out")) for path in Path("out").rglob("*")
                     if path.is_file() and path.name != ".tasscli-manifest")  # --resume's (tasscli.cli.manifest)
    expected = sorted(
        [name[:-4] + ".json" for name in TREE_ORDER]
        + [f"pages.zip/{name[len('pages/'):-4]}.json" for name in TREE_ORDER]
        + [f"pages.tar.gz/{name[len('pages/'):-4]}.json" for name in TREE_ORDER]
        + ["one.json"] + [f"many#{n}.json" for n in range(1, 51)])
    assert written == expected
    one = json.loads(Path("out/pages/a/one.json").read_text(encoding="utf-8"))
    assert isinstance(one, list) and all(record["source"] == "pages/a/one.txt" for record in one)
    assert no_temp_files(inputs / "out")


def test_folder_output_names_are_safe(inputs):
    with zipfile.ZipFile("evil.zip", "w") as archive:
        archive.writestr("../../escape.txt", page(0))
        archive.writestr("/etc/absolute.txt", page(1))
        archive.writestr("ok/we:ird?.txt", page(2))
    result = convert("evil.zip", "-o", "out/")
    assert result.exit_code == 0
    written = sorted(str(path.relative_to(inputs)) for path in inputs.rglob("*.json"))
    assert written == ["out/evil.zip/escape.json", "out/evil.zip/etc/absolute.json", "out/evil.zip/ok/we_ird_.json"]


def test_output_that_cannot_be_written_is_one_line(inputs):
    result = convert("pages", "-o", "no/such/folder/out.jsonl")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0].startswith("tasscli: ") and "Traceback" not in result.stderr


# --- resume ----------------------------------------------------------------------------------------


def test_resume_folder_output_skips_what_is_up_to_date(inputs):
    assert convert("pages", "many.txt", "-o", "out/").exit_code == 0
    past = os.stat("out/pages/top.json").st_mtime - 100
    for name in [*TREE_ORDER, "many.txt"]:
        os.utime(name, (past, past))
    os.utime("pages/a/one.txt", None)  # changed since: converted again
    os.remove("out/pages/b/four.json")  # lost: converted again
    os.remove("out/many#7.json")
    before = {path: path.stat().st_mtime_ns for path in Path("out").rglob("*.json")}
    Path("out/pages/top.json").write_text("[]\n")  # an up-to-date output is left alone
    os.utime("out/pages/top.json", (past + 200, past + 200))
    result = convert("pages", "many.txt", "-o", "out/", "--resume")
    assert result.exit_code == 0
    files, pages, articles, errors = map(int, summary(result).groups())
    assert pages == 3
    assert "52 skipped as up to date" in result.stderr
    assert Path("out/pages/top.json").read_text() == "[]\n"
    assert Path("out/pages/b/four.json").exists() and Path("out/many#7.json").exists()
    assert Path("out/pages/a/one.json").stat().st_mtime_ns > before[Path("out/pages/a/one.json")]


def test_resume_file_output_does_nothing_when_newer_than_every_input(inputs):
    assert convert("pages", "-o", "out.jsonl").exit_code == 0
    past = os.stat("out.jsonl").st_mtime - 100
    for name in TREE_ORDER:
        os.utime(name, (past, past))
    Path("out.jsonl").write_text("kept\n")
    result = convert("pages", "-o", "out.jsonl", "--resume")
    assert result.exit_code == 0 and "nothing to do" in result.stderr
    assert Path("out.jsonl").read_text() == "kept\n"
    os.utime("pages/b/four.txt", None)
    assert convert("pages", "-o", "out.jsonl", "--resume").exit_code == 0
    assert len(jsonl("out.jsonl")) >= 5


# --- encodings -------------------------------------------------------------------------------------

RUSSIAN = ("МОСКВА, 3 июня. /ТАСС/. Президент России заявил о готовности к переговорам с партнёрами "
           "из разных стран мира.\n\nВторой абзац этой новости о переговорах.\n")


def test_encodings_through_the_cli(inputs):
    Path("enc").mkdir()
    Path("enc/a_cp1251.txt").write_bytes((" date 2020-06-03 " + RUSSIAN).encode("cp1251"))
    Path("enc/b_utf16.txt").write_bytes((" date 2020-06-03 " + RUSSIAN).encode("utf-16"))
    Path("enc/c_latin1.txt").write_bytes(
        " date 2020-06-03 PARIS, June 3. /TASS/. The café owner said the résumé was naïve.\n".encode("latin-1"))
    Path("enc/d_broken.txt").write_bytes(page(0).encode() + b"Broken \xff byte \xe2\x80\x94 here.\n")
    Path("enc/e_bom.txt").write_bytes(b"\xef\xbb\xbf" + page(1).encode())
    result = convert("enc", "-o", "out.jsonl")
    assert result.exit_code == 0, result.stderr
    warnings = {record["source"]: record["warnings"] for record in jsonl("out.jsonl")}
    assert "decoded as cp1251" in warnings["enc/a_cp1251.txt"]
    assert "decoded as utf-16" in warnings["enc/b_utf16.txt"]
    assert any(w.startswith("decoded as ") for w in warnings["enc/c_latin1.txt"])
    assert "1 undecodable byte replaced by U+FFFD" in warnings["enc/d_broken.txt"]
    assert not any(w.startswith(("decoded", "1 undecodable")) for w in warnings["enc/e_bom.txt"])
    text = Path("out.jsonl").read_text(encoding="utf-8")
    assert "Президент" in text and "café" in text


# --- display ---------------------------------------------------------------------------------------


def test_summary_line_and_quiet(inputs):
    result = convert("pages", "many.txt", "-o", "out.jsonl")
    assert summary(result).groups()[:2] == ("6", "55")
    assert len(result.stderr.splitlines()) == 1
    assert convert("pages", "-o", "out.jsonl", "--quiet").stderr == ""


def test_progress_display_on_a_terminal(inputs, monkeypatch):
    monkeypatch.setattr("tasscli.cli.convert.is_terminal", lambda stream: True)
    result = convert("pages", "pages.zip", "-o", "out.jsonl")
    assert result.exit_code == 0
    assert summary(result)
    assert len({record["source"] for record in jsonl("out.jsonl")}) == 10


def test_rich_progress_object_counts(inputs):
    from tasscli.batch.progress import make_progress

    stream = io.StringIO()
    report = Report(files=3, pages=10, articles=9, failed_pages=1)
    with make_progress(True, stream) as progress:
        progress.set_total(5)
        progress.update(report, force=True)
    assert make_progress(False, stream).__class__.__name__ == "NullProgress"


# --- parse shares the inputs -----------------------------------------------------------------------


def test_parse_reads_folders_and_archives(inputs):
    result = CliRunner().invoke(main, ["parse", "--format", "jsonl", "--fields", "source", "pages.tar.gz",
                                       "many.txt", "broken.zip"])
    assert result.exit_code == 1
    sources = [json.loads(line)["source"] for line in result.stdout.splitlines()]
    assert sources[:5] == EXPECTED_SOURCES["pages.tar.gz"] and sources[-1] == "many.txt#50"
    assert result.stderr.startswith("tasscli: broken.zip: ")
    result = CliRunner().invoke(main, ["parse", "--format", "jsonl", "--glob", "t*.txt", "pages"])
    assert [json.loads(line)["source"] for line in result.stdout.splitlines()] == \
        ["pages/top.txt", "pages/a/two.txt", "pages/b/c/three.txt"]


def test_convert_help_has_examples():
    result = CliRunner().invoke(main, ["convert", "--help"])
    assert result.exit_code == 0
    for text in ["Examples:", "tasscli convert pages/ -o articles.jsonl", "--glob", "--jobs", "--resume",
                 "--errors", "--quiet", "--format"]:
        assert text in result.output


def test_standard_input_is_split_and_named(inputs):
    result = CliRunner().invoke(main, ["convert", "-", "-o", "-", "--fields", "source", "--quiet"],
                                input=(page(0) + page(1)).encode())
    assert result.exit_code == 0
    assert [json.loads(line)["source"] for line in result.stdout.splitlines()] == ["-#1", "-#2"]
    result = CliRunner().invoke(main, ["convert", "-", "-o", "out/", "--quiet"], input=page(0).encode())
    assert result.exit_code == 0 and Path("out/stdin.json").exists()


@pytest.mark.skipif(not os.path.exists("/dev/null"), reason="no /dev/null here")
def test_output_to_a_device_is_written_straight(inputs):
    import stat

    result = convert("pages", "-o", "/dev/null", "--format", "jsonl", "--quiet")
    assert result.exit_code == 0
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)  # not replaced by a regular file
