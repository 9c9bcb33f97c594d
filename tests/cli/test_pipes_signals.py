"""Issue 7, section 4: pipes and signals, with real processes; and the guard that maps what stops a
command to one line and an exit status (tasscli/cli/guard.py, tasscli/errors.py).

- `tasscli parse big/ | head -1`: quiet, and the status bash reports for GNU tools (141);
- Ctrl-C (SIGINT to the whole process group, as a terminal sends it) mid-batch: status 130, no
  traceback, no partial output file;
- a full disk (`/dev/full`): one clear error line and a non-zero status.
"""
from __future__ import annotations

import errno
import json
import os
import signal
import stat
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from processes import PAGE, TASSCLI, wait_for_reader

from tasscli.cli import main as cli_module
from tasscli.cli.guard import TRACEBACK_ENV, describe
from tasscli.cli.main import main
from tasscli.errors import Cause, ExitStatus, InputError, cause, exit_status


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    """A folder of 400 pages: about 400 KB of JSON Lines, far more than a pipe holds."""
    folder = tmp_path_factory.mktemp("big")
    for index in range(400):
        (folder / f"page{index:04d}.txt").write_text(PAGE, encoding="utf-8")
    return folder


def shell(script, **kwargs):
    return subprocess.run(["bash", "-c", script], capture_output=True, text=True, timeout=120, **kwargs)


def quoted(args):
    import shlex

    return " ".join(shlex.quote(str(arg)) for arg in args)


# --- broken pipe -----------------------------------------------------------------------------------


def gnu_status_for_head():
    """What bash reports for a GNU tool whose reader went away (141 on Linux: 128 + SIGPIPE)."""
    result = shell("seq 10000000 | head -1 > /dev/null; echo ${PIPESTATUS[0]}")
    return int(result.stdout.split()[-1])


@pytest.mark.parametrize("args", [
    pytest.param(["parse"], id="parse-jsonl"),
    pytest.param(["parse", "--format", "json"], id="parse-json"),
    pytest.param(["parse", "--format", "csv"], id="parse-csv"),
    pytest.param(["explain"], id="explain"),
])
def test_broken_pipe_is_quiet_with_gnu_status(big, args):
    script = (f"{quoted(TASSCLI + args)} {quoted([big])} | head -1 > /dev/null; "
              "echo status=${PIPESTATUS[0]}")
    result = shell(script)
    assert result.stderr == ""  # no BrokenPipeError text, no "Exception ignored"
    assert f"status={gnu_status_for_head()}" in result.stdout
    assert f"status={int(ExitStatus.BROKEN_PIPE)}" in result.stdout


def test_broken_pipe_convert_to_stdout(big):
    script = (f"{quoted(TASSCLI + ['convert', big, '-o', '-', '-q', '--jobs', '1'])} | head -1 > /dev/null; "
              "echo status=${PIPESTATUS[0]}")
    result = shell(script)
    assert result.stderr == ""
    assert f"status={int(ExitStatus.BROKEN_PIPE)}" in result.stdout


def test_broken_pipe_then_head_gets_whole_first_record(big):
    result = shell(f"{quoted(TASSCLI + ['parse', big])} | head -1")
    assert json.loads(result.stdout)["headline"] == "City approves riverside park plan"


# --- Ctrl-C ----------------------------------------------------------------------------------------


def start(args, cwd, **kwargs):
    """tasscli in its own process group, so SIGINT can go to all of it as a terminal sends it."""
    return subprocess.Popen(TASSCLI + [str(arg) for arg in args], cwd=cwd, start_new_session=True,
                            stderr=subprocess.PIPE, **kwargs)




def interrupt(proc):
    os.killpg(proc.pid, signal.SIGINT)
    _, stderr = proc.communicate(timeout=60)
    return proc.returncode, stderr.decode("utf-8", "replace")


@pytest.fixture
def stuck_batch(tmp_path, big):
    """Inputs that make tasscli do some pages, then wait on a fifo forever: a batch caught mid-way."""
    fifo = tmp_path / "slow.txt"
    os.mkfifo(fifo)
    return [big, fifo, big]


