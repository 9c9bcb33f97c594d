"""Outputs apart from the inputs, for `tasscli convert` (issue 18).

- `check_targets`: `-o FILE` or `--errors FILE` that is an input (same device and inode: links
  count), the two the same file, or `-o FOLDER` that is an input folder, are usage errors (status
  2) before anything is opened;
- `excluded_sources` and `without`: an output inside an input folder is left out of the read.
"""
from __future__ import annotations

import os
from typing import Dict, Iterable, Optional, Tuple

import click


def file_key(path: str) -> Optional[Tuple[int, int]]:
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None
    return info.st_dev, info.st_ino


def input_files(inputs: Iterable[str]) -> Dict[Tuple[int, int], str]:
    """(device, inode) -> path of every existing input named on the command line (folders too)."""
    found: Dict[Tuple[int, int], str] = {}
    for path in inputs:
        key = None if path == "-" else file_key(path)
        if key is not None:
            found.setdefault(key, path)
    return found


def check_targets(inputs: Iterable[str], output: str, kind: str, errors_path: Optional[str]) -> None:
    """Usage errors (status 2), before anything is opened: an output that is an input, or both
    outputs the same file. Files are compared by device and inode, so links count."""
    named = input_files(inputs)
    targets = [("-o", output), ("--errors", errors_path)]
    keys = []
    for flag, path in targets:
        if path is None or path == "-":
            keys.append(None)
            continue
        key = file_key(path)
        if key is not None and key in named:
            what = "folder" if kind == "folder" and flag == "-o" else "file"
            raise click.UsageError(f"{flag} {path} is the input {what} {named[key]}: it would be overwritten")
        keys.append(key or ("path", os.path.realpath(path)))
    if keys[0] is not None and keys[0] == keys[1]:
        raise click.UsageError(f"-o {output} and --errors {errors_path} are the same file")
