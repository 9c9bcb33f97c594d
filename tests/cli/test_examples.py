"""Every example in the `--help` texts and in the README's command blocks runs against the samples
(issue 19.9): none may be a usage error, fail inside tasscli, or print nothing.

The examples name files a user has; the test runs each with bash in a fresh folder that holds them,
made from the samples (the mapping):

- `pages/`, `samples/`: the sample pages (`pages/*.txt` is expanded by bash), and in `pages/` three
  of them also as `.text` (for the `--glob '*.text'` examples);
- `page.txt`: sample `tass_readalso_1` (it has dropped lines, for `explain page.txt | grep dropped`);
  `page.txt.gz`: the same, gzipped;
- `big.txt`, `big.txt.gz`: three samples in one file, set apart by form feeds;
- `archive.zip`, `pages.tar.gz`: the sample pages, under `pages/`.

An example that needs an optional extra (Parquet: pyarrow) skips, saying so, where the extra is
not installed. Pipelines into `jq` run as they are when jq is installed; without it the `jq` stage is replaced by
`cat` (the output must still not be empty). "Prints something" means: standard output is not
empty, or the example wrote a file that is not empty, or (for `check` and `convert`, whose result
is a summary) it printed its summary line on stderr. Every example exits 0, except that `check`
may exit 1 (it found problems: its purpose).
"""
import gzip
import os
import re
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from paths import ROOT, SAMPLES

from tasscli.cli.main import LAZY_COMMANDS, main

BIN = Path(sys.executable).parent


def help_examples():
    """(where, command) for every example line of every command's --help."""
    found = []
    for name in ["", "parse", *sorted(LAZY_COMMANDS)]:
        args = [name, "--help"] if name else ["--help"]
        text = CliRunner().invoke(main, args).output
        assert "Examples:" in text, f"tasscli {name} --help has no examples"
        block = text[text.index("Examples:"):]
        for line in block.splitlines()[1:]:
            if not line.strip():
                break
            if line.strip().startswith(("tasscli ", "cat ")):
                found.append((f"tasscli {name} --help".replace("  ", " "), line.strip()))
    return found


def readme_examples():
    """(where, command) for every line of the README's command blocks that runs tasscli: indented
    blocks, and `$ ` lines of fenced console blocks. Set-up lines (pip, pytest), shell-completion
    set-up and benchmark runs are not examples."""
    found = []
    fence = None
    for number, line in enumerate((ROOT / "README.md").read_text(encoding="utf-8").splitlines(), start=1):
        if line.startswith("```"):
            fence = None if fence is not None else line[3:].strip()
            continue
        if fence is not None:
            if fence in ("console", "shell", "sh", "bash") and line.startswith("$ "):
                found.append((f"README.md:{number}", line[2:].strip()))
            continue
        if not line.startswith("    "):
            continue
        command = line.strip()
        if command.startswith(("tasscli ", "cat ")):
            found.append((f"README.md:{number}", command))
    return found


EXAMPLES = help_examples() + readme_examples()


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    root = tmp_path_factory.mktemp("examples")
    texts = sorted(SAMPLES.glob("*.txt"))
    for folder in ("pages", "samples"):
        (root / folder).mkdir()
        for path in texts:
            shutil.copyfile(path, root / folder / path.name)
    for path in texts[:3]:
        shutil.copyfile(path, root / "pages" / (path.stem + ".text"))
    page = (SAMPLES / "tass_readalso_1.txt").read_bytes()
    (root / "page.txt").write_bytes(page)
    (root / "page.txt.gz").write_bytes(gzip.compress(page))
    big = b"\n\f\n".join(path.read_bytes() for path in texts[:3])
    (root / "big.txt").write_bytes(big)
    (root / "big.txt.gz").write_bytes(gzip.compress(big))
    with zipfile.ZipFile(root / "archive.zip", "w") as archive:
        for path in texts:
            archive.write(path, f"pages/{path.name}")
    with tarfile.open(root / "pages.tar.gz", "w:gz") as archive:
        for path in texts:
            archive.add(path, f"pages/{path.name}")
    return root


def _snapshot(folder):
    return {path: path.stat().st_size for path in folder.rglob("*") if path.is_file()}


def test_the_examples_are_found():
    wheres = {where for where, _ in EXAMPLES}
    assert {"tasscli parse --help", "tasscli explain --help", "tasscli convert --help"} <= wheres
    assert sum(where.startswith("README") for where in wheres) >= 20


@pytest.mark.parametrize("where, command", EXAMPLES, ids=[f"{w}: {c[:60]}" for w, c in EXAMPLES])
def test_example_runs_and_prints_something(template, tmp_path, where, command):
    if "parquet" in command:
        pytest.importorskip("pyarrow", reason="Parquet examples need the optional extra pyarrow")
    folder = tmp_path / "run"
    shutil.copytree(template, folder)
    before = _snapshot(folder)
    script = command
    if shutil.which("jq") is None:
        script = re.sub(r"\|\s*jq\b.*$", "| cat", script)
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}", "NO_COLOR": "1"}
    result = subprocess.run(["bash", "-c", script], cwd=folder, capture_output=True, text=True, timeout=300,
                            env=env, stdin=subprocess.DEVNULL)
    allowed = (0, 1) if command.startswith("tasscli check") else (0,)
    assert result.returncode in allowed, f"{where}: `{command}` exit {result.returncode}\n{result.stderr}"
    assert "Usage:" not in result.stderr and "internal error" not in result.stderr, f"{where}: {result.stderr}"
    written = [path for path, size in _snapshot(folder).items() if size and before.get(path) != size]
    summary = re.search(r"^tasscli: (?:checked \d+ pages?|\d+ files?, )", result.stderr, re.M)
    assert result.stdout.strip() or written or summary, f"{where}: `{command}` printed nothing\n{result.stderr}"
