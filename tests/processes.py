"""What the tests that run tasscli as a real process and signal it share (cli/test_pipes_signals.py,
io/test_interrupts.py): a page, the command, and a wait for the process to block on a fifo."""
from __future__ import annotations

import errno
import os
import sys
import time

PAGE = (" date 2017-06-03 Back to Main page\nCity approves riverside park plan\n\nSociety & Culture\n"
        "June 03, 19:06 UTC+3\n\nThe park will open in two years\n\n© Ivan Petrov/TASS\n\n"
        "MOSCOW, June 3. /TASS/. The city council approved a new plan for the riverside park on Tuesday.\n\n"
        "Work on the embankment is due to start in the autumn, officials added.\n")
TASSCLI = [sys.executable, "-m", "tasscli"]


def wait_for_reader(fifo, proc, timeout=30):
    """Block until `proc` has opened `fifo` for reading, so it is stuck mid-batch on it; returns our
    write end (held open without data, so the reader waits on read)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            return os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
        except OSError as exc:
            if exc.errno != errno.ENXIO:
                raise
        assert proc.poll() is None, proc.stderr.read()
        time.sleep(0.02)
    raise AssertionError("tasscli never reached the fifo")
