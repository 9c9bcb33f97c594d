"""Batch behaviour through real processes: `python -m tasscli convert` with worker processes,
Ctrl-C (SIGINT) in the middle of a folder, and what is imported when stderr is not a terminal."""
from __future__ import annotations

import filecmp
import gzip
import json
import os
import signal
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path
from typing import List

import pytest
from pages import page
from paths import ROOT


def tasscli(*args: str, cwd: Path, **kwargs) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "tasscli", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=120, **kwargs)


def make_folder(root: Path, count: int, per_folder: int = 100) -> None:
    for i in range(count):
        folder = root / f"{i // per_folder:03d}"
        if i % per_folder == 0:
            folder.mkdir(parents=True, exist_ok=True)
        (folder / f"page_{i:05d}.txt").write_text(page(i), encoding="utf-8")


@pytest.fixture()
def mixed(tmp_path) -> List[str]:
    """Inputs of every kind, some failing, about 400 pages: enough for many chunks per worker."""
    make_folder(tmp_path / "pages", 150, per_folder=40)
    with zipfile.ZipFile(tmp_path / "a.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        for i in range(60):
            archive.writestr(f"z/{i:03d}.txt", page(1000 + i))
        archive.writestr("z/many.txt", "".join(page(2000 + i) for i in range(20)))
    with tarfile.open(tmp_path / "b.tar.gz", "w:gz") as archive:
        archive.add(tmp_path / "pages" / "000", "t")
    (tmp_path / "c.txt.gz").write_bytes(gzip.compress("".join(page(3000 + i) for i in range(50)).encode()))
    (tmp_path / "d_cp1251.txt").write_bytes(
        (" date 2020-06-03 МОСКВА, 3 июня. /ТАСС/. Президент России заявил о переговорах с партнёрами "
         "из разных стран.\n").encode("cp1251"))
    (tmp_path / "broken.zip").write_bytes(b"PK\x03\x04 cut short")
    (tmp_path / "e.txt").write_bytes(bytes(range(256)) * 4)
    return ["pages", "a.zip", "b.tar.gz", "c.txt.gz", "d_cp1251.txt", "broken.zip", "e.txt", "missing.txt"]


@pytest.mark.parametrize("output", ["out.jsonl", "out.csv", "out.json", "out/"])
def test_jobs_2_gives_the_same_output_as_jobs_1(tmp_path, mixed, output):
    runs = []
    for jobs in ("1", "2"):
        target = f"j{jobs}_{output}"
        result = tasscli("convert", *mixed, "-o", target, "--jobs", jobs, "--errors", f"errors{jobs}.jsonl",
                         cwd=tmp_path)
        assert result.returncode == 1, result.stderr
        assert "Traceback" not in result.stderr
        runs.append((target, result.stderr.splitlines()))
    (first, first_err), (second, second_err) = runs
    if output.endswith("/"):
        compare = filecmp.dircmp(tmp_path / first, tmp_path / second)
        assert _same_tree(compare)
        assert len(list((tmp_path / first).rglob("*.json"))) > 300
    else:
        assert (tmp_path / first).read_bytes() == (tmp_path / second).read_bytes()
        assert (tmp_path / first).stat().st_size > 10_000
    assert first_err[:-1] == second_err[:-1]  # the same errors in the same order; the summaries' times differ
    assert first_err[-1].split(", ")[:4] == second_err[-1].split(", ")[:4]
    assert (tmp_path / "errors1.jsonl").read_bytes() == (tmp_path / "errors2.jsonl").read_bytes()
    assert len((tmp_path / "errors1.jsonl").read_text().splitlines()) == 3


def _same_tree(compare: filecmp.dircmp) -> bool:
    if compare.left_only or compare.right_only or compare.funny_files:
        return False
    _, mismatch, errors = filecmp.cmpfiles(compare.left, compare.right, compare.common_files, shallow=False)
    if mismatch or errors:
        return False
    return all(_same_tree(sub) for sub in compare.subdirs.values())


@pytest.mark.parametrize("output, jobs", [("out.jsonl", "1"), ("out/", "2")])
def test_ctrl_c_leaves_no_partial_file_and_exits_130(tmp_path, output, jobs):
    make_folder(tmp_path / "pages", 5000)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    process = subprocess.Popen(
        [sys.executable, "-m", "tasscli", "convert", "pages", "-o", output, "--jobs", jobs],
        cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        start_new_session=True)  # its own process group, like a job a terminal's Ctrl-C reaches
    try:
        deadline = time.monotonic() + 20
        while not _started(tmp_path, output):
            assert process.poll() is None, "finished before it could be interrupted"
            assert time.monotonic() < deadline, "output never started"
            time.sleep(0.01)
        os.killpg(process.pid, signal.SIGINT)
        _, stderr = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
    assert process.returncode == 130, stderr
    assert "Traceback" not in stderr
    last = stderr.strip().splitlines()[-1]
    assert last.startswith("tasscli: interrupted: ") and " pages/s" in last
    leftovers = [path for path in tmp_path.rglob("*") if path.name.endswith(".tmp")]
    assert leftovers == []
    if output == "out.jsonl":
        assert not (tmp_path / "out.jsonl").exists()
    else:
        written = list((tmp_path / "out").rglob("*.json"))
        assert 0 < len(written) < 5000
        for path in written:  # every file there is complete
            assert isinstance(json.loads(path.read_text(encoding="utf-8")), list)


def _started(root: Path, output: str) -> bool:
    if output.endswith("/"):
        return (root / "out").is_dir() and any((root / "out").rglob("*.json"))
    return any(path.stat().st_size > 0 for path in root.glob(f".{output}.*.tmp"))


def test_real_process_reports_errors_and_exit_1(tmp_path, mixed):
    result = tasscli("convert", "broken.zip", "c.txt.gz", "-o", "out.jsonl", "--jobs", "2", cwd=tmp_path)
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert lines[0].startswith("tasscli: broken.zip: corrupt zip archive")
    assert lines[1].startswith("tasscli: 2 files, 51 pages, ") and ", 1 error, " in lines[1]
    sources = [json.loads(line)["source"] for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert sources[0] == "c.txt.gz#1" and sources[-1] == "c.txt.gz#50"


def test_rich_is_not_imported_when_stderr_is_not_a_terminal(tmp_path):
    make_folder(tmp_path / "pages", 3)
    code = ("import sys\nfrom tasscli.cli.main import main\n"
            "try:\n    main(['convert', 'pages', '-o', 'out.jsonl', '--jobs', '1'])\n"
            "except SystemExit as exit:\n    print(exit.code, 'rich' in sys.modules)\n")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True,
                            timeout=60)
    assert result.stdout.split() == ["0", "False"], result.stderr
    assert result.stderr.startswith("tasscli: 3 files, 3 pages")


def test_reader_of_stdout_going_away_is_quiet(tmp_path):
    (tmp_path / "many.txt").write_text("".join(page(i) for i in range(3000)), encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    process = subprocess.Popen([sys.executable, "-m", "tasscli", "convert", "many.txt", "-o", "-", "--jobs", "1"],
                               cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    process.stdout.readline()  # like `| head -1`
    process.stdout.close()
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=60) == 141
    assert stderr == ""
