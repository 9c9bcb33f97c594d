"""Worker processes (`--jobs N`): outcomes in order, no deadlock on big frames, a dead worker reported."""
import os
import signal
import subprocess
import sys
import time
from functools import partial
from pathlib import Path

import paths
import pytest

from tasscli.batch.pipeline import Engine, process
from tasscli.batch.workers import WorkerDied, Workers
from tasscli.errors import Cause, ExitStatus, cause, exit_status
from tasscli.io.readers import Page

SAMPLES = sorted(paths.SAMPLES.glob("*.txt"))


def pages(count, size_words=0):
    texts = [path.read_text(encoding="utf-8") for path in SAMPLES]
    out = []
    for number in range(count):
        text = texts[number % len(texts)]
        if size_words:
            text += "\n\n" + " ".join(f"word{number}x{k}" for k in range(size_words)) + ".\n"
        out.append(Page(f"p{number}.txt", text, number + 1))
    return out


def test_workers_give_each_worker_s_chunks_back_in_order():
    batch = pages(40)
    workers = Workers(2, partial(process, fields=None, options=None))
    try:
        order = []
        for start in range(0, 40, 5):
            index = (start // 5) % 2
            workers.send(index, batch[start:start + 5])
            order.append(index)
        got = [outcome for index in order for outcome in workers.receive(index)]
    finally:
        workers.close()
    assert got == [process(page, None, None) for page in batch]


def test_engine_with_workers_gives_what_one_process_gives():
    batch = pages(300) + pages(3, size_words=200_000)  # three pages of about 2 MB: frames past any socket buffer
    with Engine(1) as engine:
        alone = list(engine.outcomes(batch))
    for jobs in (2, 3):
        with Engine(jobs) as engine:
            assert list(engine.outcomes(batch)) == alone


def test_a_killed_worker_stops_the_run_with_a_message():
    workers = Workers(1, partial(process, fields=None, options=None))
    try:
        worker = workers._workers[0]
        os.kill(worker.process.pid, signal.SIGKILL)
        worker.process.join(5)
        with pytest.raises(WorkerDied) as caught:
            workers.send(0, pages(2))
            workers.receive(0)
    finally:
        workers.terminate()
    assert "worker process ended" in str(caught.value) and "--jobs 1" in str(caught.value)
    assert exit_status(caught.value) == ExitStatus.ERROR and cause(caught.value) is Cause.WORKER


def test_no_worker_outlives_the_engine():
    with Engine(3) as engine:
        list(engine.outcomes(pages(50)))
        processes = [worker.process for worker in engine._workers._workers]
    assert processes and not any(process.is_alive() for process in processes)


def test_convert_reports_a_killed_worker_and_commits_nothing(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    for page in pages(4000, size_words=300):
        (folder / page.source).write_text(page.text, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen([sys.executable, "-m", "tasscli", "convert", str(folder), "-o", str(out), "--jobs", "2",
                             "-q"], stderr=subprocess.PIPE, text=True)
    children = []
    deadline = time.monotonic() + 20
    while not children and time.monotonic() < deadline and proc.poll() is None:
        children = [int(pid) for pid in Path(f"/proc/{proc.pid}/task/{proc.pid}/children").read_text().split()] \
            if Path(f"/proc/{proc.pid}/task/{proc.pid}/children").exists() else []
        time.sleep(0.05)
    if not children:
        proc.kill()
        pytest.skip("no worker process seen (no /proc children list, or the run ended first)")
    time.sleep(0.3)
    os.kill(children[0], signal.SIGKILL)
    _, err = proc.communicate(timeout=60)
    if proc.returncode == 0:
        pytest.skip("the run ended before the worker was killed")
    assert proc.returncode == 1
    assert "worker process ended" in err
    assert not out.exists()
