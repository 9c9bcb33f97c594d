"""Issue 18, point 7: the progress display and the problem lines share a terminal cleanly.

`tasscli convert` runs in a pseudo-terminal (`pty`) of 80 and 120 columns, and what it writes is
played on a terminal emulator (pyte): every error line starts on a line of its own, and at the end,
after Ctrl-C and after SIGTERM, no trace of the display is left on the screen.
"""
from __future__ import annotations

import fcntl
import os
import select
import signal
import struct
import sys
import termios
import time

import pytest
from pages import page

pyte = pytest.importorskip("pyte", reason="pyte (a terminal emulator, in the test extras) is not installed")

BAR = "\u2501"  # rich's bar: the display's mark


@pytest.fixture(scope="module")
def mixed(tmp_path_factory):
    """A folder of 3,000 pages and three binary `.txt` files among them."""
    folder = tmp_path_factory.mktemp("mixed")
    for number in range(30):
        sub = folder / f"{number:03d}"
        sub.mkdir()
        for index in range(100):
            (sub / f"p{index:03d}.txt").write_text(page(number * 100 + index))
        if number in (1, 12, 25):
            (sub / f"bad{number}.txt").write_bytes(bytes(range(256)) * 40)
    return folder


def run_in_terminal(args, columns, stop=None, cwd=None):
    """Run tasscli in a pseudo-terminal of `columns` x 40; `stop` (b"\\x03", or a signal number) is
    sent once the display shows. Returns (exit status, the screen's lines at the end)."""
    pid, master = os.forkpty() if hasattr(os, "forkpty") else (None, None)
    if pid == 0:  # the child: its terminal is the pty
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 40, columns, 0, 0))
        if cwd:
            os.chdir(cwd)
        env = {key: value for key, value in os.environ.items() if key not in ("COLUMNS", "LINES", "NO_COLOR")}
        env["TERM"] = "xterm-256color"
        os.execvpe(sys.executable, [sys.executable, "-m", "tasscli", *args], env)
    screen = pyte.Screen(columns, 2000)
    stream = pyte.ByteStream(screen)
    output = bytearray()
    sent = stop is None
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 0.1)
        if ready:
            try:
                data = os.read(master, 65536)
            except OSError:  # EIO: the child closed the terminal
                break
            if not data:
                break
            output += data
            stream.feed(data)
        if not sent and BAR.encode() in output and output.count(b"files") > 3:
            sent = True
            if stop == b"\x03":
                os.write(master, stop)  # Ctrl-C, as typed: the terminal sends SIGINT and echoes ^C
            else:
                os.kill(pid, stop)
    _, status = os.waitpid(pid, 0)
    os.close(master)
    lines = [screen.display[row].rstrip() for row in range(screen.cursor.y + 1)]
    return os.waitstatus_to_exitcode(status), [line for line in lines if line]


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("columns", [80, 120])
def test_error_lines_each_start_a_line_and_the_display_is_cleared(mixed, tmp_path, columns, jobs):
    status, lines = run_in_terminal(["convert", str(mixed), "-o", str(tmp_path / "out") + "/", "--jobs", jobs],
                                    columns)
    assert status == 1
    errors = [line for line in lines if "bad" in line]
    assert len(errors) == 3, lines
    assert all(line.startswith("tasscli: ") for line in errors), lines
    assert not any(BAR in line for line in lines), lines
    assert lines[-1].startswith("tasscli: ") and "3 errors" in lines[-1]


@pytest.mark.parametrize("stop, status", [(b"\x03", 130), (signal.SIGTERM, 143)], ids=["ctrl-c", "sigterm"])
@pytest.mark.parametrize("columns", [80, 120])
def test_a_stop_clears_the_display(mixed, tmp_path, columns, stop, status):
    code, lines = run_in_terminal(["convert", str(mixed), "-o", str(tmp_path / "all.jsonl"), "--jobs", "1"],
                                  columns, stop=stop)
    assert code == status
    assert not any(BAR in line for line in lines), lines
    summary = [line for line in lines if line.startswith("tasscli: interrupted: ")]
    assert len(summary) == 1 and lines.index(summary[0]) >= len(lines) - 2, lines  # the last (maybe wrapped)
