#!/usr/bin/env python3
"""Benchmark: tasscli's cost a page against the floor, in instructions and in time (issues 6, 23).

A plain script, not part of the test run (pytest collects only `test_*.py`). From the repository
root, with tasscli installed:

    python tests/benchmark.py                       # defaults: a few minutes
    python tests/benchmark.py --pages 20000 --runs 5 --memory 1000,100000
    python tests/benchmark.py --no-callgrind --pages 5 --runs 1 --memory 5   # a smoke run

The pages are every page of `samples/` and of `../shared/corpus/*/` (when present), copied in turn,
each copy changed in several places by `mutate` (numbers, a name, two words swapped, a token naming
the copy, from a seeded random generator) so that no two pages, and almost no two long lines, are
the same: no cache of lines or pages can flatter the figures. The figures:

- the floor: a tiny Python script that reads every page as a converter walks a folder (sorted,
  recursive, decoded as UTF-8) and writes `{"source", "text"}` JSON lines, nothing else;
- instructions a page (`valgrind --tool=callgrind`, when valgrind is installed; PYTHONHASHSEED=0,
  one warm-up run first so bytecode and tasscli's pattern cache are written): each command is
  counted on `--callgrind-small` pages (default: one copy of every source page) and on
  `--callgrind-pages` pages (default: two copies), and the difference is divided by the difference
  in pages, so start-up, and what a kind of page loads or compiles on first need, cancel out and
  the figure does not depend on the page count. Counted: the floor, `tasscli convert FOLDER -o
  out.jsonl --jobs 1`, and parsing alone (`tasscli.parsing.parser.parse` on the pages' texts, read
  before the count starts);
- pages a second (wall) and CPU seconds of the floor and of `convert --jobs 1` and `--jobs 2` on
  `--pages` pages, each the median of `--runs` runs taken in turn; `--jobs 2`'s ratio to `--jobs 1`
  in CPU terms is what two idle cores would give: 2 x CPU(jobs 1) / CPU(jobs 2);
- peak resident memory of `convert --jobs 1` for each of `--memory` page counts;
- one-page latency: `tasscli parse page.txt --format jsonl` against `python -c "import click, json"`.

The budget (issue 23): `convert --jobs 1` within BUDGET (5) times the floor's instructions a page.
Exit status 0 whatever the figures (it measures, it does not judge); `--json` prints them as JSON.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Dict, List, Optional, Sequence

from paths import CORPUS, SAMPLES

PER_FOLDER = 1000  # pages per sub-folder of the generated tree
BUDGET = 5.0  # convert --jobs 1 instructions a page over the floor's (issue 23)
VALGRIND = shutil.which("valgrind") or ("/usr/bin/valgrind" if Path("/usr/bin/valgrind").is_file() else None)

# The floor: every page under the folder, read as a converter walks it, one JSON line each.
FLOOR_SCRIPT = r"""
import json, os, sys
out = open(sys.argv[1], "w", encoding="utf-8")
for folder, dirs, files in os.walk(sys.argv[2]):
    dirs.sort()
    for name in sorted(files):
        if name.endswith(".txt"):
            path = os.path.join(folder, name)
            with open(path, "rb") as handle:
                text = handle.read().decode("utf-8-sig")
            out.write(json.dumps({"source": path, "text": text}, ensure_ascii=False) + "\n")
out.close()
"""

# Parsing alone: the texts are read first, then each parsed (no normalization, no output), with
# the compiled-pattern cache the command line installs (it also lifts `re`'s cache of 512 patterns,
# fewer than the parser's: without it patterns would be compiled again page after page).
PARSE_SCRIPT = r"""
import os, sys
from tasscli.cli import patterncache
patterncache.install()
from tasscli.parsing.parser import parse
texts = []
for folder, dirs, files in os.walk(sys.argv[1]):
    dirs.sort()
    for name in sorted(files):
        with open(os.path.join(folder, name), encoding="utf-8-sig") as handle:
            texts.append((handle.read(), name))
for text, name in texts:
    parse(text, name)
