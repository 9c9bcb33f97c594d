"""`convert --resume`'s manifest: the options that shaped an output, kept beside it.

An output is up to date only when it was made with the same inputs and options as the run that
asks: after `convert pages/ -o a.jsonl`, `--resume --fields source,headline` must convert again,
not keep the file with every field. So every `convert` that commits an output also writes, with it,
a small JSON file of what shaped it (`describe`):

- `-o FOLDER/`: `FOLDER/.tasscli-manifest` (hidden, so a folder walk never reads it, and not
  `.json`, so that it is never counted among the page files: `out.rglob("*.json")`);
- `-o FILE`: `FILE.manifest` beside it (`articles.jsonl.manifest`);
- `-o -` and an OUTPUT that is a device or a fifo: none (nothing there to resume).

A run whose options differ from the manifest's removes it before it writes anything, and writes its
own once its output is committed: a run stopped half-way leaves no manifest that could vouch for a
mix of old and new files. `--resume` without a manifest, or with another one, converts everything.
"""
from __future__ import annotations

import json
import os
from typing import Any, Dict, Optional

from tasscli import __version__

FOLDER_MANIFEST = ".tasscli-manifest"
FILE_SUFFIX = ".manifest"


def manifest_path(output: str, kind: str) -> Optional[str]:
    """Where the manifest of OUTPUT goes, or None when it gets none."""
    if output == "-":
        return None
    if kind == "folder":
        return os.path.join(output, FOLDER_MANIFEST)
    try:
        import stat

        if not stat.S_ISREG(os.stat(output).st_mode):
            return None  # a device or a fifo: written straight, nothing to resume
    except OSError:
        pass
    return output + FILE_SUFFIX


def describe(**options: Any) -> Dict[str, Any]:
    """The manifest of a run: tasscli's version and the options given (plain JSON values)."""
    return {"tasscli": __version__, **{name: _plain(value) for name, value in sorted(options.items())}}


def _plain(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    return value


def read(path: Optional[str]) -> Optional[Dict[str, Any]]:
    """The manifest at `path`, or None when there is none or it cannot be read."""
    if path is None:
        return None
    try:
        with open(path, encoding="utf-8") as handle:
            data = json.loads(handle.read(1 << 20))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def matches(path: Optional[str], wanted: Dict[str, Any]) -> bool:
    """Was the output made with `wanted`? False when there is no manifest."""
    found = read(path)
    return found is not None and found == json.loads(json.dumps(wanted))


def remove(path: Optional[str]) -> None:
    if path is None:
        return
    try:
        os.unlink(path)
    except OSError:
        pass


def write(path: Optional[str], wanted: Dict[str, Any]) -> None:
    """Write the manifest (atomically: under a temporary name, renamed when complete)."""
    if path is None:
        return
    from tasscli.cli.outputs import AtomicFile

    target = AtomicFile(path)
    try:
        target.open().write(json.dumps(wanted, ensure_ascii=False, indent=2) + "\n")
        target.commit()
    except BaseException:
        target.abort()
        raise
