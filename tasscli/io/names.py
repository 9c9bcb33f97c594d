"""Names: of files and members as sources show them, the `--glob` match, and the output names.

A file name that is not valid UTF-8 (bytes a file system allows) is named in sources with each
undecodable byte as `\\xNN` (`caf\\xe9.txt`), so that every source is text the output can hold. A
compressed page file matches the glob as the page (`page.txt.gz` as `page.txt`), and its output name
loses the compression suffix (`tasscli.io.kinds` says which suffixes those are).
"""
from __future__ import annotations

import os
import re
from functools import lru_cache
from typing import Callable, List, Tuple, TypeAlias, Union

from tasscli.io.kinds import compression

DEFAULT_GLOB = "*.txt"
#: One `--glob` pattern, or several (a name matches any).
Globs: TypeAlias = "Union[str, Tuple[str, ...]]"


def text_name(path: str) -> str:
    """`path` as text for a source: itself, unless it holds bytes that are not UTF-8 (lone surrogates
    from `os.fsdecode`), each of which then becomes `\\xNN` (`caf\\xe9.txt`)."""
    if path.isascii():
        return path
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        pass
    try:
        raw = os.fsencode(path)
    except UnicodeEncodeError:  # a surrogate that no byte gave
        return path.encode("utf-8", "backslashreplace").decode("utf-8")
    return raw.decode("utf-8", "backslashreplace")


def matches(name: str, glob: str) -> bool:
    """Does a file or member `name` (a path; only its last part counts unless `glob` has a `/`)
    match `glob`, as itself or with its compression suffix removed?"""
    return matcher(glob)(name)


def glob_text(glob: Globs) -> str:
    """`glob` (one pattern, or several: `--glob` repeated) as a message names it: `*.txt or *.text`."""
    return glob if isinstance(glob, str) else " or ".join(glob)


@lru_cache(maxsize=8)
def matcher(glob: Globs) -> Callable[[str], bool]:
    """`matches` for one `glob`, its pattern compiled once: it is asked of every file in a folder.
    Several patterns (a tuple): a name matches when it matches any of them."""
    if not isinstance(glob, str):
        if len(glob) == 1:
            return matcher(glob[0])
        matchers = [matcher(one) for one in glob]
        return lambda name: any(match(name) for match in matchers)
    import fnmatch

    match = re.compile(fnmatch.translate(glob.lower())).match  # what fnmatch.fnmatchcase does
    last_part = "/" not in glob

    def matches_one(name: str) -> bool:
        name = name.replace("\\", "/")
        if last_part:
            name = name.rsplit("/", 1)[-1]
        lower = name.lower()
        if match(lower):
            return True
        suffix = compression(lower)
        return bool(suffix) and match(lower[: -len(suffix)]) is not None

    return matches_one


def hidden(member: str) -> bool:
    parts = [part for part in member.replace("\\", "/").split("/") if part not in ("", ".", "..")]
    return any(part.startswith(".") or part == "__MACOSX" for part in parts)


# Patterns for output names, compiled (and cached by `re`) when a name is first made: a one-file
# output never needs them.
_UNSAFE = r'[\x00-\x1f\x7f<>:"|?*\\]'
_RESERVED = r"(?i)^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$"
_MAX_PART = 200  # bytes; most file systems allow 255


def safe_parts(path: str) -> List[str]:
    """`path` as relative, harmless name parts: no `..`, no `.`, no root, no drive, no characters
    that some file system refuses, no name longer than 200 bytes."""
    parts = []
    # A backslash separates too (zips made on Windows), except in the `\\xNN` of a byte that
    # `text_name` escaped, where it becomes `_` with the unsafe characters.
    for part in re.split(r"(?:/|\\(?!x[0-9a-f]{2}))+", path):
        if part in ("", ".", ".."):
            continue
        part = re.sub(_UNSAFE, "_", part).rstrip(" .") or "_"
        if re.match(_RESERVED, part):
            part = "_" + part
        if len(part.encode("utf-8", "surrogateescape")) > _MAX_PART:
            import hashlib

            digest = hashlib.sha1(part.encode("utf-8", "surrogateescape")).hexdigest()[:10]
            part = part[:100] + "~" + digest
        parts.append(part)
    return parts or ["_"]


def output_base(source: str) -> str:
    """The output name of a source without `.json`: `pages/a.txt` gives `pages/a`,
    `x.zip!f/p.txt.gz` gives `x.zip/f/p`, `big.txt#3` gives `big#3`, `-` gives `stdin`."""
    number = ""
    found = re.search(_PAGE_NUMBER, source)
    if found:
        source, number = source[: found.start()], found.group()
    if source == "-":
        return "stdin" + number
    parts: List[str] = []
    for piece in source.split("!"):
        parts.extend(safe_parts(piece))
    last = parts[-1]
    suffix = compression(last)
    if suffix:
        last = last[: -len(suffix)]
    stem, _ = os.path.splitext(last)
    parts[-1] = (stem if stem and stem != "_" else last) + number
    return "/".join(parts)


_PAGE_NUMBER = r"#\d+$"


def output_name(source: str) -> str:
    """The name, relative to FOLDER, of the JSON file `convert -o FOLDER/` writes for `source`."""
    return output_base(source) + ".json"