"""


# --- pages ---------------------------------------------------------------------------------------

def source_pages(folders: Sequence[Path] = (SAMPLES, *sorted(CORPUS.glob("*")))) -> List[str]:
    """The text of every page of samples/ and of the shared corpus's folders (those present)."""
    return [path.read_text(encoding="utf-8-sig") for folder in folders if folder.is_dir()
            for path in sorted(folder.glob("*.txt"))]


_NUMBER = re.compile(r"\d+")
_NAMES = {"latin": ["Anton", "Berger", "Carvalho", "Dmitriev", "Eriksen", "Fontaine", "Gallo", "Hassan"],
          "cyrillic": ["Антонов", "Белова", "Васильев", "Громов", "Давыдова", "Егоров", "Жукова", "Зотов"]}
LONG_LINE = 100  # a line this long is a paragraph: changing it leaves the page's layout as it was
KEEP = 60  # a paragraph's opening characters, where a dateline stands, stay as they are


def mutate(text: str, number: int, seed: int = 23) -> str:
    """Copy `number` of the page `text`, changed in several places: in each paragraph line (at least
    LONG_LINE characters), past its first KEEP characters (where a dateline stands), every number
    gets other digits of the same length, one capitalized word becomes a name and two words trade
    places; and a token naming the copy goes before the last word of the longest line. A line's
    opening and last word stay, so datelines, sentence ends and the page's short lines (headline,
    time, furniture) are read as before."""
    rng = random.Random(f"{seed}:{number}")
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if len(line) < LONG_LINE:
            continue
        head, tail = line[:KEEP], _NUMBER.sub(lambda m: _digits(rng, len(m.group())), line[KEEP:])
        words = tail.split(" ")
        if len(words) >= 6:
            inner = range(1, len(words) - 1)
            capital = [i for i in inner if words[i][:1].isupper() and words[i].isalpha()]
            if capital:
                i = rng.choice(capital)
                words[i] = rng.choice(_NAMES["cyrillic" if "а" <= words[i][-1].lower() <= "я" else "latin"])
            i, j = rng.sample(list(inner), 2)
            words[i], words[j] = words[j], words[i]
        lines[index] = head + " ".join(words)
    longest = max(range(len(lines)), key=lambda i: len(lines[i]))
    line = lines[longest].rstrip()
    cut = line.rfind(" ")
    lines[longest] = f"{line[:cut]} c{number}{line[cut:]}" if cut > 0 else f"{line} c{number}"
    return "\n".join(lines)


def _digits(rng: random.Random, length: int) -> str:
    return str(rng.randrange(10 ** (length - 1) if length > 1 else 0, 10 ** length))


load_samples = source_pages  # the name tests/benchmark_dask.py imports


def page_files(folder: Path) -> List[str]:
    return sorted(str(path) for path in folder.rglob("*.txt"))


def build_pages(folder: Path, texts: Sequence[str], count: int) -> Path:
    """`count` pages under `folder` (sub-folders of PER_FOLDER), the texts copied in turn; `folder`."""
    for number in range(count):
        sub = folder / f"{number // PER_FOLDER:04d}"
        if number % PER_FOLDER == 0:
            sub.mkdir(parents=True, exist_ok=True)
        (sub / f"page_{number:06d}.txt").write_text(mutate(texts[number % len(texts)], number), encoding="utf-8")
    return folder


# --- running -------------------------------------------------------------------------------------

# The measured commands run as after `pip install`, which byte-compiles the package; PYTHONHASHSEED
# fixed so that set orders, and so the instructions, are the same from run to run.
ENV = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
ENV["PYTHONHASHSEED"] = "0"


def tool_command(use_module: bool = False) -> List[str]:
    """tasscli as a user runs it: the console script beside this Python, run by this Python (so
    that valgrind counts Python itself, not a launcher); else, or with `use_module`, `-m tasscli`."""
    script = Path(sys.executable).with_name("tasscli")
    return [sys.executable, str(script)] if script.is_file() and not use_module else [sys.executable, "-m", "tasscli"]


