"""`tasscli parse` through CliRunner and through a real subprocess."""
import csv
import io
import json
import subprocess
import sys

import click
from click.testing import CliRunner

from tasscli import __version__
from tasscli.cli.main import main
from tasscli.record import FIELDS

PAGE = (" date 2017-06-03 Back to Main page\nCity approves riverside park plan\n\nSociety & Culture\n"
        "June 03, 19:06 UTC+3\n\nThe park will open in two years\n\n© Ivan Petrov/TASS\n\n"
        "MOSCOW, June 3. /TASS/. The city council approved a new plan for the riverside park on Tuesday.\n\n"
        "Work on the embankment is due to start in the autumn, officials added.\n")


def page_file(tmp_path, name="page.txt", text=PAGE):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def run(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input)


def test_jsonl_default(tmp_path):
    path = page_file(tmp_path)
    result = run("parse", path, "--format", "jsonl")
    assert result.exit_code == 0, result.output
    record = json.loads(result.output)
    assert list(record)[: len(FIELDS)] == list(FIELDS)
    assert record["source"] == path
    assert record["headline"] == "City approves riverside park plan"
    assert record["dateline"]["text"] == "MOSCOW, June 3. /TASS/."


def test_stdin_and_dash(tmp_path):
    for args in (["parse", "--format", "jsonl"], ["parse", "-", "--format", "jsonl"]):
        result = run(*args, input=PAGE)
        assert result.exit_code == 0
        assert json.loads(result.output)["source"] == "-"


def test_json_array_and_empty_array(tmp_path):
    path = page_file(tmp_path)
    result = run("parse", path, path, "--format", "json")
    assert [r["source"] for r in json.loads(result.output)] == [path, path]
    empty = run("parse", str(tmp_path / "missing.txt"), "--format", "json")
    assert json.loads(empty.stdout) == []


def test_csv_round_trip(tmp_path):
    path = page_file(tmp_path)
    result = run("parse", path, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert len(rows) == 1
    assert rows[0]["dateline_place"] == "MOSCOW"
    assert rows[0]["body"].split("\n") == [
        "The city council approved a new plan for the riverside park on Tuesday.",
        "Work on the embankment is due to start in the autumn, officials added.",
    ]
    assert result.stdout_bytes.endswith(b"\r\n")  # RFC 4180 line ends (Result.output folds them)


def test_fields_pick_and_order(tmp_path):
    path = page_file(tmp_path)
    result = run("parse", path, "--format", "jsonl", "--fields", "published,headline")
    assert list(json.loads(result.output)) == ["published", "headline"]


def test_unknown_field_is_a_usage_error(tmp_path):
    result = run("parse", page_file(tmp_path), "--fields", "headline,nope")
    assert result.exit_code == 2
    assert "nope" in result.output


def test_unreadable_file_reported_and_others_parsed(tmp_path):
    good = page_file(tmp_path)
    bad = str(tmp_path / "missing.txt")
    result = run("parse", bad, good, "--format", "jsonl")
    assert result.exit_code == 1
    assert [json.loads(line)["source"] for line in result.stdout.splitlines()] == [good]
    assert result.stderr.strip().splitlines() == [f"tasscli: {bad}: No such file or directory"]


def test_undecodable_file_reported(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00\xd8 broken \x81\x82")
    result = run("parse", str(bad), page_file(tmp_path), "--format", "jsonl")
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) >= 1


def test_version():
    result = run("--version")
    assert result.exit_code == 0 and __version__ in result.output


def test_every_command_has_help_with_examples():
    context = click.Context(main)
    names = main.list_commands(context)  # commands other than parse are loaded when first used
    assert {"parse", "convert", "explain", "check", "stats", "agencies"} <= set(names)
    for name in names:
        command = main.get_command(context, name)
        result = run(name, "--help")
        assert result.exit_code == 0, name
        assert command.help, f"{name} has no help text"
        for param in command.params:
            if isinstance(param, click.Option):
                assert param.help, f"{name} {param.opts} has no help"
    assert "Examples" in run("parse", "--help").output


def test_real_subprocess(tmp_path):
    path = page_file(tmp_path)
    done = subprocess.run([sys.executable, "-m", "tasscli", "parse", path, "--format", "jsonl"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["published"] == "2017-06-03T19:06:00+03:00"
    missing = subprocess.run([sys.executable, "-m", "tasscli", "parse", str(tmp_path / "none.txt")],
                             capture_output=True, text=True, timeout=60)
    assert missing.returncode == 1
    assert missing.stderr.startswith("tasscli: ") and "Traceback" not in missing.stderr
