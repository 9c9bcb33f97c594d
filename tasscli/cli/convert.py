"""`tasscli convert`: whole archives to one file, or to one JSON file per page.

The work is in `tasscli.io.readers` (inputs), `tasscli.batch.pipeline` (parsing, in order, maybe in worker
processes) and `tasscli.cli.outputs` (the sinks, the output names, and the rules that keep outputs
apart from each other and from the inputs).

Ctrl-C, SIGTERM and SIGHUP stop a run alike: the stop is an exception that no per-page handler
catches (`tasscli.errors.Stopped` derives from BaseException, as KeyboardInterrupt does), the
temporary files are removed, the summary so far is printed, and the status (`Report.status`) is
128 + the signal's number.
"""
from __future__ import annotations

import os
import signal
import sys
import threading
from typing import Any, Iterable, List, Optional, Tuple

import click

from tasscli.batch.filters import RecordFilter
from tasscli.batch.pipeline import Engine, Outcome, Report, default_jobs, read_items, run_pages
from tasscli.batch.progress import make_progress
from tasscli.cli import manifest
from tasscli.cli.options import (
    Inputs,
    Learning,
    check_excel_safe,
    excel_safe_option,
    fields_option,
    input_options,
    learn_options,
    make_options,
    normalize_options,
    selection_options,
)
from tasscli.cli.outputs import ErrorsFile, FolderSink, Sink, StreamSink
from tasscli.cli.problems import note, problem
from tasscli.cli.targets import check_targets, input_files
from tasscli.errors import Stopped
from tasscli.io.readers import Page, input_mtimes
from tasscli.io.writers import WRITERS
from tasscli.term import is_terminal

#: OUTPUT suffixes that name a format.
SUFFIX_FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".csv": "csv", ".parquet": "parquet",
                  ".ninjs.jsonl": "ninjs", ".ninjs.json": "ninjs"}


# --- the command -----------------------------------------------------------------------------------


#: The one rule for ninjs outputs, as `--help` states it.
NINJS_RULE = ("--format ninjs writes to OUTPUT.ninjs.jsonl (one object per line), OUTPUT.ninjs.json "
              "(one array), a folder (one file of ninjs objects per page) or `-`")


def _suffix(output: str) -> str:
    """The suffix that names OUTPUT's format: `.ninjs.jsonl` and `.ninjs.json` whole, else the last."""
    lower = output.lower()
    for double in (".ninjs.jsonl", ".ninjs.json"):
        if lower.endswith(double):
            return double
    return os.path.splitext(lower)[1]


def output_target(output: str, fmt: Optional[str]) -> Tuple[str, str]:
    """("folder", "json" or "ninjs") or ("file", FORMAT) for OUTPUT; raises click.UsageError when
    unclear or when OUTPUT's name says another format than --format."""
    if output == "-":
        return "file", fmt or "jsonl"
    if output.endswith(("/", os.sep)) or os.path.isdir(output):
        if fmt not in (None, "json", "ninjs"):
            raise click.UsageError(f"-o {output} is a folder: it gets one JSON file per page, so "
                                   f"--format {fmt} does not apply")
        return "folder", fmt or "json"
    suffix = _suffix(output)
    implied = SUFFIX_FORMATS.get(suffix)
    if fmt == "ninjs" and implied != "ninjs":
        raise click.UsageError(f"-o {output}: {NINJS_RULE}")
    if implied and fmt and fmt != implied:
        raise click.UsageError(f"-o {output} ends in {suffix} but --format is {fmt}")
    if implied or fmt:
        return "file", fmt or implied  # type: ignore[return-value]
    raise click.UsageError(f"cannot tell what to write to -o {output}: end it in .jsonl, .json, .csv, "
                           f".ninjs.jsonl or .ninjs.json for one file, in / for a folder, or give --format")


def _on_stop(signum: int, frame: Any) -> None:
    raise Stopped(signum)  # a BaseException: the pipeline's per-page `except Exception` never catches it


#: The signals that stop a run as Ctrl-C does (SIGINT stays Python's KeyboardInterrupt).
STOP_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))


class _Signals:
    """SIGTERM and SIGHUP raise `Stopped` while the run lasts (main thread only); `hold()` blocks them
    and Ctrl-C around the commits, so a stop cannot come between two renames."""

    def __enter__(self) -> _Signals:
        self.previous = {}
        if threading.current_thread() is threading.main_thread():
            self.previous = {number: signal.signal(number, _on_stop) for number in STOP_SIGNALS}
        return self

    def __exit__(self, *exc: Any) -> None:
        for number, handler in self.previous.items():
            signal.signal(number, handler)

    def hold(self) -> Any:
        import contextlib

        if not self.previous or not hasattr(signal, "pthread_sigmask"):
            return contextlib.nullcontext()
        return _Blocked((*STOP_SIGNALS, signal.SIGINT))


class _Blocked:
    def __init__(self, numbers: Tuple[int, ...]) -> None:
        self.numbers = numbers

    def __enter__(self) -> None:
        self.old = signal.pthread_sigmask(signal.SIG_BLOCK, self.numbers)

    def __exit__(self, *exc: Any) -> None:
        signal.pthread_sigmask(signal.SIG_SETMASK, self.old)  # a held signal is delivered here