def run(command: Sequence[str], env: Optional[Dict[str, str]] = None) -> subprocess.CompletedProcess:
    done = subprocess.run(list(command), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                          env=env or ENV)
    if done.returncode != 0:
        sys.exit(f"benchmark: {' '.join(map(str, command[:6]))} ... failed ({done.returncode}):\n"
                 f"{done.stderr[-2000:]}")
    return done


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(command: Sequence[str]) -> tuple:
    """(wall seconds, CPU seconds of the command's processes) of one run."""
    cpu, start = children_cpu(), time.perf_counter()
    run(command)
    return time.perf_counter() - start, children_cpu() - cpu


def instructions(command: Sequence[str], work: Path) -> int:
    """Instructions (callgrind's Ir) that `command` executed, its children not included."""
    done = run([VALGRIND, "--tool=callgrind", f"--callgrind-out-file={work / 'callgrind.out'}", *command])
    found = re.findall(r"Collected\s*:\s*(\d+)", done.stderr)
    if not found:
        sys.exit(f"benchmark: no instruction count from valgrind:\n{done.stderr[-2000:]}")
    return int(found[-1])


MAXRSS_SCRIPT = r"""
import resource, subprocess, sys
done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
sys.stderr.write(done.stderr.decode("utf-8", "replace"))
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
sys.exit(done.returncode)
"""


def peak_rss_mb(command: Sequence[str]) -> float:
    """Peak resident memory of `command` (its largest process), in MB, measured by a process of
    its own so that no other command's peak counts."""
    done = subprocess.run([sys.executable, "-c", MAXRSS_SCRIPT, *command], capture_output=True, text=True, env=ENV)
    if done.returncode != 0:
        sys.exit(f"benchmark: {' '.join(command[:6])} ... failed:\n{done.stderr[-2000:]}")
    return int(done.stdout.split()[-1]) / 1024


# --- the run -------------------------------------------------------------------------------------

class Commands:
    def __init__(self, work: Path) -> None:
        self.work, self.tool = work, tool_command()

    def floor(self, folder: Path) -> List[str]:
        return [sys.executable, "-c", FLOOR_SCRIPT, str(self.work / "floor.jsonl"), str(folder)]

    def convert(self, folder: Path, jobs: int = 1, suffix: str = "jsonl") -> List[str]:
        return [*self.tool, "convert", str(folder), "-o", str(self.work / f"out-{jobs}.{suffix}"), "--jobs", str(jobs),
                "--quiet"]

    def parse(self, folder: Path) -> List[str]:
        return [sys.executable, "-c", PARSE_SCRIPT, str(folder)]


def count_instructions(args: argparse.Namespace, work: Path, texts: Sequence[str], commands: Commands,
                       results: Dict[str, object]) -> None:
    # Both runs hold every source page at least once, so that what a page kind loads or compiles on
    # first need (an import, a pattern) is in both and cancels out.
    small = args.callgrind_small or len(texts)
    big = args.callgrind_pages or 2 * small
    results["callgrind_pages"], results["callgrind_small"] = big, small
    folders = {size: build_pages(work / f"cg{size}", texts, size) for size in (small, big)}
    for name in ("floor", "convert", "parse"):
        make = getattr(commands, name)
        print(f"callgrind: {name} on {small} and {big} pages ...", file=sys.stderr)
        run(make(folders[big]))  # warm-up: bytecode and the pattern cache written
        counts = {size: instructions(make(folder), work) for size, folder in folders.items()}
        results[f"{name}_ir_page"] = (counts[big] - counts[small]) / (big - small)
        results[f"{name}_ir_startup"] = counts[small] - small * results[f"{name}_ir_page"]
        print(f"  {name}: {results[f'{name}_ir_page'] / 1000:,.1f}K instructions a page", file=sys.stderr)
    results["ratio"] = results["convert_ir_page"] / results["floor_ir_page"]
    results["budget_ir_page"] = BUDGET * results["floor_ir_page"]


