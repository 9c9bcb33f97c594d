"""`tasscli convert`: whole archives to one file, or to one JSON file per page.

The work is in `tasscli.io.readers` (inputs), `tasscli.batch.pipeline` (parsing, in order, maybe in worker
processes) and the sinks below (outputs). Every output file is written under a temporary name
(`.NAME.PID.tmp`, hidden, in the same folder) and renamed when complete, so an interrupted or failed
run never leaves a half-written file behind.
"""
from __future__ import annotations

import json
import os
import signal
import stat
import sys
import threading
from typing import IO, Any, List, Optional, Tuple

import click

from tasscli.batch.pipeline import Engine, Outcome, Report, check_fields, default_jobs, run_pages
from tasscli.batch.progress import make_progress
from tasscli.cli.options import check_excel_safe, excel_safe_option, input_options, make_options, normalize_options
from tasscli.errors import ExitStatus
from tasscli.io.readers import Page, input_mtimes, read_inputs
from tasscli.io.writers import WRITERS, Writer, make_writer

#: OUTPUT suffixes that name a format.
SUFFIX_FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".csv": "csv"}


# --- atomic files ----------------------------------------------------------------------------------


def temp_name(path: str) -> str:
    folder, name = os.path.split(path)
    return os.path.join(folder, f".{name}.{os.getpid()}.tmp")


class AtomicFile:
    """A text file written under a temporary name and renamed over `path` by `commit()`.

    The temporary name is fixed before the file is opened, so `abort()` removes it whenever an
    interruption comes. A `path` that exists and is not a regular file (a device such as /dev/null
    or /dev/stdout, a named pipe) is written straight: renaming over it would replace it.
    """

    def __init__(self, path: str) -> None:
        self.path = path
        self.temp = temp_name(path)
        self.direct = _special(path)
        self.stream: Optional[IO[str]] = None

    def open(self, buffer_size: int = -1) -> IO[str]:
        """The stream to write; `buffer_size` (bytes) for a temporary file only: a device or pipe
        written straight keeps the default, so that a write error shows where it did."""
        buffering = buffer_size if not self.direct else -1
        try:
            self.stream = open(self.path if self.direct else self.temp, "w", encoding="utf-8", newline="",
                               buffering=buffering)
        except OSError as exc:  # name the file the user asked for, not the temporary one
            raise OSError(exc.errno, exc.strerror, self.path) from None
        return self.stream

    def commit(self) -> None:
        if self.stream is not None:
            self.stream.close()
        if not self.direct:
            os.replace(self.temp, self.path)

    def abort(self) -> None:
        try:
            if self.stream is not None:
                self.stream.close()
        except OSError:
            pass
        if not self.direct:
            try:
                os.unlink(self.temp)
            except OSError:
                pass


def _special(path: str) -> bool:
    try:
        return not stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False


# --- sinks: where outcomes go ----------------------------------------------------------------------


class Sink:
    """Made without touching the disk; `open()` starts writing, `commit()` or `abort()` ends."""

    def open(self) -> None:
        return None

    def write(self, outcome: Outcome) -> None:
        raise NotImplementedError

    def commit(self) -> None:
        return None

    def abort(self) -> None:
        return None


class StreamSink(Sink):
    """All records into one document (JSON Lines, JSON, CSV, ...) on stdout or an atomic file."""

    def __init__(self, path: str, fmt: str, fields: Optional[List[str]], excel_safe: bool = False) -> None:
        self.file = None if path == "-" else AtomicFile(path)
        self.fmt = fmt
        self.fields = fields
        self.excel_safe = excel_safe
        self.writer: Optional[Writer] = None

    #: The buffer of the one output file: a write of the file every 64 KB instead of every 8 KB,
    #: about half a microsecond less per record (issue 6).
    BUFFER = 64 * 1024

    def open(self) -> None:
        stream = sys.stdout if self.file is None else self.file.open(self.BUFFER)
        self.writer = make_writer(self.fmt, stream, self.fields, self.excel_safe)

    def write(self, outcome: Outcome) -> None:
        assert self.writer is not None
        for record in outcome.records or ():
            self.writer.write(record)

    def commit(self) -> None:
        assert self.writer is not None
        self.writer.close()
        if self.file is not None:
            self.file.commit()

    def abort(self) -> None:
        if self.file is not None:
            self.file.abort()