def _jobs_help() -> str:
    return f"Processes that parse, this one included (default: the number of cores, here {default_jobs()}); " \
           "1 starts no worker. The output is the same whatever the number."


@click.command()
@input_options
@click.option("-o", "--output", required=True, metavar="OUTPUT",
              help="out.jsonl, out.json or out.csv: one file; a folder (existing, or ending in /): one "
                   "JSON file per page, mirroring the inputs (two pages whose names would be the same, "
                   "case aside, get a.json and a~2.json, in input order); `-`: standard output (with "
                   "--format). An OUTPUT that is an input is a usage error. " + NINJS_RULE + "; "
                   "out.ninjs.jsonl and out.ninjs.json imply --format ninjs.")
@click.option("--format", "fmt", type=click.Choice(sorted(WRITERS)), default=None,
              help="Format of OUTPUT (default: from its suffix; jsonl for `-o -`; json for a folder).")
@click.option("--fields", callback=fields_option, metavar="A,B,C",
              help="Write only these fields, in this order: record fields and CSV column names "
                   "(e.g. --fields source,headline,published,dateline_place). ninjs objects keep their "
                   "uri, made from the source, whatever --fields says.")
@excel_safe_option
@selection_options
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None, help=_jobs_help())
@click.option("-q", "--quiet", is_flag=True,
              help="No progress display and no summary line; errors are still reported.")
@click.option("--resume", is_flag=True,
              help="Skip what is already converted, when the output was made with the same inputs and "
                   "options (the manifest kept beside it: OUTPUT.manifest, or .tasscli-manifest in "
                   "an output folder): with a folder OUTPUT, each input whose JSON file exists and is "
                   "newer than the input; with a file OUTPUT, everything when it is newer than every "
                   "input. Other options, or no manifest: everything is converted again.")
@click.option("--errors", "errors_path", metavar="FILE", type=click.Path(dir_okay=False, allow_dash=True),
              help="Also write each failed page to FILE as a JSON line: {\"source\": ..., \"error\": ...}; "
                   "`--errors -`: these JSON lines on standard error, in place of the `tasscli: SOURCE: "
                   "reason` lines. FILE may be neither an input nor OUTPUT.")
@normalize_options
@learn_options
def convert(inputs: Inputs, output: str, fmt: Optional[str], fields: Optional[List[str]], excel_safe: bool,
            keep: RecordFilter, jobs: Optional[int], quiet: bool, resume: bool, errors_path: Optional[str],
            raw: bool, labeler: bool, ascii_punctuation: bool, learning: Learning) -> None:
    """Convert FILES (files, folders, archives, `-`) to OUTPUT, page by page.

    FILES can be page files, folders (read recursively, see --glob), .gz/.bz2/.xz files, .zip,
    .tar, .tar.gz/.tgz, .tar.bz2 and .tar.xz archives (read as streams, never extracted), and `-`
    for standard input (also read when no FILES are named and standard input is not a terminal).
    A file holding many pages one after another is split into its pages (sources `big.txt#1`,
    `big.txt#2`, ...); archive members are named `archive.zip!dir/page.txt`.

    A page that cannot be read (a missing file, a corrupt member, an HTML page, a page larger than
    --max-page-size, a line longer than 1 MiB) is reported on stderr as `tasscli: SOURCE: reason`
    and the batch goes on; the exit status is then 1, as when one page's output file cannot be
    made. Ctrl-C, SIGTERM and SIGHUP stop cleanly with status 130, 143 and 129. No half-written
    output is ever left: each file is written under a temporary name and renamed when complete.

    \b
    Examples:
      tasscli convert pages/ -o articles.jsonl
      tasscli convert archive.zip -o articles.csv --excel-safe --errors failed.jsonl
      tasscli convert pages.tar.gz -o out/ --jobs 2
      tasscli convert page.txt.gz big.txt -o - --format json | jq length
      tasscli convert pages/ --glob '*.text' -o articles.json --fields source,headline,published
      tasscli convert pages/ -o articles.ninjs.jsonl --agency TASS --since 2018
      tasscli convert pages/ -o out/ --resume
    """
    paths, glob, max_page, nested, max_pages = inputs
    options = make_options(raw, ascii_punctuation, labeler)
    kind, fmt = output_target(output, fmt)
    check_excel_safe(excel_safe, fmt)
    jobs = jobs or default_jobs()
    report = Report()
    # the ninjs uri is made from the source, whatever --fields says
    field_list = [*fields, "source"] if fmt == "ninjs" and fields and "source" not in fields else fields

    check_targets(paths, output, kind, errors_path)

    manifest_file = manifest.manifest_path(output, kind)
    wanted = manifest.describe(inputs=paths, glob=glob, nested=nested, max_page=max_page, max_pages=max_pages,
                               format=fmt,
                               fields=fields, excel_safe=excel_safe, filters=keep.describe(), raw=raw, labeler=labeler,
                               ascii_punctuation=ascii_punctuation, learn=learning.on)
    same = manifest.matches(manifest_file, wanted)
    resume = _may_resume(resume, same, quiet, output, kind, paths, glob, report, manifest_file)

    sinks: List[Sink] = []
    committed = False
    summary = not quiet
    with _Signals() as signals:
        try:
            sink, skip, skip_page = _make_sink(kind, output, fmt, field_list, resume, report, excel_safe, paths)
            errors = ErrorsFile(errors_path)
            sinks = [sink, errors]
            for each in sinks:
                each.open()
            progress = make_progress(False, sys.stderr)
            with Engine(jobs, field_list, options, on_notice=lambda text: note(text, display=progress),
                        keep=keep or None) as engine:
                progress = make_progress(not quiet and is_terminal(sys.stderr), sys.stderr)
                with progress:
                    progress.count_in_background(lambda: _count(paths, glob, nested))
                    # never this run's own outputs (the manifest of a one-file output too), where they
                    # lie inside an input folder
                    outputs = [path for path in (output, errors_path, manifest_file if kind == "file" else None)
                               if path and path != "-"]
                    items = read_items(paths, glob, skip, max_page, nested, max_pages, exclude=outputs,
                                       notice=lambda text: note(text, display=progress),
                                       learn=learning.teller(lambda: progress, quiet))
                    _write_outcomes(run_pages(items, engine, report, skip_page), sink, errors, report, progress)
            with signals.hold():
                for each in sinks:
                    each.commit()
                committed = True
                if not same:
                    manifest.write(manifest_file, wanted)
        except (KeyboardInterrupt, Stopped) as stop:
            report.stop(stop)
        except OSError as exc:  # the output: cannot create, disk full, a reader of stdout gone (141), ...
            from tasscli.cli.guard import handle

            handle(exc)  # one line on stderr (and stdout silenced where it failed)
            report.stop(exc)
            summary = False  # the run did not finish: "0 files, ..." would say it did
        finally:
            if not committed:
                for each in sinks:
                    each.abort()
    if summary:
        note(report.summary())
    sys.exit(report.status)


