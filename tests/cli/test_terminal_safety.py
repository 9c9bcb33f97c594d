"""What reaches a terminal from a hostile page or file name (issue 7, section 5): no escape
sequence, bell or bidirectional control raw, on standard output or standard error, from any command
run on pseudo-terminals; error lines escape what they name; JSON escapes control characters and
gives the text back exactly.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from hostile import HOSTILE_PAGE, PAGE, PLAIN_PAGE, cli, records, write

#: What must never reach a terminal raw (rich's own colour codes are `ESC [ ... m` and are allowed).
RAW = ("\x1b]", "\x1b[2J", "\x1b[1A", "\x1b[?1049h", "\x07", "\x9b", "\u202e", "\x1b[31mapproves")


def run_on_terminal(args, cwd, timeout=60):
    """Run tasscli with stdout and stderr each on its own pseudo-terminal; (status, out, err)."""
    import pty
    import threading

    out_master, out_slave = pty.openpty()
    err_master, err_slave = pty.openpty()
    env = dict(os.environ, COLUMNS="200", LINES="50", TERM="xterm-256color")
    env.pop("NO_COLOR", None)
    proc = subprocess.Popen([sys.executable, "-m", "tasscli", *args], stdin=subprocess.DEVNULL,
                            stdout=out_slave, stderr=err_slave, cwd=cwd, env=env)
    os.close(out_slave)
    os.close(err_slave)
    chunks = {out_master: [], err_master: []}

    def drain(fd):
        while True:
            try:
                data = os.read(fd, 65536)
            except OSError:  # EIO: the other side closed
                break
            if not data:
                break
            chunks[fd].append(data)

    readers = [threading.Thread(target=drain, args=(fd,)) for fd in chunks]
    for reader in readers:
        reader.start()
    status = proc.wait(timeout=timeout)
    for reader in readers:
        reader.join(timeout=10)
    for fd in chunks:
        os.close(fd)
    return (status, b"".join(chunks[out_master]).decode("utf-8", "replace"),
            b"".join(chunks[err_master]).decode("utf-8", "replace"))


@pytest.fixture
def hostile_files(tmp_path):
    name = "evil\x1b]0;title\x07\x1b[2J.txt"
    write(tmp_path / name, HOSTILE_PAGE)
    write(tmp_path / "plain.txt", PAGE)
    missing = "gone\x1b[2J\x07\x9b.txt"
    return tmp_path, [name, "plain.txt", missing]


def assert_nothing_raw(*streams):
    for stream in streams:
        for raw in RAW:
            assert raw not in stream, (raw, stream[:3000])


@pytest.mark.parametrize("command", [
    pytest.param(["parse"], id="view"),
    pytest.param(["explain"], id="explain"),
    pytest.param(["check"], id="check"),
    pytest.param(["stats"], id="stats"),
    pytest.param(["parse", "--format", "jsonl"], id="parse-jsonl"),
])
def test_terminal_never_gets_raw_escapes(hostile_files, command):
    folder, names = hostile_files
    status, out, err = run_on_terminal([*command, *names], cwd=folder)
    assert "Traceback" not in err
    assert status == 1  # the missing file
    if "--format" in command:
        # JSON on a terminal: JSON escapes the C0 controls (ESC, BEL); C1 and bidi controls are
        # valid JSON string characters and stay as they are ("as JSON does").
        assert "\x1b]" not in out and "\x07" not in out and "\\u001b" in out
    else:
        assert_nothing_raw(out)
    assert_nothing_raw(err)
    # The error for the missing file is one line, its name shown escaped.
    errors = [line for line in err.splitlines() if "gone" in line]
    assert len(errors) == 1 and "\\x1b[2J" in errors[0]
    if command[0] in ("parse", "explain") and "--format" not in command:
        assert "\\x1b" in out  # the page's escapes are shown, escaped


def test_explain_problem_lines_escape_the_source_on_a_terminal(tmp_path):
    """`explain` reports lines it cannot account for on stderr, naming the page: escaped too."""
    name = "x\x1b]0;pwned\x07\x1b[2Jy.txt"
    write(tmp_path / name, " date 2017-06-03 \n" + PLAIN_PAGE)
    status, out, err = run_on_terminal(["explain", name], cwd=tmp_path)
    assert_nothing_raw(out, err)
    assert "Traceback" not in err


@pytest.mark.parametrize("command", [["parse"], ["explain"], ["check"], ["stats"],
                                     ["convert", "-o", "-", "-q"]])
def test_error_messages_escape_control_characters(tmp_path, command):
    missing = str(tmp_path / "no\x1b]0;pwned\x07such\x1b[2J.txt")
    result = cli(*command, missing)
    assert result.exit_code != 0
    assert_nothing_raw(result.stderr)
    assert "\\x1b]0;pwned\\x07such\\x1b[2J" in result.stderr
    assert "Traceback" not in result.output


@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_json_output_escapes_control_characters(tmp_path, fmt):
    path = write(tmp_path / "hostile.txt", HOSTILE_PAGE)
    result = cli("parse", "--format", fmt, path)
    assert result.exit_code == 0, result.output
    for char in "\x1b\x07\x00":
        assert char not in result.stdout  # JSON escapes every C0 control character
    assert "\\u001b" in result.stdout
    parsed = json.loads(result.stdout) if fmt == "json" else records(result.stdout)
    assert "\x1b[31m" in parsed[0]["headline"]  # and the text comes back exactly
