#!/usr/bin/env python3
"""Benchmark: tasscli's throughput, memory and start-up against their floors (issue 6).

A plain script, not part of the test run (pytest collects only `test_*.py`). From the repository
root, with tasscli installed:

    python tests/benchmark.py                  # 20,000 pages, median of 3 runs of each
    python tests/benchmark.py --pages 5000 --runs 5
    python tests/benchmark.py --big            # adds peak memory for 100,000 pages (minutes)
    python tests/benchmark.py --memory-only --big --memory-format parquet   # Parquet's memory alone

It builds the pages in a temporary folder from `samples/*.txt` (a few generated pages when fewer
than 5 samples exist), each copy changed a little so no two are identical, then measures in this one
run, each figure the median of `--runs` runs taken in turn so that a busy machine slows all alike:

- floor: a tiny Python script, run as a subprocess the way the tool runs, that reads every page and
  writes `{"source", "text"}` JSON lines (the least any batch converter has to do);
- `tasscli convert FOLDER -o out.jsonl --jobs 1` and `--jobs 2` (while `convert` does not exist:
  `tasscli parse` on the same files, given as one list to one process, and two processes each
  given half: the best `--jobs 2` could do);
- two references beside `convert --jobs 1`: the same run with the parser handing back the records
  of each page's sample (what reading, splitting, normalizing and writing cost; the rest of the
  real run is parsing), and issue 6's calibration, a crude 40-line regex converter. From them the
  table's last line gives what parsing costs a page and what 1/3 of the floor would leave it;
- peak memory (`/usr/bin/time -v`, else `resource`) of a 1,000-page and, with `--big`, a
  100,000-page conversion;
- one-page latency: `tasscli parse page.txt --format jsonl` against `python -c "import click, json"`,
  the floor for a click tool that prints JSON (median of `--latency-runs`).

It prints a table of pages/s and the ratios against the targets of issue 6: single process at least
1/3 of the floor, `--jobs 2` at least 1.7x `--jobs 1`, 100,000 pages within 10 MB of 1,000 pages,
latency at most 1.5x the click floor. Exit status 0 whatever the figures (it measures, it does not
judge); `--json` prints the figures as one JSON object as well.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Dict, List, Optional, Sequence

from paths import SAMPLES

PER_FOLDER = 1000  # pages per sub-folder of the generated tree

# Every page under the folders given, read as a converter walks them (sorted, recursive) and
# decoded as the tool decodes, written as one JSON line of RECORD (of `text` and `path`).
_WALK = r"""
out = open(sys.argv[1], "w", encoding="utf-8")
for top in sys.argv[2:]:
    for folder, dirs, files in os.walk(top):
        dirs.sort()
        for name in sorted(files):
            if name.endswith(".txt"):
                path = os.path.join(folder, name)
                with open(path, "rb") as handle:
                    text = handle.read().decode("utf-8-sig")
                out.write(json.dumps(RECORD, ensure_ascii=False) + "\n")
out.close()
"""

# The floor: read each page, write it as one JSON line, nothing else.
FLOOR_SCRIPT = "import json, os, sys\n" + _WALK.replace("RECORD", '{"source": path, "text": text}')

# Stand-in for `convert` while it does not exist: `tasscli parse` on a list of files read from a
# file (too many for a command line), in one process, stdout to a file.
PARSE_LIST_SCRIPT = r"""
import sys
from tasscli.cli.main import main
files = open(sys.argv[1], encoding="utf-8").read().split("\n")
sys.stdout = open(sys.argv[2], "w", encoding="utf-8")
main(["parse", "--format", "jsonl", *files])
"""

# The batch path without parsing: `convert --jobs 1` as the console script runs it, with the parser
# handing back the records of the sample each page was copied from (pages are built from the samples
# in turn and read in that order), so that reading, splitting, normalizing and writing cost what they
# cost in the real run. The time left over in the real run is what parsing costs.
PIPELINE_SCRIPT = r"""
import itertools, json, sys
from tasscli.cli import main as cli
from tasscli.batch import pipeline
from tasscli.parsing.parser import parse
with open(sys.argv[1], encoding="utf-8") as handle:
    texts = json.load(handle)
