"""One-page latency in instructions: `tasscli parse PAGE` against `python -c "import click, json"`.

Issues 21 and 15 ask a one-page run to stay within 1.5x the floor, a click tool that prints JSON;
issue 23 within 1.3x. Wall time on shared machines moves 2x between runs, so this counts
instructions with callgrind (valgrind must be installed), warm: the bytecode and the pattern cache
are written by untimed runs first, in a private cache folder.

    python tools/latency.py                       # the benchmark's page
    python tools/latency.py samples/wire_postedon.txt samples/ru_banner_1.txt

It measures the `tasscli` script beside the running Python (the venv's), so run it with the venv
of the install to measure (editable or not). The figure that counts is a plain `pip install .`'s,
what users get: an editable install loads its finder in the floor too (about 19M more there).
Prints one line a page and the floor; exit status 0. Counts move by about 1M between runs (hash
randomization); `PYTHONHASHSEED=0` in the environment makes them repeat exactly.

The pattern cache then holds the patterns of the pages measured only. A user's cache holds those of
every kind of page parsed before, and the whole file is read at every start: `--cache DIR` measures
with a copy of the cache folder DIR (e.g. ~/.cache/tasscli, or one filled by parsing every sample).
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Dict, List, Sequence

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PAGE = ROOT / "samples" / "tass_allnews_1.txt"
FLOOR = [sys.executable, "-c", "import click, json"]
FLOOR_LABEL = 'python -c "import click, json"'
WARM_RUNS = 2


def environment(cache: str) -> Dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # the machine sets it; a user's shell does not
    env.pop("TASSCLI_NO_CACHE", None)
    env["TASSCLI_CACHE_DIR"] = cache
    return env


def instructions(command: Sequence[str], env: Dict[str, str], work: str) -> int:
    """Instructions callgrind counts for one run of `command`, after WARM_RUNS untimed runs.

    Every run starts in `here`, an empty folder: `python -c` puts its working folder first on
    sys.path, so the floor's imports list that folder, and a busy one (/tmp, a work tree) moved
    the floor by up to 4M instructions."""
    here = os.path.join(work, "here")
    os.makedirs(here, exist_ok=True)
    for _ in range(WARM_RUNS):
        subprocess.run(command, env=env, cwd=here, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    out = os.path.join(work, "callgrind.out")
    subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", *command], env=env, cwd=here,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    with open(out, encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("summary:"):
                return int(line.split()[1])
    raise RuntimeError(f"no summary in callgrind's output for {command}")


def tool() -> List[str]:
    script = Path(sys.executable).with_name("tasscli")
    return [str(script)] if script.exists() else [sys.executable, "-m", "tasscli"]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pages", nargs="*", type=Path, default=[DEFAULT_PAGE])
    parser.add_argument("--cache", type=Path, help="a pattern-cache folder to start from (copied first)")
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("latency: valgrind is not installed (apt-get install valgrind)", file=sys.stderr)
        return 0
    with tempfile.TemporaryDirectory(prefix="tasscli-latency-") as work:
        cache = os.path.join(work, "cache")
        if args.cache is not None:
            shutil.copytree(args.cache, cache)
        env = environment(cache)
        floor = instructions(FLOOR, env, work)
        print(f"{FLOOR_LABEL:<44} {floor / 1e6:8.1f}M")
        for page in args.pages:
            count = instructions([*tool(), "parse", str(page.resolve())], env, work)
            print(f"{'tasscli parse ' + page.name:<44} {count / 1e6:8.1f}M  {count / floor:.2f}x the floor")
    return 0


if __name__ == "__main__":
    sys.exit(main())
