"""Outputs apart from the inputs, for `tasscli convert` (issue 18).

- `check_targets`: `-o FILE` or `--errors FILE` that is an input (same device and inode: links
  count), the two the same file, or `-o FOLDER` that is an input folder, are usage errors (status
  2) before anything is opened;
- `excluded_sources` and `without`: an output inside an input folder is left out of the read.
"""
from __future__ import annotations

import os
import re
from typing import Dict, Iterable, Iterator, List, Optional, Tuple

import click

from tasscli.io.readers import Item

_PAGE_NUMBER = re.compile(r"#\d+$")


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


def excluded_sources(inputs: Iterable[str], output: str, kind: str,
                     errors_path: Optional[str]) -> List[str]:
    """The sources a folder walk would find under the outputs (`-o FOLDER/`, `-o FILE`, `--errors
    FILE` inside an input folder): read, they would be this run's output read back. A folder's
    entry ends in `/` (everything under it), a file's is its source exactly."""
    targets = [(output, kind == "folder"), (errors_path, False)]
    excluded = []
    for path in inputs:
        if path == "-" or not os.path.isdir(path):
            continue
        real = os.path.realpath(path)
        base = path if path.endswith(("/", os.sep)) else path + "/"
        for target, is_folder in targets:
            if not target or target == "-":
                continue
            real_target = os.path.realpath(target)
            if real_target.startswith(real.rstrip(os.sep) + os.sep):
                relative = real_target[len(real.rstrip(os.sep)) + 1:].replace(os.sep, "/")
                excluded.append(base + relative + ("/" if is_folder else ""))
    return excluded


def without(items: Iterable[Item], excluded: List[str]) -> Iterator[Item]:
    """`items` less those whose source is (or is under) an excluded one (see `excluded_sources`).
    To be replaced by the readers' own exclusion when they have it."""
    folders = tuple(entry for entry in excluded if entry.endswith("/"))
    files = frozenset(entry for entry in excluded if not entry.endswith("/"))
    for item in items:
        source = item.source
        if source.startswith(folders) or (files and _PAGE_NUMBER.sub("", source) in files):
            continue
        yield item
