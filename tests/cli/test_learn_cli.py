"""`--no-learn` and `--show-learned` on `parse` and `convert` (issue 16, point 6), through click's
CliRunner and a real process, on the invented site of `tests/sitepages.py`."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import sitepages
from click.testing import CliRunner
from paths import SAMPLES
from sitepages import FURNITURE

from tasscli.batch.pipeline import process
from tasscli.cli.main import main
from tasscli.io.readers import read_inputs


@pytest.fixture
def site(tmp_path):
    return {"folder": str(sitepages.write_folder(tmp_path / "ledger")),
            "zip": str(sitepages.write_zip(tmp_path / "ledger.zip"))}


def _invoke(*args):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def _shows_furniture(records):
    return any(furniture in item for record in records
               for item in [record["headline"], record["lead"], *record["body"]] for furniture in FURNITURE)


@pytest.mark.parametrize("kind", ["folder", "zip"])
def test_convert_learns_the_site_furniture_and_says_so(site, tmp_path, kind):
    out = tmp_path / "out.jsonl"
    result = _invoke("convert", site[kind], "-o", str(out), "--jobs", "1")
    assert result.exit_code == 0, result.stderr
    assert f"tasscli: {site[kind]}: learned 6 furniture lines from 200 pages" in result.stderr
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(records) == 200 and not _shows_furniture(records)
    assert json.loads((tmp_path / "out.jsonl.manifest").read_text())["learn"] is True


@pytest.mark.parametrize("kind", ["folder", "zip"])
def test_no_learn_gives_the_tables_alone_byte_for_byte(site, tmp_path, kind):
    out = tmp_path / "out.jsonl"
    result = _invoke("convert", site[kind], "-o", str(out), "--no-learn", "--jobs", "1")
    assert result.exit_code == 0 and "learned" not in result.stderr
    expected = "".join(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"
                       for item in read_inputs([site[kind]]) for record in process(item, None, None).records)
    assert out.read_text(encoding="utf-8") == expected
    assert _shows_furniture([json.loads(line) for line in expected.splitlines()])


def test_jobs_one_and_two_write_the_same_bytes(site, tmp_path):
    outputs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}.jsonl"
        assert _invoke("convert", site["zip"], "-o", str(out), "--jobs", jobs).exit_code == 0
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]


def test_a_few_pages_learn_nothing_and_print_what_they_did(tmp_path):
    folder = sitepages.write_folder(tmp_path / "few", 3)
    learned = _invoke("parse", str(folder), "--format", "jsonl", "--show-learned")
    unlearned = _invoke("parse", str(folder), "--format", "jsonl", "--no-learn")
    assert learned.stdout == unlearned.stdout and learned.stderr == "" == unlearned.stderr


def test_show_learned_lists_each_line_and_quiet_keeps_still(site, tmp_path):
    result = _invoke("parse", site["folder"], "--format", "jsonl", "--show-learned")
    listed = [line for line in result.stderr.splitlines() if ": learned furniture: " in line]
    assert listed == [f"tasscli: {site['folder']}: learned furniture: {line!r}" for line in FURNITURE]
    quiet = _invoke("convert", site["folder"], "-o", str(tmp_path / "q.jsonl"), "--quiet")
    assert quiet.exit_code == 0 and quiet.stderr == ""


def test_the_samples_learn_nothing(tmp_path):
    """The golden samples, one folder of TASS and other pages: nothing recurs on half of them."""
    result = _invoke("parse", str(SAMPLES), "--format", "jsonl", "--show-learned")
    assert "learned" not in result.stderr
    assert result.stdout == _invoke("parse", str(SAMPLES), "--format", "jsonl", "--no-learn").stdout


def test_a_real_process_learns_over_page_files_named_one_by_one(site):
    files = sorted(str(path) for path in Path(site["folder"]).iterdir())
    command = [sys.executable, "-m", "tasscli", "parse", "--format", "jsonl", *files]
    learned = subprocess.run(command, capture_output=True, text=True, timeout=120)
    plain = subprocess.run(command + ["--no-learn"], capture_output=True, text=True, timeout=120)
    assert learned.returncode == 0 == plain.returncode
    assert learned.stderr == f"tasscli: {files[0]} .. {files[-1]}: learned 6 furniture lines from 200 pages " \
                             "(--show-learned lists them; --no-learn turns learning off)\n"
    assert plain.stderr == ""
    assert not _shows_furniture([json.loads(line) for line in learned.stdout.splitlines()])
    assert _shows_furniture([json.loads(line) for line in plain.stdout.splitlines()])


def test_the_api_learns_as_convert_does(site, tmp_path):
    import tasscli

    out = tmp_path / "out.jsonl"
    assert _invoke("convert", site["zip"], "-o", str(out), "--jobs", "1").exit_code == 0
    assert list(tasscli.records(site["zip"])) == [json.loads(line) for line in out.read_text().splitlines()]
    assert _shows_furniture(tasscli.records(site["zip"], learn=False))