def throughput(args: argparse.Namespace, work: Path, texts: Sequence[str], commands: Commands,
               results: Dict[str, object]) -> None:
    folder = build_pages(work / "pages", texts, args.pages)
    measured = {"floor": commands.floor(folder), "jobs1": commands.convert(folder, 1),
                "jobs2": commands.convert(folder, 2)}
    for command in measured.values():
        run(command)  # warm-up
    walls: Dict[str, List[float]] = {key: [] for key in measured}
    cpus: Dict[str, List[float]] = {key: [] for key in measured}
    for number in range(args.runs):
        print(f"throughput run {number + 1}/{args.runs} ...", file=sys.stderr)
        for key, command in measured.items():
            wall, cpu = timed(command)
            walls[key].append(wall)
            cpus[key].append(cpu)
    for key in measured:
        results[f"{key}_s"] = statistics.median(walls[key])
        results[f"{key}_cpu_s"] = statistics.median(cpus[key])
        results[f"{key}_pages_s"] = args.pages / results[f"{key}_s"]
    results["jobs2_wall_ratio"] = results["jobs1_s"] / results["jobs2_s"]
    results["jobs2_cpu_ratio"] = 2 * results["jobs1_cpu_s"] / results["jobs2_cpu_s"]
    shutil.rmtree(folder)


def memory(args: argparse.Namespace, work: Path, texts: Sequence[str], commands: Commands,
           results: Dict[str, object]) -> None:
    sizes = sorted(int(size) for size in args.memory.split(","))
    results["rss_mb"] = {}
    for size in sizes:
        print(f"memory: {size:,} pages ...", file=sys.stderr)
        folder = build_pages(work / f"mem{size}", texts, size)
        results["rss_mb"][size] = peak_rss_mb(commands.convert(folder, 1, args.memory_format))
        shutil.rmtree(folder)


def latency(args: argparse.Namespace, work: Path, texts: Sequence[str], commands: Commands,
            results: Dict[str, object]) -> None:
    page = build_pages(work / "one", texts, 1) / "0000" / "page_000000.txt"
    measured = [[sys.executable, "-c", "import click, json"], [*commands.tool, "parse", str(page), "--format", "jsonl"]]
    for command in measured:
        run(command)
    times: List[List[float]] = [[], []]
    for _ in range(args.latency_runs):
        for command, seconds in zip(measured, times):
            seconds.append(timed(command)[0])
    results["click_ms"], results["one_page_ms"] = (1000 * statistics.median(seconds) for seconds in times)


def table(r: Dict[str, object]) -> str:
    lines = [f"tasscli benchmark: {r['sources']} distinct source pages (samples + corpus), mean {r['mean_bytes']} "
             f"bytes; Python {r['python']}, {r['cores']} cores; load {r['load_before']} -> {r['load_after']}"]
    if "floor_ir_page" in r:
        floor = r["floor_ir_page"]
        lines += [f"instructions a page (callgrind, {r['callgrind_pages']} pages less {r['callgrind_small']}):",
                  f"  floor: read + write {{source,text}} JSONL  {floor / 1000:9,.1f}K",
                  f"  tasscli convert --jobs 1                {r['convert_ir_page'] / 1000:9,.1f}K  "
                  f"{r['ratio']:.2f}x the floor  (budget {BUDGET:g}x = {r['budget_ir_page'] / 1000:,.1f}K: "
                  f"{'ok' if r['ratio'] <= BUDGET else 'MISSED'})",
                  f"  parsing alone (parser.parse)            {r['parse_ir_page'] / 1000:9,.1f}K  "
                  f"{r['parse_ir_page'] / floor:.2f}x the floor",
                  f"  start-up: floor {r['floor_ir_startup'] / 1e6:.0f}M, convert {r['convert_ir_startup'] / 1e6:.0f}M"]
    else:
        lines.append("instructions: not counted (no valgrind, or --no-callgrind)")
    if "floor_s" in r:
        lines.append(f"time on {r['pages']:,} pages, median of {r['runs']} (wall; CPU = user + system):")
        for key, label in (("floor", "floor"), ("jobs1", "convert --jobs 1"), ("jobs2", "convert --jobs 2")):
            lines.append(f"  {label:<18} {r[key + '_s']:7.2f} s  {r[key + '_pages_s']:9,.0f} pages/s  "
                         f"CPU {r[key + '_cpu_s']:6.2f} s")
        lines.append(f"  convert --jobs 1: {r['floor_s'] / r['jobs1_s']:.2f} of the floor's pages a second; "
                     f"--jobs 2 over --jobs 1: {r['jobs2_wall_ratio']:.2f}x wall, {r['jobs2_cpu_ratio']:.2f}x in CPU "
                     "(2 x CPU(jobs 1) / CPU(jobs 2); target 1.8x)")
    rss = r.get("rss_mb") or {}
    if rss:
        sizes = sorted(rss)
        lines.append(f"peak memory, convert --jobs 1 writing {r['memory_format']}: "
                     + ", ".join(f"{size:,} pages {rss[size]:.1f} MB" for size in sizes)
                     + (f" ({rss[sizes[-1]] - rss[sizes[0]]:+.1f} MB; target within 10 MB)" if len(sizes) > 1 else ""))
    if "one_page_ms" in r:
        lines.append(f"one page: tasscli parse {r['one_page_ms']:.1f} ms, python -c \"import click, json\" "
                     f"{r['click_ms']:.1f} ms ({r['one_page_ms'] / r['click_ms']:.2f}x; target 1.3x)")
    return "\n".join(lines)