records = itertools.cycle([parse(text, "sample") for text in texts])
pipeline.parse = lambda text, source="-", **options: next(records)
sys.argv = ["tasscli", "convert", *sys.argv[2:]]
cli.start()
"""

# Issue 6's calibration: a hand-written regex converter of about 40 lines that gets two pages in
# three fully right. It reads and writes like the floor, with a crude record between.
CRUDE_SCRIPT = r"""
import json, os, re, sys
PREFIX = re.compile(r"^\s*date (\d{4}-\d\d-\d\d)\s*(?:Back to Main page)?\s*", re.M)
TIME = re.compile(r"^([A-Z][a-z]+ \d\d, \d\d:\d\d) UTC\+3$", re.M)
DATELINE = re.compile(r"^([A-Z][A-Z .\-]+), ([A-Z][a-z]+ \d{1,2})\. /(TASS|ITAR-TASS)/\. ?", re.M)
CREDIT = re.compile(r"^© (.+)$", re.M)
FURNITURE = {"All news", "Back to Main page", "Tags", "Read also", "Share"}
def crude(text, source):
    rec = {"source": source}
    m = PREFIX.match(text)
    rec["published_date"] = m.group(1) if m else None
    rest = text[m.end():] if m else text
    blocks = [b.strip() for b in rest.split("\n\n") if b.strip() and b.strip() not in FURNITURE]
    rec["headline"] = blocks[0].split("\n")[0] if blocks else None
    t = TIME.search(text)
    rec["published_text"] = t.group(1) if t else None
    rec["credits"] = CREDIT.findall(text)
    d = DATELINE.search(text)
    if d:
        rec["dateline"] = {"place": d.group(1), "date": d.group(2), "agency": d.group(3)}
        rec["body"] = [p.strip() for p in text[d.end():].split("\n\n") if p.strip() and p.strip() not in FURNITURE]
        head = [b for b in blocks[1:] if not b.startswith("©") and not TIME.match(b)]
        rec["lead"] = head[1] if len(head) > 1 else None
    else:
        rec["dateline"], rec["body"] = None, blocks[1:]
    return rec
""" + _WALK.replace("RECORD", "crude(text, path)")

MAXRSS_SCRIPT = r"""
import resource, subprocess, sys
done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
sys.stderr.write(done.stderr.decode("utf-8", "replace"))
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
sys.exit(done.returncode)
"""

TARGETS = {
    "single": 1 / 3,  # convert --jobs 1 pages/s over the floor's
    "parallel": 1.7,  # --jobs 2 over --jobs 1
    "memory_mb": 10.0,  # 100,000 pages over 1,000 pages
    "latency": 1.5,  # one page over `import click, json`
}


# --- pages ---------------------------------------------------------------------------------------

def generated_pages() -> List[str]:
    """A few TASS-like pages, for a checkout without samples."""
    topics = [
        ("Russian Railways to launch night train between Moscow and Riga", "Business & Economy", "MOSCOW"),
        ("Foreign ministers to meet in Geneva next week", "World", "GENEVA"),
        ("New research vessel leaves Arkhangelsk for the Arctic", "Science & Space", "ARKHANGELSK"),
        ("Floods close roads in the Amur Region", "Emergencies", "BLAGOVESHCHENSK"),
        ("Hockey league approves new season calendar", "Sport", "ST. PETERSBURG"),
        ("Parliament passes budget amendments in second reading", "Russian Politics & Diplomacy", "MOSCOW"),
    ]
    pages = []
    for number, (headline, section, place) in enumerate(topics):
        day = 3 + number
        body = "\n\n".join(
            f"Paragraph {k} of the story says what happened, who said it, and why it matters to readers "
            f"who follow {section.lower()} news closely." for k in range(1, 6))
        pages.append(
            f" date 2019-06-{day:02d} Back to Main page\n{headline}\n\n{section}\nJune {day:02d}, 1{number}:2{number} "
            f"UTC+3\n\nA lead sentence that sums the story up in one line\n\n©  Photographer Name/TASS\n\n"
            f"{place}, June {day}. /TASS/. {body}\n\nTags\n{section}\n")
    return pages


def load_samples(folder: Path = SAMPLES) -> List[str]:
    from tasscli.io.splitting import split_text

    texts = [path.read_text(encoding="utf-8-sig") for path in sorted(folder.glob("*.txt"))] \
        if folder.is_dir() else []
    # Not a sample the reader splits into several pages (TASS stories run on one after another):
    # each page of the run is a sample's copy, whose records the pipeline reference hands back.
    texts = [text for text in texts if len(split_text(text)) == 1]
    return texts if len(texts) >= 5 else texts + generated_pages()


def vary(text: str, number: int) -> str:
    """`text` with a token naming the copy set before the last word of its longest line.

    The longest line is almost always a body paragraph; its first and last words stay, so the
    dateline, sentence ends and furniture lines are read as before.
    """
    lines = text.split("\n")
    index = max(range(len(lines)), key=lambda i: len(lines[i]))
    line = lines[index].rstrip()
    cut = line.rfind(" ")
    token = f"c{number}"
    lines[index] = f"{line[:cut]} {token}{line[cut:]}" if cut > 0 else f"{line} {token}"
    return "\n".join(lines)


def build_pages(folder: Path, texts: Sequence[str], count: int) -> Path:
    """`count` pages under `folder`, in sub-folders of PER_FOLDER; returns `folder`."""
    for number in range(count):
        sub = folder / f"{number // PER_FOLDER:04d}"
        if number % PER_FOLDER == 0:
            sub.mkdir(parents=True, exist_ok=True)
        (sub / f"page_{number:06d}.txt").write_text(vary(texts[number % len(texts)], number), encoding="utf-8")
    return folder


def sample_file(work: Path, texts: Sequence[str]) -> Path:
    """The sample texts as a JSON list, for PIPELINE_SCRIPT."""
    path = work / "samples.json"
    path.write_text(json.dumps(list(texts)), encoding="utf-8")
    return path


def page_files(folder: Path) -> List[str]:
    return sorted(str(path) for path in folder.rglob("*.txt"))


# --- commands ------------------------------------------------------------------------------------

def tool_command(use_module: bool) -> List[str]:
    """How a user runs tasscli: the console script beside this Python, else `python -m tasscli`."""
    script = Path(sys.executable).with_name("tasscli")
    if not use_module and script.is_file() and os.access(script, os.X_OK):
        return [str(script)]
    return [sys.executable, "-m", "tasscli"]


def convert_help(tool: List[str]) -> Optional[str]:
    """`tasscli convert --help`, or None while there is no `convert` command."""
    done = subprocess.run([*tool, "convert", "--help"], capture_output=True, text=True, env=ENV)
    return done.stdout if done.returncode == 0 else None


def children_cpu() -> float:
    """CPU seconds (user + system) used so far by this process's finished children."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


