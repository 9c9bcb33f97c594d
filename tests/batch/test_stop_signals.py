"""Issue 18, point 5: SIGTERM and SIGHUP stop a batch as Ctrl-C does, in a real process: no page
counted as failed, no temporary file left, the summary so far, and status 128 + the signal."""
from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time

import pytest
from pages import page

TASSCLI = [sys.executable, "-m", "tasscli"]
SUMMARY = re.compile(r"^tasscli: interrupted: (\d+) files?, (\d+) pages?, (\d+) articles?, (\d+) errors?", re.M)


@pytest.fixture(scope="module")
def many(tmp_path_factory):
    """3,000 generated pages in 30 files of 100 pages each."""
    folder = tmp_path_factory.mktemp("many")
    for number in range(30):
        (folder / f"part{number:02d}.txt").write_text("".join(page(number * 100 + index) for index in range(100)))
    return folder


def temporary_files(folder):
    return [name for name in os.listdir(folder) if name.endswith(".tmp")]


def _temporary_size(folder):
    sizes = []
    for name in temporary_files(folder):
        try:
            sizes.append(os.path.getsize(os.path.join(folder, name)))
        except OSError:
            pass
    return max(sizes, default=0)


def _wait_for(condition, proc, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        assert proc.poll() is None, "tasscli ended before the signal"
        time.sleep(0.01)
    raise AssertionError("tasscli never got under way")


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP], ids=["SIGTERM", "SIGHUP"])
@pytest.mark.parametrize("target", ["file", "folder"])
def test_a_stop_signal_mid_batch_is_a_clean_stop(tmp_path, many, jobs, signum, target):
    out = tmp_path / "out"
    out.mkdir()
    output = out / "all.jsonl" if target == "file" else out / "pages"
    proc = subprocess.Popen(TASSCLI + ["convert", str(many), "-o", f"{output}{'/' if target == 'folder' else ''}",
                                       "--jobs", jobs, "--errors", str(out / "errors.jsonl")],
                            stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        if target == "file":
            _wait_for(lambda: _temporary_size(out) > 0, proc)  # pages written: the run is under way
        else:
            _wait_for(lambda: len(list(output.rglob("*.json"))) >= 50, proc)
        proc.send_signal(signum)
        _, stderr = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 128 + signum, stderr
    assert "parser failed" not in stderr and "Traceback" not in stderr
    found = SUMMARY.search(stderr)
    assert found, stderr
    assert found.group(4) == "0"  # no page dropped as failed
    assert 0 < int(found.group(2)) < 3000
    assert not temporary_files(out)
    assert not (out / "all.jsonl").exists()  # an interrupted one-file output is not committed
    assert not (out / "errors.jsonl").exists()
    if target == "folder":
        assert not [path for path in output.rglob("*") if path.name.endswith(".tmp")]