def test_ctrl_c_parse_exits_130(tmp_path, stuck_batch):
    out = open(tmp_path / "stdout.jsonl", "wb")
    proc = start(["parse", *stuck_batch], tmp_path, stdout=out)
    writer = wait_for_reader(stuck_batch[1], proc)
    try:
        status, stderr = interrupt(proc)
    finally:
        os.close(writer)
        out.close()
    assert status == ExitStatus.INTERRUPTED
    assert "Traceback" not in stderr and stderr.strip() == "tasscli: interrupted"
    assert len((tmp_path / "stdout.jsonl").read_text().splitlines()) == 400  # what was done is out


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_convert_leaves_no_partial_file(tmp_path, stuck_batch, jobs):
    target = tmp_path / "out.jsonl"
    proc = start(["convert", *stuck_batch, "-o", target, "--jobs", jobs], tmp_path,
                 stdout=subprocess.DEVNULL)
    writer = wait_for_reader(stuck_batch[1], proc)
    try:
        assert [path.name for path in tmp_path.iterdir() if path.name.startswith(".out.jsonl")]
        status, stderr = interrupt(proc)
    finally:
        os.close(writer)
    assert status == ExitStatus.INTERRUPTED
    assert "Traceback" not in stderr and "KeyboardInterrupt" not in stderr
    assert not target.exists()
    assert sorted(path.name for path in tmp_path.iterdir()) == ["slow.txt"]  # no temporary file


def test_ctrl_c_convert_to_folder_leaves_only_whole_files(tmp_path, stuck_batch):
    out = tmp_path / "out"
    proc = start(["convert", *stuck_batch, "-o", f"{out}/", "--jobs", "1"], tmp_path,
                 stdout=subprocess.DEVNULL)
    writer = wait_for_reader(stuck_batch[1], proc)
    try:
        status, stderr = interrupt(proc)
    finally:
        os.close(writer)
    assert status == ExitStatus.INTERRUPTED
    assert "Traceback" not in stderr
    files = [path for path in out.rglob("*") if path.is_file()]
    assert len(files) == 400
    for path in files:
        assert not path.name.startswith(".") and path.suffix == ".json"
        assert json.loads(path.read_text())[0]["headline"]


# --- full disk -------------------------------------------------------------------------------------


@pytest.fixture
def full_device(tmp_path):
    """A private /dev/full (same device numbers), so that a program that renames over its -o
    target cannot replace the system's /dev/full."""
    node = tmp_path / "full"
    try:
        os.mknod(node, 0o666 | stat.S_IFCHR, os.makedev(1, 7))
        with open(node, "wb") as handle:
            handle.write(b"x")
            handle.flush()
    except PermissionError:
        pytest.skip("cannot make a device node here")
    except OSError as exc:
        if exc.errno != errno.ENOSPC:
            pytest.skip(f"no usable device node here: {exc}")
    return node


def one_error_line(stderr):
    lines = [line for line in stderr.decode("utf-8", "replace").splitlines() if line.strip()]
    assert len(lines) == 1, lines
    return lines[0]


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv"])
def test_dev_full_parse(big, fmt):
    with open("/dev/full", "wb") as full:
        result = subprocess.run(TASSCLI + ["parse", "--format", fmt, str(big)], stdout=full,
                                stderr=subprocess.PIPE, timeout=120)
    assert result.returncode == ExitStatus.ERROR
    assert one_error_line(result.stderr) == "tasscli: write error: No space left on device"


def test_dev_full_small_output(tmp_path):
    """Output small enough to sit in the buffer until the end still fails loudly."""
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    with open("/dev/full", "wb") as full:
        result = subprocess.run(TASSCLI + ["parse", str(page)], stdout=full, stderr=subprocess.PIPE,
                                timeout=60)
    assert result.returncode != 0
    assert one_error_line(result.stderr) == "tasscli: write error: No space left on device"


def test_dev_full_convert_output(tmp_path, big, full_device):
    result = subprocess.run(TASSCLI + ["convert", str(big), "-o", str(full_device), "--format", "jsonl",
                                       "-q", "--jobs", "1"], capture_output=True, timeout=120)
    assert stat.S_ISCHR(os.stat(full_device).st_mode), "the device node was replaced"
    assert result.returncode != 0
    assert "No space left on device" in one_error_line(result.stderr)
    assert not [path for path in tmp_path.iterdir() if path.name.endswith(".tmp")]