# The measured commands run as after `pip install`, which byte-compiles the package: a
# PYTHONDONTWRITEBYTECODE in the environment would make every start compile tasscli's sources anew.
ENV = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


def run(command: Sequence[str], stdout=subprocess.DEVNULL) -> float:
    """Wall seconds of one run; a failure stops the benchmark with the command's stderr."""
    start = time.perf_counter()
    done = subprocess.run(list(command), stdout=stdout, stderr=subprocess.PIPE, env=ENV)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"benchmark: {' '.join(command[:4])} ... failed ({done.returncode}):\n"
                 f"{done.stderr.decode('utf-8', 'replace')[-2000:]}")
    return seconds


def run_parallel(commands: Sequence[Sequence[str]]) -> float:
    start = time.perf_counter()
    with ThreadPoolExecutor(len(commands)) as pool:
        list(pool.map(run, commands))
    return time.perf_counter() - start


def count_lines(path: Path) -> int:
    with open(path, "rb") as handle:
        return sum(1 for _ in handle)


class Converter:
    """Builds the commands that convert a folder with `jobs` processes: `convert`, or the stand-in."""

    def __init__(self, tool: List[str], help_text: Optional[str], work: Path) -> None:
        self.tool = tool
        self.native = help_text is not None
        self.quiet = ["--quiet"] if help_text and "--quiet" in help_text else []
        self.work = work

    def label(self, jobs: int) -> str:
        if self.native:
            return f"tasscli convert --jobs {jobs}"
        return "tasscli parse, 1 process" if jobs == 1 else f"tasscli parse, {jobs} processes (stand-in)"

    def commands(self, folder: Path, jobs: int, out: Path) -> List[List[str]]:
        if self.native:
            return [[*self.tool, "convert", str(folder), "-o", str(out), "--jobs", str(jobs), *self.quiet]]
        files = page_files(folder)
        size = -(-len(files) // jobs)
        commands = []
        for part in range(jobs):
            listing = self.work / f"list-{folder.name}-{part}.txt"
            listing.write_text("\n".join(files[part * size:(part + 1) * size]), encoding="utf-8")
            commands.append([sys.executable, "-c", PARSE_LIST_SCRIPT, str(listing), f"{out}.{part}"])
        return commands

    def time(self, folder: Path, jobs: int, out: Path) -> float:
        commands = self.commands(folder, jobs, out)
        return run(commands[0]) if len(commands) == 1 else run_parallel(commands)


def timed(measure, cpu: List[float]) -> float:
    """Wall seconds of `measure()`; the CPU seconds its processes used are appended to `cpu`."""
    before = children_cpu()
    seconds = measure()
    cpu.append(children_cpu() - before)
    return seconds


def peak_rss_mb(command: Sequence[str]) -> float:
    """Peak resident memory of `command` (its largest process), in MB."""
    if Path("/usr/bin/time").is_file():
        done = subprocess.run(["/usr/bin/time", "-v", *command], stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True, env=ENV)
        found = re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr)
        if done.returncode == 0 and found:
            return int(found.group(1)) / 1024
    done = subprocess.run([sys.executable, "-c", MAXRSS_SCRIPT, *command], capture_output=True, text=True,
                          env=ENV)
    if done.returncode != 0:
        sys.exit(f"benchmark: {' '.join(command[:4])} ... failed:\n{done.stderr[-2000:]}")
    return int(done.stdout.split()[-1]) / 1024