class FolderSink(Sink):
    """One JSON file per page (an array of its records), at `root/outname`; failed pages get none."""

    def __init__(self, root: str) -> None:
        self.root = root
        self._made = ""  # the last folder made: consecutive pages mostly share it
        self._current: Optional[AtomicFile] = None  # the file being written, for abort()

    def open(self) -> None:
        os.makedirs(self.root, exist_ok=True)

    def path(self, outname: str) -> str:
        return os.path.join(self.root, *outname.split("/"))

    def write(self, outcome: Outcome) -> None:
        if outcome.records is None:
            return
        path = self.path(outcome.outname)
        folder = os.path.dirname(path)
        if folder != self._made:
            os.makedirs(folder, exist_ok=True)
            self._made = folder
        self._current = AtomicFile(path)
        self._current.open().write(json.dumps(outcome.records, ensure_ascii=False, indent=2) + "\n")
        self._current.commit()
        self._current = None

    def abort(self) -> None:
        if self._current is not None:
            self._current.abort()

    def fresh(self, outname: str, mtime: float) -> bool:
        """Is the output for `outname` there and newer than its input (for --resume)?"""
        try:
            return os.stat(self.path(outname)).st_mtime > mtime
        except OSError:
            return False


class ErrorsFile(Sink):
    """`--errors FILE`: one JSON line per failed page, {"source": ..., "error": ...}."""

    def __init__(self, path: Optional[str]) -> None:
        self.file = AtomicFile(path) if path else None
        self.stream: Optional[IO[str]] = None

    def open(self) -> None:
        if self.file is not None:
            self.stream = self.file.open()

    def write(self, outcome: Outcome) -> None:
        if self.stream is not None:
            line = json.dumps({"source": outcome.source, "error": outcome.error}, ensure_ascii=False)
            self.stream.write(line + "\n")

    def commit(self) -> None:
        if self.file is not None:
            self.file.commit()

    def abort(self) -> None:
        if self.file is not None:
            self.file.abort()


# --- the command -----------------------------------------------------------------------------------


def output_target(output: str, fmt: Optional[str]) -> Tuple[str, str]:
    """("folder", "json") or ("file", FORMAT) for OUTPUT; raises click.UsageError when unclear."""
    if output == "-":
        return "file", fmt or "jsonl"
    if output.endswith(("/", os.sep)) or os.path.isdir(output):
        if fmt not in (None, "json"):
            raise click.UsageError(f"-o {output} is a folder: it gets one JSON file per page, so "
                                   f"--format {fmt} does not apply")
        return "folder", "json"
    suffix = os.path.splitext(output)[1].lower()
    implied = SUFFIX_FORMATS.get(suffix)
    if implied and fmt and fmt != implied:
        raise click.UsageError(f"-o {output} ends in {suffix} but --format is {fmt}")
    if implied or fmt:
        return "file", fmt or implied  # type: ignore[return-value]
    raise click.UsageError(f"cannot tell what to write to -o {output}: end it in .jsonl, .json or .csv "
                           f"for one file, in / for a folder, or give --format")


def _report_error(outcome: Outcome) -> None:
    from tasscli.term import safe

    click.echo(f"tasscli: {safe(outcome.source)}: {safe(outcome.error)}", err=True)


def _terminal(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


class _Stop(Exception):
    """SIGTERM, turned into an exception so that the same clean-up as Ctrl-C runs."""


def _on_sigterm(signum: int, frame: Any) -> None:
    raise _Stop()


def _jobs_help() -> str:
    return f"Processes that parse, this one included (default: the number of cores, here {default_jobs()}); " \
           "1 starts no worker. The output is the same whatever the number."


@click.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option("-o", "--output", required=True, metavar="OUTPUT",
              help="out.jsonl, out.json or out.csv: one file; a folder (existing, or ending in /): one "
                   "JSON file per page, mirroring the inputs; `-`: standard output (with --format).")
@click.option("--format", "fmt", type=click.Choice(sorted(WRITERS)), default=None,
              help="Format of a one-file OUTPUT (default: from its suffix; jsonl for `-o -`).")
@click.option("--fields", metavar="A,B,C",
              help="Write only these fields, in this order (e.g. --fields source,headline,published).")
@excel_safe_option
@input_options
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None, help=_jobs_help())
@click.option("-q", "--quiet", is_flag=True,
              help="No progress display and no summary line; errors are still reported.")
@click.option("--resume", is_flag=True,
              help="Skip what is already converted: with a folder OUTPUT, each input whose JSON file "
                   "exists and is newer than the input; with a file OUTPUT, everything when it is "
                   "newer than every input.")
@click.option("--errors", "errors_path", metavar="FILE", type=click.Path(dir_okay=False),
              help="Also write each failed page to FILE as a JSON line: {\"source\": ..., \"error\": ...}.")
