"""Issue 18 (points 4 and 6) and issue 22 (point 4): outputs never collide, never touch an input, and
an output path that cannot be made fails its page alone; --resume, --errors -, standard output
closed or not in UTF-8, broken pipes. Through click's CliRunner and through real processes.
"""
from __future__ import annotations

import gzip
import io
import json
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from pages import page

from tasscli.cli.main import main

TASSCLI = [sys.executable, "-m", "tasscli"]
SUMMARY = re.compile(r"^tasscli: (?:interrupted: )?(\d+) files?, (\d+) pages?, (\d+) articles?, (\d+) errors?",
                     re.M)


def convert(*args):
    return CliRunner().invoke(main, ["convert", *map(str, args)])


def run(args, **kwargs):
    return subprocess.run(TASSCLI + [str(arg) for arg in args], capture_output=True, text=True, timeout=120,
                          **kwargs)


def json_files(folder):
    return sorted(str(path.relative_to(folder)) for path in Path(folder).rglob("*.json"))


def pages_read(stderr):
    return int(SUMMARY.search(stderr).group(2))


def error_lines(stderr):
    return [line for line in stderr.splitlines() if line.startswith("tasscli: ") and not SUMMARY.match(line)]


@pytest.fixture()
def here(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


# --- colliding names ---------------------------------------------------------------------------------


@pytest.fixture()
def colliding(here):
    folder = here / "col"
    (folder / "x").mkdir(parents=True)
    (folder / "a.txt").write_text(page(1))
    (folder / "a.txt.gz").write_bytes(gzip.compress(page(2).encode()))
    (folder / "big.txt").write_text(page(3) + "\n\n" + page(4))
    (folder / "big#2.txt").write_text(page(5))
    (folder / "x!y.txt").write_text(page(6))
    (folder / "x" / "y.txt").write_text(page(7))
    (folder / "c:d.txt").write_text(page(8))
    (folder / "c_d.txt").write_text(page(9))
    (folder / "e.TXT").write_text(page(10))
    (folder / "e.txt").write_text(page(11))
    return folder


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_colliding_names_each_page_gets_its_own_file(colliding, jobs):
    result = convert("col", "-o", "out/", "--errors", "e.jsonl", "--jobs", jobs)
    assert result.exit_code == 0, result.stderr
    written = json_files("out")
    assert len(written) == pages_read(result.stderr) == 11
    assert len({name.casefold() for name in written}) == len(written)  # apart on a case-insensitive disk too
    assert Path("e.jsonl").read_text() == ""
    sources = {json.loads(Path("out", name).read_text())[0]["source"] for name in written}
    assert len(sources) == 11


def test_the_rule_is_a_tilde_number_in_input_order(colliding):
    assert convert("col", "-o", "out/").exit_code == 0
    assert json.loads(Path("out/col/a.json").read_text())[0]["source"] == "col/a.txt"
    assert json.loads(Path("out/col/a~2.json").read_text())[0]["source"] == "col/a.txt.gz"
    assert json.loads(Path("out/col/big#2~2.json").read_text())[0]["source"] in ("col/big#2.txt", "col/big.txt#2")


def test_resume_keeps_to_the_names_the_rule_gave(colliding):
    assert convert("col", "-o", "out/").exit_code == 0
    before = {name: Path("out", name).read_text() for name in json_files("out")}
    again = convert("col", "-o", "out/", "--resume")
    assert again.exit_code == 0 and "11 skipped as up to date" in again.stderr
    later = os.stat("out/col/a~2.json").st_mtime + 10
    os.utime("col/a.txt.gz", (later, later))
    third = convert("col", "-o", "out/", "--resume")
    assert SUMMARY.search(third.stderr).group(2) == "1"
    assert json_files("out") == sorted(before)
    assert {name: Path("out", name).read_text() for name in json_files("out")} == before


def test_a_zip_with_two_members_of_one_name(here):
    with zipfile.ZipFile("two.zip", "w") as archive:
        archive.writestr("p.txt", page(1))
        archive.writestr("p.txt", page(2))
    result = convert("two.zip", "-o", "out/")
    assert result.exit_code == 0, result.stderr
    assert json_files("out") == ["two.zip/p.json", "two.zip/p~2.json"]


def test_names_are_distinct_without_regard_to_case():
    from tasscli.cli.outputs import Names

    names = Names()
    assert [names.take(name) for name in ["a/B.json", "a/b.json", "A/b.json", "a/b~2.json"]] == \
        ["a/B.json", "a/b~2.json", "A/b~3.json", "a/b~2~2.json"]
    assert names.take("a") == "a~2.json"  # a folder's name is taken too


def test_a_name_part_is_cut_by_bytes():
    from tasscli.cli.outputs import fit

    name = fit("\u5b57" * 80 + ".json")
    assert name.endswith(".json") and len(name.encode()) <= 200
    assert fit("\u5b57" * 80 + "1.json") != fit("\u5b57" * 80 + "2.json")


# --- outputs that are inputs -------------------------------------------------------------------------


@pytest.fixture()
def one_page(here):
    Path("page.txt").write_text(page(1))
    return Path("page.txt").read_bytes()


@pytest.mark.parametrize("args", [
    pytest.param(["page.txt", "-o", "page.txt", "--format", "jsonl"], id="output-is-input"),
    pytest.param(["page.txt", "-o", "out.jsonl", "--errors", "page.txt"], id="errors-is-input"),
    pytest.param(["page.txt", "-o", "link.jsonl"], id="hard-link"),
    pytest.param(["page.txt", "-o", "sym.jsonl"], id="symbolic-link"),
    pytest.param(["page.txt", "-o", "out.jsonl", "--errors", "out.jsonl"], id="errors-is-output"),
    pytest.param(["page.txt", "-o", "out.jsonl", "--errors", "./sub/../out.jsonl"], id="errors-is-output-new"),
    pytest.param(["folder", "-o", "folder/"], id="output-folder-is-input-folder"),
])
def test_an_output_that_is_an_input_is_a_usage_error(one_page, args):
    os.link("page.txt", "link.jsonl")
    os.symlink("page.txt", "sym.jsonl")
    Path("sub").mkdir()
    Path("folder").mkdir()
    Path("folder/p.txt").write_text(page(2))
    Path("out.jsonl").write_text("kept\n") if "errors-is-output" == args[-1] else None
    result = run(["convert", *args])
    assert result.returncode == 2, result.stderr
    assert Path("page.txt").read_bytes() == one_page
    assert not Path("folder/p.json").exists()
    assert "Traceback" not in result.stderr


def test_output_folder_inside_the_input_folder_is_not_read(here):
    Path("in").mkdir()
    for number in range(3):
        Path(f"in/p{number}.txt").write_text(page(number))
    for _ in range(2):
        result = convert("in", "-o", "in/out/", "--glob", "*")
        assert result.exit_code == 0, result.stderr
        assert pages_read(result.stderr) == 3
    assert json_files("in/out") == ["in/p0.json", "in/p1.json", "in/p2.json"]


def test_output_file_inside_the_input_folder_is_not_read(here):
    Path("in").mkdir()
    Path("in/p.txt").write_text(page(1))
    for _ in range(2):
        result = convert("in", "-o", "in/all.jsonl", "--errors", "in/errors.txt", "--glob", "*")
        assert result.exit_code == 0, result.stderr
        assert pages_read(result.stderr) == 1


# --- output paths that cannot be made ----------------------------------------------------------------


def _zip(name, members):
    with zipfile.ZipFile(name, "w") as archive:
        for member in members:
            archive.writestr(member, page(len(member) % 7))


@pytest.mark.parametrize("members, errors", [
    pytest.param(["d.txt", "d.json/e.txt", "f.txt"], 1, id="file-then-folder"),
    pytest.param(["d.json/e.txt", "d.txt", "f.txt"], 0, id="folder-then-file"),
    pytest.param(["/".join(["abcdefghij"] * 420) + "/x.txt", "f.txt"], 1, id="path-over-4KB"),
    pytest.param(["\u5b57" * 80 + ".txt", "f.txt"], 0, id="cjk-name"),
    pytest.param(["a/" * 1100 + "x.txt", "f.txt"], None, id="1100-folders"),
])
def test_an_output_path_that_cannot_be_made_fails_its_page_alone(here, members, errors):
    _zip("m.zip", members)
    try:
        _check_unmakeable(errors, len(members))
    finally:
        if Path("out").exists():
            _remove_deep("out")


def _check_unmakeable(errors, members):
    result = run(["convert", "m.zip", "-o", "out/", "--errors", "e.jsonl", "--jobs", "1"])
    assert result.returncode in (0, 1), result.stderr
    assert "internal error" not in result.stderr
    failed = Path("e.jsonl").read_text().splitlines()
    written = [path for path in _walk_files("out") if path.endswith(".json")]
    assert len(written) + len(failed) == pages_read(result.stderr) == members
    if errors is not None:
        assert len(failed) == errors
    assert result.returncode == (1 if failed else 0)
    assert all(len(line) < 600 for line in result.stderr.splitlines())  # long paths cut in the middle
    assert not [path for path in _walk_files("out") if path.endswith(".tmp")]


def _walk_files(folder):
    """Every file under `folder`, without recursion (os.walk recurses before Python 3.12)."""
    stack = [folder]
    while stack:
        current = stack.pop()
        for entry in os.scandir(current):
            if entry.is_dir(follow_symlinks=False):
                stack.append(entry.path)
            else:
                yield entry.path


def _remove_deep(folder):
    """Remove a tree too deep for shutil.rmtree's recursion (the 1,100-folder case)."""
    for path in list(_walk_files(folder)):
        os.unlink(path)
    folders = [folder]
    index = 0
    while index < len(folders):
        folders.extend(entry.path for entry in os.scandir(folders[index]) if entry.is_dir(follow_symlinks=False))
        index += 1
    for path in reversed(folders):
        os.rmdir(path)


def test_error_lines_are_short_and_hold_no_repr(here):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("enc.txt", b"secret")
    data = bytearray(buffer.getvalue())
    data[6] |= 1  # the local header's flag: encrypted
    data[data.find(b"PK\x01\x02") + 8] |= 1  # and the central directory's
    Path("enc.zip").write_bytes(bytes(data))
    deep = "/".join(["folder"] * 600) + "/p.txt"  # missing: its error names it
    result = run(["parse", "enc.zip", deep])
    lines = error_lines(result.stderr)
    assert len(lines) == 2 and all(len(line) < 600 for line in lines)
    assert "ZipInfo" not in lines[0] and "enc.txt" in lines[0]
    assert "..." in lines[1] and lines[1].count("folder") < 40


# --- --resume, --errors -, a fatal output error ------------------------------------------------------


@pytest.mark.parametrize("missing", ["gone.txt", "empty/"])
def test_resume_with_a_missing_or_empty_input_is_an_error(here, missing):
    Path("empty").mkdir()
    Path("page.txt").write_text(page(1))
    assert convert("page.txt", "-o", "out.jsonl").exit_code == 0
    result = convert("page.txt", missing, "-o", "out.jsonl", "--resume")
    assert result.exit_code == 1
    assert "nothing to do" not in result.stderr


def test_errors_dash_is_json_lines_on_standard_error(here):
    Path("page.txt").write_text(page(1))
    result = convert("page.txt", "gone.txt", "-o", "out.jsonl", "--errors", "-")
    assert result.exit_code == 1
    assert not Path("-").exists()
    lines = [json.loads(line) for line in result.stderr.splitlines() if line.startswith("{")]
    assert [line["source"] for line in lines] == ["gone.txt"]
    assert "`--errors -`" in " ".join(convert("--help").stdout.split())


def test_no_summary_after_a_fatal_output_error(here):
    Path("page.txt").write_text(page(1))
    result = convert("page.txt", "-o", "no/such/folder/out.jsonl")
    assert result.exit_code == 1
    assert len(result.stderr.splitlines()) == 1
    assert not SUMMARY.search(result.stderr)


# --- standard output: closed, not UTF-8, a reader gone -----------------------------------------------


CYRILLIC = (" date 2021-03-01 MOSCOW, March 1. /TASS/. \u0416\u0438\u0442\u0435\u043b\u0438 said the plan "
            "would go ahead.\n")


# check: pages without a date are problems with --require published, so that it prints them
@pytest.mark.parametrize("args", [["parse"], ["convert", "-o", "-"], ["explain"], ["check", "--require", "published"],
                                  ["stats"], ["stats", "--format", "json"]])
def test_closed_standard_output_is_one_line_and_status_1(here, args):
    Path("page.txt").write_text(page(1))
    result = subprocess.run(["bash", "-c", " ".join(TASSCLI + args + ["page.txt"]) + " >&-"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1, result.stderr
    assert result.stderr.splitlines()[0] == "tasscli: standard output is closed"
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("env", [{"PYTHONIOENCODING": "ascii"}, {"LC_ALL": "POSIX", "PYTHONUTF8": "0"}])
@pytest.mark.parametrize("args", [["parse"], ["parse", "--format", "json"], ["convert", "-o", "-"],
                                  ["explain", "--format", "explain-jsonl"], ["check", "--format", "jsonl"],
                                  ["stats", "--format", "json"]])
def test_json_on_an_ascii_standard_output_is_escaped(here, env, args):
    Path("page.txt").write_text(CYRILLIC)
    environ = {k: v for k, v in os.environ.items() if k not in ("LANG", "LC_ALL", "LC_CTYPE", "PYTHONIOENCODING")}
    result = run([*args, "page.txt"], env={**environ, **env})
    assert result.returncode in (0, 1) and "internal error" not in result.stderr, result.stderr
    if args[0] != "check":
        assert result.returncode == 0
    text = result.stdout
    assert text.isascii()
    if "json" in args or args[0] == "stats":
        assert json.loads(text)
    else:
        assert [json.loads(line) for line in text.splitlines()]


@pytest.mark.parametrize("env", [{"PYTHONIOENCODING": "ascii"}, {"LC_ALL": "POSIX", "PYTHONUTF8": "0"}])
def test_csv_on_an_ascii_standard_output_is_one_line_and_status_1(here, env):
    Path("page.txt").write_text(CYRILLIC)
    environ = {k: v for k, v in os.environ.items() if k not in ("LANG", "LC_ALL", "LC_CTYPE", "PYTHONIOENCODING")}
    result = run(["parse", "--format", "csv", "page.txt"], env={**environ, **env})
    assert result.returncode in (0, 1)
    assert "internal error" not in result.stderr
    if result.returncode == 1:
        assert len(result.stderr.splitlines()) == 1


@pytest.mark.parametrize("command", ["stats", "check --require published", "check --format jsonl",
                                     "explain --format explain-jsonl"])
def test_every_command_into_a_reader_that_leaves_exits_141(here, command):
    Path("many").mkdir()
    for number in range(300):
        Path(f"many/p{number}.txt").write_text(page(number))
    result = subprocess.run(["bash", "-c", " ".join(TASSCLI) + f" {command} many | head -1 > /dev/null; "
                             "echo status=${PIPESTATUS[0]}"], capture_output=True, text=True, timeout=120)
    assert "status=141" in result.stdout, result.stderr
    assert result.stderr == ""


def test_writer_escapes_for_an_ascii_stream():
    from tasscli.io.writers import make_writer

    stream = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
    writer = make_writer("jsonl", stream)
    writer.write({"body": ["\u0416"]})
    writer.close()
    assert stream.buffer.getvalue() == b'{"body":["\\u0416"]}\n'


@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_json_writers_give_the_same_bytes_before_and_after_orjson(fmt):
    """The first JSON_FIRST records go through json, the rest through orjson where it is installed
    (its load costs a one-page run more than json does): the output cannot tell which."""
    from tasscli.io import writers

    records = [{"source": f"p{number}.txt", "headline": "Ж \u2028 \"q\" \\ \x07 \t", "body": ["a\nb", "é"],
                "dateline": {"place": None, "text": "MOSCOW"}, "count": number}
               for number in range(writers.JSON_FIRST * 2 + 1)]
    stream = io.StringIO()
    writer = writers.make_writer(fmt, stream)
    for record in records:
        writer.write(record)
    writer.close()
    lines = [writers.json_dumps(record) for record in records]
    expected = "\n".join(lines) + "\n" if fmt == "jsonl" else "[\n" + ",\n".join(lines) + "\n]\n"
    assert stream.getvalue() == expected
    assert writer.dumps is writers.dumps