def load_average() -> str:
    try:
        return " ".join(f"{value:.2f}" for value in os.getloadavg())
    except OSError:
        return "unknown"


def median_ms(commands: Sequence[Sequence[str]], runs: int) -> List[float]:
    """Median milliseconds of each command, the commands run in turn so that load hits all alike."""
    for command in commands:
        run(command)  # warm-up: byte-compiled files written, file caches filled
    times: List[List[float]] = [[] for _ in commands]
    for _ in range(runs):
        for command, seconds in zip(commands, times):
            seconds.append(run(command))
    return [1000 * statistics.median(seconds) for seconds in times]


# --- the run -------------------------------------------------------------------------------------

def measure(args: argparse.Namespace, work: Path) -> Dict[str, object]:
    tool = tool_command(args.module)
    help_text = convert_help(tool)
    waited = 0.0
    while help_text is None and waited < args.wait_convert:
        time.sleep(10)
        waited += 10
        help_text = convert_help(tool)
    converter = Converter(tool, help_text, work)
    texts = load_samples()
    print(f"building {args.pages:,} pages from {len(texts)} sample pages in {work} ...", file=sys.stderr)
    folder = build_pages(work / "pages", texts, args.pages)
    out = work / "out.jsonl"
    results: Dict[str, object] = {
        "load_before": load_average(),
        "pages": args.pages, "samples": len(texts), "runs": args.runs, "tool": " ".join(tool),
        "convert": converter.native, "python": platform.python_version(), "cores": os.cpu_count(),
        "mean_page_bytes": round(sum(len(t.encode()) for t in texts) / len(texts)),
    }

    floor_command = [sys.executable, "-c", FLOOR_SCRIPT, str(out), str(folder)]
    references = {  # what parsing leaves, and the crude converter: only beside `convert`
        "pipeline": [sys.executable, "-c", PIPELINE_SCRIPT, str(sample_file(work, texts)), str(folder),
                     "-o", str(work / "reference.jsonl"), "--jobs", "1", *converter.quiet],
        "crude": [sys.executable, "-c", CRUDE_SCRIPT, str(work / "crude.jsonl"), str(folder)],
    } if converter.native else {}
    times: Dict[str, List[float]] = {"floor": [], "jobs1": [], "jobs2": [], **{key: [] for key in references}}
    cpu: Dict[str, List[float]] = {key: [] for key in times}
    for number in range(args.runs):
        print(f"throughput run {number + 1}/{args.runs} ...", file=sys.stderr)
        times["floor"].append(timed(lambda: run(floor_command), cpu["floor"]))
        times["jobs1"].append(timed(lambda: converter.time(folder, 1, out), cpu["jobs1"]))
        times["jobs2"].append(timed(lambda: converter.time(folder, 2, out), cpu["jobs2"]))
        for key, command in references.items():
            times[key].append(timed(lambda command=command: run(command), cpu[key]))
    if converter.native:
        results["records"] = count_lines(out)
        results["reference_records"] = count_lines(work / "reference.jsonl")
    for key, values in times.items():
        results[f"{key}_s"] = statistics.median(values)
        results[f"{key}_pages_s"] = args.pages / statistics.median(values)
        results[f"{key}_cpu_s"] = statistics.median(cpu[key])
    results["jobs1_label"], results["jobs2_label"] = converter.label(1), converter.label(2)
    results["single_ratio"] = results["jobs1_pages_s"] / results["floor_pages_s"]
    if references:
        for key in references:
            results[f"{key}_ratio"] = results[f"{key}_pages_s"] / results["floor_pages_s"]
        # Microseconds a page: what parsing costs in `convert --jobs 1` (the run minus the batch
        # path's own cost), and what the single-process target leaves for it.
        results["parse_us"] = 1e6 * (results["jobs1_s"] - results["pipeline_s"]) / args.pages
        results["parse_budget_us"] = 1e6 * (results["floor_s"] / TARGETS["single"] - results["pipeline_s"]) / args.pages
    results["parallel_ratio"] = results["jobs2_pages_s"] / results["jobs1_pages_s"]
    # The same ratio in CPU time: what it would be on an idle machine (others' load does not count).
    results["single_ratio_cpu"] = results["floor_cpu_s"] / results["jobs1_cpu_s"]
    # What --jobs 2 would give if it had two idle cores: its CPU work split in two.
    results["parallel_ratio_cpu"] = min(2, os.cpu_count() or 1) * results["jobs1_cpu_s"] / results["jobs2_cpu_s"]

    memory(args, work, converter, texts, results)

    print("latency ...", file=sys.stderr)
    page = next(folder.rglob("*.txt"))
    results["latency_pass_ms"], results["latency_click_ms"], results["latency_tool_ms"] = median_ms(
        [[sys.executable, "-c", "pass"], [sys.executable, "-c", "import click, json"],
         [*tool, "parse", str(page), "--format", "jsonl"]], args.latency_runs)
    results["latency_ratio"] = results["latency_tool_ms"] / results["latency_click_ms"]
    results["load_after"] = load_average()
    return results