# --- the guard (CliRunner) -------------------------------------------------------------------------


@pytest.mark.parametrize("exc, status, why", [
    (KeyboardInterrupt(), ExitStatus.INTERRUPTED, None),
    (BrokenPipeError(errno.EPIPE, "Broken pipe"), ExitStatus.BROKEN_PIPE, None),
    (OSError(errno.EPIPE, "Broken pipe"), ExitStatus.BROKEN_PIPE, None),
    (OSError(errno.ENOSPC, "No space left on device"), ExitStatus.ERROR, Cause.OUTPUT),
    (PermissionError(errno.EACCES, "Permission denied", "out.jsonl"), ExitStatus.ERROR, Cause.OUTPUT),
    (InputError("a.txt", "not text"), ExitStatus.ERROR, Cause.INPUT),
    (ValueError("bug"), ExitStatus.INTERNAL_ERROR, None),
    (MemoryError(), ExitStatus.INTERNAL_ERROR, None),
])
def test_exit_status_mapping(exc, status, why):
    assert exit_status(exc) == status
    assert cause(exc) is why


@pytest.mark.parametrize("exc, message", [
    (KeyboardInterrupt(), "interrupted"),
    (BrokenPipeError(errno.EPIPE, "Broken pipe"), None),
    (OSError(errno.ENOSPC, "No space left on device"), "write error: No space left on device"),
    (PermissionError(errno.EACCES, "Permission denied", "out.jsonl"), "out.jsonl: Permission denied"),
    (InputError("a\x1b[2J.txt", "not text"), "a\\x1b[2J.txt: not text"),
    (MemoryError(), "out of memory"),
])
def test_guard_messages(exc, message):
    assert describe(exc) == message


def _raising(exc):
    def run(*args, **kwargs):
        raise exc
        yield  # a generator, like the real one

    return run


def test_guard_internal_error_is_one_line(monkeypatch, tmp_path):
    monkeypatch.setattr(cli_module, "run", _raising(RuntimeError("boom\x1b[2J")))
    result = CliRunner().invoke(main, ["parse", "--format", "jsonl", "x.txt"])
    assert result.exit_code == ExitStatus.INTERNAL_ERROR
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("tasscli: internal error: RuntimeError: boom\\x1b[2J")
    assert TRACEBACK_ENV in lines[0]


def test_guard_traceback_on_request(monkeypatch):
    monkeypatch.setattr(cli_module, "run", _raising(RuntimeError("boom")))
    monkeypatch.setenv(TRACEBACK_ENV, "1")
    result = CliRunner().invoke(main, ["parse", "--format", "jsonl", "x.txt"])
    assert isinstance(result.exception, RuntimeError)


@pytest.mark.parametrize("exc, status, stderr", [
    (KeyboardInterrupt(), ExitStatus.INTERRUPTED, "tasscli: interrupted\n"),
    (BrokenPipeError(errno.EPIPE, "Broken pipe"), ExitStatus.BROKEN_PIPE, ""),
    (OSError(errno.ENOSPC, "No space left on device"), ExitStatus.ERROR,
     "tasscli: write error: No space left on device\n"),
])
def test_guard_in_process(monkeypatch, exc, status, stderr):
    monkeypatch.setattr(cli_module, "run", _raising(exc))
    result = CliRunner().invoke(main, ["parse", "--format", "jsonl", "x.txt"])
    assert result.exit_code == status
    assert result.stderr == stderr


def test_guard_leaves_usage_errors_to_click():
    result = CliRunner().invoke(main, ["parse", "--format", "nope"])
    assert result.exit_code == ExitStatus.USAGE
    assert "Invalid value for '--format'" in result.stderr


def test_guard_on_every_command():
    from tasscli.cli.guard import GuardedGroup

    assert isinstance(main, GuardedGroup)  # the commands loaded lazily included: one group invokes them all
    assert Path(cli_module.__file__).name == "main.py"
