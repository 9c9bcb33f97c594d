"""Issue 21, point 2: one `Report` decides every command's exit status, and one function prints a
problem line (`tasscli.cli.problems`)."""
import errno
import re
import signal

import pytest
from click.testing import CliRunner
from paths import ROOT

from tasscli.batch.pipeline import Outcome
from tasscli.batch.report import Report
from tasscli.cli import problems
from tasscli.cli.main import main
from tasscli.errors import Cause, ExitStatus, InputError, Stopped

PAGE = (ROOT / "samples" / "tass_allnews_1.txt").read_text(encoding="utf-8")
COMMANDS = [["parse", "--format", "jsonl"], ["explain"], ["check"], ["stats", "--format", "json"],
            ["convert", "-o", "-"]]


def invoke(*args):
    return CliRunner().invoke(main, [str(arg) for arg in args])


@pytest.fixture
def here(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    return tmp_path


# --- the statuses ----------------------------------------------------------------------------------

def test_each_status_has_one_name():
    """No aliases: `ExitStatus(1)` cannot stand for an output error when it was named INPUT_ERROR."""
    assert len(ExitStatus.__members__) == len(ExitStatus)
    assert ExitStatus(1) is ExitStatus.ERROR and ExitStatus(1).name == "ERROR"


def test_the_statuses_are_the_readmes():
    section = (ROOT / "README.md").read_text(encoding="utf-8").split("## Errors and exit statuses")[1]
    table = section.split("\n\n")[2]
    documented = {int(number) for number in re.findall(r"^\| (\d+) \|", table, re.M)}
    assert documented == {int(status) for status in ExitStatus}


# --- the one rule ----------------------------------------------------------------------------------

def outcome(failed=False):
    return Outcome("a.txt", 1, None if failed else [{"headline": "H"}], "broken" if failed else None)


def test_a_clean_run_is_ok():
    report = Report()
    report.add(outcome())
    assert report.status is ExitStatus.OK and not report.failed and report.causes == set()


@pytest.mark.parametrize("tell, status, causes", [
    (lambda report: report.add(outcome(failed=True)), ExitStatus.ERROR, {Cause.INPUT}),
    (lambda report: report.failed_page(), ExitStatus.ERROR, {Cause.INPUT}),
    (lambda report: report.unwritten(report.add(outcome()) or outcome(), "disk full"), ExitStatus.ERROR,
     {Cause.OUTPUT}),
    (lambda report: report.problem(Cause.CHECK), ExitStatus.ERROR, {Cause.CHECK}),
    (lambda report: report.stop(KeyboardInterrupt()), ExitStatus.INTERRUPTED, set()),
    (lambda report: report.stop(Stopped(signal.SIGTERM)), ExitStatus.TERMINATED, set()),
    (lambda report: report.stop(Stopped(signal.SIGHUP)), ExitStatus.HANGUP, set()),
    (lambda report: report.stop(BrokenPipeError(errno.EPIPE, "Broken pipe")), ExitStatus.BROKEN_PIPE, set()),
    (lambda report: report.stop(OSError(errno.ENOSPC, "No space left on device")), ExitStatus.ERROR,
     {Cause.OUTPUT}),
])
def test_what_a_report_is_told_decides_its_status(tell, status, causes):
    report = Report()
    tell(report)
    assert report.status is status
    assert report.causes == causes and report.failed == bool(causes)


def test_a_stop_outranks_the_failures_counted_before_it():
    report = Report()
    report.add(outcome(failed=True))
    report.stop(KeyboardInterrupt())
    assert report.status is ExitStatus.INTERRUPTED and report.interrupted
    assert report.summary().startswith("interrupted: 1 file, 1 page, 0 articles, 1 error")


def test_counts_stay_by_the_rule():
    report = Report()
    report.add(outcome())
    report.add(outcome(failed=True))
    failed = report.unwritten(outcome(), "disk full")
    report.failed_page()
    assert failed.records is None and failed.error == "disk full" and failed.dropped == 0
    assert (report.pages, report.failed_pages, report.errors) == (3, 3, 3)


@pytest.mark.parametrize("command", COMMANDS, ids=lambda command: command[0])
def test_every_command_exits_with_its_reports_status(here, monkeypatch, command):
    """Whatever the run met, the status is the one its Report gives (here a made-up one)."""
    monkeypatch.setattr(Report, "status", property(lambda self: ExitStatus.HANGUP))
    assert invoke(*command, "page.txt").exit_code == ExitStatus.HANGUP
    assert invoke(*command, "page.txt", "missing.txt").exit_code == ExitStatus.HANGUP


@pytest.mark.parametrize("command", COMMANDS, ids=lambda command: command[0])
def test_an_unreadable_input_fails_every_command_alike(here, command):
    result = invoke(*command, "page.txt", "missing.txt")
    assert result.exit_code == ExitStatus.ERROR
    assert "tasscli: missing.txt: No such file or directory\n" in result.stderr


def test_check_problems_fail_the_run(here):
    (here / "bare.txt").write_text("A line\n", encoding="utf-8")
    assert invoke("check", "page.txt").exit_code == ExitStatus.OK
    assert invoke("check", "--require", "headline,published,body", "bare.txt").exit_code == ExitStatus.ERROR


# --- the one printer -------------------------------------------------------------------------------

@pytest.mark.parametrize("command", COMMANDS, ids=lambda command: command[0])
def test_every_command_prints_its_problem_lines_through_one_function(here, monkeypatch, command):
    printed = []
    monkeypatch.setattr(problems, "_write", lambda text, display: printed.append(text))
    invoke(*command, "page.txt", "missing.txt")
    assert "tasscli: missing.txt: No such file or directory" in printed


def test_a_problem_line_is_one_escaped_line_naming_its_source(capsys):
    problems.problem("pages/a\x1b[2J.txt", "bad\nbytes", 3)
    problems.note("checked 1 page:\x07 no problems")
    assert capsys.readouterr().err == ("tasscli: pages/a\\x1b[2J.txt:3: bad\\x0abytes\n"
                                       "tasscli: checked 1 page:\\x07 no problems\n")


def test_a_problem_line_is_the_input_errors_message():
    error = InputError("a" * 500 + "\u202e.txt", "<ZipInfo filename='x.txt' compress_type=deflate>", 7)
    printed = []
    problems.problem(error.source, error.reason, error.line, display=type("D", (), {"message": printed.append})())
    assert printed == [f"tasscli: {error.message()}"] and len(printed[0]) < 200


def test_convert_errors_to_stderr_as_json_lines(here):
    result = invoke("convert", "page.txt", "missing.txt", "-o", "-", "--errors", "-")
    assert result.exit_code == ExitStatus.ERROR
    assert result.stderr.splitlines()[0] == '{"source": "missing.txt", "error": "No such file or directory"}'


def test_no_other_printer_of_lines_on_stderr():
    """A new `click.echo(..., err=True)` in the commands would be a second printer: lines on stderr
    go through `tasscli.cli.problems` (the progress display only carries them)."""
    allowed = {"tasscli/cli/problems.py", "tasscli/batch/progress.py"}
    found = [str(path.relative_to(ROOT)) for folder in ("tasscli/cli", "tasscli/batch")
             for path in sorted((ROOT / folder).glob("*.py"))
             if re.search(r"err=True|sys\.stderr\.write|file=sys\.stderr", path.read_text(encoding="utf-8"))]
    assert set(found) <= allowed, found
