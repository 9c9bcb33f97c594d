"""Hostile input (issue 7): the pages and helpers its tests share. The tests themselves are with the
parts they test: parsing/test_properties.py and parsing/test_parse_time.py (the parser),
io/test_bad_inputs.py (bad files, bad archives, the batch invariant), io/test_csv_safety.py (the CSV
writer), cli/test_terminal_safety.py (what reaches a terminal); pipes and signals (issue 7,
section 4) are in cli/test_pipes_signals.py.
"""
from __future__ import annotations

import contextlib
import json
import signal
from pathlib import Path

from click.testing import CliRunner

from tasscli.cli.main import main

MEGABYTE_LINE_SECONDS = 20  # a 1 MB line of text is parsed within this

HEADLINE = "City approves riverside park plan"
PAGE = (" date 2017-06-03 Back to Main page\n" + HEADLINE + "\n\nSociety & Culture\n"
        "June 03, 19:06 UTC+3\n\nThe park will open in two years\n\n© Ivan Petrov/TASS\n\n"
        "MOSCOW, June 3. /TASS/. The city council approved a new plan for the riverside park on Tuesday.\n\n"
        "Work on the embankment is due to start in the autumn, officials added.\n")
#: A page with no ` date` prefix line, so that repeating it does not make a many-page file.
PLAIN_PAGE = PAGE.split("\n", 1)[1]

#: Escape sequences a hostile page may hold: colours, clear screen, window title (OSC 0), a link
#: (OSC 8), the C1 form of CSI, a bell, a right-to-left override.
ESCAPES = ("\x1b[31m", "\x1b[2J", "\x1b]0;pwned\x07", "\x1b]8;;http://evil.example/\x1b\\", "\x9b31m",
           "\x07", "\u202e")

HOSTILE_PAGE = (
    " date 2017-06-03 Back to Main page\n"
    "City \x1b[31mapproves\x1b[0m riverside \x1b]0;pwned\x07park plan\x1b[2J\n\nSociety & Culture\n"
    "June 03, 19:06 UTC+3\n\nThe park will open \x9b31m in two \u202eyears\n\n© Ivan \x07Petrov/TASS\n\n"
    "MOSCOW, June 3. /TASS/. The city council \x1b]8;;http://evil.example/\x1b\\approved\x1b]8;;\x1b\\ "
    "a new plan for the riverside park on Tuesday.\n\n"
    "Work on the embankment \x1b[1Ais due to start in the autumn, officials added.\x1b[?1049h\n"
)


def cli(*args, input=None):
    return CliRunner().invoke(main, [str(arg) for arg in args], input=input)


def records(output):
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def error_lines(stderr):
    return [line for line in stderr.splitlines() if line.strip()]


def write(path, data):
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return str(path)


class _TooSlow(Exception):
    pass


@contextlib.contextmanager
def time_limit(seconds):
    """Raise `_TooSlow` in this (main) thread after `seconds`; `re` checks for signals as it runs."""
    def alarm(signum, frame):
        raise _TooSlow(f"over {seconds} s")

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
