"""Ctrl-C while tasscli waits for input from a fifo, a pipe or a terminal (tasscli/io/interrupts.py).

A SIGINT that arrives between the last bytecode and a blocking read is noted by Python's C-level
handler but leaves the read blocked, with the KeyboardInterrupt waiting behind it: the flaky hang of
test_pipes_signals' Ctrl-C tests (3 of about 90 runs of the four of them).
"""
from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import time

import pytest
from processes import PAGE, TASSCLI, wait_for_reader

from tasscli.io import interrupts
from tasscli.io.interrupts import WaitingReader, is_slow

pytestmark = pytest.mark.skipif(os.name != "posix", reason="fifos and signals as on POSIX")

# Reads a fifo through the batch reader, as `convert` does, while a thread trips SIGINT the way
# Python's C-level handler does (`_thread.interrupt_main`: flag set, wakeup byte written) once the
# main thread sleeps in the kernel. That is the lost signal of the race, made certain: no signal
# interrupts the main thread's system call, so only the wakeup pipe can end its wait.
TRIP_CHILD = r"""
import os, sys, threading, time, _thread
from tasscli.io import interrupts
from tasscli.io.readers import read_inputs
if sys.argv[2] == "install":
    assert interrupts.install()
main = threading.main_thread().native_id
def trip():
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:  # until the main thread sleeps in the kernel (Linux)
        try:
            with open(f"/proc/self/task/{main}/wchan") as handle:
                if handle.read() not in ("", "0"):
                    break
        except OSError:
            time.sleep(0.5)
            break
        time.sleep(0.01)
    time.sleep(0.05)
    _thread.interrupt_main()
threading.Thread(target=trip, daemon=True).start()
try:
    items = list(read_inputs([sys.argv[1]]))
    print(f"read {len(items)}", flush=True)
except KeyboardInterrupt:
    print("interrupted", flush=True)
"""


def read_line(stream, timeout):
    ready, _, _ = select.select([stream], [], [], timeout)
    return stream.readline().decode().strip() if ready else None


def trip_while_reading(tmp_path, mode, timeout):
    fifo = tmp_path / "slow.txt"
    os.mkfifo(fifo)
    proc = subprocess.Popen([sys.executable, "-c", TRIP_CHILD, str(fifo), mode], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
    writer = wait_for_reader(fifo, proc)  # held open with no data: the reader waits
    try:
        return read_line(proc.stdout, timeout)
    finally:
        os.close(writer)
        proc.kill()
        proc.wait()


def test_a_signal_noted_before_the_read_still_ends_the_wait(tmp_path):
    assert trip_while_reading(tmp_path, "install", timeout=30) == "interrupted"


def test_without_the_wakeup_pipe_the_noted_signal_waits_behind_the_read(tmp_path):
    """The failure the pipe prevents, shown: the same child without it stays blocked."""
    assert trip_while_reading(tmp_path, "none", timeout=2) is None


def test_fifo_input_is_read_whole_through_the_wait(tmp_path):
    """The waiting reader changes how a named fifo is read, not what: a page larger than one
    read, in small writes, comes out as from a file."""
    fifo = tmp_path / "pages.txt"
    os.mkfifo(fifo)
    plain = tmp_path / "plain.txt"
    text = PAGE.replace("Work on the embankment", "Work " + "on the long embankment " * 4000)
    plain.write_text(text, encoding="utf-8")
    proc = subprocess.Popen(TASSCLI + ["parse", "--format", "jsonl", str(fifo)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    writer = wait_for_reader(fifo, proc)
    data = text.encode("utf-8")
    for start in range(0, len(data), 7000):
        os.set_blocking(writer, True)
        os.write(writer, data[start:start + 7000])
    os.close(writer)
    out, err = proc.communicate(timeout=60)
    expected = subprocess.run(TASSCLI + ["parse", "--format", "jsonl", str(plain)], capture_output=True,
                              timeout=60).stdout
    assert proc.returncode == 0, err
    assert out.replace(str(fifo).encode(), b"") == expected.replace(str(plain).encode(), b"")


def test_compressed_fifo_input_is_read_through_the_wait(tmp_path):
    """A .gz fifo named on the command line is decompressed from the waiting reader."""
    import gzip

    fifo = tmp_path / "page.txt.gz"
    os.mkfifo(fifo)
    proc = subprocess.Popen(TASSCLI + ["parse", "--format", "jsonl", str(fifo)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    writer = wait_for_reader(fifo, proc)
    os.set_blocking(writer, True)
    os.write(writer, gzip.compress(PAGE.encode("utf-8")))
    os.close(writer)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert b'"headline":"City approves riverside park plan"' in out


def test_ctrl_c_while_parse_waits_on_stdin(tmp_path):
    """`tasscli parse` reading a pipe on standard input that never writes: Ctrl-C ends it."""
    read_end, write_end = os.pipe()
    try:
        proc = subprocess.Popen(TASSCLI + ["parse", "-"], stdin=read_end, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, start_new_session=True)
        os.close(read_end)
        deadline = time.monotonic() + 30
        while "poll" not in _wait_channel(proc.pid) and time.monotonic() < deadline:  # waiting in poll()
            assert proc.poll() is None
            time.sleep(0.02)
        os.killpg(proc.pid, signal.SIGINT)
        _, err = proc.communicate(timeout=30)
    finally:
        os.close(write_end)
    assert proc.returncode == 130
    assert err.decode().strip() == "tasscli: interrupted"


def _wait_channel(pid):
    try:
        with open(f"/proc/{pid}/wchan") as handle:
            return handle.read()
    except OSError:
        return "poll"  # no /proc here: no way to tell, so send at once


def test_without_the_pipe_the_reader_reads_at_once():
    """The Python API and click's CliRunner install nothing: reads go straight to the descriptor."""
    assert interrupts._wakeup is None
    read_end, write_end = os.pipe()
    try:
        os.write(write_end, b"one page")
        os.close(write_end)
        reader = WaitingReader(read_end)
        assert is_slow(read_end)
        assert reader.read(4) == b"one "
        assert reader.read() == b"page"
        assert reader.read() == b""
    finally:
        os.close(read_end)


def test_regular_files_are_not_slow(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(PAGE)
    fd = os.open(path, os.O_RDONLY)
    try:
        assert not is_slow(fd)
    finally:
        os.close(fd)