def memory(args: argparse.Namespace, work: Path, converter: Converter, texts: Sequence[str],
           results: Dict[str, object]) -> None:
    """Peak RSS of `convert --jobs 1` on 1,000 pages (and 100,000 with --big), writing
    `--memory-format` (jsonl, or parquet through pyarrow: issue 20)."""
    print(f"memory ({args.memory_format}) ...", file=sys.stderr)
    sizes = [1000] + ([100_000] if args.big else [])
    for size in sizes:
        small = build_pages(work / f"mem{size}", texts, size)
        commands = converter.commands(small, 1, work / f"mem{size}.{args.memory_format}")
        results[f"rss_{size}_mb"] = peak_rss_mb(commands[0])
        shutil.rmtree(small)
    if args.big:
        results["rss_growth_mb"] = results["rss_100000_mb"] - results["rss_1000_mb"]


def memory_only(args: argparse.Namespace, work: Path) -> str:
    """`--memory-only`: the peak-memory figures alone, as a few lines."""
    tool = tool_command(args.module)
    converter = Converter(tool, convert_help(tool), work)
    results: Dict[str, object] = {}
    memory(args, work, converter, load_samples(), results)
    lines = [f"peak RSS of tasscli convert --jobs 1 writing {args.memory_format}:",
             f"  1,000 pages: {results['rss_1000_mb']:.1f} MB"]
    if args.big:
        lines.append(f"  100,000 pages: {results['rss_100000_mb']:.1f} MB ({results['rss_growth_mb']:+.1f} MB)")
    return "\n".join(lines)


def verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def table(r: Dict[str, object]) -> str:
    rows = [("measure", "median", "pages/s", "CPU", "ratio", "target", "")]
    rows.append(("floor: read + write {source,text} JSONL", f"{r['floor_s']:.2f} s", f"{r['floor_pages_s']:,.0f}",
                 f"{r['floor_cpu_s']:.2f} s", "", "", ""))
    rows.append((str(r["jobs1_label"]), f"{r['jobs1_s']:.2f} s", f"{r['jobs1_pages_s']:,.0f}",
                 f"{r['jobs1_cpu_s']:.2f} s", f"{r['single_ratio']:.2f} of floor ({r['single_ratio_cpu']:.2f} CPU)",
                 f">= {TARGETS['single']:.2f}", verdict(r["single_ratio"] >= TARGETS["single"])))
    rows.append((str(r["jobs2_label"]), f"{r['jobs2_s']:.2f} s", f"{r['jobs2_pages_s']:,.0f}",
                 f"{r['jobs2_cpu_s']:.2f} s",
                 f"{r['parallel_ratio']:.2f}x jobs 1 ({r['parallel_ratio_cpu']:.2f} CPU)",
                 f">= {TARGETS['parallel']:.2f}x",
                 verdict(r["parallel_ratio"] >= TARGETS["parallel"])))
    if "pipeline_s" in r:
        rows.append(("reference: convert --jobs 1 without parsing", f"{r['pipeline_s']:.2f} s",
                     f"{r['pipeline_pages_s']:,.0f}", f"{r['pipeline_cpu_s']:.2f} s",
                     f"{r['pipeline_ratio']:.2f} of floor", "", ""))
        rows.append(("reference: crude 40-line regex converter", f"{r['crude_s']:.2f} s",
                     f"{r['crude_pages_s']:,.0f}", f"{r['crude_cpu_s']:.2f} s", f"{r['crude_ratio']:.2f} of floor",
                     "", ""))
    rows.append(("peak RSS, 1,000 pages, 1 process", f"{r['rss_1000_mb']:.1f} MB", "", "", "", "", ""))
    if "rss_100000_mb" in r:
        rows.append(("peak RSS, 100,000 pages, 1 process", f"{r['rss_100000_mb']:.1f} MB", "", "",
                     f"{r['rss_growth_mb']:+.1f} MB", f"<= +{TARGETS['memory_mb']:.0f} MB",
                     verdict(r["rss_growth_mb"] <= TARGETS["memory_mb"])))
    else:
        rows.append(("peak RSS, 100,000 pages", "(--big)", "", "", "", f"<= +{TARGETS['memory_mb']:.0f} MB", ""))
    rows.append(("latency: python -c pass", f"{r['latency_pass_ms']:.1f} ms", "", "", "", "", ""))
    rows.append(('latency: python -c "import click, json"', f"{r['latency_click_ms']:.1f} ms", "", "", "", "", ""))
    rows.append(("latency: tasscli parse page --format jsonl", f"{r['latency_tool_ms']:.1f} ms", "", "",
                 f"{r['latency_ratio']:.2f}x click", f"<= {TARGETS['latency']:.2f}x",
                 verdict(r["latency_ratio"] <= TARGETS["latency"])))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = [
        f"tasscli benchmark: {r['pages']:,} pages from {r['samples']} samples (mean {r['mean_page_bytes']} bytes), "
        f"median of {r['runs']} runs; Python {r['python']}, {r['cores']} cores; tool: {r['tool']}",
        f"load average at the start: {r['load_before']}, at the end: {r['load_after']} "
        "(CPU: user+system seconds of the processes; a ratio in CPU is what an idle machine would show)",
    ]
    if not r["convert"]:
        lines.append("(no `convert` command yet: `tasscli parse` stands in; 2 processes = the input split in two)")
    for number, row in enumerate(rows):
        lines.append("  ".join(cell.ljust(width) if i == 0 else cell.rjust(width)
                               for i, (cell, width) in enumerate(zip(row, widths))).rstrip())
        if number == 0:
            lines.append("  ".join("-" * width for width in widths))
    if "parse_us" in r:
        lines.append(f"parsing: {r['parse_us']:.1f} us a page (convert --jobs 1 minus the reference without parsing); "
                     f"at 1/3 of the floor it would have {r['parse_budget_us']:.1f} us")
    return "\n".join(lines)


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=20_000, help="pages for the throughput runs (20,000)")
    parser.add_argument("--runs", type=int, default=3, help="runs of each throughput measure; the median counts (3)")
    parser.add_argument("--latency-runs", type=int, default=20, help="runs of each latency measure (20)")
    parser.add_argument("--big", action="store_true", help="also measure peak memory for 100,000 pages")
    parser.add_argument("--module", action="store_true", help="run `python -m tasscli`, not the console script")
    parser.add_argument("--wait-convert", type=float, default=0, metavar="SECONDS",
                        help="wait up to this long for a `convert` command to appear (0)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON after the table")
    parser.add_argument("--memory-format", choices=("jsonl", "parquet"), default="jsonl",
                        help="the output of the memory runs (parquet needs pyarrow, the `parquet` extra)")
    parser.add_argument("--memory-only", action="store_true", help="measure peak memory only (with --big: both sizes)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder (its path is printed)")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="tasscli-bench-"))
    if args.memory_only:
        try:
            print(memory_only(args, work))
        finally:
            shutil.rmtree(work, ignore_errors=True)
        return 0
    try:
        results = measure(args, work)
    finally:
        if args.keep:
            print(f"kept {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)
    print(table(results))
    if args.json:
        print(json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