def _may_resume(resume: bool, same: bool, quiet: bool, output: str, kind: str, paths: Tuple[str, ...], glob: str,
                report: Report, manifest_file: Optional[str]) -> bool:
    """Whether `--resume` may keep what OUTPUT holds: only when its manifest matches this run's
    options (`same`; else the manifest is removed). Exits at once when a one-file OUTPUT is newer
    than every input."""
    if resume and not same and not quiet and os.path.exists(output):
        note(f"{output} was made with other inputs or options (or has no manifest); converting everything")
    resume = resume and same
    if resume and kind == "file" and output != "-" and _up_to_date(paths, glob, output):
        if not quiet:
            note(f"{output} is newer than every input; nothing to do")
        sys.exit(report.status)
    if not same:
        manifest.remove(manifest_file)  # no manifest may vouch for what this run half-writes
    return resume


def _write_outcomes(outcomes: Iterable[Outcome], sink: Sink, errors: ErrorsFile, report: Report,
                    progress: Any) -> None:
    """Each page's records to the sink; a page that failed (or whose records could not be
    written) to stderr and the errors file."""
    write, update = sink.write, progress.update  # looked up once, not once per page
    for outcome in outcomes:
        if outcome.records is not None:
            reason = write(outcome)
            if reason is None:
                update(report)
                continue
            outcome = report.unwritten(outcome, reason)
        problem(outcome.source, outcome.error, display=progress, json_line=errors.to_stderr)
        errors.write(outcome)
        update(report)


def _up_to_date(inputs: Tuple[str, ...], glob: str, output: str) -> bool:
    """--resume with one output file: is it newer than every input? Never when an input is missing,
    is standard input, or is a folder with no page to read: those are for the run to report."""
    if not os.path.exists(output):
        return False
    newest = 0.0
    for path in inputs:
        if path == "-" or not os.path.exists(path):
            return False
        times = list(input_mtimes([path], glob))
        if not times:
            return False
        newest = max(newest, *times)
    return os.stat(output).st_mtime > newest


def _make_sink(kind: str, output: str, fmt: str, fields: Optional[List[str]], resume: bool,
               report: Report, excel_safe: bool = False, inputs: Tuple[str, ...] = ()) -> Tuple[Sink, Any, Any]:
    """The sink for OUTPUT, and for --resume with a folder the two skip tests (file, page)."""
    if kind != "folder":
        return StreamSink(output, fmt, fields, excel_safe), None, None
    folder = FolderSink(output, input_files(inputs), ninjs=fmt == "ninjs")
    if not resume:
        return folder, None, None

    def skip(outname: str, mtime: float) -> bool:
        if folder.skip_entry(outname, mtime):
            report.skipped += 1
            return True
        return False

    def skip_page(page: Page) -> bool:
        return folder.skip_page(page.source, page.outname, page.mtime)

    return folder, skip, skip_page


def _count(inputs: Tuple[str, ...], glob: str, nested: bool = False) -> int:
    from tasscli.io.readers import count_files

    return count_files(inputs, glob, nested)