@normalize_options
def convert(inputs: Tuple[str, ...], output: str, fmt: Optional[str], fields: Optional[str], excel_safe: bool,
            glob: str, max_page: int, nested: bool, jobs: Optional[int], quiet: bool, resume: bool,
            errors_path: Optional[str], raw: bool, labeler: bool, ascii_punctuation: bool) -> None:
    """Convert INPUTS (files, folders, archives, `-`) to OUTPUT, page by page.

    INPUTS can be page files, folders (read recursively, see --glob), .gz/.bz2/.xz files, .zip,
    .tar, .tar.gz/.tgz, .tar.bz2 and .tar.xz archives (read as streams, never extracted), and `-`
    for standard input. A file holding many pages one after another is split into its pages
    (sources `big.txt#1`, `big.txt#2`, ...); archive members are named `archive.zip!dir/page.txt`.

    A page that cannot be read (a missing file, a corrupt member, a page larger than
    --max-page-size, a line longer than 1 MiB) is reported on stderr as `tasscli: SOURCE: reason`
    and the batch goes on; the exit status is then 1. Ctrl-C stops cleanly with status 130. No half-written
    output is ever left: each file is written under a temporary name and renamed when complete.

    \b
    Examples:
      tasscli convert pages/ -o articles.jsonl
      tasscli convert archive.zip -o articles.csv --excel-safe --errors failed.jsonl
      tasscli convert pages.tar.gz -o out/ --jobs 2
      tasscli convert page.txt.gz big.txt -o - --format json | jq length
      tasscli convert pages/ --glob '*.text' -o articles.json --fields source,headline,published
      tasscli convert pages/ -o out/ --resume
    """

    try:
        field_list = check_fields([n.strip() for n in fields.split(",") if n.strip()]) if fields else None
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--fields") from None
    options = make_options(raw, ascii_punctuation, labeler)
    kind, fmt = output_target(output, fmt)
    check_excel_safe(excel_safe, fmt)
    jobs = jobs or default_jobs()
    report = Report()

    if resume and kind == "file" and output != "-" and os.path.exists(output):
        newest = max(input_mtimes(inputs, glob), default=float("inf"))
        if os.stat(output).st_mtime > newest:
            if not quiet:
                click.echo(f"tasscli: {output} is newer than every input; nothing to do", err=True)
            sys.exit(ExitStatus.OK)

    previous = signal.signal(signal.SIGTERM, _on_sigterm) if _main_thread() else None
    sinks: List[Sink] = []
    committed = False
    interrupted = False
    try:
        sink, skip, skip_page = _make_sink(kind, output, fmt, field_list, resume, report, excel_safe)
        errors = ErrorsFile(errors_path)
        sinks = [sink, errors]
        for each in sinks:
            each.open()
        with Engine(jobs, field_list, options, on_notice=_notice) as engine:
            progress = make_progress(not quiet and _terminal(sys.stderr), sys.stderr)
            with progress:
                progress.count_in_background(lambda: _count(inputs, glob, nested))
                write, update = sink.write, progress.update  # looked up once, not once per page
                for outcome in run_pages(read_inputs(inputs, glob, skip, max_page, nested), engine, report, skip_page):
                    if outcome.records is None:
                        _report_error(outcome)
                        errors.write(outcome)
                    else:
                        write(outcome)
                    update(report)
        for each in sinks:
            each.commit()
        committed = True
        status = int(ExitStatus.INPUT_ERROR if report.failed else ExitStatus.OK)
    except KeyboardInterrupt:
        interrupted, status = True, int(ExitStatus.INTERRUPTED)
    except _Stop:
        interrupted, status = True, 128 + signal.SIGTERM
    except OSError as exc:  # the output: cannot create, disk full, a reader of stdout gone (141), ...
        from tasscli.cli.guard import handle

        status = int(handle(exc))  # one line on stderr, the status from tasscli.errors
    finally:
        if not committed:
            for each in sinks:
                each.abort()
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
    if not quiet and status != ExitStatus.BROKEN_PIPE:
        click.echo(f"tasscli: {report.summary(interrupted)}", err=True)
    sys.exit(status)


def _make_sink(kind: str, output: str, fmt: str, fields: Optional[List[str]], resume: bool,
               report: Report, excel_safe: bool = False) -> Tuple[Sink, Any, Any]:
    """The sink for OUTPUT, and for --resume with a folder the two skip tests (file, page)."""
    if kind != "folder":
        return StreamSink(output, fmt, fields, excel_safe), None, None
    folder = FolderSink(output)
    if not resume:
        return folder, None, None

    def skip(outname: str, mtime: float) -> bool:
        if folder.fresh(outname, mtime):
            report.skipped += 1
            return True
        return False

    def skip_page(page: Page) -> bool:
        return folder.fresh(page.outname, page.mtime)

    return folder, skip, skip_page


def _notice(text: str) -> None:
    click.echo(f"tasscli: {text}", err=True)


def _count(inputs: Tuple[str, ...], glob: str, nested: bool = False) -> int:
    from tasscli.io.readers import count_files

    return count_files(inputs, glob, nested)


def _main_thread() -> bool:
    return threading.current_thread() is threading.main_thread()