def load_average() -> str:
    try:
        return " ".join(f"{value:.2f}" for value in os.getloadavg())
    except OSError:
        return "unknown"


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=5000, help="pages for the timed runs (5,000)")
    parser.add_argument("--runs", type=int, default=3, help="timed runs of each command; the median counts (3)")
    parser.add_argument("--callgrind-small", type=int, default=0,
                        help="pages of the small callgrind run (default: as many as there are source pages)")
    parser.add_argument("--callgrind-pages", type=int, default=0,
                        help="pages of the large callgrind run (default: twice the small run's)")
    parser.add_argument("--no-callgrind", action="store_true", help="count no instructions")
    parser.add_argument("--instructions-only", action="store_true", help="count instructions, time nothing")
    parser.add_argument("--memory", default="1000,100000", help="page counts for peak memory (1000,100000)")
    parser.add_argument("--memory-format", choices=("jsonl", "parquet"), default="jsonl",
                        help="what the memory runs write (parquet needs pyarrow, the `parquet` extra)")
    parser.add_argument("--memory-only", action="store_true", help="measure peak memory alone")
    parser.add_argument("--latency-runs", type=int, default=10, help="runs of each one-page measure (10)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON after the table")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder (its path is printed)")
    args = parser.parse_args(argv)
    texts = source_pages()
    work = Path(tempfile.mkdtemp(prefix="tasscli-bench-"))
    ENV["TASSCLI_CACHE_DIR"] = str(work / "cache")  # the pattern cache: this run's, warmed by the warm-ups
    commands = Commands(work)
    results: Dict[str, object] = {
        "sources": len(texts), "mean_bytes": round(sum(len(t.encode()) for t in texts) / max(1, len(texts))),
        "python": platform.python_version(), "cores": os.cpu_count(), "load_before": load_average(),
        "pages": args.pages, "runs": args.runs, "callgrind_pages": args.callgrind_pages,
        "callgrind_small": args.callgrind_small, "budget": BUDGET, "memory_format": args.memory_format}
    try:
        if VALGRIND and not args.no_callgrind and not args.memory_only:
            count_instructions(args, work, texts, commands, results)
        if args.memory_only:
            memory(args, work, texts, commands, results)
        elif not args.instructions_only:
            throughput(args, work, texts, commands, results)
            memory(args, work, texts, commands, results)
            latency(args, work, texts, commands, results)
    finally:
        if args.keep:
            print(f"kept {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)
    results["load_after"] = load_average()
    print(table(results))
    if args.json:
        print(json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
